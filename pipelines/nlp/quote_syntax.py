"""Who reports a quotation, read from the dependency parse of its sentence: the subject of
the verb of saying that governs the quoted words ("The Harbour Board wrote to the ferry
firms to question “the steep fares” they charge", "Valdor said any bid would be in cash,
but added that: “…”"). The quote rules read a speaker from the words right around a quotation;
this reads it from the sentence's structure, for the quotations those words leave without
one. It also gives the subjects of a sentence and the names near the top of its tree
(`clause_subjects`, `salient_names`), which say whom "he said" after it stands for. Pure: a
sentence and offsets in, spans of the sentence out."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from pipelines.nlp.syntax import ParsedToken, parse_sentences

# Verbs of words spoken out loud or posted, in both lists below ("“…,” Howard Dean proclaimed").
_SPOKEN_OUT = frozenset({
    "proclaim", "exclaim", "quip", "tweet", "retort", "interject", "joke", "testify", "boast",
    "scoff",
})  # fmt: skip
# Verbs whose subject is the one whose words or view a quotation in their clause gives:
# saying, judging and calling things by a name ("dismissed them as a “load of nonsense”").
# fmt: off
REPORTING_LEMMAS = frozenset({
    "say", "tell", "add", "state", "claim", "assert", "insist", "argue", "warn", "explain",
    "note", "stress", "emphasise", "emphasize", "declare", "write", "announce", "remark",
    "reply", "respond", "answer", "admit", "acknowledge", "concede", "confess", "recall",
    "complain", "predict", "reveal", "disclose", "allege", "report", "suggest", "maintain",
    "reiterate", "affirm", "ask", "urge", "call", "describe", "brand", "label", "dub", "term",
    "hail", "praise", "welcome", "condemn", "criticise", "criticize", "attack", "accuse",
    "blame", "dismiss", "reject", "deny", "promise", "pledge", "vow", "demand", "propose",
    "recommend", "conclude", "find", "rule", "believe", "think", "hope", "fear", "accept",
    "agree", "disagree", "question", "challenge", "express", "speak", "comment", "voice",
    "threaten", "caution", "advise", "concur", "contend", "counter", "object", "protest",
    "lament", "deplore", "decry", "denounce", "slam", "blast", "lambast", "hit",
    "characterise", "characterize", "forecast",
}) | _SPOKEN_OUT
# fmt: on
# Of those, the verbs of speaking out, not of finding or thinking: their subject says the
# words they govern ("critics called it “…”"; not "scientists found the “taste” receptors").
# fmt: off
SPEAKING_LEMMAS = frozenset({
    "say", "tell", "add", "state", "claim", "assert", "insist", "argue", "warn", "explain",
    "note", "stress", "emphasise", "emphasize", "declare", "write", "announce", "remark",
    "reply", "respond", "answer", "admit", "complain", "predict", "reveal", "allege",
    "maintain", "reiterate", "ask", "urge", "call", "describe", "brand", "label", "dub",
    "term", "accuse", "deny", "promise", "pledge", "vow", "demand", "speak", "comment",
    "voice", "threaten", "protest", "lament", "decry", "denounce", "slam", "blast", "lambast",
    "characterise", "characterize", "jeer", "chant", "shout",
}) | _SPOKEN_OUT
# fmt: on
# Nouns that hold someone's words: a quotation under one is its owner's, not the words of
# the subject of a verb above it.
# fmt: off
SAYING_NOUNS = frozenset({
    "claim", "statement", "remark", "comment", "warning", "accusation", "allegation",
    "description", "words", "speech", "promise", "pledge", "call", "demand", "charge",
    "suggestion", "insistence", "view", "message", "letter", "report",
})
# fmt: on
# Texts that speak for whoever wrote them, when the sentence says who did.
# fmt: off
AUTHORED_NOUNS = frozenset({
    "report", "study", "survey", "analysis", "review", "paper", "poll", "book", "lawsuit",
    "document", "guidance", "guideline", "leaflet", "finding", "audit", "inquiry", "research",
    "statement", "letter", "memo", "submission", "forecast", "assessment", "briefing",
})
# fmt: on
# A word that may be one of those verbs or nouns, inflected: a sentence without one outside
# its quotation is not parsed (a fifth of the sentences asked about, in news).
_IRREGULAR_FORMS = ("said", "told", "wrote", "written", "spoke", "spoken", "thought", "found")


def _inflections(word: str) -> set[str]:
    """A verb's or noun's regular forms ("argue": argues, argued, arguing)."""
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return {word, word[:-1] + "ies", word[:-1] + "ied", word + "ing"}
    root = word[:-1] if word.endswith("e") else word
    doubled = word + word[-1] if word[-1] in "bdglmnpt" and word[-2:-1] in "aeiou" else word
    return {
        word,
        word + "s",
        word + "es",
        root + "ed",
        root + "ing",
        doubled + "ed",
        doubled + "ing",
    }


_MAY_REPORT = re.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {f for w in REPORTING_LEMMAS | SAYING_NOUNS for f in _inflections(w)}
            | set(_IRREGULAR_FORMS),
            key=len,
            reverse=True,
        )
    )
    + r")\b",
    re.IGNORECASE,
)
# Dependents that modify a verb rather than say what it says.
_MODIFIERS = frozenset({"advmod", "npadvmod", "neg"})
# Links from a verb to the verb whose subject it shares: "… said X, but added that “…”",
# "was heard saying …", "took the stage, speaking of the “…”".
_SHARES_HEAD_SUBJECT = frozenset({"conj", "xcomp", "advcl"})
_SUBJECT = frozenset({"nsubj"})
_RELATIVE_WORDS = frozenset({"who", "which", "that"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# How far up a verb's chain of shared subjects the search goes.
_MAX_SHARED = 3


class ParsedSubject(NamedTuple):
    """The subject found, as offsets within the sentence: the span of its head word and
    of the words that name it with the head (compounds, titles, its article), and whether
    it is a personal pronoun (then `text` is the pronoun in lower case)."""

    start: int
    end: int
    head_start: int
    head_end: int
    pronoun: bool
    text: str
    # where the proper name the subject is written as starts ("Valdor", "the Island
    # Council" from "Island"), None when its head is no proper noun
    name_start: int | None = None
    # (start, end) of each proper name in apposition to it
    appositions: tuple[tuple[int, int], ...] = ()
    # the lemma of the verb of saying it is the subject of ("" when no verb gave it)
    verb: str = ""


def _quotation_anchor(
    tokens: tuple[ParsedToken, ...], quote_start: int, quote_end: int
) -> tuple[ParsedToken, set[int]] | None:
    """The first word of the quotation at [quote_start, quote_end) whose head is outside it
    (its marks hang from anything; its words say where it stands), with the indexes of the
    quotation's tokens; None when none hangs outside."""
    inside = [t for t in tokens if quote_start <= t.start and t.end <= quote_end]
    quoted = {t.i for t in inside}
    anchor = next((t for t in inside if t.head not in quoted and t.pos != "PUNCT"), None)
    return (anchor, quoted) if anchor is not None else None


