"""People referred to by the word a text described them with when it named them.

A release names a guest once with what they do ("welder Timur Akhmetov", "Denis Morozov,
a driver with thirty years of experience") and then calls them by that word alone ("The
welder answered first.", "the driver reported"). No list of occupations can hold every
such word, so the words are read from the text itself: a common noun right before a
person's name (capitalized when it opens a sentence, or set off by a comma after "the" or an
owner: "The school's headmistress, Ann Vale"), or the head of an indefinite
apposition right after it. A later "the
<word>" (outside quotations) is that person, the last one the text described so.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

Mention = tuple[int, int, str, str]
Written = tuple[int, int, str]
Span = tuple[int, int]

# The word right before a name that describes the person: "welder Ann Vale", "crane
# operator Ann Vale", "stood violinist Ann Vale" (verbs and prepositions are set aside by
# `_is_descriptor`).
_DESCRIPTOR_BEFORE = re.compile(r"(?<![\w'’\-])(?P<head>[a-z][a-z\-]{3,})\s+$")
# The word set off before the name by a comma, a definite or owned phrase: "The school's
# headmistress, Ann Vale,", "the project's chief engineer, Ann Vale".
_DESCRIPTOR_BEFORE_COMMA = re.compile(
    # (the phrase opens its sentence or clause: not a place or thing a preposition or a
    # participle gives, "Speaking at the forum, Ann Vale", "Opening the forum, Ann Vale")
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?;,]\s)|(?<=\band\s)|(?<=[–—]\s))"
    r"(?:(?:[Tt]he\s+)?[\w\-]+['’]s|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z\-]+\s+){0,2}?"
    r"(?P<head>[a-z][a-z\-]{3,}),\s+$"
)
# The same word opening a sentence, capitalized: "Composer Ann Vale then raised …".
_DESCRIPTOR_OPENING = re.compile(
    r"(?:(?<![\s\S])|(?<=\n)|(?<=[.!?]\s))(?P<head>[A-Z][a-z\-]{3,})\s+$"
)
# An indefinite apposition after the name, perhaps after an age: "Ann Vale, 97, a veteran
# of the siege,", "Ann Vale, a student at Tomsk University".
_DESCRIPTOR_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:an?|the)\s+(?:[\w'’\-]+\s+){0,3}?(?P<head>[a-z][a-z\-]{3,})"
    r"(?=\s*[,.;:)–—]|\s+(?:of|for|at|in|to|and|who|from|with|on|since)\b)"
)
# Words that end like nouns but are not what anyone is ("with whom", "together"), and
# verbs and adjectives that stand before names ("thanked Ann Vale", "dear Ann Vale").
_NOT_DESCRIPTORS = frozenset(
    re.findall(
        r"[a-z]+",
        """after under over other another whether together however either neither rather
    whom them then than that this these those there their where when while which what
    told tells meet meets sent gave gives give asked asks said says thank thanks called
    named like likes join joins help helps dear late young old many several some every
    each both also only just even still already soon ever never always often later
    congratulate congratulates invite invites award awards visit visits honour honours
    greet greets welcome welcomes introduce introduces receive receives phone phones
    about above across against along among amongst around before behind below beneath
    beside besides between beyond despite down during except inside into near onto
    outside over past since through throughout toward towards upon with within without
    from that with said says told tells wrote writes quoted quotes cited cites""",
    )
)
# Words a text uses for people that are titles (resolved elsewhere) or not one person.
_PLURAL = re.compile(r"(?:[^s]s|men|women|people|children|ren)$")
_VERB_FORM = re.compile(r"(?:ed|ing|ly)$")
# How far back a descriptor's person may be named.
_LOOKBACK_CHARS = 4000


# Last words of job titles that name no one person: fragments the list holds alone ("Copy",
# "Land", "Make", "Sub"), a group ("Cabin crew", "Chief of Staff") or a word after the head
# ("Professor Emeritus", "Best boy").
_NOT_OCCUPATIONS = frozenset({"copy", "land", "make", "sub", "crew", "staff", "emeritus", "boy"})


@lru_cache(maxsize=1)
def occupation_nouns() -> frozenset[str]:
    """Lower-case nouns of occupations ("dealer", "economist", "broker", "surveyor"): the
    head words of the English job titles Faker ships (some 640 titles, 170 heads).

    Why: someone unnamed speaks as "one dealer" or "a City economist" as often as "a
    spokesman"; no hand list of roles keeps up with the trades news quotes."""
    from faker.providers.job.en_US import Provider

    heads = {title.split(",")[0].split("(")[0].split()[-1].lower() for title in Provider.jobs}
    return frozenset(h for h in heads if h.isalpha() and h not in _NOT_OCCUPATIONS)


