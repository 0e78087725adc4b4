"""Quote speakers found from context: titles alone, several paragraphs, whom "you" addresses,
sayings, messages read out. Every sentence here is invented."""

import re
from collections.abc import Callable
from datetime import date

import polars as pl
import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.quotes import is_saying, label_speaker, title_anaphora
from pipelines.settings import SEEDS_DIR

KREMLIN = "http://en.kremlin.ru/events/president/news/1"


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _speakers(
    matcher: ActorMatcher, body: str, article_id: str = "a", title: str | None = None
) -> list[tuple]:
    """(speaker actor, speaker text, first words) of each quote, in order."""
    columns = {"article_id": [article_id], "body": [body], "published_date": [date(2022, 3, 1)]}
    schema = {"article_id": pl.String, "body": pl.String, "published_date": pl.Date}
    if title is not None:
        columns["title"], schema["title"] = [title], pl.String
    _, quotes = extract_actors_and_quotes(pl.DataFrame(columns, schema=schema), matcher)
    return [
        (row["speaker_actor_id"], row["speaker_text"], row["quote_text"][:20])
        for row in quotes.sort("char_start").iter_rows(named=True)
    ]


def _quoted(rows: list[tuple], *openings: str) -> list[tuple]:
    return [row for row in rows if row[2].startswith(openings)]


def _speaker_ids(matcher: ActorMatcher, body: str, *openings: str) -> list[str | None]:
    """The speakers (actor ids) of the quotes of a Kremlin release that open so."""
    return [row[0] for row in _quoted(_speakers(matcher, body, KREMLIN), *openings)]


def _is_written(row: tuple, name: str) -> bool:
    """Whether a quote's speaker is a person no actor holds, written as `name`."""
    return row[0] is None and row[1] == name


def test_a_title_alone_is_the_person_named_with_that_title_before():
    body = (
        "The President met Governor of the Marsh Region Ann Vale. The Governor reported "
        "on the harvest. Tom Reyes, the Mayor of Fenwick, spoke too. Later the Mayor left."
    )
    at = body.index
    mentions = [(at("President"), at("President") + 9, "person_pres", "person")]
    written = [(at("Ann Vale"), at("Ann Vale") + 8, "Ann Vale")]
    written.append((at("Tom Reyes"), at("Tom Reyes") + 9, "Tom Reyes"))
    extra, extra_written = title_anaphora(body, mentions, written)
    assert extra == []
    assert [(body[s:e], name) for s, e, name in extra_written] == [
        ("The Governor", "Ann Vale"),
        ("the Mayor", "Tom Reyes"),
    ]
    # "The Governor briefed the President": no title holder is the President met later
    assert title_anaphora("The Governor briefed the President.", mentions, []) == ([], [])


def test_he_said_after_the_governor_reported_is_the_governor(matcher):
    body = (
        "Vladimir Putin had a meeting with Governor of the Tula Region Alexei Dyumin. The "
        "Governor reported on industrial growth in the region. “Output grew by a tenth "
        "last year,” he said."
    )
    assert _quoted(_speakers(matcher, body), "Output") == [
        ("person_alexei_dyumin", "he", "Output grew by a ten")
    ]


def test_according_to_him_is_the_person_the_pronoun_stands_for(matcher):
    body = (
        "Vladimir Putin met with Sergei Shoigu. The Defence Minister reported on the drills. "
        "According to him, “all the units have completed their tasks in full.”"
    )
    assert _quoted(_speakers(matcher, body), "all the") == [
        ("person_sergei_shoigu", "he", "all the units have c")
    ]


def test_a_saying_is_nobodys_words(matcher):
    body = (
        "Vladimir Putin: We should not hurry. As the saying goes, “measure seven times "
        "before you cut once.” That is what we will do."
    )
    assert _quoted(_speakers(matcher, body), "measure") == [(None, None, "measure seven times ")]
    text = "They will manage. “Slow and steady wins the race,” as they say."
    assert is_saying(text, text.index("“"), text.index("”") + 1)
    assert not is_saying(text, 0, 5)


def test_the_paragraphs_of_a_long_quote_keep_its_speaker(matcher):
    body = (
        'Vladimir Putin addressed the meeting. The President said: "Colleagues, we have much '
        "to do. The economy is growing. Investment is rising. Jobs are many. Prices are calm. "
        '"Still, we must not relax. Roads need repair. Schools need teachers. Clinics need '
        'doctors. "I ask the Government to report within a month."'
    )
    rows = _speakers(matcher, body)
    assert [row[0] for row in rows] == ["person_vladimir_putin"] * 3


def test_a_quote_some_sentences_after_a_message_was_sent_is_the_senders(matcher):
    body = (
        "Vladimir Putin sent a message of greetings to the people of Fenwick. Fenwick and "
        "Russia have long been friends. Trade grew by a fifth last year. Students travel "
        "both ways. “I am sure our friendship will only grow stronger.”"
    )
    assert _quoted(_speakers(matcher, body), "I am sure") == [
        ("person_vladimir_putin", "Vladimir Putin", "I am sure our friend")
    ]


def test_a_message_read_out_by_an_aide_is_the_senders(matcher):
    body = (
        "An aide read out a message of greetings from the President to the forum. “Your "
        "work deserves the highest praise and the thanks of the whole country.”"
    )
    rows = _speakers(matcher, body, article_id=KREMLIN)
    assert [row[0] for row in rows] == ["person_vladimir_putin"]


def test_you_is_the_participant_the_turn_turns_to(matcher):
    body = (
        "Kassym-Jomart Tokayev: Thank you. Ann Vale: Mr President, a year ago you told us: "
        "“We will not leave the north behind.” Do you still think so? Vladimir Putin: Yes, I "
        "do, and I will say why. "
        "Kassym-Jomart Tokayev: I agree. Ann Vale: The President of Kazakhstan also spoke "
        "about trade recently. Let me quote you: “Our markets stay open to all partners.” "
        "Vladimir Putin: Good."
    )
    rows = _speakers(matcher, body, article_id=KREMLIN)
    assert [row[0] for row in _quoted(rows, "We will not", "Our markets")] == [
        "person_vladimir_putin",
        "person_kassym_jomart_tokayev",
    ]


def test_you_answers_the_participant_summarized_in_brackets(matcher):
    body = (
        "Vladimir Putin: Thank you. Tom Reyes: I agree with the plan. (Council member Ann "
        "Vale spoke about the rights of tenants, noting that rents had grown.) Vladimir "
        "Putin: You said, “rents have grown beyond reach.” This is not quite so."
    )
    assert _quoted(_speakers(matcher, body), "rents") == [
        ("person_ann_vale", "Ann Vale", "rents have grown bey")
    ]


def test_a_label_naming_a_relative_of_a_known_person_is_that_relative():
    # only the surname is a mention, of another person of that family
    label = "Ann Zhoga"
    assert label_speaker(label, 0, [(4, 9, "person_vladimir_zhoga", "person")]) is None
    assert (
        label_speaker("Sergei Lavrov", 0, [(7, 13, "person_sergey_lavrov", "person")])
        == "person_sergey_lavrov"
    )


def test_told_him_after_a_name_and_a_pronoun_is_the_pronouns(matcher):
    body = (
        "Vladimir Putin: When I talked with Chancellor Scholz, I told him: “Europe will be "
        "cold without our gas.” He did not answer."
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "Europe")] == [
        "person_vladimir_putin"
    ]


def test_a_name_does_not_run_on_into_the_next_sentence(matcher):
    body = (
        "Vladimir Putin: I remember my talk with Pavel Orsk of the old guard. He said: "
        "“The bridge must be finished first.”"
    )
    (row,) = _quoted(_speakers(matcher, body), "The bridge")
    # Pavel Orsk, as an actor discovery makes of him or as the name written
    assert row[0] == "person_pavel_orsk" or row[1] == "Pavel Orsk"


def test_said_through_a_spokesperson_is_the_spokesperson(matcher):
    body = (
        "Russia said through Foreign Ministry spokesperson Maria Zakharova that it was "
        "“ready to help if asked by both sides.”"
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "ready")] == [
        "person_maria_zakharova"
    ]
    body = body.replace("spokesperson Maria Zakharova", "spokesperson, Maria Zakharova,")
    assert [row[0] for row in _quoted(_speakers(matcher, body), "ready")] == [
        "person_maria_zakharova"
    ]


def test_a_relative_clause_does_not_say_the_quote(matcher):
    body = (
        "Sergei Lavrov said the plan, which Emmanuel Macron described as a basis for talks, "
        "remained “the only realistic way forward for everyone.”"
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "the only")] == [
        "person_sergei_lavrov"
    ]


def test_a_call_from_someone_is_the_callers_words(matcher):
    body = (
        "Vladimir Putin: The next morning I got a call from Sergei Lavrov, “Let us wait for "
        "their answer before we decide.” And we waited."
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "Let us")] == [
        "person_sergei_lavrov"
    ]


def test_a_quote_that_was_what_someone_ordered_is_theirs(matcher):
    body = (
        "The service was founded long ago. “Guard the borders well” was what Sergei Shoigu "
        "ordered in his first directive, and the words stayed."
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "Guard")] == [
        "person_sergei_shoigu"
    ]


def test_a_question_handed_over_and_read_out_is_the_senders(matcher):
    body = (
        "Question: My colleague Ann Vale of the Daily Courier gave me a question for you. "
        "I will read it out word for word: “When will the new bridge open to traffic?” "
        "Vladimir Putin: Next year."
    )
    assert [row[1] for row in _quoted(_speakers(matcher, body), "When will")] == ["Ann Vale"]


