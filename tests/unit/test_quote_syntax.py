"""The speaker of a quotation inside a clause, read from the dependency parse of its
sentence. Invented sentences; real bodies from the seeds."""

import polars as pl
import pytest

from pipelines.nlp.actors import ActorDictionary, ActorMatcher, extract_actors_and_quotes
from pipelines.nlp.quote_syntax import (
    clause_subjects,
    reporting_subject,
    salient_names,
    unnamed_reporter,
)
from pipelines.settings import SEEDS_DIR


def _subject(sentence: str, quoted: str) -> str | None:
    start = sentence.index(quoted)
    found = reporting_subject(sentence, start, start + len(quoted))
    return None if found is None else sentence[found.start : found.end]


@pytest.mark.parametrize(
    ("sentence", "quoted", "subject"),
    [
        # the quotation is the object of a purpose clause under the verb of saying
        (
            "The Harbour Board has written to the two ferry firms to question "
            "“the steep fares” they charge on winter crossings.",
            "the steep fares",
            "The Harbour Board",
        ),
        # "added" shares the subject of the "said" it is joined to
        (
            "In a statement on Monday, Valdor said any bid was likely to be in cash, "
            "but added that: “No offer is certain at this stage.”",
            "No offer is certain",
            "Valdor",
        ),
        # a participle of saying with no subject of its own is said by the subject of the
        # verb of saying above it, wherever the parse hung it ("the year" adds nothing)
        (
            "The ferry operator said the year had begun well, adding it expected “further "
            "gradual improvement” in the spring.",
            "further gradual",
            "The ferry operator",
        ),
        (
            "Kestrel Ferries said the season had started strongly, adding that it expected "
            "“steady growth” through the summer.",
            "steady growth",
            "Kestrel Ferries",
        ),
        # a text speaks for the author the sentence gives it
        (
            "A 2019 study by the Harbour Institute concluded that, using standard methods, "
            "“the cost falls on buyers at home”.",
            "the cost falls",
            "the Harbour Institute",
        ),
        # a clause with a subject of its own, joined by "and", says nothing of its own: the
        # verb of saying above both does
        (
            "But the Island Council has insisted Ms Vale was talking about adults "
            "and her remarks were “a plain fact of island life”.",
            "a plain fact",
            "the Island Council",
        ),
        # a relative "which" stands for the body its clause describes
        (
            "Two groups are suing, one of them the Millers Guild, which has attacked "
            "the levy as “a tax on every loaf”.",
            "a tax on every loaf",
            "the Millers Guild",
        ),
        # heard saying: the one heard
        (
            "Later, Mr Orrin was heard saying he was tired of “defending the old rules”.",
            "defending the old rules",
            "Mr Orrin",
        ),
        # a manner word of the reported clause is what the verb above it says, not what
        # that clause's own verb of asking asks
        (
            "The Harbour Party said he had “wisely” not asked about the fees.",
            "wisely",
            "The Harbour Party",
        ),
        # words a noun of saying holds are its owner's, not the subject's above it
        (
            "Ann Vale dismissed the party's claims that the levy was “a tax on bread”.",
            "a tax on bread",
            "the party",
        ),
        (
            "Ann Vale said a claim by Tom Reyes that she acts like an “attack dog” showed "
            "his party was rattled.",
            "attack dog",
            "Tom Reyes",
        ),
        # a pronoun is returned as such, for the resolver
        (
            "He asked the clerk whether she had ever seen the owner “sign a cheque”.",
            "sign a cheque",
            "He",
        ),
        # the doer "by" brings in after a passive of calling, not the sentence's subject
        (
            "Ann Vale has announced plans to limit the number of new casinos in the region "
            "to 24, in a move branded a “humiliating retreat” by the Harbour Party.",
            "humiliating retreat",
            "the Harbour Party",
        ),
        # ... but not after one of doing: the quotation is no words of the doer's
        (
            "Ann Vale has complained that the boy will be used as a “trophy” by the regime.",
            "trophy",
            "Ann Vale",
        ),
        # a wire dateline opening the sentence is where it was filed, not who speaks
        (
            "HARBURY, Kestle (AP) -- The founder of the ferry firm says the ruling is a "
            "“temporary setback.”",
            "temporary setback.",
            "The founder",
        ),
    ],
)
def test_the_subject_of_the_verb_of_saying_over_the_quotation(sentence, quoted, subject):
    assert _subject(sentence, quoted) == subject


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # a quotation that is the whole sentence hangs from no verb outside it
        ("“We will open the bridge next spring.”", "We will open the bridge next spring."),
        # no verb of saying over it: the phrase is the writer's
        (
            "The survey marked the island out as “a place to watch” for growers.",
            "a place to watch",
        ),
    ],
)
def test_no_subject_without_a_verb_of_saying(sentence, quoted):
    assert _subject(sentence, quoted) is None