def is_describing_word(word: str) -> bool:
    """Whether a lowercase word may say what someone is ("welder", "physician"): not a
    function word or a verb, not plural."""
    return (
        len(word) >= 4
        and word.isalpha()
        and not (word in _NOT_DESCRIPTORS or _PLURAL.search(word) or _VERB_FORM.search(word))
    )


def _is_descriptor(word: str, titles: frozenset[str]) -> bool:
    return word not in titles and (
        is_describing_word(word) or ("-" in word and is_describing_word(word.replace("-", "")))
    )


def _inside(offset: int, spans: list[Span]) -> bool:
    return any(start <= offset < end for start, end in spans)


def described_people(
    body: str,
    mentions: list[Mention],
    written: list[Written],
    quoted: list[Span],
    titles: frozenset[str] = frozenset(),
) -> list[tuple[int, str, str | None, str | None]]:
    """(offset, descriptor, actor_id, written name) of each person named outside quotations
    with a describing word before or after the name, in text order. `titles` are words
    left to the title resolver."""
    people = sorted(
        [(m[0], m[1], m[2], None) for m in mentions if m[3] == "person"]
        + [(w[0], w[1], None, w[2]) for w in written]
    )
    found: list[tuple[int, str, str | None, str | None]] = []
    for start, end, actor_id, name in people:
        if _inside(start, quoted):
            continue
        for match in (
            _DESCRIPTOR_BEFORE.search(body, max(0, start - 40), start),
            _DESCRIPTOR_BEFORE_COMMA.search(body, max(0, start - 60), start),
            _DESCRIPTOR_OPENING.search(body, max(0, start - 40), start),
            _DESCRIPTOR_AFTER.match(body, end, min(len(body), end + 120)),
        ):
            if match is not None and _is_descriptor(head := match.group("head").lower(), titles):
                found.append((start, head, actor_id, name))
    return found


def descriptor_anaphora(
    body: str,
    mentions: list[Mention],
    written: list[Written],
    quoted: list[Span],
    titles: frozenset[str] = frozenset(),
) -> tuple[list[Mention], list[Written]]:
    """Mentions (and written names) for "the <word>" where a person was named before with
    that describing word: "welder Timur Akhmetov … The welder answered first." gives a
    mention of Timur Akhmetov at "The welder". A phrase a mention covers already, one
    followed by a name ("the welder Ann Vale") and one inside quotations are left."""
    described = described_people(body, mentions, written, quoted, titles)
    if not described:
        return [], []
    heads = sorted({d[1] for d in described}, key=len, reverse=True)
    anaphor = re.compile(
        r"(?<![\w'’])[Tt]he\s+(?:(?:[A-Z][\w'’\-]*|[a-z]+)\s+){0,2}?"
        rf"(?P<head>{'|'.join(map(re.escape, heads))})(?![\w'’\-])(?!\s+[A-Z])"
    )
    covered = sorted((m[0], m[1]) for m in mentions)
    extra: list[Mention] = []
    extra_written: list[Written] = []
    offsets = [d[0] for d in described]
    for hit in anaphor.finditer(body):
        start, end = hit.start(), hit.end()
        if _inside(start, quoted):
            continue
        index = bisect_left(covered, (end,))
        if index and covered[index - 1][1] > start:
            continue
        head = hit.group("head")
        for offset, word, actor_id, name in reversed(described[: bisect_left(offsets, start)]):
            if start - offset > _LOOKBACK_CHARS:
                break
            if word != head:
                continue
            if actor_id is not None:
                extra.append((start, end, actor_id, "person"))
            elif name is not None:
                extra_written.append((start, end, name))
            break
    return extra, extra_written
