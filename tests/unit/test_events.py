"""Event coding from the parse: reported speech, negation, conditionals, passives,
coordination, complements, references, targets and dates.

All sentences here are invented for the tests.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path

import polars as pl
import pytest

from pipelines.evaluation.events import evaluate_petr2, evaluate_seed_events
from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.dates import extract_date_mentions
from pipelines.nlp.event_coder import KINDS
from pipelines.nlp.events import EventPatterns, code_events, headline_actors
from pipelines.nlp.places import PlaceFinder
from pipelines.nlp.sentences import sentence_frame
from pipelines.settings import SEEDS_DIR

PUBLISHED = date(2026, 4, 23)  # a Thursday


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


@pytest.fixture(scope="module")
def verbs() -> EventPatterns:
    return EventPatterns.from_seed(SEEDS_DIR / "event_verb_patterns.csv")


@pytest.fixture(scope="module")
def places() -> PlaceFinder:
    return PlaceFinder.from_seeds(SEEDS_DIR)


def _code(
    body: str, matcher: ActorMatcher, verbs: EventPatterns, places: PlaceFinder | None = None
) -> list[tuple]:
    articles = pl.DataFrame(
        {"article_id": ["t1"], "body": [body], "published_date": [PUBLISHED]},
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    dates = extract_date_mentions(articles)
    events = code_events(sentence_frame(articles), mentions, dates, articles, verbs, places, quotes)
    return events.select(
        "event_code", "source_actor_id", "target_actor_id", "event_date", "event_date_precision"
    ).rows()


def _codes(
    body: str, matcher: ActorMatcher, verbs: EventPatterns, places: PlaceFinder | None = None
) -> list[tuple]:
    return [row[:3] for row in _code(body, matcher, verbs, places)]


def _events_of_articles(articles: pl.DataFrame, matcher, verbs) -> pl.DataFrame:
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    return code_events(
        sentence_frame(articles),
        mentions,
        extract_date_mentions(articles),
        articles,
        verbs,
        None,
        quotes,
        headline_actors(articles, matcher, mentions),
    )


def _titled_events(
    title: str,
    body: str,
    matcher: ActorMatcher,
    verbs: EventPatterns,
    article_id: str = "t1",
    published: date = PUBLISHED,
) -> pl.DataFrame:
    """The events of one article with a title (whose actors name its parties); an id that
    is a web address tells its publisher."""
    articles = pl.DataFrame(
        {
            "article_id": [article_id],
            "title": [title],
            "body": [body],
            "published_date": [published],
        },
        schema_overrides={"published_date": pl.Date},
    )
    return _events_of_articles(articles, matcher, verbs)


def test_patterns_are_lemmas_and_the_longest_match_wins(matcher, verbs):
    assert {p.code for p in verbs.patterns.of("say") if not p.size} == {"010"}
    # "expressed condolences" (018) beats the bare verb; the plural matches its lemma
    assert _codes("Iran expressed condolences to Austria.", matcher, verbs) == [
        ("018", "country_irn", "country_aut")
    ]
    # the candidates of a verb are only the patterns whose words occur
    candidates = verbs.patterns.candidates("express", {"condolence", "to", "austria"})
    assert candidates[0].after and candidates[0].code == "018"
    assert all(p.code != "012" or not p.after for p in candidates)


def test_every_seed_code_is_in_the_cameo_codebook(verbs):
    codebook = set(
        pl.read_csv(SEEDS_DIR / "cameo_event_codes.csv", infer_schema=False)["event_code"]
    )
    seed = pl.read_csv(SEEDS_DIR / "event_verb_patterns.csv", infer_schema=False)
    assert set(seed["event_code"]) <= codebook
    # The seed's own dbt tests accept only these values.
    assert set(seed["direction"]) == {"source_target", "source_only"}
    assert set(seed["kind"].fill_null("")) <= set(KINDS)
    assert set(seed["origin"]) == {"newsevents", "petrarch2"}
    assert not seed.select("verb", "before", "pattern").is_duplicated().any()


def test_reported_speech_codes_what_was_said_not_the_saying(matcher, verbs):
    # the reported act is the event; saying it adds nothing
    assert [
        (c[:2], s, t)
        for c, s, t in _codes("Peskov said Russia rejects the proposal.", matcher, verbs)
    ] == [("12", "country_rus", None)]
    # a statement to someone with nothing more specific in it stays a statement
    assert _codes("Peskov briefed Austria on the talks.", matcher, verbs) == [
        ("010", "person_dmitry_peskov", "country_aut")
    ]
    # a statement to no one in particular is no event (the quotes table holds it)
    assert _codes("Peskov spoke about the talks.", matcher, verbs) == []


def test_trailing_reporter_and_pronoun_subject(matcher, verbs):
    assert _codes("Iran condemned Austria, Peskov said.", matcher, verbs) == [
        ("111", "country_irn", "country_aut")
    ]
    assert _codes("Lavrov said he criticized Austria.", matcher, verbs) == [
        ("111", "person_sergei_lavrov", "country_aut")
    ]
    codes = _codes("Peskov, the Kremlin spokesman, said Iran condemned Austria.", matcher, verbs)
    assert codes == [("111", "country_irn", "country_aut")]
    # An unnamed reporter is no actor: the reported act alone.
    assert _codes("Iran condemned Austria, officials said.", matcher, verbs) == [
        ("111", "country_irn", "country_aut")
    ]


def test_a_statement_that_censures_someone_criticizes_them(matcher, verbs):
    assert _codes("Lavrov noted the destructive policy of Austria.", matcher, verbs) == [
        ("111", "person_sergei_lavrov", "country_aut")
    ]
    codes = _codes("Peskov stressed Austria's violations of the accord.", matcher, verbs)
    assert ("111", "person_dmitry_peskov", "country_aut") in codes
    # no censure word, no criticism: a statement about Austria
    assert _codes("Lavrov noted the policy of Austria.", matcher, verbs) == [
        ("010", "person_sergei_lavrov", "country_aut")
    ]
    # a censure word that is negated censures no one
    assert _codes("Peskov stressed that Austria did not violate the accord.", matcher, verbs) == []


def test_negation_skips_and_refusal_rejects(matcher, verbs):
    assert _codes("Austria did not reject the proposal.", matcher, verbs) == []
    assert _codes("Iran never attacked Austria.", matcher, verbs) == []
    assert _codes("Austria didn't criticize Iran.", matcher, verbs) == []
    codes = _codes("Iran refused to negotiate with Austria.", matcher, verbs)
    assert [c[:2] for c, _, _ in codes] == ["12"]
    codes = _codes("Russia will not concede to Austria.", matcher, verbs)
    assert codes == [("124", "country_rus", "country_aut")]


def test_conditionals_do_not_create_events(matcher, verbs):
    assert _codes("If Iran attacks Austria, the talks end.", matcher, verbs) == []
    assert _codes("Russia could attack Ukraine.", matcher, verbs) == []
    assert _codes("Iran would impose sanctions on Austria.", matcher, verbs) == []
    # A hedged act is no event, and neither is saying it.
    assert _codes("Peskov said Russia might expel Austrian diplomats.", matcher, verbs) == []


def test_passive_voice_takes_the_agent_as_source(matcher, verbs):
    assert _codes("Ukraine was attacked by Russia.", matcher, verbs) == [
        ("190", "country_rus", "country_ukr")
    ]
    assert _codes("Iran said it was criticized by Austria.", matcher, verbs) == [
        ("111", "country_aut", "country_irn")
    ]
    # No agent: the source is unknown, so no event.
    assert _codes("Two Austrian diplomats were arrested.", matcher, verbs) == []
    assert _codes("Many officials detained in Ukraine went home.", matcher, verbs) == []


def test_target_skips_places_and_reverse_direction(matcher, verbs):
    # a place is no object, but where an act without a target actor happened is its target
    assert _codes("Russia arrested two reporters in Austria.", matcher, verbs) == [
        ("173", "country_rus", "country_aut")
    ]
    assert _codes("Russia arrested two reporters in Austria for Iran.", matcher, verbs) == [
        ("173", "country_rus", "country_irn")
    ]
    assert _codes("Georgia received weapons from Turkey.", matcher, verbs) == [
        ("072", "country_tur", "country_geo")
    ]
    assert _codes("Iran imposed sanctions on Austria.", matcher, verbs) == [
        ("163", "country_irn", "country_aut")
    ]


def test_intent_to_act_codes_the_act(matcher, verbs):
    # expelling diplomats: PETRARCH's 161 (reduce relations) or 174 (expel individuals)
    codes = _codes("Iran pledged to expel Austrian diplomats.", matcher, verbs)
    assert [(c[:2] in ("16", "17"), s, t) for c, s, t in codes] == [
        (True, "country_irn", "country_aut")
    ]


def test_event_date_is_the_governing_date_else_published(matcher, verbs):
    rows = _code("Ukraine was attacked by Russia on Tuesday.", matcher, verbs)
    assert rows[0][3:] == (date(2026, 4, 21), "day")
    rows = _code("Iran criticized Austria over the 1994 agreement.", matcher, verbs)
    assert rows[0][3:] == (PUBLISHED, "day")
    # The reported act takes its own date, not the date of the saying.
    rows = _code(
        "Peskov said on Monday that Russia had rejected the plan on Sunday.", matcher, verbs
    )
    assert [row[3] for row in rows] == [date(2026, 4, 19)]
    # A date inside a relative clause governs that clause, not the event.
    rows = _code(
        "Iran condemned Israel for the strikes, which Russia launched in 2014.", matcher, verbs
    )
    assert rows[0][3] == PUBLISHED


def test_stance_nouns_need_a_possessor_and_talks_between_name_both(matcher, verbs):
    assert _codes("Iran's opposition to Austria grew.", matcher, verbs) == [
        ("110", "country_irn", "country_aut")
    ]
    assert _codes("Iran and the opposition to Austria grew.", matcher, verbs) == []
    # negotiation is mutual: each side negotiates with the other
    assert _codes("Talks between Iran and Austria resumed.", matcher, verbs) == [
        ("046", "country_irn", "country_aut"),
        ("046", "country_aut", "country_irn"),
    ]


def test_nouns_and_non_finite_forms_are_not_events(matcher, verbs):
    # recalling is a statement about Austria; the bombing it names is no act of this text
    assert _codes("Iran recalled the bombing of Austria.", matcher, verbs) == [
        ("010", "country_irn", "country_aut")
    ]
    assert _codes("Iran signed a decree on Austria.", matcher, verbs) == []
    assert _codes("Iran rejected the proposed sanctions.", matcher, verbs)[0][0].startswith("12")
    assert _codes("Did Iran attack Austria?", matcher, verbs) == []
    assert _codes("Iran wants to impose sanctions on Austria.", matcher, verbs) == []
    assert _codes("Iran decided to impose sanctions on Austria.", matcher, verbs) == [
        ("163", "country_irn", "country_aut")
    ]
    # A meeting needs a counterpart.
    assert _codes("Iran met in the capital.", matcher, verbs) == []


def test_each_coordinated_predicate_is_an_act_of_the_subject(matcher, verbs):
    codes = _codes("Iran accused Austria and attacked Russia.", matcher, verbs)
    assert codes == [("112", "country_irn", "country_aut"), ("190", "country_irn", "country_rus")]


def test_shared_gold_bars(shared_data: Path):
    """Issue 6's event bars: PETR2 precision and recall at least 0.60 each (root code and
    source/target countries), and at least half of the seeds' gold events."""
    petr = evaluate_petr2(shared_data / "cameo" / "PETR2_GSR_dev.jsonl")
    assert petr.precision >= 0.60, (petr.right, petr.ours, petr.wrong)
    assert petr.recall >= 0.60, (petr.gold_found, petr.gold, petr.misses)
    seeds = evaluate_seed_events(shared_data / "seeds.gold.json")
    assert seeds.gold_found * 2 >= seeds.gold, seeds.misses


def test_unnamed_groups_act_unless_an_actor_names_them(matcher, verbs):
    assert _codes("Rebels shelled the outskirts of Austria.", matcher, verbs) == [
        ("194", "sector_rebels", "country_aut")
    ]
    # "Syrian soldiers" are Syria's; "pro-Austria militants" are nobody's
    assert _codes("Syrian soldiers attacked Turkish protesters.", matcher, verbs) == [
        ("190", "country_syr", "country_tur")
    ]
    assert _codes("Pro-Austria militants attacked Iran.", matcher, verbs) == [
        ("190", "sector_rebels", "country_irn")
    ]
    # passive with an indefinite agent
    assert _codes("The Iranian embassy was attacked by a Turkish protester.", matcher, verbs)[
        0
    ] == ("190", "country_tur", "country_irn")


def test_pattern_words_anywhere_in_the_clause_in_order(verbs, matcher):
    # "fire * at": an attack (19x), whatever stands between
    codes = _codes("Iran fired three old rockets at Austria.", matcher, verbs)
    assert [(c[:2], s, t) for c, s, t in codes] == [("19", "country_irn", "country_aut")]
    # the longer pattern wins: tear gas is crowd control (175)
    assert _codes("Iran fired tear gas at Austria.", matcher, verbs)[0][0] == "175"


def test_wishes_appeals_and_warnings(matcher, verbs):
    assert _codes("Iran wants Austria to withdraw its envoy.", matcher, verbs) == [
        ("020", "country_irn", "country_aut")
    ]
    # a wish to cooperate is an intent to: to help (07) is to intend aid (033)
    assert _codes("Iran wants to help Austria.", matcher, verbs) == [
        ("033", "country_irn", "country_aut")
    ]
    assert _codes("Iran wants to restore Austria to its borders.", matcher, verbs) == []
    # a wish to expel is neither cooperation nor an expulsion; a pledge reports the act
    assert _codes("Iran wants to expel Austrian diplomats.", matcher, verbs) == []
    assert [
        c[:2] for c, _, _ in _codes("Iran vowed to expel Austrian diplomats.", matcher, verbs)
    ] in (
        ["16"],
        ["17"],
    )
    # a warning of a conditional act is a threat of that act against its target
    assert _codes(
        "Iran warned that if talks fail, Turkey may impose sanctions on Austria.", matcher, verbs
    ) == [("1312", "country_irn", "country_aut")]
    # a refusal of permission is a refusal to yield, and "he" is the speaker
    assert _codes(
        "Iran said it would not give permission to Austria to open a base.", matcher, verbs
    )[-1] == ("124", "country_irn", "country_aut")


def test_coordinated_subjects_mutual_talks_and_places(matcher, verbs, places):
    assert _codes("Iran and Austria will meet in Geneva.", matcher, verbs, places) == [
        ("040", "country_irn", "country_che"),
        ("040", "country_aut", "country_che"),
    ]
    assert _codes("Iran held talks with Austria.", matcher, verbs) == [
        ("046", "country_irn", "country_aut"),
        ("046", "country_aut", "country_irn"),
    ]
    # Iran is scheduled: an act announced like "will"
    assert _codes("Iran is scheduled to visit Austria.", matcher, verbs)[0][1:] == (
        "country_irn",
        "country_aut",
    )
    # "talks in Moscow": a capital after a preposition is where, not who
    assert _codes("Iran attacked a convoy in Moscow.", matcher, verbs, places) == [
        ("190", "country_irn", "country_rus")
    ]


def test_a_subject_after_a_conjunction_is_the_subject(matcher, verbs):
    codes = _codes("The crisis began after Iran attacked Austria.", matcher, verbs)
    assert codes == [("190", "country_irn", "country_aut")]


def test_references_resolve_to_the_speaker_the_last_person_and_the_parties(matcher, verbs):
    # "we" inside a quote is its speaker
    body = "Sergei Lavrov said: “We will send humanitarian aid to Austria.”"
    assert ("0", "person_sergei_lavrov", "country_aut") in {
        (c[:1], s, t) for c, s, t in _codes(body, matcher, verbs)
    }
    # "he" is the person named first in the nearest earlier sentence naming one (most often
    # its subject: not Macron, whom Putin thanked); "the two leaders" the two parties
    body = (
        "Vladimir Putin spoke with Emmanuel Macron by telephone. Vladimir Putin thanked "
        "Emmanuel Macron. He condemned Austria. The two leaders agreed to meet again."
    )
    codes = _codes(body, matcher, verbs)
    assert ("111", "person_vladimir_putin", "country_aut") in codes
    assert {(c, s, t) for c, s, t in codes if c == "036"} == {
        ("036", "person_vladimir_putin", "person_emmanuel_macron"),
        ("036", "person_emmanuel_macron", "person_vladimir_putin"),
    }


