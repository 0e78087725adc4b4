"""A reproducible generator of messy raw input at any scale (`newsevents generate`).

Articles are recombined from real texts: the bundled sample corpus, or a CSV of articles
(a `body` or `text` column, e.g. the Kremlin releases). Each generated article takes a run
of paragraphs of one text and single paragraphs of others, gets a title, a date and a
publisher, and lands in one of every input format the pipeline reads: scraped text with
page furniture, Markdown, HTML pages, JSON objects and lists, JSONL and CSV feeds, some
gzipped. On top come known duplicates (exact copies in another file and format, near
copies with a dateline, a dropped paragraph, edited words or furniture) and bad files
(empty, binary, truncated gzip, broken JSON, an unsupported format). `.manifest.json` in
the output folder (hidden, so never ingested) records what was made and the duplicate
truth. The same seed gives the same files, byte for byte.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

PUBLISHERS = [
    "Harbor Ledger",
    "Northline Wire",
    "Civic Courier",
    "Eastgate Review",
    "Tidewater Post",
]
FURNITURE_TOP = ["Home | World | Politics | Business | Opinion", "Subscribe", "Sign in", "Menu"]
FURNITURE_BOTTOM = [
    "Share this article: Facebook Twitter Email",
    "Related: More stories from our world desk",
    "We use cookies to improve your experience. Accept all cookies",
    "© 2026 {publisher}. All rights reserved.",
]
DATELINES = [
    "GENEVA, {month} {day} -",
    "BRUSSELS ({publisher}) -",
    "NAIROBI, {month} {day} (Reuters) -",
]
EDITS = ["reportedly", "officials said", "on Tuesday", "according to sources", "later"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
# How many articles go to each format, and how many a feed file holds.
FORMAT_SHARES = {"txt": 0.25, "md": 0.05, "html": 0.1, "json": 0.05, "jsonl": 0.35, "csv": 0.2}
PER_FEED = 100
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass
class Article:
    article_id: str
    title: str
    published: date
    publisher: str
    paragraphs: list[str]
    duplicate_of: str | None = None
    duplicate_kind: str | None = None  # exact or near

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Generated:
    articles: int = 0
    exact_copies: int = 0
    near_copies: int = 0
    bad_files: list[str] = field(default_factory=list)
    files: Counter[str] = field(default_factory=Counter)
    duplicates: dict[str, str] = field(default_factory=dict)  # copy id -> original id


def source_paragraphs(csv_path: Path | None, sample_dir: Path) -> list[list[str]]:
    """The paragraphs of each source text: the CSV's `body`/`text` column, or the bodies of
    the sample corpus's scraped files (lines long enough to be prose)."""
    texts: list[str] = []
    if csv_path is not None:
        csv.field_size_limit(sys.maxsize)
        with csv_path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                text = (row.get("body") or row.get("text") or "").strip()
                if text:
                    texts.append(text)
    else:
        for path in sorted(sample_dir.glob("scraped/*.txt")) + sorted(
            sample_dir.glob("scraped/*.md")
        ):
            texts.append(path.read_text(encoding="utf-8"))
    out = []
    for text in texts:
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if len(p.strip()) > 80]
        if len(paragraphs) <= 1:  # one long paragraph (the Kremlin bodies): cut by sentences
            sentences = SENTENCE_END.split(text.strip())
            paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        paragraphs = [p for p in paragraphs if len(p) > 80]
        if len(paragraphs) >= 2:
            out.append(paragraphs)
    if not out:
        raise ValueError("no usable source texts (need paragraphs of 80+ characters)")
    return out


def make_article(index: int, sources: list[list[str]], rng: random.Random) -> Article:
    # a run of one text and single paragraphs of others: two generated articles share
    # little unless one copies the other, however few the source texts
    main = rng.choice(sources)
    start = rng.randrange(max(1, len(main) - 1))
    run = main[start : start + rng.randint(1, 3)]
    extra = [rng.choice(rng.choice(sources)) for _ in range(rng.randint(2, 4))]
    paragraphs = [*run, *extra]
    first = SENTENCE_END.split(paragraphs[0])[0]
    title = " ".join(first.split()[: rng.randint(6, 12)]).rstrip(",;:")
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(11 * 365))
    return Article(f"gen-{index:07d}", title, published, rng.choice(PUBLISHERS), paragraphs)


def near_copy(original: Article, index: int, rng: random.Random) -> Article:
    paragraphs = list(original.paragraphs)
    kinds = [k for k in ("dateline", "drop", "edit") if rng.random() < 0.5] or ["edit"]
    if "drop" in kinds and len(paragraphs) > 3:
        paragraphs = paragraphs[:-1]
    if "edit" in kinds:
        words = paragraphs[-1].split(" ")
        for position in rng.sample(range(len(words)), min(2, len(words))):
            words[position] = f"{words[position]} {rng.choice(EDITS)}"
        paragraphs[-1] = " ".join(words)
    if "dateline" in kinds:
        line = rng.choice(DATELINES).format(
            month=MONTHS[original.published.month - 1],
            day=original.published.day,
            publisher=original.publisher,
        )
        paragraphs[0] = f"{line} {paragraphs[0]}"
    return Article(
        f"gen-{index:07d}",
        original.title,
        original.published,
        rng.choice(PUBLISHERS),
        paragraphs,
        duplicate_of=original.article_id,
        duplicate_kind="near",
    )


