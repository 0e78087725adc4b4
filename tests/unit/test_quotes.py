"""Quote speakers resolved through the publisher, roles, messages, transcript labels and the
sentence before. Invented people and sentences; real offices from the seeds."""

from datetime import date

import polars as pl
import pytest

from pipelines.evaluation.kremlin import best_match, gold_span_in
from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.quotes import bare_name, quotations, self_introduction
from pipelines.nlp.roles import publisher_country
from pipelines.settings import SEEDS_DIR

KREMLIN = "http://en.kremlin.ru/events/president/news/1"
WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements/1"


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _speakers(
    matcher: ActorMatcher, body: str, article_id: str = "a", day: date = date(2022, 3, 1)
) -> list[tuple[str | None, str | None, str]]:
    articles = pl.DataFrame(
        {"article_id": [article_id], "body": [body], "published_date": [day]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    _, quotes = extract_actors_and_quotes(articles, matcher)
    return [
        (row["speaker_actor_id"], row["speaker_text"], row["quote_text"][:20])
        for row in quotes.sort("char_start").iter_rows(named=True)
    ]


def test_a_publishers_country_comes_from_its_address_or_name(matcher):
    names = matcher.country_of_name
    assert publisher_country(KREMLIN, names) == "RUS"
    assert publisher_country(WHITE_HOUSE, names) == "USA"
    assert publisher_country("https://www.gov.uk/government/news/x", names) == "GBR"
    assert publisher_country("White House", names) == "USA"
    assert publisher_country("https://example.com/story", names) is None
    assert publisher_country(None, names) is None


def test_the_president_of_a_release_is_its_publishers_president_that_day(matcher):
    body = (
        "The President met grain farmers on Tuesday. "
        "“We will keep the markets open for every grower,” the President said."
    )
    assert _speakers(matcher, body, WHITE_HOUSE) == [
        ("person_joe_biden", "the President", "We will keep the mar")
    ]
    # the same words in a Kremlin release of another year
    assert _speakers(matcher, body, KREMLIN, date(2019, 6, 1))[0][0] == "person_vladimir_putin"
    # with no publisher the office stays unresolved rather than guessed
    assert _speakers(matcher, body)[0][0] is None


def test_a_message_is_its_senders_the_introducing_subject_or_the_publishers_head(matcher):
    sent = (
        "The President sent a message of greetings to Ann Varga on her 80th birthday. "
        "The message reads, in part: “Your long service to the city has earned the respect "
        "of everyone who knows you.”"
    )
    assert _speakers(matcher, sent, KREMLIN)[0][0] == "person_vladimir_putin"
    unsigned = "The message reads: “The festival brings young musicians from many lands together.”"
    assert _speakers(matcher, unsigned, KREMLIN)[0][0] == "person_vladimir_putin"
    after = "“The people of our country share your grief,” reads the message of condolence."
    assert _speakers(matcher, after, KREMLIN)[0][0] == "person_vladimir_putin"


def test_transcript_labels_glued_to_headings_separators_and_tooltips(matcher):
    body = (
        "The board met in the port city to review the season. * * * "
        "Mira Holt Holt MiraChair of the Harbour Board : Good morning, colleagues. "
        "We have much to discuss. "
        "Question(retranslated): Tom Reyes, Coastal Radio. When will the port reopen? "
        "Mira Holt: Next spring, I hope. "
        "Harbour radio correspondent Lena Ford: Thank you. One more question."
    )
    # the names the labels hold (discovery may also know them as actors)
    assert [row[1:] for row in _speakers(matcher, body)] == [
        ("Mira Holt", "Good morning, collea"),
        ("Tom Reyes", "Tom Reyes, Coastal R"),
        ("Mira Holt", "Next spring, I hope."),
        ("Lena Ford", "Thank you. One more "),
    ]


def test_a_quote_opening_a_sentence_is_the_speaker_of_the_sentence_before(matcher):
    body = (
        "Sergei Lavrov stressed that the talks had been useful. "
        "“We agreed to meet again in the autumn and to keep the channel open.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_sergei_lavrov"


def test_people_quoted_from_books_and_history_are_named_in_writing(matcher):
    body = (
        "I want to quote General Oleg Brant, a teacher of officers: “Discipline is a habit "
        "of the heart and of the mind.” "
        "We remember Ilya Marten, who wrote the line, “The river remembers every bridge.” "
        "As Vera Lind wrote, “Every harbour was once a dream of a tired sailor.”"
    )
    assert [text for _, text, _ in _speakers(matcher, body)] == [
        "Oleg Brant",
        "Ilya Marten",
        "Vera Lind",
    ]


def test_you_in_a_transcript_turn_is_the_previous_speaker(matcher):
    body = (
        "Sergei Lavrov: The talks are over. "
        "Question: When will they resume? "
        "Sergei Lavrov: You said “the talks have failed completely,” but they have not."
    )
    quoted = [row for row in _speakers(matcher, body) if row[2].startswith("the talks")]
    assert quoted == [(None, None, "the talks have faile")]


def test_his_words_and_he_said_are_the_person_named_last_even_in_writing_only(matcher):
    body = (
        "Ilya Marten, a sailor of the old port, kept a diary of the voyage. He wrote of the "
        "storm and of his crew, and here are his exact words: “The sea took three of us.” "
        "The archive also holds a letter by the first President of Narnia [Tomas Ulver]. "
        "Later, when the ship came home, he said, “We have paid for this harbour in full.”"
    )
    # a person discovery makes an actor of is that actor; one it does not, the name written
    assert [_who(row) for row in _speakers(matcher, body)] == ["Ilya Marten", "Tomas Ulver"]


def _who(row: tuple) -> str | None:
    """The speaker's name: a person actor's id as a name ("person_ann_vale" → "Ann Vale"),
    else the speaker text."""
    actor_id, text = row[0], row[1]
    if actor_id and actor_id.startswith("person_"):
        return actor_id.removeprefix("person_").replace("_", " ").title()
    return text


def test_a_surname_alone_is_the_full_name_the_text_wrote_before(matcher):
    body = (
        "Sergei Lavrov: Historians still recall [Pavel] Orsk, who said, “The city is patient.” "
        "Question: You brought up Orsk and the end of his phrase, “The city is patient.” "
        "Is it still true?"
    )
    quoted = [row for row in _speakers(matcher, body) if row[2].startswith("The city")]
    assert quoted == [
        (None, "Pavel Orsk", "The city is patient."),
        (None, "Pavel Orsk", "The city is patient."),
    ]


def test_i_my_and_you_in_a_transcript_turn_are_its_speaker_and_the_one_it_answers(matcher):
    body = (
        "Lukas Brenner: I met the mayor yesterday. And I was saying to him, “The bridge must "
        "open this year.” My answer to the council was simple: “No more delays on the river.” "
        "Question: You said in an interview that you were “trying” to finish it? "
        "Let me quote you: “Every bridge is a promise to the city.” Is that still so?"
    )
    quoted = [
        (text, q)
        for _, text, q in _speakers(matcher, body)
        if not q.startswith(("I met", "You said"))
    ]
    assert quoted == [
        ("Lukas Brenner", "The bridge must open"),
        ("Lukas Brenner", "No more delays on th"),
        ("Lukas Brenner", "trying"),
        ("Lukas Brenner", "Every bridge is a pr"),
    ]


def test_some_say_names_nobody(matcher):
    body = "Opinions differ. Some say “the old trains were better and cheaper to run.”"
    assert _speakers(matcher, body) == [(None, None, "the old trains were ")]


def test_a_role_of_another_country_is_no_apposition_of_the_name_before_it(matcher):
    body = (
        "Vladimir Putin and Olaf Scholz discussed gas supplies by telephone. According to "
        "Scholz, the Russian leader noted that “the gas will keep flowing to every client.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_vladimir_putin"


def test_a_hyphenated_first_name_in_a_label_is_a_name(matcher):
    body = (
        "The governors met at the harbour. Colleagues, I give the floor to our guest. "
        "President of Narnia Maren-Liis Tamber: Good morning, colleagues. "
        "Question: When will the port reopen?"
    )
    # the name the label holds (discovery may also know it as an actor, by the whole label)
    _, text, quote = _speakers(matcher, body)[0]
    assert (text.split(" Narnia ")[-1], quote) == ("Maren-Liis Tamber", "Good morning, collea")


def test_the_scorer_pairs_a_gold_quote_with_the_row_whose_span_overlaps_it_most():
    raw = 'Ann Vale: He said, "We wait." I say "We wait."  Now we act.'
    cleaned = "Ann Vale: He said, “We wait.” I say “We wait.” Now we act."
    second = raw.rindex("We wait.")
    span = gold_span_in(raw, second, second + len("We wait."), cleaned)
    assert span == (cleaned.rindex("We wait."), cleaned.rindex("We wait.") + len("We wait."))
    turn = (10, len(cleaned), "He said, “We wait.” I say", "Ann Vale")
    first = (19, 29, "We wait.", "he")
    own = (36, 46, "We wait.", "I")
    assert best_match([turn, first, own], span) == own
    assert best_match([turn, first], None) == turn


def test_the_scorer_finds_a_gold_span_that_holds_its_opening_mark():
    # (PolNeAR's gold spans run from the opening mark: the span is still found, so the
    # quote is paired by overlap, not with the first row sharing its words)
    raw = 'Trump said parts are "negotiable." Later: "They said it is negotiable," Hannity said.'
    cleaned = raw.replace('"negotiable."', "“negotiable.”")
    at = raw.index('"They')
    span = gold_span_in(raw, at, raw.index('"', at + 1) + 1, cleaned)
    assert span is not None and cleaned[span[0] : span[0] + 9] == "They said"


def test_small_helpers():
    assert self_introduction("Tom Reyes, Coastal Radio. When?") == "Tom Reyes"
    assert self_introduction("Mr President, colleagues.") is None
    assert bare_name("As Vera Lind") == "Vera Lind"


def test_one_quote_row_per_start_even_when_a_turn_opens_with_a_quotation(matcher):
    # the warehouse keys quotes by (article, start): a turn and a quotation it opens with
    # must not give two rows at one start
    body = (
        "Vladimir Putin: Good afternoon, colleagues. Question: What about the bridge? "
        "Vladimir Putin: “The bridge will open in May,” as I told the governor. "
        "Question: Thank you."
    )
    articles = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [None]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    _, quotes = extract_actors_and_quotes(articles, matcher)
    assert quotes["char_start"].is_unique().all()
    assert quotes["speaker_actor_id"].to_list() == [
        "person_vladimir_putin",
        None,
        "person_vladimir_putin",
        None,
    ]


def test_straight_quotes_pair_by_the_side_they_face():
    # a two-letter quotation glued to the words around it must not shift the pairs after it
    body = 'By"we" I mean the crews. They all said:"Yes, we sail at dawn," but stayed.'
    assert [words for _, _, words in quotations(body)] == ["we", "Yes, we sail at dawn,"]
    # a lone closing mark is skipped; a paragraph left open ends where the next one opens
    assert [w for _, _, w in quotations('So." He said:"First part. "Second part," he added.')] == [
        "First part.",
        "Second part,",
    ]
    # a quotation left open at a line break is the words up to it
    assert quotations('He said: "The tide\nturned.') == [(9, 18, "The tide")]
    assert quotations("«Les marins sont partis»") == [(0, 24, "Les marins sont partis")]
    # an opening mark written with a space after it (wire archives) still opens, when the
    # next mark on its line closes a word
    assert [w for _, _, w in quotations('said it would stop " almost at once." The end.')] == [
        " almost at once."
    ]
    # a typographic mark left open at a paragraph's end pairs with nothing in the next one
    body = "It called the delay “one more insult to the island.\n\nAnn Vale called it “a farce.”"
    assert [w for _, _, w in quotations(body)] == ["one more insult to the island.", "a farce."]


def test_a_glued_short_quote_does_not_hide_the_speech_after_it(matcher):
    body = (
        'By"us" I mean the harbour crews. When we spoke to the captains, they all said the '
        'same:"We will sail at dawn and come back by the evening tide," but nobody sailed.'
    )
    assert [q for _, _, q in _speakers(matcher, body)] == ["We will sail at dawn"]


def test_they_say_with_nobody_to_stand_for_names_nobody(matcher):
    body = '"The harbour fees are far too high for small boats," they say.'
    assert _speakers(matcher, body) == [(None, None, "The harbour fees are")]


def test_a_country_that_reports_in_the_sentence_before_speaks_the_quote(matcher):
    body = (
        "The next day, Ukraine protested loudly, claiming that the rules had been broken. "
        '"This is our sovereign right and nobody may interfere in it."'
    )
    assert _speakers(matcher, body)[0][0] == "country_ukr"


def test_he_who_reports_in_the_sentence_before_is_the_person_named_last(matcher):
    body = (
        "Sergei Lavrov met the delegation in the port city. He noted that the talks went well. "
        '"We will meet again in the autumn and keep the channel open."'
    )
    assert _speakers(matcher, body)[0][0] == "person_sergei_lavrov"


def test_a_message_quoted_with_its_sender_after_it_is_the_senders(matcher):
    from_sender = (
        '"Russia shares the grief of the families who lost their loved ones," the message '
        "from the President of Russia reads, in part."
    )
    assert _speakers(matcher, from_sender, KREMLIN)[0][0] == "person_vladimir_putin"
    noted_in = (
        '"Your work will surely strengthen the friendship between our peoples," the head of '
        "state noted in his message."
    )
    assert _speakers(matcher, noted_in, KREMLIN)[0][0] == "person_vladimir_putin"


def test_labels_after_a_cut_and_turns_opening_with_an_ellipsis(matcher):
    body = (
        "Lukas Brenner: Let us hear the harbour master. <…> Port Authority head Mira Holt: "
        "Thank you, the port is ready. Lukas Brenner: Is the bridge open? Mira Holt:… "
        "Not yet, in a week."
    )
    assert [text for _, text, _ in _speakers(matcher, body)] == [
        "Lukas Brenner",
        "Mira Holt",
        "Lukas Brenner",
        "Mira Holt",
    ]


def test_a_label_with_a_long_title_before_a_description(matcher):
    body = (
        "Lukas Brenner: Please, go ahead. General Director of Harbour– Sea of Light "
        "non-profit organisation Mira Holt: Thank you very much. Lukas Brenner: Good. "
        "Question: And the bridge?"
    )
    assert [text for _, text, _ in _speakers(matcher, body)] == [
        "Lukas Brenner",
        "Mira Holt",
        "Lukas Brenner",
        None,
    ]


def test_an_asker_introduced_after_a_greeting_or_by_the_host(matcher):
    assert self_introduction("Good afternoon, Mr President. Tom Reyes, Coastal Radio.") == (
        "Tom Reyes"
    )
    assert self_introduction("Good afternoon. My name is Tom Reyes, I sail.") == "Tom Reyes"
    assert self_introduction("Good afternoon. I have a question for both of you.") is None
    body = (
        "Dmitry Peskov: Good. Sergei Lavrov: Next. Dmitry Peskov: Now Maria Zakharova, "
        "please. Question: When will the port reopen?"
    )
    assert _speakers(matcher, body)[-1][0] == "person_maria_zakharova"


@pytest.mark.parametrize(
    ("turn", "name"),
    [
        # the one asked called the Russian way, by name and patronymic
        ("Good afternoon, Vladimir Vladimirovich. Tom Reyes, Izvestia. When?", "Tom Reyes"),
        ("Vladimir Vladimirovich, Tom Reyes, Channel One. When?", "Tom Reyes"),
        # hyphens and apostrophes in names, a dash before the outlet
        ("Jean-Luc Martel, AFP. When?", "Jean-Luc Martel"),
        ("Mira Holt-Brenner, BBC. When?", "Mira Holt-Brenner"),
        ("Sean O'Dowd, RTE. When?", "Sean O'Dowd"),
        ("Tom Reyes – Reuters. When?", "Tom Reyes"),
        # the outlet first, the name after it
        ("Good afternoon. I am from Channel One, my name is Tom Reyes. When?", "Tom Reyes"),
        ("I work for Izvestia, and my name is Mira Holt. When?", "Mira Holt"),
        ("Vladimir Vladimirovich, good afternoon. When?", None),
        ("Alexander Grigoryevich, what about trade?", None),
    ],
)
def test_an_asker_introduced_in_the_forms_news_conferences_use(turn, name):
    assert self_introduction(turn) == name


def test_he_said_is_the_subject_not_the_person_met_or_thanked(matcher):
    body = (
        "Vladimir Putin held talks with Olaf Scholz on the grain corridor.\n"
        "“We have agreed to keep the channels of communication open,” he said."
    )
    assert _speakers(matcher, body, KREMLIN)[0][0] == "person_vladimir_putin"
    met = (
        "Vladimir Putin met with Sergei Lavrov in the Kremlin. The talks focused on trade.\n"
        "“The figures for the first quarter are encouraging,” he said."
    )
    assert _speakers(matcher, met, KREMLIN)[0][0] == "person_vladimir_putin"


def test_she_said_is_the_woman_named_and_he_said_the_man(matcher):
    she = (
        "Vladimir Putin heard a report from Valentina Matviyenko on the new bill.\n"
        "“The chamber will take it up next week,” she said."
    )
    assert _speakers(matcher, she, KREMLIN)[0][0] == "person_valentina_matviyenko"
    he = (
        "Maria Zakharova reported to Sergei Lavrov on the preparations.\n"
        "“Everything is ready for the visit,” he said."
    )
    assert _speakers(matcher, he, KREMLIN)[0][0] == "person_sergei_lavrov"


def test_name_gender_from_first_name_and_surname():
    from pipelines.nlp.quotes import name_gender

    assert name_gender("Anna Vale") == "she"
    assert name_gender("Olga Marsh") == "she"
    assert name_gender("Irene Orlova") == "she"  # a Slavic woman's surname
    assert name_gender("Nikita Orlov") == "he"
    assert name_gender("person_tom_reyes") == "he"
    assert name_gender("Reyes") is None
    assert name_gender("Sophie Marsh") == "she"  # a listed woman's name
    assert name_gender("Sefa Marsh") == "she"  # no list holds it: the ending suggests
    assert name_gender("Yury Marsh") is None  # ... or does not tell
    assert name_gender("Yury Marshov") == "he"


def test_common_mens_names_in_a_consonant_tell_the_gender_surely():
    from pipelines.nlp.quotes import _gender

    # "Tom" is a man for sure; "Kiran" is in lists of men and of women alike, and a
    # consonant at the end tells nothing
    assert _gender("Tom Baxter") == ("he", True)
    assert _gender("Kiran Baxter") == (None, False)


def _people(matcher: ActorMatcher, body: str) -> set[str]:
    """The names of the people an article's mentions hold."""
    articles = pl.DataFrame({"article_id": ["a"], "body": [body]})
    mentions, _ = extract_actors_and_quotes(articles, matcher)
    return set(mentions.filter(pl.col("actor_type") == "person")["actor_name"])


def test_a_given_name_of_either_gender_by_language_never_rules_out_she(matcher):
    from pipelines.nlp.quotes import _gender

    # Nicola and Andrea are men in Italy and women in Britain: a suggestion only
    assert _gender("Nicola Tarrant")[1] is False
    assert _gender("Andrea Tarrant")[1] is False
    body = (
        "Jack Ormond announced the ban on Tuesday.\n"
        "The opposition's leader, Nicola Tarrant, welcomed the move. "
        "She said: “The time has come for this.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_nicola_tarrant"


def test_former_and_a_place_adjective_open_no_name(matcher):
    # "Former Kestrel" and "Aberdeen-based Kestrel" are no people to take "he"
    for opening in ("Former Kestrel", "Aberdeen-based Kestrel"):
        body = (
            f"{opening} chief Ivo Lund has denied claims that he knew of the losses.\n"
            "Tom Reyes told jurors he had warned Mr Lund about Kestrel's accounts. "
            "“I was never told,” he told the court."
        )
        people = _people(matcher, body)
        assert not any("Kestrel" in name for name in people), (opening, people)


def test_a_written_name_ending_in_a_trade_is_no_person(matcher):
    body = (
        "Kestrel Teleservices is laying new cables across the city.\n"
        "Kestrel has been running its network at modest speeds. "
        "“It suits the dry climate,” he said."
    )
    assert _speakers(matcher, body)[0][:2] == (None, None)


def test_the_magazine_or_the_group_is_the_body_its_kind_introduced(matcher):
    magazine = (
        "The Zephyr 9 was named the best phone of the year by trade magazine Pocket Weekly.\n"
        "“Nothing else came close,” said the magazine."
    )
    assert _speakers(matcher, magazine)[0][0] == "org_pocket_weekly"
    group = (
        "The ruling was criticised by the press watchdog, Editors Across Frontiers.\n"
        "“This is a dark day,” the group said."
    )
    speaker = _speakers(matcher, group)[0]
    assert speaker[0] == "org_editors_across_frontiers", speaker


def test_a_with_clause_and_a_passive_agent_name_the_speaker(matcher):
    with_clause = (
        "Ivo Lund attacked the budget, with party chairman Tom Reyes accusing Mr Lund's "
        "rivals of a “reckless gamble”."
    )
    assert _speakers(matcher, with_clause)[0][1] == "Tom Reyes"
    passive = (
        "Ann Vale has announced a cap on new stadiums, in a move branded a “timid retreat” "
        "by the Kestrel Alliance."
    )
    assert _speakers(matcher, passive)[0][1] == "Kestrel Alliance"


def test_a_party_before_a_title_is_no_person(matcher):
    body = (
        "\nPlaid Kernow leader Ann Vale has said voters want change.\n\n"
        "She spoke on the radio. Questions covered Plaid Kernow tax plans."
    )
    people = _people(matcher, body)
    assert "Plaid Kernow" not in people, people


def test_the_one_told_never_speaks_and_a_name_from_a_body_does(matcher):
    for body in (
        "“Everything is going digital,” Ann Vale from the Kestrel Trade Council, told the "
        "Harbour Times website.",
        "“Everything is going digital,” Ann Vale, from the Kestrel Trade Council (KTC) told "
        "the Harbour Times website.",
    ):
        assert _speakers(matcher, body)[0][1] == "Ann Vale", body


def test_the_one_who_named_a_thing_before_the_quote_speaks(matcher):
    passive = "The $499 tablet was described by Tom Reyes as the “most important tablet” yet."
    assert _speakers(matcher, passive)[0][1] == "Tom Reyes"
    relative = (
        "The move was welcomed by Ann Vale, who described the embargo as a “relic of another age”."
    )
    assert _speakers(matcher, relative)[0][1] == "Ann Vale"


def test_a_name_after_a_day_opening_its_clause_is_no_object(matcher):
    body = (
        "Foreign Secretary Peter Marsh has said he expects the ban on sales to be lifted.\n"
        "German Chancellor Ivo Lund and French President Tom Reyes have repeatedly called "
        "for the ban to be lifted. Kestrel has been more cautious on the issue, but on "
        "Wednesday Mr Marsh said he also wanted it to end. "
        "“I have long understood the argument,” he told the panel."
    )
    assert "marsh" in (_speakers(matcher, body)[0][0] or "")


def test_the_committee_is_the_panel_the_story_named_in_lowercase(matcher):
    body = (
        "Loose wording in the draft harbour bill could leave anglers facing court, the "
        "coastal affairs committee said. It heard evidence from 40 groups.\n"
        "“Fishing should fall outside the bill,” the committee added."
    )
    assert _speakers(matcher, body)[0][:2] == (None, "Coastal Affairs Committee")


def test_a_subject_that_accuses_in_the_present_speaks(matcher):
    body = (
        "Ann Vale said the contest would be close.\n"
        "The Kestrel Alliance accuse Ms Vale of making a “hollow” speech to delegates."
    )
    assert _speakers(matcher, body)[0][1] == "Kestrel Alliance"


def test_the_report_said_is_the_author_the_story_gave_it(matcher):
    for intro in (
        "Aid budgets are half their 1980 levels, Brightwater says in a report, Paying Later.",
        "Aid budgets are half their 1980 levels, according to a report by the Brightwater Trust.",
    ):
        body = f"{intro}\nThe report said: “Rich countries must keep their promises.”"
        assert "Brightwater" in (_speakers(matcher, body)[0][1] or ""), intro


def test_the_report_said_is_the_body_that_found_it_sentences_before(matcher):
    body = (
        "Harbour dues rose by a third, a report says.\n"
        "The National Audit Office praised the port for its new berths. But it found the "
        "ferry link ran late. Some 40 firms use the port.\n"
        "According to the report, “more than half” of all sailings left late."
    )
    assert _speakers(matcher, body)[0][1] == "National Audit Office"
    # nor is a capitalised word opening a sentence a body: no author, no name
    unnamed = (
        "Ferry fares rose, a report says.\nInitial plans failed.\nThe report said: “Too slow.”"
    )
    assert _speakers(matcher, unnamed)[0][:2] == (None, "The report")


def test_the_report_of_a_panel_named_in_lowercase_is_the_panel_s_in_full(matcher):
    body = (
        "The Commons harbour select committee called the bonus indefensible.\n\n"
        "The select committee found the scheme had been run badly. Few ferries sailed. "
        "With no investors, the port had had “too much freedom to spend”, the report said."
    )
    assert _speakers(matcher, body)[0][0] == "org_commons_harbour_select_committee"


def test_members_as_a_group_speak_for_their_committee_else_for_no_one_named(matcher):
    body = (
        "Loose wording could see anglers prosecuted, the Harbour Affairs Committee said. "
        "The MPs said they were “deeply concerned” by the draft."
    )
    assert _speakers(matcher, body)[0][0] == "org_harbour_affairs_committee"
    body = "The ferry plan was a failure. Several MPs said it was “a terrible waste”."
    assert _speakers(matcher, body)[0][:2] == (None, None)


def test_it_is_the_association_not_the_country_in_its_name(matcher):
    for name in ("Irish Chambers of Trade", "Irish Growers Association"):
        body = (
            "Ministers plan to raise the retirement age to 70.\n"
            f"The {name} welcomed the latest proposal. “This is the best of both worlds,” "
            "it said."
        )
        actor_id, text, _ = _speakers(matcher, body)[0]
        assert actor_id != "country_irl", name
        assert (actor_id or "").startswith("org_irish") or text == name, (actor_id, text)


def test_it_goes_on_with_the_body_that_spoke_last(matcher):
    body = (
        "Belarus has been accused of blocking a news site by the media watchdog, Editors "
        "Across Frontiers. Belarus filters the web more than any other country.\n"
        "“Belarus is censoring the site to push readers elsewhere,” said the group in a "
        "statement. “By agreeing to this, Ivo Lund has let himself be used by Minsk,” it said."
    )
    speakers = _speakers(matcher, body)
    assert speakers[1][0] == speakers[0][0] == "org_editors_across_frontiers", speakers


def test_a_quote_after_a_sentence_naming_its_speaker_without_a_speech_verb(matcher):
    for intro in (
        "Sergei Lavrov spoke about the grain corridor.",
        "Sergei Lavrov thanked Olaf Scholz for the constructive talks.",
        "According to Sergei Lavrov, the grain corridor remains a priority.",
        "Speaking at the meeting with Olaf Scholz, Sergei Lavrov underscored the role of trade.",
        "Sergei Lavrov stressed the role of trade. The meeting lasted two hours.",
    ):
        body = f"{intro}\n“The figures for the first quarter are encouraging.”"
        assert _speakers(matcher, body, KREMLIN)[0][0] == "person_sergei_lavrov", intro


def test_a_quote_after_a_sentence_naming_an_unknown_speaker_in_writing(matcher):
    body = (
        "Pavel Korin thanked Olaf Scholz for the constructive talks.\n"
        "“The figures for the first quarter are encouraging,” he said."
    )
    # discovery may or may not make the name an actor: either way it is the one who speaks
    assert _speakers(matcher, body, KREMLIN)[0][:2] in (
        (None, "Pavel Korin"),
        ("person_pavel_korin", "he"),
    )
    hyphen = (
        "Ann-Marie Korin spoke about the harvest.\n“The figures for the first quarter are good.”"
    )
    assert _speakers(matcher, hyphen, KREMLIN)[0][:2] in (
        (None, "Ann-Marie Korin"),
        ("person_ann_marie_korin", "Ann-Marie Korin"),
    )


def test_a_role_a_verb_follows_is_no_apposition_of_the_name_before(matcher):
    body = (
        "In a message to Sergei Lavrov, the Russian leader noted that the ties were growing.\n"
        "“I am confident that we will continue our joint work.”"
    )
    assert _speakers(matcher, body, KREMLIN)[0][0] == "person_vladimir_putin"


def test_a_body_that_a_verb_follows_right_away_speaks_in_the_next_sentence(matcher):
    body = (
        "The talks lasted two hours. The United States stated that its policy would stay. "
        '"We will keep sending aid to our partners for as long as needed."'
    )
    assert _speakers(matcher, body)[0][0] == "country_usa"


def test_a_statement_issued_by_a_body_is_the_bodys(matcher):
    body = (
        "The meeting ended late. The European Union issued a statement on the vote. "
        '"We will not recognise the results of this vote in any form."'
    )
    assert _speakers(matcher, body)[0][0] == "org_eu"


def test_capitalized_words_after_the_are_no_speaker_named_in_writing(matcher):
    body = (
        "When the envoys met under the Harbour Accords last spring, the next day, Ukraine "
        "protested, claiming that its rights were ignored. "
        '"This is our sovereign decision and no one may interfere."'
    )
    assert _speakers(matcher, body)[0][0] == "country_ukr"


def test_it_reads_is_the_organization_named_however_far_before(matcher):
    filler = "The members discussed trade, transport links and the harvest at length. " * 12
    body = (
        "The Shanghai Cooperation Organisation adopted a document on regional security. "
        + filler
        + 'It reads: "The member states will act together to keep the region stable."'
    )
    assert _speakers(matcher, body)[-1][0] == "org_sco"


def test_we_told_them_in_the_heads_turn_is_the_heads_country(matcher):
    body = (
        "Vladimir Putin: Russia has always been open to talks. No matter how many times we "
        'tell them: "Do not move your bases any closer to our borders." Russia waits. '
        "Question: And what about gas prices this winter?"
    )
    speakers = {text: actor for actor, _, text in _speakers(matcher, body, KREMLIN)}
    assert speakers["Do not move your bas"] == "country_rus"


def test_a_gold_speaker_in_another_dictionary_spelling_is_the_same_person():
    from pipelines.evaluation.kremlin import score_quotes
    from pipelines.evaluation.kremlin_gold import Release

    body = "“Lending to small firms doubled this year,” Herman Gref said."
    release = Release("http://en.kremlin.ru/events/president/news/1", "Meeting", "2022-03-01", body)
    gold = [
        {
            "link": release.link,
            "quote_start": 1,
            "quote_end": body.index("”"),
            "speaker": "Herman Gref",
            "resolved_by": "name",
        }
    ]
    score = score_quotes(gold, [release])
    # the dictionary names him German Gref, as the Kremlin writes it; both are his
    assert (score.found, score.right) == (1, 1), score.wrong


def test_a_speaker_the_extractor_marks_unnamed_scores_as_nobody():
    from pipelines.evaluation.kremlin import score_quotes
    from pipelines.evaluation.kremlin_gold import Release

    body = "The Kestrel Council spokesman added: “We had complaints from a few residents.”"
    release = Release("http://en.kremlin.ru/events/president/news/2", "Council", "2022-03-01", body)
    start = body.index("“") + 1
    gold = [
        {
            "link": release.link,
            "quote_start": start,
            "quote_end": body.index("”"),
            "speaker": None,
            "resolved_by": "role",
        }
    ]
    score = score_quotes(gold, [release])
    # (the speaker's text holds capitals, but the extractor says nobody is named)
    assert (score.found, score.right) == (1, 1), score.wrong


def test_a_clause_after_the_verb_is_what_was_said_not_who_said_it(matcher):
    # "said Norway had …" opens what the paper said; the paper, before the participle, said it
    body = (
        "The Harbour Gazette newspaper said on Sunday that the minister had meant Norway. "
        "The newspaper, citing “confidential briefings,” said Norway had signalled its "
        "interest in new talks."
    )
    actor_id, text, words = _speakers(matcher, body)[0]
    assert words.startswith("confidential")
    assert actor_id != "country_nor"
    assert (actor_id or text) in ("org_harbour_gazette", "Harbour Gazette")


def test_a_statement_is_the_one_that_said_so_after_the_report_not_the_sentence_opening(
    matcher,
):
    body = (
        "Norway sent ships to the coast.\n\n"
        "Two soldiers were killed in a crash in the north, the Canadian military said in a "
        "statement on Tuesday.\n\n“The cause of the crash is being examined,” the statement "
        "said."
    )
    actor_id, text, _ = _speakers(matcher, body)[0]
    # (as "“…,” the Canadian military said" is read)
    assert actor_id == "country_can", (actor_id, text)


def test_according_to_a_report_is_its_author(matcher):
    for source in ("the Marketlane report,", "a Marketlane survey,", "the Marketlane report"):
        body = (
            "Most buyers said they used the app. "
            f"According to {source} the trend marked young buyers out as “particularly "
            "important to sellers”."
        )
        assert _speakers(matcher, body)[0][:2] == (None, "Marketlane"), source
    # the report a sentence before said whose it is
    body = (
        "A study by the Harbour Institute looked at 40 ports. Most ran late.\n"
        "According to the study, the ferries were “badly planned”."
    )
    actor_id, text, _ = _speakers(matcher, body)[0]
    assert (actor_id or text) in ("org_harbour_institute", "Harbour Institute")


def test_the_newspaper_is_the_one_named_before_its_kind_not_the_sentence_before(matcher):
    body = (
        "Two helicopters crashed last February. The Maariv newspaper said Sunday that the "
        "remarks were aimed at Syria. The newspaper, quoting “secret reports,” said Syria "
        "had signalled its interest in talks."
    )
    actor_id, text, _ = _speakers(matcher, body)[0]
    assert (actor_id or text) in ("org_maariv", "Maariv")
    # a text is no body's kind: an SEC filing was filed with the SEC, not by it
    filing = (
        "In a Securities and Exchange Commission filing, Harwood said it holds 500,000 "
        "Fenix shares.\n\nHarwood has made “no detailed plans,” the filing said."
    )
    assert _speakers(matcher, filing)[0][0] != "org_securities_and_exchange_commission"


def test_words_in_a_claim_by_someone_are_theirs_not_the_sentence_subject_s(matcher):
    body = (
        "Peter Vale has said a claim by John Reyes that the party leader is acting like an "
        "“attack dog” shows the government is “rattled” by the opposition."
    )
    assert [row[0] for row in _speakers(matcher, body)] == [
        "person_john_reyes",
        "person_peter_vale",
    ]


def test_a_text_called_by_its_owner_s_name_speaks_for_its_owner(matcher):
    body = (
        "Readers logged on to read Morquendi's accounts. “She was being swept away,” "
        "Morquendi's message read. “She grabbed a tree with one hand.”\n\n"
        "“The water came fast,” Tom Reyes's statement said."
    )
    assert [_who(row) for row in _speakers(matcher, body)] == [
        "Morquendi",
        "Morquendi",
        "Tom Reyes",
    ]


def test_a_text_called_by_its_owner_s_pronoun_is_the_one_the_pronoun_stands_for(matcher):
    body = (
        "On the auction site, Peter Fisher describes himself as an “average man”. His sales "
        "pitch adds: “Take advantage of this radical offer.”\n\n"
        "“I did nothing wrong,” his statement said."
    )
    assert [row[0] for row in _speakers(matcher, body)] == ["person_peter_fisher"] * 3


def test_a_committee_named_in_lowercase_is_a_body_that_speaks_by_its_name(matcher):
    body = (
        "The scheme cost £40m. The Commons transport select committee called this "
        "“a costly failure of planning”.\n\n"
        "Later the fisheries select committee said the bill was “too vague to enforce”. "
        "The committee added: “We want a clearer law.”\n\n"
        "An all-party committee said it was “not confident” of the plan."
    )
    assert [row[:2] for row in _speakers(matcher, body)] == [
        ("org_commons_transport_select_committee", "The Commons transport select committee"),
        ("org_fisheries_select_committee", "the fisheries select committee"),
        ("org_fisheries_select_committee", "fisheries select committee"),
        (None, "An all-party committee"),
    ]


def test_a_capitalized_preposition_opening_a_sentence_names_nobody(matcher):
    body = (
        "Researcher Tom Reyes studies swarms. “Fakes spread fast,” he said. Like Kestrelnet "
        "these trackers will be held by everyone. Studies have shown that agents worked to "
        "undermine Kestrelnet by putting in fakes. “The moderators make the difference,” he "
        "said."
    )
    assert [row[0] for row in _speakers(matcher, body)] == ["person_tom_reyes"] * 2


def test_a_person_named_after_the_body_they_lead_is_no_part_of_its_name(matcher):
    body = (
        "The co-head of the aerospace group KESTRA Philippe Morand is to leave his post.\n\n"
        "Mr Morand said he had accepted another role. “I will go when the board asks me "
        "to,” he said."
    )
    assert [row[0] for row in _speakers(matcher, body)] == ["person_philippe_morand"]


def test_a_name_ending_an_opening_phrase_with_its_title_set_off_by_commas_speaks(matcher):
    body = (
        "After the ruling Helen Kestler, legal director of the charity Fairwater, said: "
        "“It is not enough to look behind closed doors.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_helen_kestler"


def test_a_person_named_with_the_firm_they_work_for_after_says_speaks(matcher):
    body = (
        "Callers hang up fast. “Customers expect an answer at once,” says Lina Morvath of "
        "IT firm Quellbridge Data, which paid for the survey."
    )
    assert _speakers(matcher, body)[0][:2] == (
        "person_lina_morvath",
        "Lina Morvath of IT firm Quellbridge Data",
    )


def test_a_body_its_kind_introduces_is_no_person_and_the_next_paragraph_is_its_editor_s(
    matcher,
):
    body = (
        "In January, the maker sued a website. Ian Pollard, deputy editor of UK magazine "
        "Tarn Format, said the machine would appeal to phone owners.\n\n"
        "“They want a further taste of it because they like what they have seen.”"
    )
    assert _speakers(matcher, body)[0][:2] == ("person_ian_pollard", "Ian Pollard")


def test_a_body_named_within_another_body_s_words_is_the_one_that_speaks(matcher):
    body = (
        "“The decision shows confidence in our citizens,” the Harbour Party newspaper "
        "Vestre Tidende said in an editorial."
    )
    assert _speakers(matcher, body)[0][0] == "org_vestre_tidende"


def test_the_writer_s_aside_opening_a_sentence_hides_no_author_of_a_study(matcher):
    body = (
        "How big an impact have the duties had?\n\n"
        "As we’ve noted, a 2019 study by the Halden Institute for Trade, a Bergen-based "
        "think tank, concluded that, using standard methods, “the full cost falls on "
        "domestic buyers.”"
    )
    assert _speakers(matcher, body)[0][:2] == (
        "org_halden_institute_for_trade",
        "Halden Institute for Trade",
    )


def test_the_government_after_a_panel_is_not_the_panel_and_the_panel_finds_by_its_noun(
    matcher,
):
    body = (
        "The ferry scheme was scrapped last year. The Commons harbour select committee "
        "called this “a waste of money” but the government said the scheme had "
        "“taught lessons”. The select committee found that its founders had been caught up "
        "in the “general rush” of the time."
    )
    assert [row[:2] for row in _speakers(matcher, body)] == [
        ("org_commons_harbour_select_committee", "The Commons harbour select committee"),
        (None, "the government"),
        ("org_commons_harbour_select_committee", "Commons harbour select committee"),
    ]


def test_the_answer_to_a_question_the_release_narrates_is_the_one_asked_s(matcher):
    body = (
        "Mother of the family Amina Ravenna thanked the President on behalf of all the families. "
        "“Every one of our children is different.” Vladimir Putin asked the Ravennas' eldest "
        "son, surgeon Marco Ravenna, who had come with his parents, whether he planned to "
        "have a big family himself. “I already have three, and my wife says this is only the "
        "beginning.” Vladimir Putin asked the Governor to prepare the documents. “Send the "
        "proposals, and we will look at them.”"
    )
    speakers = [row[0] for row in _speakers(matcher, body, KREMLIN, date(2016, 5, 20))]
    assert speakers == ["person_amina_ravenna", "person_marco_ravenna", "person_vladimir_putin"]


def test_the_one_asked_by_pronoun_is_whom_the_sentences_before_name(matcher):
    body = (
        "Then a student from Kestrel Bay, Denis Marlow, told about the food deliveries he and "
        "his friends set up for doctors. The President asked him how the project had "
        "started. “It was very simple: my mother is a doctor.”"
    )
    speakers = [row[0] for row in _speakers(matcher, body, KREMLIN, date(2021, 5, 20))]
    assert speakers == ["person_denis_marlow"]


def test_a_quote_whose_next_sentence_says_whose_words_they_were_is_theirs(matcher):
    body = (
        "Those awarded spoke after the ceremony. “I have taught in a village school for "
        "thirty years.” These were the words of Lydia Marchetti, a teacher from the hills."
    )
    assert _speakers(matcher, body)[0][:2] == ("person_lydia_marchetti", "Lydia Marchetti")


def test_a_guest_called_by_the_title_given_before_the_name_speaks_in_the_next_sentence(
    matcher,
):
    body = (
        "Vladimir Putin received Special Envoy of the President of the Republic of Paraguay "
        "Marco Astaldi Ferreyra. “My President asked me to tell you personally that we "
        "remember those officers,” Mr Astaldi Ferreyra said. Vladimir Putin noted that their "
        "descendants still live there. “It is a unique page of our relations,” he said. "
        "The Special Envoy spoke about his country's interest in fertilisers. “Soya is our "
        "oil. Without fertilisers there will be no soya.”"
    )
    speakers = [row[0] for row in _speakers(matcher, body, KREMLIN, date(2021, 5, 20))]
    assert speakers[-1] == "person_marco_astaldi_ferreyra"


def test_she_is_the_one_the_text_calls_by_honorific_and_surname_alone(matcher):
    body = (
        "Three councillors won seats in 1998: Peter Lund, Oscar Weir and Bernie Holt. "
        "It took ten more years before another woman won one, a pace Ms Abbott called "
        "\u201cglacial\u201d. \u201cI served on the committee longer than any of them,\u201d "
        "she said."
    )
    assert _who(_speakers(matcher, body)[-1]) == "Abbott"


def test_a_given_name_alone_is_the_newcomers_when_only_a_known_figure_shares_it(matcher):
    body = (
        "Vladimir Putin met Economic Development Minister Maxim Reshetnikov. He then spoke "
        "of an exporter, Maxim Tarasenko, who sells honey in China. His partner in Shanghai, "
        "Mr Wen, first ordered one container. When I asked Maxim about his success, he said: "
        "\u201cThe bees work and we keep every promise.\u201d"
    )
    speakers = [row[0] for row in _speakers(matcher, body, KREMLIN, date(2021, 5, 20))]
    assert speakers == ["person_maxim_tarasenko"]


def test_a_name_spoken_to_after_a_turns_label_is_not_brought_in_to_speak(matcher):
    body = (
        "Question: My name is Denis Orlov, I drive a bus in Omsk. At a meeting my colleague "
        "Sergei Voronin said: \u201cIf fuel goes up again, half of us will quit.\u201d Will "
        "the state act? Vladimir Putin: Denis, the damper was introduced for this. Your "
        "colleague said: \u201cHalf of us will quit.\u201d I hope it will not come to that."
    )
    speakers = [row[0] for row in _speakers(matcher, body, KREMLIN, date(2021, 5, 20))]
    assert speakers[1] == speakers[-1] == "person_sergei_voronin"


def test_a_few_quoted_words_in_a_sentence_about_a_named_body_are_the_bodys(matcher):
    body = (
        "Ann Vale said: \u201cThe sums do not add up.\u201d The Labour party has committed "
        "itself to \u201cfree and flexible\u201d childcare for every family in the country."
    )
    assert [row[0] for row in _speakers(matcher, body)] == [
        "person_ann_vale",
        "org_labour_party_gbr",
    ]


def test_the_government_is_that_of_the_country_the_story_names_most_before_it(matcher):
    body = (
        "South Korea will spend more on roads and housing next year. Millions of South "
        "Koreans are behind on their card bills, and exports slowed in Japan too. The "
        "government said it will ask banks to \u201croll over loans that come due\u201d."
    )
    assert _speakers(matcher, body)[0][:2] == (None, "South Korean government")


def test_she_after_a_spokeswoman_for_a_long_named_department_is_nobody_named(matcher):
    body = (
        "Ann Vale, the minister, opened the scheme in 2001. A Department for Education and "
        "Skills spokeswoman said the venture had been \u201cbold\u201d. She added: \u201cWe "
        "will try again next year.\u201d"
    )
    assert [row[:2] for row in _speakers(matcher, body)][-1] == (None, None)


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "The two exchanges held talks on Monday.\n\nWerner Halvorsen met the board of the "
            "exchange in Frankfurt. \u201cWe are close to a deal,\u201d he said.",
            "person_werner_halvorsen",
            id="a_given_name_of_many_countries_lists_opens_a_persons_name",
        ),
        pytest.param(
            "The talks went on all day.\n\nIan Holt met the board on Monday. \u201cWe are close "
            "to a deal,\u201d he said.",
            "person_ian_holt",
            id="a_short_english_given_name_opens_a_persons_name",
        ),
        pytest.param(
            "Home Secretary Tom Reyes has vowed to press on with the scheme despite a call for "
            "him to \u201cpause for thought\u201d from Charles Kennedy.",
            "person_charles_kennedy",
            id="words_a_call_from_someone_holds_are_theirs_with_from_after_the_quote",
        ),
    ],
)
def test_the_first_quotes_speaker(matcher, body, speaker):
    assert _speakers(matcher, body)[0][0] == speaker
