"""Direct quotations and who said them.

Finds quoted spans (typographic or straight quotes) of at least a few words, then looks
for the attribution right after ("…,” Peskov said / said the minister") or right before
("Peskov said: “…”", "officials said the summit “…”"). A pronoun speaker ("he said") takes
the previous speaker of the article; an unattributed quote in the same paragraph as an
attributed one continues it. The speaker resolves to the actor mentioned in its text (a
person before an organization before a country, so "the press secretary of the Russian
President" is the person the role resolves to, not Russia); a described body without a name
("the agency's statement", "officials") resolves to the organization the text mentioned last.
A quote that is only a capitalized name ("the “Russian Volunteer Corps”") is not a quote.
A transcript's turns ("Vladimir Putin: …", "Question: …") are quotes of the speaker the
label names (`transcript_turns`).
"""

from __future__ import annotations

import re

import polars as pl

from pipelines.nlp.sentences import sentence_index_of, split_sentences

QUOTE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "sentence_index": pl.Int64(),
    "char_start": pl.Int64(),
    "char_end": pl.Int64(),
    "speaker_actor_id": pl.String(),
    "speaker_text": pl.String(),
    "quote_text": pl.String(),
}

SPEECH_VERBS = r"(?:said|says|added|adds|stated|told\s+\w+(?:\s+\w+)?|noted|stressed|emphasi[sz]ed|warned|insisted|explained|declared|argued|wrote|continued|concluded|announced|remarked|replied|acknowledged|reported)"
# Capitalized words that open sentences are not names ("This time, officials said ...").
_NOT_A_NAME = r"(?!(?:This|That|These|Those|The|It|In|On|At|But|And|However|Meanwhile|When|While|After|Before|As|If|So|Yet|Still|Then|Now|Earlier|Later)\b)"
_PARTICLE = r"(?:al|el|bin|ibn|de|da|van|von|der|la|le)"
_NAME = rf"(?:{_NOT_A_NAME}[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|{_PARTICLE}-[A-Z][\w'’.\-]+|{_PARTICLE}))*)"
# Bodies and groups of people that speak without a name: resolved to the organization the
# article mentioned last ("The agency's statement said", "officials said").
_BODY_NOUNS = r"(?:officials|authorities|agency|ministry|service|government|office|department|embassy|military|army|council|committee|administration|statement|diplomats|sources|source|press\s+service)"
_NOMINAL = rf"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+)?(?:[\w'’\-]+\s+){{0,3}}?(?:{_BODY_NOUNS}|spokesman|spokeswoman|spokesperson)(?:['’]s\s+(?:statement|spokesman|spokeswoman|spokesperson|press\s+service))?"
# A speaker: a name with up to four title words before it ("NATO spokesperson Ingrid
# Valtonen", "foreign minister Ana Rojas"), a described person ("the ministry's
# spokesman"), or a pronoun.
_SPEAKER = rf"(?P<speaker>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w'’\-]+\s+){{0,4}}?{_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\w'’\-]+\s+){{0,3}}[\w'’\-]+|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)"
# A speaker described after a verb, up to where the phrase ends: "said British ambassador
# Fiona Marchbank", "said the U.S. co-chair, Major General Robert Keene".
_PHRASE_END = r"(?=\s*(?:[,;:]|(?<!\.[A-Z])(?<!\b[MD][rs])(?<!\bMrs)\.(?:\s|$)|$)|\s+(?:who|which|in|on|at|after|during|when|as|from|to|before|while)\b)"
_DESCRIBED_SPEAKER = rf"(?P<speaker>[^,“”\"\n]{{2,80}}?){_PHRASE_END}"
# The same with a named apposition: "said Russia's envoy in Vienna, Arkady Lemeshev, who".
_DESCRIBED_AND_NAMED = rf"(?P<speaker>[^,“”\"\n]{{2,80}}?),\s+(?P<apposition>{{name}}){_PHRASE_END}"
# Verbs that introduce a partial quote inside reported speech ("X accused Y of “...”").
_REPORTING_VERBS = rf"(?:{SPEECH_VERBS}|accused|condemned|called|described|dismissed|urged|rejected|criticized|criticised|denounced|promised|pledged|vowed|welcomed|termed|branded|labell?ed|dubbed|characteri[sz]ed|saying|adding)"
_QUOTE = re.compile(r"“(?P<q1>[^”]{3,}?)”|\"(?P<q2>[^\"\n]{3,}?)\"")
# Attribution after the quote ("…,” Rojas said / said Rojas / according to Rojas) or before it.
_AFTER_PATTERNS = [
    re.compile(rf"\s*,?\s*{_SPEAKER}\s+{SPEECH_VERBS}\b"),
    # "…,” Ariane Duchesne, the organization's regional director, said
    re.compile(
        rf"\s*,?\s*(?P<speaker>{_NAME}),\s+(?P<apposition>[^,.“”\"]{{1,60}}),\s+{SPEECH_VERBS}\b"
    ),
    re.compile(rf"\s*,?\s*{SPEECH_VERBS}\s+" + _DESCRIBED_AND_NAMED.replace("{name}", _NAME)),
    re.compile(rf"\s*,?\s*{SPEECH_VERBS}\s+{_DESCRIBED_SPEAKER}"),
    re.compile(rf"\s*,?\s*according\s+to\s+{_DESCRIBED_SPEAKER}"),
    # "…” the bloc's enlargement commissioner, Jana Horváthová, said
    re.compile(rf"\s*,?\s*(?:[^,.“”\"]{{1,60}},\s)?(?P<speaker>{_NAME}),?\s+{SPEECH_VERBS}\b"),
]
_BEFORE_PATTERNS = [
    re.compile(rf"{_SPEAKER}\s+{SPEECH_VERBS}\s*[:,]?\s*$"),
    re.compile(rf"according\s+to\s+{_SPEAKER}\s*[:,]\s*$"),
]
# Reported speech earlier in the same clause: the subject right before its last reporting
# verb ("Sissoko accused Algiers of “…”", "its spokesperson, Andrei Kovalchuk, said the group
# “…”", "The agency's statement, reported by Sputnik, said: “…”").
_SUBJECT_BEFORE_VERB = re.compile(
    rf"(?:^|[\s(])(?P<speaker>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|{_NOMINAL})(?:,\s(?P<apposition>[^,“”\"]{{1,80}}))?,?\s+$"
)
_CLAUSE_BREAK = re.compile(r"[.!?“”\"][^.!?“”\"]*$")
_REPORTING_VERB = re.compile(rf"\b{_REPORTING_VERBS}\b")
_SPEECH_VERB = re.compile(rf"\b{SPEECH_VERBS}\b")
_BODY_SPEAKER = re.compile(rf"(?:^|\s){_BODY_NOUNS}\b", re.I)
_PRONOUNS = {"he", "she", "they", "it"}
# How far back the text mentions the body a nominal speaker refers to (about three sentences).
_BODY_LOOKBACK_CHARS = 600
_PRONOUN_LOOKBACK_CHARS = 600
# Attribution is looked for this far around a quote; bounded, so long paragraphs stay linear.
_AFTER_WINDOW = 120
_BEFORE_WINDOW = 240
_TYPE_RANK = {"person": 0, "organization": 1, "group": 1, "country": 2}