def reporting_subject(sentence: str, quote_start: int, quote_end: int) -> ParsedSubject | None:
    """The subject of the verb of saying that governs the quotation at
    sentence[quote_start:quote_end], or None when the quotation is not inside a clause (it
    is the sentence itself, or its parse hangs no verb of saying over it)."""
    if not _MAY_REPORT.search(sentence[:quote_start] + " " + sentence[quote_end:]):
        return None
    tokens = _parsed(sentence)
    anchored = _quotation_anchor(tokens, quote_start, quote_end)
    if anchored is None:
        return None
    anchor, quoted = anchored
    doer = _passive_doer_after(tokens, anchor, quote_end)
    if doer is not None:
        return _named_span(tokens, doer)
    below, verb = anchor, tokens[anchor.head]
    while True:
        if (
            verb.pos == "VERB"
            and verb.lemma in REPORTING_LEMMAS
            and verb.i not in quoted
            # (a clause of its own joined by "and" is another statement, not what the verb
            # says: "insisted [she was talking of adults and her remarks were “…”]")
            and not (below.dep == "conj" and _own_subject(tokens, below) is not None)
            # (nor is a manner word: "said [he had “wisely” not asked about it]")
            and below.dep not in _MODIFIERS
            # (a "for … to" clause says what someone might do, not what they said: "easier
            # for people to find “real voices”")
            and not any(t.head == verb.i and t.dep == "mark" and t.lemma == "for" for t in tokens)
        ):
            subject = _speaker_over(tokens, verb) or _subject_of(tokens, verb)
            if subject is not None and subject.lemma in AUTHORED_NOUNS:
                # a text speaks for its author: "a study by the Harbour Institute concluded
                # that “…”", "the Vale report said"
                subject = _owner_of(tokens, subject) or subject
            if subject is None:
                return None
            return _named_span(tokens, subject)._replace(verb=verb.lemma)
        if (
            verb.pos == "NOUN"
            and verb.lemma in SAYING_NOUNS
            # (not words said of the noun, by the one who judges it: "Hollande denounced
            # Trump's remarks as “hurtful”"; "Hain's description of him as “…”" is Hain's)
            and not (
                below.dep == "prep"
                and below.lemma == "as"
                and verb.dep == "dobj"
                and tokens[verb.head].lemma in REPORTING_LEMMAS
            )
        ):
            # words a noun of saying holds are its owner's, not the words of the subject of
            # a verb above it: "Harbour Party claims that the levy is “a tax on bread”", "a
            # claim by Ann Vale that …", "the party's warning that …"
            owner = _owner_of(tokens, verb)
            if owner is None and below.pos == "VERB":
                # (the parse may hang the "from" on the clause the noun holds: "a call for
                # him to “pause for thought” from Ann Vale")
                owner = _by_or_from(tokens, below)
            return _named_span(tokens, owner) if owner is not None else None
        if verb.head == verb.i:
            return None
        below, verb = verb, tokens[verb.head]