def test_every_event_explains_its_pattern_and_paths(matcher, verbs):
    articles = pl.DataFrame(
        {
            "article_id": ["t1"],
            "body": ["Iran held talks with Austria."],
            "published_date": [PUBLISHED],
        },
        schema={"article_id": pl.String, "body": pl.String, "published_date": pl.Date},
    )
    mentions, _ = extract_actors_and_quotes(articles, matcher)
    events = code_events(
        sentence_frame(articles), mentions, extract_date_mentions(articles), articles, verbs
    )
    explanation = events["event_explanation"][0]
    assert explanation == "HOLD talks with [newsevents]; source: nsubj; target: pattern with"


def test_an_account_of_talks_codes_its_two_parties_from_the_title(matcher, verbs):
    body = (
        "Vladimir Putin had a telephone conversation with the French President. "
        "The two leaders discussed the situation in Syria. "
        "Vladimir Putin informed his counterpart about the talks. "
        "They agreed to stay in touch. "
        "It was agreed to continue consultations between the ministries. "
        "Mr Putin expressed gratitude for the hospitality."
    )
    events = _titled_events(
        "Telephone conversation with President of France Emmanuel Macron", body, matcher, verbs
    )
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = {
        (idx, code[:2], source, target)
        for idx, code, source, target in events.select(
            "sentence_index", "event_code", "source_actor_id", "target_actor_id"
        ).iter_rows()
    }
    # the title names the counterpart the body calls "the French President", "his
    # counterpart" and "the two leaders"; Syria is what they discussed, not a party
    assert {(1, "04", putin, macron), (1, "04", macron, putin)} <= coded
    assert not any(t == "country_syr" for _, _, _, t in coded)
    assert (2, "01", putin, macron) in coded
    # capitalized "They" and an impersonal "It was agreed": both parties, to each other
    assert {(3, "03", putin, macron), (3, "03", macron, putin)} <= coded
    assert {(4, "03", putin, macron), (4, "03", macron, putin)} <= coded
    # gratitude with no addressee named is to the other party
    assert (5, "05", putin, macron) in coded


def test_saying_one_would_like_to_thank_is_thanking_and_quote_marks_do_not_split_a_phrase(
    matcher, verbs
):
    body = 'Sergei Lavrov said: "I would like to thank Austria for its help."'
    assert ("051", "person_sergei_lavrov", "country_aut") in _codes(body, matcher, verbs)
    # only speech acts are done by saying so: wanting to attack is no attack
    assert _codes('Lavrov said: "I would like to attack Austria."', matcher, verbs) == []
    # marks around a quoted phrase are read as spaces by the parser
    codes = _codes('Peskov said Russia "remains open" to talks with Austria.', matcher, verbs)
    assert [(c[:2], s, t) for c, s, t in codes] == [("03", "country_rus", "country_aut")]


def test_a_petrarch_default_code_needs_an_actor_on_the_other_end(matcher, verbs):
    # "take" alone defaults to seizing (171) in PETRARCH's dictionary: only with a target
    assert _codes("Iran will take the issue seriously.", matcher, verbs) == []
    assert _codes("Iran took two Austrian ships.", matcher, verbs) == [
        ("171", "country_irn", "country_aut")
    ]


def test_talks_between_two_sides_named_by_their_adjectives_inside_a_statement(matcher, verbs):
    codes = _codes(
        "Lavrov informed Austria about the talks between Russian and Iranian representatives.",
        matcher,
        verbs,
    )
    assert ("046", "country_rus", "country_irn") in codes
    assert ("046", "country_irn", "country_rus") in codes
    assert any(c.startswith("01") and s == "person_sergei_lavrov" for c, s, _ in codes)


def test_what_a_statement_reports_as_fact_is_coded_too_an_intents_object_is_not(matcher, verbs):
    codes = _codes("Lavrov briefed Austria on his talks with Iran.", matcher, verbs)
    assert ("010", "person_sergei_lavrov", "country_aut") in codes
    assert any(
        c.startswith("04") and (s, t) == ("person_sergei_lavrov", "country_irn")
        for c, s, t in codes
    )
    # the contacts Iran agreed to continue are its intent (036), not a second event
    codes = _codes("Iran agreed to continue its contacts with Austria.", matcher, verbs)
    assert [(c[:2], s, t) for c, s, t in codes] == [("03", "country_irn", "country_aut")]


def test_the_leads_two_counterparts_together_address_the_lead(matcher, verbs):
    events = _titled_events(
        "Telephone conversation with Emmanuel Macron and Olaf Scholz",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron and "
        "Olaf Scholz. Vladimir Putin informed them of the situation. Emmanuel Macron "
        "and Olaf Scholz expressed disappointment over the developments.",
        matcher,
        verbs,
    )
    third = events.filter(pl.col("sentence_index") == 2)
    assert sorted(third.select("event_code", "source_actor_id", "target_actor_id").rows()) == [
        ("110", "person_emmanuel_macron", "person_vladimir_putin"),
        ("110", "person_olaf_scholz", "person_vladimir_putin"),
    ]


def test_the_act_an_appeal_asks_of_someone_is_not_done(matcher, verbs):
    codes = _codes("Lavrov urged Austria to attack Iran.", matcher, verbs)
    assert [(c[:2], s, t) for c, s, t in codes] == [("02", "person_sergei_lavrov", "country_aut")]


def test_describing_what_someone_said_as_lies_criticizes_them(matcher, verbs):
    codes = _codes(
        "Lavrov described Austria's statements about the border as lies.", matcher, verbs
    )
    assert ("111", "person_sergei_lavrov", "country_aut") in codes


def test_a_participles_subject_and_a_nominalization_without_a_partner(matcher, verbs):
    # "..., while also praising ...": the participle's subject is Iran's
    codes = _codes("Iran criticized Austria, while also praising Israel.", matcher, verbs)
    assert ("111", "country_irn", "country_aut") in codes
    assert any(c.startswith("05") and s == "country_irn" for c, s, _ in codes)
    # a relation is no act; an interaction with someone is
    assert _codes("Iran values its relations.", matcher, verbs) == []


def _titled_codes(title: str, body: str, matcher, verbs) -> set[tuple[int, str, str, str | None]]:
    events = _titled_events(title, body, matcher, verbs)
    return set(
        events.select(
            "sentence_index", "event_code", "source_actor_id", "target_actor_id"
        ).iter_rows()
    )


def _release_codes(title: str, body: str, matcher, verbs) -> set[tuple[int, str, str, str | None]]:
    """(sentence, code, source, target) of a release of a head of state's press office (the
    Kremlin in May 2022: its head is the lead, its country the publisher's)."""
    events = _titled_events(
        title,
        body,
        matcher,
        verbs,
        article_id="http://en.kremlin.ru/events/president/news/1",
        published=date(2022, 5, 20),
    )
    return set(
        events.select("sentence_index", "event_code", "source_actor_id", "target_actor_id").rows()
    )


def test_a_host_receives_or_welcomes_a_guest_and_the_guest_visits(matcher, verbs):
    putin, scholz = "person_vladimir_putin", "person_olaf_scholz"
    coded = _titled_codes(
        "Talks with Federal Chancellor of Germany Olaf Scholz",
        "Vladimir Putin received Olaf Scholz in the Kremlin. "
        "Vladimir Putin received the proposals of Austria. "
        "Vladimir Putin welcomed the decision of Austria. "
        "Vladimir Putin said he was glad to welcome Olaf Scholz to Moscow.",
        matcher,
        verbs,
    )
    assert {(0, "043", putin, scholz), (0, "042", scholz, putin)} <= coded
    # a thing received or welcomed is no guest: no visit
    assert not any(i in (1, 2) and code in ("042", "043") for i, code, _, _ in coded)
    # what one is glad to do is done
    assert (3, "043", putin, scholz) in coded


def test_a_message_speaks_to_its_addressee(matcher, verbs):
    putin, bolsonaro = "person_vladimir_putin", "person_jair_bolsonaro"
    coded = _titled_codes(
        "Condolences to President of Brazil Jair Bolsonaro",
        "Vladimir Putin sent a message to Jair Bolsonaro. The message reads, in part: "
        '"Please accept my deepest condolences over the floods. '
        'Russia shares the grief of those who lost their loved ones."',
        matcher,
        verbs,
    )
    # the condolences no one else holds are the writer's; the grief Russia shares in the
    # writer's message is addressed to the message's addressee
    assert (1, "018", putin, bolsonaro) in coded
    assert (2, "018", "country_rus", bolsonaro) in coded


def test_an_effort_toward_an_act_does_it_and_a_crime_by_someone_is_censured(matcher, verbs):
    codes = _codes(
        "Austria is doing everything possible to ensure the safe evacuation of Iranian citizens.",
        matcher,
        verbs,
    )
    assert ("073", "country_aut", "country_irn") in codes
    # doing nothing toward it is no effort
    codes = _codes(
        "Austria did nothing to ensure the evacuation of Iranian citizens.", matcher, verbs
    )
    assert not any(c.startswith("07") for c, _, _ in codes)
    codes = _codes("Lavrov cited the crimes committed by Iran.", matcher, verbs)
    assert [(c[:2], s, t) for c, s, t in codes] == [("11", "person_sergei_lavrov", "country_irn")]


def test_collective_addressees_and_a_counterpart_of_a_named_country(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin informed the leaders of the outcomes of a meeting of the Government "
        "of Austria. Vladimir Putin said he had received his Iranian counterpart.",
        matcher,
        verbs,
    )
    # "the leaders" are the parties, not Austria named deep in what they were told of
    assert (0, "010", putin, macron) in coded
    assert not any(t == "country_aut" for i, _, _, t in coded if i == 0)
    assert (1, "043", putin, "country_irn") in coded


def test_speech_to_the_other_party_thanks_keeps_contact_and_signs(matcher, verbs):
    putin, scholz = "person_vladimir_putin", "person_olaf_scholz"
    coded = _titled_codes(
        "Talks with Federal Chancellor of Germany Olaf Scholz",
        "Vladimir Putin held talks with Olaf Scholz. "
        'Olaf Scholz said: "Mr President, I would like to thank you for the invitation. '
        'We maintain constant contact." '
        "Following the talks, a joint declaration was signed.",
        matcher,
        verbs,
    )
    # a form of address parsed as a second subject is not the subject; a thanks someone
    # says is no formula
    assert (1, "051", scholz, putin) in coded
    # "we" of one party to the other, keeping contact: both, with each other
    assert {(2, "040", putin, scholz), (2, "040", scholz, putin)} <= coded
    # an agentless signing after two parties' talks: by both
    assert {(3, "057", putin, scholz), (3, "057", scholz, putin)} <= coded
    # "Thank you." alone opens a turn: no event
    assert _codes('Olaf Scholz said: "Thank you."', matcher, verbs) == []


def test_a_speakers_own_words_of_credit_or_censure_are_praise_or_criticism(matcher, verbs):
    putin, scholz = "person_vladimir_putin", "person_olaf_scholz"
    coded = _titled_codes(
        "Message to Federal Chancellor of Germany Olaf Scholz",
        'Vladimir Putin sent a message to Olaf Scholz. "During your years in office, you '
        'gained high regard in Europe," the message reads. "Austria ignored the crimes '
        'committed by Iran," Vladimir Putin said.',
        matcher,
        verbs,
    )
    assert (1, "051", putin, scholz) in coded
    assert any(i == 2 and c == "111" and t == "country_irn" for i, c, _, t in coded)


def test_discussions_without_a_named_party_are_the_two_parties_talks(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "The discussion covered bilateral trade. "
        "The situation in Libya was also discussed. "
        "The leaders agreed on further contacts. "
        "The issue was discussed with Olaf Scholz.",
        matcher,
        verbs,
    )
    for i in (1, 2):
        assert {(i, "040", putin, macron), (i, "040", macron, putin)} <= coded
    assert {(3, "036", putin, macron), (3, "036", macron, putin)} <= coded
    # a sentence naming someone else is not an account of the parties' own talks
    assert not any(i == 4 and {s, t} == {putin, macron} for i, _, s, t in coded)


def test_gratitude_and_support_of_what_someone_holds_go_to_them(matcher, verbs):
    putin, vucic = "person_vladimir_putin", "person_aleksandar_vucic"
    coded = _titled_codes(
        "Meeting with President of Serbia Aleksandar Vucic",
        'Vladimir Putin met with Aleksandar Vucic. Vladimir Putin said: "We are grateful to '
        'you for your help. We support your position on Kosovo."',
        matcher,
        verbs,
    )
    assert (1, "051", putin, vucic) in coded
    # whose position is supported, not what it is about
    assert (2, "051", putin, vucic) in coded
    assert not any(t == "country_xkx" or t == "country_ksv" for _, _, _, t in coded)


def test_the_publishers_head_is_the_lead_of_its_releases(matcher, verbs):
    # a presidential press office's release on a call its president had: the body names
    # only the counterpart and a third leader, "the Presidents" are the two on the call
    pairs = {
        (i, c[:2], s, t)
        for i, c, s, t in _release_codes(
            "Telephone conversation with President of Azerbaijan Ilham Aliyev",
            "The Presidents discussed the talks of Ilham Aliyev with Nikol Pashinyan. "
            "The leaders reaffirmed their commitment to close interaction.",
            matcher,
            verbs,
        )
    }
    putin, aliyev = "person_vladimir_putin", "person_ilham_aliyev"
    assert {(1, "03", putin, aliyev), (1, "03", aliyev, putin)} <= pairs
    assert not any(s == "person_nikol_pashinyan" for i, _, s, _ in pairs if i == 1)


def test_stressing_the_importance_of_an_act_appeals_to_whoever_it_names(matcher, verbs):
    codes = _codes(
        "Lavrov stressed the importance of the full compliance by Iran with the agreements.",
        matcher,
        verbs,
    )
    assert [(c, s, t) for c, s, t in codes if c[:2] == "02"] == [
        ("020", "person_sergei_lavrov", "country_irn")
    ]
    # the two parties stressing what they are to do together commit to each other
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. The leaders "
        "stressed the importance of further coordination in the Middle East.",
        matcher,
        verbs,
    )
    assert {(1, "030", putin, macron), (1, "030", macron, putin)} <= coded


def test_sanctions_with_no_target_in_a_governments_release_are_against_its_country(matcher, verbs):
    coded = _release_codes(
        "Meeting on economic issues",
        "Vladimir Putin noted that the sanctions imposed by the United States have not worked.",
        matcher,
        verbs,
    )
    assert any(c[:2] == "16" and (s, t) == ("country_usa", "country_rus") for _, c, s, t in coded)


def test_force_against_a_place_is_against_its_country_and_mistakes_are_censure(
    matcher, verbs, places
):
    codes = _codes("The Ukrainian army continues the shelling of Donetsk.", matcher, verbs, places)
    assert [(c[:2], t) for c, _, t in codes] == [("19", "country_ukr")]
    # a city liberated is taken by force; prisoners liberated are released
    codes = _codes("The Russian army liberated Mariupol.", matcher, verbs, places)
    assert codes == [("190", "org_russian_armed_forces", "country_ukr")]
    codes = _codes("Austria liberated the prisoners.", matcher, verbs, places)
    assert [c for c, _, _ in codes] == ["0841"]
    codes = _codes(
        'Sergei Lavrov said: "The mistakes of Austria have led to a crisis."', matcher, verbs
    )
    assert ("111", "person_sergei_lavrov", "country_aut") in codes