# (start, end, actor_id, actor_type) of the article's actor mentions, sorted by start.
Mention = tuple[int, int, str, str]


def _speaker_actor(
    start: int, end: int, mentions: list[Mention], persons_only: bool = False
) -> str | None:
    """The actor a speaker span names: the first person in it, else a body, else a country."""
    inside = [m for m in mentions if m[0] < end and start < m[1]]
    if persons_only:
        inside = [m for m in inside if m[3] == "person"]
    if not inside:
        return None
    return min(inside, key=lambda m: (_TYPE_RANK.get(m[3], 3), m[0]))[2]


def _pronoun_speaker(
    pronoun: str,
    offset: int,
    mentions: list[Mention],
    quote_spans: list[tuple[int, int]],
    last_speaker: tuple[str | None, str] | None,
) -> tuple[str | None, str | None]:
    """ "he/she said" is the person the text named last (outside quotes) before `offset`;
    "they/it" the body or country named last; else the previous speaker."""
    wanted = ("person",) if pronoun in ("he", "she") else ("organization", "group", "country")
    for m_start, m_end, actor_id, actor_type in reversed(mentions):
        if m_end > offset or offset - m_start > _PRONOUN_LOOKBACK_CHARS:
            continue
        if actor_type in wanted and not any(q0 <= m_start < q1 for q0, q1 in quote_spans):
            return actor_id, pronoun
    if last_speaker is not None:
        return last_speaker
    return None, pronoun


def _last_body_before(offset: int, mentions: list[Mention]) -> str | None:
    """The organization (else country) the text mentioned last before `offset`."""
    recent = [m for m in mentions if offset - _BODY_LOOKBACK_CHARS <= m[0] and m[1] <= offset]
    for wanted in (("organization", "group"), ("country",)):
        for m in reversed(recent):
            if m[3] in wanted:
                return m[2]
    return None


def _is_name_in_quotes(quote: str) -> bool:
    words = [w for w in quote.split() if w[:1].isalpha()]
    return bool(words) and len(words) <= 6 and all(w[0].isupper() for w in words)