def scraped_text(article: Article, rng: random.Random, markdown: bool = False) -> str:
    """An article as a scraper saves a page: furniture, title, metadata lines, body, furniture."""
    top = rng.sample(FURNITURE_TOP, rng.randint(0, 3))
    bottom = [
        line.format(publisher=article.publisher)
        for line in rng.sample(FURNITURE_BOTTOM, rng.randint(1, 3))
    ]
    title = f"# {article.title}" if markdown else article.title
    meta = [f"By {article.publisher} staff", f"Published {article.published:%d %B %Y}"]
    return "\n".join([*top, "", title, *meta, "", article.body, "", *bottom]) + "\n"


def html_page(article: Article, rng: random.Random) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    nav = "".join(
        f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("World", "Politics", "Opinion")
    )
    return (
        "<!doctype html><html><head>"
        f"<title>{html.escape(article.title)} | {html.escape(article.publisher)}</title>"
        f"<meta property='article:published_time' content='{article.published.isoformat()}'>"
        f"<meta name='author' content='{html.escape(article.publisher)} staff'></head><body>"
        f"<nav><ul>{nav}</ul></nav><article><h1>{html.escape(article.title)}</h1>{body}</article>"
        f"<footer>{html.escape(rng.choice(FURNITURE_BOTTOM).format(publisher=article.publisher))}</footer>"
        "</body></html>\n"
    )


def record(article: Article) -> dict[str, str]:
    return {
        "id": article.article_id,
        "title": article.title,
        "published": article.published.isoformat(),
        "publisher": article.publisher,
        "text": article.body,
    }


def generate(n: int, out: Path, csv_path: Path | None, sample_dir: Path, seed: int = 7,
             duplicate_rate: float = 0.1, bad_rate: float = 0.005) -> Generated:  # fmt: skip
    """Write `n` articles (duplicates included) and some bad files under `out`."""
    rng = random.Random(seed)
    sources = source_paragraphs(csv_path, sample_dir)
    articles: list[Article] = []
    made = Generated()
    for index in range(n):
        if articles and rng.random() < duplicate_rate:
            original = rng.choice(
                [a for a in articles[-500:] if a.duplicate_of is None] or articles
            )
            if rng.random() < 0.4:
                copy = Article(**(vars(original) | {"article_id": f"gen-{index:07d}"}))
                copy.duplicate_of, copy.duplicate_kind = original.article_id, "exact"
                made.exact_copies += 1
            else:
                copy = near_copy(original, index, rng)
                made.near_copies += 1
            made.duplicates[copy.article_id] = original.article_id
            articles.append(copy)
        else:
            articles.append(make_article(index, sources, rng))
    made.articles = len(articles)
    out.mkdir(parents=True, exist_ok=True)
    formats = rng.choices(list(FORMAT_SHARES), weights=list(FORMAT_SHARES.values()), k=n)
    feeds: dict[str, list[Article]] = {"json": [], "jsonl": [], "csv": []}
    for article, fmt in zip(articles, formats, strict=True):
        if fmt in feeds:
            feeds[fmt].append(article)
            continue
        gzipped = rng.random() < 0.05
        name = f"{fmt}/{article.publisher.lower().replace(' ', '-')}-{article.article_id}.{fmt}"
        text = html_page(article, rng) if fmt == "html" else scraped_text(article, rng, fmt == "md")
        _write(out / name, text.encode("utf-8"), gzipped, made)
    for fmt, items in feeds.items():
        for start in range(0, len(items), PER_FEED):
            chunk = items[start : start + PER_FEED]
            name = f"feeds/{fmt}/feed-{start // PER_FEED:05d}.{fmt}"
            _write(out / name, _feed(fmt, chunk, rng).encode("utf-8"), rng.random() < 0.1, made)
    for index in range(max(1, round(n * bad_rate))):
        _bad_file(out, index, rng, made)
    manifest = {
        "seed": seed,
        "source": str(csv_path) if csv_path else "sample_corpus",
        "articles": made.articles,
        "exact_copies": made.exact_copies,
        "near_copies": made.near_copies,
        "files": dict(sorted(made.files.items())),
        "bad_files": made.bad_files,
        "duplicates": made.duplicates,
    }
    (out / ".manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return made


def _feed(fmt: str, items: list[Article], rng: random.Random) -> str:
    rows = [record(a) for a in items]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "json":
        return json.dumps(rows if len(rows) > 1 else rows[0], ensure_ascii=False, indent=1) + "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _write(path: Path, data: bytes, gzipped: bool, made: Generated) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if gzipped:
        path = path.with_name(path.name + ".gz")
        data = gzip.compress(data, mtime=0)  # mtime 0: the same bytes on every run
    path.write_bytes(data)
    made.files["".join(path.suffixes[-2:]) if gzipped else path.suffix] += 1


def _bad_file(out: Path, index: int, rng: random.Random, made: Generated) -> None:
    kind = rng.choice(["empty", "binary", "truncated_gzip", "broken_json", "unsupported"])
    name, data = {
        "empty": (f"bad/empty-{index}.txt", b"   \n"),
        "binary": (f"bad/scan-{index}.txt", rng.randbytes(512)),
        "truncated_gzip": (
            f"bad/cut-{index}.jsonl.gz",
            gzip.compress(b'{"text": "x"}\n' * 50, mtime=0)[:40],
        ),
        "broken_json": (f"bad/broken-{index}.json", b'{"title": "Unfinished", "text": "no end'),
        "unsupported": (f"bad/notes-{index}.docx", b"PK\x03\x04 not an article"),
    }[kind]
    path = out / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    made.bad_files.append(name)
