"""Quote speakers on real news pages: the English articles of the extraction benchmark.

The Kremlin releases (`kremlin.py`) are one publisher's genre: a head of state's accounts,
transcripts and messages. News stories attribute speech in other ways ("…,” said Ann Vale,
a fellow at the institute in Munich, Germany, and co-author of the study"; "Vale tweeted";
a surname alone after the full name; paraphrase between quotes). This set measures those:
every attributed quotation in the gold bodies of the benchmark's English pages (58 pages,
410 quotes, annotated by a helper who saw neither the code nor any score; see
docs/annotation.md for the rules).

The gold (`gold/news_quotes.jsonl`) stores references only: the page id, character offsets
into its `gold_body`, the speaker's name and how a reader finds it. The text is read from
the shared benchmark file at run time; without it the evaluation is skipped. Pages are
split into dev and test halves by a hash of their id, as the Kremlin releases are by link.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipelines.evaluation.kremlin import QuoteScore, score_quotes
from pipelines.evaluation.kremlin_gold import Release, Split, load_gold, release_split
from pipelines.settings import REPO_ROOT

NEWS_QUOTES_GOLD = Path(__file__).parent / "gold" / "news_quotes.jsonl"
BENCHMARK_PAGES = REPO_ROOT.parent / "shared" / "data" / "extraction_benchmark" / "pages.jsonl"
# Every page is loaded as a record carrying a title, so that the cleaner keeps all of its
# paragraphs: the set measures speakers, not the choice of a headline in a bare text.
_RECORD_TITLE = "Untitled page"


def page_bodies(path: Path = BENCHMARK_PAGES) -> dict[str, str]:
    """{page id: gold body} of the benchmark pages."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row["gold_body"] for row in rows}


def evaluate_news_quotes(
    split: Split | None, gold_path: Path = NEWS_QUOTES_GOLD, pages_path: Path = BENCHMARK_PAGES
) -> QuoteScore:
    """Quote finding and speaker accuracy on one half of the news pages (None: both)."""
    bodies = page_bodies(pages_path)
    gold = [
        {**item, "link": item["page_id"]}
        for item in load_gold(gold_path)
        if split is None or release_split(item["page_id"]) == split
    ]
    ids = sorted({item["link"] for item in gold})
    return score_quotes(gold, [Release(i, _RECORD_TITLE, "", bodies[i]) for i in ids])
