"""The hand-annotated quotes and events on the Kremlin releases: reading, splitting, checking.

The gold (docs/annotation.md) holds links, character offsets into each release's `body`
and labels, never the text: the releases are read from the shared reference CSV at run
time. Every quote and sentence of a release falls in the same half, `dev` or `test`, by a
hash of the release's link.

    python -m pipelines.evaluation.kremlin_gold list [--part K --parts N]
    python -m pipelines.evaluation.kremlin_gold show LINK
    python -m pipelines.evaluation.kremlin_gold find LINK "exact words"
    python -m pipelines.evaluation.kremlin_gold validate FILE...
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import xxhash

from pipelines import settings

KREMLIN_CSV = settings.REPO_ROOT.parent / "shared" / "data" / "kremlin_press_releases" / "putin.csv"
# The project's own seed of the codebook's codes (facts from CAMEO), so that the gold is
# checked with or without the shared reference data.
CAMEO_CODES = settings.DBT_PROJECT_DIR / "seeds" / "cameo_event_codes.csv"
GOLD_DIR = Path(__file__).resolve().parent / "gold"
QUOTES_GOLD = GOLD_DIR / "kremlin_quotes.jsonl"
EVENTS_GOLD = GOLD_DIR / "kremlin_events.jsonl"

Split = Literal["dev", "test"]
QUOTE_KINDS = {"quoted", "transcript"}
SPEAKER_TYPES = {"person", "organization", "country", "unknown"}
RESOLVED_BY = {"name", "role", "pronoun", "context", "label"}
_OPENING_MARKS = "\"“«„'‘"
_CLOSING_MARKS = "\"”»“'’"
_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


@dataclass(frozen=True)
class Release:
    link: str
    headline: str
    date: str
    body: str


def release_split(link: str) -> Split:
    """The half a release belongs to, fixed by its link."""
    return "dev" if xxhash.xxh64(link.encode()).intdigest() % 2 == 0 else "test"


@cache
def load_releases(path: Path = KREMLIN_CSV) -> dict[str, Release]:
    """The releases by link (the CSV holds a few copies under other links; each is its own)."""
    csv.field_size_limit(10 * 2**20)
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["link"]: Release(row["link"], row["headline"], row["date"], row["body"])
            for row in csv.DictReader(handle)
        }


def load_gold(path: Path) -> list[dict[str, Any]]:
    """The objects of a gold JSONL file (blank lines skipped)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@cache