def named_subject_over(sentence: str, quote_start: int, quote_end: int) -> ParsedSubject | None:
    """The subject of the nearest verb the quotation at sentence[quote_start:quote_end]
    hangs from, whatever the verb, when that subject is a proper name outside the quotation
    or a noun a name qualifies ("The Harbour party has committed itself to “free and
    flexible” childcare"); else None. (A quoted word that is the sentence's own verb,
    "Vale Alliance “welcomed” the move", hangs from nothing outside the quotation.)

    Why: a few quoted words in a sentence about a named body or person are its words, as
    readers and annotators take them, though no verb of saying brings them in."""
    tokens = _parsed(sentence)
    anchored = _quotation_anchor(tokens, quote_start, quote_end)
    if anchored is None:
        return None
    anchor, quoted = anchored
    verb = anchor if anchor.pos in ("VERB", "AUX") else tokens[anchor.head]
    while verb.pos not in ("VERB", "AUX"):
        if verb.head == verb.i:
            return None
        verb = tokens[verb.head]
    # (nor a relative clause's, the verb's own or one it shares the subject of: "a
    # resolution of the Vale Committee, which told its director to “…”")
    shared = verb
    for _ in range(_MAX_SHARED + 1):
        if shared.dep == "relcl":
            return None
        if shared.dep not in _SHARES_HEAD_SUBJECT or shared.head == shared.i:
            break
        shared = tokens[shared.head]
    return _named_subject(tokens, _subject_of(tokens, verb), quoted)


def _named_subject(
    tokens: tuple[ParsedToken, ...], subject: ParsedToken | None, quoted: set[int]
) -> ParsedSubject | None:
    """The subject as named, when it is a proper name outside the quotation (or a
    capitalised word the parser took for a common noun: "Sanders"), or a noun a name
    qualifies ("The Harbour party has committed itself to …") or stands beside ("the
    Ofsted chief, David Bell,"); else None."""
    if subject is None or subject.i in quoted:
        return None
    if (
        subject.pos != "PROPN"
        and not (subject.pos == "NOUN" and subject.text[:1].isupper())
        and not any(
            t.head == subject.i and t.dep in ("compound", "appos") and t.pos == "PROPN"
            for t in tokens
        )
    ):
        return None
    return _named_span(tokens, subject)


# Verbs whose subject passes on or takes in someone else's words: "Reuters quoted an
# official as saying “…”", "an Election Court has heard".
_RELAYING_LEMMAS = frozenset({"quote", "cite", "hear"})