# Variants of the shapes the Kremlin releases' context, pronoun and role speakers take, each
# resolved without doubt by a careful reader: (shape, body, [(quote opening, speaker)]), the
# speaker as the dictionary or the text names them, None for nobody in particular. Shapes
# starting "wire" are news stories with no publisher; the rest are Kremlin releases.
PUTIN = "Vladimir Putin"
VARIANTS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # A pronoun after a paragraph about the speaker, others named in between
    (
        "pron_obj_between",
        "Sergei Sobyanin told Vladimir Putin about the new metro line. “Twelve stations will "
        "open before the end of the year,” he said.",
        [("Twelve", "Sergei Sobyanin")],
    ),
    (
        "pron_she_two_named",
        "Vladimir Putin met with Tatyana Golikova. She reported on the vaccination campaign "
        "in the regions. “More than half of all adults have had their first dose,” she said.",
        [("More than", "Tatyana Golikova")],
    ),
    (
        "pron_he_woman_subject",
        "Tatyana Golikova reported to Vladimir Putin on the vaccination campaign. “We must "
        "speed up the second doses in the remote areas,” he said.",
        [("We must", PUTIN)],
    ),
    (
        "pron_she_after_man_spoke",
        "Vladimir Putin asked Elvira Nabiullina about lending. The Central Bank Governor said"
        " mortgages had grown. Vladimir Putin asked whether this was sustainable. “Loans for "
        "housing are growing faster than incomes, and we are watching this closely,” she "
        "replied.",
        [("Loans for", "Elvira Nabiullina")],
    ),
    (
        "pron_he_subject_prev_sentence_foreign",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. The French "
        "President described his visit to Kiev in detail. “The Ukrainian side is ready to "
        "continue the talks in the same format,” he said.",
        [("The Ukrainian", "Emmanuel Macron")],
    ),
    (
        "pron_he_subject_prev_sentence_russian",
        "Emmanuel Macron called Vladimir Putin on Sunday. The Russian President explained his"
        " position on Donbass. “The Minsk agreements have no alternative, and everyone knows "
        "it,” he stressed.",
        [("The Minsk", PUTIN)],
    ),
    (
        "pron_according_to_her",
        "Vladimir Putin met with Valentina Matviyenko. The Speaker of the Federation Council "
        "briefed the President on the spring session. According to her, “the senators will "
        "pass the bill on social payments before the summer.”",
        [("the senators", "Valentina Matviyenko")],
    ),
    (
        "pron_she_after_woman_object",
        "Maria Zakharova commented on a statement by Annalena Baerbock. “Such words do "
        "nothing for dialogue,” she said.",
        [("Such words", "Maria Zakharova")],
    ),
    (
        "pron_he_woman_between_as_subject",
        "Dmitry Peskov spoke about the coming visit. Ursula von der Leyen had announced new "
        "sanctions the day before. “The sanctions will not change our plans,” he said.",
        [("The sanctions", "Dmitry Peskov")],
    ),
    (
        "pron_he_governor_not_in_seeds",
        "Vladimir Putin had a working meeting with Governor of the Kaluga Region Vladislav "
        "Shapsha. The Governor briefed the President on the region's economy. “Our industrial"
        " output rose by twelve percent last year,” he noted.",
        [("Our industrial", "Vladislav Shapsha")],
    ),
    (
        "pron_she_governor_female",
        "Vladimir Putin had a working meeting with Governor of the Murmansk Region Natalia "
        "Orlova. The President asked about the port. The Governor reported on the new berths."
        " “Two of them will be ready by the autumn,” she said.",
        [("Two of them", "Natalia Orlova")],
    ),
    (
        "pron_he_added_second_quote",
        "Sergei Shoigu reported on the exercise. “All units have returned to their bases,” he"
        " said. Vladimir Putin thanked the troops. “The exercise showed what we need to "
        "improve,” Sergei Shoigu added. He also noted: “New equipment will arrive in the "
        "spring.”",
        [
            ("All units", "Sergei Shoigu"),
            ("The exercise", "Sergei Shoigu"),
            ("New equipment", "Sergei Shoigu"),
        ],
    ),
    (
        "pron_in_his_words",
        "Alexander Lukashenko arrived in Moscow on Friday and spoke to reporters at the "
        "airport. In his words, “the two countries have never been closer.”",
        [("the two countries", "Alexander Lukashenko")],
    ),
    (
        "np_he_after_two_named_and_role",
        "Vladimir Putin held a meeting with Anton Siluanov and Elvira Nabiullina. The Finance"
        " Minister reported on the budget. “Revenues exceed the plan by a tenth,” he said.",
        [("Revenues exceed", "Anton Siluanov")],
    ),
    (
        "np_she_after_two_named_and_role",
        "Vladimir Putin held a meeting with Anton Siluanov and Elvira Nabiullina. The Central"
        " Bank Governor reported on inflation. “Prices have stopped rising,” she said.",
        [("Prices have", "Elvira Nabiullina")],
    ),
    (
        "np_he_president_after_guest_spoke",
        "Kassym-Jomart Tokayev thanked Russia for its support. Vladimir Putin recalled the "
        "joint work of the two countries. “We have always helped each other,” he said.",
        [("We have always", PUTIN)],
    ),
    (
        "np_he_guest_after_president_spoke",
        "Vladimir Putin welcomed the guests. Kassym-Jomart Tokayev thanked Russia for its "
        "support. “Your help came at the right moment,” he said.",
        [("Your help", "Kassym-Jomart Tokayev")],
    ),
    (
        "np_according_to_the_minister",
        "Vladimir Putin heard a report by Sergei Shoigu. According to the Defence Minister, "
        "“the units have completed their tasks.”",
        [("the units", "Sergei Shoigu")],
    ),
    (
        "np_quote_of_role_other_country",
        "Vladimir Putin spoke by phone with Emmanuel Macron. According to the French "
        "President, “the talks must continue.”",
        [("the talks must", "Emmanuel Macron")],
    ),
    # The speaker described by a title, the President named as an object
    (
        "rc_head_of_republic",
        "Vladimir Putin had a meeting with Head of the Republic of Tatarstan Rustam "
        "Minnikhanov. The head of the republic informed the President about the economy. He "
        "also spoke about the new airport. “The first flights will take off next summer,” he "
        "said.",
        [("The first flights", "Rustam Minnikhanov")],
    ),
    (
        "rc_regional_head_reported",
        "Vladimir Putin had a working meeting with Head of the Chuvash Republic Oleg "
        "Nikolayev. The regional head reported to the President on the social situation. "
        "“Wages have grown by eleven percent,” he said.",
        [("Wages have", "Oleg Nikolayev")],
    ),
    (
        "rc_ceo_company",
        "Vladimir Putin had a meeting with CEO of Russian Railways Oleg Belozerov. The head "
        "of the company told the President about freight traffic. “We carried a record amount"
        " of coal,” he noted.",
        [("We carried", "Oleg Belozerov")],
    ),
    (
        "rc_minister_unnamed_by_title",
        "Vladimir Putin held a meeting with Minister of Education Sergei Kravtsov. The "
        "minister briefed the President on the new schools. “Three hundred will open this "
        "year,” he said.",
        [("Three hundred", "Sergei Kravtsov")],
    ),
    (
        "rc_she_ombudsman",
        "Vladimir Putin had a meeting with High Commissioner for Human Rights Tatyana "
        "Moskalkova. The ombudsman presented her annual report to the President. “Most "
        "complaints concern housing,” she said.",
        [("Most complaints", "Tatyana Moskalkova")],
    ),
    (
        "rc_he_after_president_asked",
        "Vladimir Putin had a meeting with Head of the Republic of Tatarstan Rustam "
        "Minnikhanov. The President asked about the airport. “The first flights will take off"
        " next summer,” he replied.",
        [("The first flights", "Rustam Minnikhanov")],
    ),
    (
        "rc_he_president_reacted",
        "Vladimir Putin had a meeting with Head of the Republic of Tatarstan Rustam "
        "Minnikhanov. The head of the republic reported on the airport. The President praised"
        " the work. “You have done a great deal,” he said.",
        [("You have done", PUTIN)],
    ),
    # Far from the name: a long report, a quote over many sentences
    (
        "far_he_governor_long_report",
        "Vladimir Putin had a working meeting with Governor of the Tver Region Igor Rudenya. "
        "The Governor reported on the social and economic situation in the region. The region"
        " has built several new schools over the past two years. Most of them were opened in "
        "small towns where the old buildings had fallen into disrepair. Teachers' salaries "
        "have also been raised, and the number of vacancies has fallen sharply. The next step"
        " is to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. “We expect "
        "to finish all the work by the end of next year,” he said.",
        [("We expect to", "Igor Rudenya")],
    ),
    (
        "far_governor_said_long_report",
        "Vladimir Putin had a working meeting with Governor of the Tver Region Igor Rudenya. "
        "The Governor reported on the social and economic situation in the region. The region"
        " has built several new schools over the past two years. Most of them were opened in "
        "small towns where the old buildings had fallen into disrepair. Teachers' salaries "
        "have also been raised, and the number of vacancies has fallen sharply. The next step"
        " is to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. “We expect "
        "to finish all the work by the end of next year,” the Governor said.",
        [("We expect to", "Igor Rudenya")],
    ),
    (
        "far_she_long_report",
        "Vladimir Putin had a meeting with Deputy Prime Minister Tatyana Golikova. She "
        "reported on the state of schools. The region has built several new schools over the "
        "past two years. Most of them were opened in small towns where the old buildings had "
        "fallen into disrepair. Teachers' salaries have also been raised, and the number of "
        "vacancies has fallen sharply. The next step is to repair the roads that lead to the "
        "rural schools, which are still in poor condition in many districts. Funding for this"
        " has already been agreed with the federal ministry, and the first contracts will be "
        "signed in the spring. “All of this will be done on time,” she assured.",
        [("All of this", "Tatyana Golikova")],
    ),
    (
        "far_unattributed_after_long_report",
        "Vladimir Putin had a working meeting with Governor of the Tver Region Igor Rudenya. "
        "The Governor reported on the social and economic situation in the region. The region"
        " has built several new schools over the past two years. Most of them were opened in "
        "small towns where the old buildings had fallen into disrepair. Teachers' salaries "
        "have also been raised, and the number of vacancies has fallen sharply. The next step"
        " is to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. He stressed "
        "that the region needed support. “Without it, we will not manage the roads.”",
        [("Without it", "Igor Rudenya")],
    ),
    (
        "far_president_long_opening",
        "Vladimir Putin held a meeting on the development of rural schools. The region has "
        "built several new schools over the past two years. Most of them were opened in small"
        " towns where the old buildings had fallen into disrepair. Teachers' salaries have "
        "also been raised, and the number of vacancies has fallen sharply. The next step is "
        "to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. “We must not"
        " let any child be left without a good school,” the President said.",
        [("We must not let", PUTIN)],
    ),
    (
        "far_he_president_long_opening",
        "Vladimir Putin held a meeting on the development of rural schools. The region has "
        "built several new schools over the past two years. Most of them were opened in small"
        " towns where the old buildings had fallen into disrepair. Teachers' salaries have "
        "also been raised, and the number of vacancies has fallen sharply. The next step is "
        "to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. “We must not"
        " let any child be left without a good school,” he said.",
        [("We must not let", PUTIN)],
    ),
    (
        "far_turn_long_then_he",
        "Vladimir Putin: I talked with Alexander Lukashenko about this last week. The region "
        "has built several new schools over the past two years. Most of them were opened in "
        "small towns where the old buildings had fallen into disrepair. Teachers' salaries "
        "have also been raised, and the number of vacancies has fallen sharply. The next step"
        " is to repair the roads that lead to the rural schools, which are still in poor "
        "condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. And then he "
        "told me: “We will help with the roads too.” Question: Thank you.",
        [("We will help", "Alexander Lukashenko")],
    ),
    (
        "far_message_long",
        "Vladimir Putin sent a message of greetings to the teachers of the Tver Region. The "
        "region has built several new schools over the past two years. Most of them were "
        "opened in small towns where the old buildings had fallen into disrepair. Teachers' "
        "salaries have also been raised, and the number of vacancies has fallen sharply. The "
        "next step is to repair the roads that lead to the rural schools, which are still in "
        "poor condition in many districts. Funding for this has already been agreed with the "
        "federal ministry, and the first contracts will be signed in the spring. “I wish you "
        "success in your noble work,” the message says.",
        [("I wish you", PUTIN)],
    ),
    (
        "far_quote_runs_over_sentences_then_said",
        "Vladimir Putin held a meeting on schools. “The region has built several new schools "
        "over the past two years. Most of them were opened in small towns where the old "
        "buildings had fallen into disrepair. Teachers' salaries have also been raised, and "
        "the number of vacancies has fallen sharply. The next step is to repair the roads "
        "that lead to the rural schools, which are still in poor condition in many districts."
        " Funding for this has already been agreed with the federal ministry, and the first "
        "contracts will be signed in the spring.” the President said. Then he added: “We will"
        " check the results in a year.”",
        [("The region has", PUTIN), ("We will check", PUTIN)],
    ),
    (
        "far_quote_runs_over_sentences_said_before",
        "Vladimir Putin held a meeting on schools. The President said: “The region has built "
        "several new schools over the past two years. Most of them were opened in small towns"
        " where the old buildings had fallen into disrepair. Teachers' salaries have also "
        "been raised, and the number of vacancies has fallen sharply. The next step is to "
        "repair the roads that lead to the rural schools, which are still in poor condition "
        "in many districts. Funding for this has already been agreed with the federal "
        "ministry, and the first contracts will be signed in the spring. We will check the "
        "results in a year.”",
        [("The region has", PUTIN)],
    ),
    (
        "far_multi_paragraph_quote",
        "Vladimir Putin held a meeting on schools. The President said: “The region has built "
        "several new schools. “Teachers' salaries have also been raised. “We will check the "
        "results in a year.”",
        [("The region has", PUTIN)],
    ),
    # A title or role alone, the publisher's president present
    (
        "role_governor_said",
        "Vladimir Putin held a meeting with Governor of the Kursk Region Roman Starovoit. The"
        " Governor reported on the restoration of housing. “Three hundred homes have already "
        "been rebuilt,” the Governor said.",
        [("Three hundred", "Roman Starovoit")],
    ),
    (
        "role_prime_minister_said",
        "Vladimir Putin met with Mikhail Mishustin to discuss the budget. “The Government has"
        " approved the plan for the next three years,” the Prime Minister said.",
        [("The Government", "Mikhail Mishustin")],
    ),
    (
        "role_head_of_state_with_guest",
        "Vladimir Putin held talks with Alexander Lukashenko in Sochi. The Belarusian leader "
        "spoke about joint projects. “We will keep our markets open to each other,” the Head "
        "of State said.",
        [("We will keep", PUTIN)],
    ),
    (
        "role_belarusian_president_said",
        "Vladimir Putin held talks with Alexander Lukashenko in Sochi. “Our trade has reached"
        " a record level,” the Belarusian President said.",
        [("Our trade", "Alexander Lukashenko")],
    ),
    (
        "role_russian_leader_with_guest",
        "Vladimir Putin held talks with Recep Tayyip Erdogan. “Trade between our countries "
        "has grown by a third,” the Russian leader noted. “We are ready to build another "
        "plant,” the Turkish leader replied.",
        [("Trade between", PUTIN), ("We are ready", "Recep Tayyip Erdoğan")],
    ),
    (
        "role_president_after_governor",
        "Vladimir Putin met with Sergei Sobyanin. The Mayor reported on the new hospitals. "
        "The President said: “We must make sure every district has one within reach.”",
        [("We must", PUTIN)],
    ),
    (
        "role_mayor_after_president_spoke",
        "Vladimir Putin met with Mayor of Moscow Sergei Sobyanin. The President asked about "
        "the hospitals. “Five new ones will open this year,” the Mayor said.",
        [("Five new", "Sergei Sobyanin")],
    ),
    (
        "role_speaker_of_council",
        "Vladimir Putin met with Federation Council Speaker Valentina Matviyenko. “The "
        "senators are ready to work through the summer,” the Speaker said.",
        [("The senators", "Valentina Matviyenko")],
    ),
    (
        "role_minister_with_president",
        "Vladimir Putin heard a report from Minister of Finance Anton Siluanov. “Revenues are"
        " ahead of the plan,” the Minister said. “That is good news,” the President replied.",
        [("Revenues", "Anton Siluanov"), ("That is good", PUTIN)],
    ),
    (
        "role_the_russian_president_message",
        "Vladimir Putin sent a message of congratulations to Kassym-Jomart Tokayev on his re-"
        "election. Kassym-Jomart Tokayev won more than eighty percent of the vote. “I am "
        "confident that our alliance will grow stronger,” the message says.",
        [("I am confident", PUTIN)],
    ),
    (
        "role_president_putin_says",
        "Alexander Lukashenko: We will cope. President Putin says that substitution is ninety"
        " percent done. The Russian President told me: “You did well!” Vladimir Putin: It is "
        "true.",
        [("You did well", PUTIN)],
    ),
    (
        "role_quote_opens_release",
        "“I am confident that your work will help our relations,” the President of Russia "
        "noted in his message to Nikol Pashinyan.",
        [("I am confident", PUTIN)],
    ),
    (
        "fp_the_president_with_foreign_president",
        "Vladimir Putin held talks with President of Egypt Abdel Fattah el-Sisi. The talks "
        "lasted three hours. “Egypt is our reliable partner in Africa,” the President said.",
        [("Egypt is our", PUTIN)],
    ),
    (
        "fp_the_egyptian_president",
        "Vladimir Putin held talks with President of Egypt Abdel Fattah el-Sisi. “Russia is "
        "our reliable partner,” the Egyptian President said.",
        [("Russia is our", "Abdel Fattah el-Sisi")],
    ),
    (
        "fp_president_of_russia_noted",
        "Vladimir Putin held talks with President of Uzbekistan Shavkat Mirziyoyev. “Trade "
        "between our countries grew by a third,” the President of Russia noted.",
        [("Trade between", PUTIN)],
    ),
    (
        "fp_the_head_of_state_foreign_named_last",
        "Shavkat Mirziyoyev arrived in Moscow on an official visit. The talks were held in "
        "the Kremlin. “Uzbekistan is a close friend of Russia,” the Head of State said.",
        [("Uzbekistan is", PUTIN)],
    ),
    (
        "fp_both_presidents_spoke",
        "Vladimir Putin and President of Uzbekistan Shavkat Mirziyoyev made statements for "
        "the press. “We signed twelve agreements,” the Russian President said. “This is a "
        "historic day,” the President of Uzbekistan added.",
        [("We signed", PUTIN), ("This is a historic", "Shavkat Mirziyoyev")],
    ),
    (
        "fp_guest_president_named_by_title_only_later",
        "Vladimir Putin met with President of Mongolia Ukhnaagiin Khurelsukh. The Mongolian "
        "leader spoke about the railway. “We need to modernise the whole line,” he said.",
        [("We need to", "Ukhnaagiin Khurelsukh")],
    ),
    # A message's sender
    (
        "msg_received_from_xi",
        "Vladimir Putin received a message of greetings from Xi Jinping on Russia Day. “I "
        "wish the friendly Russian people peace and prosperity,” the message reads.",
        [("I wish the", "Xi Jinping")],
    ),
    (
        "msg_sent_to_two_leaders",
        "Vladimir Putin sent messages of condolences to Sergio Mattarella and Mario Draghi "
        "over the avalanche in the Alps. “Please convey words of sympathy and support to the "
        "families of the victims,” the messages say.",
        [("Please convey", PUTIN)],
    ),
    (
        "msg_in_his_message_noted",
        "In his message to Emomali Rahmon, Vladimir Putin noted the progress of joint "
        "projects. “Our cooperation in the CIS and the CSTO is developing well,” the "
        "President of Russia noted.",
        [("Our cooperation", PUTIN)],
    ),
    (
        "msg_reads_in_part_after_guest_named",
        "The President sent a message of greetings to Ilham Aliyev on his birthday. Ilham "
        "Aliyev turned sixty. The message reads, in part: “You have done much for the "
        "friendship between our peoples.”",
        [("You have done", PUTIN)],
    ),
    (
        "msg_several_sentences_later",
        "Vladimir Putin sent a message of greetings to the participants of a chess festival. "
        "The festival takes place in Kazan for the tenth time. Players from twenty countries "
        "take part. “I wish you bright games and new victories,” the message says.",
        [("I wish you", PUTIN)],
    ),
    (
        "m_two_messages",
        "In his message to Kassym-Jomart Tokayev, Vladimir Putin noted the good pace of joint"
        " projects. “Our alliance is growing stronger every year,” the message says. In a "
        "message to Shavkat Mirziyoyev, the President of Russia stressed the importance of "
        "trade. “I am sure that our cooperation will keep growing,” the message reads.",
        [("Our alliance", PUTIN), ("I am sure that", PUTIN)],
    ),
    (
        "m_message_reads_first",
        "The President sent a message of greetings to the participants of the congress. The "
        "message reads, in part: “Your work helps millions of families. I wish you every "
        "success.”",
        [("Your work", PUTIN)],
    ),
    (
        "m_message_no_part",
        "The President of Russia congratulated Sergei Sobyanin on his birthday. “You have "
        "done much for the city and its residents,” the message of greetings says.",
        [("You have done", PUTIN)],
    ),
    (
        "m_noted_in_message_role",
        "“Our countries are bound by long friendship,” the head of the Russian state noted in"
        " his message to Ilham Aliyev.",
        [("Our countries", PUTIN)],
    ),
    (
        "m_message_of_guest",
        "Kassym-Jomart Tokayev sent a message of congratulations to Vladimir Putin. “I wish "
        "you good health and success,” the message from the President of Kazakhstan reads.",
        [("I wish you", "Kassym-Jomart Tokayev")],
    ),
    (
        "m_long_message_second_quote",
        "The President sent a message of greetings to the students of the Moscow State "
        "University. The message reads, in part: “The university has always been proud of its"
        " graduates.” The President also wished the students success. “I am sure that you "
        "will make worthy contributions to science,” the message says.",
        [("The university", PUTIN), ("I am sure", PUTIN)],
    ),
    (
        "mm_telegram",
        "Vladimir Putin expressed his condolences to Cyril Ramaphosa over the floods. The "
        "telegram reads, in part: “Please convey words of sympathy to the families of the "
        "victims.”",
        [("Please convey", PUTIN)],
    ),
    (
        "mm_possessive_message",
        "Vladimir Putin's message of greetings to the participants of the forum reads, in "
        "part: “Your forum has become a good tradition.”",
        [("Your forum", PUTIN)],
    ),
    (
        "mm_address_reads",
        "The President's address to the participants of the congress reads, in part: “I am "
        "sure that your ideas will be heard.”",
        [("I am sure", PUTIN)],
    ),
    (
        "mm_greetings_say",
        "The President congratulated the crew of the icebreaker on the end of the voyage. "
        "“You have shown courage and skill,” the greetings say.",
        [("You have shown", PUTIN)],
    ),
    (
        "mm_letter_from_guest",
        "Vladimir Putin received a letter from Kassym-Jomart Tokayev. The letter reads, in "
        "part: “Kazakhstan values its alliance with Russia.”",
        [("Kazakhstan values", "Kassym-Jomart Tokayev")],
    ),
    (
        "mm_message_to_guest_quote_first",
        "“I hope that our cooperation will continue to grow,” Vladimir Putin wrote in his "
        "message to Sergio Mattarella.",
        [("I hope that", PUTIN)],
    ),
    (
        "mm_the_text_of_message",
        "The President sent a message of greetings to the employees of the Tula arms plant. "
        "The text of the message reads: “Your plant is part of our country's history.”",
        [("Your plant", PUTIN)],
    ),
    (
        "mm_condolences_to_guest_said",
        "Vladimir Putin sent a message of condolences to Recep Tayyip Erdogan over the "
        "earthquake. The Turkish leader had earlier thanked Russia for its offer of help. “We"
        " share the grief of the friendly Turkish people,” the message says.",
        [("We share the grief", PUTIN)],
    ),
    (
        "mm_joint_statement",
        "Russia and China adopted a joint statement. “The sides oppose any further "
        "enlargement of NATO,” the statement reads.",
        [("The sides", None)],
    ),
    # A quote over several paragraphs, attributed after the last
    (
        "mp_attribution_after_last_paragraph",
        'Sergei Shoigu reported on the drills.Vladimir Putin thanked the troops."The drills '
        'went well. All units did their part."We will hold the next ones in the autumn," the '
        "President said.",
        [("The drills went", PUTIN)],
    ),
    (
        "mp_attribution_after_last_paragraph_other",
        'Vladimir Putin heard a report on the drills."The drills went well. All units did '
        'their part."We will hold the next ones in the autumn," Sergei Shoigu said.',
        [("The drills went", "Sergei Shoigu")],
    ),
    (
        "mp_message_over_paragraphs",
        'Vladimir Putin sent a message of greetings to Kassym-Jomart Tokayev."Our countries '
        'are close allies. I value our work together."I wish you good health and success," '
        "the message says.",
        [("Our countries", PUTIN)],
    ),
    (
        "mp_message_over_paragraphs_guest_in_between",
        "Vladimir Putin sent a message of greetings to Kassym-Jomart Tokayev. Kassym-Jomart "
        'Tokayev turns seventy on Friday."Our countries are close allies. I value our work '
        'together."I wish you good health and success," the message says.',
        [("Our countries", PUTIN)],
    ),
    (
        "mp_three_paragraphs",
        'Vladimir Putin addressed the participants of the congress."Dear friends, I am glad '
        'to greet you."Your work matters to all of us."I wish you every success," the '
        "President said.",
        [("Dear friends", PUTIN)],
    ),
    (
        "mp_spaced",
        'Vladimir Putin heard a report on the drills. "The drills went well. All units did '
        'their part. "We will hold the next ones in the autumn," Sergei Shoigu said.',
        [("The drills went", "Sergei Shoigu")],
    ),
    (
        "mp_curly",
        "Vladimir Putin heard a report on the drills. “The drills went well. All units did "
        "their part. “We will hold the next ones in the autumn,” Sergei Shoigu said.",
        [("The drills went", "Sergei Shoigu")],
    ),
    # A quote inside a transcript turn
    (
        "turn_then_quote_of_turn_speaker",
        "Vladimir Putin: Colleagues, let us begin. Anton Siluanov: Thank you, Mr President. "
        "Revenues have grown. As I said last month, “the budget will be balanced this year.” "
        "Vladimir Putin: Good.",
        [("the budget", "Anton Siluanov")],
    ),
    (
        "turn_you_said",
        "Elvira Nabiullina: Inflation is slowing. Vladimir Putin: Ms Nabiullina, a month ago "
        "you said: “Prices will stabilise by the summer.” Is that still your view? Elvira "
        "Nabiullina: Yes.",
        [("Prices will", "Elvira Nabiullina")],
    ),
    (
        "turn_he_told_me",
        "Vladimir Putin: I spoke with Olaf Scholz yesterday. He told me: “Germany wants the "
        "pipeline to work.” We will see.",
        [("Germany wants", "Olaf Scholz")],
    ),
    (
        "turn_quote_other_named_object",
        "Sergei Lavrov: I met with Antony Blinken in Geneva and I told him: “Your proposals "
        "do not answer our questions.” Vladimir Putin: Thank you.",
        [("Your proposals", "Sergei Lavrov")],
    ),
    (
        "turn_question_quotes_peskov",
        "Question: Mr President, Dmitry Peskov said yesterday: “The talks are on pause.” Is "
        "that so? Vladimir Putin: Not quite.",
        [("The talks", "Dmitry Peskov")],
    ),
    (
        "turn_after_narrative",
        "Vladimir Putin met with Sergei Shoigu. Sergei Shoigu: Mr President, the drills are "
        "over. All units performed well. Vladimir Putin: And what did the commanders say? "
        "Sergei Shoigu: They said: “We need more drones.”",
        [("We need more", None)],
    ),
    (
        "t_people_at_large",
        "Vladimir Putin: Some of our partners keep saying: “Russia is isolated.” This is not "
        "so. Trade with Asia has doubled. Sergei Lavrov: I agree.",
        [("Russia is isolated", None)],
    ),
    (
        "t_they_told_us",
        "Vladimir Putin: We warned them many times. But they told us: “Mind your own "
        "business.” And so it went on for years. Question: Thank you.",
        [("Mind your", None)],
    ),
    (
        "t_i_told_them",
        "Vladimir Putin: We warned them many times. I told them: “Do not move the "
        "infrastructure closer to our borders.” They did not listen. Question: Thank you.",
        [("Do not move", PUTIN)],
    ),
    (
        "t_you_said_to_previous_turn",
        "Kassym-Jomart Tokayev: Trade keeps growing. Vladimir Putin: Mr Tokayev, you said: "
        "“Trade keeps growing.” I fully agree with that. Kassym-Jomart Tokayev: Thank you.",
        [("Trade keeps", "Kassym-Jomart Tokayev")],
    ),
    (
        "t_let_me_quote_him",
        "Margarita Simonyan: The President of Kazakhstan spoke about reforms recently. Let me"
        " quote him: “There will be no place for corruption in our courts.” What do you "
        "think? Vladimir Putin: I think he is right.",
        [("There will be", "Kassym-Jomart Tokayev")],
    ),
    (
        "t_journalist_quotes_you",
        "Question: Mr President, a year ago you told us: “We will not leave anyone behind.” "
        "Has this promise been kept? Vladimir Putin: I think so.",
        [("We will not leave", PUTIN)],
    ),
    (
        "t_you_said_in_interview",
        "Question: Three years ago, in an interview you gave me, you said you were only "
        "learning to play hockey. Vladimir Putin: I still am. Question: And you said: “Hockey"
        " is a game for real men.” Vladimir Putin: That is true.",
        [("Hockey is a game", PUTIN)],
    ),
    (
        "t_my_colleague_he",
        "Vladimir Putin: I spoke with President Macron yesterday. He told me: “France wants "
        "the talks to go on.” I answered that we want the same. Question: Thank you.",
        [("France wants", "Emmanuel Macron")],
    ),
    (
        "t_american_colleague_assured",
        "Question: Mr President, what did Washington tell you? Vladimir Putin: My American "
        "colleague assured me: “Ukraine will not join the alliance tomorrow.” But what about "
        "the day after? Question: Thank you.",
        [("Ukraine will not", "Joe Biden")],
    ),
    (
        "t_he_after_two_people",
        "Vladimir Putin: I remember a conversation with Nursultan Nazarbayev in the early "
        "2000s. We were discussing the union. He said: “We must choose our neighbours first.”"
        " I agreed. Question: Thank you.",
        [("We must choose", "Nursultan Nazarbayev")],
    ),
    (
        "t_should_have_said",
        "Vladimir Putin: The guarantors should have come and said something like: “Stop this "
        "and go to the polls.” Instead they did nothing. Question: Thank you.",
        [("Stop this", None)],
    ),
    (
        "t_journalists_shouted",
        "Alexander Lukashenko: On my way here the journalists shouted: “Will we survive the "
        "sanctions?” Of course we will. Vladimir Putin: No doubt.",
        [("Will we survive", None)],
    ),
    (
        "t_quote_of_other_in_turn_named_earlier",
        "Sergei Lavrov: Yesterday Antony Blinken called me. He said: “We are ready to discuss"
        " your proposals.” We will see. Vladimir Putin: Good.",
        [("We are ready", "Antony Blinken")],
    ),
    (
        "t_she_asked_me",
        "Vladimir Putin: I met a nurse from Kursk, Anna Petrova. She asked me: “When will our"
        " hospital be rebuilt?” I promised it would be this year. Question: Thank you.",
        [("When will our", "Anna Petrova")],
    ),
    (
        "t_residents_ask",
        "Question: Deputies visit the regions and meet pensioners who ask them: “Why is our "
        "pension so small?” What do you say to them? Vladimir Putin: We will raise it.",
        [("Why is our", None)],
    ),
    (
        "t_head_of_state_quote_in_question",
        "Question: Mr President, the Chancellor of Germany said yesterday: “Sanctions will "
        "stay.” What is your answer? Vladimir Putin: We will manage.",
        [("Sanctions will", "Olaf Scholz")],
    ),
    (
        "tp_he_previous_turn_person",
        "Question: What did Mr Macron tell you about his trip to Kiev? Vladimir Putin: He "
        "said: “The Ukrainian side wants to keep talking.” I hope it is so.",
        [("The Ukrainian side", "Emmanuel Macron")],
    ),
    (
        "tp_she_honorific_surname",
        "Vladimir Putin: Ms Nabiullina reported to me yesterday. She said: “Inflation has "
        "passed its peak.” I hope she is right. Question: Thank you.",
        [("Inflation has", "Elvira Nabiullina")],
    ),
    (
        "tp_he_after_i_spoke_with",
        "Vladimir Putin: Yesterday I spoke with the Chancellor of Germany on the phone. He "
        "told me: “Germany is interested in stable supplies.” We agreed to stay in touch. "
        "Question: Thanks.",
        [("Germany is", "Olaf Scholz")],
    ),
    (
        "tp_he_two_men_subject_first",
        "Vladimir Putin: Sergei Shoigu reported to me on the drills in the presence of Valery"
        " Gerasimov. He said: “All tasks were completed.” I thanked the troops. Question: "
        "Thanks.",
        [("All tasks", "Sergei Shoigu")],
    ),
    (
        "tp_she_woman_object",
        "Vladimir Putin: I met with Tatyana Golikova yesterday. She told me: “We have enough "
        "beds in the hospitals.” That is good. Question: Thanks.",
        [("We have enough", "Tatyana Golikova")],
    ),
    (
        "tp_you_in_question_to_governor",
        "Vladimir Putin: Mr Sobyanin, last year you promised: “The new line will open in "
        "spring.” Has it opened? Sergei Sobyanin: It has, Mr President.",
        [("The new line", "Sergei Sobyanin")],
    ),
    (
        "tp_you_answers_question_earlier",
        "Question: Mr President, you once said: “Whoever does not miss the Soviet Union has "
        "no heart.” Do you still think so? Vladimir Putin: Yes, and I said the rest too.",
        [("Whoever does not", PUTIN)],
    ),
    (
        "tp_he_previous_turn_object_of_question",
        "Question: Did you discuss the pipeline with Olaf Scholz? Vladimir Putin: Yes. He "
        "said: “Germany will decide on its own.” That is his right.",
        [("Germany will", "Olaf Scholz")],
    ),
    (
        "tp_i_said_then",
        "Vladimir Putin: I remember our talk in 2008 very well. I said then: “We will not "
        "allow this.” And we did not. Question: Thanks.",
        [("We will not allow", PUTIN)],
    ),
    (
        "tp_my_colleague_president",
        "Vladimir Putin: My colleague, President of Kazakhstan Kassym-Jomart Tokayev, said it"
        " well: “Our union serves our peoples.” I fully agree. Question: Thanks.",
        [("Our union", "Kassym-Jomart Tokayev")],
    ),
    (
        "n_then_transcript_quote_president",
        "Vladimir Putin met with Sergei Sobyanin. The Mayor reported on the metro. Vladimir "
        "Putin: Good. As I said at the council, “every district needs a metro station.” "
        "Sergei Sobyanin: We are working on it.",
        [("every district", PUTIN)],
    ),
    # Askers who introduce themselves under an anonymous label
    (
        "si_plain",
        "Dmitry Peskov: TASS, please. Question: Ivan Petrov, TASS news agency. Mr President, "
        "when will the bridge open? Vladimir Putin: Next year.",
        [("Ivan Petrov", "Ivan Petrov")],
    ),
    (
        "si_greeting_first",
        "Dmitry Peskov: Next question. Question: Good afternoon, Mr President. Anna Petrova, "
        "Kommersant newspaper. I have a question about prices. Vladimir Putin: Go ahead.",
        [("Good afternoon", "Anna Petrova")],
    ),
    (
        "si_my_name_is",
        "Vladimir Putin: Please. Question: Good afternoon. My name is Oleg Sidorov, I "
        "represent the Vedomosti newspaper. What about taxes? Vladimir Putin: They will stay.",
        [("Good afternoon", "Oleg Sidorov")],
    ),
    (
        "si_retranslated",
        "Olaf Scholz: Thank you. Question (retranslated): Karin Weber, ZDF television. Mr "
        "Chancellor, what did you agree on? Olaf Scholz: We agreed to keep talking.",
        [("Karin Weber", "Karin Weber")],
    ),
    (
        "si_from",
        "Dmitry Peskov: Please. Question: Thank you. Pavel Orlov from Rossiya 1. Mr "
        "President, what about the harvest? Vladimir Putin: It is good.",
        [("Thank you", "Pavel Orlov")],
    ),
    (
        "si_two_questions_second_named",
        "Question: Ivan Petrov, TASS. When will the bridge open? Vladimir Putin: Next year. "
        "Question: Anna Petrova, RIA Novosti. And the new airport? Vladimir Putin: In two "
        "years.",
        [("Ivan Petrov", "Ivan Petrov"), ("Anna Petrova", "Anna Petrova")],
    ),
    # Named in an earlier sentence
    (
        "ctx_unattributed_after_name",
        "Dmitry Peskov commented on the visit. He said the dates had not been set yet. “The "
        "schedule is still being worked out.” He declined to give any details.",
        [("The schedule", "Dmitry Peskov")],
    ),
    (
        "ctx_several_sentence_quote_said_before",
        "Valentina Matviyenko opened the session. She said: “Colleagues, the agenda is long. "
        "We have twelve bills to consider. Let us begin with the budget.”",
        [("Colleagues", "Valentina Matviyenko")],
    ),
    (
        "ctx_quote_continues_after_attribution",
        "“We handed over our proposals in writing,” Sergei Lavrov said. “The answer must also"
        " be in writing. Nothing else will do.”",
        [("We handed", "Sergei Lavrov"), ("The answer", "Sergei Lavrov")],
    ),
    (
        "ctx_continues_after_other_named_as_object",
        "“The answer must come in writing,” Sergei Lavrov said of the letter to Antony "
        "Blinken. “Nothing else will do.”",
        [("The answer", "Sergei Lavrov"), ("Nothing else", "Sergei Lavrov")],
    ),
    (
        "ctx_quote_after_colon_intro_other_between",
        "Vladimir Putin spoke about the harvest, which Dmitry Patrushev had reported on. The "
        "President pointed out: “Grain exports must not hurt prices at home.”",
        [("Grain", PUTIN)],
    ),
    (
        "ctx_interview_answer",
        "In an interview with the newspaper Izvestia, Sergei Lavrov was asked whether the "
        "talks would resume. “We have never refused to talk,” the Minister answered.",
        [("We have never", "Sergei Lavrov")],
    ),
    (
        "ctx_interview_answer_he",
        "Sergei Lavrov gave an interview to the newspaper Izvestia. Asked whether the talks "
        "with Kiev would resume, he was cautious. “We have never refused to talk, but we need"
        " a partner,” he replied.",
        [("We have never", "Sergei Lavrov")],
    ),
    (
        "ctx_quote_two_paragraphs_after_name",
        "Vladimir Putin addressed the Security Council. The meeting was held by video. Its "
        "permanent members were present. “The situation on our western borders requires our "
        "full attention,” the President said.",
        [("The situation", PUTIN)],
    ),
    (
        "ctx_head_of_state_noted_after_guest_turn",
        "Vladimir Putin met with Kassym-Jomart Tokayev. The President of Kazakhstan thanked "
        "Russia for its help. The Head of State noted: “We have always been there for our "
        "allies.”",
        [("We have always", PUTIN)],
    ),
    (
        "ctx_president_of_kazakhstan_said",
        "Vladimir Putin met with Kassym-Jomart Tokayev. “We are grateful for the help of our "
        "allies,” the President of Kazakhstan said.",
        [("We are grateful", "Kassym-Jomart Tokayev")],
    ),
    (
        "ctx_chancellor_said",
        "Vladimir Putin held talks with Olaf Scholz in the Kremlin. “War in Europe has become"
        " unthinkable for my generation,” the Chancellor said.",
        [("War in Europe", "Olaf Scholz")],
    ),
    (
        "ctx_the_german_chancellor_he",
        "Vladimir Putin held talks with Olaf Scholz. The German Chancellor spoke about gas "
        "supplies. “Our companies rely on long-term contracts,” he said.",
        [("Our companies", "Olaf Scholz")],
    ),
    # Countries and bodies as speakers
    (
        "c_ukraine_says",
        "Vladimir Putin: Citizens of Russia, friends. Ukraine keeps saying: “We will not talk"
        " to Donbass.” So the war goes on. Thank you.",
        [("We will not talk", "Ukraine")],
    ),
    (
        "c_kiev_authorities_told",
        "Sergei Lavrov: We asked them many times. The Kiev authorities told us: “We will "
        "decide this ourselves.” Vladimir Putin: I see.",
        [("We will decide", "Ukraine")],
    ),
    (
        "c_ukrainian_side_said",
        "Dmitry Kozak: At the last meeting the Ukrainian side said: “We need more time.” "
        "Vladimir Putin: How much more?",
        [("We need more", "Ukraine")],
    ),
    (
        "c_nato_told_us",
        "Vladimir Putin: In 1990 NATO told us: “The alliance will not move an inch to the "
        "east.” And what happened? Question: Thank you.",
        [("The alliance will", "NATO")],
    ),
    (
        "c_the_americans_said",
        "Vladimir Putin: We proposed a treaty. The Americans said: “We do not need it.” That "
        "was their choice. Question: Thank you.",
        [("We do not need", "United States")],
    ),
    (
        "c_washington_replied",
        "Vladimir Putin: We sent our proposals in December. Washington replied: “Some of them"
        " can be discussed.” Question: Thank you.",
        [("Some of them", "United States")],
    ),
    (
        "c_ministry_statement",
        "The Russian Foreign Ministry issued a statement on the incident. “We demand an "
        "immediate explanation,” the statement says.",
        [("We demand", "Russian Foreign Ministry")],
    ),
    (
        "c_kiev_regime_they",
        "Vladimir Putin: The Kiev regime has a simple answer to everything. “It is all "
        "Moscow's fault,” they say. That is not an answer. Question: Thank you.",
        [("It is all", "Ukraine")],
    ),
    (
        "c_speech_lenin_named",
        "Vladimir Putin: Friends. Vladimir Lenin wrote in one of his letters: “The union must"
        " be voluntary.” And what came of it? Thank you.",
        [("The union must", "Vladimir Lenin")],
    ),
    (
        "c_speech_quote_in_letter_of_person",
        "Vladimir Putin: I have a letter here from a soldier's mother, Anna Petrova. She "
        "writes: “My son is proud to serve.” I bow to her. Thank you.",
        [("My son is", "Anna Petrova")],
    ),
    # People at large, imagined and unnamed speakers: nobody
    (
        "pal_some_experts",
        "Question: Mr President, according to some experts, the situation is bad, let me "
        "quote: “Little money, a lot of debt.” What do you think? Vladimir Putin: I disagree.",
        [("Little money", None)],
    ),
    (
        "pal_we_hear",
        "Vladimir Putin: And then we hear: “Russia is about to attack.” Nothing of the kind. "
        "Question: Thank you.",
        [("Russia is about", None)],
    ),
    (
        "pal_nobody_said",
        "Vladimir Putin: We did not hear anyone say: “We did not have enough time.” Everyone "
        "worked hard. Question: Thank you.",
        [("We did not have", None)],
    ),
    (
        "pal_we_should_not_say",
        "Alexander Lukashenko: We should not say “we will not cope.” We have coped many "
        "times. Vladimir Putin: True.",
        [("we will not cope", None)],
    ),
    (
        "pal_some_say_others_say",
        "Vladimir Putin: Some say “we will buy the trains abroad.” Others say “we will build "
        "them ourselves.” I prefer the second. Question: Thank you.",
        [("we will buy", None), ("we will build", None)],
    ),
    (
        "pal_people_ask_me",
        "Vladimir Putin: When I travel around the country, people often ask me: “When will "
        "the roads be repaired?” It is a fair question. Question: Thank you.",
        [("When will the roads", None)],
    ),
    (
        "pal_activists_say",
        "Question: The activists say: “Build it anywhere, but not here.” How can we persuade "
        "them? Vladimir Putin: By talking to them.",
        [("Build it", None)],
    ),
    (
        "pal_joke",
        "Vladimir Putin: Remember the old joke: “Who will mind the shop?” So we cannot all "
        "leave. Question: Thank you.",
        [("Who will mind", None)],
    ),
    (
        "pal_they_asked_us",
        "Vladimir Putin: We told them not to expand. But they asked us: “Do you have it in "
        "writing?” And that was it. Question: Thank you.",
        [("Do you have", None)],
    ),
    (
        "pal_treaty_says",
        "Vladimir Putin: Article 5 of the treaty says nothing of the kind. It says: “the "
        "Parties shall consult.” That is all. Question: Thank you.",
        [("the Parties", None)],
    ),
    (
        "pl_opponents_claim",
        "Vladimir Putin: Our opponents claim: “Russia wants to rebuild the empire.” This is "
        "nonsense. Question: Thank you.",
        [("Russia wants", None)],
    ),
    (
        "pl_western_politicians_repeat",
        "Vladimir Putin: Western politicians keep saying: “The sanctions are working.” Let "
        "them look at their own inflation. Question: Thank you.",
        [("The sanctions are", None)],
    ),
    (
        "pl_everyone_says",
        "Alexander Lukashenko: Everyone says: “Prices are rising.” But wages are rising too. "
        "Vladimir Putin: That is right.",
        [("Prices are", None)],
    ),
    (
        "pl_one_might_say",
        "Vladimir Putin: One might say: “Why do we need this?” I will explain why. Question: "
        "Thank you.",
        [("Why do we need", None)],
    ),
    (
        "pl_if_someone_tells_me",
        "Vladimir Putin: If someone tells me: “We cannot do this,” I will ask why. Question: "
        "Thank you.",
        [("We cannot do", None)],
    ),
    (
        "pl_a_woman_came_up",
        "Vladimir Putin: In Kursk a woman came up to me and said: “Thank you for the new "
        "school.” That is what matters. Question: Thank you.",
        [("Thank you for the new", None)],
    ),
    (
        "pl_our_people_say",
        "Vladimir Putin: Our people say: “We will endure everything.” And they do. Question: "
        "Thank you.",
        [("We will endure", None)],
    ),
    (
        "pl_they_will_tell_you",
        "Vladimir Putin: Go to any village and they will tell you: “Give us roads.” That is "
        "the main request. Question: Thank you.",
        [("Give us roads", None)],
    ),
    (
        "pl_journalists_asked_me",
        "Vladimir Putin: The journalists asked me at the airport: “Will there be a war?” I "
        "said no. Question: Thank you.",
        [("Will there be", None)],
    ),
    (
        "pl_i_said_after_journalists",
        "Vladimir Putin: The journalists asked me at the airport about the war. I told them: "
        "“There will be no war.” Question: Thank you.",
        [("There will be no", PUTIN)],
    ),
    (
        "pl_experts_in_question",
        "Question: Some experts in the West say: “Russia cannot live without imports.” Is "
        "that true? Vladimir Putin: No.",
        [("Russia cannot", None)],
    ),
    (
        "pl_many_colleagues",
        "Vladimir Putin: Many of our colleagues in Europe say privately: “We understand you.”"
        " But they do nothing. Question: Thank you.",
        [("We understand you", None)],
    ),
    (
        "pl_the_slogan",
        "Vladimir Putin: Their slogan was: “Europe without Russia.” It did not work. "
        "Question: Thank you.",
        [("Europe without", None)],
    ),
    # A third person quoted in a turn
    (
        "third_here_are_his_words",
        "Vladimir Putin: One of them, Pyotr Sidorenko, served in the police. He later boasted"
        " to his neighbours, and here are his exact words: “I did my job well.” Question: "
        "Thank you.",
        [("I did my job", "Pyotr Sidorenko")],
    ),
    (
        "third_my_answer_was",
        "Vladimir Putin: My colleague assured me that they would not admit Ukraine. My answer"
        " was: “We have heard this before.” Question: Thank you.",
        [("We have heard", PUTIN)],
    ),
    # Named at the quote, people no dictionary holds
    (
        "nm_as_wrote",
        "Vladimir Putin: Friends. As Fyodor Dostoyevsky wrote, “beauty will save the world.” "
        "I believe it still. Thank you.",
        [("beauty will", "Fyodor Dostoyevsky")],
    ),
    (
        "nm_bracketed_first_name",
        "Vladimir Putin: Mr [Alexander] Shokhin asked about taxes. As Shokhin said, “business"
        " needs stable rules.” I agree. Question: Thank you.",
        [("business needs", "Alexander Shokhin")],
    ),
    (
        "nm_bracket_after_title",
        "Vladimir Putin: The First President of Kazakhstan [Nursultan Nazarbayev] once told "
        "me: “We must think of our neighbours first.” I remember it well. Question: Thanks.",
        [("We must think", "Nursultan Nazarbayev")],
    ),
    (
        "nm_mr_surname_said",
        "Vladimir Putin: Mr Sokurov, you said: “The Constitution is too young.” I do not "
        "agree. Alexander Sokurov: Let me explain.",
        [("The Constitution is", "Alexander Sokurov")],
    ),
    (
        "nm_philosopher_apposition",
        "Vladimir Putin: I will quote Ivan Ilyin, the Russian philosopher: “Freedom is a "
        "duty.” It is worth thinking about. Thank you.",
        [("Freedom is", "Ivan Ilyin")],
    ),
    (
        "nm_said_after_name_title_after",
        "“The harvest will be a record one,” said Dmitry Patrushev, Minister of Agriculture.",
        [("The harvest", "Dmitry Patrushev")],
    ),
    (
        "nm_minister_title_then_name",
        "“The harvest will be a record one,” Minister of Agriculture Dmitry Patrushev said.",
        [("The harvest", "Dmitry Patrushev")],
    ),
    (
        "nm_quote_from_book",
        "Vladimir Putin: Let me read a quote from Nikolai Danilevsky: “Russia is a world of "
        "its own.” That was written long ago. Thank you.",
        [("Russia is a world", "Nikolai Danilevsky")],
    ),
    (
        "nm_name_colon_in_narrative",
        "At the meeting, Governor of the Tula Region Alexei Dyumin said: “The new plant will "
        "employ two thousand people.”",
        [("The new plant", "Alexei Dyumin")],
    ),
    (
        "nm_president_putin_said_by_guest",
        "Alexander Lukashenko: President Putin said yesterday: “We will help with the "
        "supplies.” And he did. Vladimir Putin: Of course.",
        [("We will help", PUTIN)],
    ),
    # Questions at news conferences quoting others
    (
        "q_your_counterpart",
        "Question: Mr President, your Ukrainian counterpart said yesterday: “We are ready to "
        "meet anywhere.” Are you ready? Vladimir Putin: We are always ready.",
        [("We are ready to meet", "Volodymyr Zelensky")],
    ),
    (
        "q_ukrainian_president_said",
        "Question: Mr President, the Ukrainian President said yesterday: “We are ready to "
        "meet anywhere.” Are you ready? Vladimir Putin: We are always ready.",
        [("We are ready to meet", "Volodymyr Zelensky")],
    ),
    (
        "q_mr_surname_words",
        "Question: Mr President, what do you think of Mr Zelensky's words: “We will never "
        "give up our land”? Vladimir Putin: Everyone has a right to an opinion.",
        [("We will never", "Volodymyr Zelensky")],
    ),
    (
        "q_surname_possessive_comment",
        "Question: And what do you make of Zelensky's comment, “like it or not, you will have"
        " to fulfil them”? Vladimir Putin: It is not my comment.",
        [("like it or not", "Volodymyr Zelensky")],
    ),
    (
        "q_to_guest_your_counterpart",
        "Question (retranslated): Mr Macron, your Russian counterpart said: “NATO has "
        "deceived us.” Do you agree? Emmanuel Macron: No, I do not.",
        [("NATO has", PUTIN)],
    ),
    (
        "q_the_chancellor_told_you",
        "Olaf Scholz: Thank you. Question: Mr President, the Chancellor told you today: “War "
        "in Europe is unthinkable.” Did he convince you? Vladimir Putin: We do not want war "
        "either.",
        [("War in Europe", "Olaf Scholz")],
    ),
    (
        "q_he_said_about_third",
        "Question: Mr President, Josep Borrell spoke about Russia today. He said: “Russia is "
        "a threat.” What is your answer? Vladimir Putin: I will not comment.",
        [("Russia is a threat", "Josep Borrell")],
    ),
    (
        "q_comment_on_your_phrase",
        "Question: What do you make of Ann Vale's remark on your phrase “the door stays open "
        "to everyone”, in which she hinted at a change? Vladimir Putin: I did not hear it.",
        [("the door stays", PUTIN)],
    ),
    (
        "q_you_said_vocative_guest",
        "Question (retranslated): Mr Scholz, yesterday you said: “Germany will not send "
        "weapons.” Is this still so? Olaf Scholz: Yes.",
        [("Germany will not", "Olaf Scholz")],
    ),
    (
        "q_both_leaders_you_said",
        "Question: A question for both of you. President Macron, you said last week: “Europe "
        "needs its own security.” President Putin, do you agree? Vladimir Putin: Partly.",
        [("Europe needs", "Emmanuel Macron")],
    ),
    (
        "q_your_colleague_mr",
        "Question: Mr President, your colleague, Mr Macron, said on Monday: “The talks were "
        "useful.” Do you agree? Vladimir Putin: Yes.",
        [("The talks were", "Emmanuel Macron")],
    ),
    (
        "q_mr_biden_said",
        "Question: Mr President, Mr Biden said yesterday: “The door to diplomacy is open.” "
        "What do you think? Vladimir Putin: We will see.",
        [("The door to", "Joe Biden")],
    ),
    (
        "q_western_media_write",
        "Question: Western media write: “Russia is preparing an attack.” What is your "
        "comment? Vladimir Putin: It is a lie.",
        [("Russia is preparing", None)],
    ),
    (
        "q_patronymic_vocative",
        "Vladimir Putin: Sergei Viktorovich, at the last meeting you said: “The answer will "
        "come within a week.” Has it come? Sergei Lavrov: Not yet.",
        [("The answer will", "Sergei Lavrov")],
    ),
    (
        "q_patronymic_addressee_putin",
        "Alexander Lukashenko: Vladimir Vladimirovich, you told me then: “We will not leave "
        "you alone.” And you kept your word. Vladimir Putin: Of course.",
        [("We will not leave", PUTIN)],
    ),
    # Words between the verb and the quote
    (
        "w_said_the_following",
        "Vladimir Putin met with Alexei Dyumin. The Governor said the following: “The plant "
        "will open in May.”",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_said_in_particular",
        "Vladimir Putin met with Alexei Dyumin. The Governor noted, in particular: “The plant"
        " will open in May.”",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_put_it_this_way",
        "Vladimir Putin met with Alexei Dyumin. The Governor put it this way: “The plant will"
        " open in May, not a day later.”",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_said_at_the_meeting",
        "Vladimir Putin met with Alexei Dyumin. At the end, the Governor stressed at the "
        "meeting with workers: “The plant will open in May.”",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_here_is_what_said",
        "Vladimir Putin: Here is what Alexei Dyumin told me yesterday: “The plant will open "
        "in May.” I believe him. Question: Thank you.",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_dash_attribution",
        "Vladimir Putin met with Alexei Dyumin. “The plant will open in May” – this is how "
        "the Governor summed up his report.",
        [("The plant will", "Alexei Dyumin")],
    ),
    (
        "w_he_said_after_object_meeting",
        "Alexei Dyumin informed Vladimir Putin about the plant. Answering the President's "
        "question about the date, he said: “It will open in May.”",
        [("It will open", "Alexei Dyumin")],
    ),
    (
        "w_president_said_literally",
        "Vladimir Putin met with Alexei Dyumin. The President said literally the following: "
        "“We need this plant.”",
        [("We need this", PUTIN)],
    ),
    # News stories (no publisher)
    (
        "wire_he_two_men",
        "Sergei Lavrov met Antony Blinken in Geneva on Friday. Blinken said the talks had "
        "been frank. “We made clear what we can and cannot accept,” he said.",
        [("We made clear", "Antony Blinken")],
    ),
    (
        "wire_she_after_man",
        "Annalena Baerbock met Sergei Lavrov in Moscow. Lavrov called the talks useful. “We "
        "disagree on many things, but we keep talking,” she said.",
        [("We disagree", "Annalena Baerbock")],
    ),
    (
        "wire_surname_then_he",
        "Foreign Minister Sergei Lavrov arrived in Ankara on Tuesday. Speaking after the "
        "meeting with Hakan Fidan, Lavrov said the sides had agreed on a schedule. “We will "
        "meet again in a month,” he added.",
        [("We will meet", "Sergei Lavrov")],
    ),
    (
        "wire_spokesman_named_before",
        "Kremlin spokesman Dmitry Peskov said on Monday that no date had been set. “It is too"
        " early to talk about it,” the spokesman said.",
        [("It is too early", "Dmitry Peskov")],
    ),
    (
        "wire_he_minister_of_other_country",
        "Turkish Foreign Minister Hakan Fidan met his Russian counterpart Sergei Lavrov in "
        "Moscow. Fidan said the talks covered grain exports. “We want the corridor to stay "
        "open,” he said.",
        [("We want the", "Hakan Fidan")],
    ),
    (
        "wire_quote_next_paragraph_no_attr",
        "“We are ready for any scenario,” Dmitry Peskov said on Monday. The Kremlin spokesman"
        " spoke after a meeting of the Security Council. “The President has all the "
        "information he needs.”",
        [("We are ready", "Dmitry Peskov"), ("The President has", "Dmitry Peskov")],
    ),
    (
        "wire_she_two_women",
        "Ursula von der Leyen met Giorgia Meloni in Rome on Friday. Meloni said the talks on "
        "migration had gone well. “We are close to a deal,” she said.",
        [("We are close", "Giorgia Meloni")],
    ),
    (
        "wire_pronoun_after_said_clause",
        "Joe Biden said on Tuesday that Vladimir Putin had made a mistake. “He underestimated"
        " the unity of the West,” Biden said. “He will pay a price for this,” he added.",
        [("He underestimated", "Joe Biden"), ("He will pay", "Joe Biden")],
    ),
    # Speaker labels
    (
        "l_full_title_label",
        "President of Russia Vladimir Putin: Good afternoon, colleagues. Let us begin. "
        "Federal Chancellor of Germany Olaf Scholz (retranslated): Thank you for the "
        "invitation.",
        [("Good afternoon", PUTIN), ("Thank you for the inv", "Olaf Scholz")],
    ),
    (
        "l_retranslated_pm",
        "Vladimir Putin: Welcome. Prime Minister of Greece Kyriakos Mitsotakis "
        "(retranslated): Thank you, Mr President. Vladimir Putin: Please.",
        [("Thank you, Mr", "Kyriakos Mitsotakis")],
    ),
    (
        "l_moderator_named",
        "Moderator Hadley Gamble: Mr President, welcome. Vladimir Putin: Thank you. Hadley "
        "Gamble: My first question is about gas.",
        [("My first question", "Hadley Gamble")],
    ),
    (
        "l_speaking_language",
        "Vladimir Putin: Good afternoon. Alexander Lukashenko (speaking Belarusian): Good "
        "afternoon, Vladimir Vladimirovich.",
        [("Good afternoon, Vlad", "Alexander Lukashenko")],
    ),
    (
        "l_remark",
        "Vladimir Putin: What was the second part? Remark: The withdrawal of troops. Vladimir"
        " Putin: I answered that.",
        [("The withdrawal", None)],
    ),
    (
        "l_discovered_governor",
        "Vladimir Putin: Mr Rudenya, please. Igor Rudenya: Mr President, the region has built"
        " eleven schools. Vladimir Putin: Good.",
        [("Mr President, the reg", "Igor Rudenya")],
    ),
    (
        "l_female_label",
        "Vladimir Putin: Ms Kuznetsova, go ahead. Maria Kuznetsova: Thank you, Mr President. "
        "We have a question about children. Vladimir Putin: Please.",
        [("Thank you, Mr", "Maria Kuznetsova")],
    ),
    (
        "l_surname_only_label",
        "Vladimir Putin: Mr Shoigu, please. Shoigu: Comrade Supreme Commander-in-Chief, the "
        "drills are over. Vladimir Putin: Thank you.",
        [("Comrade", "Sergei Shoigu")],
    ),
    (
        "l_title_label_role",
        "The President: Colleagues, let us start. Minister of Defence: The drills are over. "
        "The President: Thank you.",
        [("Colleagues", PUTIN)],
    ),
]
VARIANTS_BY_SHAPE = {shape: expected for shape, _, expected in VARIANTS}
_CASES = [
    (shape, opening, speaker) for shape, _, expected in VARIANTS for opening, speaker in expected
]