def test_a_compatriot_the_title_names_and_a_chair_hear_reports(matcher, verbs):
    putin = "person_vladimir_putin"
    cases = [
        # "Meeting with Defence Minister X": the minister is a domestic meeting's counterpart
        (
            "Meeting with Defence Minister Sergei Shoigu",
            "Sergei Shoigu reported on the progress of mine clearing in the port.",
            "person_sergei_shoigu",
        ),
        # a council the head of state chairs: a member's report goes to the chair
        (
            "Meeting with permanent members of the Security Council",
            "Sergei Lavrov reported on the preparations for the summit in Ankara.",
            "person_sergei_lavrov",
        ),
    ]
    for title, body, reporter in cases:
        coded = _release_codes(title, body, matcher, verbs)
        assert any(c[:2] == "01" and (s, t) == (reporter, putin) for _, c, s, t in coded)


def test_a_meeting_with_someone_that_took_place_is_a_meeting_of_both(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "The grain exports came up during a recent videoconference with Recep Tayyip Erdogan. "
        "Emmanuel Macron informed Vladimir Putin of his meeting with Olaf Scholz. "
        "Russia remains ready for dialogue with Japan.",
        matcher,
        verbs,
    )
    erdogan, scholz = "person_recep_tayyip_erdogan", "person_olaf_scholz"
    assert {(1, "040", putin, erdogan), (1, "040", erdogan, putin)} <= coded
    assert {(2, "040", macron, scholz), (2, "040", scholz, macron)} <= coded
    # a dialogue one is ready for has not taken place
    assert not any(i == 3 and c[:2] == "04" for i, c, _, _ in coded)


def test_aid_one_is_thanked_for_was_given(matcher, verbs):
    codes = _codes(
        "Miguel Diaz-Canel thanked Russia for the humanitarian aid sent to Cuba.", matcher, verbs
    )
    assert ("073", "country_rus", "country_cub") in codes
    codes = _codes("Kassym-Jomart Tokayev thanked Russia for its help.", matcher, verbs)
    assert any(c == "070" and s == "country_rus" for c, s, _ in codes)
    # gas deliveries are trade, not aid
    codes = _codes("Aleksandar Vucic thanked Russia for the gas deliveries.", matcher, verbs)
    assert not any(c[:2] == "07" for c, _, _ in codes)


def test_cooperation_both_parties_say_they_will_keep_up_is_their_commitment(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "The presidents spoke in favour of continuing the dialogue on energy security. "
        "Both leaders reaffirmed the importance of continued close cooperation in Africa. "
        "The presidents discussed further coordination in the Middle East.",
        matcher,
        verbs,
    )
    assert {(1, "036", putin, macron), (1, "036", macron, putin)} <= coded
    assert {(2, "030", putin, macron), (2, "030", macron, putin)} <= coded
    # talks about future coordination are talks, not yet a commitment
    assert not any(i == 3 and c[:2] == "03" for i, c, _, _ in coded)


def test_censure_of_a_body_named_in_its_own_clause_and_statements_in_messages(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "Vladimir Putin underscored that Kiev has continued its destructive policy. "
        "He stressed that the US military activity in Georgia is unacceptable. "
        "Vladimir Putin gave a detailed explanation of the decision.",
        matcher,
        verbs,
    )
    # "its destructive policy": Kiev's, the subject of its own clause, not the speaker's
    assert (1, "111", putin, "city_kyiv") in coded or any(
        i == 1 and c == "111" and s == putin and t in ("country_ukr", "city_kyiv")
        for i, c, s, t in coded
    )
    # "X is unacceptable": the subject of the copula is censured
    assert (2, "111", putin, "country_usa") in coded
    assert (3, "010", putin, macron) in coded
    # a statement made in a message goes to the message's addressee
    codes = _codes(
        "In his message to Recep Tayyip Erdogan, Vladimir Putin noted that spring had come early.",
        matcher,
        verbs,
    )
    assert ("010", putin, "person_recep_tayyip_erdogan") in codes


def test_a_welcome_in_a_transcript_hosts_the_guest(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Talks with President of France Emmanuel Macron",
        "President of Russia Vladimir Putin: Welcome, Emmanuel. "
        "President of France Emmanuel Macron: Thank you very much.",
        matcher,
        verbs,
    )
    assert {(0, "043", putin, macron), (0, "042", macron, putin)} <= coded


def test_a_hosts_greeting_in_a_transcript_hosts_the_guest_who_visits(matcher, verbs):
    putin, pashinyan = "person_vladimir_putin", "person_nikol_pashinyan"
    coded = _titled_codes(
        "Talks with Prime Minister of Armenia Nikol Pashinyan",
        "President of Russia Vladimir Putin: Mr Prime Minister, thank you again for being "
        "here in Russia today. It is a pleasure to see you. "
        "Prime Minister of Armenia Nikol Pashinyan: Thank you, Mr President.",
        matcher,
        verbs,
    )
    assert {(0, "043", putin, pashinyan), (0, "042", pashinyan, putin)} <= coded
    assert {(1, "043", putin, pashinyan), (1, "042", pashinyan, putin)} <= coded
    # the guest's thanks are no greeting of a guest
    assert not any(i == 2 and c in ("042", "043") for i, c, _, _ in coded)


def test_the_one_who_arrived_is_named_before_who(matcher, verbs, places):
    codes = _codes(
        "Vladimir Putin held talks with Federal Chancellor of Germany Olaf Scholz, who "
        "arrived in Moscow on a working visit.",
        matcher,
        verbs,
        places,
    )
    assert ("042", "person_olaf_scholz", "country_rus") in codes


def test_a_country_in_a_persons_title_is_no_third_side(matcher, verbs):
    codes = _codes("Vladimir Putin and President of China Xi Jinping held talks.", matcher, verbs)
    putin, xi = "person_vladimir_putin", "person_xi_jinping"
    assert {c[1:] for c in codes} == {(putin, xi), (xi, putin)}


def test_a_joint_statement_signed_or_adopted_is_signed_by_each_with_each(matcher, verbs):
    putin, aliyev, pashinyan = (
        "person_vladimir_putin",
        "person_ilham_aliyev",
        "person_nikol_pashinyan",
    )
    codes = _codes(
        "Vladimir Putin, Ilham Aliyev and Nikol Pashinyan signed a joint statement on a "
        "complete ceasefire in Nagorno-Karabakh.",
        matcher,
        verbs,
    )
    # the statement is signed, not the ceasefire it is about declared
    assert {("057", putin, aliyev), ("057", pashinyan, aliyev), ("057", aliyev, putin)} <= set(
        codes
    )
    assert not any(c.startswith("087") for c, _, _ in codes)
    codes = _codes("Vladimir Putin and Jair Bolsonaro adopted a joint statement.", matcher, verbs)
    assert ("057", "person_jair_bolsonaro", putin) in codes
    codes = _codes(
        "Vladimir Putin and Xi Jinping exchanged messages on the anniversary of the Treaty.",
        matcher,
        verbs,
    )
    assert ("051", putin, "person_xi_jinping") in codes


def test_an_offer_of_ones_own_countrys_help_is_not_aimed_at_ones_country(matcher, verbs):
    codes = _codes(
        "Emmanuel Macron offered the support of the French civil security services.",
        matcher,
        verbs,
    )
    assert not any(t == "country_fra" for _, _, t in codes)


def test_support_for_continuing_to_cooperate_is_a_commitment_to_cooperate(matcher, verbs):
    putin, erdogan = "person_vladimir_putin", "person_recep_tayyip_erdogan"
    coded = _titled_codes(
        "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. Recep "
        "Tayyip Erdogan expressed support for continuing to coordinate efforts.",
        matcher,
        verbs,
    )
    assert (1, "030", erdogan, putin) in coded
    assert not any(i == 1 and c.startswith("05") for i, c, _, _ in coded)


def test_a_visit_named_with_its_to_hung_elsewhere_is_coded(matcher, verbs):
    codes = _codes(
        "Vladimir Putin and Shavkat Mirziyoyev discussed agreements reached following the "
        "visit by the President of Uzbekistan to Russia in November 2021.",
        matcher,
        verbs,
    )
    assert ("042", "person_shavkat_mirziyoyev", "country_rus") in codes


def test_a_press_office_records_a_meeting_both_ways_a_wire_item_one_way(matcher, verbs):
    putin, van_der_bellen = "person_vladimir_putin", "person_alexander_van_der_bellen"
    coded = _release_codes(
        "Meeting with Federal President of Austria",
        "Vladimir Putin met with Federal President of Austria Alexander Van der Bellen. "
        "Vladimir Putin will meet with Alexander Van der Bellen again in June.",
        matcher,
        verbs,
    )
    assert {(0, "040", putin, van_der_bellen), (0, "040", van_der_bellen, putin)} <= coded
    # a meeting to come is not yet an encounter of both
    assert (1, "040", van_der_bellen, putin) not in coded
    coded = _release_codes(
        "Meeting with Federal President of Austria",
        "Alexander Van der Bellen met the Russian President in the Kremlin.",
        matcher,
        verbs,
    )
    assert {(0, "040", putin, van_der_bellen), (0, "040", van_der_bellen, putin)} <= coded
    # a wire item, no publisher known: one way, as PETRARCH codes it
    codes = _codes("Vladimir Putin met with Alexander Van der Bellen.", matcher, verbs)
    assert ("040", putin, van_der_bellen) in codes
    assert ("040", van_der_bellen, putin) not in codes


def test_a_visit_made_to_a_city_visits_its_country_and_meeting_at_a_place_is_a_meeting(
    matcher, verbs, places
):
    codes = _codes("Vladimir Putin made a working visit to Damascus.", matcher, verbs, places)
    assert ("042", "person_vladimir_putin", "country_syr") in codes
    codes = _codes("Joe Biden met with Emmanuel Macron at the Elysee.", matcher, verbs, places)
    assert ("040", "person_joe_biden", "person_emmanuel_macron") in codes
    assert not any(c.startswith("036") for c, _, _ in codes)


def test_a_denial_stands_alone_and_what_is_denied_is_no_act(matcher, verbs):
    codes = _codes("Russia has denied any involvement.", matcher, verbs)
    assert ("016", "country_rus", None) in codes
    codes = _codes(
        "Russia denied that its forces had bombed the hospital in Mariupol.", matcher, verbs
    )
    assert ("016", "country_rus", None) in codes
    assert not any(c.startswith("19") for c, _, _ in codes)


def test_a_protest_made_to_a_state_is_an_official_complaint(matcher, verbs):
    codes = _codes("China made strong protests to the United States.", matcher, verbs)
    assert ("114", "country_chn", "country_usa") in codes


def test_a_host_welcomes_leaders_named_by_office_and_a_passive_welcome_hosts(matcher, verbs):
    codes = _codes(
        "President of Turkey Recep Tayyip Erdogan welcomed the leaders of Russia and Iran.",
        matcher,
        verbs,
    )
    assert ("043", "person_recep_tayyip_erdogan", "country_rus") in codes
    codes = _codes(
        "Vladimir Putin arrived in Dushanbe, where he was welcomed by President of "
        "Tajikistan Emomali Rahmon.",
        matcher,
        verbs,
    )
    assert ("043", "person_emomali_rahmon", "person_vladimir_putin") in codes


def test_praise_of_a_contribution_to_something_is_praise_not_hosting(matcher, verbs):
    codes = _codes(
        "Vladimir Putin praised the Uzbek leader's personal contribution to expanding trade.",
        matcher,
        verbs,
    )
    assert ("051", "person_vladimir_putin", "person_shavkat_mirziyoyev") in codes
    assert not any(c.startswith("04") for c, _, _ in codes)


def test_a_heads_release_on_a_meeting_without_a_titled_counterpart_has_no_foreign_party(
    matcher, verbs
):
    coded = _release_codes(
        "Meeting with permanent members of the Security Council",
        "Vladimir Putin spoke about his talks with Ilham Aliyev. "
        "We will speak about that separately.",
        matcher,
        verbs,
    )
    # the foreign leader the meeting talks about is not whom the chair speaks to
    assert not any(i == 1 and t == "person_ilham_aliyev" for i, _, _, t in coded)


def test_exchanged_wishes_are_praise_of_each_other(matcher, verbs):
    putin, sisi = "person_vladimir_putin", "person_abdel_fattah_el_sisi"
    coded = _titled_codes(
        "Telephone conversation with President of Egypt Abdel Fattah el-Sisi",
        "Vladimir Putin had a telephone conversation with Abdel Fattah el-Sisi. "
        "The heads of state exchanged warm wishes on the coming holiday.",
        matcher,
        verbs,
    )
    assert {(1, "051", putin, sisi), (1, "051", sisi, putin)} <= coded


def test_a_heads_message_to_people_at_home_addresses_its_country(matcher, verbs):
    coded = _release_codes(
        "Greetings to the winners of a school contest",
        'The message reads, in part: "I sincerely congratulate the contest winners. '
        "My warmest congratulations to your teammates. "
        'Please pass my congratulations to your coaches."',
        matcher,
        verbs,
    )
    for sentence in (0, 1, 2):
        assert (sentence, "051", "person_vladimir_putin", "country_rus") in coded, coded


def test_a_regional_topic_does_not_stop_the_discussion_being_the_parties_talks(matcher, verbs):
    putin, orban = "person_vladimir_putin", "person_viktor_orban"
    coded = _titled_codes(
        "Talks with Prime Minister of Hungary Viktor Orban",
        "The discussion focused on energy cooperation as well as European security issues.***"
        "President of Russia Vladimir Putin: Mr Prime Minister, I am happy to see you.",
        matcher,
        verbs,
    )
    assert {(0, "040", putin, orban), (0, "040", orban, putin)} <= {
        (i, c[:2] + "0", s, t) for i, c, s, t in coded
    }


def test_thanks_in_a_turn_and_credit_a_speaker_gives_are_praise(matcher, verbs):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    coded = _titled_codes(
        "Talks with President of Kazakhstan Kassym-Jomart Tokayev",
        "Vladimir Putin held talks with Kassym-Jomart Tokayev. "
        "President of Russia Vladimir Putin: Mr President, friends. "
        "Thank you for accepting my invitation. "
        "You deserve the highest recognition for this work. "
        "I am genuinely pleased that you came to Sochi. "
        "President of Kazakhstan Kassym-Jomart Tokayev: Thank you.",
        matcher,
        verbs,
    )
    for sentence in (2, 3, 4):
        assert (sentence, "051", putin, tokayev) in coded, sentence
    coded_home = _release_codes(
        "Greetings to medical workers",
        'The message reads, in part: "We are proud of the selfless work of our doctors."',
        matcher,
        verbs,
    )
    assert (0, "051", putin, "country_rus") in coded_home


def test_credit_for_what_was_done_and_for_people_at_home_is_praise(matcher, verbs):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    coded = _titled_codes(
        "Talks with President of Kazakhstan Kassym-Jomart Tokayev",
        "Vladimir Putin held talks with Kassym-Jomart Tokayev. "
        "President of Russia Vladimir Putin: Mr President, colleagues. "
        "You have done a great deal for the railway link between our countries. "
        "We will do much more next year. "
        "President of Kazakhstan Kassym-Jomart Tokayev: Thank you.",
        matcher,
        verbs,
    )
    assert (2, "051", putin, tokayev) in coded, coded
    # what is still to be done, and what the speaker's side did, credit no one
    assert not any(i == 3 and c == "051" for i, c, _, _ in coded), coded
    coded_home = _release_codes(
        "Greetings to road builders",
        'The message reads, in part: "Thank you for your work. '
        "Over these years, they have made a huge contribution to the roads of the Far East. "
        "It is gratifying that engineers of the highest skill keep working in the Russian "
        "road sector. I also want to note the union's strong contribution to safety.\"",
        matcher,
        verbs,
    )
    for sentence in (1, 2, 3):
        assert (sentence, "051", putin, "country_rus") in coded_home, (sentence, coded_home)


def test_a_force_noun_with_its_author_and_target_is_an_attack(matcher, verbs, places):
    codes = _codes(
        "Vladimir Putin stressed the missile strikes by the Ukrainian army at Donetsk.",
        matcher,
        verbs,
        places,
    )
    army = "org_ukrainian_armed_forces"
    assert any(c[:2] == "19" and s == army and t is not None for c, s, t in codes), codes
    # without an author it is no attack anyone made
    codes = _codes("Vladimir Putin spoke about missile strikes at Donetsk.", matcher, verbs, places)
    assert not any(c[:2] == "19" for c, _, _ in codes)