def _mentions_by_article(mentions: pl.DataFrame) -> dict[str, list[Mention]]:
    if "actor_type" not in mentions.columns:
        mentions = mentions.with_columns(actor_type=pl.lit(None, pl.String))
    by_article: dict[str, list[Mention]] = {}
    for article_id, start, end, actor_id, actor_type in mentions.select(
        "article_id", "char_start", "char_end", "actor_id", "actor_type"
    ).iter_rows():
        by_article.setdefault(article_id, []).append((start, end, actor_id, actor_type))
    for article_mentions in by_article.values():
        article_mentions.sort()
    return by_article


def _reporting_person(
    body: str, quote_start: int, spans: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[str, str] | None:
    """The last person named before a reporting verb in the quote's own sentence."""
    sentence_start = spans[sentence_index_of(spans, quote_start)][0] if spans else 0
    verb = _REPORTING_VERB.search(body, sentence_start, quote_start)
    if verb is None:
        return None
    for m_start, m_end, actor_id, actor_type in reversed(mentions):
        if sentence_start <= m_start and m_end <= verb.start() and actor_type == "person":
            return actor_id, body[m_start:m_end]
    return None


def _attribution(body: str, quote_start: int, quote_end: int) -> tuple[re.Match[str] | None, int]:
    """The attribution match around a quote and the offset its positions are relative to."""
    line_end = body.find("\n", quote_end, quote_end + _AFTER_WINDOW)
    after_end = line_end if line_end != -1 else min(len(body), quote_end + _AFTER_WINDOW)
    for pattern in _AFTER_PATTERNS:
        found = pattern.match(body, quote_end, after_end)
        if found:
            return found, 0
    line_start = body.rfind("\n", 0, quote_start) + 1
    before_start = max(line_start, quote_start - _BEFORE_WINDOW)
    before = body[before_start:quote_start]
    tail = before[-40:]
    if _SPEECH_VERB.search(tail) or "according" in tail:
        for pattern in _BEFORE_PATTERNS:
            found = pattern.search(before)
            if found:
                return found, before_start
    # The clause the quote sits in, and its last reporting verb.
    clause_break = _CLAUSE_BREAK.search(before)
    clause_start = clause_break.start() + 1 if clause_break else 0
    verbs = list(_REPORTING_VERB.finditer(before, clause_start))
    if not verbs:
        return None, 0
    found = _SUBJECT_BEFORE_VERB.search(before, clause_start, verbs[-1].start())
    return (found, before_start) if found else (None, 0)


def extract_quotes(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Quotes of each article (article_id, body in; actor mentions to resolve speakers)."""
    by_article = _mentions_by_article(mentions)
    rows: list[tuple] = []
    for article_id, body in articles.select("article_id", "body").iter_rows():
        if has_quotes(body):
            rows += quotes_of_article(
                article_id, body, split_sentences(body), by_article.get(article_id, [])
            )
    return pl.DataFrame(rows, schema=QUOTE_SCHEMA, orient="row")


def has_quotes(body: str | None) -> bool:
    """Whether a body may hold quotes: quotation marks, or a colon (a transcript's labels)."""
    return bool(body) and ("“" in body or '"' in body or ":" in body)  # type: ignore[operator]


# A transcript's speaker label where a sentence starts: capitalized words (titles, then the
# name; "of", "the" and "and" may join them), a colon, then the turn ("President of Russia
# Vladimir Putin: Colleagues, …", "MS. PSAKI: Good afternoon", "Question: …").
_LABEL = re.compile(
    r"(?:^|(?<=[.!?…”\"’)\]]\s)|(?<=\n))"
    r"(?P<label>[A-Z][\w'’.\-]*(?:\s+(?:(?:of|the|and|for)\s+)*[A-Z][\w'’.\-]*){0,9}):\s+(?=[A-Z“\"‘'¿¡\d])"
)
# Labels of a turn whose speaker is not named (an interviewer, the floor).
ANONYMOUS_LABELS = {
    "question",
    "remark",
    "answer",
    "reply",
    "q",
    "a",
    "moderator",
    "voice",
    "response",
}
# The quote text kept of a long turn: its first sentences, up to about this many characters.
_TURN_CHARS = 600


def transcript_turns(
    body: str, spans: list[tuple[int, int]], mentions: list[Mention]
) -> list[tuple[int, int, str | None, str | None, str]]:
    """(start, end, speaker actor, speaker text, quote text) of each turn of a transcript.

    A body is a transcript when two labels name a person (an actor mention inside the
    label) or are anonymous ("Question"), or one does at its very start (a speech with its
    speaker); a sentence that merely opens with "Name:" in running text is no transcript.
    In a transcript every label ends the turn before it, and a label naming nobody the
    dictionary or discovery knows gives its last two words as the speaker's name
    ("Pavel Zarubin:", "Chairman Valery Zorkin:"). Anonymous labels have no speaker."""
    labels = []
    for match in _LABEL.finditer(body):
        start, end = match.span("label")
        label = match.group("label")
        anonymous = label.strip(" .").lower() in ANONYMOUS_LABELS
        person = None if anonymous else _speaker_actor(start, end, mentions, persons_only=True)
        labels.append((start, match.end(), person, label, anonymous))
    speaking = [lab for lab in labels if lab[2] is not None or lab[4]]
    if not (len(speaking) >= 2 or (speaking and speaking[0][0] == 0)):
        return []
    turns = []
    for i, (_, text_start, person, label, anonymous) in enumerate(labels):
        name = None if anonymous else label if person else _trailing_name(label)
        if name is None and not anonymous:
            continue  # "Note:", "MOSCOW:": not a speaker
        turn_end = labels[i + 1][0] if i + 1 < len(labels) else len(body)
        end = text_start
        for s_start, s_end in spans[sentence_index_of(spans, text_start) :]:
            if s_start >= turn_end:
                break
            end = min(s_end, turn_end)
            if end - text_start >= _TURN_CHARS:
                break
        text = body[text_start:end].strip()
        if text:
            turns.append((text_start, text_start + len(text), person, name, text))
    return turns


_NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+")


def _trailing_name(label: str) -> str | None:
    """The name a title-and-name label ends with ("Chairman Valery Zorkin" → "Valery
    Zorkin"): its last two words when both look like name words."""
    words = label.split()
    if len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words[-2:]):
        return " ".join(words[-2:])
    return None


def quotes_of_article(
    article_id: str,
    body: str,
    spans: list[tuple[int, int]],
    article_mentions: list[Mention],
) -> list[tuple]:
    """QUOTE_SCHEMA rows of one article, given its sentence spans and its actor mentions
    (start, end, actor_id, actor_type) sorted by start."""
    rows: list[tuple] = [
        (article_id, sentence_index_of(spans, start), start, end, actor_id, label, text)
        for start, end, actor_id, label, text in transcript_turns(body, spans, article_mentions)
    ]
    last_speaker: tuple[str | None, str] | None = None
    last_paragraph = -1
    quote_spans = [m.span() for m in _QUOTE.finditer(body)]
    for match in _QUOTE.finditer(body):
        quote = match.group("q1") or match.group("q2") or ""
        if _is_name_in_quotes(quote):
            continue
        line_start = body.rfind("\n", 0, match.start()) + 1
        found, offset = _attribution(body, match.start(), match.end())
        speaker_text = actor_id = None
        if found is None:
            reporter = _reporting_person(body, match.start(), spans, article_mentions)
            if reporter is not None:
                # "X said the deal was fair, and accused Y of “…”": the person who reports.
                actor_id, speaker_text = reporter
                last_speaker, last_paragraph = reporter, line_start
            elif last_speaker is not None and last_paragraph == line_start:
                # An unattributed quote in a paragraph whose speaker is already named.
                actor_id, speaker_text = last_speaker
        if found is not None:
            speaker_text = found.group("speaker").rstrip(".,;:")
            s_start = offset + found.start("speaker")
            s_end = offset + found.start("speaker") + len(speaker_text)
            if speaker_text.lower() in _PRONOUNS:
                actor_id, speaker_text = _pronoun_speaker(
                    speaker_text.lower(), s_start, article_mentions, quote_spans, last_speaker
                )
            else:
                apposition = found.groupdict().get("apposition")
                # "said the U.S. co-chair, Major General Robert Keene": the named person in
                # the apposition is the speaker.
                appositive_person = (
                    _speaker_actor(
                        offset + found.start("apposition"),
                        offset + found.end("apposition"),
                        article_mentions,
                        persons_only=True,
                    )
                    if apposition
                    else None
                )
                actor_id = appositive_person or _speaker_actor(s_start, s_end, article_mentions)
                if appositive_person:
                    speaker_text = apposition.strip()
                if actor_id is None and _BODY_SPEAKER.search(speaker_text):
                    actor_id = _last_body_before(s_start, article_mentions)
                last_speaker = (actor_id, speaker_text)
                last_paragraph = line_start
        elif len(quote.split()) < 3:
            continue  # a short quoted phrase without a speaker is a scare quote
        rows.append(
            (
                article_id,
                sentence_index_of(spans, match.start()),
                match.start(),
                match.end(),
                actor_id,
                speaker_text,
                quote.strip().rstrip(","),
            )
        )
    return rows
