"""Direct quotations and who said them.

Finds quoted spans (typographic or straight quotes) of at least a few words, then looks
for the attribution right after ("…,” Peskov said / said the minister") or right before
("Peskov said: “…”"). A pronoun speaker ("he said") takes the previous speaker of the
article. The speaker resolves to an actor when an actor mention overlaps its text.
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

SPEECH_VERBS = r"(?:said|says|added|adds|stated|told\s+\w+(?:\s+\w+)?|noted|stressed|emphasi[sz]ed|warned|insisted|explained|declared|argued|wrote|continued|concluded|announced|remarked|replied|acknowledged)"
_NAME = r"(?:[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.\-]+|al|bin|de|van|von|der|la|le))*)"
# A speaker: a name with up to four title words before it ("NATO spokesperson Ingrid
# Valtonen", "foreign minister Ana Rojas"), a described person ("the ministry's
# spokesman"), or a pronoun.
_SPEAKER = rf"(?P<speaker>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w'’\-]+\s+){{0,4}}?{_NAME}|(?:[Tt]he|[Aa]n?)\s+(?:[\w'’\-]+\s+){{0,3}}[\w'’\-]+|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)"
# Verbs that introduce a partial quote inside reported speech ("X accused Y of “...”").
_REPORTING_VERBS = rf"(?:{SPEECH_VERBS}|accused|condemned|called|described|dismissed|urged|rejected|criticized|criticised|denounced|promised|pledged|vowed|saying|adding)"
_QUOTE = re.compile(r"“(?P<q1>[^”]{12,}?)”|\"(?P<q2>[^\"\n]{12,}?)\"")
# Attribution after the quote ("…,” Rojas said / said Rojas / according to Rojas) or before it.
_AFTER_PATTERNS = [
    re.compile(rf"^\s*,?\s*{_SPEAKER}\s+{SPEECH_VERBS}\b"),
    re.compile(rf"^\s*,?\s*{SPEECH_VERBS}\s+{_SPEAKER}"),
    re.compile(rf"^\s*,?\s*according\s+to\s+{_SPEAKER}"),
    # "…” the bloc's enlargement commissioner, Jana Horváthová, said
    re.compile(rf"^\s*,?\s*(?:[^,.“”\"]{{1,60}},\s)?(?P<speaker>{_NAME}),?\s+{SPEECH_VERBS}\b"),
]
_BEFORE_PATTERNS = [
    re.compile(rf"{_SPEAKER}\s+{SPEECH_VERBS}\s*[:,]?\s*$"),
    re.compile(rf"according\s+to\s+{_SPEAKER}\s*[:,]\s*$"),
    # Reported speech earlier in the same sentence: "Sissoko accused Algiers of “…”",
    # "its spokesperson, Andrei Kovalchuk, said the group “…”".
    re.compile(
        rf"(?:^|[\s(])(?P<speaker>{_NAME}|[Hh]e|[Ss]he|[Tt]hey)(?:,\s[^,“”\"]{{1,80}})?,?\s+{_REPORTING_VERBS}\b[^.!?“”\"]*$"
    ),
]
_PRONOUNS = {"he", "she", "they", "it"}


def _speaker_actor(start: int, end: int, mentions: list[tuple[int, int, str]]) -> str | None:
    for m_start, m_end, actor_id in mentions:
        if m_start < end and start < m_end:
            return actor_id
    return None


def extract_quotes(articles: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Quotes of each article (article_id, body in; actor mentions to resolve speakers)."""
    by_article: dict[str, list[tuple[int, int, str]]] = {}
    for article_id, start, end, actor_id in mentions.select(
        "article_id", "char_start", "char_end", "actor_id"
    ).iter_rows():
        by_article.setdefault(article_id, []).append((start, end, actor_id))
    rows = []
    for article_id, body in articles.select("article_id", "body").iter_rows():
        spans = split_sentences(body)
        article_mentions = by_article.get(article_id, [])
        last_speaker: tuple[str | None, str] | None = None
        last_paragraph = -1
        for match in _QUOTE.finditer(body):
            quote = match.group("q1") or match.group("q2") or ""
            if len(quote.split()) < 3:
                continue
            after = body[match.end() : match.end() + 120].split("\n", 1)[0]
            line_start = body.rfind("\n", 0, match.start()) + 1
            before = body[line_start : match.start()]
            found = next((m for m in (p.match(after) for p in _AFTER_PATTERNS) if m), None)
            offset = match.end()
            if found is None:
                found = next((m for m in (p.search(before) for p in _BEFORE_PATTERNS) if m), None)
                offset = line_start
            speaker_text = actor_id = None
            if found is None and last_speaker is not None and last_paragraph == line_start:
                # An unattributed quote in a paragraph whose speaker is already named.
                actor_id, speaker_text = last_speaker
            if found is not None:
                speaker_text = found.group("speaker")
                s_start = offset + found.start("speaker")
                s_end = offset + found.end("speaker")
                if speaker_text.lower() in _PRONOUNS:
                    if last_speaker is not None:
                        actor_id, speaker_text = last_speaker
                else:
                    actor_id = _speaker_actor(s_start, s_end, article_mentions)
                    last_speaker = (actor_id, speaker_text)
                    last_paragraph = line_start
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
    return pl.DataFrame(rows, schema=QUOTE_SCHEMA, orient="row")