def test_a_purpose_the_parser_hangs_on_the_verb_and_idioms_of_take_are_no_acts(matcher, verbs):
    codes = _codes(
        "Vladimir Putin informed Recep Tayyip Erdogan on the progress of the operation to "
        "defend Donbass. Emmanuel Macron took into account the views of Olaf Scholz.",
        matcher,
        verbs,
    )
    assert not any(c[:2] in ("05", "17") for c, _, _ in codes), codes
    assert any(c[:2] == "01" for c, _, _ in codes)


def test_supporting_talks_between_two_others_urges_them_to_meet(matcher, verbs):
    codes = _codes(
        "Vladimir Putin supported the restoration of contacts between Poland and Belarus.",
        matcher,
        verbs,
    )
    putin = "person_vladimir_putin"
    assert {("026", putin, "country_pol"), ("026", putin, "country_blr")} <= set(codes), codes


def test_every_counterpart_the_title_names_is_a_party(matcher, verbs):
    putin, macron, scholz = (
        "person_vladimir_putin",
        "person_emmanuel_macron",
        "person_olaf_scholz",
    )
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron and Federal "
        "Chancellor of Germany Olaf Scholz",
        "Vladimir Putin informed the leaders of the outcome of the meeting. "
        "The leaders agreed to continue their contacts.",
        matcher,
        verbs,
    )
    assert {(0, "010", putin, macron), (0, "010", putin, scholz)} <= coded
    agreed = {(s, t) for i, c, s, t in coded if i == 1 and c[:2] == "03"}
    assert {(putin, macron), (putin, scholz), (scholz, putin)} <= agreed
    # the two counterparts are each the lead's, not each other's
    assert (macron, scholz) not in agreed


def test_censure_of_whom_a_relative_clause_or_a_stray_by_phrase_names(matcher, verbs):
    putin = "person_vladimir_putin"
    for body in (
        "Vladimir Putin gave an appraisal of the actions of Georgia, which is evading its "
        "commitments.",
        "Vladimir Putin provided specific examples of violations by Georgia of the agreements.",
    ):
        codes = _codes(body, matcher, verbs)
        assert any(c[:2] == "11" and (s, t) == (putin, "country_geo") for c, s, t in codes), (
            body,
            codes,
        )


def test_our_ministries_are_the_speakers_and_a_clause_after_a_negated_one_stands(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Talks with President of France Emmanuel Macron",
        "President of Russia Vladimir Putin: Mr President, Emmanuel. "
        "Our foreign ministries maintain regular contact. "
        "Our contacts have never been interrupted, and we remain in touch. "
        "President of France Emmanuel Macron: Thank you.",
        matcher,
        verbs,
    )
    for sentence in (1, 2):
        assert {(sentence, "040", putin, macron), (sentence, "040", macron, putin)} <= coded


def test_others_named_in_the_topic_of_the_discussion_leave_it_the_parties_talks(matcher, verbs):
    putin, pashinyan = "person_vladimir_putin", "person_nikol_pashinyan"
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Armenia Nikol Pashinyan",
        "The discussion also touched on the statements by the leaders of Azerbaijan and Iran.",
        matcher,
        verbs,
    )
    assert {("04", putin, pashinyan), ("04", pashinyan, putin)} <= {
        (c[:2], s, t) for _, c, s, t in coded
    }


def test_attention_paid_and_issues_reviewed_in_an_account_are_the_parties_talks(matcher, verbs):
    putin, orban = "person_vladimir_putin", "person_viktor_orban"
    coded = _titled_codes(
        "Telephone conversation with Prime Minister of Hungary Viktor Orban",
        "Vladimir Putin had a telephone conversation with Viktor Orban. "
        "The main attention was paid to energy supplies. "
        "A number of bilateral issues were reviewed during the conversation.",
        matcher,
        verbs,
    )
    for sentence in (1, 2):
        assert {(sentence, "040", putin, orban), (sentence, "040", orban, putin)} <= coded


def test_a_visit_named_with_its_visitor_is_a_visit(matcher, verbs):
    putin, pashinyan = "person_vladimir_putin", "person_nikol_pashinyan"
    coded = _titled_codes(
        "Talks with Prime Minister of Armenia Nikol Pashinyan",
        "President of Russia Vladimir Putin: Mr Pashinyan, your visit comes at a good time. "
        "The visit by the President of Uzbekistan to Russia went well. "
        "Prime Minister of Armenia Nikol Pashinyan: Thank you for inviting me on a visit to Russia. "
        "The upcoming visit of Nikol Pashinyan to Minsk matters too. "
        "During the visit, many things were done.",
        matcher,
        verbs,
    )
    # "your visit", said by the host: the guest visits the host
    assert (0, "042", pashinyan, putin) in coded
    assert (1, "042", "person_shavkat_mirziyoyev", "country_rus") in coded
    # invited on a visit to a country: the one invited visits it
    assert (2, "042", pashinyan, "country_rus") in coded
    # a visit not yet made, and a visit with no visitor named, are no visit
    assert not any(i in (3, 4) and code == "042" for i, code, _, _ in coded)


def test_an_office_names_the_one_counterpart_and_anniversary_wishes_praise(matcher, verbs):
    putin, sobyanin = "person_vladimir_putin", "person_sergei_sobyanin"
    coded = _release_codes(
        "Meeting with Moscow Mayor Sergei Sobyanin",
        "Sergei Sobyanin briefed the President on the city's affairs. "
        "The Mayor said that the new hospitals were ready. "
        "Vladimir Putin: I congratulate you on the anniversary of the city. "
        "Sergei Sobyanin: Thank you.",
        matcher,
        verbs,
    )
    # "the Mayor": the one person the President met
    assert (1, "010", sobyanin, putin) in coded
    # congratulations on an anniversary praise (051), as on any other occasion
    assert (2, "051", putin, sobyanin) in coded


def test_wreaths_laid_have_no_target_and_talks_between_delegations_of_two(matcher, verbs):
    putin = "person_vladimir_putin"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin laid flowers at the Eternal Flame. "
        "Vladimir Putin informed Emmanuel Macron about the talks between the delegations "
        "of Russia and Ukraine.",
        matcher,
        verbs,
    )
    # a symbolic act with no one on the other end
    assert (0, "017", putin, None) in coded
    # the delegations of two countries: talks of each with the other
    assert {
        (1, "046", "country_rus", "country_ukr"),
        (1, "046", "country_ukr", "country_rus"),
    } <= coded


def test_congratulations_addressed_to_no_one_go_to_the_home_audience(matcher, verbs):
    coded = _release_codes(
        "Address on the anniversary of a theatre",
        "President of Russia Vladimir Putin: Friends, I am glad to speak to you today. "
        "Congratulations on this holiday! "
        "The theatre is a hundred years old.",
        matcher,
        verbs,
    )
    assert (1, "051", "person_vladimir_putin", "country_rus") in coded


def test_one_event_said_twice_in_a_sentence_is_one_event(matcher, verbs):
    events = _titled_events(
        "Meeting with Moscow Mayor Sergei Sobyanin",
        "Sergei Sobyanin said the situation in the city remained stable, and he started his "
        "report by describing the new schools.",
        matcher,
        verbs,
        article_id="http://en.kremlin.ru/events/president/news/1",
        published=date(2022, 5, 20),
    )
    rows = events.select("event_code", "source_actor_id", "target_actor_id").rows()
    assert rows == [("010", "person_sergei_sobyanin", "person_vladimir_putin")]


def test_talks_announced_updates_given_and_talks_of_a_named_pair(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "The two presidents will discuss bilateral ties. "
        "Emmanuel Macron updated Vladimir Putin on his contacts. "
        "Vladimir Putin set forth his approaches. "
        "Vladimir Putin spoke about the Russian-Ukrainian talks.",
        matcher,
        verbs,
    )
    # talks announced are coded as the talks, as PETRARCH codes them
    assert {(0, "040", putin, macron), (0, "040", macron, putin)} <= coded
    assert (1, "010", macron, putin) in coded
    assert (2, "010", putin, macron) in coded
    # talks of a pair named before the noun, others than the call's parties
    assert {
        (3, "046", "country_rus", "country_ukr"),
        (3, "046", "country_ukr", "country_rus"),
    } <= coded


def test_an_object_pronoun_is_not_its_verbs_subject_and_a_fronted_request(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "At the request of Emmanuel Macron, Vladimir Putin informed him about the talks. "
        "After a question from Emmanuel Macron, Vladimir Putin told him about the situation.",
        matcher,
        verbs,
    )
    # the parser hangs "Vladimir Putin" on the fronted phrase: still the subject; "him"
    # is not Putin himself
    assert (0, "010", putin, macron) in coded
    assert (1, "010", putin, macron) in coded


def test_help_thanked_for_with_its_giver_after_of_is_aid(matcher, verbs):
    coded = _titled_codes(
        "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev spoke about the situation in his country. "
        "He extended his gratitude for the help and support of the Russian Federation.",
        matcher,
        verbs,
    )
    assert (1, "070", "country_rus", "person_kassym_jomart_tokayev") in coded


def test_talks_held_by_two_sides_are_their_talks(matcher, verbs):
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin spoke about the talks held via videoconference by Russian and "
        "Ukrainian representatives.",
        matcher,
        verbs,
    )
    assert {
        (0, "046", "country_rus", "country_ukr"),
        (0, "046", "country_ukr", "country_rus"),
    } <= coded
    # not talks of the call's own parties
    assert not any(code == "046" and "person_emmanuel_macron" in (a, b) for _, code, a, b in coded)


def test_an_importance_reaffirmed_or_stressed_without_agent_commits_both_parties(matcher, verbs):
    putin, pashinyan = "person_vladimir_putin", "person_nikol_pashinyan"
    coded = _titled_codes(
        "Telephone conversation with Prime Minister of Armenia Nikol Pashinyan",
        "Vladimir Putin and Nikol Pashinyan reaffirmed the importance of implementing the "
        "trilateral agreements. "
        "The importance of continuing cooperation in healthcare was stressed.",
        matcher,
        verbs,
    )
    for i in (0, 1):
        assert {(i, "030", putin, pashinyan), (i, "030", pashinyan, putin)} <= coded


def test_both_sides_satisfied_with_their_relations_praise_each_other(matcher, verbs):
    putin, lourenco = "person_vladimir_putin", "person_joao_lourenco"
    coded = _titled_codes(
        "Telephone conversation with President of Angola Joao Lourenco",
        "Vladimir Putin and Joao Lourenco spoke by phone. "
        "Both sides said they were satisfied with the level of Russian-Angolan relations.",
        matcher,
        verbs,
    )
    assert {(1, "051", putin, lourenco), (1, "051", lourenco, putin)} <= coded
    assert not any(i == 1 and a == lourenco and b == "country_ago" for i, _, a, b in coded)


def test_an_act_with_no_one_on_the_other_end_is_coded_only_where_none_is_usual(matcher, verbs):
    # cooperation, aid or praise toward no one named is too uncertain to code
    assert _codes("Iran expressed readiness to provide assistance.", matcher, verbs) == []
    # force, coercion and symbolic acts stand alone ("imprisoned", "laid a wreath")
    assert ("017", "country_irn", None) in _codes(
        "Iran laid a wreath at the memorial.", matcher, verbs
    )


def test_a_saying_whose_content_codes_nothing_is_the_event(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin noted that trade had increased by a third. "
        "Vladimir Putin noted that Ukraine had attacked Donetsk.",
        matcher,
        verbs,
    )
    # nothing coded in what was said: the saying is the event
    assert (0, "010", putin, macron) in coded
    # an attack stated as fact is the event, and saying it adds nothing
    assert not any(i == 1 and code == "010" for i, code, _, _ in coded)


def test_an_act_done_by_taking_an_opportunity_is_the_act(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Talks with President of France Emmanuel Macron",
        "President of Russia Vladimir Putin: Mr President, welcome. "
        "President of France Emmanuel Macron: I would like to take this opportunity to "
        "congratulate you on your birthday.",
        matcher,
        verbs,
    )
    assert (1, "051", macron, putin) in coded


def test_a_decoration_presented_is_praise_of_whoever_receives_it(matcher, verbs):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    coded = _codes(
        "Vladimir Putin presented a Russian state decoration to Kassym-Jomart Tokayev. "
        "Vladimir Putin awarded the Order of Friendship to Kassym-Jomart Tokayev. "
        "Vladimir Putin presented the Gold Star to Kassym-Jomart Tokayev.",
        matcher,
        verbs,
    )
    # the decoration is Russia's: the one it is given to is the target, and an Order
    # awarded is an honour, not an order given
    assert coded.count(("051", putin, tokayev)) == 3
    assert not any(code.startswith("10") for code, _, _ in coded)


def test_a_stance_expressed_by_no_one_named_in_two_parties_talks_is_each_one_s(matcher, verbs):
    putin, erdogan = "person_vladimir_putin", "person_recep_tayyip_erdogan"
    coded = _release_codes(
        "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan. Mutual satisfaction was expressed with the level of cooperation in trade.",
        matcher,
        verbs,
    )
    assert (1, "051", putin, erdogan) in coded
    assert (1, "051", erdogan, putin) in coded


def test_the_built_patterns_follow_the_coder_s_evaluation_words(tmp_path, monkeypatch):
    # the built patterns are cached per seed content; the word forms that pick sentences
    # hold the coder's evaluation words too, so a new word must not meet a stale build
    import pipelines.nlp.events as events_module

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    seed = SEEDS_DIR / "event_verb_patterns.csv"
    assert "zzzpraiseword" not in EventPatterns.from_seed(seed).forms
    monkeypatch.setattr(
        events_module, "EVALUATION_WORDS", events_module.EVALUATION_WORDS | {"zzzpraiseword"}
    )
    assert "zzzpraiseword" in EventPatterns.from_seed(seed).forms


def test_a_title_naming_two_countries_makes_their_leaders_the_parties(matcher, verbs):
    """ "Russia-Kazakhstan talks": the Kazakh president who speaks in the transcript is the
    other party, so his "you" is the Russian president and his thanks go to him."""
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    coded = _release_codes(
        "Russia-Kazakhstan talks",
        "President of Russia Vladimir Putin: Good morning, I am glad to see you. "
        "President of Kazakhstan Kassym-Jomart Tokayev: Thank you. "
        "Mr President, first of all, let me say how grateful I am to you for this meeting.",
        matcher,
        verbs,
    )
    assert (2, "051", tokayev, putin) in coded


def test_coordinated_leaders_talk_with_each_other_not_with_their_topic(matcher, verbs, places):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    pairs = {(putin, tokayev), (tokayev, putin)}

    def pairs_of(sentence: str) -> set[tuple[str, str | None]]:
        return {(row[1], row[2]) for row in _codes(sentence, matcher, verbs, places)}

    # a country the talks are about is no party to them
    assert (
        pairs_of("Vladimir Putin and Kassym-Jomart Tokayev discussed the situation in Iran.")
        == pairs
    )
    # a light verb's coordinated subjects hold the noun's talks with each other
    assert pairs_of("Vladimir Putin and Kassym-Jomart Tokayev had a long conversation.") == pairs
    assert (
        pairs_of("Vladimir Putin and Kassym-Jomart Tokayev had an exchange of views on Iran.")
        == pairs
    )
    # where they meet stays the target, as PETRARCH codes it
    assert ("country_irn", "country_che") in pairs_of("Iran and Austria will meet in Geneva.")


def test_a_call_with_someone_is_both_parties_and_wishes_of_success_praise(matcher, verbs):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    assert set(
        _codes("Vladimir Putin spoke by phone with Kassym-Jomart Tokayev.", matcher, verbs)
    ) == {
        ("041", putin, tokayev),
        ("041", tokayev, putin),
    }
    # a meeting stays the subject's act toward the one met, as PETRARCH codes it
    assert _codes("Vladimir Putin met with Kassym-Jomart Tokayev.", matcher, verbs) == [
        ("040", putin, tokayev)
    ]
    coded = _release_codes(
        "Meeting with Kassym-Jomart Tokayev",
        "Vladimir Putin: I wish you every success in your work.",
        matcher,
        verbs,
    )
    assert (0, "051", putin, tokayev) in coded