def test_a_pronoun_subject_is_flagged():
    sentence = "She told the committee the plan was “far too slow”."
    start = sentence.index("far too slow")
    found = reporting_subject(sentence, start, start + len("far too slow"))
    assert found is not None and found.pronoun and found.text == "she"


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.from_seeds(SEEDS_DIR))


def _quotes(matcher: ActorMatcher, body: str) -> list[tuple[str | None, str | None, str]]:
    articles = pl.DataFrame({"article_id": ["a"], "body": [body]})
    _, quotes = extract_actors_and_quotes(articles, matcher)
    return [
        (row["speaker_actor_id"], row["speaker_text"], row["attribution"])
        for row in quotes.sort("char_start").iter_rows(named=True)
    ]


def test_a_quotation_inside_a_clause_is_its_subjects(matcher):
    body = (
        "The European Commission has written to the ferry operators to challenge "
        "“the high fares” they charge for winter crossings.\n\n"
        "In a statement, Valdor said any bid would be in cash, but added that: "
        "“No offer is certain at this stage.”"
    )
    assert _quotes(matcher, body) == [
        ("org_european_commission", "The European Commission", "parse"),
        (None, "Valdor", "parse"),
    ]


def test_a_pronoun_subject_is_resolved_like_the_rules_resolve_it(matcher):
    body = (
        "On Monday, defence lawyer Tom Reyes tried to distance his client from the loans. "
        "During the hearing, he asked the clerk whether she had ever seen the owner "
        "“sign a cheque for the firm”."
    )
    assert _quotes(matcher, body) == [("person_tom_reyes", "he", "parse")]


def test_in_a_transcripts_turn_a_quotation_is_cited_not_parsed(matcher):
    body = (
        "Vladimir Putin: The alliance promised “not one inch to the east”, "
        "and we all remember it.\n"
    )
    assert all(row[2] != "parse" for row in _quotes(matcher, body))


def test_a_person_the_parse_finds_outranks_a_body_named_next_to_the_quote(matcher):
    # the words right before the quotation name a body (or a region); the verb of saying
    # that governs it has a person for its subject
    opening = "Kate Morris and Tom Reyes met in Harbia last week.\n\n"
    body = opening + (
        "The e-mail was revealed the day after Kate Morris, a former minister and now a "
        "European Commissioner, warned the paper to steer away from “demonising” Tom Reyes."
    )
    assert _quotes(matcher, body) == [("person_kate_morris", "Kate Morris", "parse")]
    body = opening + (
        "Mr Reyes also left the Harbour Party saying Ms Morris would “deliver better” as its "
        "leader."
    )
    assert _quotes(matcher, body) == [("person_tom_reyes", "Mr Reyes", "parse")]


def test_a_person_set_beside_a_title_speaks_for_it(matcher):
    body = (
        "The appeal was heard in the spring.\n\n"
        "The Lord Chief Justice, Lord Fenwick, said the plans were “a recipe for confusion”."
    )
    assert [row[0] for row in _quotes(matcher, body)] == ["person_lord_fenwick"]


def test_a_title_alone_is_no_name_to_report(matcher):
    # the parse finds the subject, but "the Harbian Finance Minister" names no one
    body = (
        "The talks went on late.\n\nIn a statement on Monday, the Harbian Finance Minister "
        "said talks were over, but added that: “No deal is near.”"
    )
    assert _quotes(matcher, body) == [(None, None, "none")]