def main_clause_subject_over(
    sentence: str, quote_start: int, quote_end: int
) -> ParsedSubject | None:
    """The active subject of the main clause the quotation at sentence[quote_start:
    quote_end] stands in, however deep (a relative clause, a participle, a preposition's
    object), or of the clause a colon closes before a quotation that is a clause of its own,
    when that subject is a proper name outside the quotation or a noun a name qualifies;
    else None.

    Why: quoted words set in a sentence about a named person are that person's words, as
    readers and annotators take them, wherever the parse hangs them: "Rubio bemoaned a
    climate in which people “literally hate each other”", "Ann Vale mocked her rival for
    “having a tough night”"."""
    tokens = _parsed(sentence)
    quoted = {t.i for t in tokens if quote_start <= t.start and t.end <= quote_end}
    anchored = _quotation_anchor(tokens, quote_start, quote_end)
    introduced = sentence[:quote_start].rstrip().endswith(":")
    if anchored is None and not (quoted and introduced):
        return None
    # (a quotation hanging from nothing outside it is a clause of its own: its root)
    node = anchored[0] if anchored is not None else tokens[min(quoted)]
    for _ in range(len(tokens)):
        if node.head == node.i:
            break
        node = tokens[node.head]
        if node.lemma in _RELAYING_LEMMAS and node.i not in quoted:
            # ("…, and quoted an unnamed official as saying they had been “…”": the words
            # are passed on from someone else, wherever the relaying verb stands)
            return None
        own = _own_subject(tokens, node, passive=True) if node.pos in ("VERB", "AUX") else None
        if (
            node.head != node.i
            and node.i not in quoted
            and own is not None
            and own.i not in quoted
            and own.pos != "PRON"
            and node.dep != "ccomp"
        ):
            # (a clause with a subject of its own: "…, while the state's premier cheered the
            # “historic” move" is the premier's; "persuading voters his is the “real …”"
            # goes on up; not a clause that is what the verb above it says or thinks: "Ann
            # Vale warned that the plan was “a gamble”" is Vale's)
            return None
    if node.i in quoted and introduced:
        # ("the Board was conclusive in its findings: “…”": the quotation is a clause of its
        # own; the clause the colon closes introduces it)
        before = [t for t in tokens if t.end <= quote_start and t.text != ":"]
        node = before[-1] if before else node
        for _ in range(len(tokens)):
            if node.head == node.i or node.head in quoted:
                break
            node = tokens[node.head]
    if node.pos not in ("VERB", "AUX") or node.i in quoted or node.lemma in _RELAYING_LEMMAS:
        return None
    doer = _own_subject(tokens, node)
    if doer is None:
        # (a passive main clause's doer: "schools were singled out by the Ofsted chief,
        # David Bell, for failing to teach the “wider tenets of society”")
        agent = next((t for t in tokens if t.head == node.i and t.dep == "agent"), None)
        doer = _object_of(tokens, agent) if agent is not None else None
    return _named_subject(tokens, doer, quoted)


# Verbs that call something by the quoted words: "branded a “retreat” by", "hailed as".
_CALLING_LEMMAS = frozenset({
    "brand", "call", "describe", "dub", "label", "term", "hail", "condemn", "criticise",
    "criticize", "denounce", "praise", "welcome", "dismiss", "deride", "characterise",
    "characterize", "portray", "slam", "attack", "accuse",
})  # fmt: skip


def _passive_doer_after(
    tokens: tuple[ParsedToken, ...], anchor: ParsedToken, quote_end: int
) -> ParsedToken | None:
    """Who a passive participle of calling or saying the quotation hangs from says is its
    doer, with "by" right after the quotation ("a move branded a “humiliating retreat” by
    the Tories", "described as “reckless” by Ann Vale"): the object of that "by"; else None.
    (The parse may hang the "by" from the quoted noun rather than the participle.)"""
    after = next((t for t in tokens if t.start >= quote_end and t.pos != "PUNCT"), None)
    if after is None or after.text.lower() != "by":
        return None
    node = anchor
    for _ in range(4):
        if node.pos == "VERB":
            # (the first verb above the quotation: "used as a “trophy” by" is no calling;
            # the parser may tag the participle as a past tense)
            if node.tag not in ("VBN", "VBD") or not (
                node.lemma in _CALLING_LEMMAS or node.lemma in REPORTING_LEMMAS
            ):
                return None
            doer = _object_of(tokens, after)
            # (a named doer only: "encouraged” by the talks" names no one who spoke)
            return doer if doer is not None and doer.pos == "PROPN" else None
        if node.head == node.i:
            return None
        node = tokens[node.head]
    return None


