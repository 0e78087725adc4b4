"""Hostile input: a folder of bad and odd entries mixed with known good articles.

`write_hostile_corpus` writes, for a seed, the same folder byte for byte: at least `n_bad`
bad or odd entries (empty, binary, corrupt and bomb gzip, broken and deeply nested JSON,
records with a text that is not text, broken CSV, NUL bytes, wrong encodings, deep HTML,
oversized files, unsupported types, names that are not UTF-8, symlink loops, devices,
FIFOs, ...), cycled over every family in `BAD_FAMILIES`, and `n_good` good articles spread
over every input format (and the odd places: odd names, deep folders, feeds with broken
lines between good records). Good articles are invented prose, each with a unique marker
word that survives cleaning, so a check can tell which of them reached `dim_articles`.

The manifest (returned, and written to the hidden `.manifest.json`) says, per entry, what
the pipeline must make of it: `holds_articles` True (its markers must reach
`dim_articles.body`), False (no source row may come from it) or None (may go either way).
`check_warehouse` measures a loaded warehouse against it (the hostile benchmark's bars).

No Dagster here: the generator, the tests and the benchmark import it cheaply.
"""

from __future__ import annotations

import bz2
import csv
import gzip
import html
import io
import json
import lzma
import os
import random
import struct
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

MANIFEST_NAME = ".manifest.json"
DEFAULT_BOMB_BYTES = 1 << 30  # what a bomb inflates to: 1 GiB from about 1 MB on disk
HUGE_TEXT_BYTES = 21 * 1024 * 1024  # just over the reader's 20 MB limit
HUGE_CELL_CHARS = 200_000  # over the csv module's default field limit of 131,072
# Markers of articles that may or may not load (holds_articles None) start here, so they
# never collide with a good article's marker.
MAYBE_MARKER_BASE = 100_000

# ---------------------------------------------------------------------------------------
# Invented prose. Every name is made up; no text comes from any real corpus.
# ---------------------------------------------------------------------------------------