def cameo_codes(path: Path = CAMEO_CODES) -> frozenset[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(row["event_code"] for row in csv.DictReader(handle))


def _on_word_boundary(body: str, start: int, end: int) -> bool:
    inside = 0 <= start < end <= len(body)
    left = start == 0 or not (body[start - 1].isalnum() and body[start].isalnum())
    right = end == len(body) or not (body[end - 1].isalnum() and body[end].isalnum())
    return inside and left and right


def quote_problems(item: dict[str, Any], releases: dict[str, Release]) -> list[str]:
    """What is wrong with one quote object (nothing: an empty list)."""
    release = releases.get(item.get("link", ""))
    if release is None:
        return [f"unknown link {item.get('link')!r}"]
    problems = []
    start, end = item.get("quote_start"), item.get("quote_end")
    if not (isinstance(start, int) and isinstance(end, int)) or not _on_word_boundary(
        release.body, start, end
    ):
        return [f"quote offsets {start}..{end} not on word boundaries inside the body"]
    if item.get("kind") not in QUOTE_KINDS:
        problems.append(f"kind {item.get('kind')!r} not in {sorted(QUOTE_KINDS)}")
    elif item["kind"] == "quoted":
        before = release.body[max(0, start - 3) : start]
        if not any(mark in before for mark in _OPENING_MARKS):
            problems.append("a quoted span must start right after a quotation mark")
    elif not release.body[max(0, start - 4) : start].rstrip().endswith(":"):
        problems.append("a transcript turn must start right after a 'Speaker:' label")
    if item.get("speaker_type") not in SPEAKER_TYPES:
        problems.append(f"speaker_type {item.get('speaker_type')!r} not in {sorted(SPEAKER_TYPES)}")
    if item.get("resolved_by") not in RESOLVED_BY:
        problems.append(f"resolved_by {item.get('resolved_by')!r} not in {sorted(RESOLVED_BY)}")
    speaker = item.get("speaker")
    if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
        problems.append("speaker must be a name or null")
    return problems


def sentence_problems(item: dict[str, Any], releases: dict[str, Release]) -> list[str]:
    """What is wrong with one event sentence object."""
    release = releases.get(item.get("link", ""))
    if release is None:
        return [f"unknown link {item.get('link')!r}"]
    start, end = item.get("sentence_start"), item.get("sentence_end")
    if not (isinstance(start, int) and isinstance(end, int)) or not _on_word_boundary(
        release.body, start, end
    ):
        return [f"sentence offsets {start}..{end} not on word boundaries inside the body"]
    problems = []
    events = item.get("events")
    if not isinstance(events, list):
        return ["events must be a list (empty for no event)"]
    codes = cameo_codes()
    for event in events:
        code = event.get("code")
        if not isinstance(code, str) or code not in codes:
            problems.append(f"event code {code!r} is not a CAMEO code (text, leading zero kept)")
        for side in ("source", "target"):
            actor = event.get(side)
            if actor is not None and not _ACTOR_CODE.match(str(actor)):
                problems.append(f"{side} {actor!r} is not a CAMEO actor code (RUS, RUSGOV, ...)")
    return problems


def validate(path: Path, releases: dict[str, Release]) -> list[str]:
    """Every problem of a gold file, as 'line N: what'."""
    items = load_gold(path)
    is_quotes = bool(items) and "quote_start" in items[0]
    check = quote_problems if is_quotes else sentence_problems
    problems = [f"line {i}: {p}" for i, item in enumerate(items, 1) for p in check(item, releases)]
    if not is_quotes:
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for i, item in enumerate(items, 1):
            spans.setdefault(item["link"], []).append(
                (item["sentence_start"], item["sentence_end"], i)
            )
        for ranges in spans.values():
            ranges.sort()
            for (_, end, _), (start, _, line) in itertools.pairwise(ranges):
                if start < end:
                    problems.append(f"line {line}: sentence overlaps the one before it")
    return problems


def _candidates(releases: dict[str, Release], part: int, parts: int) -> list[str]:
    lines = []
    for index, release in enumerate(releases.values()):
        if index % parts != part:
            continue
        body = release.body
        marks = sum(body.count(m) for m in '"“«')
        labels = len(re.findall(r"[A-Z][a-z]+ [A-Z][a-z]+: [A-Z]", body))  # "Vladimir Putin: "
        lines.append(
            f"{index}\t{release_split(release.link)}\t{len(body)}\t{marks}\t{labels}\t"
            f"{release.date[:10]}\t{release.link}\t{release.headline[:70]}"
        )
    return lines


def _show(release: Release) -> None:
    from pipelines.nlp.sentences import split_sentences

    print(f"{release.link}  {release.date}  split={release_split(release.link)}")
    print(f"headline: {release.headline}\n")
    for start, end in split_sentences(release.body):
        print(f"[{start}:{end}] {release.body[start:end]}")


def report_problems(paths: list[Path], check: Callable[[Path], list[str]], unit: str) -> int:
    """Print each gold file's size and problems (the first 50); 1 when any has one."""
    failed = False
    for path in paths:
        problems = check(path)
        failed |= bool(problems)
        print(f"{path}: {len(load_gold(path))} {unit}, {len(problems)} problems")
        for problem in problems[:50]:
            print(f"  {problem}")
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kremlin_gold", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    listing = commands.add_parser(
        "list", help="releases: index, split, length, quote marks, speaker labels"
    )
    listing.add_argument("--part", type=int, default=0)
    listing.add_argument("--parts", type=int, default=1)
    show = commands.add_parser("show", help="a release's sentences with their offsets")
    show.add_argument("link")
    find = commands.add_parser("find", help="offsets of exact words in a release's body")
    find.add_argument("link")
    find.add_argument("text")
    check = commands.add_parser("validate", help="check gold files")
    check.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    if not KREMLIN_CSV.exists():
        print(f"no releases at {KREMLIN_CSV}", file=sys.stderr)
        return 1
    releases = load_releases()
    if args.command == "list":
        print("\n".join(_candidates(releases, args.part, args.parts)))
    elif args.command in ("show", "find"):
        release = releases.get(args.link)
        if release is None:
            print(f"unknown link {args.link}", file=sys.stderr)
            return 1
        if args.command == "show":
            _show(release)
        else:
            hits = [m.start() for m in re.finditer(re.escape(args.text), release.body)]
            for start in hits:
                print(f"{start}\t{start + len(args.text)}")
            if not hits:
                print("not found", file=sys.stderr)
                return 1
    else:
        return report_problems(args.files, lambda path: validate(path, releases), "lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