def test_every_person_of_a_list_hung_as_appositions_is_a_party(matcher, verbs):
    """The parser hangs the middle of a list of titled people as appositions of the first
    name or of its title; each listed person still has the call."""
    coded = _codes(
        "Vladimir Putin had telephone conversations with President of Kazakhstan "
        "Kassym-Jomart Tokayev, President of Turkmenistan Serdar Berdimuhamedov, President "
        "of Belarus Alexander Lukashenko, and Prime Minister of Armenia Nikol Pashinyan.",
        matcher,
        verbs,
    )
    assert {target for _, source, target in coded if source == "person_vladimir_putin"} == {
        "person_kassym_jomart_tokayev",
        "person_serdar_berdimuhamedov",
        "person_alexander_lukashenko",
        "person_nikol_pashinyan",
    }
    # an apposition that is no list ("X, the President of Y") names no one else
    assert {
        row[2]
        for row in _codes(
            "Vladimir Putin met with Alexander Lukashenko, President of Belarus, in Minsk.",
            matcher,
            verbs,
        )
    } == {"person_alexander_lukashenko"}


def test_the_people_a_title_names_are_the_parties_in_its_order(matcher, verbs):
    """Two people the title names, neither named in the body, are taken in the title's
    order (the first leads), the same on every run."""
    for _ in range(3):
        events = _titled_events(
            "Telephone conversations with President of Belarus Alexander Lukashenko and "
            "Prime Minister of Armenia Nikol Pashinyan",
            "The leaders agreed to continue their contacts.",
            matcher,
            verbs,
        )
        assert events.select("source_actor_id", "target_actor_id").rows() == [
            ("person_alexander_lukashenko", "person_nikol_pashinyan"),
            ("person_nikol_pashinyan", "person_alexander_lukashenko"),
        ]


def test_force_a_statement_names_its_author_for_accuses_that_author(matcher, verbs):
    """A statement whose object is force stated as fact, with its author, criticizes the
    author (the force stays an event); a "by" hung on the noun before "of" names the
    culprit of the violations."""
    coded = _codes(
        "Vladimir Putin emphasised the continuing missile strikes by the Iranian army on "
        "Austrian towns.",
        matcher,
        verbs,
    )
    assert set(coded) == {
        ("111", "person_vladimir_putin", "country_irn"),
        ("193", "country_irn", "country_aut"),
    }
    coded = _codes(
        "Vladimir Putin cited facts of gross violations of the law by Iran.", matcher, verbs
    )
    assert ("111", "person_vladimir_putin", "country_irn") in coded


def test_a_text_issued_says_what_its_participle_does(matcher, verbs):
    """ "issued a statement condemning X", "sent a message wishing X ...": the issuer acts,
    and the sending is no statement of its own; a congratulatory message praises."""
    assert _codes("Iran issued a statement condemning Austria.", matcher, verbs) == [
        ("111", "country_irn", "country_aut")
    ]
    assert _codes("Iran's statement condemning Austria was published.", matcher, verbs) == [
        ("111", "country_irn", "country_aut")
    ]
    assert _codes(
        "Vladimir Putin sent a message wishing Emmanuel Macron a happy birthday.", matcher, verbs
    ) == [("051", "person_vladimir_putin", "person_emmanuel_macron")]
    assert _codes(
        "Vladimir Putin sent a congratulatory message to Emmanuel Macron.", matcher, verbs
    ) == [("051", "person_vladimir_putin", "person_emmanuel_macron")]


def test_a_list_of_more_than_four_partners_reaches_each(matcher, verbs):
    coded = _codes(
        "Iran delivered food to Lebanon, Tajikistan, Kyrgyzstan, Cuba and Sudan.", matcher, verbs
    )
    assert {target for _, source, target in coded if source == "country_irn"} == {
        "country_lbn",
        "country_tjk",
        "country_kgz",
        "country_cub",
        "country_sdn",
    }


def test_another_sides_failure_a_speaker_states_is_criticism_and_own_views_have_no_target(
    matcher, verbs
):
    # a failure of another side, stated as fact, criticizes it; not doing harm does not,
    # nor does the speaker's own side failing, nor a condition
    codes = _codes("Peskov stressed that Austria is not showing any interest.", matcher, verbs)
    assert ("111", "person_dmitry_peskov", "country_aut") in codes
    codes = _codes("Lavrov noted that Austria had done nothing to help.", matcher, verbs)
    assert ("111", "person_sergei_lavrov", "country_aut") in codes
    for text in (
        "Lavrov noted that Russia is not showing any interest.",
        "Lavrov noted that if Austria does not answer, the talks will stop.",
        "Lavrov noted that Austria did not attack anyone.",
    ):
        assert not [c for c in _codes(text, matcher, verbs) if c[0] == "111"], text
    # "began by thanking": the one who began thanks
    codes = _codes("Emmanuel Macron began by thanking Olaf Scholz.", matcher, verbs)
    assert ("051", "person_emmanuel_macron", "person_olaf_scholz") in codes
    # a second statement joined by the parser to what the speaker reports is the speaker's
    codes = _codes(
        "Peskov said that Austria was responsible for the delay and expressed his support "
        "for Hungary.",
        matcher,
        verbs,
    )
    assert ("051", "person_dmitry_peskov", "country_hun") in codes
    assert not [c for c in codes if c[0] == "051" and c[1] == "country_aut"]
    # the speaker's own country's assessment is not the target of the statement
    codes = _codes("Lavrov outlined Russia's assessment of the situation.", matcher, verbs)
    assert ("010", "person_sergei_lavrov", "country_rus") not in codes


def test_two_groups_of_one_country_act_on_each_other(matcher, verbs):
    # each group named by the demonym: a domestic act keeps its target
    codes = _codes("Pakistani police arrested Pakistani militants.", matcher, verbs)
    assert ("173", "country_pak", "country_pak") in codes
    codes = _codes("Georgian rebels received weapons from the Georgian government.", matcher, verbs)
    assert [c for c in codes if c[0] == "072"] == [("072", "country_geo", "country_geo")]
    # one actor named once is not its own target
    assert not [
        c for c in _codes("Pakistan arrested its militants.", matcher, verbs) if c[1] == c[2]
    ]


def test_talks_told_without_their_holders_and_calls_whoever_placed_them(matcher, verbs, places):
    body = (
        "Vladimir Putin had a telephone conversation with the French President. "
        "An exchange of views took place on energy supplies. "
        "Preparations for the coming SCO summit were also discussed. "
        "Further contacts were agreed upon. "
        "Overall, the conversation took place in a constructive atmosphere. "
        "The two presidents focused on bilateral trade. "
        "Agreements reached earlier were mentioned."
    )
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron", body, matcher, verbs
    )
    # talks that took place, or were held on a topic naming a body, are the two parties'
    assert {(1, "046", putin, macron), (1, "046", macron, putin)} <= coded
    assert {(2, "040", putin, macron), (2, "040", macron, putin)} <= coded
    # contacts agreed on are intended talks
    assert {(3, "036", putin, macron), (3, "036", macron, putin)} <= coded
    # the conversation told again is no new event; agreements reached are a noun's modifier
    assert not [c for c in coded if c[0] in (4, 6)]
    assert {(5, "040", putin, macron), (5, "040", macron, putin)} <= coded
    # a call placed by one leader is a conversation of both; so is speaking "by phone"
    codes = _codes("Emmanuel Macron phoned Olaf Scholz on Friday.", matcher, verbs)
    assert {
        ("041", "person_emmanuel_macron", "person_olaf_scholz"),
        ("041", "person_olaf_scholz", "person_emmanuel_macron"),
    } <= set(codes)
    codes = _codes("Emmanuel Macron spoke with Olaf Scholz by phone.", matcher, verbs)
    assert ("041", "person_olaf_scholz", "person_emmanuel_macron") in codes
    # a capital visited is its country visited
    codes = _codes("Emmanuel Macron visited Berlin in May.", matcher, verbs, places)
    assert ("042", "person_emmanuel_macron", "country_deu") in codes


def test_time_phrases_coordinated_sides_and_what_a_party_was_told(matcher, verbs, places):
    # "on Wednesday" says when: its preposition is no word of a pattern ("demand ... on")
    # and what a demand asks for is not done: Britain released no one
    codes = _codes("Iran demanded on Wednesday that Britain release its sailors.", matcher, verbs)
    assert codes == [("100", "country_irn", "country_gbr")]
    # coordinated adjectives of a subject name one side each
    codes = _codes("Indian and Pakistani diplomats met on Tuesday.", matcher, verbs, places)
    assert {("040", "country_ind", "country_pak"), ("040", "country_pak", "country_ind")} <= set(
        codes
    )
    # "the West Bank" is Palestinian territory, not "the West"
    codes = _codes("Israeli troops raided a village in the West Bank.", matcher, verbs, places)
    assert codes and all(target == "country_pse" for _, _, target in codes)
    # a party briefed, in an account of two parties' talks, was briefed by the other
    body = (
        "Vladimir Putin had a telephone conversation with the French President. "
        "The French President was briefed on the situation in Syria."
    )
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron", body, matcher, verbs
    )
    assert (1, "010", "person_vladimir_putin", "person_emmanuel_macron") in coded


def test_a_speakers_own_country_inside_the_object_is_no_target(matcher, verbs):
    body = (
        "Vladimir Putin had a telephone conversation with the French President. "
        "Emmanuel Macron raised the issue of fertiliser deliveries to French farms. "
        "Emmanuel Macron asked for guarantees of fertiliser supplies to France's farmers."
    )
    coded = _titled_codes(
        "Telephone conversation with President of France Emmanuel Macron", body, matcher, verbs
    )
    # raising an issue is saying something (010), to the other party, not to France
    assert (1, "010", "person_emmanuel_macron", "person_vladimir_putin") in coded
    assert (2, "020", "person_emmanuel_macron", "person_vladimir_putin") in coded
    assert not [c for c in coded if c[0] in (1, 2) and c[3] == "country_fra"]


def test_two_leaders_coordinated_however_the_parser_hangs_them(matcher, verbs):
    # the first name parsed as a modifier of the second, or the second hung inside the
    # first one's title: both are subjects, and talk with each other
    for text in (
        "Ebrahim Raisi and Vladimir Putin then discussed bilateral trade.",
        "President of Iran Ebrahim Raisi and Vladimir Putin talked about bilateral trade.",
    ):
        codes = set(_codes(text, matcher, verbs))
        assert {
            ("040", "person_ebrahim_raisi", "person_vladimir_putin"),
            ("040", "person_vladimir_putin", "person_ebrahim_raisi"),
        } <= codes, text


def test_a_city_an_envoy_leaves_or_aid_goes_to_is_its_country(matcher, verbs, places):
    codes = _codes("Russia recalled its ambassador from Tbilisi on Sunday.", matcher, verbs, places)
    assert [c for c in codes if c[0][:2] == "16"] == [("161", "country_rus", "country_geo")]
    codes = _codes("The United States sent humanitarian aid to Tbilisi.", matcher, verbs, places)
    assert ("country_usa", "country_geo") in {(c[1], c[2]) for c in codes if c[0][:2] == "07"}


def test_allegations_conditions_and_texts_rejected_are_not_acts(matcher, verbs):
    # what is called alleged, what a condition supposes, a participle of a reported attack
    # and a text someone rejects (not theirs) are no acts of their own
    codes = _codes(
        "The council ordered an inquiry into alleged crimes committed by Israel.", matcher, verbs
    )
    assert not [c for c in codes if c[0][:2] == "18"]
    codes = _codes(
        "Russia warned Poland that it would respond if Warsaw allowed the United States to "
        "deploy missiles on its soil.",
        matcher,
        verbs,
    )
    assert not [c for c in codes if c[0][:2] == "15"]
    codes = _codes("Georgia said Russian jets had bombed Gori, killing civilians.", matcher, verbs)
    assert codes == [("112", "country_geo", "country_rus")]
    codes = _codes("Iran rejected a UN resolution imposing sanctions on its banks.", matcher, verbs)
    assert not [c for c in codes if c[0][:2] == "16" and c[1] == "country_irn"]


def test_ready_to_act_takes_its_copulas_subject_and_own_forces_are_no_target(matcher, verbs):
    codes = _codes("Iran said it was ready to negotiate with the European Union.", matcher, verbs)
    assert ("036", "country_irn", "org_eu") in codes
    codes = _codes("North Korea is willing to resume talks with South Korea.", matcher, verbs)
    assert ("036", "country_prk", "country_kor") in codes
    # the troops one deploys are the act's own noun, not whom it is aimed at
    codes = _codes("Israel deployed additional troops.", matcher, verbs)
    assert codes and all(target is None for _, _, target in codes)


def test_a_possessive_is_its_clauses_subject_naming_is_no_call_own_troops_no_target(matcher, verbs):
    codes = _codes(
        "The European Union sent aid to Gaza a week after Israel eased its blockade.",
        matcher,
        verbs,
    )
    assert not [c for c in codes if c[1] == "country_isr" and c[2] == "org_eu"]
    codes = _codes(
        "Iran condemned what it called the illegal entry of British sailors.", matcher, verbs
    )
    assert not [c for c in codes if c[0][:2] == "04"]
    codes = _codes(
        "Dmitry Medvedev promised to withdraw Russian troops from Georgia.", matcher, verbs
    )
    assert codes and not [c for c in codes if c[2] == "country_rus"]


def test_more_ways_to_tell_the_two_parties_talks(matcher, verbs):
    body = (
        "Vladimir Putin had a telephone conversation with the French President. "
        "Opinions were also exchanged on energy supplies. "
        "Their discussion focused on food security. "
        "The two agreed to remain in touch."
    )
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = {
        (idx, code[:2], source, target)
        for idx, code, source, target in _titled_codes(
            "Telephone conversation with President of France Emmanuel Macron", body, matcher, verbs
        )
    }
    for idx, root in ((1, "04"), (2, "04"), (3, "03")):
        assert {(idx, root, putin, macron), (idx, root, macron, putin)} <= coded, idx


def test_the_president_of_the_republic_is_the_publishers(matcher, verbs):
    articles = pl.DataFrame(
        {
            "article_id": ["https://www.elysee.fr/1"],
            "body": ["The President of the Republic spoke with Vladimir Putin on Sunday."],
            "published_date": [date(2022, 3, 6)],
        }
    )
    mentions, _ = extract_actors_and_quotes(articles, matcher)
    assert "person_emmanuel_macron" in mentions["actor_id"].to_list()


def test_saying_someone_is_to_blame_criticizes_them(matcher, verbs):
    codes = _codes("Peskov stressed that Austria was to blame for the delay.", matcher, verbs)
    assert ("111", "person_dmitry_peskov", "country_aut") in codes


def test_a_summit_of_three_is_of_the_three_with_each_other(matcher, verbs):
    codes = set(
        _codes(
            "Vladimir Putin, Recep Tayyip Erdogan and Ebrahim Raisi met in Tehran.", matcher, verbs
        )
    )
    putin, erdogan, raisi = (
        "person_vladimir_putin",
        "person_recep_tayyip_erdogan",
        "person_ebrahim_raisi",
    )
    assert ("040", putin, erdogan) in codes and ("040", raisi, putin) in codes
    assert not any(target == "country_irn" for _, _, target in codes)


def test_speaking_to_the_press_is_a_statement_to_no_one_in_particular(matcher, verbs):
    for body in (
        "After the summit in Geneva, Vladimir Putin held a news conference.",
        "Vladimir Putin answered questions from journalists.",
        "Yury Ushakov briefed media representatives on the talks.",
    ):
        codes = _codes(body, matcher, verbs)
        assert len(codes) == 1 and codes[0][0] == "010" and codes[0][2] is None, body
    # a joint news conference with someone keeps the meeting with them
    codes = _codes(
        "Vladimir Putin held a joint news conference with Recep Tayyip Erdogan.", matcher, verbs
    )
    assert ("040", "person_vladimir_putin", "person_recep_tayyip_erdogan") in codes
    assert ("010", "person_vladimir_putin", None) in codes
    # a conference that is not the press's is still a meeting
    codes = _codes("Vladimir Putin held a conference with Olaf Scholz.", matcher, verbs)
    assert not any(code == "010" and target is None for code, _, target in codes)


