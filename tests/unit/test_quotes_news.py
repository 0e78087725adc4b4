"""Quote speakers in news shapes: a quote going on after its attribution, "he/she said"
bound to the subject before, honorifics, middle initials, attributions ending the sentence
or opening it with the verb, people at large, messages from someone, titles with words
before them; a title and a family name on the story's date, a family name alone after the
name in full, labels of a list of statements, participles opening the sentence, acronyms of
bodies named before. Every sentence here is invented."""

from datetime import date

import polars as pl
import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.discovery import company_short_names
from pipelines.nlp.quotes import (
    _NAME_OF_BODY,
    ATTRIBUTIONS,
    _reporting_person_in,
    acronym_body,
    acronym_spelled_out,
    appositive_head,
    body_acting_at,
    follows_attribution,
    legal_text_before,
    lone_names_to_full,
    outside_quotations,
    quotations,
    title_anaphora,
    told_genders,
    written_names,
    written_speaker_name,
)
from pipelines.nlp.sentences import split_sentences
from pipelines.settings import SEEDS_DIR


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _extracted(
    matcher: ActorMatcher, body: str, day: date | None = date(2022, 3, 1)
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The actor mentions and the quotes of one article."""
    articles = pl.DataFrame(
        {"article_id": ["a"], "body": [body], "published_date": [day]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    return extract_actors_and_quotes(articles, matcher)


def _quotes(matcher: ActorMatcher, body: str, day: date | None = date(2022, 3, 1)) -> pl.DataFrame:
    """The quotes of one article, in order."""
    return _extracted(matcher, body, day)[1].sort("char_start")


def _speakers(matcher: ActorMatcher, body: str, day: date | None = date(2022, 3, 1)) -> list[tuple]:
    """(speaker actor, speaker text, first words) of each quote, in order."""
    return [
        (row["speaker_actor_id"], row["speaker_text"], row["quote_text"][:12])
        for row in _quotes(matcher, body, day).iter_rows(named=True)
    ]


def _said(rows: list[tuple]) -> list[str | None]:
    """Who each quote is by, as the text or the actor gives it."""
    return [text if actor is None else actor for actor, text, _ in rows]


def test_a_quote_opening_the_sentence_after_an_attribution_goes_on_with_its_speaker(matcher):
    body = (
        "Markets fell again on Friday.\n\n"
        "“Nobody trusts Tom Reyes any more,” said Ann Vale, a trader at Vale Partners.\n\n"
        "“Everybody waits for the vote before buying anything.”"
    )
    first, second = _said(_speakers(matcher, body))
    assert first == second and first in ("Ann Vale", "person_ann_vale")


def test_a_quote_is_carried_on_only_right_after_its_attribution_sentence():
    def follows(body: str, quote: str) -> bool:
        end = body.index("Vale,") + 4 if "Vale," in body else body.index("Vale.") + 4
        return follows_attribution(body, body.index(quote), split_sentences(body), end)

    assert follows("“We are ready,” said Ann Vale.\n\n“More soon.”", "“More")
    assert not follows("“We are ready,” said Ann Vale. Tom Reyes disagreed. “No.”", "“No")
    assert not follows("“We are ready,” said Ann Vale, who called it fair. “No.”", "“No")


def test_a_name_inside_a_quote_is_no_reporting_subject():
    mentions = [(5, 10, "person_tom", "person"), (30, 38, "person_ann", "person")]
    assert outside_quotations(mentions, [(0, 20)]) == [(30, 38, "person_ann", "person")]
    assert outside_quotations(mentions, []) == mentions


def test_he_after_a_clause_opened_by_and_is_its_subject(matcher):
    body = (
        "Tom Reyes opened the session. The talks were long, and Piotr Marsh had tried to "
        "calm the delegates. “We will talk again next week,” he said."
    )
    assert _said(_speakers(matcher, body))[-1] == "person_piotr_marsh"


def test_an_honorific_tells_the_gender_a_name_only_guesses(matcher):
    body = "Kelli Dunlin met Tom Reyes. Ms. Dunlin later told reporters the plan would work."
    assert told_genders(body, len(body)) == {"dunlin": "she"}
    quoted = body + " “It is a good plan for the region,” she said."
    assert _said(_speakers(matcher, quoted))[-1] in ("person_kelli_dunlin", "Kelli Dunlin")


def test_the_speaker_s_own_possessive_tells_the_gender_a_name_does_not(matcher):
    body = (
        "Energy ministers met in Brussels. Dutch minister Noel Marsh argued for a slow exit, while his "
        "Danish colleague Erik Dalby wanted a ban. Renee Kalder said her country needed time."
    )
    assert told_genders(body, len(body)) == {"kalder": "she"}
    # "Renee" tells nothing; "her country" does, so "he" is the man of the sentence before
    quoted = body + " He warned of rationing. “People must know what this means.”"
    assert _said(_speakers(matcher, quoted))[-1] in ("Noel Marsh", "person_noel_marsh")
    # a colleague named after his title is a person the text introduces, and speaks later
    disagreed = body + " Dalby disagreed. “Every euro paid for gas pays for the war,” he said."
    assert _said(_speakers(matcher, disagreed))[-1] in ("Erik Dalby", "person_erik_dalby")
    # "told her" names her as an object, not as the one speaking
    assert told_genders("Tom Reyes told her nothing.", 30) == {}


def test_middle_initials_and_suffixes_do_not_break_a_written_name():
    body = "The fund, said John C. Harwick Jr., grew. Later Harwick left."
    assert [name for _, _, name in written_names(body, [])][:2] == ["John Harwick", "John Harwick"]


def test_a_lone_surname_after_an_honorific_is_the_name_written_in_full(matcher):
    body = (
        "Yoshiro Tanabe, a consultant at a Tokyo firm, expects more deals. “Buyers are "
        "coming back to the market,” Mr. Tanabe said."
    )
    assert _said(_speakers(matcher, body)) in (["Yoshiro Tanabe"], ["person_yoshiro_tanabe"])


def test_an_abbreviated_rank_and_a_body_after_of_are_no_part_of_the_speaker(matcher):
    body = (
        "“Our ships will patrol the strait all winter,” said Gen. Tom Whitcombe, the "
        "deputy commander."
    )
    assert _said(_speakers(matcher, body)) in (["Tom Whitcombe"], ["person_tom_whitcombe"])
    named = _NAME_OF_BODY.match("Ann C. Vale of the Harwick Fund")
    assert named is not None and named.group("name") == "Ann C. Vale"


def test_an_attribution_ending_the_sentence_of_a_partial_quote(matcher):
    body = (
        "Experts welcomed the ruling. “A fair step” for both families, said Wendell "
        "Harrow, a former adviser on trade."
    )
    assert _said(_speakers(matcher, body)) in (["Wendell Harrow"], ["person_wendell_harrow"])


def test_a_speech_verb_opening_the_sentence_before_its_speaker(matcher):
    body = (
        "The ministry kept silent. Replied its deputy spokesman Tom Whitcombe, “Our lawyers "
        "will read the ruling first.”"
    )
    assert _said(_speakers(matcher, body)) in (["Tom Whitcombe"], ["person_tom_whitcombe"])


def test_it_after_a_law_is_that_laws_wording():
    body = "Clause 4 states otherwise. It says, “the parties may consult.”"
    spans = split_sentences(body)
    assert legal_text_before(body, body.index("It says"), spans)
    assert not legal_text_before(
        "The ministry disagreed. It said, “no.”", 24, split_sentences("The ministry disagreed.")
    )


def test_people_at_large_and_sayings_are_nobody(matcher):
    body = (
        "Vladimir Putin: Some say: “Russia should close itself off from the world.” Someone "
        "might say: “This plan is far too expensive for us.” There is a good old saying: "
        "“Trust, but verify every single time.”"
    )
    assert _said(_speakers(matcher, body))[1:] == [None, None, None]


def test_a_message_received_from_someone_is_theirs(matcher):
    body = (
        "Vladimir Putin received a message from President of China Xi Jinping. “I am "
        "confident that our relations will grow,” the message reads."
    )
    assert _said(_speakers(matcher, body)) == ["person_xi_jinping"]


def test_a_title_with_words_before_it_is_the_person_named_with_them():
    body = (
        "The President met Chairman of the Marsh Council Ann Vale. He also met Governor Tom "
        "Reyes. The Council Chairman reported first."
    )
    written = [(body.index("Ann Vale"), body.index("Ann Vale") + 8, "Ann Vale")]
    written.append((body.index("Tom Reyes"), body.index("Tom Reyes") + 9, "Tom Reyes"))
    _, extra_written = title_anaphora(body, [], written)
    assert [(body[s:e], name) for s, e, name in extra_written] == [
        ("The Council Chairman", "Ann Vale")
    ]


def test_in_his_words_is_the_subject_before_not_the_one_he_told(matcher):
    body = (
        "Vladimir Putin met with Alexei Kudrin. Kudrin told the President about the audits. "
        "In his words, “most of them found no violations.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_alexei_kudrin"]


def test_a_task_set_and_a_saying_with_an_adverb_are_the_speakers(matcher):
    body = (
        "Vladimir Putin: Good afternoon. Let us begin. Anton Siluanov: The head of state set "
        "the task: “The budget must be balanced next year.” As you rightly said, “the "
        "deficit must go.”"
    )
    assert _said(_speakers(matcher, body))[-2:] == [
        "person_vladimir_putin",
        "person_vladimir_putin",
    ]


def test_a_question_ending_with_he_asked_is_the_askers(matcher):
    body = (
        "Piotr Marsh, an analyst at a Warsaw bank, doubts the plan. “Who will pay for the "
        "new bridge?” he asked."
    )
    assert _said(_speakers(matcher, body)) in (["Piotr Marsh"], ["person_piotr_marsh"])


def test_in_someone_s_words_names_the_speaker(matcher):
    body = (
        "Emmanuel Macron spoke in Paris. In Macron’s words: “Europe must be united.” "
        "Olaf Scholz agreed. In the words of Olaf Scholz, “the union will hold.”"
    )
    assert _said(_speakers(matcher, body)) == [
        "person_emmanuel_macron",
        "person_olaf_scholz",
    ]


def test_a_spokesman_or_an_envoy_is_the_one_named_with_that_title_and_no_one_else(matcher):
    named = (
        "Harbour Authority spokesman Tom Ekberg answered questions. “No decision has been "
        "made,” the spokesman said. Russia’s envoy to the UN, Vasily Nebenzya, spoke next. "
        "“The Council must act,” the envoy said."
    )
    assert _said(_speakers(matcher, named))[1] == "person_vassily_nebenzia"
    assert _said(_speakers(matcher, named))[0] in ("Tom Ekberg", "person_tom_ekberg")
    unnamed = "Vladimir Putin met with Olaf Scholz. “We are ready to talk,” the spokesman said."
    # an unnamed spokesman is nobody named in the text, not the guest named last
    assert _said(_speakers(matcher, unnamed)) == ["the spokesman"]


def test_a_title_and_a_family_name_are_the_holder_of_that_day(matcher):
    body = (
        "Oil prices rose again. President Bush told reporters the ships would stay. “We will "
        "not blink first,” Bush said. King Hussein flew home. “The road must stay open,” "
        "Hussein said. Saddam Hussein made no comment."
    )
    assert _said(_speakers(matcher, body, date(1990, 8, 20))) == [
        "person_george_h_w_bush",
        "person_king_hussein",
    ]
    # another day, another President Bush
    later = "President Bush spoke at a school. “Every child can learn,” Bush said."
    assert _said(_speakers(matcher, later, date(2002, 5, 6))) == ["person_george_w_bush"]


def test_a_family_name_alone_is_the_one_named_in_full_before_unless_its_actor_was():
    body = "Ann C. Vale runs the fund. Vale said no. Tom Vale is her brother. Vale left."
    mentions = [
        (0, 11, "person_ann_vale", "person"),
        (27, 31, "person_other_vale", "person"),
        (42, 50, "person_tom_vale", "person"),
        (66, 70, "person_ann_vale", "person"),
    ]
    # the lone "Vale" whose actor was never named in full is the last named in full; an
    # actor named in full before keeps its own mention
    assert [m[2] for m in lone_names_to_full(body, mentions)] == [
        "person_ann_vale",
        "person_ann_vale",
        "person_tom_vale",
        "person_ann_vale",
    ]


def test_an_opening_phrase_before_the_subject_is_no_speaker(matcher):
    body = (
        "The talks ended late. In a statement, the White House said it would do “whatever "
        "the allies ask of us” to keep the sea lanes open."
    )
    assert _said(_speakers(matcher, body)) == ["org_white_house"]


def test_a_name_with_a_body_and_a_place_after_it_is_the_person(matcher):
    body = (
        "Bishop Anselm Kettering of the Diocese of Leeds said the fire was “a cruel blow to "
        "the parish and the town.”"
    )
    assert _said(_speakers(matcher, body)) in (["Anselm Kettering"], ["person_anselm_kettering"])


def test_a_person_named_after_a_preposition_in_an_apposition_is_not_its_head():
    body = "Ann Vale, a lawyer for the Reyes family, said. Ann Vale, the Reyes envoy, said."
    reyes = body.index("Reyes")
    mentions = [(reyes, reyes + 5, "person_tom_reyes", "person")]
    first = body.index("a lawyer")
    assert appositive_head(body, first, body.index(", said"), mentions) is None
    envoy = body.index("the Reyes envoy")
    at = body.index("Reyes envoy")
    assert (
        appositive_head(body, envoy, envoy + 15, [(at, at + 5, "person_tom_reyes", "person")])
        == "person_tom_reyes"
    )


def test_the_labels_of_a_list_of_statements_are_their_speakers(matcher):
    body = (
        "Here are the statements issued by Ann Vale and the White House on the merger: "
        "Vale on Monday “We have done nothing wrong and we will prove it.” White House on "
        "Tuesday “The president has full confidence in the board and its chair.”"
    )
    said = _said(_speakers(matcher, body))
    assert said[0] in ("Ann Vale", "person_ann_vale")
    assert said[1] == "org_white_house"


def test_a_participle_opening_the_sentence_gives_the_quote_to_the_subject_after(matcher):
    body = (
        "Saying “nothing has been decided yet” about the port, Morocco’s foreign ministry "
        "urged calm."
    )
    assert _said(_speakers(matcher, body)) == ["Moroccan foreign ministry"]


def test_an_attribution_ending_the_sentence_may_be_followed_by_a_day(matcher):
    body = "Traders will now “wait for every ruling before they buy,” Ukraine predicted Monday."
    assert _said(_speakers(matcher, body)) == ["country_ukr"]


def test_a_message_of_no_named_sender_is_nobody_s_and_the_letter_goes_on(matcher):
    unsigned = (
        "Ann Vale addressed the rally. “Keep marching until the law changes!” said a message "
        "that was read to the crowd."
    )
    assert _said(_speakers(matcher, unsigned))[-1] is None
    letter = (
        "“I am ready to come home,” Tom Reyes wrote in a letter to Ann Vale. “The judges alone "
        "will set the date of my return,” continued the letter."
    )
    assert _said(_speakers(matcher, letter)) in (
        ["Tom Reyes", "Tom Reyes"],
        ["person_tom_reyes", "person_tom_reyes"],
    )


def test_an_honorific_s_stop_does_not_end_the_clause_of_a_reporting_verb(matcher):
    body = (
        "The Harwick Commission filed suit in May. The Harwick Commission accused Mr. Tom "
        "Reyes of “a long and careful fraud against his clients.”"
    )
    assert _said(_speakers(matcher, body))[-1] in (
        "Harwick Commission",
        "org_harwick_commission",
    )


def test_an_acronym_is_the_body_named_in_full_before():
    body = "The Harbour Safety Board met. The HSB said"
    mentions = [(4, 23, "org_harbour_safety_board", "organization")]
    assert acronym_body(body, "The HSB", body.index("The HSB"), mentions) == (
        "org_harbour_safety_board"
    )
    assert acronym_body(body, "The HSA", body.index("The HSB"), mentions) is None
    # three letters or more may leave out words of the full name at either end
    body = "The Northern Centre for Harbour Safety and Training met. The CHS said"
    mentions = [(4, 54, "org_northern_centre", "organization")]
    at = body.index("The CHS")
    assert acronym_body(body, "The CHS", at, mentions) == "org_northern_centre"
    assert acronym_body(body, "The CST", at, mentions) is None  # not in a row
    body = "The Northern Centre met. The NC said"
    assert acronym_body(body, "The NC", 25, [(4, 19, "org_nc", "organization")]) == "org_nc"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "The Chinese Centre for Harbour Safety said it had checked the docks. China has "
            "improved its checks since then. And the Chinese CHS has said that there is “no "
            "need to worry” for residents.",
            "org_chinese_centre_for_harbour_safety",
            id="an_acronym_after_its_country_s_adjective_is_the_body",
        ),
        pytest.param(
            "Harwick Communications, which runs the site, said in a statement that it was "
            "closed. The company said it was informed on Friday that it broke the host's "
            "policy on “threatening language.”",
            "org_harwick_communications",
            id="a_body_told_something_in_the_passive_still_speaks",
        ),
        pytest.param(
            "Harwick Data Corp., which nearly failed last year, expects to buy back its debt. "
            "The company now sees alliances as the way back to growth in what it calls “the "
            "data solutions” business.",
            "org_harwick_data_corp",
            id="what_a_body_calls_something_and_its_legal_form_abbreviated",
        ),
        pytest.param(
            "The Harwick Commission backed the rule in May. The commission later retreated "
            "when it argued that policy could not rest on “stereotypes of the past.”",
            "org_harwick_commission",
            id="it_before_a_reporting_verb_is_the_body_named_before",
        ),
    ],
)
def test_a_body_speaks_the_last_quote(matcher, body, speaker):
    assert _said(_speakers(matcher, body))[-1] == speaker


def test_a_day_after_a_speech_verb_is_no_speaker(matcher):
    body = (
        "The general, in an “opening” meant to calm his allies, announced yesterday that the "
        "troops would stay."
    )
    assert _speakers(matcher, body) == []


def test_a_person_named_after_he_opened_the_sentence_is_no_antecedent_of_he(matcher):
    body = (
        "Tom Whitcombe, the chief inspector, spoke at the airport. He said nothing yet tied "
        "the fire to the depot's owner and longtime rival of the city council, Piotr Marsh, "
        "who lives abroad.\n\n"
        "“Dozens of workers were questioned” and the report will take months, he said."
    )
    assert _said(_speakers(matcher, body)) in (["Tom Whitcombe"], ["person_tom_whitcombe"])


def test_a_body_quoting_only_with_guillemets_and_no_colon_is_read(matcher):
    body = (
        "Minister Tom Reyes received the Ambassador of Chile. «Our ports are open to your "
        "fishing fleet», the Minister noted."
    )
    rows = _speakers(matcher, body)
    assert [quote for _, _, quote in rows] == ["Our ports ar"]


def test_a_possessive_description_speaking_is_the_other_party(matcher):
    body = (
        "Ann Vale met Tom Reyes in Lisbon on Monday. “The harbour deal is done,” Vale said. "
        "“Now it has to be built,” her Portuguese counterpart said."
    )
    first, second = _said(_speakers(matcher, body))
    assert first in ("Ann Vale", "person_ann_vale")
    assert second in ("Tom Reyes", "person_tom_reyes")


def test_a_definite_description_speaking_is_the_person_named_before(matcher):
    body = (
        "Tom Reyes, a retired judge, spoke at the opening of the archive in Porto.\n\n"
        "“Memory is a public good,” the 70-year-old told the guests. "
        "“Everyone should be able to read it,” the retired judge added."
    )
    assert _said(_speakers(matcher, body)) in (["Tom Reyes"] * 2, ["person_tom_reyes"] * 2)


def test_a_description_introduced_as_someone_unnamed_stays_unnamed(matcher):
    body = (
        "Tom Reyes opened the port on Monday. A senior customs officer watched the crowd. "
        "“Nobody told us about the new rules,” the officer said."
    )
    assert _said(_speakers(matcher, body)) == ["the officer"]


def test_a_conjunction_ends_a_described_speaker(matcher):
    body = "Tom Reyes visited the depot. He thanked the workers and said: “You kept the lights on.”"
    assert _said(_speakers(matcher, body)) in (["Tom Reyes"], ["person_tom_reyes"])


def test_he_is_the_subject_of_the_main_clause_not_of_an_opening_after_clause(matcher):
    body = (
        "Tom Reyes and Ann Vale argued over the budget for an hour.\n\n"
        "When Vale had gone home, Reyes stayed with the staff. “We lost a week,” he said."
    )
    assert _said(_speakers(matcher, body)) in (["Tom Reyes"], ["person_tom_reyes"])


def test_a_person_named_after_for_is_no_antecedent(matcher):
    body = (
        "Ann Vale visited the flooded town on Monday. A spokesman for Vale, Piotr Marsh, "
        "said the aid would arrive this week.\n\n“The trucks are already loaded,” he said."
    )
    assert _said(_speakers(matcher, body)) in (["Piotr Marsh"], ["person_piotr_marsh"])


def test_a_gendered_title_in_a_written_name_tells_the_pronoun(matcher):
    body = (
        "Ann Vale runs the soup kitchen near the station. A monk, Brother Tobiah, helps "
        "her on Sundays.\n\n“We cook for four hundred people every day,” she said."
    )
    assert _said(_speakers(matcher, body)) in (["Ann Vale"], ["person_ann_vale"])


def test_a_reply_is_not_by_the_one_who_spoke_right_before(matcher):
    body = (
        "Senators Ann Vale and Tom Reyes debated the port bill on Tuesday. “The port needs "
        "the money now,” Reyes argued. “It needed it last year too,” she replied."
    )
    rows = _said(_speakers(matcher, body))
    assert rows[0] in ("Tom Reyes", "person_tom_reyes")
    assert rows[1] in ("Ann Vale", "person_ann_vale")


def test_a_person_named_in_a_relative_clause_after_the_subject_does_not_speak(matcher):
    body = (
        "Mayor Ann Vale, who welcomed Tom Reyes to the town hall on Friday, said the visit "
        "was “long overdue.”"
    )
    assert _said(_speakers(matcher, body)) in (["Ann Vale"], ["person_ann_vale"])


def test_someone_s_spokesman_is_the_spokesman_named_before_not_the_owner(matcher):
    body = (
        "Harbour spokesman Piotr Marsh said on Monday that Ann Vale would not resign. "
        "Later, Vale's spokesman added: “She has the board's full support.”"
    )
    assert _said(_speakers(matcher, body)) in (["Piotr Marsh"], ["person_piotr_marsh"])


def test_a_colon_after_a_clause_without_a_speech_verb_introduces_its_subject(matcher):
    body = (
        "Tom Reyes opened the new bridge on Sunday. His deputy, Ann Vale, was less "
        "cheerful: “The road to it is still not finished.”"
    )
    assert _said(_speakers(matcher, body)) in (["Ann Vale"], ["person_ann_vale"])


def test_a_capitalized_description_before_a_written_name_is_no_part_of_it():
    body = (
        "Volunteer Marta Ilvesova cooked for the camp. Eleven-year-old Pavlo Dorosh "
        "carried the water."
    )
    assert [name for _, _, name in written_names(body, [])] == ["Marta Ilvesova", "Pavlo Dorosh"]


def test_a_quote_standing_alone_is_by_the_person_the_next_sentence_names(matcher):
    body = (
        "“The river has never been this low in August.”\n\nThose words, spoken by harbour "
        "master Tom Reyes on Tuesday, worried the barge owners.\n\n"
        "PORTO (Wire) – “We can wait a week, not a month.” So said Ann Vale as the "
        "first barges turned back."
    )
    first, second = _said(_speakers(matcher, body))
    assert first in ("Tom Reyes", "person_tom_reyes")
    assert second in ("Ann Vale", "person_ann_vale")


def test_quoted_as_saying_is_speech(matcher):
    body = (
        "“The harbour will reopen on Monday,” Tom Reyes, who runs the port authority, was "
        "quoted by Reuters as saying. Ann Vale, the mayor, was less sure."
    )
    assert _said(_speakers(matcher, body)) in (["Tom Reyes"], ["person_tom_reyes"])


def test_a_description_said_to_be_anonymous_is_nobody_named_before(matcher):
    body = (
        "Tom Reyes arrived in Lisbon on Monday. “There will be no deal this week,” said the "
        "diplomat, who spoke on condition of anonymity."
    )
    assert _said(_speakers(matcher, body)) == ["the diplomat"]


def test_a_quote_inside_a_quote_is_no_one_s_and_the_outer_stays_the_speaker_s(matcher):
    body = (
        "Ann Vale spoke to students in Riga. \"My father always tells me, 'Never start what "
        "you cannot finish,' and I still agree,\" she said."
    )
    rows = _speakers(matcher, body)
    assert len(rows) == 2
    outer, inner = rows
    assert outer[2] == "My father al" and _said([outer])[0] in ("Ann Vale", "person_ann_vale")
    assert inner == (None, None, "Never start ")


def test_this_was_stated_by_after_a_quote_names_its_speaker(matcher):
    body = "“We will not accept these terms.” This was stated by Ann Vale on Monday."
    assert _said(_speakers(matcher, body))[0] in ("Ann Vale", "person_ann_vale")


@pytest.mark.parametrize(
    ("body", "first"),
    [
        (
            "Vladimir Putin met students in Kaliningrad. “Ask me anything,” he said. A young man "
            "from the back rows asked: “Will the grants be extended next year?”",
            "person_vladimir_putin",
        ),
        # not the Secretary-General, who spoke last
        (
            '"Prove me wrong," Antonio Guterres told the assembly. "He says the same thing '
            'every year," one European diplomat said on condition of anonymity.',
            "person_antonio_guterres",
        ),
    ],
)
def test_one_unnamed_person_asking_or_saying_is_nobody_in_particular(matcher, body, first):
    rows = _speakers(matcher, body)
    assert rows[0][0] == first
    assert rows[1][:2] == (None, None)


def test_a_pronoun_after_an_opening_phrase_is_the_subject_of_a_colon_clause(matcher):
    body = (
        "Dmitry Peskov answered questions from reporters. Asked about the reports of a new "
        "wave of sanctions, he was brief: “We have heard these threats many times.”"
    )
    assert _speakers(matcher, body)[0][0] == "person_dmitry_peskov"


def test_a_title_alone_is_not_a_name_someone_only_speaks_of():
    body = (
        "Tom Reyes greeted the delegation. “Ask Ivan Petrov about the bridge,” he said. "
        "The Director said that the plan was ready."
    )
    written = [(0, 9, "Tom Reyes"), (body.index("Ivan"), body.index("Ivan") + 11, "Ivan Petrov")]
    quoted = [(body.index("“") + 1, body.index("”"))]
    head = "person_vladimir_putin"
    _, found = title_anaphora(body, [], written, head, quoted)
    assert [name for _, _, name in found] == ["Tom Reyes"]
    _, unguarded = title_anaphora(body, [], written, head)
    assert [name for _, _, name in unguarded] == ["Ivan Petrov"]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "Vladimir Putin met with Governor of the Tula Region Anna Veltova and Minister of "
            "Sport Oleg Matytsin.\n\nThe head of the region spoke about new schools. “Four of "
            "them will open in September, and two more next year.”",
            "veltova",
            id="the head of the region: any title named with the region",
        ),
        pytest.param(
            "Minister of Trade Anna Veltova hosted Foreign Minister of Chile Tomas Reyes in "
            "Moscow.\n\nThe Trade Minister called the talks useful. “We agreed to lower the "
            "tariffs on fruit and machinery by next spring.”",
            "veltova",
            id="a title's words are those named with it, not the neighbour's",
        ),
        pytest.param(
            "Before the ceremony, the President spoke with Ambassador of the Republic of Peru "
            "Ana Torres and Ambassador of Kenya John Mwangi.\n\nThe Ambassador of Kenya "
            "recalled his years as a student in Kazan. “I still remember the winters there and "
            "the friends I made.”",
            "mwangi",
            id="the ambassador of a country",
        ),
        pytest.param(
            "Vladimir Putin met with Tomas Reyes.\n\nThe two also discussed trade. In Tomas "
            "Reyes's words, the new port “will change the life of the whole region.”",
            "reyes",
            id="in someone's words, a quote later in the sentence",
        ),
        pytest.param(
            "Vladimir Putin met with medical workers in Tver. Among them was nurse Olga "
            "Smirnova. The President asked her what she liked most about her work.\n\n“The "
            "patients. They always find a kind word for us.”",
            "smirnova",
            id="the answer of the one asked",
        ),
        pytest.param(
            "Vladimir Putin met with Governor of the Kaluga Region Sergei Vetrov and Governor "
            "of the Tula Region Olga Dymova.\n\nThe Governor of the Tula Region described the "
            "new industrial park. “Nine companies have signed on, and the first plant opens "
            "in May.”",
            "dymova",
            id="the governor of a region named: the one named with that region",
        ),
        pytest.param(
            "Vladimir Putin had a meeting with Head of the Federal Forestry Agency Ivan "
            "Sorokin.\n\nThe President asked how quickly the fires had been put out last "
            "summer.\n\n“Most within a day. The satellites now see a fire of one hectare.”",
            "sorokin",
            id="asked whether, no one said to be asked: the other one answers",
        ),
    ],
)
def test_the_context_names_the_speaker_of_a_quote_standing_alone(matcher, body, speaker):
    assert speaker in str(_said(_speakers(matcher, body))[-1]).lower()


def test_the_person_a_sentence_opens_with_speaks_next(matcher):
    body = (
        "Olga Smirnova asked for help with a new hospital in her district. Vladimir Putin "
        "supported the request. “Let us do it this year, without delay.”"
    )
    assert _said(_speakers(matcher, body))[-1] == "person_vladimir_putin"


def test_greetings_from_someone_unknown_are_not_the_publisher_head_s():
    from pipelines.nlp.quotes import read_out_sender

    body = (
        "The guest conveyed greetings from the leadership of his country. “We remember our "
        "friends.” Then Anna Veltova read out a message of greetings. “Dear friends, …”"
    )
    spans = split_sentences(body)
    first, second = body.index("“We"), body.index("“Dear")
    head = "person_vladimir_putin"
    assert read_out_sender(body, first, spans, [], head) is None
    assert read_out_sender(body, second, spans, [], head) == head


def test_the_one_quoted_by_him_or_her_is_the_person_the_pronoun_stands_for(matcher):
    body = (
        "Vladimir Putin: Last week I spoke with Olaf Scholz. I will quote him exactly: "
        "“Nobody in Europe wants a new wall.” I take these words seriously."
    )
    # the turn is Putin's, the words he quotes Scholz's
    assert _said(_speakers(matcher, body)) == ["person_vladimir_putin", "person_olaf_scholz"]


@pytest.mark.parametrize(
    "intro",
    [
        "The Treaty on the Creation of the Union State says it plainly:",
        "The UN Charter is very clear on this:",
    ],
)
def test_a_legal_text_s_wording_is_no_one_s(matcher, intro):
    body = f"Sergei Lavrov: Our position is well known. {intro} “The Parties shall refrain from the threat of force.”"
    # the turn is Lavrov's, the wording he cites no one's
    assert _said(_speakers(matcher, body)) == ["person_sergei_lavrov", None]


def test_a_preposition_after_a_speech_verb_opens_no_speaker(matcher):
    body = (
        "Mikhail Mishustin spoke about small businesses. “More than 30,000 companies have "
        "applied.” Elvira Nabiullina, for her part, warned against relaxing too early. "
        "“Inflation expectations remain high.”"
    )
    said = _said(_speakers(matcher, body))
    assert said[0] == "person_mikhail_mishustin"
    assert "against" not in str(said)


def test_offering_help_sends_no_message(matcher):
    from pipelines.nlp.quotes import message_sender

    body = (
        "The Russian leader asked Kassym-Jomart Tokayev to pass on his sympathy. Minister "
        "Alexander Kurenkov has offered to send a team of rescuers. “We share your grief,” "
        "the message reads."
    )
    spans = split_sentences(body)
    at = body.index("We share")
    after = (body.index("the message"), len(body))
    mentions = [
        (body.index("Alexander"), body.index("Alexander") + 18, "person_kurenkov", "person"),
    ]
    head = "person_vladimir_putin"
    assert message_sender(body, at, after, spans, mentions, head) == head


def test_a_message_introduced_in_the_next_paragraph_is_not_the_quote_before():
    from pipelines.nlp.quotes import message_attribution

    body = "The actor liked to say: “The stage forgives nothing.”\n\nThe message reads: “…”"
    first = body.index("The stage")
    assert message_attribution(body, first, body.index("”") + 1) is None


@pytest.mark.parametrize(
    "intro",
    [
        "A question then came from the back of the hall:",
        "Asked by a reporter whether",
    ],
)
def test_words_of_someone_in_the_audience_are_no_one_s(matcher, intro):
    body = (
        "Olaf Scholz spoke after the talks. “We stand by Ukraine,” he said. "
        f"{intro} “the door to dialogue is closed for good”, Scholz said it was not."
    )
    assert _said(_speakers(matcher, body))[-1] is None


def test_a_foreign_ministry_s_unsigned_message_is_its_minister_s(matcher):
    articles = pl.DataFrame(
        {
            "article_id": ["https://www.mid.ru/en/foreign_policy/news/1/"],
            "body": [
                "The Minister sent greetings to the forum. The message reads: “Your forum keeps a fine tradition alive.”"
            ],
            "published_date": [date(2022, 3, 1)],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    _, quotes = extract_actors_and_quotes(articles, matcher)
    assert quotes["speaker_actor_id"].to_list()[-1] == "person_sergei_lavrov"


def test_the_minister_on_a_foreign_ministry_s_site_is_its_own(matcher):
    articles = pl.DataFrame(
        {
            "article_id": ["https://www.mid.ru/en/foreign_policy/news/2/"],
            "body": [
                "Sergey Lavrov held talks with Minister of Foreign Affairs of Turkey Mevlut "
                "Cavusoglu in Antalya. “We discussed the grain corridor in detail,” the Minister "
                "told the press."
            ],
            "published_date": [date(2022, 3, 10)],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    _, quotes = extract_actors_and_quotes(articles, matcher)
    assert quotes["speaker_actor_id"].to_list() == ["person_sergei_lavrov"]


def test_a_publisher_s_office_is_read_from_its_address():
    from pipelines.nlp.roles import publisher_office

    assert publisher_office("https://www.mid.ru/en/foreign_policy/news/1/") == "foreign minister"
    assert publisher_office("https://www.state.gov/briefings/") == "foreign minister"
    # "state" in another host says nothing; a head of state's office is no ministry
    assert publisher_office("https://www.state.nj.us/governor/") is None
    assert publisher_office("http://en.kremlin.ru/events/president/news/1") is None


@pytest.mark.parametrize(
    ("body", "speakers"),
    [
        (
            # a long apposition, a post online, a comment with its verb first
            "The agency picked two more firms for its lunar programme on Monday.\n\n"
            "“We saw a need for more landers,” Mark Ellery, deputy associate administrator for "
            "exploration in the agency's Science Mission Directorate, said in a call.\n\n"
            "Rosa Linde, the city's mayor, replied online within the hour.\n\n"
            "“We will be ready when the first crews come,” Linde tweeted on Monday night.\n\n"
            "“We're truly excited about the contract,” comments Ellery in a statement.",
            ["Mark Ellery", "Rosa Linde", "Mark Ellery"],
        ),
        (
            # an apposition holding commas, a role in lowercase before the name, "has written"
            "Researchers published the survey on Tuesday.\n\n"
            "“Nobody expected water that far from the sun,” study lead author Nadia Ferrante, a "
            "planetary scientist at the Greenbelt space centre in Maryland, United States, and "
            "at a university nearby, said in a statement.\n\n"
            "“Importers pay the duty, not the exporters abroad,” Owen Tarrant, a senior fellow "
            "at the Harbour Institute-Lowell Tax Policy Center, has written.",
            ["Nadia Ferrante", "Owen Tarrant"],
        ),
        (
            # reviews signed on the line under them
            "Guests left their reviews of the show.\n\n"
            "“The staging was bold and the music even better.”\n\n"
            "– Hana Ito\n\n"
            "“Two hours went by like twenty minutes.”\n\n"
            "— Pablo Serrano",
            ["Hana Ito", "Pablo Serrano"],
        ),
        (
            # a local office before the name, a post-nominal after it, an appeal with its
            # addressee, and "he" after a place named like a person
            "Councilman Darius Webb, who chairs the transit committee, opposed the plan. "
            "“We cannot pay for it,” he said.\n\n"
            "Laura Greene KC, for the city, disagreed. “The money is there,” Greene said.\n\n"
            "Last Thursday, on the council floor, Webb begged members “not to rush it.”\n\n"
            "At Harlow Airport on Monday, Omar Siddiqui, a commuter, said he had waited an "
            "hour for a bus. “Nobody told us anything,” he said.",
            ["Darius Webb", "Laura Greene", "Darius Webb", "Omar Siddiqui"],
        ),
        (
            # "she" after a passive's doer; a sister of the same surname is someone else
            "Tola Adeyemi opened her bakery in 2019.\n\n"
            "Her sister, Kemi Adeyemi, runs the accounts. She said the loan had been planned "
            "for a year. “We cannot afford to get this wrong,” she said.\n\n"
            "The talks were mediated by Ingrid Holm, a retired diplomat. She said: “Both sides "
            "came here tired.”",
            ["Kemi Adeyemi", "Ingrid Holm"],
        ),
        (
            # a person named in a phrase before the pronoun that is the subject; a club
            "The victim's mother, Rosa Vidal, said she could not accept the apology. In a "
            "statement read aloud by the prosecutor, Tomas Brandt, she described that night."
            "\n\n“I opened the door and knew,” she wrote.\n\n"
            "Sam Okoro scored twice against Eastwick Rovers on Saturday.\n\n"
            "“I owed them one,” the striker said.",
            ["Rosa Vidal", "Sam Okoro"],
        ),
        (
            # a company called by its first word after its full name; a partial quote cited
            "Harwick Savings Bank posted a loss for the quarter.\n\n"
            "Higher fees “changed the economics of the sale,” Harwick said.\n\n"
            "Brandel Corp. cited “a softening in demand for office products.”",
            ["Harwick Savings Bank", "org_brandel_corp"],
        ),
    ],
)
def test_news_attributions_after_the_quote_keep_their_speakers(matcher, body, speakers):
    said = _said(_speakers(matcher, body))
    assert len(said) == len(speakers), said
    for got, name in zip(said, speakers, strict=True):
        assert got in (name, "person_" + name.lower().replace(" ", "_")), said


def test_mixed_quotation_marks_pair_and_offices_may_be_listed_before_a_name(matcher):
    body = (
        'Sales rose. “Our third quarter results reflected broad growth," chairman, CEO and '
        'president Craig Menear said in the release. "We are largely on track”, he added. '
        "A “scare” word."
    )
    spans = [body[start:end] for start, end, _ in quotations(body)]
    assert spans == [
        '“Our third quarter results reflected broad growth,"',
        '"We are largely on track”',
        "“scare”",
    ]
    rows = _speakers(matcher, body)
    assert rows[0][0] == "person_craig_menear"


def test_a_body_named_in_full_then_by_its_acronym_alone(matcher):
    body = (
        "The U.S. Harbour Survey said the tide had peaked. “Expect more flooding,” the USHS "
        "said.\n\nThe office was run by the Marine Trust Corp., the agency set up last year. "
        "“No deposits are lost,” the MTC said.\n\nThe Line of Quiet Waters was closed. “We "
        "wait,” the LQW said."
    )
    assert _said(_speakers(matcher, body)) == [
        "org_u_s_harbour_survey",
        "org_marine_trust_corp",
        # (a name no mention holds, spelled by the acronym's letters all the same)
        "Line of Quiet Waters",
    ]


def test_an_acronym_once_spelled_names_its_body_without_the_too(matcher):
    # "the ISU" tells whose letters they are; "An ISU statement" is then the union's, not the
    # court named last
    body = (
        "The International Skating Union will appeal the ruling on Kaspar Velden.\n\n"
        "Now the ISU will take the case to the Court of Arbitration for Sport. An ISU "
        "statement said: “The panel erred.” The statement continued: “We will win.”"
    )
    assert _said(_speakers(matcher, body)) == ["org_international_skating_union"] * 2


def test_a_body_and_a_lowercase_title_before_a_name_make_the_person_the_subject(matcher):
    # "European Commission spokeswoman Marja Kellinen … said “…”": hers, not the Commission's
    body = (
        "The European Commission said fares would rise.\n\nEuropean Commission "
        "spokeswoman Marja Kellinen conceded there were “grey areas” but said “these "
        "are small”."
    )
    assert _said(_speakers(matcher, body)) == ["person_marja_kellinen"] * 2


def test_a_relative_clause_after_a_dash_leaves_its_subject_a_body_not_a_description(matcher):
    # "The WSKF - which said it was “…”": the federation, not the athlete named before
    body = (
        "Katerina Velou said she would run again.\n\nThe tribunal overturned her ban in "
        "March. The WSKF - which said it was “very surprised” by the ruling - may appeal."
    )
    assert _said(_speakers(matcher, body)) == ["WSKF"]


def test_a_knight_named_in_full_after_another_sentence_is_discovered(matcher):
    # "… her first show. Sir Paul Kestrel will play": a knighthood opens the name whatever
    # sentence came before, so "Sir Paul said" later is him
    body = (
        "It will be her first show at the stadium. Sir Paul Kestrel will play at half-time."
        "\n\nSir Paul said: “There is nothing bigger.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_paul_kestrel"]


def test_he_opening_the_sentence_after_a_name_tells_that_name_s_gender(matcher):
    # "Tama Velaga" only suggests a woman; "He told reporters" right after the sentence
    # "Velaga" opens says he is a man, so the later "He added" is his, not another man's
    body = (
        "All Blacks captain Tama Velaga says the tourists will be fearsome.\n\nBut Velaga, "
        "in England for the charity match, backed his side to win. He told reporters: “We are "
        "ready.”\n\nVelaga will meet Brian Kestle at the ground. Kestle leads a side coached "
        "by Tom Reyes. “It will be good to see them,” Velaga said. The veteran called the tour "
        "“the biggest thing”. He added: “It is the talk of the country.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_tama_velaga"] * 4


def test_they_is_no_country_whose_adjective_only_qualifies_people(matcher):
    # "the table of five Italian guests - causing the fight, they said": the guests are
    # Italian, but Italy says nothing
    body = (
        "The band were held after a brawl at a Munich club.\n\nThat led to one of them "
        "falling onto the table of five Italian guests - causing the “fight”, they said."
    )
    assert _said(_speakers(matcher, body)) != ["country_ita"]


def test_it_after_a_sentence_a_described_body_opens_is_that_body(matcher):
    # "The ministry said NATO must “…”. “…,” it said": the ministry goes on, not NATO
    body = (
        "“We condemn this act,” the Chinese foreign ministry said in a statement.\n\nThe "
        "ministry said NATO must “bear full responsibility” for the deaths of three "
        "reporters killed when missiles struck the embassy, and demanded an inquiry.\n\n“The claim "
        "that this was a mistake deceives nobody,” it said."
    )
    assert _said(_speakers(matcher, body))[-1] == _said(_speakers(matcher, body))[0]
    assert _said(_speakers(matcher, body))[-1] != "org_nato"


def test_a_person_after_another_s_verb_is_no_newcomer_who_speaks(matcher):
    # "US coach Patrick Vance wants Andy Rodd … to play more on clay. “…”": the coach goes on
    # to speak, not the player his verb takes
    body = (
        "“What a great way to finish the year,” said Rafael Nadir afterwards. US coach "
        "Patrick Vance wants Andy Rodd and the rest of his team to play more tennis on clay. "
        "“I think it will help these guys even on slow hard courts.”"
    )
    assert _said(_speakers(matcher, body))[-1] == "person_patrick_vance"


def test_a_title_after_a_capitalized_article_is_no_person(matcher):
    # "The film, A Quiet Story, chronicles …": a title, so "The 41-year-old singer" is the
    # singer named before it
    body = (
        "Singer George Kestle has said a new film about his life marks his retirement.\n\n"
        "The film, A Quiet Story, chronicles his career. The 41-year-old singer told "
        "reporters that he wanted to “move on”."
    )
    assert _said(_speakers(matcher, body)) == ["person_george_kestle"]


def test_a_description_by_the_last_word_of_a_name_written_before_is_no_person(matcher):
    # "the Harbin Ice Festival … The festival praises him": the festival, not the actor
    body = (
        "Actor Daniel Kestle will be given an award at the Harbin Ice Festival.\n\nKestle "
        "has been there four times. The festival praises him for his “sensational start”."
    )
    assert _said(_speakers(matcher, body)) == ["Harbin Ice Festival"]


def test_a_club_before_a_lowercase_title_and_a_name_is_no_person_written():
    # "Kestle Sharks director of rugby Tom Quill": the club qualifies his title
    body = "Kestle Sharks director of rugby Tom Quill has re-opened the debate."
    assert [name for _, _, name in written_names(body, [])] == ["Tom Quill"]


def test_a_surname_with_himself_after_it_is_the_man_of_that_family(matcher):
    # "Ozzy Kestle … his wife Sharon Kestle … Kestle himself was at a loss": Ozzy
    body = (
        "Rock star Ozzy Kestle says the show is over.\n\nHis wife Sharon Kestle managed the "
        "family business for years. Kestle himself was at a loss to explain it: “We were just "
        "being ourselves.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_ozzy_kestle"]


def test_a_description_passes_over_a_person_in_a_sentence_he_opens(matcher):
    # "He was once threatened with the sack by boss Tom Reyes … the defender said": the
    # defender is the one "he" is, not the boss
    body = (
        "Richard Dunmore is ready to stay at Kestle City.\n\nHe was once threatened with the "
        "sack by City boss Tom Reyes but has since played well. Talks have begun and the "
        "defender said: “I want to stay.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_richard_dunmore"]


def test_a_sentence_and_he_opens_is_about_the_one_named_before(matcher):
    # "And he also denied reports that Jacques Vantini had been paid. “…,” said the sporting
    # director": the director who denied, not Vantini
    body = (
        "Frank Arnsen said the coach had left for personal reasons.\n\nAnd he also denied "
        "reports that Jacques Vantini had been given a pay-off. “That is nonsense,” said the "
        "sporting director."
    )
    assert _said(_speakers(matcher, body)) == ["person_frank_arnsen"]


def test_the_report_is_the_source_the_sentence_before_names_after_its_verb(matcher):
    # "…, said market analyst Kestrometer. They use “pester power” …, the report said": the
    # analyst's report
    body = (
        "Children in Britain have the most pocket money in Europe, a report suggests.\n\n"
        "Children aged 10 to 17 had an income of £775, said market analyst Kestrometer. They "
        "use “pester power” to get their parents to pay, the report said."
    )
    assert _said(_speakers(matcher, body)) == ["Kestrometer"]


def test_a_description_that_tells_a_gender_is_a_person_of_that_gender(matcher):
    # "Describing Mr Kestle as “a good person”, the mother-of-nine said": his mother, not him
    body = (
        "Mr Kestle, 46, denies the charges. His mother Katherine Kestle told reporters that "
        "her son was innocent. Describing Mr Kestle as “a good person”, the mother-of-nine "
        "said she feared for him."
    )
    assert _said(_speakers(matcher, body)) == ["person_katherine_kestle"]


def test_the_band_is_no_member_of_it(matcher):
    # "Singer Liam Kestle … The band said they were victims of an “unprovoked attack”": the
    # band, not its singer
    body = (
        "Singer Liam Kestle has been fined after a fight in a hotel.\n\nKestle was arrested "
        "with drummer Alan Whyte. The band said they were victims of an “unprovoked attack”."
    )
    assert _said(_speakers(matcher, body)) not in (["person_liam_kestle"], ["person_alan_whyte"])


def test_they_is_no_country_named_as_a_place(matcher):
    # "pictures of her honeymoon in Fiji … “…,” they added": the magazine's staff, not Fiji
    body = (
        "The singer clashed with a magazine for publishing pictures of her honeymoon in Fiji "
        "without permission.\n\n“Coming from a celebrity who sold her wedding pictures, the "
        "issue is hardly privacy,” they added."
    )
    assert _said(_speakers(matcher, body)) != ["country_fji"]


def test_it_is_no_country_whose_short_name_only_qualifies_a_noun(matcher):
    # "The US tycoon … has approached the board with “detailed proposals”, it has confirmed":
    # the club confirmed, not the United States
    body = (
        "Malcolm Glaze has made a fresh approach to buy the club.\n\nThe US tycoon, who has "
        "been wooing the club for a year, has approached the board with “detailed proposals”, "
        "it has confirmed."
    )
    assert _said(_speakers(matcher, body)) != ["country_usa"]


def test_a_body_keeps_the_country_that_opens_its_name(matcher):
    body = (
        "Rates were left on hold on Thursday.\n\n"
        "The British Chambers of Commerce (BCC) said it was “worried by the calls” for a"
        " rise.\n\n"
        "The talks failed, the US Trade Representative's Office said. “We want to act early,”"
        " it said."
    )
    # (the body whose words the sentence before reported says "it", not the one before)
    assert _said(_speakers(matcher, body)) == [
        "org_british_chambers_of_commerce",
        "org_us_trade_representative_s_office",
    ]


def test_a_statement_issued_on_behalf_of_someone_is_theirs(matcher):
    body = (
        "Trade talks resumed in Geneva.\n\n"
        "“There is no single customs office,” a statement issued on behalf of Rob Tallis,"
        " the trade representative, said."
    )
    assert _said(_speakers(matcher, body)) == ["person_rob_tallis"]


def test_a_work_s_title_is_no_person_and_who_told_makes_a_speaker(matcher):
    body = (
        "Tom Brady's film Mara Selwyn will lead British hopes at the awards.\n\n"
        "Ann Kettle and Joan Harte were both nominated for their roles. It is also a first"
        " nomination for Harte, 52, who told BBC Radio she had not expected it. “I can't"
        " believe what has happened this morning,” she said."
    )
    assert _said(_speakers(matcher, body)) == ["person_joan_harte"]


def test_one_the_quotation_calls_by_a_first_name_does_not_say_it(matcher):
    body = (
        "Kestle United manager Tom Reyes signed a new contract on Thursday.\n\n"
        "Meanwhile, Reyes has rapped captain Piotr Walden for his comments before the derby."
        "\n\nWalden spoke of his dislike of the club's rivals ahead of the match. “I've had"
        " more than a quiet word with Piotr,” he told the club's website."
    )
    assert _said(_speakers(matcher, body)) == ["person_tom_reyes"]


def test_a_place_written_before_a_noun_is_no_person(matcher):
    body = (
        "Music news.\n\nThe rapper Jon Vale released an album. Driving home from a late-night"
        " Los Angeles recording session in 2002, he was hurt in a crash. “I thank God that I"
        " am still here,” he later said."
    )
    assert _said(_speakers(matcher, body)) == ["person_jon_vale"]


def test_a_name_after_a_clause_with_its_auxiliary_is_the_one_who_replies(matcher):
    body = (
        "England named their team on Friday.\n\n"
        "Coach Tom Reyes also revealed that Dan Obi will start alongside Jon Kettle. When"
        " asked if Obi and Kettle would start Reyes replied: “I could tell you yes.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_tom_reyes"]


def test_said_is_no_word_of_an_unnamed_spokesman(matcher):
    body = (
        "The band cancelled two concerts.\n\n"
        "Mills could “hardly stand up”, said a band spokesman, who added he was now “resting”"
        " in hospital."
    )
    rows = _speakers(matcher, body)
    assert [text for _, text, _ in rows] == ["a band spokesman", "a band spokesman"]


def test_a_daughter_named_after_her_father_s_possessive_bears_his_surname(matcher):
    body = (
        "Festival news.\n\n"
        "Organiser Tom Keel said tickets would carry photographs. Many fans travel to Mr Keel'"
        " farm each year. When the idea was floated, Mr Keel' daughter Emily said it would be"
        " “quite a big step” and they were “going as far as we can” to cut touting. “It might"
        " really work,” she said."
    )
    assert _said(_speakers(matcher, body)) == ["person_emily_keel"] * 3


def test_the_newspaper_is_the_masthead_named_before(matcher):
    body = (
        "Jobs for women are scarce.\n\n"
        "Earlier this week, the local Harbour News said the minister had caused uproar. The"
        " newspaper said many women found his words “a pitiful excuse”.\n\n"
        "A Sunday Kestle Times report said the deal was close. The paper said the talks were"
        " “at a critical stage”."
    )
    assert _said(_speakers(matcher, body)) == ["org_harbour_news", "org_sunday_kestle_times"]


def test_an_object_pronoun_after_a_subject_and_its_reflexive_is_that_subject(matcher):
    body = (
        "England won in Cardiff.\n\n"
        "Coach Tom Reyes praised debutant Dan Obi afterwards. Reyes now has a tricky decision"
        " over whether to drop him. Obi himself, at least outwardly, appeared unaffected by the"
        " treatment dished out to him by Jon Kettle. “I want more of that,” he said."
    )
    assert _said(_speakers(matcher, body)) == ["person_dan_obi"]


def test_a_relative_named_after_an_owner_s_possessive_speaks_not_the_owner(matcher):
    body = (
        "Tapes sold.\n\n"
        "The family of sound engineer Tom Kettle kept the tapes for years.\n\n"
        "“We have had them for years. And frankly, we could use the money,” Mr Kettle's son"
        " Dan, 57, said before the auction.\n\n"
        "“It was hard to let them go,” Mr Kettle's daughter Ann said. “He called them his"
        " spares,” his son said."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_dan_kettle",
        "person_ann_kettle",
        "person_dan_kettle",
    ]


def test_the_paper_is_the_daily_a_story_introduced_by_its_kind(matcher):
    body = (
        "Racism row.\n\n"
        "And Spanish daily Kestle Diario accuses English reporters of a witch-hunt. “Perhaps it"
        " was because their team had played so poorly,” the paper said."
    )
    assert _said(_speakers(matcher, body)) == ["org_kestle_diario"]


def test_he_said_never_stands_for_an_event_or_a_body_written_in_capitals(matcher):
    body = (
        "Ireland win.\n\n"
        "Ireland fly-half Tom Reyes hailed his side's 19-13 victory over England. The Munster"
        " number 10 kicked 14 points to help keep alive their Grand Slam hopes. He told"
        " reporters: “We made hard work of it.”\n\n"
        "Joe Obi could make his debut. Last December, the International Rugby Board confirmed"
        " that he was eligible. “It is fantastic,” he said."
    )
    assert _said(_speakers(matcher, body)) == ["person_tom_reyes", "person_joe_obi"]


def test_one_named_after_a_preposition_and_a_lowercase_description_is_an_object(matcher):
    body = (
        "Talks fail.\n\n"
        "Tom Reyes arrived in Leeds on Monday. He later held talks with party leader Dan"
        " Kettle. “We agreed on nothing,” he said.\n\n"
        "Joe Obi has been dropped from the side. The striker said he has not had the backing"
        " of boss Martin Vale since his move. “I can't understand why I am in this"
        " situation,” he said.\n\n"
        "Ann Vale spoke of a search. “We searched for hours,” Ann Vale said. Dan Kettle and his"
        " colleague Mary Obi raised the issue of equipment. “A good camera costs as much as a"
        " car,” she said."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_tom_reyes",
        "person_joe_obi",
        "person_ann_vale",
        # (a subject joined to another by "and" is no object)
        "person_mary_obi",
    ]


def test_a_demonym_as_the_speaker_is_the_person_the_story_is_about(matcher):
    body = (
        "Prize money row.\n\n"
        "World number one Ann Vale has criticised Wimbledon over prize money. Reacting to a"
        " disputed comment by All England Club chairman Tom Reyes, the American said: “I think"
        " it is highly insulting.”\n\n"
        "Dan Kettle won in three sets. “I was lucky,” the Briton said.\n\n"
        "The ruling went against the Dutch claim. “We disagree with the ruling,” the"
        " Netherlands said."
    )
    # (a country named with "the" is the state still)
    assert _said(_speakers(matcher, body)) == [
        "person_ann_vale",
        "person_dan_kettle",
        "country_nld",
    ]


def test_a_name_opening_with_a_number_is_no_one_he_stands_for(matcher):
    body = (
        "TV standards.\n\n"
        "Comedian Tom Reyes has attacked British television.\n\n"
        "Speaking to the Radio Times, the Two Jesters star said there is too much bad"
        " language. “You get fed up watching shows with no care,” he complained."
    )
    # (him by his actor or by his name only written, not the show)
    said = _said(_speakers(matcher, body))
    assert [s and s.replace("person_tom_reyes", "Tom Reyes") for s in said] == ["Tom Reyes"]


def test_a_describing_word_opening_the_sentence_is_no_part_of_a_written_name(matcher):
    body = (
        "Scotland lost again.\n\n"
        "Defiant Matt Williams insists Scotland are moving in the right direction. “We are"
        " building,” he said."
    )
    said = _said(_speakers(matcher, body))
    assert [s and s.replace("person_matt_williams", "Matt Williams") for s in said] == [
        "Matt Williams"
    ]


# Who speaks, in news prose: (what the case shows, the text, the speaker of each quote).
_SPEAKER_CASES = [
    pytest.param(
        (
            "Retail sales.\n\n"
            "“It is a result,” said Tom Reyes, an analyst at Crane Securities. However, one"
            " dealer, who asked not to be named, told Reuters the sales were “not what people had"
            " hoped for”. “Christmas has been tough for the whole sector,” he said.\n\n"
            "“Margins held,” said Ann Vale, a broker at Kettle Partners. A dealer in London said"
            " the figures were weak. “Nobody is buying,” she said.\n\n"
            # (the trade described after a name is that person's: no one unnamed)
            "Dan Kettle, a chemist from Omsk, told the panel about his work. “We make"
            " membranes,” he said."
        ),
        [
            "person_tom_reyes",
            None,
            None,
            "person_ann_vale",
            None,
            "person_dan_kettle",
        ],
        id="he_after_an_unnamed_one_of_a_trade_is_that_unnamed_one",
    ),
    pytest.param(
        (
            "Film news.\n\n"
            "Director Ann Vale has cast the comedy, her spokesman said. Vale, who met Tom Reyes"
            " and Dan Kettle last year, now wants a sequel.\n\n"
            "“I did not want to name anyone until it was all signed.”\n\n"
            # (a passive subject is acted on: the one acting speaks)
            "The minister was shown around the new plant by its director, Mary Obi.\n\n"
            "“Five years ago we imported most of our machine tools.”"
        ),
        ["person_ann_vale", "person_mary_obi"],
        id="a_quote_standing_alone_is_the_subject_s_of_the_sentence_before",
    ),
    pytest.param(
        (
            "Film row.\n\n"
            "Director Tom Reyes said the studio feared the book's themes. “We will keep the film"
            " as bold as we can,” he said.\n\n"
            "Ann Vale has denied her books are hostile to religion. Her agent told the Times"
            " newspaper that Vale was happy with the film so far. “Of course the studio wants to"
            " make money, but Mr Reyes is a fine director.”"
        ),
        ["person_tom_reyes", None],
        id="a_quote_after_someone_s_unnamed_agent_reported_is_the_agent_s",
    ),
    pytest.param(
        (
            "Campaign trail.\n\n"
            "Peter Dorne won two states on Tuesday.\n\n"
            "Dorne, who leads in delegates, mocked his rival for “having a very tough night” in"
            " the south.\n\n"
            "Walter Kemp also lamented a climate in which voters “simply hate each other” over"
            " politics.\n\n"
            "Reuters quoted a campaign official as pointing to “a long night for all of us” ahead.\n\n"
            "The governor faced criticism on Monday, while the party's chairman praised the “bold"
            " new plan” of the mayor."
        ),
        ["person_peter_dorne", "person_walter_kemp", None, None],
        id="quoted_words_deep_in_a_sentence_about_a_named_person_are_that_person_s",
    ),
    pytest.param(
        (
            "Media study.\n\n"
            "Not everything Peter Dorne says is true, and Walter Kemp said Dorne is “telling his"
            " supporters what they want to hear.”\n\n"
            "Tom Hale says he was “kind of riding the fence” until Ann Vale said she was backing"
            " the senator."
        ),
        ["person_walter_kemp", "person_tom_hale"],
        id="a_quote_in_a_reported_clause_is_the_reporter_s_not_the_clause_subject_s",
    ),
    pytest.param(
        (
            "Owner weighs a run.\n\n"
            "Billionaire Mark Cuban said on Sunday he might run for office one day.\n\n"
            "“I would consider it, but not this year,” Cuban said in an interview.\n\n"
            "In Havana, the Cuban government said “we do not comment on such things.”"
        ),
        ["person_mark_cuban", "Cuban government"],
        id="a_surname_that_is_a_country_s_adjective_is_the_person_named_in_full",
    ),
    pytest.param(
        (
            "Senate votes.\n\n"
            "Peter Sanders voted against the bill in 2001.\n\n"
            "Sanders said after the vote that he had “very serious concerns about the goals of"
            " the industry.”\n\n"
            "Londoners said on the radio that they had “no idea what the vote was about.”"
        ),
        ["person_peter_sanders", None],
        id="a_surname_ending_like_a_town_s_people_is_no_people_at_large",
    ),
    pytest.param(
        (
            "Old friends.\n\n"
            "In 2008, Senator John Kemp distanced himself from President Walter Bush. Bush was"
            " unpopular, historian Allan Lichtman said.\n\n"
            '"Why in the world would you try to cozy up to Walter Bush?" Lichtman said about the'
            " effort to play down the ties.\n\n"
            "“Is this a good relationship, who knows?” Kemp told Britain’s ITV television in an"
            " interview."
        ),
        ["person_allan_lichtman", "person_john_kemp"],
        id="an_attribution_after_a_question_goes_on_with_what_or_whom_it_was_said_to",
    ),
    pytest.param(
        (
            "Convention floor.\n\n"
            "“He is not finished yet,” whispered the Harbour Party person as we left the hall.\n\n"
            "The crowd cheered as the nominee spoke.\n\n"
            "“This is fantastic!” beamed Donald Hartley of Madison, who came to the floor.\n\n"
            "“He said we should all get along. Who is he talking about?” reacted Peter Trump."
        ),
        [None, "person_donald_hartley", "person_peter_trump"],
        id="any_verb_in_the_past_between_an_open_quotation_and_a_name_is_how_they_said_it",
    ),
]


_SPEAKER_CASES += [
    pytest.param(
        (
            "Ballot row.\n\n"
            "The challenge to Peter Dorne was rejected.\n\n"
            "As if answering him directly, the Harbour Board of Elections was firm in its"
            " findings: “Further discussion of this issue is unnecessary.”\n\n"
            "“Guns kill children,” Walter Kemp, the former governor of Vermont, proclaimed to a"
            " cheering crowd on Tuesday."
        ),
        ["Harbour Board", "person_walter_kemp"],
        id="a_colon_s_clause_or_a_name_before_any_verb_in_the_past_introduces_the_quotation",
    ),
    pytest.param(
        (
            "Budget fight.\n\n"
            "Harbour senator Peter Sanders spoke in Dover on Monday.\n\n"
            # (a surname the parser takes for a common noun is still the clause's named subject)
            "Sanders has made his fortune a centrepiece of his campaign and has boasted of his"
            " willingness to spend “whatever it takes” of his own money to win.\n\n"
            # (what a clause says after "worried that" is the worrier's)
            "In the depths of the slump, Ann Vale worried that the welfare system was becoming"
            " “a hammock that lulls people into idleness.”\n\n"
            # (a relaying verb on the way up passes the words on from someone unnamed)
            "The Harbour Gazette reported that the losses had been hidden abroad for years, and"
            " quoted an unnamed ministry official as saying they had been “hidden in plain sight"
            " for a decade.”"
        ),
        ["person_peter_sanders", "person_ann_vale", None],
        id="the_main_clause_s_named_subject_over_a_that_clause_and_not_over_a_relaying_verb",
    ),
    pytest.param(
        (
            "Schools report.\n\n"
            # (a passive main clause: its doer, named beside a title)
            "Faith schools in Dover were singled out by the chief inspector, Ann Vale, for failing"
            " to teach the “wider values of the republic”."
        ),
        ["person_ann_vale"],
        id="the_doer_of_a_passive_main_clause_named_beside_a_title",
    ),
    pytest.param(
        (
            "Debate night.\n\n"
            "Tom Hale interrupted Peter Dorne as he spoke about public land.\n\n"
            # (a rejoinder in an irregular past)
            "“Tom wants to be a tough guy tonight,” Dorne shot back. “Let me talk.”\n\n"
            "Radio host Ann Vale asked Dorne about the row.\n\n"
            # (the one a question went to ends the attribution)
            "“Did you know whose words those were?” Vale asked him.\n\n"
            # (a time clause's verb, closed by its comma, is not the one that reports)
            "Later in the show, after the Dorne interview concluded, Vale stated that the report"
            " “was not good.” Adding, “Like all of his rows, what he does is never that bad. It"
            " is how he handles it.”"
        ),
        ["person_peter_dorne"] * 2 + ["person_ann_vale"] * 3,
        id="a_rejoinder_a_question_asked_of_someone_and_a_time_clause_s_verb",
    ),
    pytest.param(
        (
            "Old rivals.\n\n"
            "As governor in 1983, Tom Hale was photographed having a beer with Peter Dorne at a"
            " fair. When Dorne died in 1998, President Hale released the following statement:\n\n"
            # (a time clause opening the sentence: its subject is not the one who speaks)
            "“I offer my condolences to the family and friends of Peter Dorne. I remember"
            " working with him at the governors’ conference.”"
        ),
        ["person_tom_hale"],
        id="the_subject_of_an_opening_time_clause_does_not_introduce_the_quote",
    ),
    pytest.param(
        (
            "Tax row.\n\n"
            "Senator Peter Dorne and Governor Tom Hale spoke in Dover.\n\n"
            # ("went after Hale": a preposition, no clause of Hale's; "and asserting" goes on
            # with the participle before it)
            "Dorne went after Hale on Wednesday over his refusal to release his taxes, calling"
            " it “disqualifying” and asserting that the only explanation must be “a bombshell"
            " of unusual size.”\n\n"
            # (a name in a clause about someone else, or naming a thing after "the", reports
            # nothing)
            "Hale, who has been in daily contact with the Dorne campaign for months, arrived at"
            " a breakfast with no clear explanation and acknowledged that he had only “read the"
            " passages real quickly.”"
        ),
        ["person_peter_dorne", "person_peter_dorne", "person_tom_hale"],
        id="the_subject_over_a_preposition_s_name_a_relative_clause_and_the_x_campaign",
    ),
    pytest.param(
        (
            "Convention notebook.\n\n"
            "Senator Harry Vale spoke with the Dover delegation on Wednesday morning.\n\n"
            '"He can have his briefings," Vale said. "But I hope they are fake."\n\n'
            "Quotable.\n\n"
            # (a quotation signed on the line under it with a hyphen, a stop or who they are)
            '"The whole idea of a crooked rival is something we hear about all the time, and'
            ' it needs to stop."\n\n'
            "-Michelle Marks, Philadelphia."
        ),
        ["person_harry_vale", "person_harry_vale", "Michelle Marks"],
        id="a_quotation_signed_under_it_with_a_hyphen_and_who_they_are",
    ),
    pytest.param(
        (
            "Poll roundup.\n\n"
            # (a roundup's item: the name after the dash and before the colon wrote it)
            "TURNOUT ROSE IN THE NORTH - Ann Vale: “At long last the contests have started, and"
            " we now have a first solid glimpse at turnout.”\n\n"
            "The demographic interplay has mattered for the contests - Tom Hale: “Two weeks"
            " ago, his strongest ground had been the South. Now it is the North.”"
        ),
        ["person_ann_vale", "person_tom_hale"],
        id="a_roundup_item_credited_after_a_dash_and_before_a_colon",
    ),
]


_SPEAKER_CASES += [
    pytest.param(
        (
            "Harbour plan.\n\n"
            # (the reporter after a partial quotation is the sentence's source, not its
            # subject; the described one after it is that source)
            "Tom Reyes plans to rebuild the harbour by fostering “risk-taking and capital"
            " investment,” Ann Vale said Monday.\n\n"
            "“They have to stop and listen,” the retired surgeon told a radio station."
        ),
        ["person_ann_vale", "person_ann_vale"],
        id="the_one_described_after_a_partial_quote_s_reporter_is_that_reporter",
    ),
    pytest.param(
        (
            "Debate night.\n\n"
            "Ann Vale had a strong moment.\n\n"
            # (a time clause opening the sentence holds no subject of the colon's clause)
            "When Reyes suggested that Cuba would sue us for reneging, Vale fired back: “If"
            " they sue us in a court in Miami, they’re going to lose,” referencing the large"
            " number of Cuban immigrants."
        ),
        ["person_ann_vale"],
        id="the_subject_after_a_fronted_time_clause_introduces_the_quote",
    ),
    pytest.param(
        (
            "Sentencing.\n\n"
            "Prosecutors asked for a long sentence.\n\n"
            # ("maximum" is no maxim, nor a saying of people at large)
            "A maximum punishment “would help address any false perception that the crime is"
            " justified,” Assistant U.S. Attorney Ann Vale wrote.\n\n"
            # (one unnamed asks; the one named after answers in the quote)
            "Tom Reyes met voters outside the hall before heading inside. At one point, a woman"
            " asked for a photo and Reyes said, “as long as we are not breaking any election"
            " laws.”"
        ),
        ["person_ann_vale", "person_tom_reyes"],
        id="a_maximum_is_no_maxim_and_a_named_answer_follows_an_unnamed_question",
    ),
    pytest.param(
        (
            "Debate.\n\n"
            "Walter Kemp and Peter Dorne spoke on Monday.\n\n"
            # (the one named as an object is not the clause's reporter)
            "Kemp referred to Dorne as “a bright, charismatic leader” but described his"
            " leadership skills as a “work in progress.”\n\n"
            # (a question put by someone, and the words quoted in it, are the asker's)
            "Dorne was asked by moderator Ann Vale whether his plan would risk “adding another"
            " expensive program to an overburdened budget.”\n\n"
            # (words said of someone's remarks are the judge's, not the remarks' owner's)
            "Mary Obi denounced Kemp’s remarks as “hurtful and humiliating” and warned of the"
            " consequences."
        ),
        ["person_walter_kemp"] * 2 + ["person_ann_vale", "person_mary_obi"],
        id="an_object_an_asked_one_or_a_judged_owner_does_not_speak",
    ),
]


_SPEAKER_CASES += [
    pytest.param(
        (
            "Debate.\n\n"
            "Ann Vale and Tom Reyes and Peter Dorne met.\n\n"
            # (a dash introduces the quotation as a colon does)
            "Tom Reyes also embraced enhanced interrogation techniques -- “I think waterboarding"
            " is peanuts compared to what they would do to us.”\n\n"
            # (a participle of tweeting speaks for its clause's subject)
            "Peter Dorne offered a retort on the mogul's preferred mode of communication,"
            ' tweeting at him, "you aren\'t just a loser, you are a liar and a whiner."'
        ),
        ["person_tom_reyes", "person_peter_dorne"],
        id="a_dash_introduces_a_quote_and_tweeting_reports_one",
    ),
    pytest.param(
        (
            "Endorsement.\n\n"
            "Ann Vale spoke on Friday.\n\n"
            # (", saying" speaks for the subject opening the clause after a fronted phrase,
            # not for the one its verbs joined by "and" name as objects)
            "On Thursday, after remaining neutral, Ann Vale appeared with the channel’s Mary"
            " Obi and officially endorsed Tom Reyes, saying, “I think having a fighter in the"
            " lead is exactly what this country needs.”"
        ),
        ["person_ann_vale"],
        id="a_participle_speaks_for_the_subject_opening_its_clause",
    ),
    pytest.param(
        (
            "Comedy.\n\n"
            "Peter Dorne, who starred in comedies, posted the clip online on Thursday.\n\n"
            # (a photo's credit line names no one the description after it stands for)
            "Maude Kettering via Getty Images.\n\n"
            "“What if the senator had elocution lessons?” the 43-year-old asked in the"
            " video’s description."
        ),
        ["person_peter_dorne"],
        id="a_photo_credit_line_names_no_speaker",
    ),
]


def test_a_rejoinder_fired_back_reports_the_words_after_it():
    body = 'Ann Vale fired back that the "people of Dover voted for me twice" for the council.'
    vale = (0, 8, "person_ann_vale", "person")
    assert _reporting_person_in(body, 0, body.index('"'), [vale]) == ("person_ann_vale", "Ann Vale")


@pytest.mark.parametrize(("body", "speakers"), _SPEAKER_CASES)
def test_who_speaks_in_news_prose(matcher, body, speakers):
    assert _said(_speakers(matcher, body)) == speakers


def test_the_government_alone_is_the_government_of_the_story_s_country(matcher):
    body = (
        "HAVANA (Wire) -- The boy will not be returned soon, officials warned.\n\n"
        "“Nothing is certain,” said a government communique.\n\n"
        "Later, Canada's government said it would help. “We stand ready,” the government said."
    )
    assert _said(_speakers(matcher, body)) == ["Cuban government", "Canadian government"]


def test_it_is_the_body_written_out_as_its_sentence_s_subject(matcher):
    body = (
        "BELGRADE -- Missiles hit the television building early Friday.\n\n"
        "The Arcadian government called the attack “a criminal act against journalists.”\n\n"
        "“The aggressors fear the truth,” it said in a statement.\n\n"
        "Canada's government said it would not send ships, and blamed Washington for what "
        "it called “a reckless plan.”"
    )
    # (a document's noun inside a quotation, "act", names no document "it" stands for)
    assert _said(_speakers(matcher, body))[1:] == ["Arcadian government", "Canadian government"]


def test_a_pronoun_opening_a_sentence_that_reports_a_partial_quote(matcher):
    body = (
        "Yusuf Rahman, who chairs the coalition, spoke at the meeting. He asked members “to "
        "put themselves in the shoes of others.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_yusuf_rahman"]


def test_bodies_written_out_as_owned_descriptions_and_subjects(matcher):
    body = (
        "TOKYO (Wire) -- Japan urged Peru to keep talking.\n\n"
        "“The safety of the hostages must come first,” Tokyo’s foreign ministry said.\n\n"
        "In Lima, the Peruvian government repeated that it would not free jailed rebels.\n\n"
        "“The government will not release a single prisoner,” it said in a communique.\n\n"
        "The Kenyan government blamed the violence on “a small band of agitators” and said "
        "the men had plotted.\n\n"
        "“Those who defy the law will be dealt with firmly,” said a government statement "
        "read on the radio.\n\n"
        "“The government will not be blackmailed,” it said."
    )
    assert _said(_speakers(matcher, body)) == [
        "Japanese foreign ministry",
        "Peruvian government",
        "Kenyan government",
        "Kenyan government",
        "Kenyan government",
    ]


def test_an_acronym_in_brackets_is_the_name_written_before_it_whatever_its_initials(matcher):
    body = (
        "Rebels of the Free Aceh Movement (GAM) said on Saturday they would hand in weapons.\n\n"
        "“We will honour every word of the agreement,” GAM said in a statement."
    )
    assert _said(_speakers(matcher, body)) == ["Free Aceh Movement"]


def test_it_is_a_body_that_spoke_as_its_sentence_s_subject_whatever_its_words(matcher):
    # no head noun marks these names as bodies; "it" continuing their words does
    body = (
        "Heavy rain closed the coast road for a third day.\n\n"
        "Tane Rangi, a farmer near the slip, said he had not seen his neighbours since Monday.\n\n"
        "Waka Kotahi said on Thursday it could not yet say when the road would reopen.\n\n"
        "“Crews are working in from both ends,” it said.\n\n"
        "In a media release, NEA said the trial would run for two years.\n\n"
        "“Each phase will be reviewed by a panel,” it said."
    )
    assert _said(_speakers(matcher, body))[-2:] == ["Waka Kotahi", "NEA"]


def test_a_body_called_by_its_noun_is_no_person_described(matcher):
    body = (
        "Voters queued for hours, said Tom Reyes, an organiser in the township.\n\n"
        "The Independent Electoral Commission said shortages of ballot papers had delayed "
        "the opening of polling stations.\n\n"
        "“We are flying in material throughout the day,” the commission said."
    )
    actor, text, _ = _speakers(matcher, body)[-1]
    assert actor is not None and actor.startswith("org_") and "Commission" in text


def test_the_company_is_the_company_written_last(matcher):
    # a company written with its suffix after the organization mentioned last is the one
    body = (
        "The Independent Electoral Commission said it had extended voting hours.\n\n"
        "Coast Range Lumber Co., which bought the timber in 1994, said the ruling would cost "
        "jobs.\n\n"
        "“We paid for this timber in good faith,” the company said.\n\n"
        "Consolidated Edison said it would have 2,000 workers on duty. “Our plants are "
        "ready,” the utility said.\n\n"
        "Trinity Savings Bank blamed the property market.\n\n"
        "“The plan was not given the time it needed,” the thrift said."
    )
    assert _said(_speakers(matcher, body))[-3:] == [
        # (a name with a company's legal form is a discovered company)
        "org_coast_range_lumber_co",
        # (and a name no person bears, of English words, a body: `names_no_person`)
        "org_consolidated_edison",
        "org_trinity_savings_bank",
    ]


def test_a_union_named_before_its_kind_is_its_proper_name(matcher):
    body = (
        "The Force Ouvriere union, the biggest at the plant, warned against job cuts.\n\n"
        "“The workers on the line are not responsible,” the union said."
    )
    assert _said(_speakers(matcher, body)) == ["Force Ouvriere"]


def test_a_relative_called_by_the_given_name_then_by_an_honorific_is_of_the_family(matcher):
    # the spouse introduced by a tie and a given name is "Mrs Hartley" later: Pauline
    # Hartley, never her husband; "Mr Byrne" is the father, not the son called by his name;
    # an accented given name ("Seán") starts a name as its plain form does
    body = (
        "Derek Hartley, 71, and his wife Pauline have lived on Bridge Street for 40 years.\n\n"
        "“We moved everything we could upstairs,” Mr Hartley said.\n\n"
        "Mrs Hartley said the couple had been told the defences would hold.\n\n"
        "“We believed them,” she said.\n\n"
        "Seán Byrne and his wife, Máire, have farmed at Kilmurry for 30 years. Their son, "
        "Cian, runs the dairy side of the business.\n\n"
        "“Nobody here is against renewable energy,” Mrs Byrne said.\n\n"
        "“The inspector walked the land,” said Mr Byrne.\n\n"
        "Gwyneth Pritchard, 74, was added to the waiting list in 2020.\n\n"
        "“I used to walk the dog every morning,” Mrs Pritchard said.\n\n"
        "Her husband, Emyr, 77, has become her carer.\n\n"
        "“She won’t tell you how bad it is,” Mr Pritchard said."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_derek_hartley",
        "person_pauline_hartley",
        "person_maire_byrne",
        "person_sean_byrne",
        "person_gwyneth_pritchard",
        "person_emyr_pritchard",
    ]


def test_a_relative_never_called_by_the_family_name_keeps_the_given_name(matcher):
    # no honorific on the surname: the daughter stays "Zofia", and the surname alone is
    # the mother named in full
    body = (
        "Among them was Agnieszka Dabrowska, who moved to Nelson in 2007. Her daughter, "
        "Zofia, 11, now helps run the reading club.\n\n"
        "“This room gave me a language,” Dabrowska said."
    )
    assert _said(_speakers(matcher, body)) == ["person_agnieszka_dabrowska"]


def test_ranks_and_the_clergy_s_titles_are_no_part_of_the_name(matcher):
    body = (
        "Volunteers sorted food in the church hall.\n\n"
        "“We have more food than places to put it,” said the Rev. Marcus Bell, the pastor.\n\n"
        "“The river is still rising,” Lt Col Tom Reyes said.\n\n"
        "“Our members are not causing this,” said Alhaji Musa Danjuma, the chairman."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_marcus_bell",
        "person_tom_reyes",
        "person_musa_danjuma",
    ]


def test_a_name_with_two_particles_is_one_name(matcher):
    body = (
        "Economist Pieter van der Merwe, of Cape Analytics, estimates the cost at R4 billion "
        "a day.\n\n"
        "“The biggest cost doesn’t show up in the numbers,” said Van der Merwe."
    )
    assert _said(_speakers(matcher, body)) == ["person_pieter_van_der_merwe"]


def test_the_statement_is_the_body_written_as_the_subject_that_issued_it(matcher):
    body = (
        "Rescuers worked through the night in Nairobi.\n\n"
        "The Kenyan government said in a statement that 201 people had been confirmed dead.\n\n"
        "“All available resources have been mobilized,” the statement said.\n\n"
        "The Commercial Farmers Union said more farms had been occupied.\n\n"
        "In a statement Tuesday, the union urged farmers not to retaliate. “Violence will "
        "only make a terrible situation worse,” the statement said."
    )
    assert _said(_speakers(matcher, body)) == [
        "Kenyan government",
        "org_commercial_farmers_union",
    ]


def test_a_described_body_is_the_body_that_acted_as_the_subject_before(matcher):
    body = (
        "NATO missiles hit the building overnight.\n\n"
        "Radio-Television Serbia resumed broadcasting from a back-up studio before dawn. "
        "“We are still on the air,” the station said in a bulletin.\n\n"
        "Greenpeace, whose ships were boarded last week, said the test was a provocation. "
        "“This will not be the last the world hears of Mururoa,” the environmental group "
        "said.\n\n"
        "The Mayfield Police Department said on Facebook that a curfew would be in place. "
        "“Please stay off the streets,” the post said."
    )
    assert _said(_speakers(matcher, body)) == [
        "Radio-Television Serbia",
        "Greenpeace",
        "Mayfield Police Department",
    ]


def test_an_acronym_in_title_case_is_the_body_defined_with_it(matcher):
    body = (
        "The talks were part of a push by the Intergovernmental Authority on Development "
        "(Igad) to revive the agreement.\n\n"
        "In a statement after the talks, Igad said the leaders had agreed to meet again. "
        "“The region will not abandon the people of South Sudan,” the statement said."
    )
    assert _said(_speakers(matcher, body)) == ["Intergovernmental Authority on Development"]


def test_a_name_after_a_family_tie_is_a_person_and_a_club_before_a_title_is_no_one(matcher):
    body = (
        "Kieran O’Donnell scored the winner in overtime.\n\n"
        "His mother, Carol O’Donnell, drove six hours from Kenora for the game.\n\n"
        "“I couldn’t watch overtime,” she said.\n\n"
        "Radcliffe Vale manager Lee Dobbs did not hide his frustration.\n\n"
        "“We were second best for long spells,” he said."
    )
    assert _said(_speakers(matcher, body)) == ["person_carol_odonnell", "person_lee_dobbs"]


def test_answers_after_an_interviewer_s_question_or_a_topic_are_the_interviewee_s(matcher):
    body = (
        "“She took on the Department twice and won twice,” said Tom Reyes, a parent.\n\n"
        "Ms Ann Vale spoke to the Clare Herald in her office this week.\n\n"
        "What will you miss most?\n\n"
        "“The noise. A school is noisy, but it is a happy noise.”\n\n"
        "Dan Cole, the coach, spoke to reporters outside the dressing room.\n\n"
        "On the draw: “Give us anyone at home.”"
    )
    assert _said(_speakers(matcher, body))[1:] == ["person_ann_vale", "person_dan_cole"]


def test_a_nickname_in_quotation_marks_is_part_of_no_quote_and_no_name(matcher):
    body = (
        "The candidates traded barbs on Wednesday night.\n\n"
        "Incumbent Mayor Ricardo “Dodong” Villaflor, who is seeking a third term, defended "
        "his record.\n\n"
        "“You saw the water in 2019 and you see the water now,” he said.\n\n"
        "Tanduay coach Paolo “Pao” Reyes-Javier lamented the slow start. “We dug ourselves "
        "a hole,” he said."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_ricardo_villaflor",
        "person_paolo_reyes_javier",
    ]


def test_a_company_named_in_full_then_by_its_short_name_is_one_actor(matcher):
    body = (
        "“The forecast is a hoped-for goal,” Marlow Hatch & Co. said.\n\n"
        "Fenwick Grain Savings & Loan Association posted a loss for the quarter.\n\n"
        "Fenwick Grain added $18 million to its reserves. “The worst is behind us,” the thrift "
        "said.\n\n"
        "Marlow Hatch says it “will not raise the offer.”"
    )
    assert _said(_speakers(matcher, body)) == [
        "org_marlow_hatch_co",
        "org_fenwick_grain_savings_loan_association",
        "org_marlow_hatch_co",
    ]


def test_a_company_name_holds_no_person_and_its_short_names():
    assert company_short_names("Marlow Hatch & Co") == ["Marlow Hatch"]
    assert company_short_names("Upjohn Inc.") == ["Upjohn"]
    # the first word alone before a word of the company's trade, not before a surname
    assert company_short_names("Norwood Partners Limited Partnership") == [
        "Norwood Partners",
        "Norwood",
    ]
    assert company_short_names("Fenwick Grain Savings & Loan Association") == [
        "Fenwick Grain Savings",
        "Fenwick Grain",
    ]
    # a body's long name, or one opening with its town, has no short name
    assert company_short_names("Des Moines Water Works") == []
    assert company_short_names("National Transportation Safety Board") == []
    # one word before an "&", and one before a word only a business's name ends with
    assert company_short_names("Harlow & Pryce") == ["Harlow"]
    assert company_short_names("Tarn Energy") == ["Tarn"]
    assert company_short_names("Kestrel University") == []


def test_a_company_named_in_full_once_speaks_by_its_first_word_after(matcher):
    body = (
        "An executive at the insurance firm Harlow & Pryce admitted fraud on Monday.\n\n"
        "“We are saddened by the news,” Harlow said in a statement.\n\n"
        "Shares in Tarn Energy, a Welsh oil firm, fell by a fifth after a drilling update. "
        "But Tarn said the field was “still worth developing”.\n\n"
        "Investors sold shares of the lender Quillon after the figures. “We expected worse,” "
        "Quillon said.\n\n"
        "Shares of Kodo Securities jumped on the talk. Merging Ivel Bank and Kodo, the "
        "country's second-largest brokerage firm, would create a giant. Kodo said that “the "
        "talks are at an early stage”."
    )
    assert _said(_speakers(matcher, body)) == [
        "org_harlow_pryce",
        "org_tarn_energy",
        "org_quillon",
        "org_kodo",
    ]
    mentions, _ = _extracted(matcher, body)
    # the body found by one word is named by its full name
    assert mentions.filter(pl.col("actor_id") == "org_kodo")["actor_name"].unique().to_list() == [
        "Kodo Securities"
    ]


def test_a_quote_standing_alone_after_a_body_that_said_something_is_the_bodys(matcher):
    body = (
        "The musical will close early. Its lead, Ann Vale, was praised by critics.\n\n"
        "In a statement on Tuesday, producers Fenn & Lowe Productions said they were "
        "“immensely proud” of the show.\n\n"
        "“The show has not found the audience we hoped for.”"
    )
    assert _said(_speakers(matcher, body)) == ["org_fenn_lowe_productions"] * 2


def test_a_rank_abbreviated_before_a_name_after_the_quote_is_part_of_the_speaker(matcher):
    body = (
        "A man was arrested on Friday.\n\n"
        "“I can confirm that an arrest was made,” police spokesman Capt. Rod Beer said.\n\n"
        "“The samples are being tested,” said Prof. Ann Vale."
    )
    assert _said(_speakers(matcher, body)) == ["person_rod_beer", "person_ann_vale"]


def test_each_quote_says_how_its_speaker_was_found(matcher):
    body = (
        "Ann Vale, the mayor of Kestrel Bay, opened the new bridge on Monday.\n\n"
        "“It took us nine years,” Vale said. “It was worth every one of them.”\n\n"
        "Tom Reyes, who runs the ferry, was less pleased. “My business is finished,” he said.\n\n"
        "“The bridge is safe,” the mayor said.\n\n"
        "“We will sue,” one angry resident said.\n\n"
        "Some called it “a monument to vanity.”"
    )
    quotes = _quotes(matcher, body)
    assert quotes.select("speaker_actor_id", "attribution").rows() == [
        ("person_ann_vale", "named"),
        ("person_ann_vale", "same_speaker"),
        ("person_tom_reyes", "pronoun"),
        ("person_ann_vale", "description"),
        (None, "unnamed"),
        # (people at large, "Some", are nobody in particular on purpose)
        (None, "unnamed"),
    ]
    assert set(quotes["attribution"]) <= set(ATTRIBUTIONS)


def test_a_pronoun_object_keeps_the_focus_on_the_one_it_stands_for(matcher):
    # the last sentence's subject does nothing but act on "her"/"him": the pronoun of the
    # quote is the one the story was about; a subject who speaks there keeps it
    body = (
        "Prices at the Dunmore market doubled this year.\n\n"
        "Halima Osei, a caterer from Tema, had come with a list for a wedding and a budget "
        "she said was agreed in May. A stall keeper, Abena Mensah, was helping her cut it down.\n\n"
        "“The bride's family wanted rice for 300 guests. Now it is rice for 180,” she said.\n\n"
        "Kofi Asante, who drives a truck of yams from Kintampo, blamed the price of diesel, "
        "which he said had doubled. Yaw Boateng, 19, who loads the truck, stood beside him.\n\n"
        "“If I do not add it to the price, I will park the truck,” he said.\n\n"
        "Kofi Asante and Ama Darko, the market's chair, met the mayor. Ama Darko thanked him "
        "and spoke about the roof.\n\n"
        "“The rain comes straight through it,” she said."
    )
    assert _as_names(_said(_speakers(matcher, body))) == [
        "halima osei",
        "kofi asante",
        "ama darko",
    ]


def test_an_acronym_in_brackets_does_not_hide_the_body_before_it(matcher):
    body = (
        "Fighting broke out again near the border on Monday.\n\n"
        "The Regional Fisheries Compliance Board (RFCB) said the other side had tried to "
        "“change the facts on the water by force” before the talks.\n\n"
        "The Harbour Pilots Guild (HPG) said it “will not send boats out” until the talks end."
    )
    assert _as_names(_said(_speakers(matcher, body))) == [
        "regional fisheries compliance board",
        "harbour pilots guild",
    ]


def _as_names(said: list[str | None]) -> list[str | None]:
    """A speaker as a name in lower case, whether discovered (`person_ann_vale`) or only
    written ("Ann Vale")."""
    return [
        (s.split("_", 1)[1].replace("_", " ") if "_" in s else s.lower()) if s else s for s in said
    ]


def test_a_description_of_someone_brought_in_without_a_name_is_nobody_named(matcher):
    body = (
        "Flood water reached the market square of Dunmore on Tuesday.\n\n"
        "“We moved the stock upstairs at midnight,” said Ann Vale, a nurse who runs the "
        "clinic on Bridge Street.\n\n"
        "Outside the ruined bakery, a woman sat on a broken chair with her two sons.\n\n"
        "“They tell me to go home. Which home?” the woman said.\n\n"
        "A neighbouring shop owner, who did not want to be named, said the river rose "
        "in an hour.\n\n"
        "“Nobody warned us,” the shop owner said.\n\n"
        "“The clinic stays open all night,” the nurse said."
    )
    assert _as_names(_said(_speakers(matcher, body))) == [
        "ann vale",
        "the woman",
        "the shop owner",
        "ann vale",
    ]


def test_a_body_called_by_the_first_words_of_its_name_is_the_name_in_full(matcher):
    body = (
        "A ransomware attack has knocked out computer systems at Harrow Vale Community "
        "Health, forcing the hospital system to divert ambulances.\n\n"
        "“Our hospitals remain open,” Harrow Vale said in a statement.\n\n"
        "Regulators seized Kestrel Federal Savings and Loan Association on Friday.\n\n"
        "“The seizure is premature,” Kestrel said."
    )
    assert _said(_speakers(matcher, body)) == [
        "Harrow Vale Community Health",
        "Kestrel Federal Savings and Loan Association",
    ]


def test_people_named_by_a_bare_plural_speak_for_nobody_and_go_on(matcher):
    body = (
        "The man who took the boy, Tom Reyes, was sentenced to life in prison.\n\n"
        "In an interview, Reyes admitted that he took the boy to a motel off the highway.\n\n"
        "The video shows the moment officers rammed the door, and Reyes came out.\n\n"
        "“We got him, we got him!” officers announced on their radios. “He's safe; we have him.”"
    )
    assert _said(_speakers(matcher, body)) == [None, None]


def test_a_filing_speaks_for_the_one_that_filed_it(matcher):
    body = (
        "Kestrel Ridge Partners Limited Partnership of Boston said it may bid for the "
        "software maker.\n\n"
        "In a Securities and Exchange Commission filing, Kestrel said it holds a 5.3% stake.\n\n"
        "Kestrel has made “no detailed plans,” but it has talked with other holders, the "
        "filing said."
    )
    assert _said(_speakers(matcher, body)) == ["Kestrel Ridge Partners Limited Partnership"]


def test_a_name_inside_an_opening_participle_is_no_subject_for_he(matcher):
    body = (
        "Mark Olsen and Tom Reyes met in Oslo on Monday.\n\n"
        "Thanking Mark Olsen for the invitation, Tom Reyes noted that trade had doubled. "
        "“We remember who stood by us,” he said."
    )
    assert _as_names(_said(_speakers(matcher, body))) == ["tom reyes"]


def test_a_spokesperson_named_in_apposition_is_the_one_named(matcher):
    body = (
        "The army said it would hold the rebels responsible for any violation. A rebel "
        "spokesperson, Idris Tijani, said in a statement that the group “remains committed "
        "to protecting civilians” and accused the army of shelling markets."
    )
    assert _as_names(_said(_speakers(matcher, body))) == ["idris tijani"]


def test_a_party_leader_is_the_one_the_story_titled_so_not_a_holder_on_record(matcher):
    # "leader" alone has holders on record (a prime minister named here was one, years
    # later); "the Tory leader" is the one the story itself titled that way
    body = (
        'Tory leader Alan Marsh has dismissed Gordon Brown\'s Budget as "a raid on savers".\n\n'
        'Mr Brown\'s plans were "all about the next election," the Tory leader said. '
        '"Nobody believes these sums," he said.'
    )
    rows = _quotes(matcher, body, None)
    speakers = rows["speaker_actor_id"].to_list()
    assert rows["quote_text"].to_list()[1] == "all about the next election"
    assert speakers == ["person_alan_marsh"] * 3


def test_the_reporter_of_a_sentence_is_its_speaker_not_the_one_spoken_of(matcher):
    body = (
        "Tory leader Alan Marsh spoke in Leeds on Friday.\n\n"
        'Mr Brown liked to "borrow and hope", the Tory leader said. "Nobody believes the '
        'sums," he said.'
    )
    assert _quotes(matcher, body, None)["speaker_actor_id"].to_list() == ["person_alan_marsh"] * 2


def test_a_surname_after_an_honorific_or_a_given_name_is_no_place(matcher):
    body = (
        'Robert Wellington, finance spokesman of the councils, said cuts were coming. "We need '
        'more," said Mr Wellington.\n\nMike German, leader of the Liberal Democrats in the '
        'assembly, disagreed. Mr German said: "The sums do not add up." The Liberal Democrats '
        'said they would vote against it. "It is unfair," he said.'
    )
    assert _speakers_ids(matcher, body) == [
        "person_robert_wellington", "person_mike_german", "person_mike_german",
    ]  # fmt: skip


def _speakers_ids(matcher: ActorMatcher, body: str) -> list[str | None]:
    return _quotes(matcher, body, None)["speaker_actor_id"].to_list()


def test_a_knighthood_or_an_owner_before_a_name_is_not_the_name(matcher):
    body = (
        'Sir Tom Keel, the new commissioner, said: "There is only one choice."\n\n'
        'Friends of the Forest\'s Maya Ortiz said: "The plan ignores the rivers."'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_tom_keel", "person_maya_ortiz"]


def test_a_party_a_group_a_qualifier_or_a_building_is_no_written_name():
    body = (
        "Tom Quill, a lawyer, spoke after the Law Lords ruled. The Lib Dems and the Liberal "
        "Democrat leader agreed with him. He visited Fenwick Prison on Monday."
    )
    assert [name for _, _, name in written_names(body, [])] == ["Tom Quill"]


def test_a_word_after_a_possessive_is_no_speech_verb(matcher):
    body = (
        "The Harbour Council of Wexmoor said port inspector Mr Dale's comments were "
        '"wholly misleading".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list() == ["The Harbour Council of Wexmoor"]


def test_what_someone_revealed_is_theirs(matcher):
    body = 'Ms Tarn, his oldest friend, revealed that at college Mr Oduya was "always late".'
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_tarn"]


def test_a_party_by_its_nickname_is_the_party(matcher):
    body = 'The Tories dismissed the plan as "desperate", while the Lib Dems called it "late".'
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == [
        "org_conservative_party_gbr", "org_liberal_democrats_gbr",
    ]  # fmt: skip


def test_a_surname_that_is_also_a_message_noun_is_a_name(matcher):
    body = 'The debate went on.\n\n"There are loose ends," Mr Cable told MPs.'
    assert _quotes(matcher, body, None)["speaker_text"].to_list() == ["Mr Cable"]


def test_an_honorific_and_surname_before_an_apposition_closed_by_a_comma_is_the_speaker(matcher):
    body = (
        'The row went on.\n\nMr Quarrie, political editor of The Lantern, said: "It was a '
        'stupid remark."\n\nQuestion: Mr Quarrie, local sources said before the visit: "The '
        'talks will fail." Is that so?'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list()[0] == "Mr Quarrie"
    # one called by name, with no comma closing the words after it: the subject is those
    assert rows["speaker_actor_id"].to_list()[1] is None


def test_people_in_what_a_pronoun_reported_do_not_take_the_pronoun_over(matcher):
    body = (
        "Alan Marsh spoke at the launch. Nobody, he claimed, could picture Tom Keel winning. "
        "They could, however, picture Joe Ruddle doing it. And Joe Ruddle would lead the "
        'campaign, he said. "The leader will be out of London more," he promised.'
    )
    assert _quotes(matcher, body, None)["speaker_actor_id"].to_list() == ["person_alan_marsh"]


def test_a_time_between_subject_and_verb_and_a_passive_agent_name_the_speaker(matcher):
    body = (
        "Aid groups met in London.\n\nBut charity founder Alan Marsh in July said he was sick "
        'of hearing "guff" about scars.\n\nReports of a snap election have been described as '
        '"idle speculation" by Downing Street.\n\nThe film shows Alan Marsh watching an '
        'impression of himself, which he calls "good fun".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == [
        "person_alan_marsh", "org_downing_street", "person_alan_marsh",
    ]  # fmt: skip


def test_a_knight_by_given_name_and_a_party_before_a_name_are_the_person_named_in_full(matcher):
    body = (
        "Sir Hugh Tallis, who chairs the panel, said little had changed. Fellow Lib Dem "
        'Norah Quill agreed.\n\n"The gaps are entrenched," Sir Hugh said. "We must act," '
        "said Lib Dem Norah Quill."
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_hugh_tallis", "person_norah_quill"]


def test_a_name_opening_the_clause_speaks_over_the_words_between_its_commas(matcher):
    body = (
        "Councils warned of cuts.\n\nNora Quill, Director of the Local Authority Management "
        'Centre at Wexmoor University, said: "The increase is not enough."\n\nDr Tam Odell, '
        "who was a doctor in Fenby, in the Upper Lune Valley, before his election, said staff "
        'wanted "a period of consolidation".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_nora_quill", "person_tam_odell"]


def test_the_chancellor_is_the_chancellor_of_the_exchequer_the_story_names(matcher):
    body = (
        "Gordon Brown said the UK would cancel the debts of poorer nations. Our correspondent "
        'Mark Tallis said the tour had long been planned. "We make this offer unilaterally," '
        "the chancellor said."
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_gordon_brown"]


def test_the_home_secretary_on_the_story_s_date_is_the_one_in_office(matcher):
    body = (
        'Police chiefs met ministers in London. "The orders are proportionate," Britain\'s home '
        "secretary said."
    )
    rows = _quotes(matcher, body, date(2005, 2, 1))
    assert rows["speaker_actor_id"].to_list() == ["person_charles_clarke"]
    # a state's office by its possessive is the holder, not someone's unnamed aide
    body = 'Talks went on. "The orders are proportionate," Russia\'s foreign minister said.'
    assert _quotes(matcher, body)["speaker_actor_id"].to_list() == ["person_sergei_lavrov"]


def test_they_is_the_body_a_sentence_is_about_and_she_a_wife_named_once(matcher):
    body = (
        "The Liberal Democrats want a local income tax of the kind seen in Norway and "
        "Sweden. The rate would be set locally, but run by the Revenue which they say would "
        'save money. They say the tax puts a "ceiling" on bills.\n\nThe film shows Alan Marsh '
        'at home with his wife, ex-model Sandra. Asked about tennis, she confesses: "I would '
        'like to win occasionally."'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list()[0] == "org_liberal_democrats_gbr"
    assert rows["speaker_text"].to_list()[1] == "Sandra"


def test_words_set_inside_what_someone_said_are_theirs_unless_coined_by_the_inner_subject(
    matcher,
):
    body = (
        "The decision was announced on Monday.\n\nAlan Marsh said that after legal advice "
        'Washington had concluded the plan was "not, per se, unlawful".\n\nHe said his '
        'predecessor, Nora Quill, had dubbed the plan "the Gordon problem".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list() == ["Alan Marsh", "Nora Quill"]


def test_members_letters_a_place_of_the_compass_and_honorifics_of_the_other_gender(matcher):
    body = (
        'The row grew in West Ham on Monday. "We will not be silenced," she said, the '
        'constituency\'s chair Nora Quill.\n\nMEP Gerard Batten said: "It is an empire." '
        '"It was a joke," Ms Abbott said.\n\nKeir Starmer visited Leeds. "We will build," '
        "Sir Keir said."
    )
    rows = _quotes(matcher, body, date(2024, 9, 1))
    assert rows["speaker_actor_id"].to_list()[1:] == [
        "person_gerard_batten", None, "person_keir_starmer",
    ]  # fmt: skip
    assert rows["speaker_text"].to_list()[0] != "West Ham"


def test_one_quoted_as_saying_and_a_name_with_an_apposition_between_dashes(matcher):
    body = (
        'Staff met on Friday.\n\n"We are mourning a great company," the agency quoted '
        "worker Tam Odell as saying.\n\nLord Fenwick - a senior judge - said the rules "
        'allowed detentions "in a way that discriminates".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list() == ["Tam Odell", "Lord Fenwick"]


def test_partial_quotes_of_an_alliance_and_before_a_later_quote_and_he_said(matcher):
    body = (
        "Calls grew for a lower voting age. The Votes at 16 alliance said it was a good thing "
        'to "engage people" by lowering the candidacy age.\n\nAlan Marsh spoke in Leeds. '
        'People would face a "clear choice" at the election, either "more waste or lower '
        'taxes", he said.'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list()[0] == "The Votes at 16 alliance"
    assert rows["speaker_actor_id"].to_list()[1:] == ["person_alan_marsh"] * 2


def test_saying_speaks_for_the_subject_a_newspaper_is_no_person_nor_a_reporting_clause(
    matcher,
):
    body = (
        "Alan Marsh paid tribute to Nora Quill's campaign, saying she had made the vote "
        '"a true celebration".\n\nHome Secretary Tam Odell toured Leeds. The Evening Herald '
        'quoted Mr Odell telling members he wanted change. "That is our duty," he said.\n\nThe book claimed that Mr Odell told '
        'Mr Marsh: "There is nothing you could say to me now."'
    )
    rows = _quotes(matcher, body, None)
    speakers = rows["speaker_text"].to_list()
    assert speakers[:2] == ["Alan Marsh", "he"] and speakers[2].endswith("Odell")
    assert rows["speaker_actor_id"].to_list()[1] == rows["speaker_actor_id"].to_list()[2]


def test_a_publication_that_spoke_to_someone_asks_and_the_one_it_spoke_to_answers(matcher):
    body = (
        "The Harbour Times spoke to Nora Quill after the vote.\n\nHow close was it?\n\n"
        '"Closer than most people realize."'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list() == ["Nora Quill"]


def test_partial_quotes_take_the_attribution_that_closes_their_sentence(matcher):
    body = (
        'The review was published on Monday.\n\nThe department suffered an "unusually high '
        'turnover" of staff, which had "seriously interfered" with its work, said Alan '
        'Marsh.\n\nBudgets were "too low" and "badly run", said Nora Quill.'
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    assert rows["quote_text"].to_list() == [
        "unusually high turnover", "seriously interfered", "too low", "badly run",
    ]  # fmt: skip
    assert rows["speaker_text"].to_list() == ["Alan Marsh"] * 2 + ["Nora Quill"] * 2


def test_a_written_speaker_is_named_without_party_words_offices_or_members_letters():
    assert [
        written_speaker_name(text)
        for text in (
            "Lib Dem Tam Odell",
            "Former Labour MP Lord Fenwick",
            "Economy and Labour Minister Nora Quill",
            "Green Party leader Alan Marsh",
            "Harbia's Foreign Ministry",
        )
    ] == ["Tam Odell", "Lord Fenwick", "Nora Quill", "Alan Marsh", "Harbia's Foreign Ministry"]


def test_a_spokesman_of_a_body_the_text_named_before_is_still_someone_unnamed(matcher):
    body = (
        "The Harbour Office launched its plan on Monday.\n\n"
        '"It represents a change," said a Harbour Office spokesman.'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == [None]
    assert rows["attribution"].to_list() == ["unnamed"]


def test_a_role_in_the_first_paragraph_is_the_person_the_next_one_names(matcher):
    body = (
        'The "myth that age is a barrier" needs to be "exploded", the work and pensions '
        "minister has said.\n\nThis was why the plan was drafted, Alan Marsh said.\n\n"
        '"We will act," a spokesman said.'
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    assert rows["quote_text"].to_list()[:2] == ["myth that age is a barrier", "exploded"]
    assert rows["speaker_text"].to_list() == ["Alan Marsh", "Alan Marsh", "a spokesman"]


def test_it_continues_a_body_that_spoke_last_under_a_name_no_dictionary_holds(matcher):
    body = (
        'Harwick said "the plan could not be carried out". But the firm denied reports it '
        'was leaving Iraq. "We remain committed to the work," it said.'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_text"].to_list() == ["Harwick", "Harwick"]


def test_a_view_that_came_from_someone_a_source_inside_a_sentence_and_prosecutors(matcher):
    body = (
        '"It is a computer," said Tam Odell of Harwick Research. One dissenting view came '
        'from Nora Quill, head of research at Vale Partners. She said: "It changes nothing."'
        '\n\nA basic laptop that, according to Harbour Weekly, has "superb battery life".'
        '\n\nProsecutors said Marsh was "a salesman in a new format".'
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    assert rows["speaker_text"].to_list()[2:] == ["Harbour Weekly", None]
    assert rows["speaker_actor_id"].to_list()[1] == "person_nora_quill"


def test_a_member_by_seat_a_statement_going_on_a_source_and_an_owned_spokesman(matcher):
    body = (
        'Mr Odell, now married, said: "I was a sailor." "It was a wild time," said the '
        'Harbour North MP.\n\nMs Quill\'s statement said: "We made an impact." It added: '
        '"Others want to distract."\n\nThe price is low, according to Alan Marsh, editor of '
        'Harwick Weekly. "It is a very competitive price," he says.\n\nOn Monday, Tam '
        "Fenwick's official spokesman declined to say whether the plan was backed. He said: "
        '"There is a process going on."'
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    ids = rows["speaker_actor_id"].to_list()
    assert ids[1] == ids[0] and ids[1] is not None
    assert ids[3] == ids[2] and ids[3] is not None
    assert ids[4] == "person_alan_marsh"
    assert ids[5] is None


def test_one_a_with_clause_has_speak_one_whose_name_for_it_and_reports_after(matcher):
    body = (
        "The only two states to have signed treaties - Egypt and Jordan - also sharply "
        "criticised the policy shift, with Harbian Foreign Minister Tam Odell warning of "
        '"dangerous consequences".\n\nThere are grounds for hope, since the "new Harwick," as '
        'Marsh dubbed the combination, will have heft.\n\nAll "relevant sites" were also '
        "disinfected, reports Nora Quill of the Times."
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    assert rows["speaker_text"].to_list()[:2] == ["Tam Odell", "Marsh"]
    assert rows["speaker_actor_id"].to_list()[2] == "person_nora_quill"


def test_a_name_whose_apposition_is_left_open_before_the_verb_speaks(matcher):
    body = (
        "Mr Marsh announced plans to merge agencies. Tam Odell, the leader of the Harbour "
        'Workers Union said: "We had the day of the long knives."\n\n"What happens here '
        "today, we will see in a year,\" Nora Quill, the network's futurologist told the "
        "website."
    )
    rows = _quotes(matcher, body, None).sort("char_start")
    assert rows["speaker_text"].to_list() == ["Tam Odell", "Nora Quill"]


def test_a_name_in_what_he_reported_after_a_quote_is_not_he(matcher):
    body = (
        'Alan Marsh told the jury he trusted Tam Odell. Mr Odell "made the accounting '
        'decisions," he told the court, saying his finance chief had "a keen command of '
        'the numbers".'
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_alan_marsh"] * 2


def test_a_quote_in_a_sentence_he_or_she_opens_is_theirs_whatever_the_verb(matcher):
    body = (
        'Nora Quill hosts a radio show. She wants to make radio "the next big thing" and '
        "plans a tour."
    )
    rows = _quotes(matcher, body, None)
    assert rows["speaker_actor_id"].to_list() == ["person_nora_quill"]
    assert rows["attribution"].to_list() == ["pronoun"]


def test_he_after_a_lead_is_the_one_who_said_it_not_the_one_it_is_about(matcher):
    body = (
        "Tom Reyes has failed to fix the ferry service and must go, Ann Vale has said.\n\n"
        "“The island deserves better,” she said in a statement.\n\n"
        "Ivan Holt has run the port badly for a decade, says Bob Dunn.\n\n"
        "“Nothing works any more,” he said.\n\n"
        "Ivan Holt should quit, Bob Dunn has warned.\n\n"
        "“It is a scandal,” the councillor said."
    )
    assert _said(_speakers(matcher, body)) == [
        "person_ann_vale",
        "person_bob_dunn",
        "person_bob_dunn",
    ]


def test_a_quote_after_a_sentence_a_pronoun_reports_is_not_the_one_it_names(matcher):
    body = (
        "Tom Reyes has failed to fix the ferry service and must go, Bob Dunn has said.\n\n"
        "Mr Reyes has failed to tackle these problems, he claimed, saying the port was a "
        "“disgrace” to the island.\n\n"
        "“The result is chaos on the quays. It is a scandal.”"
    )
    assert _said(_speakers(matcher, body)) == ["person_bob_dunn"] * 2


def test_a_lede_speaker_described_is_the_one_the_next_paragraph_names(matcher):
    # someone indefinite, someone's aide (not the one whose aide), a report (its author)
    ledes = [
        (
            "The ferry service has been “a shambles from start to finish”, a Liberal "
            "councillor has said.\n\nAnn Vale said the island had waited long enough.",
            "person_ann_vale",
        ),
        (
            "Tom Reyes will meet his budget rule “with a margin to spare”, according to his "
            "former chief adviser.\n\nFormerly one of Mr Reyes's closest aides, Ann Vale "
            "hinted at a giveaway.",
            "person_ann_vale",
        ),
        (
            # a name in no dictionary, after the owner known: the name, not the owner
            "Tom Reyes will meet his budget rule “with a margin to spare”, according to his "
            "former chief adviser.\n\nFormerly one of Mr Reyes's closest aides, Ed Gorst "
            "hinted at a giveaway.",
            "Ed Gorst",
        ),
        (
            # a sentence a challenger opens, quoted in a passive
            "A Liberal election challenger is quitting after being quoted as wanting “creative "
            "destruction” at the port.\n\nAnn Vale had been due to stand in Harbury.",
            "person_ann_vale",
        ),
        (
            # the role the sentence ends with, after the quote's own words
            "Ferry bosses have held “constructive and friendly” talks with the port, its "
            "chief has said.\n\nAnn Vale met the port's board on Monday.",
            "person_ann_vale",
        ),
        (
            "The island's ferries are “the slowest in the whole of Europe”, a report says.\n\n"
            "The Kestrel Transport Council found that crossings took twice as long as in 1990.",
            "org_kestrel_transport_council",
        ),
    ]
    for body, speaker in ledes:
        assert _said(_speakers(matcher, body)) == [speaker]


def test_the_subject_opening_a_clause_speaks_not_the_one_its_verb_takes(matcher):
    body = (
        "The election result was welcomed across the island.\n\n"
        "Earlier Liberal leader Ann Vale sent Mr Reyes her “warmest congratulations”, saying: "
        "“We look to the mayor to be a unifying force for all of us.”"
    )
    assert _said(_speakers(matcher, body))[-1] == "person_ann_vale"


def test_it_opening_a_sentence_with_a_verb_is_the_body_that_spoke_last(matcher):
    body = (
        "The island set a growth target of 5% for next year. “Conditions are likely to stay "
        "poor in 2025,” the Kestrel Finance Office said in a statement.\n\n"
        "It blamed “continuing uncertainties such as fluctuating fuel prices”.\n\n"
        "It was a “difficult year”, the report added."
    )
    rows = _speakers(matcher, body)
    # (an "Office" is a body the text discovers, as the "Ministry" is)
    assert _said(rows)[:2] == ["org_kestrel_finance_office"] * 2


def test_an_unnamed_official_of_a_named_body_is_nobody_named(matcher):
    body = (
        "Markets steadied on Wednesday. A senior Kestrel Finance Office official told "
        "reporters “we have no plans to change the composition of our reserves”."
    )
    quotes = _quotes(matcher, body)
    assert quotes.select("speaker_actor_id", "attribution").rows() == [(None, "unnamed")]


def test_a_body_whose_name_opens_with_a_digit_speaks(matcher):
    body = (
        "Not everyone is convinced the plan will work. “Our primary worry is the budget,” "
        "consultancy 4Sight said in a report."
    )
    assert _said(_speakers(matcher, body)) == ["org_4sight"]


def test_a_noun_of_speech_after_a_possessive_introduces_nobody(matcher):
    body = (
        "Councillor Tom Reyes spoke to pupils on Monday about drinking.\n\n"
        "But the island's executive has insisted Mr Reyes was speaking about adults and his "
        "comments were “a recognition that people will get drunk”."
    )
    # ("comments" after "his" is no verb whose subject Mr Reyes would be; the executive is
    # no body the text names, so nobody)
    assert _said(_speakers(matcher, body)) == [None]


def test_according_to_a_source_the_one_said_to_speak_speaks(matcher):
    body = (
        "Tony Blair met Gordon Brown at a dinner, Professor Bo Dunn writes. According to Mr "
        "Dunn the prime minister said: “Help me to get through the year and I will stand down.”"
    )
    quotes = _quotes(matcher, body, date(2004, 6, 1))
    # (the attribution right before the quote, not the sentence's source, says who)
    assert quotes.select("speaker_actor_id", "speaker_text", "attribution").rows() == [
        ("person_tony_blair", "the prime minister", "description")
    ]


def test_a_shadow_minister_is_not_the_holder_of_the_office(matcher):
    body = (
        "Gordon Brown presented his budget on Wednesday.\n\n"
        "The shadow chancellor said the plans were “a tax on aspiration”."
    )
    mentions, quotes = _extracted(matcher, body, date(2004, 3, 17))
    # the opposition's speaker on the Treasury is no mention of the chancellor, nor his words
    assert mentions["actor_id"].to_list() == ["person_gordon_brown"]
    assert quotes["speaker_actor_id"].to_list() == [None]


def test_a_spokesperson_of_a_named_body_is_someone_unnamed(matcher):
    body = (
        "The council admitted errors on Monday. The Kestrel Council spokesman added: "
        "“Initially we had complaints from a couple of residents.”\n\n"
        "A spokeswoman for the Department for Island Affairs said: “The government made a "
        "clear commitment.”\n\n"
        "A Department for Island Affairs spokeswoman said the venture had been “ambitious "
        "and ground-breaking”."
    )
    quotes = _quotes(matcher, body)
    assert quotes.select("speaker_actor_id", "attribution").rows() == [(None, "unnamed")] * 3


def test_members_of_the_scottish_and_european_parliaments_are_titled(matcher):
    body = (
        "The film showed a row between Councillor Tom Reyes, MEP Nigel Farage and party leader "
        "Bo Dunn about the whip."
    )
    mentions, _ = _extracted(matcher, body)
    # ("MEP" is a title before the name, no first word of a longer unknown name)
    assert "person_nigel_farage" in mentions["actor_id"].to_list()


def test_two_descriptions_joined_by_and_describe_one_subject(matcher):
    body = (
        "Lord Tam Reyes, who chairs the panel, said he was “surprised” by the delay. But "
        "panel member and Tory MP Nigel Waterson said he was “amazed” the chief was still "
        "in post. “We were led to believe he was going shortly,” he said."
    )
    speakers = _quotes(matcher, body)["speaker_actor_id"].to_list()
    # the "and" joins two titles of the same man, so he is no object and "he" is him
    assert speakers[1:] == ["person_nigel_waterson"] * 2


def test_a_knighthood_after_a_party_opens_the_name(matcher):
    body = (
        "The inquiry closed. Officials said Lib Dem Sir Archy Tarrow, who chairs the panel, "
        "was angry. Lib Dem Ivo Brannagh, who sits on it, agreed."
    )
    mentions, _ = _extracted(matcher, body)
    # (a sentence's first word, "Lib", is dropped as a capital that proves nothing; its
    # "Dem" is no given name either)
    assert mentions["mention_text"].to_list() == ["Archy Tarrow", "Ivo Brannagh"]


def test_the_fed_is_the_federal_reserve_outside_idioms(matcher):
    body = (
        "Fed up with delays, traders sold. Spain lost the Fed Cup final. In a statement, the "
        "Fed said price pressures remained “well contained”."
    )
    mentions, quotes = _extracted(matcher, body)
    assert mentions.select("mention_text", "actor_id").rows() == [
        ("Spain", "country_esp"),
        ("Fed", "org_federal_reserve"),
    ]
    assert quotes["speaker_actor_id"].to_list() == ["org_federal_reserve"]


def test_labour_alone_is_the_party_but_not_as_work_an_office_or_a_member_s_label(matcher):
    body = (
        "Labour costs rose in Harbia, the Ministry of Labour said. The Labour Minister was "
        "away. Labour MP Tom Reyes voted against. Labour said the plan was “a tax on work”."
    )
    mentions, quotes = _extracted(matcher, body)
    party = mentions.filter(pl.col("actor_id") == "org_labour_party_gbr")
    # only the party that speaks, in the last sentence
    assert party["char_start"].to_list() == [body.rindex("Labour said")]
    assert quotes["speaker_actor_id"].to_list() == ["org_labour_party_gbr"]


def test_an_abbreviation_s_stop_ends_the_name_before_a_new_sentence(matcher):
    body = (
        "Mr Tarrow and Mr Dunne issued a statement late on Friday saying that they remained "
        "“long-term investors” in Dunmore Utd. The Evening Courier says the board also "
        "considered a buyout."
    )
    quotes = _quotes(matcher, body)
    # (the sentence after "Utd." is the newspaper's, no part of a speaker "Dunmore Utd. The
    # Evening Courier" after the quote)
    assert quotes.select("speaker_text", "attribution").rows() == [("Dunne", "sentence")]


def test_a_clause_about_a_quoted_phrase_does_not_take_the_reporter_s_words(matcher):
    body = (
        "Green spokesman Ed Davey meanwhile said instead of the “cull of agencies” the "
        "Harbour Party had promised, there had been an “explosion” of them."
    )
    quotes = _quotes(matcher, body)
    # both phrases are his words: the party's clause only says what the first phrase is
    assert quotes["speaker_actor_id"].to_list() == ["person_ed_davey"] * 2


def test_a_surname_with_a_noun_s_ending_after_a_given_name_is_a_name(matcher):
    body = (
        "“We are surprised,” said bank economist Tom Reyes. Economy and Labour Minister "
        "Wolfgang Brement called the dip “a very mild decline”. He said he expected “a modest "
        "upswing” to continue."
    )
    mentions, quotes = _extracted(matcher, body)
    # ("-ment" ends nouns, "Environmental Protection Agreement", but a given name opens this
    # one; the "and" of his title coordinates nothing, so "He" is the minister)
    assert "Wolfgang Brement" in mentions["mention_text"].to_list()
    assert quotes["speaker_actor_id"].to_list()[1:] == ["person_wolfgang_brement"] * 2


def test_a_described_subject_reports_the_quoted_words_of_its_clause(matcher):
    body = (
        "Gordon Brown presented his budget on Wednesday. The chancellor said the plans were "
        "“prudent and fair”. But the newspaper also claimed the Treasury was “increasingly "
        "anxious” about the deficit."
    )
    quotes = _quotes(matcher, body, date(2004, 3, 17))
    # (an office holder by the description's resolver; a noun no body answers to, nobody)
    assert quotes.select("speaker_actor_id", "speaker_text", "attribution").rows() == [
        ("person_gordon_brown", "The chancellor", "description"),
        (None, "the newspaper", "description"),
    ]


def test_the_relative_of_someone_described_is_unnamed(matcher):
    body = (
        "Tom Reyes was sentenced to life on Friday.\n\n"
        "“She is brave and strong,” the victim's mother said."
    )
    quotes = _quotes(matcher, body)
    # (not the one the story named last: his victim's mother is named nowhere)
    assert quotes.select("speaker_actor_id", "speaker_text").rows() == [
        (None, "the victim's mother")
    ]


def test_the_words_of_someone_named_with_who_they_were(matcher):
    body = (
        "Vladimir Putin recalled the words of Konstantin Ushinsky, the founder of "
        "scientific pedagogy: “A teacher lives as long as he learns.”"
    )
    quotes = _quotes(matcher, body)
    assert quotes["speaker_actor_id"].to_list() == ["person_konstantin_ushinsky"]


def test_a_presidency_or_a_news_agency_written_with_its_country_is_it(matcher):
    body = (
        "The Kremlin said the two leaders would meet in Sochi.\n\n"
        "The Turkish presidency confirmed the visit. “Our President will raise the issue of a "
        "ceasefire,” it said.\n\n"
        "The North Korean news agency said no delegations would come. “The funeral will follow "
        "our own custom,” it said."
    )
    quotes = _quotes(matcher, body)
    # the body written out as the sentence's subject, not the country in its name
    assert quotes.select("speaker_actor_id", "speaker_text").rows() == [
        (None, "Turkish presidency"),
        (None, "North Korean news agency"),
    ]


def test_the_prosecutor_is_the_one_named_with_the_title(matcher):
    body = (
        "Darren Wicks was sentenced to 14 years on Friday.\n\n"
        "Assistant Prosecutor Michael Tran had asked for 18 years. He told the court that "
        "Wicks picked stores staffed by a single employee.\n\n"
        "“This was not a desperate man making one bad decision,” said the prosecutor."
    )
    quotes = _quotes(matcher, body)
    # (not the one the story is about: an unnamed prosecutor would be nobody)
    assert quotes["speaker_actor_id"].to_list() == ["person_michael_tran"]


def test_a_leader_s_short_name_ending_another_name_is_no_mention_of_the_leader(matcher):
    body = (
        "Bibi spoke to lawmakers on Monday. Far away, Shazia Bibi pointed at the brown "
        "water. “When that goes,” she said."
    )
    mentions, quotes = _extracted(matcher, body)
    # ("Bibi" alone is Netanyahu's; after a given name it ends someone else's name)
    assert mentions["actor_id"].to_list() == ["person_benjamin_netanyahu"]
    assert quotes.select("speaker_actor_id", "speaker_text").rows() == [(None, "Shazia Bibi")]


def test_a_surname_that_is_also_a_place_s_word_ends_a_name_after_a_given_name(matcher):
    body = (
        "Chief information officer Steven Park, who briefed reporters, declined to comment. "
        "“We're not going to get into specifics,” Greg Malloy said.\n\n"
        "Park said restoring the network would take days. “Our priority is bringing systems "
        "back safely,” he said."
    )
    mentions, quotes = _extracted(matcher, body)
    assert "person_steven_park" in mentions["actor_id"].to_list()
    assert quotes["speaker_actor_id"].to_list()[-1] == "person_steven_park"


def test_a_head_of_state_s_title_before_a_surname_is_no_other_given_name(matcher):
    body = (
        "Vladimir Putin held talks with President of Veridia Tomas Aldaray in the Kremlin.\n\n"
        "At the press statements, Vladimir Putin said: “Our talks were businesslike.”\n\n"
        "President Aldaray thanked his Russian counterpart. He said: “Veridia values its "
        "friendship with Russia.”"
    )
    mentions, quotes = _extracted(matcher, body)
    # ("President" is a title, not the given name of another Aldaray)
    assert mentions.filter(pl.col("mention_text") == "Aldaray")["actor_id"].to_list() == [
        "person_tomas_aldaray"
    ]
    assert quotes["speaker_actor_id"].to_list() == [
        "person_vladimir_putin",
        "person_tomas_aldaray",
    ]


def test_the_answer_after_a_described_one_is_asked_is_theirs(matcher):
    body = (
        "Afterwards the President spoke with ten-year-old Kira Belova, who is recovering "
        "after surgery, and her mother, Natalya Belova.\n\n"
        "Vladimir Putin asked the girl what she wanted to do when she left hospital.\n\n"
        "“Go to the sea. And dance again.”"
    )
    quotes = _quotes(matcher, body)
    # the girl is the one named before who is not the asker nor brought in by a tie
    assert quotes["speaker_actor_id"].to_list() == ["person_kira_belova"]


def test_where_a_company_sits_or_who_owns_it_names_no_body(matcher):
    body = (
        "Harwick Airlines, which flies 55 jets, said it would comply. “Safety remains our "
        "first priority,” the Chicago-based airline said.\n\n"
        "Dunmore Stores, which is owned by Kessler Co. of Ohio, said it had hired workers. "
        "“Our stores are open,” the Kessler-owned chain said."
    )
    mentions, quotes = _extracted(matcher, body)
    assert not any("-" in text for text in mentions["mention_text"].to_list())
    # the description stands for the company the sentence before is about
    assert quotes["speaker_text"].to_list() == ["Harwick Airlines", "Dunmore Stores"]


def test_a_surname_of_several_words_after_a_given_name_is_the_one_named_in_full(matcher):
    body = (
        "Union leader Josué Ferreira da Silva said the strike would go on. “We will respect "
        "the court,” Ferreira da Silva said.\n\n"
        "“I make more in four hours,” said Juan Fernando Holguin Flores, a courier. “I will "
        "not stop,” Holguin Flores added."
    )
    mentions, quotes = _extracted(matcher, body)
    assert sorted(set(mentions["actor_id"].to_list())) == [
        "person_josue_ferreira_da_silva",
        "person_juan_fernando_holguin_flores",
    ]
    assert quotes["speaker_actor_id"].to_list() == [
        "person_josue_ferreira_da_silva",
        "person_juan_fernando_holguin_flores",
        "person_juan_fernando_holguin_flores",
    ]


def test_a_broadcaster_and_an_apposition_with_a_large_number_speak(matcher):
    body = (
        "Iraqi television said air defences had shot down “dozens of enemy missiles” over "
        "the city.\n\n"
        "The Tenants Housing Association, which represents some 25,000 building owners, "
        "called the decision “a disaster for small landlords.”"
    )
    quotes = _quotes(matcher, body)
    # (a broadcaster written with its country is a body; a number's digit comma ends no
    # apposition)
    assert quotes["speaker_text"].to_list() == [
        "Iraqi television",
        "The Tenants Housing Association",
    ]


def test_a_country_with_a_which_clause_goes_on_to_speak(matcher):
    body = (
        "OPEC agreed to raise output on Sunday.\n\n"
        "Riyadh, which had pushed for a larger increase, said it was satisfied with the "
        "outcome. “This is a responsible decision.”"
    )
    quotes = _quotes(matcher, body)
    assert quotes.select("speaker_actor_id", "attribution").rows() == [("country_sau", "context")]


def test_a_speaker_remembering_telling_someone_quotes_themselves(matcher):
    body = (
        "Question: What about the union?\n\n"
        "Vladimir Putin: Some people present our integration as a threat. I remember telling "
        "journalists in Sochi in the spring: “We are not going to rush anything.” Nothing has "
        "changed."
    )
    quotes = _quotes(matcher, body)
    assert quotes["speaker_actor_id"].to_list()[-1] == "person_vladimir_putin"


def test_the_one_an_indefinite_phrase_brought_in_after_a_comma_is_unnamed(matcher):
    body = (
        "Headteacher Grace Njeri said the school lacked desks.\n\n"
        "Outside the gate at Riruta, a mother waiting to collect her son said she had been "
        "told to bring cement. “Cement. For Grade Seven,” the mother said.\n\n"
        "Tom Reyes, a retired admiral, said supply was steady. “We are supplying what we "
        "can,” the admiral said."
    )
    quotes = _quotes(matcher, body)
    # (an apposition to a name, "Tom Reyes, a retired admiral", is that person)
    assert quotes.select("speaker_actor_id", "speaker_text").rows() == [
        (None, "the mother"),
        ("person_tom_reyes", "the admiral"),
    ]


def test_a_witness_named_nowhere_is_not_the_officer_quoted_before(matcher):
    body = (
        "“We believe this was a targeted attack,” Sergeant Darren Kovac said.\n\n"
        "A man who was waiting for a taxi nearby told reporters he saw two groups shouting. "
        "“It happened so fast,” the witness said.\n\n"
        "Lena Ortiz, a witness, said the lights went out. “Then people ran,” the witness said."
    )
    quotes = _quotes(matcher, body)
    # (a passer-by is one only where the text calls someone so: "Lena Ortiz, a witness")
    assert quotes.select("speaker_actor_id", "speaker_text").rows()[1:] == [
        (None, "the witness"),
        ("person_lena_ortiz", "the witness"),
    ]


def test_a_leader_s_short_name_after_an_owner_is_still_the_leader(matcher):
    mentions, _ = _extracted(matcher, "Ethiopia's Abiy said talks would resume.")
    # (a possessive before the short name owns it; it is no other given name)
    assert mentions["actor_id"].to_list() == ["country_eth", "person_abiy_ahmed"]


def test_an_acronym_is_the_name_whose_initials_it_spells_without_brackets():
    body = (
        "General Ferries has warned that profits will fall. The British Academy of Film and "
        "Television Arts met. Tom Reyes spoke.\n\nGF said: “…” Bafta said: “…” TR said: “…”"
    )
    people = [(body.index("Tom"), body.index(" spoke"), "person_tom_reyes", "person")]
    at = body.index("GF said")
    assert acronym_spelled_out(body, "GF", at, []) == "General Ferries"
    assert (
        acronym_spelled_out(body, "Bafta", at, []) == "British Academy of Film and Television Arts"
    )
    # a person's name spells no body, and a name after the acronym is not its own
    assert acronym_spelled_out(body, "TR", body.index("TR said"), people) is None
    assert acronym_spelled_out(body, "GF", body.index("General"), []) is None
    assert acronym_spelled_out(body, "GX", at, []) is None
    # the name may come after words of the run's own
    owned = "Prices rose, the UN's Food & Farming Organisation warned. The FFO said: “…”"
    assert (
        acronym_spelled_out(owned, "FFO", owned.index("The FFO"), [])
        == "Food & Farming Organisation"
    )


def test_a_shadow_minister_is_the_one_named_for_the_opposition_before(matcher):
    body = (
        "Tom Reyes said he would freeze fuel duty. But Ann Vale, for the Greens, said the "
        "debt was too high.\n\n"
        "The shadow chancellor said the plan had “turned to dust”."
    )
    quotes = _quotes(matcher, body, None)
    assert quotes["speaker_actor_id"].to_list() == ["person_ann_vale"]


def test_a_member_described_by_the_seat_is_the_member_named_before(matcher):
    for said in ("The MP for Harbury and Kestle said", "The Harbury MP said"):
        body = (
            "Tom Reyes said the campaign had bored voters. Mr Reyes wants a bigger role for "
            f"Ann Vale.\n\n{said} the leader was “trying very hard”."
        )
        quotes = _quotes(matcher, body, None)
        assert quotes["speaker_actor_id"].to_list() == ["person_tom_reyes"], said


def test_a_pronoun_after_an_unnamed_one_s_report_is_theirs(matcher):
    for said in (
        "But a ministry spokeswoman insisted Ms Vale had meant adults, not children.",
        "But Ms Vale's chief aide insisted the remark had meant adults, not children.",
    ):
        body = (
            "Ann Vale said on Monday that drinking now and then was fine.\n\n"
            f"{said} “She was talking about adults on a night out, nothing more,” she said."
        )
        quotes = _quotes(matcher, body, None)
        # the one who insisted, named nowhere: not Ms Vale, named in what they insisted
        assert quotes["speaker_actor_id"].to_list()[-1] is None, said


def test_a_vow_a_plea_a_confirmation_a_scoff_and_an_order_given_are_speech(matcher):
    body = (
        "“We will not stop until the port reopens,” Ann Vale vowed.\n\n"
        "“Nobody has lost a job,” Tom Reyes confirmed on Monday.\n\n"
        "“Please think of the families,” Jo Dane pleaded.\n\n"
        "“That is absurd,” Peter Marsh scoffed.\n\n"
        "“Expect no delays,” Judge Amy Ford ordered."
    )
    said = [actor or text for actor, text, _ in _speakers(matcher, body)]
    assert [s.removeprefix("person_").replace("_", " ").title() for s in said] == [
        "Ann Vale",
        "Tom Reyes",
        "Jo Dane",
        "Peter Marsh",
        "Amy Ford",
    ]
    # an order with someone to carry it out is no speech of the one ordering
    body = "The board instructed its director to “collect the finest works”."
    assert _speakers(matcher, body) == [] or _speakers(matcher, body)[0][:2] == (None, None)


def test_a_company_by_its_trade_is_the_one_that_spoke_not_the_one_named_last(matcher):
    body = (
        "Harbour Tyre Co. said it would recall 6.5 million tyres, most of them fitted on "
        "Valdor Motor Co. trucks, amid an inquiry into tread failures.\n\n"
        "“We are taking this action because it is the right thing to do,” the tyre maker said."
    )
    assert _speakers(matcher, body)[0][0] == "org_harbour_tyre_co"


def test_the_company_is_the_name_written_before_not_the_noun_itself(matcher):
    # a sentence "The company said …" before is the noun again, no name of a company
    body = (
        "KESTLE, April 21 (Reuters) - Harbour Brake Corp, the island's largest maker of "
        "brakes, said on Thursday its profit doubled.\n\n"
        "The company said it planned to hire 400 workers. “Orders look every bit as strong "
        "as last year,” the company said."
    )
    assert _said(_speakers(matcher, body)) == ["org_harbour_brake_corp"]
    # a name the noun is set beside, though a person's surname is in it
    body = (
        "A judge ruled on Tuesday that Ann Vale is entitled to half of Reyes Spices, the "
        "family company founded by her late father, Tom Reyes.\n\n"
        "The company said in a statement: “Our customers can be sure of their orders.”"
    )
    assert _said(_speakers(matcher, body)) == ["Reyes Spices"]


# Shapes of news writing, each one speaker rule: the body, and who speaks its quotes in turn.
@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier this year, Kestrel Media reportedly laid off 60 editors.",
        "In its complaint, the commission said the firms had competed hard.",
    ],
)
def test_a_word_of_time_or_a_preposition_opening_a_sentence_is_no_body_acting(sentence):
    # ("Earlier" doing "this", "In" doing "its": the pattern's verb is any word in -s)
    assert body_acting_at(sentence, 0, len(sentence), []) is None


_NEWS_SHAPES = [
    pytest.param(
        "Singer Tom Reyes has been allowed to play a concert while on bail.\n\n"
        "Reyes, 25, had to be home by midnight to observe his curfew. On Monday, the judge "
        "said requests to change his bail terms should be “not too regular an occurrence”.",
        [None],
        id="the_judge_is_not_the_singer_the_court_tries",
    ),
    pytest.param(
        "A court in Harbury granted bail to a former director accused of fraud.\n\n"
        "Justice Ann Vale fixed bail at 100,000 dollars. The defendant, Tom Reyes, pleaded not "
        "guilty last month.\n\n"
        "“Bail is not a punishment, and the defendant is presumed innocent,” the judge said.",
        ["person_ann_vale"],
        id="the_judge_is_the_one_named_with_a_judge_s_title",
    ),
    pytest.param(
        "Harbury Motors plans to build more cars in Europe.\n\n"
        "Bringing Kestrel production to Sweden should help the factory. But not everyone "
        "agrees. “We know that in five years the dollar will be stronger,” the chief executive "
        "of a leading European car maker told reporters. The current trend towards US "
        "production was “stupid”, he said.",
        [None, None],
        id="a_verb_opening_a_sentence_before_a_name_is_no_person_for_he",
    ),
    pytest.param(
        "Harbia's jobless total rose above five million last month.\n\n"
        "On Wednesday, the Harbian Federal Labour Agency said the total had reached 5.04 "
        "million in January. “Yes, we have more than five million people out of work,” a "
        "government minister said on public television.",
        ["a government minister"],
        id="a_government_minister_unnamed_is_no_body_named_before",
    ),
    pytest.param(
        "A flight attendant in the United States who wrote a blog about her work says she has "
        "been fired.\n\n"
        "She was suspended by Kestrair in September. Kestrair has repeatedly declined to "
        "elaborate on what it calls “internal staff matters”.",
        ["Kestrair"],
        id="it_is_the_name_opening_its_own_sentence_not_a_country_named_before",
    ),
    pytest.param(
        "Harlow Brewing Co. said it would cut the prices of its premium beers this winter.\n\n"
        "Margins also suffered because of “fierce” competition in the discount segment, the "
        "company said.",
        ["org_harlow_brewing_co"],
        id="a_common_noun_opening_the_sentence_is_no_body_for_the_company_said",
    ),
    pytest.param(
        "Kestrel Telecom will test the new network in Harbury this spring.\n\n"
        "“The trial lets us prove the technology before we build it everywhere,” explained "
        "Dr Doug Marlow of KT, who will be the project's technical manager.",
        # ("Doug" is no given name the lists hold, so the name is only written)
        ["Doug Marlow"],
        id="a_doctor_of_a_body_is_the_speaker_not_the_body",
    ),
    pytest.param(
        "The Harbury council voted to close the library on Monday.\n\n"
        "A Kestrel Party spokeswoman criticised Ann Vale's record, saying rents had risen by "
        "a third when she led the council. She said: “Today the council is making promises "
        "it cannot keep.”",
        [None],
        id="she_after_an_unnamed_spokeswoman_speaking_is_not_the_one_she_named",
    ),
    pytest.param(
        "The Harbury council voted to close the library on Monday.\n\n"
        "A spokeswoman for the council, Ruth Geller, said the building had been unsafe for "
        "years. “Nobody wanted this outcome,” she said.",
        ["person_ruth_geller"],
        id="an_unnamed_spokeswoman_named_beside_herself_is_named",
    ),
    pytest.param(
        "Here are the highlights of the hearing.\n\n"
        "1. “The harbour problem”\n\n"
        "Tom Reyes testified that he had not always followed advice. He said his "
        "predecessor, Ann Vale, had called the port's finances “the harbour problem.”",
        ["person_ann_vale"] * 2,
        id="a_quoted_heading_is_the_speakers_who_says_its_words_below",
    ),
    pytest.param(
        "Kestrel Ferries owns 28% of the port.\n\n"
        "Joe Bannon, a shipping specialist at accountancy firm Grant Thornton, said the "
        "support of the two owners was “utterly crucial”. “The bid will not proceed without "
        "their support.”",
        ["person_joe_bannon"] * 2,
        id="a_firm_whose_name_opens_with_a_given_name_is_no_person_to_go_on_with",
    ),
    pytest.param(
        "The President met Director General of the Harbury Keel shipping company Viktor "
        "Ershov.\n\nViktor Ershov thanked him for the visit. “The crews will be very glad to "
        "hear this,” he said.",
        ["person_viktor_ershov"],
        id="a_person_after_a_firm_named_before_its_kind_is_its_head",
    ),
    pytest.param(
        "Tom Reyes has left the Kestrel Party.\n\n"
        "“It was nice knowing them,” Ann Vale said. Party officials also argue Mr Reyes has "
        "not been “straightforward” with members.",
        ["person_ann_vale", None],
        id="words_people_at_large_argue_are_not_the_last_speakers",
    ),
    pytest.param(
        "Ann Vale started the station in 2004.\n\n"
        "“Most radio is fake,” Ms Vale says. She wanted to make it easier for people to "
        "find “real voices” online.",
        ["person_ann_vale"] * 2,
        id="a_for_to_clause_is_no_statement_of_its_subject",
    ),
    pytest.param(
        "Regulators have sued to stop two box makers from merging.\n\n"
        "The Harbour Trade Commission voted 4-1 on Monday to seek an injunction.\n\n"
        "In its complaint, the commission said the two firms had “competed hard on price for "
        "a decade” and would stop.",
        ["org_harbour_trade_commission"],
        id="a_described_body_the_parse_has_speaking_is_the_body_named_before",
    ),
    pytest.param(
        "The Commons transport committee questioned the ferry board for three days.\n\n"
        "The MPs found the new booking system was “nowhere near ready” for the summer rush.",
        ["org_commons_transport_committee"],
        id="the_members_the_parse_has_speaking_are_their_committee",
    ),
    pytest.param(
        "Ann Vale leads the Kestrel Party.\n\n"
        "The Kestrel leader backs a lower speed limit and has said the current one is “far "
        "too high” for towns.",
        ["person_ann_vale"],
        id="a_described_person_the_parse_has_speaking_is_the_person_named_before",
    ),
    pytest.param(
        "Ann Vale manages the Harbourview Hotel.\n\nCleaners walked out on Friday.\n\n"
        "The hotel has said guests were “never at risk” during the strike.",
        ["Harbourview Hotel"],
        id="a_hotel_is_a_company_not_the_person_who_runs_it",
    ),
    pytest.param(
        "Flooding closed the school on Monday.\n\n"
        "County officials have said the water is “unsafe to drink” until further notice.",
        [None],
        id="officials_at_large_the_parse_has_speaking_name_no_one",
    ),
    pytest.param(
        "Ann Vale runs the ferry board.\n\n"
        "Claims that “outsourcing” is to blame are wrong, Ms Vale says.\n\n"
        "There are “no big differences” between crews based here and abroad.",
        ["person_ann_vale"] * 2,
        id="a_paragraph_goes_on_with_the_one_the_paragraph_before_ended_on",
    ),
    pytest.param(
        "Ann Vale studies the island's crabs.\n\n"
        "It isn't clear which function came first, Vale says. Just because scientists found "
        "the “taste” receptors first, “that doesn't mean that's the order in which it evolved.”",
        ["person_ann_vale"] * 2,
        id="words_after_a_sentence_ending_with_its_speaker_are_that_speakers",
    ),
    pytest.param(
        "\n\nHARBURY (AP) --\n\n"
        "The creator of a ferry website found to be a threat to the port says a decision to "
        "shut the site down is just a “temporary setback.”\n\n"
        "Ann Vale said Friday that she would seek a new host for the site.",
        ["person_ann_vale"],
        id="a_lede_under_a_wire_dateline_of_its_own_is_the_first_paragraph",
    ),
    pytest.param(
        "Pilots at Kestrel Skyways will walk out for two days from Friday, their union "
        "confirmed on Wednesday.\n\n"
        "Kestrel's chief executive said the demands were too costly.\n\n"
        "The airline said: “We are deeply sorry for the disruption.”",
        ["Kestrel Skyways"],
        id="the_airline_is_the_one_name_the_story_opens_with_and_comes_back_to",
    ),
    pytest.param(
        "Hackers broke into the ferry company's booking system last year.\n\n"
        "“We monitor for suspicious activity and acted at once,” Ann Vale, a Kestrel "
        "Ferries spokesperson said.",
        ["person_ann_vale"],
        id="a_named_person_before_an_unnamed_role_in_apposition_speaks",
    ),
    pytest.param(
        "The Kestrel Ferry Users Association will hold a meeting on Tuesday.\n\n"
        "But a spokesman stressed the meeting was “not against the port”. “This meeting is "
        "about the fares, nothing else,” association spokesman Ann Vale said.",
        ["person_ann_vale"] * 2,
        id="an_unnamed_spokesman_is_the_one_named_with_that_role_at_the_next_words",
    ),
    pytest.param(
        # "was asked": its subject is the one asked, who replies (not the man named before)
        "Film maker Bob Dunn was given access to Tom Reyes for his portrait. "
        "Mr Reyes was asked about critics who said his plans would ruin the port.\n\n"
        "He replies: “What is the inference of that?”",
        ["person_tom_reyes"],
        id="one_who_was_asked_is_no_asker_and_answers",
    ),
    pytest.param(
        "Harbour telco Kestrel Telecom has launched a broadband plan.\n\n"
        "The idea, says Ann Vale, is to shape a “21st Century model” for the island's firms.",
        ["person_ann_vale"],
        id="a_speaker_set_between_commas_inside_the_clause_speaks",
    ),
    pytest.param(
        # a name the sentence opens with speaks one or two quoted words too, its acronym
        # the body the story named in full before
        "The Harbour Institute of Economic Research published a forecast on Monday.\n\n"
        "According to HIER, it is “unlikely” the island's budget rule will be met.",
        ["org_harbour_institute_of_economic_research"],
        id="a_short_phrase_a_sentence_gives_as_a_named_sources_view_is_a_quote",
    ),
    pytest.param(
        # the name and its party's label run to five capitalized words before "who": the
        # knighthood opens the name, the label before it no part
        "Tom Reyes left the port board in March.\n\n"
        "Later, Lib Dem Sir Archy Tarrow, who chairs the harbour committee, said that when "
        "Mr Reyes had left he got the “clear impression” the board was relieved. He added "
        "the committee was “duty bound” to ask.",
        ["person_archy_tarrow"] * 2,
        id="a_knight_after_a_party_label_and_before_who_is_discovered",
    ),
    pytest.param(
        # people at large closing the sentence say the words: no one's in particular, not the
        # one quoted before, and a phrase of one or two words is a quotation all the same
        "“Prices will hold,” Tom Reyes said.\n\n"
        "Harbour home sales showed a “post-holiday lull” in March, lenders have said.\n\n"
        "The new ferry timetable is a “shambles”, islanders say.",
        ["person_tom_reyes", None, None],
        id="people_at_large_closing_the_sentence_say_a_short_phrase_themselves",
    ),
    pytest.param(
        # the subject a sentence is about, named at its head, is whom "he" stands for,
        # though he says nothing there and another man spoke last
        "Joe Vale has fished from Kestrel Bay for thirty years.\n\n"
        "“Prices at the market have never been lower,” said Tom Reyes, who runs the harbour "
        "co-operative.\n\n"
        "Back on his boat, Vale stopped beside a pile of empty crates.\n\n"
        "“My father built this boat,” he said quietly.",
        ["person_tom_reyes", "person_joe_vale"],
        id="he_is_the_named_subject_of_the_sentence_before_not_the_last_speaker",
    ),
    pytest.param(
        # (but not a relative a description brings in beside the one the story follows)
        "Ann Vale has sold fish at the harbour for 20 years. Her niece, Bea Tarrow, started "
        "working with her in May.\n\n"
        "“Buyers are fewer every week,” she said.",
        ["person_ann_vale"],
        id="a_relative_brought_in_by_a_description_is_no_subject_for_she",
    ),
    pytest.param(
        # a study is no person a pronoun could stand for; it speaks for the body that spoke
        # last, wherever its sentence put it
        "Sales at Kestrel Ferries rose 5% in March, the Harbour Institute said on Monday. "
        "Fares were still “far too high”, the study said.",
        ["org_harbour_institute"],
        id="the_study_said_is_the_body_that_spoke_at_the_end_of_the_sentence_before",
    ),
    pytest.param(
        # "he" goes back over the sentences "He" opens to the unnamed spokesman who spoke
        # first, not to the man named before him
        "Tom Reyes, the harbour minister, wants a new casino on the quay.\n\n"
        "A spokesman for the Kestrel Casino Association, which represents the trade, said "
        "the plan was unfair. He said the licences favoured foreign firms. “Our industry is "
        "one of the most respected,” he said.",
        [None],
        id="he_goes_back_over_sentences_he_opens_to_an_unnamed_spokesman",
    ),
    pytest.param(
        # "it" is the body its own sentence opens with, not the one that spoke before
        "The US said nothing on Monday. Harbury Telecom has refused to comment on what it "
        "calls “market speculation”.",
        ["org_harbury_telecom"],
        id="it_is_the_body_opening_its_own_sentence_before_one_that_spoke_before",
    ),
    pytest.param(
        # someone indefinite speaking out, wherever the sentence puts them, says the words
        # (a short phrase too), not the one quoted before; one finding or thinking would not
        "“We will fight this,” said Tom Reyes, who runs the Kestrel fund.\n\n"
        "The regulator is pressing for penalties against the fund for “multiple violations”, "
        "repayment of any gains and an injunction, a spokeswoman for its harbour office told "
        "reporters.",
        ["person_tom_reyes", None],
        id="someone_indefinite_speaking_out_inside_the_sentence_is_nobody_named",
    ),
    pytest.param(
        # "they" after people at large as the sentence before's subject is those people, not
        # the body a sentence named before them
        "The Kestrel Party has a new ferry plan. Ministers deny they were spurred into "
        "action by the opposition.\n\n"
        "Instead, they say the plan is part of an “evolving” process.",
        [None],
        id="they_after_people_at_large_is_nobody_named",
    ),
    pytest.param(
        # a possessive that owns nothing is the company's own name, written in full before
        # at the end of a sentence (its full stop no part of it)
        "Kestrel Wines has rejected a bid from brewing giant Harbury's Group.\n\n"
        "Harbury's said a combination of the two firms would create a player with an "
        "“unrivalled” range of brands.",
        ["Harbury's Group"],
        id="a_possessive_owning_nothing_is_the_company_name_in_full",
    ),
]


@pytest.mark.parametrize(("body", "speakers"), _NEWS_SHAPES)
def test_speakers_of_news_shapes(matcher, body, speakers):
    assert _said(_speakers(matcher, body)) == speakers