def test_a_description_the_rules_leave_unresolved_takes_the_parses_actor(matcher):
    # the rules read "editor of Gamesweekly.com" next to the verb, a description of no one
    # they know; the parse's subject of "told" is the person
    body = (
        "Sales of the console tripled in a week.\n\n"
        "“It is very, very encouraging for the firm because its rival outsold it last week,” "
        "Kate Morris, editor of Gamesweekly.com told BBC News."
    )
    assert _quotes(matcher, body) == [("person_kate_morris", "Kate Morris", "parse")]


@pytest.mark.parametrize(
    ("sentence", "quoted", "unnamed"),
    [
        ("President Vale's chief aide said it was needed because of “economic pressure”.",
         "economic pressure", "chief aide"),
        ("The minister's official spokesman rejected the claims, saying: “The advice was his.”",
         "The advice", "official spokesman"),
        ("The plan follows a “tough meeting”, party sources told the Courier.",
         "tough meeting", "party sources"),
        # "the spokesman" alone is often one named before; a name beside it is no one unnamed
        ("The spokesman said the rules were “very clear”.", "very clear", None),
        ("The spokesman, Tom Reyes, said the rules were “very clear”.", "very clear", None),
        ("Ann Vale said the rules were “very clear”.", "very clear", None),
    ],
)  # fmt: skip
def test_an_unnamed_reporter_is_a_spokesperson_aide_or_source_with_words_of_its_own(
    sentence: str, quoted: str, unnamed: str | None
) -> None:
    start = sentence.index(quoted)
    found = unnamed_reporter(sentence, start, start + len(quoted))
    assert (sentence[found[0] : found[1]] if found else None) == unnamed


def test_an_unnamed_reporter_takes_the_quote_from_the_one_named_beside_it(matcher):
    body = (
        "Ann Vale said on Monday that taxes would rise.\n\n"
        "Announcing the levy, President Vale's chief aide said it was needed because of "
        "“the steady economic pressure from abroad”.\n\n"
        "Harbour Party spokeswoman for farming Kate Morris said: “Growers will pay twice.”"
    )
    rows = _quotes(matcher, body)
    # (the rules gave the first to Ms Vale, named in the aide's title)
    assert [(row[0], row[1], row[2]) for row in rows] == [
        (None, "chief aide", "unnamed"),
        ("person_kate_morris", "Party spokeswoman for farming Kate Morris", "named"),
    ]


def test_a_spokesperson_for_a_named_person_is_not_that_person(matcher):
    body = (
        "Ann Vale said on Monday that taxes would rise.\n\n"
        "A spokesperson for Gov. Ann Vale said the governor was “encouraged by the talks so "
        "far” but would wait.\n\n"
        "Harbour spokesman Tom Reyes said the port was “ready for the winter”."
    )
    assert [(row[0], row[2]) for row in _quotes(matcher, body)] == [
        (None, "unnamed"),
        ("person_tom_reyes", "named"),
    ]


def _subjects(sentence: str) -> list[tuple[str, bool]]:
    return [(sentence[s.start : s.end], s.speaks) for s in clause_subjects(sentence)]


def test_clause_subjects_say_who_speaks_in_the_sentence_s_own_voice():
    assert _subjects("Mr Dane said Mr Vale had lost the trust of voters.") == [
        ("Mr Dane", True),
        ("Mr Vale", False),
    ]
    # a clause of time is no statement of its own; one joined by "and" is
    assert ("Mr Vale", False) in _subjects("Mr Dane said he backed it when Mr Vale argued for it.")
    assert ("Tom Reyes", True) in _subjects(
        "Ann Vale spoke first, and Tom Reyes described the plan."
    )
    # one asked says nothing; the source "according to" gives and one views "came from" speak
    assert _subjects("The governor was then asked about the port.") == [("The governor", False)]
    assert ("Reyes", True) in _subjects("According to Reyes, more than 300 firms used it.")
    assert ("Tom Reyes", True) in _subjects("One dissenting view came from Tom Reyes.")


def test_salient_names_are_near_the_top_of_the_sentence_not_deep_in_its_clauses():
    near = "I recall a talk with President Tom Reyes, a man I respected."
    assert "Reyes" in [near[a:b] for a, b, _ in salient_names(near)]
    deep = (
        "But the law stands since a court ruled that doctors could stop feeding the patient "
        "Tom Reyes."
    )
    assert "Reyes" not in [deep[a:b] for a, b, _ in salient_names(deep)]