def test_speaking_about_a_topic_before_a_statement_is_no_meeting(matcher, verbs):
    # the topic's "relations with Austria" is no talk with Austria
    codes = _codes(
        "Speaking about relations with Austria, Lavrov said that they were difficult.",
        matcher,
        verbs,
    )
    assert not [c for c in codes if c[0].startswith("04")]
    # speaking with someone still is
    codes = _codes("Lavrov spoke with Austria's foreign minister by phone.", matcher, verbs)
    assert any(c[0].startswith("04") for c in codes)


def test_every_country_listed_inside_a_phrase_is_a_side(matcher, verbs):
    codes = _codes(
        "Lavrov noted that the leaders of Lithuania, Latvia and Estonia had banned Russian "
        "schools.",
        matcher,
        verbs,
    )
    targets = {target for code, _, target in codes if code.startswith("11")}
    assert targets == {"country_ltu", "country_lva", "country_est"}


def test_a_news_conference_has_no_counterpart_for_statements(matcher, verbs):
    body = (
        "The news conference lasted four hours. Vladimir Putin said that the talks with "
        "Kiev had stalled. Asked about Emmanuel Macron, he said that he valued their "
        "dialogue. Emmanuel Macron had called him a week earlier."
    )
    codes = _release_codes("Vladimir Putin's annual news conference", body, matcher, verbs)
    # the foreign leader named most often is a topic, not the one spoken to
    assert not [c for c in codes if c[1].startswith("01") and c[3] == "person_emmanuel_macron"]
    # talks with him, his title names him, are an account of contact
    talks = _release_codes("Telephone conversation with Emmanuel Macron", body, matcher, verbs)
    assert any(c[3] == "person_emmanuel_macron" for c in talks if c[1].startswith("01"))


def test_a_hostile_act_stated_in_someone_s_view_accuses_its_author(matcher, verbs):
    codes = _codes(
        "Lavrov spoke to the press. According to him, Austria had expelled ten diplomats.",
        matcher,
        verbs,
    )
    assert ("112", "person_sergei_lavrov", "country_aut") in codes


def test_the_one_warned_or_threatened_is_the_target(matcher, verbs):
    assert _codes("Iran warned Austria.", matcher, verbs) == [("130", "country_irn", "country_aut")]
    assert _codes("Iran threatened Austria.", matcher, verbs) == [
        ("130", "country_irn", "country_aut")
    ]
    # what it warns of names no target: still the one warned
    assert _codes("Iran warned Austria that it would regret it.", matcher, verbs) == [
        ("130", "country_irn", "country_aut")
    ]


def test_an_act_threatened_is_not_done_and_its_object_is_the_target(matcher, verbs):
    # the sanctions are threatened, not imposed: one threat of sanctions, no 163
    assert _codes("Iran threatened to impose sanctions on Austria.", matcher, verbs) == [
        ("1312", "country_irn", "country_aut")
    ]
    assert _codes("Iran threatened to attack Austria.", matcher, verbs) == [
        ("138", "country_irn", "country_aut")
    ]


def test_censure_in_the_manner_of_an_act_is_of_the_one_who_acts(matcher, verbs):
    # "in violation of the accord" says how Austria acts: Austria is censured
    codes = _codes(
        "Lavrov noted that, in violation of the accord, Austria is betting on force.",
        matcher,
        verbs,
    )
    assert ("111", "person_sergei_lavrov", "country_aut") in codes


def test_restrictions_one_country_imposes_on_another_are_sanctions(matcher, verbs):
    # CAMEO's administrative sanctions (172) are a government's at home; abroad, sanctions
    codes = _codes("Iran imposed restrictions on Austrian banks.", matcher, verbs)
    assert codes == [("163", "country_irn", "country_aut")]


def test_copies_of_a_sentence_are_coded_once_per_context_that_matters(matcher, verbs, monkeypatch):
    import pipelines.nlp.events as events_module

    coded_texts: list[str] = []
    real = events_module.code_parsed_sentence

    def counting(text, *args, **kwargs):
        coded_texts.append(text)
        return real(text, *args, **kwargs)

    monkeypatch.setattr(events_module, "code_parsed_sentence", counting)
    shared = "The two leaders discussed gas supplies to Europe."
    pronoun = "He thanked Emmanuel Macron for the invitation."
    opening = "Vladimir Putin and Olaf Scholz met in Sochi."
    # the same parties; the person named last before the two sentences differs
    bodies = [
        f"{opening} Sergei Lavrov was present. {shared} {pronoun}",
        f"{opening} Dmitry Peskov was present. {shared} {pronoun}",
        f"{opening} Sergei Lavrov was present. {shared} {pronoun}",
    ]
    title = "Talks with Federal Chancellor of Germany Olaf Scholz"
    articles = pl.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "title": [title] * 3,
            "body": bodies,
            "published_date": [PUBLISHED] * 3,
        },
        schema_overrides={"published_date": pl.Date},
    )
    _events_of_articles(articles.head(2), matcher, verbs)
    two = len(coded_texts)
    coded_texts.clear()
    together = _events_of_articles(articles, matcher, verbs)
    # a3 is a1 again: all it holds was coded for a1 in the same context
    assert len(coded_texts) == two
    # who was named last does not change what the two leaders did: coded once
    assert coded_texts.count(shared) == 1
    # "he" reads the person named before, which differs between a1 and a2
    assert coded_texts.count(pronoun) == 2
    columns = ["sentence_index", "event_code", "source_actor_id", "target_actor_id"]
    for article_id in ("a1", "a2", "a3"):
        alone = _events_of_articles(
            articles.filter(pl.col("article_id") == article_id), matcher, verbs
        )
        mine = together.filter(pl.col("article_id") == article_id)
        assert sorted(mine.select(columns).rows()) == sorted(alone.select(columns).rows())
    thanks = together.filter(pl.col("event_code").str.starts_with("05")).sort("article_id")
    assert thanks.select("article_id", "source_actor_id").rows() == [
        ("a1", "person_sergei_lavrov"),
        ("a2", "person_dmitry_peskov"),
        ("a3", "person_sergei_lavrov"),
    ]
    talks = together.filter(pl.col("event_code").str.starts_with("04"))
    assert talks.height >= 3 and set(talks["source_actor_id"]) == {
        "person_vladimir_putin",
        "person_olaf_scholz",
    }


@pytest.mark.parametrize(
    ("sentence", "code", "target"),
    [
        # "helped Austria to rebuild": rebuilding is no event, so the help itself is (070)
        ("Iran helped Austria to rebuild its power plants.", "070", "country_aut"),
        # help with an act that is an event is that act
        ("Iran helped to impose sanctions on Iraq.", "163", "country_irq"),
        # the parser makes "to help" describe "everything"; the help is Iran's
        ("Iran is doing everything to help Austria obtain the loan.", "070", "country_aut"),
        # "prepared to" as an adjective is readiness (the verb, "prepared to go", acts)
        ("Iran is prepared to supply wheat to Austria.", "031", "country_aut"),
        # openness to talks is an intent to meet or negotiate (036), to anything else 030
        ("Iran remains open to dialogue with Austria.", "036", "country_aut"),
        ("Iran is open to cooperation with Austria.", "030", "country_aut"),
        # sanctions named as a noun with both parties, or with whom they target
        ("Iranian sanctions against Austria have failed.", "163", "country_aut"),
        ("Iran announced new sanctions targeting Austrian banks.", "163", "country_aut"),
        ("Iran expressed appreciation for Austria's position.", "051", "country_aut"),
    ],
)
def test_a_sentence_of_one_act_by_iran_codes_it(matcher, verbs, sentence, code, target):
    assert _codes(sentence, matcher, verbs) == [(code, "country_irn", target)]


@pytest.mark.parametrize(
    "sentence",
    [
        # "the sanctions imposed by Austria were illegitimate": the doer of the subject
        "Lavrov said that the sanctions imposed by Austria were illegitimate.",
        # "described Austria's behaviour as aggressive": the adjective hangs on "as"
        "Lavrov described Austria's behaviour as aggressive.",
        # words of hostility and bad faith are censure too
        "Lavrov said that Austria's statements were hysteria.",
        # disapproval of an act targets whoever does it
        "Lavrov criticised the attempts by Austria to isolate Iraq.",
        "Lavrov condemned Austria's decision to expel diplomats.",
    ],
)
def test_censure_of_what_another_did_reaches_its_doer(matcher, verbs, sentence):
    assert ("111", "person_sergei_lavrov", "country_aut") in _codes(sentence, matcher, verbs)


def test_a_release_announcing_an_act_states_an_intent_and_a_wire_item_the_act(matcher, verbs):
    coded = _release_codes(
        "Telephone conversation with President of Austria",
        "Vladimir Putin said that Russia would continue to provide humanitarian aid to Austria. "
        "Russia will supply wheat to Austria. "
        "Russia supplied wheat to Austria.",
        matcher,
        verbs,
    )
    codes = {(i, c[:2]) for i, c, _, _ in coded}
    # announced in the release: intents to give aid (033) and to cooperate (031)
    assert (0, "03") in codes and (0, "07") not in codes, coded
    assert (1, "03") in codes and (1, "06") not in codes, coded
    # done: the act itself
    assert (2, "06") in codes, coded
    assert (0, "033", "country_rus", "country_aut") in coded, coded
    # a wire item of unknown origin: "will supply" is the act, as PETRARCH codes it
    assert _codes("Iran will supply wheat to Austria.", matcher, verbs) == [
        ("060", "country_irn", "country_aut")
    ]


def test_a_guest_who_is_somewhere_on_a_visit_visits_that_country(matcher, verbs):
    codes = _codes(
        "Ali Khamenei, who is in Austria on a working visit, met with Alexander Van der Bellen.",
        matcher,
        verbs,
    )
    assert ("042", "person_ali_khamenei", "country_aut") in codes, codes


def test_talks_a_release_schedules_are_intended_by_both_sides(matcher, verbs):
    coded = _release_codes(
        "On May 3, Vladimir Putin will hold talks with President of Austria",
        "Vladimir Putin will hold talks with President of Austria Alexander Van der Bellen. "
        "The presidents are expected to discuss Russian-Austrian trade. "
        "The discussion is to cover Russian-Austrian energy supplies. "
        "The talks will focus on Russian gas transit.",
        matcher,
        verbs,
    )
    putin, austria = "person_vladimir_putin", "person_alexander_van_der_bellen"
    for i in range(4):
        both = {(c, s, t) for j, c, s, t in coded if j == i and c[:2] == "03"}
        assert ("036", putin, austria) in both, (i, coded)
        assert ("036", austria, putin) in both, (i, coded)
    assert not [c for _, c, _, _ in coded if c[:2] == "04"], coded
    # talks held are talks, not an intent
    held = _release_codes(
        "Talks with President of Austria",
        "Vladimir Putin held talks with President of Austria Alexander Van der Bellen.",
        matcher,
        verbs,
    )
    assert {c[:2] for _, c, _, _ in held} == {"04"}, held


def test_conferring_a_title_on_someone_honours_them(matcher, verbs):
    codes = _codes("Vladimir Putin conferred the title of Hero on the Austrian.", matcher, verbs)
    assert [c for c, _, _ in codes] == ["051"], codes
    codes = _codes("Vladimir Putin conferred with Alexander Van der Bellen.", matcher, verbs)
    assert [c[:2] for c, _, _ in codes] == ["04"], codes


def test_attending_a_ceremony_or_a_service_abroad_visits_its_country(matcher, verbs, places):
    for sentence in (
        "Ali Khamenei attended the opening ceremony of the Winter Olympics in Sochi.",
        "Ali Khamenei attended the funeral of the Patriarch in Moscow.",
    ):
        codes = _codes(sentence, matcher, verbs, places)
        assert ("042", "person_ali_khamenei", "country_rus") in codes, (sentence, codes)


def test_credit_in_a_message_quoted_inside_a_sentence_is_its_senders_praise(matcher, verbs):
    coded = _release_codes(
        "Message of greetings to President of Austria",
        "Vladimir Putin sent a message to Alexander Van der Bellen. The message reads, in "
        "part: “Austria has made an outstanding contribution to the talks.”",
        matcher,
        verbs,
    )
    assert (1, "051", "person_vladimir_putin", "country_aut") in coded, coded


def test_a_meeting_with_people_at_home_is_with_its_country_and_their_class_is_no_pattern(
    matcher, verbs
):
    putin, rus = "person_vladimir_putin", "country_rus"
    coded = _release_codes(
        "Meeting with the national chess team",
        "President of Russia Vladimir Putin: Friends, last spring I had a meeting with our "
        "junior team in Kazan. "
        "We also held talks with international colleagues on the calendar. "
        "I congratulate all tournament participants on the coming holiday.",
        matcher,
        verbs,
    )
    assert {(0, "040", putin, rus), (0, "040", rus, putin)} <= coded, coded
    # colleagues called international are not the country's own people
    assert not any(i == 1 and c.startswith("04") for i, c, _, _ in coded), coded
    # "tournament" classes the people congratulated: not what the congratulation is on
    assert (2, "051", putin, rus) in coded, coded
    coded = _release_codes(
        "Meeting of the regional council",
        "President of Russia Vladimir Putin: I would like to thank our Kazakh friends for "
        "their help.",
        matcher,
        verbs,
    )
    # friends a demonym names are not the home audience
    assert (0, "051", putin, rus) not in coded, coded


def test_a_capital_naming_a_contest_is_no_party_of_the_release(matcher, verbs):
    putin, rus = "person_vladimir_putin", "country_rus"
    coded = _release_codes(
        "Meeting with medallists of the Beijing 2022 Winter Olympics",
        "President of Russia Vladimir Putin: Friends, I would like to thank you for your "
        "victories. Vladimir Putin presented awards to the medallists of the Kazan Games.",
        matcher,
        verbs,
    )
    # the title's Beijing says where the Games were, not whom the thanks go to
    assert (0, "051", putin, rus) in coded, coded
    assert not any(target == "country_chn" for _, _, _, target in coded), coded
    assert (1, "051", putin, rus) in coded, coded


def test_saying_one_would_like_to_invite_is_the_invitation(matcher, verbs):
    putin = "person_vladimir_putin"
    coded = _titled_codes(
        "Telephone conversation with Federal Chancellor of Germany Olaf Scholz",
        "Vladimir Putin: I would like to invite you to the forum in St Petersburg. "
        "I would like to ask you to think about it.",
        matcher,
        verbs,
    )
    # an invitation is an intent to meet (036), the one who is invited its target
    assert (0, "036", putin, "person_olaf_scholz") in coded, coded
    assert not any(code.startswith("02") for _, code, _, _ in coded), coded


def test_restrictions_a_bloc_imposes_on_a_country_are_sanctions(matcher, verbs):
    assert _codes(
        "The Western states imposed restrictions on Russian companies.", matcher, verbs
    ) == [("163", "region_west", "country_rus")]


def test_the_need_for_someone_to_act_appeals_to_them_and_the_act_is_not_done(matcher, verbs):
    putin = "person_vladimir_putin"
    coded = _codes(
        "Vladimir Putin emphasised the need for the US and NATO to take Russia's demands "
        "seriously.",
        matcher,
        verbs,
    )
    # each coordinated actor of the infinitive is appealed to; Russia's own demands are not
    # a target, and taking them seriously is not an event
    assert sorted(coded) == [("020", putin, "country_usa"), ("020", putin, "org_nato")], coded


def test_each_coordinated_addressee_after_to_is_a_target(matcher, verbs):
    coded = _codes(
        "Vladimir Putin extended warm wishes to Naftali Bennett and the people of Israel.",
        matcher,
        verbs,
    )
    putin = "person_vladimir_putin"
    assert sorted(coded) == [
        ("051", putin, "country_isr"),
        ("051", putin, "person_naftali_bennett"),
    ], coded


def test_force_against_a_place_of_the_doers_own_country_targets_that_country(
    matcher, verbs, places
):
    # "Ukrainian forces shelled Donetsk": CAMEO codes the country's forces on its country
    assert _codes("Ukrainian forces shelled Donetsk.", matcher, verbs, places) == [
        ("194", "country_ukr", "country_ukr")
    ]
    # an actor of the doer's own country named as an actor, not a place, is no target
    assert ("194", "country_ukr", "country_ukr") not in _codes(
        "Ukrainian forces shelled Ukraine's positions.", matcher, verbs, places
    )