# Heads of a subject that stands for someone the story leaves unnamed: "the minister's
# official spokesman", "a Harbour Board spokeswoman", "party sources", "his chief aide".
# fmt: off
_UNNAMED_HEADS = frozenset({
    "spokesman", "spokeswoman", "spokesmen", "spokeswomen", "spokesperson", "spokespeople",
    "aide", "aides", "source", "sources", "insider", "insiders",
})
# fmt: on
# The same heads as words of a text, for the rules that read the words around a quote.
UNNAMED_HEAD_WORDS = r"spokes\w+|aides?|sources?|insiders?"
_MAY_BE_UNNAMED = re.compile(rf"(?i)\b(?:{UNNAMED_HEAD_WORDS})\b")


def unnamed_reporter(sentence: str, quote_start: int, quote_end: int) -> tuple[int, int] | None:
    """(start, end) of the subject of the verb of saying over the quotation when it is
    someone unnamed: its head is a spokesperson, an aide, a source or an insider
    (`_UNNAMED_HEADS`), with words of its own before it ("a Harbour Board spokeswoman", "the
    minister's chief aide", "party sources") and no proper name in apposition ("the
    spokesman, Tom Reyes,"); else None. "The spokesman" alone is left to the rules: it is
    often one the story named before."""
    if not _MAY_BE_UNNAMED.search(sentence):
        return None
    subject = reporting_subject(sentence, quote_start, quote_end)
    if (
        subject is None
        or subject.pronoun
        or subject.appositions
        or sentence[subject.head_start : subject.head_end].lower() not in _UNNAMED_HEADS
        or _ARTICLE_ALONE.fullmatch(sentence[subject.start : subject.head_start])
    ):
        return None
    return subject.start, subject.end


_ARTICLE_ALONE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts)?\s*")


@lru_cache(maxsize=1024)
def _parsed(sentence: str) -> tuple[ParsedToken, ...]:
    # (the quotes of one sentence ask for its parse once each: the disk cache is read once)
    # A wire dateline opening the sentence is blanked, offsets kept: the parser otherwise
    # takes "ATLANTA (AP) -- The creator of the site says …" for Atlanta saying it.
    dateline = DATELINE_OPENING.match(sentence)
    if dateline is not None:
        sentence = " " * dateline.end() + sentence[dateline.end() :]
    return parse_sentences([sentence])[0]


# A wire dateline at a sentence's start: a place in capitals, an optional region, an
# optional agency in brackets (or the blanks left where one was), and a dash: "ATLANTA
# (AP) --", "LUSAKA, Zambia (AP) —", "ANKARA, Jan 22 (Reuters) - ".
DATELINE_OPENING = re.compile(
    r"\s*(?P<place>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s+[A-Z][\w.'’\-]*(?:\s+[\w.'’\-]+){0,2})?"
    r"\s*(?:\([A-Z][\w .&'-]{0,30}\)\s*)?(?:--|[_–—]|(?<=\)\s)-|(?<=\))-)\s+"
)


def _subject_of(tokens: tuple[ParsedToken, ...], verb: ParsedToken) -> ParsedToken | None:
    """The subject of `verb`: its own, else that of the verb it is joined to (at most
    `_MAX_SHARED` steps up); a relative "who"/"which" stands for the noun its clause
    describes."""
    for step in range(_MAX_SHARED + 1):
        # (a passive subject heard or quoted saying it: "X was heard saying …")
        subject = _own_subject(tokens, verb, passive=step > 0)
        if subject is not None:
            if subject.lemma in _RELATIVE_WORDS and verb.dep == "relcl":
                return tokens[verb.head]
            return subject
        if verb.dep not in _SHARES_HEAD_SUBJECT or verb.head == verb.i:
            return None
        verb = tokens[verb.head]
    return None


