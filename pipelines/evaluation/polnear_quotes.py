"""Quote speakers on US political news of 2015-2016: the PolNeAR corpus (Newell, Margolin
and Ruths, LREC 2018), 1,008 articles of seven publishers whose attributions (source, cue,
content) were annotated by hand, split by its authors into train, dev and test by month.

Not a gold of ours: the corpus marks every attribution, direct or not, and its source as
written ("he", "Sanders campaign manager Jeff Weaver", "a spokesman"). This module reads it
as a set of direct quotations: each attribution whose content holds a quotation of three
words or more, with its source; a source that is a name ("Vermont Sen. Bernie Sanders",
"Jeff Weaver, Sanders' campaign manager,") is scored by the name it holds, the way the
other sets are (`score_quotes`). Pronoun and descriptive sources are counted, not scored:
the corpus does not say whom they stand for.

Why: a third party's annotation of news of another country, decade and set of publishers,
whose dev and test months the rules were never tuned on. The corpus is not in the shared
folder: put its `data` folder in `../reference/polnear` (or point `NEWSEVENTS_POLNEAR` at
it); without it the evaluation is skipped.
"""

from __future__ import annotations

import csv
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipelines.evaluation.kremlin import QuoteScore, score_quotes
from pipelines.evaluation.kremlin_gold import Release
from pipelines.nlp.syntax import is_known_noun
from pipelines.settings import REPO_ROOT

POLNEAR_DATA = Path(
    os.environ.get("NEWSEVENTS_POLNEAR", REPO_ROOT.parent / "reference" / "polnear" / "data")
)
_PRONOUNS = frozenset(
    {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his", "its", "their"}
)
_OPENING = {"“": "”", '"': '"'}
_OPENING_MARK = re.compile(r'[“"]')
# A quotation shorter than this is a scare quote or a title, not someone's words.
_MIN_QUOTED_WORDS = 3
# Where a source's name ends: its apposition, relative clause or affiliation.
_NAME_ENDS = re.compile(r",|\(|\s(?:who|of|from|at|with|and)\s")
_CAPITALIZED = re.compile(r"[A-Z][\w.'’\-]*")


@dataclass(frozen=True)
class Attribution:
    source: str
    content: tuple[int, int]


def parse_attributions(ann: str) -> list[Attribution]:
    """The attributions of a brat standoff file: each event's source text and the first span
    of its content."""
    spans: dict[str, tuple[str, tuple[int, int]]] = {}
    found = []
    for line in ann.splitlines():
        fields = line.split("\t")
        if line.startswith("T") and len(fields) == 3:
            _, ranges = fields[1].split(" ", 1)
            start, end = ranges.split(";")[0].split()
            spans[fields[0]] = (fields[2], (int(start), int(end)))
        elif line.startswith("E") and len(fields) >= 2:
            roles = dict(part.split(":", 1) for part in fields[1].split())
            if "Source" in roles and "Content" in roles:
                source, content = spans.get(roles["Source"]), spans.get(roles["Content"])
                if source and content:
                    found.append(Attribution(source[0].strip(), content[1]))
    return found


def source_kind(source: str) -> str:
    """ "pronoun", "name" (a capitalized word after its first) or "role" (a description)."""
    if source.lower() in _PRONOUNS:
        return "pronoun"
    words = [w.strip(",;:()") for w in source.split()]
    return (
        "name"
        if any(_CAPITALIZED.fullmatch(w) for w in words[1:])
        or (len(words) == 1 and _CAPITALIZED.fullmatch(words[0]))
        else "role"
    )


def source_name(source: str) -> str:
    """The name a source holds: its last run of capitalized words before an apposition or a
    clause, less the titles and descriptive words before the name ("Vermont Sen. Bernie
    Sanders", "UC-AFT President Bob Samuels", "Journalist Jorge Ramos")."""
    head = _NAME_ENDS.split(source, maxsplit=1)[0]
    run: list[str] = []
    for word in head.split():
        run = [*run, word] if _CAPITALIZED.fullmatch(word) else []
    while len(run) > 2 and (
        (run[0].endswith(".") and len(run[0]) > 2) or is_known_noun(run[0].rstrip("."))
    ):
        run = run[1:]
    return " ".join(run).removesuffix("’s").removesuffix("'s") or source


def direct_quotes(body: str, attributions: list[Attribution]) -> Iterator[dict]:
    """A gold quote for each attribution whose content holds a quotation: its span in
    `body` (marks included), the source, and the source's kind as `resolved_by`."""
    seen = set()
    for attribution in attributions:
        start, end = attribution.content
        opening = _OPENING_MARK.search(body, start, end)
        if opening is None:
            continue
        at = opening.start()
        close = body.find(_OPENING[opening.group()], at + 1)
        if close < 0 or close > end + 2 or at in seen:
            continue
        if len(body[at + 1 : close].split()) < _MIN_QUOTED_WORDS:
            continue
        seen.add(at)
        kind = source_kind(attribution.source)
        yield {
            "quote_start": at,
            "quote_end": close + 1,
            "speaker": source_name(attribution.source) if kind == "name" else attribution.source,
            "resolved_by": kind,
        }


def evaluate_polnear_quotes(compartment: str, root: Path = POLNEAR_DATA) -> QuoteScore:
    """Speaker accuracy on the quotations with a named source of one PolNeAR compartment
    ("train", "dev" or "test"), each article read with its publication date; the first
    annotator's file where several annotated an article."""
    with (root / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        dates = {
            r["filename"]: r["publication_date"] for r in csv.DictReader(handle, delimiter="\t")
        }
    gold: list[dict] = []
    releases = []
    for text_path in sorted((root / compartment / "text").glob("*.txt")):
        name = text_path.stem
        annotations = sorted((root / compartment / "attributions").glob(f"{name}_*.ann"))
        if not annotations:
            continue
        body = text_path.read_text(encoding="utf-8")
        title = body.partition("\n")[0]
        releases.append(Release(name, title, dates.get(name, ""), body))
        attributions = parse_attributions(annotations[0].read_text(encoding="utf-8"))
        gold += [
            {**quote, "link": name}
            for quote in direct_quotes(body, attributions)
            if quote["resolved_by"] == "name"
        ]
    return score_quotes(gold, releases)