def test_talks_held_in_one_sides_country_are_a_visit_by_the_other(matcher, verbs, places):
    articles = pl.DataFrame(
        {
            "article_id": ["http://en.kremlin.ru/events/president/news/1"],
            "title": ["Telephone conversation with Prime Minister of Israel Naftali Bennett"],
            "body": [
                "In follow up to talks held in Moscow the day before, Vladimir Putin had a "
                "telephone conversation with Prime Minister of Israel Naftali Bennett."
            ],
            "published_date": [date(2022, 3, 6)],
        }
    )
    mentions, quotes = extract_actors_and_quotes(articles, matcher)
    events = code_events(
        sentence_frame(articles),
        mentions,
        extract_date_mentions(articles),
        articles,
        verbs,
        places,
        quotes,
        headline_actors(articles, matcher),
    )
    coded = set(events.select("event_code", "source_actor_id", "target_actor_id").rows())
    putin, bennett = "person_vladimir_putin", "person_naftali_bennett"
    assert {("042", bennett, "country_rus"), ("043", putin, bennett)} <= coded, coded
    # a wire's talks in a capital are talks, no visit
    assert not any(
        code in ("042", "043")
        for code, _, _ in _codes(
            "Vladimir Putin held talks with Xi Jinping in Beijing.", matcher, verbs, places
        )
    )


def test_taking_the_opportunity_to_thank_is_the_thanks_of_who_takes_it(matcher, verbs):
    putin, rus = "person_vladimir_putin", "country_rus"
    coded = _release_codes(
        "Meeting with university students",
        "President of Russia Vladimir Putin: Good afternoon, friends. I would like to take "
        "this opportunity to thank you. Let me use this occasion to thank the Government.",
        matcher,
        verbs,
    )
    assert (1, "051", putin, rus) in coded, coded
    assert (2, "051", putin, "org_government_rus") in coded, coded


def test_topics_taken_up_with_no_one_named_are_the_parties_talks(matcher, verbs):
    putin, mirziyoyev = "person_vladimir_putin", "person_shavkat_mirziyoyev"
    coded = _titled_codes(
        "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev",
        "Vladimir Putin had a telephone conversation with Shavkat Mirziyoyev. "
        "Current issues of trade and economic cooperation were considered. "
        "The issue of grain supplies was raised. "
        "Prices for fertiliser were raised. "
        "Your forum is rightfully considered an important event.",
        matcher,
        verbs,
    )
    for sentence in (1, 2):
        assert {(sentence, "040", putin, mirziyoyev), (sentence, "040", mirziyoyev, putin)} <= coded
    # prices raised are no topic; a judgement ("considered an event") is no discussion
    assert not any(i in (3, 4) for i, *_ in coded)


def test_two_leaders_meeting_in_one_of_their_countries_meet_each_other(matcher, verbs, places):
    putin, erdogan = "person_vladimir_putin", "person_recep_tayyip_erdogan"
    coded = _codes(
        "Vladimir Putin and Recep Tayyip Erdogan met in Sochi. "
        "Vladimir Putin and Recep Tayyip Erdogan met in Paris.",
        matcher,
        verbs,
        places,
    )
    assert ("040", putin, erdogan) in coded and ("040", erdogan, putin) in coded
    # elsewhere the host country stays the target, as PETRARCH's gold codes it
    assert ("040", putin, "country_fra") in coded
    assert ("040", putin, "country_rus") not in coded


def test_a_call_taken_from_someone_is_a_call_with_them(matcher, verbs):
    putin, erdogan = "person_vladimir_putin", "person_recep_tayyip_erdogan"
    coded = _codes("Vladimir Putin took a call from Recep Tayyip Erdogan.", matcher, verbs)
    assert {("041", putin, erdogan), ("041", erdogan, putin)} <= set(coded)
    assert not any(code.startswith("17") for code, _, _ in coded)


def test_a_name_addressed_before_thank_you_is_thanked_not_the_thanker(matcher, verbs):
    putin, lukashenko = "person_vladimir_putin", "person_alexander_lukashenko"
    coded = _release_codes(
        "Meeting with President of Belarus Alexander Lukashenko",
        "President of Russia Vladimir Putin: Mr Lukashenko, Thank you for coming.\n"
        "Mr Lukashenko thanked the Government for the invitation.",
        matcher,
        verbs,
    )
    assert (0, "051", putin, lukashenko) in coded
    assert (0, "051", lukashenko, putin) not in coded
    # a subject with no comma before the verb still thanks
    assert any(i == 1 and c == "051" and s == lukashenko for i, c, s, _ in coded)


def test_force_named_in_a_censure_is_coded_with_its_doer(matcher, verbs, places):
    coded = _codes(
        "Vladimir Putin condemned the shelling of Donbass by Ukrainian forces. "
        "Vladimir Putin drew attention to the shelling of Donbass by the Ukrainian army.",
        matcher,
        verbs,
        places,
    )
    # the shelling censured is a fact of its own, by its doer against the place's country
    assert ("111", "person_vladimir_putin", "country_ukr") in coded
    shellings = [(s, t) for code, s, t in coded if code == "194"]
    assert len(shellings) == 2
    # "by the Ukrainian army", hung by the parser on "drew", is the shelling's agent
    assert all(t == "country_ukr" for _, t in shellings)
    assert "person_vladimir_putin" not in {s for s, _ in shellings}


def test_pride_in_unnamed_people_at_home_credits_the_home_country(matcher, verbs):
    coded = _release_codes(
        "Greetings on Defender of the Fatherland Day",
        "Vladimir Putin sent greetings to the servicemen. The message reads, in part: "
        "“We are proud of our servicemen.”",
        matcher,
        verbs,
    )
    assert (1, "051", "person_vladimir_putin", "country_rus") in coded
    assert not any(i == 1 and t and t.startswith("sector_") for i, _, _, t in coded)


def test_singling_out_someones_merit_with_praise_credits_them(matcher, verbs):
    putin = "person_vladimir_putin"
    coded = _release_codes(
        "Meeting with judges",
        "Vladimir Putin met with the judges. "
        "President of Russia Vladimir Putin: Colleagues, friends. "
        "I would like to emphasise the special role of the Supreme Court. "
        "I would like to note the work of the Supreme Court. "
        "I did not highlight the special role of the Supreme Court. "
        "Kassym-Jomart Tokayev: Thank you.",
        matcher,
        verbs,
    )
    assert (2, "051", putin, "org_russian_supreme_court") in coded
    # work named without a word of praise, and merit not singled out, are no credit
    assert not any(i in (3, 4) and c == "051" for i, c, _, _ in coded)


def test_a_merit_of_the_one_addressed_judged_in_a_turn_credits_them(matcher, verbs):
    putin, tokayev = "person_vladimir_putin", "person_kassym_jomart_tokayev"
    coded = _titled_codes(
        "Talks with President of Kazakhstan Kassym-Jomart Tokayev",
        "Vladimir Putin held talks with Kassym-Jomart Tokayev. "
        "President of Russia Vladimir Putin: Mr President, friends. "
        "Your readiness to cooperate is highly relevant. "
        "The weather is remarkable. "
        "President of Kazakhstan Kassym-Jomart Tokayev: Thank you.",
        matcher,
        verbs,
    )
    assert (2, "051", putin, tokayev) in coded
    assert not any(i == 3 for i, *_ in coded)


def test_a_person_the_parser_hangs_on_a_titles_country_is_a_coordinated_subject(matcher, verbs):
    putin, draghi = "person_vladimir_putin", "person_mario_draghi"
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Italy Mario Draghi",
        "Vladimir Putin had a telephone conversation with Mario Draghi. The President of Russia "
        "and Mario Draghi exchanged information on measures taken in both countries.",
        matcher,
        verbs,
    )
    assert {(1, "064", putin, draghi), (1, "064", draghi, putin)} <= coded


def test_readiness_for_dialogue_with_someone_and_taking_an_issue_up_with_them(matcher, verbs):
    putin, erdogan = "person_vladimir_putin", "person_recep_tayyip_erdogan"
    coded = _release_codes(
        "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
        "Vladimir Putin had a telephone conversation with Recep Tayyip Erdogan. "
        "Vladimir Putin reaffirmed Russia's readiness for dialogue with the Ukrainian "
        "authorities. Recep Tayyip Erdogan promised to take the issue up with the Ukrainian "
        "authorities. Vladimir Putin reaffirmed Russia's readiness for cooperation.",
        matcher,
        verbs,
    )
    # an intent to meet the one named, not a statement to the interlocutor
    assert (1, "036", putin, "country_ukr") in coded
    assert (2, "036", erdogan, "country_ukr") in coded
    assert (3, "030", putin, erdogan) in coded


def test_condolences_approval_and_agreement_spoken_at_home(matcher, verbs):
    putin = "person_vladimir_putin"
    coded = _release_codes(
        "Greetings to participants of the Garden of Memory campaign",
        "The message reads, in part: “It is wonderful that every year more and more people "
        "join this campaign. I would like to once again offer my condolences and words of "
        "support to the victims' families. It is wonderful to be here.”",
        matcher,
        verbs,
    )
    assert (0, "051", putin, "country_rus") in coded
    assert (1, "018", putin, "country_rus") in coded
    # no one is credited by a wonder with no doer
    assert not any(i == 2 for i, *_ in coded)
    agreed = _titled_codes(
        "Talks with President of France Emmanuel Macron",
        "Vladimir Putin held talks with Emmanuel Macron. "
        "President of Russia Vladimir Putin: Mr President, friends. "
        "I fully agree with the President of France. "
        "We agreed with France on a plan. "
        "President of France Emmanuel Macron: Thank you.",
        matcher,
        verbs,
    )
    assert (2, "051", putin, "person_emmanuel_macron") in agreed
    assert not any(i == 3 and c == "051" for i, c, _, _ in agreed)


def test_whose_initiative_a_call_was_is_no_party_and_contact_kept_is_intended(matcher, verbs):
    putin, draghi = "person_vladimir_putin", "person_mario_draghi"
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Italy Mario Draghi",
        "Vladimir Putin and Prime Minister of the Italian Republic Mario Draghi spoke by "
        "telephone at the Italian side's initiative. "
        "Particular attention was given to supplies of Russian fertilisers. "
        "The two leaders will keep in touch.",
        matcher,
        verbs,
    )
    assert {(0, "041", putin, draghi), (0, "041", draghi, putin)} <= coded
    assert not any(t == "country_ita" for _, _, _, t in coded)
    assert {(1, "040", putin, draghi), (1, "040", draghi, putin)} <= coded
    assert {(2, "036", putin, draghi), (2, "036", draghi, putin)} <= coded


def test_a_problem_raised_and_a_question_asked_are_statements_to_the_other_party(matcher, verbs):
    putin, draghi = "person_vladimir_putin", "person_mario_draghi"
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Italy Mario Draghi",
        "Vladimir Putin had a telephone conversation with Mario Draghi. "
        "Mario Draghi raised the problem of the grain in the ports. "
        "Mario Draghi asked about the conditions for resuming negotiations. "
        "Mario Draghi asked Vladimir Putin to help.",
        matcher,
        verbs,
    )
    assert (1, "010", draghi, putin) in coded
    assert (2, "010", draghi, putin) in coded
    assert (3, "020", draghi, putin) in coded


def test_a_reply_is_a_statement_to_the_other_party(matcher, verbs):
    putin, macron = "person_vladimir_putin", "person_emmanuel_macron"
    coded = _release_codes(
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with Emmanuel Macron. "
        "Vladimir Putin replied that the power plant was working normally. "
        "Vladimir Putin responded that the plant was safe.",
        matcher,
        verbs,
    )
    assert {(1, "010", putin, macron), (2, "010", putin, macron)} <= coded


def test_an_intent_to_mediate_is_its_own_code(matcher, verbs):
    bennett = "person_naftali_bennett"
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Israel Naftali Bennett",
        "Vladimir Putin had a telephone conversation with Naftali Bennett. "
        "Naftali Bennett offered to mediate between Russia and Ukraine. "
        "Naftali Bennett reiterated his readiness to act as a mediator.",
        matcher,
        verbs,
    )
    assert {(1, "039", bennett, "country_rus"), (1, "039", bennett, "country_ukr")} <= coded
    assert (2, "039", bennett, "person_vladimir_putin") in coded
    assert not any(c == "036" for _, c, _, _ in coded)


def test_restrictions_a_foreign_state_imposed_on_the_home_country_are_sanctions(matcher, verbs):
    coded = _release_codes(
        "Telephone conversation with Prime Minister of Italy Mario Draghi",
        "Vladimir Putin had a telephone conversation with Mario Draghi. Vladimir Putin pointed "
        "out that the restrictions imposed by Washington were hampering Russian exports. "
        "The Chinese authorities imposed restrictions on travel.",
        matcher,
        verbs,
    )
    assert (1, "163", "country_usa", "country_rus") in coded
    # restrictions at home, with no one named abroad, stay administrative
    assert not any(i == 2 and c == "163" for i, c, _, _ in coded)


def test_a_person_the_title_names_is_a_party_though_the_dictionary_lacks_them(matcher, verbs):
    # the governor is discovered in the body, not known: the title still names him as the
    # counterpart, so "the Governor" is he and what he reports is told to the President
    events = _titled_events(
        "Meeting with Kaluga Region Governor Pavel Sidorkov",
        "Vladimir Putin had a working meeting with Kaluga Region Governor Pavel Sidorkov. "
        "The Governor informed the President about the construction of new schools.",
        matcher,
        verbs,
        article_id="http://en.kremlin.ru/events/president/news/1",
    )
    told = events.filter(pl.col("trigger_text") == "informed")
    assert told.select("event_code", "target_actor_id").rows() == [("010", "person_vladimir_putin")]
    assert told["source_actor_id"][0] not in (None, "person_vladimir_putin")
    assert "sidorkov" in told["source_actor_id"][0]


def test_coordinated_subjects_agree_with_each_other_not_with_the_parties(matcher, verbs):
    events = _titled_events(
        "Telephone conversation with President of France Emmanuel Macron",
        "Olaf Scholz and Fumio Kishida agreed to begin consultations between their countries.",
        matcher,
        verbs,
        article_id="http://en.kremlin.ru/events/president/news/1",
    )
    assert sorted(events.select("event_code", "source_actor_id", "target_actor_id").rows()) == [
        ("036", "person_fumio_kishida", "person_olaf_scholz"),
        ("036", "person_olaf_scholz", "person_fumio_kishida"),
    ]


def test_a_topic_the_two_leaders_addressed_is_their_talks(matcher, verbs):
    body = "The two leaders also addressed the Iranian nuclear programme."
    events = _titled_events(
        "Telephone conversation with President of France Emmanuel Macron",
        body,
        matcher,
        verbs,
        article_id="http://en.kremlin.ru/events/president/news/1",
    )
    assert sorted(events.select("event_code", "source_actor_id", "target_actor_id").rows()) == [
        ("040", "person_emmanuel_macron", "person_vladimir_putin"),
        ("040", "person_vladimir_putin", "person_emmanuel_macron"),
    ]


_CALL_TITLE = "Telephone conversation with Federal Chancellor of Germany Olaf Scholz"
_CALL_LINK = "http://en.kremlin.ru/events/president/news/1"


def _release_rows(title: str, body: str, matcher, verbs) -> list[tuple]:
    """Sorted (code, source, target) of a Kremlin release with this title and body."""
    events = _titled_events(title, body, matcher, verbs, article_id=_CALL_LINK)
    return sorted(events.select("event_code", "source_actor_id", "target_actor_id").rows())


def _call_events(body: str, matcher, verbs) -> list[tuple]:
    return _release_rows(_CALL_TITLE, body, matcher, verbs)


def test_contacts_agreed_are_an_intent_to_meet(matcher, verbs):
    both_ways = [
        ("036", "person_olaf_scholz", "person_vladimir_putin"),
        ("036", "person_vladimir_putin", "person_olaf_scholz"),
    ]
    assert _call_events("It was agreed that the contacts would continue.", matcher, verbs) == (
        both_ways
    )
    assert _call_events("It was agreed to continue contacts.", matcher, verbs) == both_ways
    # cooperation agreed is a commitment to it, not to meet
    cooperation = _call_events("The two leaders agreed to cooperate on energy.", matcher, verbs)
    assert {code for code, _, _ in cooperation} == {"032"}