def _speaker_over(tokens: tuple[ParsedToken, ...], verb: ParsedToken) -> ParsedToken | None:
    """The subject of the verb of saying above a participle of saying with no subject of
    its own ("X said the year had begun well, adding it expected “…”"), whatever clause
    the parse hung the participle from; None when `verb` is no such participle.

    Why: the one who adds or says is the one who spoke; the parse often hangs the
    participle from the reported clause, whose subject ("the year") says nothing."""
    if verb.dep != "advcl" or verb.tag != "VBG" or _own_subject(tokens, verb) is not None:
        return None
    above = verb
    for _ in range(_MAX_SHARED):
        if above.head == above.i:
            return None
        above = tokens[above.head]
        if above.pos == "VERB" and above.lemma in REPORTING_LEMMAS:
            return _subject_of(tokens, above)
    return None


def _owner_of(tokens: tuple[ParsedToken, ...], noun: ParsedToken) -> ParsedToken | None:
    """Whose words a noun of saying holds: its possessive ("the party's claims"), the name
    before it ("Harbour Party claims"), or the one "by" or "from" brings in ("a claim by Ann
    Vale")."""
    for t in tokens:
        if t.head != noun.i or t.i == noun.i:
            continue
        if t.dep == "poss" or (t.dep == "compound" and t.pos == "PROPN"):
            return t
        if t.dep == "prep" and t.lemma in ("by", "from"):
            return _object_of(tokens, t)
    return None


def _object_of(tokens: tuple[ParsedToken, ...], preposition: ParsedToken) -> ParsedToken | None:
    """The object of a preposition ("Ann Vale" of "by Ann Vale"), else None."""
    return next((t for t in tokens if t.head == preposition.i and t.dep == "pobj"), None)


def _by_or_from(tokens: tuple[ParsedToken, ...], head: ParsedToken) -> ParsedToken | None:
    """The proper name "by" or "from" brings in under `head`, else None."""
    for t in tokens:
        if t.head == head.i and t.dep == "prep" and t.lemma in ("by", "from"):
            named = _object_of(tokens, t)
            return named if named is not None and named.pos == "PROPN" else None
    return None


def _own_subject(
    tokens: tuple[ParsedToken, ...], verb: ParsedToken, passive: bool = False
) -> ParsedToken | None:
    kinds = _SUBJECT | {"nsubjpass"} if passive else _SUBJECT
    return next((t for t in tokens if t.head == verb.i and t.dep in kinds and t.i != verb.i), None)


def _named_span(tokens: tuple[ParsedToken, ...], head: ParsedToken) -> ParsedSubject:
    """The head word with the words before it that are part of its name (compounds, titles,
    possessives, its article), not its clauses; and the names set beside it (appositions:
    "the Lord Chief Justice, Lord Fenwick,")."""
    start = name_start = head.start
    proper = head.pos == "PROPN"
    for t in reversed(tokens[: head.i]):
        if t.head == head.i and t.dep in ("compound", "det", "amod", "poss", "nmod", "case"):
            start = t.start
        elif (t.dep == "compound" or t.text == "-") and tokens[t.head].start >= start:
            # ("Mr Vale-Reyes": the hyphen inside the name)
            start = t.start
        else:
            break
        if proper and start == t.start and (t.pos == "PROPN" or t.text == "-"):
            name_start = t.start
        else:
            proper = False
    appositions = tuple(
        (_named_span(tokens, t).start, t.end)
        for t in tokens[head.i + 1 :]
        if t.head == head.i and t.dep == "appos" and t.pos == "PROPN"
    )
    lowered = head.text.lower()
    end = head.end
    after = tokens[head.i + 1] if head.i + 1 < len(tokens) else None
    if (
        head.pos == "PROPN"
        and head.dep in ("nsubj", "nsubjpass")
        and after is not None
        and after.head == head.i
        and after.dep == "case"
    ):
        # a possessive that owns nothing is the name itself: "Foster's said", "Moody's said"
        end = after.end
    return ParsedSubject(
        start,
        end,
        head.start,
        end,
        lowered in _PRONOUNS,
        lowered if lowered in _PRONOUNS else "",
        name_start if head.pos == "PROPN" else None,
        appositions,
    )