FIRST_NAMES = [
    "Ilse", "Tomas", "Marit", "Oren", "Delia", "Kasimir", "Runa", "Bastian", "Edda", "Levan",
    "Solveig", "Anouk", "Teodor", "Hale", "Brisa", "Caspar", "Wren", "Nadim", "Liesel",
    "Ormond", "Petra", "Jovan", "Zelda", "Arvid", "Mina", "Dorian", "Sabine", "Ivo", "Greta",
    "Emrys", "Lotte", "Fabian", "Iona", "Milos", "Cressida", "Anselm", "Yara", "Benedikt",
    "Oona", "Radek",
]  # fmt: skip
SURNAMES = [
    "Marrowby", "Tellane", "Okonve", "Fairwick", "Dunmore", "Halvorsen", "Pritchel",
    "Ambleside", "Corrigan", "Vasquel", "Brennholt", "Lindqvast", "Osterhue", "Maravel",
    "Quillfeather", "Stavrin", "Yellowlees", "Drummelin", "Keswarth", "Torvane", "Ashdown",
    "Benedek", "Crowhurst", "Elsinwald", "Farrowby", "Gentilly", "Harcastle", "Ibsenholm",
    "Jarrowfield", "Kellenbach", "Lomasney", "Mirabeau", "Nettlefold", "Oakhurst", "Penhallow",
    "Rosenquist",
]  # fmt: skip
TOWNS = [
    "Velmora", "Brackenhollow", "Ostrel", "Fennick", "Caldermouth", "Wyrmstead", "Lowenmark",
    "Tarrowgate", "Islinde", "Harrowmere", "Quennel", "Drossway", "Elmshaven",
    "Kettering-on-Vael", "Maplestrand", "Nordhaven", "Pellicor", "Saltmarren", "Thistlecombe",
    "Ulvercroft", "Varnhollow", "Westmoor", "Yarrowdale", "Zennick", "Amberfold", "Bellweather",
    "Coldharbour", "Duskwater", "Everleigh", "Frostwick", "Glimmerton", "Hollowmere",
]  # fmt: skip
REGIONS = [
    "the Vael valley", "the northern coast", "the Ostrel highlands", "the river delta",
    "the eastern plains", "the lake district", "the border hills", "the southern marshes",
]  # fmt: skip
ORG_KINDS = [
    "Water Board", "Harbour Authority", "District Council", "Transit Cooperative",
    "Farmers' Union", "Library Trust", "Chamber of Commerce", "Teachers' Association",
    "Fisheries Office", "Health Board", "Rail Users' Group", "Housing Cooperative",
]  # fmt: skip
PROJECTS = [
    "the new footbridge", "the harbour dredging plan", "the school lunch programme",
    "the flood barrier", "the night bus service", "the library extension",
    "the solar canopy over the market", "the wetland restoration", "the ferry timetable",
    "the clinic on the ring road", "the cycle lane network", "the grain silo repairs",
    "the orchard cooperative", "the tram depot", "the sea wall", "the rural broadband scheme",
    "the fire station upgrade", "the recycling depot", "the river lock",
    "the allotment expansion", "the covered market", "the mountain rescue hut",
]  # fmt: skip
ROLES = [
    "council spokesperson", "project engineer", "district treasurer", "union steward",
    "head teacher", "harbour master", "local resident", "shop owner", "deputy mayor",
    "site manager", "nurse", "ferry captain", "retired surveyor", "youth worker", "farmer",
    "bus driver",
]  # fmt: skip
THINGS = [
    "passengers", "applications", "complaints", "volunteers", "visitors", "households",
    "apprentices", "boats", "tonnes of grain", "patients", "books on loan",
    "registered cyclists",
]  # fmt: skip
CURRENCIES = ["crowns", "marks", "florins", "thalers"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
PUBLISHERS = ["Vael Valley Courier", "Northstrand Gazette", "Ostrel Evening Post", "Delta Wire"]

# One sentence each; {slots} filled at random. Many templates and many slots per template
# keep any two articles' word 3-grams far apart (the near-duplicate threshold is 0.55).
TEMPLATES = [
    "Officials in {town} said on {weekday} that {project} would cost about {money}, roughly "
    "{pct} percent more than the estimate published in {month}.",
    "{person}, a {role} who has followed the plan for {n} years, said the delay was "
    "frustrating but not surprising.",
    '"We asked for {n} more weeks and we were given {n2} days," said {person}, the {role}.',
    "The {org} voted {n}-{n2} to send the proposal back for another review.",
    "Residents of {town2} packed the meeting hall, and several of them waited more than {n} "
    "hours to speak.",
    "According to figures released by the {org}, the number of {things} rose to {big} last year.",
    "Work on {project} is expected to begin in {month} and to last about {n} months.",
    "{person} told the meeting that {town} had waited {n} years for a decision.",
    "A survey of {big} households in {region} found that {pct} percent supported the change.",
    "The {org} has set aside {money} for the first phase, with the rest due from {region}.",
    "Opponents say {project} will push up rents near the station in {town2}.",
    "Supporters point out that the old arrangement cost {town} nearly {money} a year in repairs.",
    "{person}, who runs a bakery on the square, said her deliveries had been late {n} times "
    "since {month}.",
    "The {org} will publish its final report on {weekday}, a spokesperson confirmed.",
    "Engineers from {town2} inspected the site twice in {month} and found {n} faults.",
    "The vote came after a {n}-hour debate that ran well past midnight.",
    "In {region}, similar schemes have taken between {n} and {n2} years to finish.",
    "{person} said the {org} had not answered {n} letters sent since the spring.",
    "Traffic on the main road through {town} fell by {pct} percent during the trial.",
    "The last comparable project in {town2} came in {pct} percent over budget.",
    "A petition signed by {big} people was handed to the {org} on {weekday}.",
    "{person}, a {role}, described the plan as long overdue.",
    "The {org} said it would hold {n} more public sessions before the end of {month}.",
    "Local schools in {town} have agreed to share their halls for the consultation.",
    "Weather delayed the survey work by {n} days in {month}, the contractor said.",
    "The cost of steel has risen by {pct} percent since the first estimate, {person} noted.",
    "Some {things} will be diverted through {town2} while the work goes on.",
    "The {org} expects {big} {things} a year once {project} is finished.",
    "{person} warned that a further delay would cost the district {money}.",
    "Two members of the {org} abstained, citing a conflict of interest.",
    "A pilot scheme in {town2} ran for {n} weeks last {month} with mixed results.",
    "The regional auditor in {region} is expected to review the spending next year.",
    "{person} said younger families in {town} had the most to gain.",
    "Night work has been ruled out after complaints from {n} households near the site.",
    "The contract went to a firm from {town2} that employs {big} people.",
    "Questions about insurance were left for the next meeting on {weekday}.",
    "{person}, the {role}, said the first results would be known by {month}.",
    "Attendance at the open day in {town} reached {big}, twice the number expected.",
    "Funding from {region} covers {pct} percent of the total, officials said.",
    "Three earlier plans for {project} were dropped between {year} and {year2}.",
]
LEADS = [
    "{town} will go ahead with {project} after months of argument, the {org} decided on {weekday}.",
    "A long-running dispute over {project} in {town} moved a step closer to an end this week.",
    "Plans for {project} in {town} were put on hold on {weekday} after costs rose sharply.",
    "The {org} in {town} has approved {project}, ending a debate that began in {year}.",
]
# The marker is a surname: one word, letters only, kept verbatim by every cleaner.
MARKER_SENTENCES = [
    "{role_cap} {first} {marker} told reporters that {project} had reached a turning point.",
    '"This is the week it became real," said {first} {marker}, a {role} in {town}.',
    "{first} {marker}, the {role}, said the {org} had finally listened to {town}.",
]
TITLES = [
    "{town} approves {project} after {n}-hour debate",
    "Costs of {project} in {town} rise again",
    "{org_cap} backs {project} in {town}",
    "What {project} means for {town}",
    "{town} residents split over {project}",
]
MARKER_SYLLABLES = [
    "ba", "ke", "li", "mo", "nu", "ra", "se", "ti", "vo", "zu", "da", "fe", "gi", "ho", "ju",
    "la", "me", "ni", "po", "ru",
]  # fmt: skip


def marker_for(index: int) -> str:
    """A unique made-up surname for article `index` (letters only, fixed length, so no
    marker is part of another)."""
    s, n = MARKER_SYLLABLES, len(MARKER_SYLLABLES)
    if not 0 <= index < n**4:
        raise ValueError(f"marker index out of range: {index}")
    digits = [index // n**3 % n, index // n**2 % n, index // n % n, index % n]
    return "Quor" + "".join(s[d] for d in digits) + "vath"


@dataclass
class GoodArticle:
    """One invented article."""

    index: int
    marker: str
    title: str
    published: str  # ISO date, or an out-of-range value for the odd-date articles
    author: str
    publisher: str
    paragraphs: list[str]
    date_null: bool = False  # the published value is out of range: the date must be NULL

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def record(self, aliases: bool = False) -> dict[str, object]:
        """As a json/jsonl/csv record (with the contract's alternative field names when
        `aliases`)."""
        text, title, date = (
            ("body", "headline", "date") if aliases else ("text", "title", "published")
        )
        return {
            "id": f"hostile-{self.index:06d}",
            title: self.title,
            date: self.published,
            "publisher": self.publisher,
            "author": self.author,
            "url": f"https://news.example.invalid/{self.index:06d}",
            text: self.body,
        }


class Prose:
    """Invented news prose from templates, deterministic for its random generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _slots(self) -> dict[str, str]:
        r = self.rng
        n, n2 = r.randint(2, 19), r.randint(20, 90)
        year = r.randint(1995, 2015)
        org = f"{r.choice(TOWNS)} {r.choice(ORG_KINDS)}"
        return {
            "town": r.choice(TOWNS),
            "town2": r.choice(TOWNS),
            "region": r.choice(REGIONS),
            "org": org,
            "org_cap": org,
            "project": r.choice(PROJECTS),
            "person": f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}",
            "first": r.choice(FIRST_NAMES),
            "role": r.choice(ROLES),
            "role_cap": r.choice(ROLES).capitalize(),
            "things": r.choice(THINGS),
            "n": str(n),
            "n2": str(n2),
            "pct": str(r.randint(3, 97)),
            "big": f"{r.randint(1, 99)},{r.randint(0, 999):03d}",
            "money": f"{r.randint(1, 99)}.{r.randint(1, 9)} million {r.choice(CURRENCIES)}",
            "weekday": r.choice(WEEKDAYS),
            "month": r.choice(MONTHS),
            "year": str(year),
            "year2": str(year + r.randint(1, 8)),
        }

    def sentence(self, templates: Sequence[str] = TEMPLATES, **fixed: str) -> str:
        return self.rng.choice(templates).format(**(self._slots() | fixed))

    def paragraphs(
        self, marker: str | None, min_words: int = 130, max_words: int = 190
    ) -> list[str]:
        """3 to 4 paragraphs of `min_words`..`max_words` words; the marker (if any) in the
        first paragraph."""
        target = self.rng.randint(min_words, max_words)
        sentences = [self.sentence(LEADS)]
        if marker:
            sentences.append(self.sentence(MARKER_SENTENCES, marker=marker))
        pool = self.rng.sample(TEMPLATES, len(TEMPLATES))
        words = sum(len(s.split()) for s in sentences)
        for template in pool:
            candidate = self.sentence([template])
            if words + len(candidate.split()) > max_words:
                continue
            sentences.append(candidate)
            words += len(candidate.split())
            if words >= target:
                break
        n_paragraphs = min(self.rng.randint(3, 4), len(sentences))
        bounds = [round(i * len(sentences) / n_paragraphs) for i in range(n_paragraphs + 1)]
        return [" ".join(sentences[bounds[i] : bounds[i + 1]]) for i in range(n_paragraphs)]

    def article(self, index: int, marker: str | None = None) -> GoodArticle:
        r = self.rng
        published = f"{r.randint(2016, 2024)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        return GoodArticle(
            index=index,
            marker=marker or marker_for(index),
            title=self.sentence(TITLES),
            published=published,
            author=f"{r.choice(FIRST_NAMES)} {r.choice(SURNAMES)}",
            publisher=r.choice(PUBLISHERS),
            paragraphs=self.paragraphs(marker or marker_for(index)),
        )

    def filler(self, n_chars: int) -> str:
        """Plain prose of about `n_chars` characters, no marker."""
        parts, size = [], 0
        while size < n_chars:
            parts.append(self.sentence())
            size += len(parts[-1]) + 1
        return " ".join(parts)


# ---------------------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------------------


def scraped_text(a: GoodArticle, markdown: bool = False) -> str:
    """As a scraper saves a page: furniture, title, metadata lines, body, furniture."""
    title = f"# {a.title}" if markdown else a.title
    return (
        "\n".join(
            [
                "Home | Local | Region | Weather",
                "",
                title,
                f"By {a.author}",
                f"Published {a.published}",
                "",
                a.body,
                "",
                "Share this article",
                "More from the local desk",
            ]
        )
        + "\n"
    )


def html_page(a: GoodArticle) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
    title = html.escape(a.title)
    return (
        "<!DOCTYPE html>\n<html lang='en'><head><meta charset='utf-8'>"
        f"<title>{title} | {html.escape(a.publisher)}</title>"
        f"<meta property='article:published_time' content='{html.escape(a.published)}T08:00:00Z'>"
        f"<meta name='author' content='{html.escape(a.author)}'></head>\n<body>"
        "<header><nav><a href='/'>Home</a> <a href='/local'>Local</a> "
        "<a href='/region'>Region</a></nav></header>\n"
        f"<main><article><h1>{title}</h1><p class='byline'>By {html.escape(a.author)}</p>\n"
        f"{paragraphs}\n</article></main>\n"
        "<footer><a href='/about'>About us</a> <a href='/contact'>Contact</a></footer>"
        "</body></html>\n"
    )


def jsonl_text(records: Iterable[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def csv_text(records: Sequence[dict[str, object]], fieldnames: Sequence[str] | None = None) -> str:
    buffer = io.StringIO()
    names = list(fieldnames or {k: None for r in records for k in r})
    writer = csv.DictWriter(buffer, fieldnames=names, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(records)
    return buffer.getvalue()


def gz(data: bytes) -> bytes:
    return gzip.compress(data, mtime=0)  # mtime 0: the same bytes for the same seed


def write_gzip_bomb(path: Path, n_bytes: int, fill: bytes = b"\0") -> None:
    """A gzip file that inflates to `n_bytes` of `fill`, written in constant memory.

    One MiB of fill compressed after a full flush is a self-contained deflate block; the
    same block repeated is a valid stream, so a 1 GiB bomb costs one compression, not 1 GiB
    of it (only the CRC reads every byte).
    """
    chunk_size = 1 << 20
    if chunk_size % len(fill):
        raise ValueError("fill must divide 1 MiB")
    chunk = fill * (chunk_size // len(fill))
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    final = zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH)
    n_chunks, rest = divmod(n_bytes, chunk_size)
    crc = 0
    with open(path, "wb") as handle:
        handle.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03")  # gzip header, mtime 0
        for _ in range(n_chunks):
            handle.write(block)
            crc = zlib.crc32(chunk, crc)
        tail = zlib.compressobj(9, zlib.DEFLATED, -15)
        handle.write(tail.compress(chunk[:rest]) + tail.flush(zlib.Z_FINISH) if rest else final)
        crc = zlib.crc32(chunk[:rest], crc)
        handle.write(struct.pack("<II", crc, n_bytes & 0xFFFFFFFF))


def pipeline_name(rel: str) -> str:
    """The relative path as the pipeline names it: bytes that are not UTF-8 (held as
    surrogate escapes) spelled as backslash escapes."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


# ---------------------------------------------------------------------------------------
# Manifest
# ---------------------------------------------------------------------------------------


@dataclass
class ArticleRef:
    marker: str
    record: int | None  # 1-based record index (line, row, list item); None for a one-article file
    date_null: bool = False  # its published value is out of range: published_date must be NULL


@dataclass
class Entry:
    path: str  # relative, as the pipeline names it (see pipeline_name)
    family: str
    group: str  # good (a plain good file), odd (odd place or name, good content), bad
    kind: str  # file, symlink, fifo or dir
    holds_articles: bool | None  # True: its markers must load; False: nothing may; None: either
    articles: list[ArticleRef] = field(default_factory=list)
    bad_records: list[int] = field(default_factory=list)  # records that must never load
    target: str | None = None  # a symlink's target
    note: str = ""
    fs_path_hex: str | None = None  # the name's bytes, when they are not UTF-8

    @property
    def accountable(self) -> bool:
        """Must leave a row in fct_article_sources or quarantined_sources (a folder need not)."""
        return self.kind != "dir"


@dataclass
class HostileManifest:
    seed: int
    n_bad: int
    n_good: int
    outside: str  # the sibling folder holding the target of the outside symlink
    entries: list[Entry] = field(default_factory=list)

    def good_articles(self) -> list[tuple[Entry, ArticleRef]]:
        """Every article that must load: those of entries that hold articles."""
        return [(e, a) for e in self.entries if e.holds_articles for a in e.articles]

    def family_counts(self) -> Counter[str]:
        return Counter(e.family for e in self.entries)

    def bad_entries(self) -> list[Entry]:
        return [e for e in self.entries if e.group != "good" and e.kind != "dir"]

    def summary(self) -> str:
        families = ", ".join(f"{name} {n}" for name, n in sorted(self.family_counts().items()))
        return (
            f"{len(self.bad_entries())} bad or odd entries and {len(self.good_articles())} good "
            f"articles ({len(self.entries)} entries): {families}"
        )

    def to_json(self) -> str:
        data = {"generator": "pipelines.hostile", "version": 1} | asdict(self)
        data["families"] = dict(sorted(self.family_counts().items()))
        return json.dumps(data, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> HostileManifest:
        data = json.loads(text)
        entries = [
            Entry(**(e | {"articles": [ArticleRef(**a) for a in e["articles"]]}))
            for e in data["entries"]
        ]
        return cls(data["seed"], data["n_bad"], data["n_good"], data["outside"], entries)

    @classmethod
    def read(cls, folder: Path) -> HostileManifest:
        return cls.from_json((folder / MANIFEST_NAME).read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------------------
# The writer
# ---------------------------------------------------------------------------------------


@dataclass
class _Corpus:
    out: Path
    rng: random.Random
    prose: Prose
    bomb_bytes: int
    huge_text_bytes: int
    entries: list[Entry] = field(default_factory=list)
    next_maybe: int = MAYBE_MARKER_BASE
    good_files: list[str] = field(default_factory=list)  # real paths of plain good files

    def path(self, rel: str) -> Path:
        path = self.out / rel
        os.makedirs(os.fsencode(path.parent), exist_ok=True)
        return path

    def write(self, rel: str, data: bytes | str) -> Path:
        """Write a file; `rel` may hold surrogate escapes (a name that is not UTF-8), written
        through a bytes path."""
        path = self.path(rel)
        with open(os.fsencode(path), "wb") as handle:
            handle.write(data.encode("utf-8") if isinstance(data, str) else data)
        return path

    def add(
        self,
        rel: str,
        family: str,
        group: str,
        holds: bool | None,
        *,
        kind: str = "file",
        articles: Sequence[ArticleRef] = (),
        bad_records: Sequence[int] = (),
        target: str | None = None,
        note: str = "",
    ) -> Entry:
        raw = os.fsencode(rel)
        name = pipeline_name(rel)
        entry = Entry(
            name, family, group, kind, holds, list(articles), list(bad_records), target, note,
            fs_path_hex=None if name.encode("utf-8") == raw else raw.hex(),
        )  # fmt: skip
        self.entries.append(entry)
        return entry

    def maybe_article(self) -> GoodArticle:
        """An article for an entry that may or may not load (its own marker range)."""
        self.next_maybe += 1
        return self.prose.article(self.next_maybe, marker_for(self.next_maybe))

    def symlink(self, rel: str, target: str) -> None:
        os.symlink(target, self.path(rel))


Builder = Callable[[_Corpus, int], None]
GoodBuilder = Callable[[_Corpus, list[GoodArticle]], None]


def _refs(articles: Sequence[GoodArticle], records: bool = True) -> list[ArticleRef]:
    return [
        ArticleRef(a.marker, i if records else None, a.date_null)
        for i, a in enumerate(articles, start=1)
    ]


# --- good slots: each writes its articles in one format or odd place -----------------


def _good_single(fmt: str, gzipped: bool = False, folder: str = "good") -> GoodBuilder:
    """One article per file: txt, md, html, htm or a json object."""

    def build(c: _Corpus, arts: list[GoodArticle]) -> None:
        (a,) = arts
        text = {
            "txt": lambda: scraped_text(a),
            "md": lambda: scraped_text(a, markdown=True),
            "html": lambda: html_page(a),
            "htm": lambda: html_page(a),
            "json": lambda: json.dumps(a.record(aliases=a.index % 2 == 1), indent=1),
        }[fmt]()
        rel = f"{folder}/{fmt}/article_{a.index:05d}.{fmt}" + (".gz" if gzipped else "")
        data = text.encode("utf-8")
        c.write(rel, gz(data) if gzipped else data)
        if not gzipped and fmt in ("txt", "html"):
            c.good_files.append(rel)
        family = f"good_{fmt}" + ("_gz" if gzipped else "")
        c.add(rel, family, "good", True, articles=_refs(arts, records=False))

    return build


def _good_feed(fmt: str, gzipped: bool = False) -> GoodBuilder:
    """Several articles in one json list, jsonl or csv file."""

    def build(c: _Corpus, arts: list[GoodArticle]) -> None:
        records = [a.record(aliases=i % 2 == 1) for i, a in enumerate(arts)]
        if fmt == "json":
            text = json.dumps(records, indent=1, ensure_ascii=False)
        elif fmt == "jsonl":
            text = jsonl_text(records)
        else:
            text = csv_text([a.record() for a in arts])
        rel = f"good/{fmt}/feed_{arts[0].index:05d}.{fmt}" + (".gz" if gzipped else "")
        data = text.encode("utf-8")
        c.write(rel, gz(data) if gzipped else data)
        family = f"good_{fmt}_list" if fmt == "json" else f"good_{fmt}"
        c.add(rel, family + ("_gz" if gzipped else ""), "good", True, articles=_refs(arts))

    return build


def _good_multimember(c: _Corpus, arts: list[GoodArticle]) -> None:
    """A .jsonl.gz of two gzip members (as `cat a.gz b.gz` makes), records in both."""
    half = max(1, len(arts) // 2)
    members = [arts[:half], arts[half:]]
    data = b"".join(gz(jsonl_text(a.record() for a in m).encode()) for m in members if m)
    rel = f"good/multimember/feed_{arts[0].index:05d}.jsonl.gz"
    c.write(rel, data)
    c.add(rel, "good_jsonl_gz_multimember", "good", True, articles=_refs(arts),
          note="two gzip members; the second member's records must load too")  # fmt: skip


def _good_compressed_as_txt(kind: str) -> GoodBuilder:
    def build(c: _Corpus, arts: list[GoodArticle]) -> None:
        (a,) = arts
        data = scraped_text(a).encode("utf-8")
        packed = bz2.compress(data, 9) if kind == "bz2" else lzma.compress(data, preset=6)
        rel = f"good/{kind}/article_{a.index:05d}.txt"
        c.write(rel, packed)
        c.add(rel, f"good_{kind}_as_txt", "good", True, articles=_refs(arts, records=False),
              note=f"{kind}-compressed under a plain .txt name")  # fmt: skip

    return build


def _good_jsonl_with_broken_lines(c: _Corpus, arts: list[GoodArticle]) -> None:
    """Good records with broken and non-object lines between them."""
    junk = ['{"text": "cut off', "[1, 2, 3]", "null", '{"title": no quotes}', '"just a string"']
    lines, refs, bad = [], [], []
    for i, a in enumerate(arts):
        lines.append(json.dumps(a.record(), ensure_ascii=False))
        refs.append(ArticleRef(a.marker, len(lines)))
        lines.append(junk[i % len(junk)])
        bad.append(len(lines))
    rel = f"good/mixed/feed_{arts[0].index:05d}.jsonl"
    c.write(rel, "\n".join(lines) + "\n")
    c.add(rel, "good_jsonl_with_broken_lines", "good", True, articles=refs, bad_records=bad)


def _good_jsonl_line_separators(c: _Corpus, arts: list[GoodArticle]) -> None:
    """Good records whose text holds U+2028, U+2029 and U+0085 unescaped (valid inside a JSON
    string; `str.splitlines` wrongly breaks the line there)."""
    for i, a in enumerate(arts):
        a.paragraphs[0] = a.paragraphs[0].replace(". ", [".\u2028", ".\u0085", ".\u2029"][i % 3], 1)
    rel = f"good/line_separators/feed_{arts[0].index:05d}.jsonl"
    c.write(rel, jsonl_text(a.record() for a in arts))
    c.add(rel, "good_jsonl_line_separators", "good", True, articles=_refs(arts),
          note="U+2028 / U+0085 / U+2029 inside a record's text, unescaped")  # fmt: skip


ODD_DATES = ["2099-01-01", "9999-12-31", "0000-00-00", "-2024-01-01"]


def _good_odd_dates(c: _Corpus, arts: list[GoodArticle]) -> None:
    """Good records whose published value is out of range: they load, their date is NULL."""
    for i, a in enumerate(arts):
        a.published, a.date_null = ODD_DATES[i % len(ODD_DATES)], True
    rel = f"good/odd_dates/feed_{arts[0].index:05d}.jsonl"
    c.write(rel, jsonl_text(a.record() for a in arts))
    c.add(rel, "good_odd_dates", "good", True, articles=_refs(arts),
          note="published 2099-01-01, 9999-12-31, 0000-00-00, -2024-01-01")  # fmt: skip


def _good_odd_date_txt(c: _Corpus, arts: list[GoodArticle]) -> None:
    (a,) = arts
    a.published, a.date_null = "2099-01-01", True
    rel = f"good/odd_dates/article_{a.index:05d}.txt"
    c.write(rel, scraped_text(a))
    c.add(rel, "good_odd_date_txt", "good", True, articles=_refs(arts, records=False))


def _good_long_title(c: _Corpus, arts: list[GoodArticle]) -> None:
    """A 10,000-character title: the article still loads."""
    (a,) = arts
    words = []
    while sum(len(w) + 1 for w in words) < 10_000:
        words.append(c.rng.choice(TOWNS + SURNAMES + PROJECTS))
    a.title = " ".join(words)[:10_000]
    rel = f"good/long_title/article_{a.index:05d}.json"
    c.write(rel, json.dumps(a.record(), ensure_ascii=False))
    c.add(rel, "good_long_title", "good", True, articles=_refs(arts, records=False))


def _odd_name(family: str, names: Sequence[str]) -> GoodBuilder:
    """A good article under an odd file name (or in an odd place)."""

    def build(c: _Corpus, arts: list[GoodArticle]) -> None:
        (a,) = arts
        rel = "names/" + names[a.index % len(names)]
        c.write(rel, html_page(a) if rel.endswith(".html") else scraped_text(a))
        c.add(rel, family, "odd", True, articles=_refs(arts, records=False))

    return build


def _dir_named_txt(c: _Corpus, arts: list[GoodArticle]) -> None:
    """A folder named like a file, with a good article inside."""
    (a,) = arts
    c.path("names/folder.txt/x").parent.mkdir(parents=True, exist_ok=True)
    c.add("names/folder.txt", "dir_named_txt", "odd", None, kind="dir",
          note="a folder named x.txt: not a file, no row expected for the folder itself")  # fmt: skip
    rel = f"names/folder.txt/article_{a.index:05d}.md"
    c.write(rel, scraped_text(a, markdown=True))
    c.add(rel, "dir_named_txt", "odd", True, articles=_refs(arts, records=False))


def _deep_nesting(c: _Corpus, arts: list[GoodArticle]) -> None:
    (a,) = arts
    rel = "deep/" + "/".join(f"l{i:02d}" for i in range(1, 41)) + f"/article_{a.index:05d}.txt"
    c.write(rel, scraped_text(a))
    c.add(rel, "deep_nesting", "odd", True, articles=_refs(arts, records=False),
          note="40 folders deep")  # fmt: skip


# (family, number of articles, builder), in the order slots are filled: with fewer good
# articles than slots, the later slots are left out.
GOOD_SLOTS: list[tuple[str, int, GoodBuilder]] = [
    ("good_txt", 1, _good_single("txt")),
    ("good_md", 1, _good_single("md")),
    ("good_html", 1, _good_single("html")),
    ("good_htm", 1, _good_single("htm")),
    ("good_json", 1, _good_single("json")),
    ("good_json_list", 3, _good_feed("json")),
    ("good_jsonl", 3, _good_feed("jsonl")),
    ("good_csv", 3, _good_feed("csv")),
    ("good_txt_gz", 1, _good_single("txt", gzipped=True)),
    ("good_html_gz", 1, _good_single("html", gzipped=True)),
    ("good_json_gz", 1, _good_single("json", gzipped=True)),
    ("good_jsonl_gz", 2, _good_feed("jsonl", gzipped=True)),
    ("good_csv_gz", 2, _good_feed("csv", gzipped=True)),
    ("good_jsonl_gz_multimember", 4, _good_multimember),
    ("good_bz2_as_txt", 1, _good_compressed_as_txt("bz2")),
    ("good_xz_as_txt", 1, _good_compressed_as_txt("xz")),
    ("good_jsonl_with_broken_lines", 3, _good_jsonl_with_broken_lines),
    ("good_jsonl_line_separators", 2, _good_jsonl_line_separators),
    ("good_odd_dates", 4, _good_odd_dates),
    ("good_odd_date_txt", 1, _good_odd_date_txt),
    ("good_long_title", 1, _good_long_title),
    ("name_non_utf8", 1, _odd_name("name_non_utf8", [os.fsdecode(b"caf\xe9 \xff\xfe.txt")])),
    ("name_newline", 1, _odd_name("name_newline", ["line\nbreak.txt"])),
    ("name_spaces", 1, _odd_name("name_spaces", ["  spaced   out name .html"])),
    ("name_leading_dash", 1, _odd_name("name_leading_dash", ["--help.txt"])),
    ("name_long", 1, _odd_name("name_long", ["long_" + "x" * 241 + ".txt"])),
    ("name_long_multibyte", 1, _odd_name("name_long_multibyte", ["é" * 123 + ".txt"])),
    ("deep_nesting", 1, _deep_nesting),
    ("dir_named_txt", 1, _dir_named_txt),
]
# Once every slot has its articles, the rest go to plain files cycling over these.
EXTRA_GOOD: list[tuple[str, int, GoodBuilder]] = [
    ("good_txt", 1, _good_single("txt")),
    ("good_html", 1, _good_single("html")),
    ("good_jsonl", 2, _good_feed("jsonl")),
    ("good_md", 1, _good_single("md")),
    ("good_json", 1, _good_single("json")),
    ("good_csv", 2, _good_feed("csv")),
]


def _write_good(c: _Corpus, n_good: int, start: int = 0) -> int:
    """Fill the slots, then the extras, with `n_good` articles; returns the next index."""
    index = start
    slots = iter(GOOD_SLOTS)
    extra = 0
    while index - start < n_good:
        slot = next(slots, None)
        if slot is None:
            slot = EXTRA_GOOD[extra % len(EXTRA_GOOD)]
            extra += 1
        _, wanted, build = slot
        count = min(wanted, n_good - (index - start))
        if build is _good_multimember and count < 2:
            continue  # two members need two records
        build(c, [c.prose.article(i) for i in range(index, index + count)])
        index += count
    return index


# --- bad families: each writes one or two entries per call, k counts its calls --------

_EXTS = [".txt", ".json", ".jsonl", ".csv", ".html", ".md", ".txt.gz", ".json.gz"]


def _bad(c: _Corpus, family: str, k: int, ext: str, data: bytes | str, holds: bool | None = False,
         **kw: object) -> Entry:  # fmt: skip
    rel = f"bad/{family}/{k:04d}{ext}"
    c.write(rel, data)
    return c.add(rel, family, "bad", holds, **kw)


def _empty(c: _Corpus, k: int) -> None:
    ext = _EXTS[k % len(_EXTS)]
    _bad(c, "empty", k, ext, gz(b"") if ext.endswith(".gz") else b"")


def _whitespace(c: _Corpus, k: int) -> None:
    variants = [b" ", b"\n\n\n", b"\t \r\n \t", "\u00a0\u2003\u3000\n".encode(), b"\xef\xbb\xbf",
                b"\xef\xbb\xbf  \n", b"\xff\xfe \x00\n\x00", " \n".encode("utf-16")]  # fmt: skip
    _bad(c, "whitespace", k, _EXTS[k % 6], variants[k % len(variants)])


_MAGIC = [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    b"PK\x03\x04\x14\x00\x06\x00",
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    b"GIF89a\x01\x00\x01\x00",
    b"\x7fELF\x02\x01\x01\x00",
    b"MZ\x90\x00\x03\x00\x00\x00",
]


def _binary_magic(c: _Corpus, k: int) -> None:
    data = _MAGIC[k % len(_MAGIC)] + c.rng.randbytes(c.rng.randint(64, 4096))
    ext = _EXTS[k % len(_EXTS)]
    _bad(c, "binary_magic", k, ext, gz(data) if ext.endswith(".gz") else data)


def _random_bytes(c: _Corpus, k: int) -> None:
    size = [2, 17, 512, 4096, 65536][k % 5]
    data = c.rng.randbytes(size)
    ext = _EXTS[(k // 5) % len(_EXTS)]
    _bad(c, "random_bytes", k, ext, data)


def _control_chars_only(c: _Corpus, k: int) -> None:
    variants = [bytes(range(1, 9)) * 50, b"\x1b[31m\x1b[0m\x07\x08" * 80, b"\x7f\x01\x02" * 100,
                b"\x00" * 300, "\u200b\u200e\u2066\u2069".encode() * 50]  # fmt: skip
    _bad(c, "control_chars_only", k, [".txt", ".md", ".html"][k % 3], variants[k % len(variants)])


def _prose_bytes(c: _Corpus) -> bytes:
    return scraped_text(c.prose.article(0, marker="Nobody")).encode("utf-8")


def _truncated_gzip(c: _Corpus, k: int) -> None:
    packed = gz(_prose_bytes(c))
    variant = k % 3
    if variant == 0:
        _bad(c, "truncated_gzip", k, ".txt.gz", packed[:10], note="gzip header only")
    elif variant == 1:
        _bad(c, "truncated_gzip", k, ".jsonl.gz", packed[: len(packed) // 2], note="cut mid-stream")
    else:  # every byte of data is there, only the CRC and size are missing
        _bad(c, "truncated_gzip", k, ".txt.gz", packed[:-8], holds=None,
             note="trailer missing: the text is complete, the stream is not")  # fmt: skip


def _corrupt_gzip(c: _Corpus, k: int) -> None:
    packed = bytearray(gz(_prose_bytes(c)))
    variant = k % 3
    if variant == 0:
        for i in range(12, min(40, len(packed) - 8)):
            packed[i] ^= 0xFF
        _bad(c, "corrupt_gzip", k, ".txt.gz", bytes(packed), note="deflate data flipped")
    elif variant == 1:
        packed[-8] ^= 0xFF
        _bad(c, "corrupt_gzip", k, ".txt.gz", bytes(packed), holds=None,
             note="wrong CRC: the text inflates, the check fails")  # fmt: skip
    else:
        _bad(c, "corrupt_gzip", k, ".json.gz", b"\x1f\x8b\x08\x00" + c.rng.randbytes(300),
             note="gzip magic, then noise")  # fmt: skip


def _gzip_bomb_plain_name(c: _Corpus, k: int) -> None:
    rel = f"bad/gzip_bomb_plain_name/{k:04d}.txt"
    write_gzip_bomb(c.path(rel), c.bomb_bytes)
    c.add(rel, "gzip_bomb_plain_name", "bad", False,
          note=f"gzip of {c.bomb_bytes:,} zero bytes under a plain .txt name")  # fmt: skip


def _gzip_bomb_gz(c: _Corpus, k: int) -> None:
    rel = f"bad/gzip_bomb_gz/{k:04d}.txt.gz"
    write_gzip_bomb(c.path(rel), c.bomb_bytes, fill=b"big ")
    c.add(rel, "gzip_bomb_gz", "bad", False,
          note=f"gzip of {c.bomb_bytes:,} bytes of 'big big big ...' (text, not zeros)")  # fmt: skip


def _invalid_json(c: _Corpus, k: int) -> None:
    prose = json.dumps(c.prose.filler(900))
    variants = ["{", "{'text': 'single quotes'}", '{"text": ' + prose[:-40], "[1, 2,]",
                '{"text": "a"}{"text": "b"}', "<html>not json</html>", '{"text": ' + prose + ",}",
                "\x00{}", "}{"]  # fmt: skip
    text = variants[k % len(variants)]
    if k % 4 == 3:  # the same garbage as a jsonl: each line is a bad record
        lines = [text, "{oops", "]"]
        _bad(c, "invalid_json", k, ".jsonl", "\n".join(lines), bad_records=[1, 2, 3])
    else:
        _bad(c, "invalid_json", k, ".json", text)


def _json_lone_surrogate(c: _Corpus, k: int) -> None:
    """A record whose text (or title) holds an escaped lone surrogate, as JSON allows."""
    a = c.maybe_article()
    record = a.record()
    place = "text" if k % 2 == 0 else "title"
    record[place] = str(record[place]).replace(" ", " \ud83d ", 1)  # a lone high surrogate
    text = json.dumps(record, ensure_ascii=True)  # "\ud83d" escaped, the file is valid JSON
    ext = ".json" if k % 3 != 2 else ".jsonl"
    _bad(c, "json_lone_surrogate", k, ext, text, holds=None,
         articles=[ArticleRef(a.marker, None if ext == ".json" else 1)],
         note=f"lone surrogate escape in the {place}")  # fmt: skip


def _nested(depth: int, k: int) -> str:
    if k % 2 == 0:
        return "[" * depth + "]" * depth
    return '{"a": ' * depth + "1" + "}" * depth


def _json_deep(depth: int, family: str) -> Builder:
    def build(c: _Corpus, k: int) -> None:
        if k % 3 == 2:  # a good-looking text with a deep field beside it
            a = c.maybe_article()
            text = json.dumps(a.record())[:-1] + ', "extra": ' + _nested(depth, k) + "}"
            _bad(c, family, k, ".json", text, holds=None, articles=[ArticleRef(a.marker, None)],
                 note=f"a good text with a field nested {depth} deep")  # fmt: skip
        else:
            _bad(c, family, k, ".json" if k % 3 == 0 else ".jsonl", _nested(depth, k),
                 bad_records=[] if k % 3 == 0 else [1], note=f"nested {depth} deep")  # fmt: skip

    return build


def _json_list_non_objects(c: _Corpus, k: int) -> None:
    items = [1, "two", None, [3, 4], True, 5.5, c.prose.filler(400)]
    c.rng.shuffle(items)
    _bad(c, "json_list_non_objects", k, ".json", json.dumps(items),
         bad_records=list(range(1, len(items) + 1)))  # fmt: skip


def _jsonl_non_objects(c: _Corpus, k: int) -> None:
    lines = ["1", '"a string"', "null", "[1, 2]", "true", json.dumps(c.prose.filler(400))]
    _bad(c, "jsonl_non_objects", k, ".jsonl", "\n".join(lines),
         bad_records=list(range(1, len(lines) + 1)))  # fmt: skip


def _record_family(family: str, make: Callable[[_Corpus, int], dict[str, object]],
                   holds: bool | None = False) -> Builder:  # fmt: skip
    """Records whose text is missing or not text, as a json object, json list or jsonl."""

    def build(c: _Corpus, k: int) -> None:
        records = [make(c, k + i) for i in range(3)]
        shape = k % 3
        if shape == 0:
            _bad(c, family, k, ".json", json.dumps(records[0]), holds=holds)
        elif shape == 1:
            _bad(c, family, k, ".json", json.dumps(records), holds=holds,
                 bad_records=[] if holds is None else [1, 2, 3])  # fmt: skip
        else:
            _bad(c, family, k, ".jsonl", jsonl_text(records), holds=holds,
                 bad_records=[] if holds is None else [1, 2, 3])  # fmt: skip

    return build


def _base_record(c: _Corpus) -> dict[str, object]:
    a = c.prose.article(0, marker="Nobody")
    return {"title": a.title, "published": a.published, "publisher": a.publisher}


def _text_list(c: _Corpus, k: int) -> dict[str, object]:
    # numbers, not prose: json.dumps of it would still be 40 "words"
    return _base_record(c) | {"text": [c.rng.randint(0, 999) for _ in range(40)]}


def _text_list_of_prose(c: _Corpus, k: int) -> dict[str, object]:
    return _base_record(c) | {"text": c.prose.paragraphs(None)}


def _text_dict(c: _Corpus, k: int) -> dict[str, object]:
    return _base_record(c) | {"body": {f"k{i}": i for i in range(40)}}


def _text_dict_of_prose(c: _Corpus, k: int) -> dict[str, object]:
    return _base_record(c) | {"text": {"en": c.prose.filler(900)}}


RECORD_FAMILIES: dict[str, Builder] = {
    "record_text_missing": _record_family("record_text_missing", lambda c, k: _base_record(c)),
    "record_text_null": _record_family(
        "record_text_null", lambda c, k: _base_record(c) | {"text": None, "body": None}
    ),
    "record_text_number": _record_family(
        "record_text_number", lambda c, k: _base_record(c) | {"text": [12345, 0.5, 1e308][k % 3]}
    ),
    "record_text_bool": _record_family(
        "record_text_bool", lambda c, k: _base_record(c) | {"text": k % 2 == 0}
    ),
    "record_text_list": _record_family("record_text_list", _text_list),
    "record_text_list_of_prose": _record_family(
        "record_text_list_of_prose", _text_list_of_prose, holds=None
    ),
    "record_text_dict": _record_family("record_text_dict", _text_dict),
    "record_text_dict_of_prose": _record_family(
        "record_text_dict_of_prose", _text_dict_of_prose, holds=None
    ),
    "record_text_empty": _record_family(
        "record_text_empty", lambda c, k: _base_record(c) | {"text": ["", "   ", "\n\t"][k % 3]}
    ),
}


def _csv_no_header(c: _Corpus, k: int) -> None:
    rows = [[c.prose.filler(600), "2021-03-04", "Delta Wire"] for _ in range(3)]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    _bad(c, "csv_no_header", k, ".csv", buffer.getvalue(), note="rows of prose, no header row")


def _csv_no_text_column(c: _Corpus, k: int) -> None:
    rows = [{"title": "A title", "summary": c.prose.filler(600), "published": "2020-01-02"}
            for _ in range(3)]  # fmt: skip
    _bad(c, "csv_no_text_column", k, ".csv", csv_text(rows), note="prose in 'summary'")


def _csv_ragged(c: _Corpus, k: int) -> None:
    a = c.maybe_article()
    rows = [
        ["id", "title", "text"],
        ["1", a.title, a.body, "extra cell", "another"],  # more cells than the header
        ["2"],  # fewer: no text
        ["3", "only a title"],
    ]
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    _bad(c, "csv_ragged", k, ".csv", buffer.getvalue(), holds=None, bad_records=[2, 3],
         articles=[ArticleRef(a.marker, 1)], note="rows with more and fewer cells")  # fmt: skip


def _csv_unterminated_quote(c: _Corpus, k: int) -> None:
    prose = c.prose.filler(800).replace('"', "'")
    lines = ["title,text", "Short,tiny", f'Open,"{prose}', "Next,row"]
    _bad(c, "csv_unterminated_quote", k, ".csv", "\n".join(lines) + "\n", holds=None,
         note="a quote opened in row 2 and never closed")  # fmt: skip


def _csv_huge_cell(c: _Corpus, k: int) -> None:
    a = c.maybe_article()
    text = a.body + "\n\n" + c.prose.filler(HUGE_CELL_CHARS)
    record = a.record() | {"text": text}
    _bad(c, "csv_huge_cell", k, ".csv", csv_text([record]), holds=None,
         articles=[ArticleRef(a.marker, 1)],
         note=f"one cell of {len(text):,} characters (the csv module's limit is 131,072)")  # fmt: skip


def _nul_in(text: str, rng: random.Random, n: int = 3) -> str:
    cut = sorted(rng.sample(range(len(text)), n))
    parts = [text[i:j] for i, j in zip([0, *cut], [*cut, len(text)], strict=True)]
    return "\x00".join(parts)


def _csv_nul_cells(c: _Corpus, k: int) -> None:
    a = c.maybe_article()
    record = a.record() | {"text": _nul_in(a.body, c.rng), "title": a.title + "\x00"}
    _bad(c, "csv_nul_cells", k, ".csv", csv_text([record]), holds=None,
         articles=[ArticleRef(a.marker, 1)], note="NUL bytes inside cells")  # fmt: skip


def _text_nul_bytes(c: _Corpus, k: int) -> None:
    a = c.maybe_article()
    ext = [".txt", ".md", ".html"][k % 3]
    text = html_page(a) if ext == ".html" else scraped_text(a)
    _bad(c, "text_nul_bytes", k, ext, _nul_in(text, c.rng), holds=None,
         articles=[ArticleRef(a.marker, None)], note="a few NUL bytes in an article")  # fmt: skip


def _utf16_no_bom(c: _Corpus, k: int) -> None:
    a = c.maybe_article()
    encoding = ["utf-16-le", "utf-16-be"][k % 2]
    _bad(c, "utf16_no_bom", k, ".txt", scraped_text(a).encode(encoding), holds=None,
         articles=[ArticleRef(a.marker, None)], note=f"{encoding} without a byte-order mark")  # fmt: skip


def _wrong_bom(c: _Corpus, k: int) -> None:
    text = scraped_text(c.prose.article(0, marker="Nobody")).replace("Home", "Café Home")
    variants = [
        (b"\xff\xfe" + text.encode("utf-8"), "UTF-16 LE mark on UTF-8"),
        (b"\xfe\xff" + text.encode("utf-8"), "UTF-16 BE mark on UTF-8"),
        (b"\xef\xbb\xbf" + text.encode("latin-1", "replace"), "UTF-8 mark on latin-1"),
        (b"\xff\xfe\x00\x00" + text.encode("utf-8")[:-1], "UTF-32 mark on UTF-8"),
    ]
    data, note = variants[k % len(variants)]
    _bad(c, "wrong_bom", k, ".txt", data, holds=None, note=note)


def _html_punctuation(c: _Corpus, k: int) -> None:
    marks = "".join(c.rng.choice("!?.,;:-–—…*#@%&()[]{}") for _ in range(3000))
    body = "".join(f"<p>{html.escape(marks[i : i + 60])}</p>" for i in range(0, 3000, 60))
    _bad(
        c,
        "html_punctuation",
        k,
        ".html",
        f"<html><head><title>!!!</title></head><body>{body}</body></html>",
    )


def _html_script_style_only(c: _Corpus, k: int) -> None:
    prose = json.dumps(c.prose.filler(1500))
    page = (
        "<html><head><title></title><style>body { color: red; } p::after { content: 'x'; }"
        f"</style></head><body><script>var story = {prose};</script>"
        f"<style>/* {c.prose.filler(600)} */</style>"
        "<script type='application/json'>{}</script></body></html>"
    )
    _bad(c, "html_script_style_only", k, ".html", page, note="prose only inside script and style")


def _html_deep_divs(c: _Corpus, k: int) -> None:
    depth = 10_000
    if k % 2 == 0:
        inner, holds, refs = "!!! ??? ...", False, []
    else:
        a = c.maybe_article()
        inner = "".join(f"<p>{html.escape(p)}</p>" for p in a.paragraphs)
        holds, refs = None, [ArticleRef(a.marker, None)]
    page = "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"
    _bad(c, "html_deep_divs", k, ".html", page, holds=holds, articles=refs,  # type: ignore[arg-type]
         note=f"{depth:,} nested divs")  # fmt: skip


def _huge_text(c: _Corpus, k: int) -> None:
    """Over 20 MB of plain prose, written a block at a time."""
    rel = f"bad/huge_text/{k:04d}.txt"
    block = (c.prose.filler(64_000) + "\n\n").encode("utf-8")
    with open(c.path(rel), "wb") as handle:
        written = 0
        while written < c.huge_text_bytes:
            handle.write(block)
            written += len(block)
    c.add(rel, "huge_text", "bad", False, note=f"{written:,} bytes of prose: over the 20 MB limit")


def _unsupported_extension(c: _Corpus, k: int) -> None:
    prose = scraped_text(c.prose.article(0, marker="Nobody"))
    variants = [
        (".pdf", prose.encode()),  # text inside, but the type is not supported
        (".docx", b"PK\x03\x04" + c.rng.randbytes(200)),
        (".exe", b"MZ" + c.rng.randbytes(200)),
        ("", prose.encode()),  # no extension
        (".xml", f"<doc><p>{html.escape(prose)}</p></doc>".encode()),
        (".rtf", ("{\\rtf1 " + prose + "}").encode()),
        (".txt.bak", prose.encode()),
        (".gz", gz(prose.encode())),  # gzip of what?
        (".JSONL5", b'{"text": "x"}'),
    ]
    ext, data = variants[k % len(variants)]
    _bad(c, "unsupported_extension", k, ext, data, note=f"type {ext or '(none)'}")


def _link(c: _Corpus, family: str, rel: str, target: str, holds: bool | None, note: str,
          group: str = "bad") -> None:  # fmt: skip
    c.symlink(rel, target)
    c.add(rel, family, group, holds, kind="symlink", target=target, note=note)


def _symlink_dangling(c: _Corpus, k: int) -> None:
    target = f"missing_{k}.txt" if k % 2 == 0 else f"/nonexistent/hostile/{k}.json"
    _link(c, "symlink_dangling", f"links/dangling_{k:04d}.txt", target, False, "target missing")


def _symlink_loop(c: _Corpus, k: int) -> None:
    a, b = f"links/loop_{k:04d}_a.txt", f"links/loop_{k:04d}_b.txt"
    _link(c, "symlink_loop", a, os.path.basename(b), False, "a -> b -> a")
    _link(c, "symlink_loop", b, os.path.basename(a), False, "b -> a -> b")


def _symlink_self_dir(c: _Corpus, k: int) -> None:
    if k % 2 == 0:
        _link(c, "symlink_self_dir", f"links/self_{k:04d}", ".", False, "a folder link to itself")
    else:
        _link(c, "symlink_self_dir", f"links/sub_{k:04d}/up", "..", False,
              "a folder link to its parent (a cycle)")  # fmt: skip


def _symlink_outside(c: _Corpus, k: int) -> None:
    if k % 2 == 0:  # an article-like file in a sibling folder: never read through the link
        outside = c.out.parent / (c.out.name + "-outside")
        outside.mkdir(parents=True, exist_ok=True)
        secret = outside / f"secret_{k:04d}.txt"
        secret.write_text(scraped_text(c.maybe_article()), encoding="utf-8")
        rel = f"links/outside_{k:04d}.txt"
        target = os.path.relpath(secret, c.path(rel).parent)
        _link(c, "symlink_outside", rel, target, False, "to an article outside the input folder")
    else:
        _link(c, "symlink_outside", f"links/passwd_{k:04d}.txt", "/etc/passwd", False,
              "to /etc/passwd")  # fmt: skip


def _symlink_device(c: _Corpus, k: int) -> None:
    device = ["/dev/zero", "/dev/urandom"][k % 2]
    _link(c, "symlink_device", f"links/device_{k:04d}.txt", device, False, f"to {device}")


def _fifo(c: _Corpus, k: int) -> None:
    rel = f"special/fifo_{k:04d}" + [".txt", ".jsonl"][k % 2]
    os.mkfifo(c.path(rel))
    c.add(rel, "fifo", "bad", False, kind="fifo", note="a named pipe: opening it blocks")


def _symlink_to_good(c: _Corpus, k: int) -> None:
    rel = f"links/alias_{k:04d}.txt"
    if not c.good_files:
        _link(c, "symlink_to_good", rel, "missing.txt", None, "no good file to point at", "odd")
        return
    target_rel = c.good_files[k % len(c.good_files)]
    target = os.path.relpath(c.out / target_rel, c.path(rel).parent)
    _link(c, "symlink_to_good", rel, target, None, "to a good file inside the folder", "odd")


# (family, builder, most entries-writing calls per corpus; None: as many as it takes)
BAD_FAMILIES: list[tuple[str, Builder, int | None]] = [
    ("empty", _empty, None),
    ("whitespace", _whitespace, None),
    ("binary_magic", _binary_magic, None),
    ("random_bytes", _random_bytes, None),
    ("control_chars_only", _control_chars_only, None),
    ("truncated_gzip", _truncated_gzip, None),
    ("corrupt_gzip", _corrupt_gzip, None),
    ("gzip_bomb_plain_name", _gzip_bomb_plain_name, 1),
    ("gzip_bomb_gz", _gzip_bomb_gz, 1),
    ("invalid_json", _invalid_json, None),
    ("json_lone_surrogate", _json_lone_surrogate, None),
    ("json_deep_1k", _json_deep(1_000, "json_deep_1k"), None),
    ("json_deep_100k", _json_deep(100_000, "json_deep_100k"), 3),
    ("json_list_non_objects", _json_list_non_objects, None),
    ("jsonl_non_objects", _jsonl_non_objects, None),
    *((name, build, None) for name, build in RECORD_FAMILIES.items()),
    ("csv_no_header", _csv_no_header, None),
    ("csv_no_text_column", _csv_no_text_column, None),
    ("csv_ragged", _csv_ragged, None),
    ("csv_unterminated_quote", _csv_unterminated_quote, None),
    ("csv_huge_cell", _csv_huge_cell, 3),
    ("csv_nul_cells", _csv_nul_cells, None),
    ("text_nul_bytes", _text_nul_bytes, None),
    ("utf16_no_bom", _utf16_no_bom, None),
    ("wrong_bom", _wrong_bom, None),
    ("html_punctuation", _html_punctuation, None),
    ("html_script_style_only", _html_script_style_only, None),
    ("html_deep_divs", _html_deep_divs, 4),
    ("huge_text", _huge_text, 1),
    ("unsupported_extension", _unsupported_extension, None),
    ("symlink_dangling", _symlink_dangling, None),
    ("symlink_loop", _symlink_loop, None),
    ("symlink_self_dir", _symlink_self_dir, 4),
    ("symlink_outside", _symlink_outside, 2),
    ("symlink_device", _symlink_device, 2),
    ("fifo", _fifo, 2),
    ("symlink_to_good", _symlink_to_good, 3),
]

FAMILIES: list[str] = list(
    dict.fromkeys([name for name, _, _ in GOOD_SLOTS] + [name for name, _, _ in BAD_FAMILIES])
)


def min_good_for_every_family() -> int:
    """Good articles needed for every good slot to be filled."""
    return sum(n for _, n, _ in GOOD_SLOTS)


def _write_bad(c: _Corpus, n_bad: int) -> None:
    """Every family once, then round after round over the families not at their cap, until
    at least `n_bad` bad or odd entries exist."""
    calls: Counter[str] = Counter()

    def bad_count() -> int:
        return sum(1 for e in c.entries if e.group != "good" and e.kind != "dir")

    first_round = True
    while first_round or bad_count() < n_bad:
        progressed = False
        for name, build, cap in BAD_FAMILIES:
            if not first_round and bad_count() >= n_bad:
                break
            if cap is not None and calls[name] >= cap:
                continue
            build(c, calls[name])
            calls[name] += 1
            progressed = True
        first_round = False
        if not progressed:
            break


def write_hostile_corpus(
    out: Path,
    n_bad: int = 1000,
    n_good: int = 50,
    seed: int = 7,
    *,
    bomb_bytes: int = DEFAULT_BOMB_BYTES,
    huge_text_bytes: int = HUGE_TEXT_BYTES,
) -> HostileManifest:
    """Write the hostile corpus into `out` (new or empty) and return its manifest.

    Also writes `<out>-outside/` beside it: the target of the symlink that points out of
    the input folder.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    corpus = _Corpus(out, rng, Prose(rng), bomb_bytes, huge_text_bytes)
    _write_good(corpus, n_good)
    _write_bad(corpus, n_bad)
    manifest = HostileManifest(seed, n_bad, n_good, out.name + "-outside", corpus.entries)
    (out / MANIFEST_NAME).write_text(manifest.to_json(), encoding="utf-8")
    return manifest


def write_good_files(out: Path, n: int, seed: int = 7) -> list[str]:
    """`n` plain good articles, one a file (txt, html, md, json in turn): the clean
    baseline of the one-bad-file measurement. Returns their relative paths."""
    rng = random.Random(seed)
    corpus = _Corpus(Path(out), rng, Prose(rng), DEFAULT_BOMB_BYTES, HUGE_TEXT_BYTES)
    formats = ["txt", "html", "md", "json"]
    for i in range(n):
        _good_single(formats[i % len(formats)])(corpus, [corpus.prose.article(i)])
    return [e.path for e in corpus.entries]


# ---------------------------------------------------------------------------------------
# The bars, measured on a loaded warehouse
# ---------------------------------------------------------------------------------------


@dataclass
class Bar:
    name: str
    passed: bool
    measure: str  # e.g. "48/50 found"
    detail: list[str] = field(default_factory=list)  # up to 20 offenders

    def line(self) -> str:
        text = f"{'PASS' if self.passed else 'FAIL'}  {self.name}: {self.measure}"
        return text + "".join(f"\n        {d}" for d in self.detail)


def _query(conn: object, sql: str, params: Sequence[object] = ()) -> list[tuple]:
    return conn.execute(sql, list(params)).fetchall()  # type: ignore[attr-defined]


def check_warehouse(
    manifest: HostileManifest, warehouse: Path, returncode: int | None
) -> list[Bar]:
    """The bars: (a) exit 0, (b) every good marker in dim_articles.body, (c) every entry
    accounted for in fct_article_sources or quarantined_sources, (d) nothing loaded from an
    entry or record that holds no article, (e) no NUL in any text column of schema main,
    (f) out-of-range published values give a NULL date."""
    import duckdb

    bars = [Bar("a exit code 0", returncode == 0, f"exit code {returncode}")]
    if not Path(warehouse).exists():
        return [*bars, *(Bar(n, False, "no warehouse") for n in "bcdef")]
    with duckdb.connect(str(warehouse), read_only=True) as conn:
        tables = {r[0] for r in _query(conn, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")}  # fmt: skip

        def rows(sql: str, table: str) -> list[tuple]:
            return _query(conn, sql) if table in tables else []

        bodies = rows("SELECT body, published_date FROM main.dim_articles", "dim_articles")
        loaded = rows("SELECT source_file, source_record FROM main.fct_article_sources", "fct_article_sources")  # fmt: skip
        quarantined = rows("SELECT DISTINCT source_file FROM main.quarantined_sources", "quarantined_sources")  # fmt: skip
        bars.append(_bar_markers(manifest, bodies))
        bars.append(_bar_accounted(manifest, {f for f, _ in loaded} | {f for (f,) in quarantined}))
        bars.append(_bar_nothing_from_bad(manifest, loaded))
        bars.append(_bar_no_nul(conn))
        bars.append(_bar_dates_null(manifest, bodies))
    return bars


def _bar_markers(manifest: HostileManifest, bodies: list[tuple]) -> Bar:
    text = "\n\x1e".join(body or "" for body, _ in bodies)
    wanted = manifest.good_articles()
    missing = [f"{a.marker} in {e.path!r} record {a.record} ({e.family})"
               for e, a in wanted if a.marker not in text]  # fmt: skip
    return Bar("b good markers in dim_articles.body", not missing,
               f"{len(wanted) - len(missing)}/{len(wanted)} found", missing[:20])  # fmt: skip


def _by_family(offenders: list[tuple[Entry, str]]) -> list[str]:
    """One line per family: how many, and the first example."""
    counts = Counter(entry.family for entry, _ in offenders)
    first: dict[str, str] = {}
    for entry, example in offenders:
        first.setdefault(entry.family, example)
    return [f"{family}: {n}, e.g. {first[family]}" for family, n in counts.most_common(20)]


def _bar_accounted(manifest: HostileManifest, seen: set[str]) -> Bar:
    entries = [e for e in manifest.entries if e.accountable]
    missing = [(e, repr(e.path)) for e in entries if e.path not in seen]
    return Bar("c every entry has a fct_article_sources or quarantined_sources row", not missing,
               f"{len(entries) - len(missing)}/{len(entries)} accounted, {len(missing)} missing",
               _by_family(missing))  # fmt: skip


def _bar_nothing_from_bad(manifest: HostileManifest, loaded: list[tuple]) -> Bar:
    by_path = {e.path: e for e in manifest.entries}
    offenders = []
    for source_file, record in sorted(loaded, key=repr):
        entry = by_path.get(source_file)
        if entry is None:
            continue
        if entry.holds_articles is False or (record is not None and record in entry.bad_records):
            offenders.append((entry, f"{source_file!r} record {record}"))
    return Bar("d no fct_article_sources row from a bad entry or record", not offenders,
               f"{len(offenders)} offending rows", _by_family(offenders))  # fmt: skip


def _bar_no_nul(conn: object) -> Bar:
    columns = _query(
        conn,
        "SELECT table_name, column_name FROM information_schema.columns "
        "WHERE table_schema = 'main' AND data_type = 'VARCHAR' ORDER BY 1, 2",
    )
    offenders = []
    for table, column in columns:
        sql = f'SELECT count(*) FROM main."{table}" WHERE strpos("{column}", chr(0)) > 0'
        (n,) = _query(conn, sql)[0]
        if n:
            offenders.append(f"{table}.{column}: {n} rows")
    return Bar("e no NUL in any VARCHAR column of schema main", not offenders,
               f"{len(offenders)} of {len(columns)} columns hold NUL", offenders[:20])  # fmt: skip


def _bar_dates_null(manifest: HostileManifest, bodies: list[tuple]) -> Bar:
    odd = [(e, a) for e, a in manifest.good_articles() if a.date_null]
    wrong = []
    for entry, ref in odd:
        dates = [d for body, d in bodies if body and ref.marker in body]
        if any(d is not None for d in dates):
            wrong.append(f"{ref.marker} in {entry.path!r}: published_date {dates}")
    return Bar("f out-of-range published values give a NULL date (extra)", not wrong,
               f"{len(odd) - len(wrong)}/{len(odd)} NULL or not loaded", wrong[:20])  # fmt: skip


def run_newsevents(
    input_dir: Path,
    warehouse: Path,
    timeout: float,
    on_start: Callable[[int], object] | None = None,
) -> tuple[int | None, str, str]:
    """(exit code, stdout, stderr) of one `newsevents run` process on hostile input, which
    is killed with its workers after `timeout` seconds (exit code None): a FIFO or a bomb
    must not hang the benchmark or the tests. `on_start` gets the process id (to sample
    its memory)."""
    import signal
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "DAGSTER_HOME"}
    command = [sys.executable, "-m", "pipelines.cli", "run"]
    command += ["--input", str(input_dir), "--warehouse", str(warehouse)]
    process = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="replace",
        start_new_session=True,  # its own process group: a timeout kills the workers too
    )
    if on_start is not None:
        on_start(process.pid)
    try:
        stdout, stderr = process.communicate(timeout=timeout)
        return process.returncode, stdout, stderr
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        stdout, stderr = process.communicate()
        return None, stdout, f"killed after {timeout:g} s\n{stderr}"