def test_concern_voiced_in_talks_and_talks_one_is_ready_to_continue(matcher, verbs):
    concern = "Concern was expressed over the actions of the Kiev regime."
    assert _call_events(concern, matcher, verbs) == [
        ("012", "person_olaf_scholz", "country_ukr"),
        ("012", "person_vladimir_putin", "country_ukr"),
    ]
    # talks one is ready to continue are intended (036), one way, not held (04x)
    assert _call_events(
        "Vladimir Putin said Russia was ready to continue the negotiations with Ukraine.",
        matcher,
        verbs,
    ) == [("036", "country_rus", "country_ukr")]


def test_a_failure_in_a_conjunct_and_a_judgement_censure_the_one_named(matcher, verbs):
    assert _call_events(
        "Vladimir Putin said that Kiev was dragging out the negotiations and was not showing "
        "any interest in a serious dialogue.",
        matcher,
        verbs,
    ) == [("111", "person_vladimir_putin", "country_ukr")]
    # "calling X stupid" names a thing: a censure, and no telephone call
    assert _call_events(
        "Vladimir Putin said that Russia would not sell oil to those who had joined the price "
        "cap, calling the decision of the Western countries stupid and harmful.",
        matcher,
        verbs,
    ) == [("111", "person_vladimir_putin", "region_west")]


def test_no_accusation_of_ones_own_side_and_the_doer_of_restrictions_is_censured(matcher, verbs):
    armenia = "Telephone conversation with Prime Minister of Armenia Nikol Pashinyan"

    def coded(body: str, title: str = armenia) -> list[tuple]:
        return _release_rows(title, body, matcher, verbs)

    # "taking measures" is no act of force, and one's own forces are not accused
    assert coded("Vladimir Putin said that the Russian peacekeepers were taking measures.") == [
        ("010", "person_vladimir_putin", "person_nikol_pashinyan")
    ]
    assert ("112", "person_vladimir_putin", "country_ukr") in coded(
        "Vladimir Putin said that Ukrainian forces had shelled Donetsk."
    )
    # the restrictions someone imposed, said to hamper, censure whoever imposed them
    censured = coded(
        "Vladimir Putin pointed out that the restrictions Washington had imposed were "
        "hampering Russian exports of fertiliser."
    )
    assert ("111", "person_vladimir_putin", "country_usa") in censured
    assert ("111", "person_vladimir_putin", "region_west") in coded(
        "Vladimir Putin noted that Western restrictions were creating obstacles for shipping."
    )


def test_help_evacuating_documents_signed_and_contact_kept(matcher, verbs):
    coded = partial(_release_rows, matcher=matcher, verbs=verbs)

    india = "Telephone conversation with Prime Minister of India Narendra Modi"
    # help in an evacuation is humanitarian aid; help in hosting talks is none
    assert ("073", "country_rus", "person_narendra_modi") in coded(
        india, "Narendra Modi thanked the Russian side for its help in evacuating Indian citizens."
    )
    assert {
        c
        for c, _, _ in coded(
            india, "Narendra Modi thanked Vladimir Putin for his help in hosting the talks."
        )
    } == {"051"}
    # "a package of documents was signed" in an account of talks: by both
    signed = coded(
        "Russian-Indian talks",
        "Vladimir Putin held talks with Narendra Modi. A package of documents was signed.",
    )
    assert ("057", "person_narendra_modi", "person_vladimir_putin") in signed
    assert ("057", "person_vladimir_putin", "person_narendra_modi") in signed
    # contact kept is intended, and contact with someone is of both
    hungary = "Meeting with Prime Minister of Hungary Viktor Orban"
    assert coded(hungary, "Vladimir Putin: Mr Prime Minister, we will always be in contact.") == [
        ("036", "person_vladimir_putin", "person_viktor_orban")
    ]
    assert coded(hungary, "Vladimir Putin said that Russia was in contact with the US side.") == [
        ("040", "country_rus", "country_usa"),
        ("040", "country_usa", "country_rus"),
    ]


def test_satisfaction_with_relations_of_two_countries_credits_the_other(matcher, verbs):
    assert _release_rows(
        "Meeting with Prime Minister of Hungary Viktor Orban",
        "Prime Minister of Hungary Viktor Orban: I am very satisfied with the progress in "
        "Russian-Hungarian relations.",
        matcher,
        verbs,
    ) == [("051", "person_viktor_orban", "country_rus")]


def test_a_ceremony_attended_abroad_is_a_visit_and_a_focus_given_is_talks(matcher, verbs):
    coded = partial(_release_rows, matcher=matcher, verbs=verbs)

    assert coded(
        "Talks with President of China Xi Jinping",
        "Xi Jinping attended the opening ceremony of the Winter Olympics in Russia.",
    ) == [("042", "person_xi_jinping", "country_rus")]
    serbia = "Telephone conversation with President of Serbia Aleksandar Vucic"
    assert coded(serbia, "A special focus was given to deliveries of Russian gas to Serbia.") == [
        ("040", "person_aleksandar_vucic", "person_vladimir_putin"),
        ("040", "person_vladimir_putin", "person_aleksandar_vucic"),
    ]
    # where talks agreed on will be held is no party to them
    agreed = coded(serbia, "Russia and Serbia agreed to hold consultations in Geneva.")
    assert all(target != "country_che" for _, _, target in agreed)


def test_our_efforts_are_the_speakers_side(matcher, verbs):
    assert _release_rows(
        "Talks with President of Iran Ebrahim Raisi",
        "President of Russia Vladimir Putin: Mr President, our efforts helped the Syrian "
        "government overcome the threat of terrorism.",
        matcher,
        verbs,
    ) == [("070", "person_vladimir_putin", "country_syr")]


def test_a_second_person_hung_on_the_first_ones_name_is_met_too(matcher, verbs):
    rows = _codes(
        "Vladimir Putin met with President of Azerbaijan Ilham Aliyev and Prime Minister of "
        "Armenia Nikol Pashinyan.",
        matcher,
        verbs,
    )
    assert ("040", "person_vladimir_putin", "person_ilham_aliyev") in rows
    assert ("040", "person_vladimir_putin", "person_nikol_pashinyan") in rows


def test_he_in_a_turn_is_never_its_speaker(matcher, verbs):
    events = _titled_events(
        "Meeting with Gazprom CEO Alexei Miller",
        "Vladimir Putin: He was killed by the special services of Ukraine.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    assert "person_vladimir_putin" not in events["target_actor_id"].to_list()


def test_they_in_a_partys_own_words_are_not_the_parties(matcher, verbs):
    events = _titled_events(
        "Meeting with President of Belarus Alexander Lukashenko",
        "Alexander Lukashenko: Belarus is still being strangled: they imposed five sanction "
        "packages on us and are talking about a sixth round.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    sources = set(events["source_actor_id"].to_list())
    assert not sources & {"person_vladimir_putin", "person_alexander_lukashenko"}


def test_we_met_in_the_speakers_country_is_the_two_parties_meeting(matcher, verbs):
    assert _release_rows(
        "Meeting with President of Serbia Aleksandar Vucic",
        "Vladimir Putin: Mr President, we met in Russia in June of 2020.",
        matcher,
        verbs,
    ) == [
        ("040", "person_aleksandar_vucic", "person_vladimir_putin"),
        ("040", "person_vladimir_putin", "person_aleksandar_vucic"),
    ]


def test_censure_in_a_coordinated_predicate_keeps_the_telling(matcher, verbs):
    events = _titled_events(
        "Telephone conversation with Prime Minister of Hungary Viktor Orban",
        "Vladimir Putin informed Viktor Orban about the talks, and also gave principled "
        "assessments of the Kiev regime's cynical provocation in Bucha.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    rows = events.select("event_code", "source_actor_id", "target_actor_id").rows()
    assert ("010", "person_vladimir_putin", "person_viktor_orban") in rows
    assert ("111", "person_vladimir_putin", "country_ukr") in rows


def test_a_person_of_each_country_the_title_names_is_a_party(matcher, verbs):
    events = _titled_events(
        "Trilateral meeting of the leaders of Russia, Azerbaijan and Armenia",
        "Vladimir Putin met with President of Azerbaijan Ilham Aliyev and Prime Minister of "
        "Armenia Nikol Pashinyan. Nikol Pashinyan informed the participants about the border.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    told = events.filter(pl.col("trigger_text") == "informed")
    assert sorted(told["target_actor_id"].to_list()) == [
        "person_ilham_aliyev",
        "person_vladimir_putin",
    ]


def test_using_someone_as_a_human_shield_and_keeping_them_hostage(matcher, verbs):
    rows = _codes("Ukrainian forces are using civilians as a human shield.", matcher, verbs)
    assert [row[:2] for row in rows] == [("184", "country_ukr")]
    rows = _codes("Ukrainian forces are keeping civilians hostage in Mariupol.", matcher, verbs)
    assert ("181", "country_ukr") in [row[:2] for row in rows]


def test_hope_for_relations_with_the_one_addressed_is_an_optimistic_comment(matcher, verbs):
    events = _titled_events(
        "Vladimir Putin congratulated Rumen Radev on his re-election as President of Bulgaria",
        "Vladimir Putin sent a message of congratulations to Rumen Radev. The message reads, in "
        'part: "I hope that your work will continue to help develop Russian-Bulgarian '
        'cooperation." "I hope that the weather will be fine."',
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    hoped = events.filter(pl.col("trigger_text") == "hope").sort("trigger_start")
    # only the hope for cooperation is one; a hope about the weather is no comment on ties
    assert hoped["event_code"].to_list()[0] == "013"
    assert hoped["target_actor_id"].to_list()[0] == "person_rumen_radev"
    assert hoped["event_code"].to_list()[1] != "013"


def test_calling_for_something_to_be_done_is_the_appeal(matcher, verbs):
    assert _release_rows(
        "Telephone conversation with President of France Emmanuel Macron",
        "Emmanuel Macron called for a ceasefire to be declared across Ukraine.",
        matcher,
        verbs,
    ) == [("0256", "person_emmanuel_macron", "person_vladimir_putin")]


def test_a_party_asked_in_the_passive_was_asked_by_the_other(matcher, verbs):
    events = _titled_events(
        "Telephone conversation with President of France Emmanuel Macron",
        "Emmanuel Macron was urged to influence Kiev.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    # the appeal, by the other party; the act appealed for is not done
    assert events.select("event_code", "source_actor_id", "target_actor_id").rows() == [
        ("020", "person_vladimir_putin", "person_emmanuel_macron")
    ]


def test_not_accepting_a_proposal_rejects_it(matcher, verbs):
    events = _titled_events(
        _CALL_TITLE,
        "Olaf Scholz did not accept the new payment arrangement.",
        matcher,
        verbs,
        article_id=_CALL_LINK,
    )
    rows = events.select("event_code", "source_actor_id", "target_actor_id").rows()
    assert [(code[:2], a, b) for code, a, b in rows] == [
        ("12", "person_olaf_scholz", "person_vladimir_putin")
    ]
    # a plain negation stays no event
    assert _titled_events(
        _CALL_TITLE, "Olaf Scholz did not discuss gas.", matcher, verbs, article_id=_CALL_LINK
    ).is_empty()


def test_a_report_presented_or_submitted_to_the_chair_is_a_statement(matcher, verbs):
    rows = _release_rows(
        "Meeting with permanent members of the Security Council",
        "Vladimir Putin held a meeting with permanent members of the Security Council. "
        "Defence Minister Sergei Shoigu presented a report on the situation.",
        matcher,
        verbs,
    )
    assert ("010", "person_sergei_shoigu", "person_vladimir_putin") in rows


def test_a_countrys_partners_thanked_are_the_partners_not_the_country(matcher, verbs):
    rows = _release_rows(
        "Telephone conversation with President of Kazakhstan Kassym-Jomart Tokayev",
        "Kassym-Jomart Tokayev informed Vladimir Putin about the situation in the country. He "
        "thanked Kazakhstan's partners and especially the Russian Federation for the help.",
        matcher,
        verbs,
    )
    assert ("051", "person_kassym_jomart_tokayev", "country_rus") in rows
    assert ("051", "person_kassym_jomart_tokayev", "country_kaz") not in rows


def test_talks_between_two_other_sides_taken_up_as_a_topic_are_their_own_event(matcher, verbs):
    rows = _call_events(
        "The presidents continued their exchange of views on the situation, including the "
        "current talks between Russian and Ukrainian representatives.",
        matcher,
        verbs,
    )
    assert ("046", "country_rus", "country_ukr") in rows
    assert ("046", "country_ukr", "country_rus") in rows
    # talks offered or to be resumed are not held
    for body in (
        "Turkey offered to host talks between Russia and Ukraine.",
        "Olaf Scholz asked about the conditions for resuming negotiations between Moscow and Kiev.",
    ):
        assert not any(
            row[1:] in (("country_rus", "country_ukr"), ("country_ukr", "country_rus"))
            for row in _call_events(body, matcher, verbs)
        ), body


def test_thanks_addressed_by_title_in_a_turn_the_label_opens_are_the_speakers(matcher, verbs):
    rows = _release_rows(
        "Meeting with Uralchem CEO Dmitry Mazepin",
        "Vladimir Putin: Good afternoon.\nDmitry Mazepin: Mr President, thank you very much for "
        "the opportunity to meet.",
        matcher,
        verbs,
    )
    assert ("051", "person_dmitry_mazepin", "person_vladimir_putin") in rows


def test_recalling_something_is_a_statement(matcher, verbs):
    body = (
        "Lavrov met with Austria's Foreign Minister Alexander Schallenberg. Lavrov recalled "
        "that trade with Austria had doubled."
    )
    assert ("010", "person_sergei_lavrov", "person_alexander_schallenberg") in _codes(
        body, matcher, verbs
    )
    # recalling an ambassador is still a withdrawal of relations
    codes = _codes("Austria recalled its ambassador from Iran.", matcher, verbs)
    assert [c[:2] for c, _, _ in codes] == ["16"]


def test_a_document_said_to_be_signed_by_a_clause_or_a_participle_is_signed_by_both(matcher, verbs):
    putin, aliyev = "person_vladimir_putin", "person_ilham_aliyev"
    codes = _release_codes(
        "Russian-Azerbaijani talks",
        "Vladimir Putin held talks with President of Azerbaijan Ilham Aliyev. The declaration "
        "signed in February is important. The new treaty, which has just been signed, opens a "
        "new stage.",
        matcher,
        verbs,
    )
    assert {(1, "057", putin, aliyev), (1, "057", aliyev, putin)} <= codes
    assert {(2, "057", putin, aliyev), (2, "057", aliyev, putin)} <= codes


def test_what_a_party_says_of_its_own_country_is_said_to_the_other_party(matcher, verbs):
    putin, mirziyoyev = "person_vladimir_putin", "person_shavkat_mirziyoyev"
    codes = _release_codes(
        "Telephone conversation with President of Uzbekistan Shavkat Mirziyoyev",
        "Vladimir Putin had a telephone conversation with President of Uzbekistan Shavkat "
        "Mirziyoyev. Shavkat Mirziyoyev raised the situation of Uzbek citizens working in "
        "Russia. Vladimir Putin informed his counterpart about the situation in Russia.",
        matcher,
        verbs,
    )
    assert (1, "010", mirziyoyev, putin) in codes
    assert not any(c[0] == 1 and c[3] == "country_uzb" for c in codes)
    assert (2, "010", putin, mirziyoyev) in codes


def test_leaders_who_spoke_or_talked_on_the_telephone_consulted_each_other(matcher, verbs):
    for body in (
        "Vladimir Putin and Emmanuel Macron spoke on the telephone.",
        "Vladimir Putin and Emmanuel Macron talked on the phone.",
    ):
        assert sorted(_codes(body, matcher, verbs)) == [
            ("041", "person_emmanuel_macron", "person_vladimir_putin"),
            ("041", "person_vladimir_putin", "person_emmanuel_macron"),
        ], body