class ClauseSubject(NamedTuple):
    """A subject of a verb in a sentence, as offsets within it (`_named_span`, with the names
    in apposition to it)."""

    start: int
    end: int
    # whether it says something in the sentence's own voice: the subject of a verb of
    # saying in the main clause or one joined to it ("Ann Vale said", "… and Tom Reyes
    # added"), not in what is reported ("said Tom Reyes told her") nor in a clause of time
    # ("when Tom Reyes argued for it"); the source "according to" gives; the one something
    # "came from" ("Criticism came from Ann Vale")
    speaks: bool
    # the pronoun it is, in lower case ("" for none)
    pronoun: str
    # whether its head is a proper noun, or has one in apposition ("Vale", "Lord Fenwick")
    proper: bool
    # whether it is the subject of the sentence's main verb, or of one joined to it
    main: bool
    # its head word in lower case ("head" of "The head of Sberbank")
    head: str
    # whether it does what its verb says, not what is done to it ("The President was told")
    active: bool = True


def clause_subjects(sentence: str) -> list[ClauseSubject]:
    """The subjects of the sentence's verbs, in the order they are written: who the sentence
    is about, and which of them it has saying something ("Tony Blair said he would help").
    The agent of a passive verb is its subject ("The talks were led by Ann Vale"), and so is
    the source "according to" gives ("According to Vale, prices fell")."""
    tokens = _parsed(sentence)
    subjects = []
    for token in tokens:
        if token.head == token.i:
            continue
        verb = tokens[token.head]
        source = False  # a source by its preposition: "according to", "came from"
        if token.dep in _CLAUSE_SUBJECT:
            # (one "asked" or "told" is not the one saying it)
            subject, active = token, token.dep == "nsubj"
        elif token.dep == "pobj" and verb.dep == "agent":
            subject, verb, active = token, tokens[verb.head], True
        elif (
            token.dep == "pobj"
            and verb.text.lower() in ("to", "from")
            and (_after(tokens, verb, "accord") or tokens[verb.head].lemma == "come")
        ):
            subject, active, source = token, True, True
        else:
            continue
        main = verb.dep == "ROOT" or (verb.dep == "conj" and tokens[verb.head].dep == "ROOT")
        span = _named_span(tokens, subject)
        lowered = subject.text.lower()
        subjects.append(
            ClauseSubject(
                span.start,
                max((end for _, end in span.appositions), default=span.end),
                source
                or (active and verb.pos == "VERB" and verb.lemma in REPORTING_LEMMAS and main),
                lowered if lowered in _PRONOUNS else "",
                subject.pos == "PROPN"
                or any(
                    t.pos == "PROPN" for t in tokens if t.head == subject.i and t.dep == "appos"
                ),
                main and not source,
                lowered,
                active,
            )
        )
    return subjects


def _after(tokens: tuple[ParsedToken, ...], token: ParsedToken, lemma: str) -> bool:
    """Whether the word before `token` is of `lemma` ("according" before "to")."""
    return token.i > 0 and tokens[token.i - 1].lemma == lemma


_CLAUSE_SUBJECT = frozenset({"nsubj", "nsubjpass"})


# How deep in a sentence's tree a name still draws a pronoun after it: the main verb's
# object, a name beside it, the object of its preposition ("I recall a talk with Ann Vale").
_SALIENT_DEPTH = 3


def salient_names(sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, proper) of the nouns near the top of the sentence's tree (at most
    `_SALIENT_DEPTH` steps below its main verb), as offsets within it, proper or not: the
    ones a pronoun in the next sentence may well stand for, though no subject ("I recall a
    talk with Tom Reyes", "Let me return to the nurse"). A noun deep inside a clause of a
    clause ("… a court ruled that doctors could stop feeding Tom Reyes") draws none."""
    tokens = _parsed(sentence)
    names = []
    for token in tokens:
        if token.pos not in ("PROPN", "NOUN"):
            continue
        depth, at = 0, token
        while at.head != at.i and depth <= _SALIENT_DEPTH:
            at, depth = tokens[at.head], depth + (at.dep not in ("compound", "flat"))
        if depth <= _SALIENT_DEPTH:
            names.append((token.start, token.end, token.pos == "PROPN"))
    return names


def opening_tag(sentence: str) -> str | None:
    """The fine tag of the sentence's first word in its parse, None for no word: "NN" or
    "NNS" for a common noun capitalised only because it opens the sentence ("Margins also
    suffered"), "NNP" for a name ("Anheuser noted", "Next has said")."""
    tokens = [t for t in _parsed(sentence) if t.pos != "PUNCT" and t.text.strip()]
    return tokens[0].tag if tokens else None