def _kremlin_style(body: str) -> str:
    """The body as the releases' CSV has it: straight marks, an opening one glued to the stop
    or colon before it."""
    return re.sub(r"(?<=[.:,!?]) “", "“", body).replace("“", '"').replace("”", '"')


def _variant_speakers(
    matcher: ActorMatcher, style: Callable[[str], str]
) -> dict[tuple[str, str], str | None]:
    """(shape, quote opening) → the speaker's name (an actor's name, else the text
    written), over every variant run in one batch."""
    ids = [
        f"a{i}" if shape.startswith("wire") else f"{KREMLIN[:-1]}{i}"
        for i, (shape, _, _) in enumerate(VARIANTS)
    ]
    articles = pl.DataFrame(
        {
            "article_id": ids,
            "body": [style(body) for _, body, _ in VARIANTS],
            "published_date": [date(2022, 3, 1)] * len(VARIANTS),
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    names = matcher.names | dict(mentions.select("actor_id", "actor_name").iter_rows())
    shape_of = {article_id: shape for article_id, (shape, _, _) in zip(ids, VARIANTS, strict=True)}
    found: dict[tuple[str, str], str | None] = {}
    for row in quotes.sort("char_start").iter_rows(named=True):
        shape = shape_of[row["article_id"]]
        speaker = names.get(row["speaker_actor_id"]) or row["speaker_text"]
        for opening, _ in VARIANTS_BY_SHAPE[shape]:
            if row["quote_text"].startswith(opening):
                found.setdefault((shape, opening), speaker)
    return found


@pytest.fixture(scope="module")
def variant_speakers(matcher: ActorMatcher) -> dict[tuple[str, str], str | None]:
    return _variant_speakers(matcher, lambda body: body)


@pytest.fixture(scope="module")
def kremlin_style_speakers(matcher: ActorMatcher) -> dict[tuple[str, str], str | None]:
    return _variant_speakers(matcher, _kremlin_style)


def _found(speakers: dict[tuple[str, str], str | None], shape: str, opening: str) -> str | None:
    assert (shape, opening) in speakers, "the quote is not found"
    return speakers[(shape, opening)]


@pytest.mark.parametrize(("shape", "opening", "speaker"), _CASES, ids=[c[0] for c in _CASES])
def test_a_variant_has_the_speaker_a_careful_reader_gives(
    variant_speakers, shape, opening, speaker
):
    assert _found(variant_speakers, shape, opening) == speaker


@pytest.mark.parametrize(("shape", "opening", "speaker"), _CASES, ids=[c[0] for c in _CASES])
def test_a_variant_keeps_its_speaker_in_the_releases_marks(
    kremlin_style_speakers, shape, opening, speaker
):
    assert _found(kremlin_style_speakers, shape, opening) == speaker


def _who(rows: list[tuple]) -> list[str | None]:
    """Who each quote is by: the actor, else the text; discovered names read as written."""
    named = {"person_ann_vale": "Ann Vale", "person_tom_reyes": "Tom Reyes"}
    return [named.get(actor, actor) if actor is not None else text for actor, text, _ in rows]


def test_an_answer_after_an_attributed_question_is_the_other_party(matcher):
    body = (
        "Port director Tom Reyes took questions from the press on Friday.\n\n"
        "“Will the terminal open in June?” asked Ann Vale of the Harbour Gazette. "
        "“That is the plan,” Reyes replied. “And if the cranes are late?” Vale pressed. "
        "“Then it opens in July.”"
    )
    assert _who(_speakers(matcher, body)) == ["Ann Vale", "Tom Reyes", "Ann Vale", "Tom Reyes"]


def test_a_question_after_someone_was_asked_is_not_theirs(matcher):
    body = (
        "Speaking to this paper, Mayor Tom Reyes was asked whether the bridge would be rebuilt."
        "\n\n“Will it be rebuilt this year?”\n\n“Not this year, but it will be,” Mr Reyes "
        "replied.\n\n“Why not sooner?”\n\n“The money arrives in the spring.”"
    )
    assert _who(_speakers(matcher, body)) == [None, "Tom Reyes", None, "Tom Reyes"]


def test_a_promise_is_speech(matcher):
    body = (
        "Tom Reyes met Ann Vale at the dock on Monday. “Your wages will be paid in full,” "
        "Vale promised."
    )
    assert _who(_speakers(matcher, body)) == ["Ann Vale"]


def test_an_answer_label_under_a_heading_naming_one_person_is_theirs(matcher):
    body = (
        "Harbour Board Chair Ann Vale's answer to a question from the Coast Herald\n\n"
        "Question: Will the ferry fares rise this winter?\n\n"
        "Answer: No. The board has frozen them until the spring, and we will keep our word."
    )
    rows = _speakers(matcher, body)
    assert [_who([row])[0] for row in rows] == [None, "Ann Vale"]


def test_the_head_of_government_in_a_release_is_the_prime_minister(matcher):
    body = (
        "Vladimir Putin held a meeting on housing construction. The Head of Government "
        'reported:"Builders have finished a record number of flats this winter."'
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [actor for actor, _, _ in rows] == ["person_mikhail_mishustin"]


def test_a_speaker_described_by_country_is_the_person_of_that_country_named_before(matcher):
    # Both sides named, then told apart by their country, whoever was named last
    body = (
        "Sergei Lavrov and Antony Blinken met in Geneva for ninety minutes. Blinken left "
        "first. The Russian minister spoke to reporters an hour later: “We heard nothing "
        "new today.” Minister of Foreign Affairs of Ukraine Dmytro Kuleba called Simon "
        "Coveney. «Neutral does not mean indifferent» – said the head of Ukrainian diplomacy."
    )
    rows = _speakers(matcher, body, "https://wire.example/1")
    assert _quoted(rows, "We heard")[0][0] == "person_sergei_lavrov"
    assert _quoted(rows, "Neutral")[0][0] == "person_dmytro_kuleba"


def test_an_ambassador_is_of_the_country_before_the_one_he_is_sent_to(matcher):
    body = (
        "Sergey Lavrov received Ambassador of the Islamic Republic of Iran to the Russian "
        "Federation Karim Abbasi. The Iranian diplomat said his country wanted the deal "
        "back: «The agreement is close and must not become a hostage to other disputes»."
    )
    rows = _speakers(matcher, body, "https://wire.example/2")
    assert rows[0][0] is not None and rows[0][0] != "person_sergei_lavrov"
    assert rows[0][1] == "The Iranian diplomat"


def test_a_colon_before_a_quote_keeps_its_speaker_from_the_next_sentence(matcher):
    body = (
        "Vladimir Putin held a meeting with Sergei Lavrov and Sergei Shoigu. Opening the "
        'meeting, the Head of State drew attention to the border areas:"The shelling has '
        'not stopped for a week." The Foreign Minister reported on contacts with partners.'
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_vladimir_putin"


def test_the_leader_of_a_country_is_its_head_the_text_named(matcher):
    # The seeds call Poland's prime minister its leader; the text named the President
    body = (
        "Kamala Harris was greeted in Warsaw by Polish President Andrzej Duda. The Polish "
        "leader thanked her: “This sends a clear signal that we are not alone.”"
    )
    rows = _speakers(matcher, body, "https://wire.example/3")
    assert rows[0][0] == "person_andrzej_duda"


def test_a_quote_after_the_governor_briefed_the_president_is_the_governors(matcher):
    body = (
        "Vladimir Putin held a working meeting with Governor of the Vologda Region Pavel "
        "Zarechny.\n\nThe Governor briefed the President on the timber industry.\n\n"
        "“Our mills now ship more to Asia than to Europe.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][1] == "Pavel Zarechny" or rows[0][0] == "person_pavel_zarechny"


def test_the_answer_is_the_person_the_title_names_when_the_body_names_nobody(matcher):
    body = (
        "Q: Some media say the talks have stalled. What is your comment?\n\n"
        "A: That is not true. The two sides keep working on the text."
    )
    title = "Foreign Ministry Spokesperson Zhao Lijian's Remarks on the Talks"
    rows = _speakers(matcher, body, "https://wire.example/q", title)
    assert [r[0] for r in rows] == [None, "person_zhao_lijian"]
    # without the title's person, nobody is said to answer
    assert [
        r[0] for r in _speakers(matcher, body, "https://wire.example/q", "Remarks on the Talks")
    ] == [None, None]


def test_a_clause_after_a_fronted_phrase_ending_in_a_name_is_no_apposition(matcher):
    body = (
        "A spokesman for Chancellor Olaf Scholz, Wolfgang Brenner, spoke on Monday. Asked "
        "about the call between Scholz and Vladimir Putin, the spokesman would only say "
        "that it had been “long, serious and without illusions.”"
    )
    rows = _speakers(matcher, body, "https://wire.example/4")
    assert rows[0][0] == "person_wolfgang_brenner"


@pytest.mark.parametrize(
    "named",
    [
        "Vladimir Putin had a working meeting with Chief Executive Officer of Rosneft Igor Sechin.",
        "Igor Sechin of Rosneft and Alexei Miller of Gazprom came to the investment council.",
    ],
)
def test_the_head_of_a_body_is_the_person_named_with_it_before(matcher, named):
    body = (
        f"{named}\n\nThe company head briefed the President on the Vostok Oil project.\n\n"
        '"The first stage is 40 percent complete," the head of Rosneft said.'
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_igor_sechin"


def test_the_head_of_the_government_is_the_prime_minister(matcher):
    body = (
        "Vladimir Putin held a meeting with members of the Government.\n\nThe head of the "
        "Government noted that domestic trips had grown by a fifth.\n\n"
        "“People are discovering their own country.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_mikhail_mishustin"


def test_a_capitalized_title_with_a_country_is_the_one_named_with_that_title(matcher):
    body = (
        "Vladimir Putin met with Minister of Foreign Affairs of China Wang Yi. The guest "
        "conveyed greetings from the Chinese leader. “Our relations are at their best,” the "
        "Chinese Minister said. His Turkish counterpart Mevlut Cavusoglu did not attend."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_wang_yi"


def test_words_of_people_at_large_a_saying_or_a_laws_wording_are_no_ones(matcher):
    body = (
        "Vladimir Putin met with Mayor of Moscow Sergei Sobyanin. He noted that some Western "
        "politicians keep repeating the same line: “Russia must be made to pay.” Speaking to "
        "the workers, the President recalled an old saying of the space industry: “The road "
        "to the stars begins on the ground.” Vladimir Putin signed an executive order. The "
        "executive order says: “Monthly payments shall be granted to families.” Sergei "
        "Sobyanin recalled the words of his first teacher: “Build for a hundred years.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [r[0] for r in rows] == [None, None, None, None]


def test_a_report_delivered_is_the_speakers_before_its_quote(matcher):
    body = (
        "Vladimir Putin held a meeting with permanent members of the Security Council.\n\n"
        "Secretary of the Security Council Nikolai Patrushev delivered a report.\n\n"
        "“The number of attempts to smuggle drugs across the border has doubled.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_nikolai_patrushev"


def test_the_latter_is_the_second_of_the_two_named_before(matcher):
    body = (
        "Director of the Foreign Intelligence Service Sergei Naryshkin and Defence Minister "
        "Sergei Shoigu also spoke. The latter noted that the exercises had been held. "
        "“The units showed a high level of readiness.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_sergei_shoigu"


def test_the_guest_is_the_visitor_the_head_of_state_received(matcher):
    body = (
        "Vladimir Putin and Recep Tayyip Erdogan spoke to the press after their talks.\n\n"
        "“We agreed on a new road map,” Vladimir Putin said.\n\n"
        "The guest agreed. “Our ministers will meet again in May,” he noted."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Our ministers")[0][0] == "person_recep_tayyip_erdogan"


def test_a_place_or_an_event_named_in_full_is_no_person(matcher):
    # "the Marsh Autonomous Region" is no person named between the two governors, so the
    # title's own words find the governor of that region
    body = (
        "Vladimir Putin met Governor of the Fen Region Tom Reyes and Governor of the Marsh "
        "Autonomous Region Ann Vale.\n\n"
        "The Governor of the Marsh Autonomous Region asked for help with the dams. “The water "
        "has never been this high.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][:2] == ("person_ann_vale", "The Governor of the Marsh Autonomous Region") or (
        _is_written(rows[0], "Ann Vale")
    )
    # "the coming Olympic Games" is no one "he" could stand for
    games = (
        "Vladimir Putin gave an interview to a news agency. Speaking about the coming "
        "Olympic Games, he criticised attempts to politicise sport: “Sport must stay apart.”"
    )
    assert _speakers(matcher, games, KREMLIN)[0][0] == "person_vladimir_putin"


def test_my_friend_is_the_person_the_speaker_named_and_a_peoples_proverb_is_no_ones(matcher):
    body = (
        "Question: What do you expect from the visit?\n\n"
        "Vladimir Putin: I have known President Xi Jinping for many years.\n\n"
        "At our last meeting, my friend said: “Our two countries share one long border.” "
        "I agree. As the Chinese proverb goes, “A near neighbour is better than a far "
        "relative.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Our two countries")[0][0] == "person_xi_jinping"
    assert _quoted(rows, "A near neighbour")[0][:2] == (None, None)


def test_a_colleague_from_a_place_is_the_one_named_with_that_place(matcher):
    body = (
        "Vladimir Putin met Governor of the Fen Region Tom Reyes and Governor of the Marsh "
        "Region Ann Vale.\n\n"
        "The Governor of the Fen Region described the new park. “Eleven firms have signed.”\n\n"
        "His colleague from Marsh said the road had to come first. “Without it the park is a "
        "plan on paper.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    said = _quoted(rows, "Without it")[0]
    assert said[0] == "person_ann_vale" or _is_written(said, "Ann Vale")


def test_the_one_who_is_told_is_not_the_one_who_speaks_next(matcher):
    body = (
        "Vladimir Putin held a meeting with Governor of the Kursk Region Roman Starovoit.\n\n"
        "The Governor reported on the border areas. The President was told about the repair "
        "of damaged houses. “We have restored 400 homes since spring,” he said."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "We have restored")[0][0] == "person_roman_starovoit"


def test_a_quotation_standing_alone_in_an_account_is_the_person_the_account_is_about(matcher):
    filler = (
        "The yard builds icebreakers for the northern route. Its output doubled in two years. "
        "The company employs six thousand people. A new dock opened in the spring. "
    )
    body = (
        f"Vladimir Putin visited the Baltic shipyard in St Petersburg. {filler}"
        "“This is a good result for the whole industry.” The visit ended with a meeting."
    )
    assert _speakers(matcher, body)[0][0] == "person_vladimir_putin"
    # a quotation inside a sentence that frames it is no such statement ("a sign reading")
    framed = f"Vladimir Putin visited the shipyard. {filler}A banner over the dock read “Forward”."
    assert [row[0] for row in _speakers(matcher, framed)] in ([], [None])
    # in a transcript, words quoted alone are a speaker's imagined or cited speech
    transcript = (
        "Vladimir Putin: Some say “Let everyone go their own way.” We do not agree. "
        f"Tom Reyes: Thank you. {filler}“Leave it as it is.” Vladimir Putin: Good."
    )
    quoted = _quoted(_speakers(matcher, transcript), "Leave")
    assert quoted and quoted[0][0] is None, quoted


def test_a_letter_that_notes_or_stresses_is_its_senders(matcher):
    for verb in ("notes", "stresses, in particular", "points out"):
        body = (
            "Vladimir Putin sent a letter to the Prime Minister of Norway. "
            f"The letter {verb}: “Our two countries share a long northern border.”"
        )
        assert _speakers(matcher, body, KREMLIN)[0][0] == "person_vladimir_putin", verb


def test_he_said_before_the_body_names_anyone_is_the_person_the_title_names(matcher):
    body = "The talks focused on grain exports. “We are ready to expand supplies,” she said."
    title = "Telephone conversation with Prime Minister of Italy Giorgia Meloni"
    assert _speakers(matcher, body, KREMLIN, title)[0][0] == "person_giorgia_meloni"
    # a pronoun of the other gender is not the title's person
    title_he = "Telephone conversation with Federal Chancellor of Germany Olaf Scholz"
    assert _speakers(matcher, body, KREMLIN, title_he)[0][0] is None
    # once the body names someone, the body's person comes first
    named = f"Ann Vale chaired the talks. {body}"
    assert _speakers(matcher, named, KREMLIN, title)[0][0] != "person_giorgia_meloni"


def test_he_before_any_name_is_the_person_a_sentence_case_title_names(matcher):
    # the title's capital first word must not make it read as a Title Case headline, where
    # no name is discovered
    body = 'The Governor reported on the harvest. "We gathered a record crop," he said.'
    rows = _speakers(matcher, body, title="Meeting with Governor of Tver Region Pavel Lomov")
    assert [row[0] for row in rows] == ["person_pavel_lomov"]


def test_a_named_maxim_or_motto_is_nobodys_words():
    for text in (
        "Vladimir Putin remarked that the old principle of “from the lab to the field” had to "
        "be restored.",
        "The team's motto, “Search. Rescue. Help.”, is printed on every jacket.",
    ):
        assert is_saying(text, text.index("“"), text.index("”") + 1), text
    # a principle stated by the one who speaks is no maxim quoted
    text = "Vladimir Putin set out the principle. “Security must be equal,” he said."
    assert not is_saying(text, text.index("“"), text.index("”") + 1)


def _turns(*turns: str) -> str:
    return "Vladimir Putin held talks with Kassym-Jomart Tokayev.\n\n" + "\n\n".join(turns)


def _speaker_in_turns(matcher: ActorMatcher, opening: str, *turns: str) -> str | None:
    """The speaker found for the quote that opens with `opening` in a transcript of turns."""
    return _quoted(_speakers(matcher, _turns(*turns), KREMLIN), opening)[0][0]


@pytest.mark.parametrize(
    ("turn", "opening"),
    [
        (
            "Vladimir Putin: Thank you, Mr President. Before the trip I heard a report from "
            "Alexei Miller, and he put it simply: “The pipeline has capacity to spare.” Our "
            "experts will work out the details.",
            "The pipeline",
        ),
        # the one asked answers: "I asked X ... He answered:"
        (
            "Vladimir Putin: I once asked Alexei Miller what the pipeline needs most. He "
            "answered at once: “More compressors and fewer meetings.” I still remember it.",
            "More compressors",
        ),
    ],
)
def test_he_in_a_turn_is_never_the_turns_speaker(matcher, turn, opening):
    body = _turns("Kassym-Jomart Tokayev: Thank you. Our regions signed ten agreements.", turn)
    assert _quoted(_speakers(matcher, body, KREMLIN), opening)[0][0] == "person_alexei_miller"


def test_a_title_in_a_turn_is_someone_else_than_the_turns_speaker(matcher):
    speaker = _speaker_in_turns(
        matcher,
        "the forum works",
        "Kassym-Jomart Tokayev: Thank you. The forum of our regions works well.",
        "Vladimir Putin: Thank you, Mr President. As the President has just said, “the forum "
        "works well,” and I fully agree with him.",
    )
    assert speaker == "person_kassym_jomart_tokayev"


def test_words_repeated_by_the_turns_speaker_are_theirs(matcher):
    speaker = _speaker_in_turns(
        matcher,
        "We are ready to stop",
        "Kassym-Jomart Tokayev: Do you expect a ceasefire soon?",
        "Vladimir Putin: I do not know their plans.",
        "As for a ceasefire, I said it at the Foreign Ministry last month and I will repeat "
        "it: “We are ready to stop when our conditions are met.” Nothing has changed.",
    )
    assert speaker == "person_vladimir_putin"


def test_someone_described_and_never_named_speaks_for_nobody(matcher):
    body = _turns(
        "Kassym-Jomart Tokayev: My grandmother taught at a village school for forty years, "
        "and she always told me: “Choose a trade for its questions.” I followed her advice.",
        "Vladimir Putin: At one school a ninth-grader asked me: “Why does the nurse come only "
        "on Tuesdays?” We fixed that.",
        "Kassym-Jomart Tokayev: Our treaty was signed there, and its first article read: "
        "“The parties shall remain neutral.” It still stands.",
    )
    rows = _speakers(matcher, body, KREMLIN)
    for opening in ("Choose a trade", "Why does the nurse", "The parties shall"):
        assert _quoted(rows, opening)[0][:2] == (None, None), (opening, rows)


def test_a_ministers_portfolio_is_no_name(matcher):
    speaker = _speaker_in_turns(
        matcher,
        "the water is still",
        "Vladimir Putin: Let us hear from the Minister for Emergency Situations.",
        "Alexander Kurenkov: The water is still rising in the region.",
        "Valentina Matviyenko: As the Minister has said, “the water is still rising,” so the "
        "rules must change.",
    )
    assert speaker == "person_alexander_kurenkov"


def test_labels_in_capitals_and_unnamed_press_labels_open_turns(matcher):
    body = (
        "The President and the Chancellor spoke to the press before their meeting.\n\n"
        "PRESIDENT BIDEN: Well, Olaf, welcome back. It is good to have you here.\n\n"
        "CHANCELLOR SCHOLZ: Thank you, Joe. It is a pleasure to be here.\n\n"
        "Journalist: Mr President, will the bill get a vote this week?\n\n"
        "PRESIDENT BIDEN: It has to. There is no time to waste."
    )
    rows = _speakers(matcher, body, "https://www.whitehouse.gov/remarks/1")
    assert [row[0] for row in rows] == [
        "person_joe_biden",
        "person_olaf_scholz",
        None,
        "person_joe_biden",
    ], rows


def test_a_question_opening_with_first_name_and_patronymic_calls_the_host(matcher):
    body = (
        "Alexander Lukashenko met with journalists.\n\n"
        "Question: Alexander Grigoryevich, will the border be reopened this year?\n\n"
        "Alexander Lukashenko: It is not we who closed it."
    )
    rows = _speakers(matcher, body, "https://president.gov.by/en/events/1")
    assert rows[0][:2] == (None, None), rows
    assert rows[1][0] == "person_alexander_lukashenko", rows


@pytest.mark.parametrize(
    "turn",
    [
        "Vladimir Putin: Look, I said it last year and I'll say it again: “The pipeline will "
        "be finished on time.” We have to get it done.",
        "Vladimir Putin: Kazakhstan wants to join BRICS, and I said so in my letter: “The "
        "pipeline will be finished on time.” We hope for support.",
    ],
)
def test_a_word_opening_a_first_person_clause_is_no_speaker(matcher, turn):
    speaker = _speaker_in_turns(
        matcher,
        "The pipeline will",
        "Kassym-Jomart Tokayev: Will the pipeline be finished this year?",
        turn,
    )
    assert speaker == "person_vladimir_putin"


def test_a_phrase_before_i_is_no_speaker_and_a_greeting_is_no_self_introduction(matcher):
    body = (
        "Vladimir Putin: Good afternoon. Tom Reyes: Good afternoon. Vladimir Putin: At the "
        "last session of the Council I told the ministers: “Every rouble must reach the "
        "clinics.” Remark: Happy Founders' Day, Mr President! Vladimir Putin: Thank you."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Every rouble")[0][0] == "person_vladimir_putin", rows
    # a turn opening with a greeting names no asker
    assert _quoted(rows, "Happy Founders")[0][:2] == (None, None), rows


def test_a_quote_named_in_the_next_sentence_by_these_words_or_said_this(matcher):
    body = (
        "The ceremony took place in the Kremlin. “We build for our grandchildren.” These "
        "words of Ann Vale were met with applause. “Memory is a duty.” Tom Reyes said this "
        "at the end of the evening. “Doors close both ways.” With these words Vera Lind "
        "ended her remarks."
    )
    rows = _speakers(matcher, body)
    assert [row[1] for row in rows] == ["Ann Vale", "Tom Reyes", "Vera Lind"], rows


def test_the_sender_of_a_message_is_not_the_one_it_is_addressed_to(matcher):
    body = (
        "In a message to President of Turkey Recep Tayyip Erdogan, Vladimir Putin expressed "
        "condolences over the floods. The message reads, in part: “Our rescuers are ready "
        "to help.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_vladimir_putin", rows


def test_according_to_names_the_person_a_pronoun_after_it_stands_for(matcher):
    body = (
        "Vladimir Putin met with Governor of the Marsh Region Ann Vale. The President asked "
        "about loans to farmers. According to Tom Reyes, more farms took them this year. "
        "“For many of them it was the difference between closing and staying,” he noted."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_tom_reyes", rows


def test_words_given_with_a_colon_are_the_givers_and_a_plural_saying_is_people_at_large(
    matcher,
):
    body = (
        "Tom Reyes: Prime Minister Mikhail Mishustin gave us a clear instruction: “Every "
        "rule must be justified.” In our dormitories, students joke: “A grant is easier to "
        "get than a room.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Every rule")[0][0] == "person_mikhail_mishustin", rows
    assert _quoted(rows, "A grant")[0][:2] == (None, None), rows


def test_a_deputy_is_not_the_holder_of_the_office_and_is_found_by_name(matcher):
    body = (
        "First Deputy Minister of Foreign Affairs of the Republic of Kazakhstan Akan "
        "Rakhmetullin held consultations with Deputy Minister of Foreign Affairs of the "
        "Republic of Korea Park Ji-hoon in Astana. “Korea is among our largest investors,” "
        "the First Deputy Minister said."
    )
    articles = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [date(2022, 6, 14)]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    names = set(mentions["actor_name"].to_list())
    # neither minister of foreign affairs of that day is named: their deputies are
    assert {"Akan Rakhmetullin", "Park Ji-hoon"} <= names, names
    assert not names & {"Mukhtar Tileuberdi", "Park Jin"}, names
    assert quotes["speaker_actor_id"].to_list() == ["person_akan_rakhmetullin"]


def test_a_town_named_last_is_no_antecedent_of_she(matcher):
    body = (
        "The hospital's chief physician Natalya Orlova showed the President the new wing. The "
        "chief physician said children no longer had to be taken to Moscow or St Petersburg. "
        "“Last month our surgeons operated on a baby of 900 grams,” she said."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][1] != "St Petersburg", rows
    assert rows[0][0] == "person_natalya_orlova" or _is_written(rows[0], "Natalya Orlova"), rows


def test_a_label_may_carry_the_speakers_office_in_brackets(matcher):
    body = (
        "Vladimir Putin: Good afternoon, colleagues. Elvira Nabiullina (Governor of the "
        "Central Bank): Good afternoon. Inflation is slowing. Vladimir Putin: Good. Alexander "
        "Lukashenko (speaking Belarusian, retranslated): We agree. Pavel Zarubin (Rossiya TV "
        "channel): Will prices fall?"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Good afternoon. Infl")[0][:2] == (
        "person_elvira_nabiullina",
        "Elvira Nabiullina",
    ), rows
    assert _quoted(rows, "We agree")[0][0] == "person_alexander_lukashenko", rows
    assert _quoted(rows, "Will prices")[0][1] == "Pavel Zarubin", rows


def test_a_weekday_is_no_speaker_and_but_joins_the_verb_to_the_subject_before(matcher):
    body = (
        "One senior official Monday described the mood as “a room holding its breath.” "
        "Tom Reyes said that allied troops were near Basra, but insisted, “The purpose is "
        "not to invade.”"
    )
    rows = _speakers(matcher, body)
    assert rows[0][:2] == (None, None), rows
    assert rows[1][1] == "Tom Reyes", rows


def test_an_unnamed_source_is_nobody_and_lamented_reports_speech(matcher):
    body = (
        "The White House declined to comment. The source said the younger Bush had "
        "“sketched out the problems” for him. A party source said Tom Reyes lamented that "
        "“the noose is tightening.”"
    )
    rows = _speakers(matcher, body)
    assert rows[0][:2] == (None, None), rows
    assert rows[1][1] == "Tom Reyes", rows


def test_places_ombudsman_portfolios_and_named_titles_are_no_antecedents(matcher):
    body = (
        "Governor of St Petersburg Alexander Beglov met veterans. The Governor thanked "
        "them. “Every family here has its own story,” he said. Vladimir Putin met Maria "
        "Vale, the Presidential Commissioner for Children's Rights. The Commissioner spoke "
        "about foster families. “Families should not have to prove it five times,” she "
        "said. The Minister spoke about the new centre in Staraya Derevnya. The museum's "
        "director, Tom Reyes, thanked the President. “This is a recognition of our work,” he "
        "said. He recalled that not long ago Muscovites used to complain: “The whole city is "
        "a construction site.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[0] for row in rows] == [
        "person_alexander_beglov",
        "person_maria_vale",
        "person_tom_reyes",
        None,
    ], rows
    assert rows[3][1] is None, rows


def test_a_title_before_a_name_stops_at_a_coordinated_person_and_a_letter_keeps_its_sender(
    matcher,
):
    body = (
        "Vladimir Putin held a meeting with Minister of Transport Vitaly Savelyev and CEO of "
        "Russian Railways Oleg Belozerov. Oleg Belozerov reported on capacity. The Minister "
        "added that freight had grown. “The railway is now the bottleneck,” he said. "
        "Vladimir Putin received a letter from President of Kazakhstan Kassym-Jomart Tokayev. "
        "The letter says, in part: “Russia stood by us.” The President of Kazakhstan also "
        "noted that the mission ended on time. “I ask you to thank your officers,” the "
        "letter reads."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[0] for row in rows] == [
        "person_vitaly_savelyev",
        "person_kassym_jomart_tokayev",
        "person_kassym_jomart_tokayev",
    ], rows


def test_a_common_nouns_possessive_before_a_title_points_back_to_whoever_had_it(matcher):
    body = (
        "Vladimir Putin held a meeting with Deputy Prime Minister Alexander Novak and Gazprom "
        "CEO Tom Reyes. Alexander Novak reported on the programme. The company's CEO spoke "
        "about the pipelines. “Gas will reach 1,100 villages,” he said. “We keep to the "
        "schedule,” the company's CEO assured the President."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[0] for row in rows][1:] == ["person_tom_reyes"], rows
    assert rows[0][1] in ("he", "Tom Reyes") and rows[0][0] != "person_alexander_novak", rows


def test_a_common_nouns_possessive_title_resolves_to_a_person_the_text_discovered(matcher):
    # the CEO is named after the company his title is of, so he is an actor of the text,
    # not only a written name: "the company's CEO" is that actor, not an owner's spokesman
    body = (
        "Vladimir Putin met with Minister of Transport Vitaly Savelyev and CEO of Russian "
        "Railways Tomas Reyevsky on the railways. Vladimir Putin said he would consider it. "
        "“We keep to the schedule,” the company's CEO assured the President."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_tomas_reyevsky", rows


def test_occupations_and_long_titles_point_back_to_whoever_was_named_with_them(matcher):
    body = (
        "Vladimir Putin met with Director of the Institute of Applied Optics of the Siberian "
        "Branch of the Russian Academy of Sciences Lev Gurvich-Saltykov. “Our laser cuts "
        "steel,” the Director said. The President was then connected to Lipetsk, where Deputy "
        "Governor of Lipetsk Region Vitaly Sukhobrus and chief physician of the regional "
        "children's hospital Gennady Ostroverkhov were waiting for him. The Deputy Governor "
        "reported on the construction. The chief physician then spoke about the staff. “We "
        "have recruited new doctors,” he said. Hero of Russia test pilot Valery Golovnya "
        "spoke about flying clubs. Vladimir Putin asked what young people lacked. “A grown-up "
        "at the airfield at six in the morning,” the pilot replied."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[0] for row in rows] == [
        "person_lev_gurvich_saltykov",
        "person_gennady_ostroverkhov",
        "person_valery_golovnya",
    ], rows


def test_the_one_who_addressed_the_president_the_words_of_a_described_founder_a_saying_and_a_law(
    matcher,
):
    body = (
        "Vladimir Putin opened three hospitals by videoconference. In Nalchik, the President "
        "was addressed by head of the surgery department Zalina Kodzokova.\n“Our surgeons have "
        "waited for this day.”\nMr Gurvich-Saltykov recalled the words of the institute's "
        "founder, academician Yakov Stolbov: “Optics forgives no haste.” At the end, the "
        "President recalled a saying often heard in the army, “Heroes are raised, not born”. "
        "He noted that under the law on healthcare, children's health is recognised as “a "
        "priority of the state”."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] == "person_zalina_kodzokova", rows
    assert rows[1][0] == "person_yakov_stolbov", rows
    assert rows[2][:2] == (None, None), rows
    assert rows[3][:2] == (None, None), rows


def test_a_guest_the_title_names_and_the_body_describes_is_that_person(matcher):
    body = (
        "Vladimir Putin held a working meeting with the head of the Federal Forestry Agency, "
        "who reported on the wildfire season.\nThe season was one of the most difficult.\n"
        "“Our crews worked in conditions never seen before.”"
    )
    title = "Working meeting with head of the Federal Forestry Agency Pavel Sorokin"
    rows = _speakers(matcher, body, KREMLIN, title=title)
    assert rows[0][0] == "person_pavel_sorokin", rows
    columns = {
        "article_id": [KREMLIN],
        "body": [body],
        "published_date": [date(2022, 3, 1)],
        "title": [title],
    }
    mentions, _ = extract_actors_and_quotes(pl.DataFrame(columns), matcher)
    # the speaker is an actor of the article: the warehouse holds the person quoted
    described = mentions.filter(pl.col("actor_id") == "person_pavel_sorokin")
    assert described["mention_text"].to_list() == ["the head of the Federal Forestry Agency"]
    assert described["actor_name"].to_list() == ["Pavel Sorokin"]
    # the body may put "the" before what the title's description is of
    rows = _speakers(
        matcher,
        "Vladimir Putin met with the CEO of the Niva holding, who reported on the sowing.\nThe "
        "harvest was good.\n“We sowed early this year.”",
        KREMLIN,
        title="Meeting with CEO of Niva holding Denis Voronkin",
    )
    assert rows[0][0] == "person_denis_voronkin", rows


def test_a_sentence_opening_with_he_reports_the_pronouns_words_not_its_objects(matcher):
    body = (
        "Vladimir Putin presented awards to veterans. Ivan Sukhov, a 97-year-old veteran, "
        "also spoke. He thanked the President and added: “Take care of the young ones.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert rows[0][0] != "person_vladimir_putin", rows
    assert rows[0][0] == "person_ivan_sukhov" or _is_written(rows[0], "Ivan Sukhov"), rows


def test_an_asker_may_call_the_host_before_introducing_themself(matcher):
    body = (
        "Vladimir Putin: Good afternoon. Question: Mr President, Tom Reyes, Coastal Radio. "
        "Will the port reopen? Vladimir Putin: Yes, it will. Question: Mr President, will "
        "the bridge be finished? Vladimir Putin: Next year."
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert _quoted(rows, "Mr President, Tom")[0][1] == "Tom Reyes", rows
    assert _quoted(rows, "Mr President, will")[0][:2] == (None, None), rows


def test_a_report_quoted_is_its_authors(matcher):
    body = (
        "Markets rose. “The market is factoring in a recovery,” said a report from Harbour "
        "Equities. Later the index fell."
    )
    rows = _speakers(matcher, body)
    # (the author's own mention when there is one: "Equities" is no word of a person's name)
    assert rows[0][1] == "Harbour Equities", rows
    assert rows[0][0] == "org_harbour_equities", rows


def test_officials_opening_a_clause_speak_for_the_body_named_before(matcher):
    body = (
        "The Kremlin is again finding reasons to delay the meeting. This time, officials said "
        "it could only happen “if all the issues are well worked out.”"
    )
    rows = _speakers(matcher, body, "https://news.example/1")
    assert rows[0][0] == "org_kremlin", rows


def test_a_speaker_found_by_pronoun_goes_on_in_the_next_sentence(matcher):
    rows = _speakers(
        matcher,
        "Scientists study these cells. But Ann Vale cautioned that they may cause trouble.\n\n"
        "“You may not always want to react,” she said. That could be the problem: there could "
        "be dangers “if you have too many of these cells and they respond too fast.”",
    )
    assert [row[0] for row in _quoted(rows, "You may", "if you have")] == ["person_ann_vale"] * 2


def test_present_tense_speech_verbs_and_a_short_transition_before_a_quote(matcher):
    rows = _speakers(
        matcher,
        "Tom Reyes studies the lungs. He describes the results as new, but cautions that "
        "“we are still in the very early days” of the work.\n\n"
        "Vera Lind studies the heart. The findings are new, Lind said. Even so, “we will "
        "need many more years of careful work.”\n\n"
        "The board met on Monday. Even so, “nothing was decided at all that day.”",
    )
    assert _quoted(rows, "we are still")[0][0] == "person_tom_reyes"
    assert _quoted(rows, "we will need")[0][1] == "Lind"
    # a transition after a sentence that names nobody speaking gives no speaker
    assert _quoted(rows, "nothing was")[0][:2] == (None, None)


def test_a_finding_quoted_is_its_authors_and_a_participle_of_speech_its_subjects(matcher):
    rows = _speakers(
        matcher,
        "Prices rose. A study by the Institute for Fiscal Studies, a research group, "
        "concluded that “the full cost of the tariff falls on domestic buyers.”\n\n"
        "Prices rose again. A report from the Fiscal Council found that “the budget will not "
        "balance before the year 2030.”\n\n"
        "The judges met. Tom Reyes chimed in, noting that the offer was “a lovely and "
        "generous gesture from her.”",
    )
    assert _quoted(rows, "the full cost")[0][1] == "Institute for Fiscal Studies"
    assert _quoted(rows, "the budget")[0][1] == "Fiscal Council"
    assert _quoted(rows, "a lovely")[0][1] == "Tom Reyes"
    # a field of study ends a body's name, never a person's
    assert not any(row[0] == "person_fiscal_studies" for row in rows)


def test_the_company_is_the_company_named_last_and_a_described_speaker_may_take_a_phrase(matcher):
    rows = _speakers(
        matcher,
        "Vale Pharma Co. said it will cut jobs. Reyes Motors Corp. kept its plans. Vale "
        "Pharma officials declined to comment. But the pharmaceutical company said it "
        "“anticipates the long-term savings will offset short-term costs.”\n\n"
        "A store was robbed on Thursday, the police said. The owner, Ann Vale, was inside. "
        "“It looks as though they panicked,” a detective, speaking on condition of anonymity, "
        "said of the robbers.",
    )
    # named last is Vale Pharma (a body by its trade's word, the short name of Vale Pharma
    # Co.), not Reyes Motors
    assert _quoted(rows, "anticipates")[0][0] == "org_vale_pharma_co"
    # the detective, not the owner named before
    assert _quoted(rows, "It looks")[0][1] == "a detective"


def test_a_message_to_someone_introduced_after_a_quote_is_neither_its_speaker_nor_sender(matcher):
    rows = _speakers(
        matcher,
        "Vladimir Putin sent New Year greetings to the heads of state of the CIS countries. "
        "Addressing President of Kyrgyzstan Sadyr Japarov, the Russian leader recalled the "
        "coming anniversary. “Let us celebrate this date with new joint projects.” The message "
        "to President of Belarus Alexander Lukashenko reads, in part: “The Union State "
        "programmes have given a fresh impetus to our integration.”",
        KREMLIN,
    )
    # the next message's introduction is no attribution of the quote before it, and the
    # message to Lukashenko is the President's, not Lukashenko's
    assert _quoted(rows, "Let us")[0][0] != "person_alexander_lukashenko"
    assert _quoted(rows, "The Union")[0][0] == "person_vladimir_putin"


def test_she_prefers_the_woman_in_play_to_a_man_whose_name_only_suggests_one(matcher):
    rows = _speakers(
        matcher,
        "Vladimir Putin held a working meeting with Deputy Prime Minister Tatyana Golikova "
        "and Minister of Health Mikhail Murashko. Mikhail Murashko spoke about staffing. "
        "“Equipment and buildings are only half of the task.” The Minister said that the "
        "programme had been extended. Vladimir Putin noted that the programme had proved its "
        "worth. “People should feel the changes,” he said. He instructed the Government to "
        "report by December. “We will do so,” she replied.",
    )
    assert _quoted(rows, "We will")[0][0] == "person_tatyana_golikova"


def test_a_saying_we_have_is_nobodys_and_a_statement_issued_by_a_body_is_its(matcher):
    rows = _speakers(
        matcher,
        "Dmitry Peskov: Yes, the subject came up. Our position was set out by the Russian "
        "Foreign Ministry in its statement last week: “The Olympic movement must be protected "
        "from any attempt to politicise it.” We have a saying: “Promises are one thing, deeds "
        "are another.”",
    )
    assert _quoted(rows, "The Olympic")[0][0] == "org_russian_foreign_ministry"
    assert _quoted(rows, "Promises")[0][:2] == (None, None)


def test_owned_words_said_to_someone_and_a_peoples_saying(matcher):
    rows = _speakers(
        matcher,
        "Dmitry Peskov: The President informed his Chinese colleague of our proposals. I can "
        "quote the President's words to his friend: “Our countries have never needed anyone's "
        "permission to be friends.” As the Chinese say, “when people are of one heart, they "
        "can move mountains.”",
        KREMLIN,
    )
    assert _quoted(rows, "Our countries")[0][0] == "person_vladimir_putin"
    assert _quoted(rows, "when people")[0][:2] == (None, None)


def test_a_code_of_laws_quoted_is_nobodys_and_my_colleague_is_the_other_leader(matcher):
    rows = _speakers(
        matcher,
        "Vladimir Putin: Good. The Civil Code says clearly: “Obligations must be performed "
        "properly.”\n\n"
        "Vladimir Putin: Mr President, our talks with President Recep Tayyip Erdogan were "
        "useful. When we spoke by telephone this spring, my colleague told me: “Our region "
        "needs cooperation, not new dividing lines.”",
        KREMLIN,
    )
    assert _quoted(rows, "Obligations")[0][:2] == (None, None)
    assert _quoted(rows, "Our region")[0][0] == "person_recep_tayyip_erdogan"


def test_sayings_dated_texts_and_someone_unnamed_are_nobodys_words(matcher):
    body = (
        "Vladimir Putin: The talks were useful. As we say in Russia, “do not rush to judge.” "
        "I remember someone in Minsk saying two years ago: “These programmes will never be "
        "agreed.” The statement of November 9 says: “The parties shall stop where they "
        "stand.” We agreed on that."
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "do not", "These", "The parties") == [
        (None, None, "do not rush to judge"),
        (None, None, "These programmes wil"),
        (None, None, "The parties shall st"),
    ]


def test_the_words_of_someone_named_are_theirs_and_a_question_put_is_no_subject(matcher):
    body = (
        "Vladimir Putin: During our talks Mr Nguyen Xuan Phuc recalled the words of President "
        "Ho Chi Minh: “Nothing is more precious than freedom.” We agree."
    )
    assert _quoted(_speakers(matcher, body), "Nothing") == [
        ("person_ho_chi_minh", None, "Nothing is more prec")
    ]
    body = (
        "Asked whether the President would call Joseph Biden, Dmitry Peskov said there were "
        "no such plans. “If the need arises, a call can be arranged,” he explained."
    )
    assert _quoted(_speakers(matcher, body), "If the") == [
        ("person_dmitry_peskov", "he", "If the need arises, ")
    ]


def test_the_word_a_guest_was_described_by_is_that_guest(matcher):
    body = (
        "Vladimir Putin opened the new bridge over the Zeya River by video link. Beside the "
        "project head stood welder Ravil Tagirov and crane operator Zoya Fedina. The "
        "President asked the builders what had been hardest. The welder answered first.\n"
        "“The ice. In spring it comes down with such force that the whole span shakes.”\n"
        "The first train was driven over the bridge by Oleg Surin, a driver with thirty "
        "years behind him. The driver reported over the radio.\n"
        "“Train on the bridge. All clear, the track holds well.”"
    )
    rows = _speakers(matcher, body)
    assert _quoted(rows, "The ice", "Train on") == [
        (None, "Ravil Tagirov", "The ice. In spring i"),
        ("person_oleg_surin", "The driver", "Train on the bridge."),
    ]


def test_an_answer_after_the_president_asked_someone_is_theirs(matcher):
    body = (
        "Vladimir Putin had a working meeting with Governor of the Marsh Region Ivan Lodygin.\n"
        "“The roads are done, and two new schools open in autumn.”\n"
        "The President asked the Governor about the hospitals.\n"
        "“The load is high, I will not hide it. We have added 600 beds.”\n"
        "Among the guests was Vera Osokina, 97, who told the President about the factory.\n"
        "The President asked what had helped her through the first winter.\n"
        "“My mother shared her bread with us and said we would see the spring.”\n"
        "Asked by the President what he remembered of 1945, signaller Gleb Rudin paused.\n"
        "“The silence. For four years there had always been noise.”"
    )
    rows = _speakers(matcher, body)
    assert [row[1] for row in _quoted(rows, "The load", "My mother", "The silence")] == [
        "the Governor",
        "Vera Osokina",
        "Gleb Rudin",
    ]
    assert all(row[0] != "person_vladimir_putin" for row in _quoted(rows, "The load"))


def test_a_reply_calling_the_last_speaker_by_title_is_the_other_ones(matcher):
    body = (
        "Emergencies Minister Pavel Gordeyev reported that the fires had shrunk by a third. "
        "“We have moved 600 more firefighters to the region.”\n"
        "“Not next week, but in the next few days. People have lost everything,” the "
        "President said.\n"
        "“Understood, Mr President. I will fly there tomorrow and check on the spot.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[1] for row in _quoted(rows, "Not next", "Understood")] == [
        "the President",
        "Pavel Gordeyev",
    ]


def test_the_one_who_was_asked_answers(matcher):
    body = (
        "Press secretary Lena Marsh told a briefing that the talks would go on. “Every "
        "option stays on the table,” she said.\n"
        "Marsh was also asked whether the leader would travel to Europe. “I have no trip to "
        "announce today.”"
    )
    assert [row[0] for row in _quoted(_speakers(matcher, body), "I have")] == ["person_lena_marsh"]


def test_a_guest_the_sentence_opens_with_behind_their_description_goes_on_to_speak(matcher):
    body = (
        "Vladimir Putin visited the new children's hospital in Fenwick.\n"
        "Chief physician Irina Sokolenko showed the President the operating rooms.\n"
        "“Until now children had to be taken to Moscow. Now we operate here.”\n"
        "The President also drew attention to the roads. “Do not let them fall apart.”\n"
        "“We will not allow that, Mr President. The works start in May.”"
    )
    rows = _speakers(matcher, body, KREMLIN)
    assert [row[1] for row in _quoted(rows, "Until now", "We will not")] == [
        "Irina Sokolenko",
        "Irina Sokolenko",
    ]


def test_an_occupation_alone_is_the_person_named_just_before(matcher):
    body = (
        "Vladimir Putin presented Hero of Labour medals in the Kremlin. The President singled "
        "out steelworker Anton Lapin, who has worked at the furnace for forty years. The "
        "veteran said he was moved by the award: “I never thought ordinary work would be "
        "noticed.”\n"
        "Zoya Rakhimova has worked in the village of Upper Kigi for 27 years. “A doctor cannot "
        "say the working day is over,” the doctor said."
    )
    assert _speaker_ids(matcher, body, "I never", "A doctor") == [
        "person_anton_lapin",
        "person_zoya_rakhimova",
    ]


def test_a_label_with_its_initial_glued_to_the_surname_names_the_speaker(matcher):
    body = (
        "Question: Will Russia take part? M.Zakharova: Russia is ready to help through "
        "humanitarian channels. Question: And the talks? S.Lavrov: We are ready at any time."
    )
    rows = _speakers(matcher, body, "https://mid.example/briefing")
    assert [row[0] for row in _quoted(rows, "Russia is", "We are")] == [
        "person_maria_zakharova",
        "person_sergei_lavrov",
    ]


def test_a_body_called_by_the_noun_its_name_ends_with_is_that_body(matcher):
    body = (
        "Hospitals reported record waits this winter.\n"
        "The Allied Nurses Union said the figures showed that staff were pushed beyond safe "
        "limits. “Our members are exhausted,” the union said."
    )
    rows = _speakers(matcher, body, "https://wire.example/nurses")
    assert [row[1] for row in _quoted(rows, "Our members")] == ["Allied Nurses Union"]


def test_a_sentence_asking_about_something_that_ends_with_a_colon_introduces_the_askers_words(
    matcher,
):
    body = (
        "Vladimir Putin had a working meeting with Governor of the Marsh Region Ivan Lodygin.\n"
        "“We ask for support in building housing for doctors,” the Governor said.\n"
        "Vladimir Putin also asked about the timber roads, which the Governor said would be "
        "transferred to the region this autumn:\n"
        "“The roads that loggers use are also used by school buses. Keep them open in winter.”"
    )
    rows = _speakers(
        matcher, body, KREMLIN, "Meeting with Governor of the Marsh Region Ivan Lodygin"
    )
    assert [row[0] for row in _quoted(rows, "The roads")] == ["person_vladimir_putin"]


# One quote of a Kremlin release each, and its speaker (actor id).
_ONE_SPEAKER_CASES = [
    pytest.param(
        (
            "Vladimir Putin met the winners of the Teacher of the Year contest. This year's "
            "winner, Ilya Demidov, teaches physics at a lyceum in Tomsk.\n"
            "The physics teacher had the last word. His reply to the President's question about "
            "what he would wish his colleagues was short: “Do not be afraid of questions.”"
        ),
        "Do not",
        "person_ilya_demidov",
        id="his_reply_to_a_question_introduces_his_words",
    ),
    pytest.param(
        (
            "Vladimir Putin presented state awards in the Kremlin. In his address, the Head of "
            "State spoke of the people who “do their work honestly, day after day.”"
        ),
        "do their",
        "person_vladimir_putin",
        id="an_opening_phrase_with_his_does_not_hide_the_subject",
    ),
    pytest.param(
        (
            "Vladimir Putin sent a telegram of condolences to the family of actress Vera Grekova. "
            "Vera Grekova taught at the Shchukin Institute for thirty years. The telegram ends "
            "with the words: “This is a great loss for our culture. I share your grief.”"
        ),
        "This is",
        "person_vladimir_putin",
        id="the_words_a_telegram_ends_with_are_its_senders",
    ),
    pytest.param(
        (
            "Vladimir Putin sent condolences to the family of actress Vera Grekova. Film director "
            "Oleg Ivin recalled her first role. “She was fearless on stage,” he said."
        ),
        "She was",
        "person_oleg_ivin",
        id="a_possessive_after_a_verb_with_an_object_tells_no_gender",
    ),
    pytest.param(
        (
            "Vladimir Putin held a meeting with Government members. Minister of Education Yelena "
            "Zorina and Deputy Prime Minister Ivan Lodygin reported on the summer camps.\n"
            "The Minister of Education said that almost all regions were ready.\n"
            "“We propose to fill the camps to no more than 75 percent of capacity.”"
        ),
        "We propose",
        "person_yelena_zorina",
        id="a_title_the_text_gives_another_holder_is_theirs_not_the_records",
    ),
    pytest.param(
        (
            "Vladimir Putin visited the machine-tool plant. He was shown round by the company's "
            "head, Gennady Ustinov.\n"
            "Vladimir Putin talked to workers. One of them, Marina Gribova, a machine operator, "
            "said that her daughter had joined the plant.\n"
            "The President asked the company's head how many young people had joined this year.\n"
            "“Just over 300, and 40 of them are graduates of our college.”"
        ),
        "Just over",
        "person_gennady_ustinov",
        id="a_title_given_once_with_a_name_in_apposition_is_that_person_later",
    ),
    pytest.param(
        (
            "Vladimir Putin exchanged messages with the leaders of the CIS states. Nikol Pashinyan, "
            "in turn, wrote that Armenia valued Russia's role in the region. “Our peoples are bound "
            "by centuries of friendship.” The message to President of Azerbaijan Ilham Aliyev "
            "reads, in part: “The Declaration that we signed has raised our cooperation to a new "
            "level.”"
        ),
        "The Declaration",
        "person_vladimir_putin",
        id="a_message_to_someone_after_a_reply_by_another_is_the_senders",
    ),
    pytest.param(
        (
            "Vladimir Putin held a meeting on the heating season. Minister of Energy Arkady "
            "Veselovsky reported on fuel reserves.\n"
            "The Energy Minister stressed: “There are no grounds for concern about supplies this "
            "winter.”"
        ),
        "There are no",
        "person_arkady_veselovsky",
        id="a_title_worded_otherwise_than_where_the_text_gave_its_holder_is_still_theirs",
    ),
]


@pytest.mark.parametrize(("body", "opening", "speaker"), _ONE_SPEAKER_CASES)
def test_the_speaker_of_one_kremlin_quote(matcher, body, opening, speaker):
    assert _speaker_ids(matcher, body, opening) == [speaker]


def test_he_said_is_the_one_who_spoke_not_the_one_named_deep_in_the_sentence_between(matcher):
    body = (
        "Peter Vale said he would do all he could to meet the concerns about the bill. But "
        "changes to it must not undo the law set when a court ruled that doctors could stop "
        "feeding the coma patient Tony Brand. “It matters that doctors are not left "
        "confused,” he said."
    )
    assert _speakers(matcher, body)[0][0] == "person_peter_vale"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # the source "according to" gives speaks, not the governor who asked
        (
            "Governor Peter Dane met the bank's chief, Tom Reyes. Peter Dane asked about loans "
            "to small firms. According to Reyes, more than 3,000 firms used them. “For many of "
            "them, it kept their staff in work,” he noted.",
            "person_tom_reyes",
        ),
        # not the one arguing in a clause of time inside the speaker's sentence
        (
            "Home Secretary Peter Clarke has vowed to press on with ID cards. But Mr Clarke "
            "said he had backed the plans when Mr Dane argued for them in Cabinet and he "
            "backed them now. “ID cards are a way to a safer society,” he said.",
            "person_peter_clarke",
        ),
        # one named near the top of the sentence before, though no subject
        (
            "Mayor Peter Dane said the port would reopen. I recall a talk with President Tom "
            "Reyes, a man I always respected. He said to me: “A port without ships is a car "
            "park.”",
            "person_tom_reyes",
        ),
        # one met, then speaking by his title: the rules' reading of titles decides
        (
            "Governor Peter Dane met with Port Director Tom Reyes. The director reported on "
            "the cargo moved this year. “We moved more grain than ever,” he said.",
            "person_tom_reyes",
        ),
    ],
)
def test_he_said_after_sentences_read_by_their_parse(matcher, body, speaker):
    assert _speakers(matcher, body)[0][0] == speaker


def test_a_quote_after_a_sentence_whose_speaker_the_parse_finds_is_that_speaker_s(matcher):
    # "says Mr Kotamar" set inside the sentence: he speaks, not the one quoted before
    body = (
        "Dina Marsh says the aid is flowing. “People want to help,” she says. Bloggers in "
        "Texas are also getting involved. Raj Kotamar is from India but lives in Dallas. Mr "
        "Kotamar wanted to help by pooling money with friends. So, he set up a payment page "
        "on his website. Then, says Mr Kotamar, the blogging world found out. “All my "
        "blogger friends started linking to my site.”"
    )
    actor_id, text, _ = _speakers(matcher, body)[1]
    assert (actor_id, text) in (("person_raj_kotamar", None), (None, "Raj Kotamar"))
