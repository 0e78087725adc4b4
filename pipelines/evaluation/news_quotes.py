"""Quote speakers on real news: the English pages of the extraction benchmark, and wire
stories of the TempEval-3 corpus (TimeBank and AQUAINT).

The Kremlin releases (`kremlin.py`) are one publisher's genre: a head of state's accounts,
transcripts and messages. News stories attribute speech in other ways ("…,” said Ann Vale,
a fellow at the institute in Munich, Germany, and co-author of the study"; "Vale tweeted";
a surname alone after the full name; paraphrase between quotes). This set measures those:
every attributed quotation in the gold bodies of the benchmark's English pages (58 pages,
410 quotes, annotated by a helper who saw neither the code nor any score; see
docs/annotation.md for the rules).

The wire stories (`gold/timebank_quotes.jsonl`: 532 quotes of the 106 documents of the
corpus that quote anyone, annotated the same way by four other helpers) are the 1990s news
of AP, the New York Times, the Wall Street Journal and Xinhua: "he said" after a paragraph
about someone, officials and spokesmen, "a senior official said".

The BBC politics, business and technology stories (`gold/bbc_quotes.jsonl`) are British
news of 2004-2005: "Mr Blair said", "the Tory leader told BBC Radio", a spokesman of a
ministry, a party speaking as a body. They come from the BBC News dataset (Greene and
Cunningham, 2006), which the shared folder does not hold: put its `politics`, `business`
and `tech` folders in `../reference/bbc` (or point `NEWSEVENTS_BBC_STORIES` at the folder
holding it); see docs/annotation.md.

The gold stores references only: the document's id, character offsets into its text, the
speaker's name and how a reader finds it. The text is read from the shared files at run
time; without them the evaluation is skipped. Documents are split into dev and test halves
by a hash of their id, as the Kremlin releases are by link.
"""

from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

from pipelines.evaluation.kremlin import QuoteScore, score_quotes
from pipelines.evaluation.kremlin_gold import Release, Split, load_gold, release_split
from pipelines.settings import REPO_ROOT

NEWS_QUOTES_GOLD = Path(__file__).parent / "gold" / "news_quotes.jsonl"
TIMEBANK_QUOTES_GOLD = Path(__file__).parent / "gold" / "timebank_quotes.jsonl"
BENCHMARK_PAGES = REPO_ROOT.parent / "shared" / "data" / "extraction_benchmark" / "pages.jsonl"
TIMEBANK_DOCS = REPO_ROOT.parent / "shared" / "data" / "timex" / "docs.jsonl"
BBC_QUOTES_GOLD = Path(__file__).parent / "gold" / "bbc_quotes.jsonl"
BBC_STORIES = Path(os.environ.get("NEWSEVENTS_BBC_STORIES", REPO_ROOT.parent / "reference" / "bbc"))
# Every page is loaded as a record carrying a title, so that the cleaner keeps all of its
# paragraphs: the set measures speakers, not the choice of a headline in a bare text.
_RECORD_TITLE = "Untitled page"


def page_bodies(path: Path = BENCHMARK_PAGES) -> dict[str, str]:
    """{page id: gold body} of the benchmark pages."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row["gold_body"] for row in rows}


def timebank_texts(path: Path = TIMEBANK_DOCS) -> dict[str, tuple[str, str]]:
    """{document id: (text, document date)} of the TempEval-3 documents, their Penn
    Treebank quotation marks (`` and '') written as the typographic ones a scraped story
    has, two characters each so that every offset stays."""
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {
        row["doc"]: (row["text"].replace("``", " “").replace("''", "” "), row["dct"])
        for row in rows
    }


@lru_cache(maxsize=2)
def bbc_bodies(root: Path = BBC_STORIES) -> dict[str, str]:
    """{"politics/007": body} of the BBC stories: each file's text after its title line.
    A few files of the dataset are Latin-1, the rest UTF-8. Read once per folder (both
    halves score from it)."""
    bodies = {}
    for path in sorted(root.glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        bodies[f"{path.parent.name}/{path.stem}"] = text.partition("\n")[2].lstrip("\n")
    return bodies


def _score(
    split: Split | None, gold_path: Path, key: str, texts: dict[str, tuple[str, str]]
) -> QuoteScore:
    gold = [
        {**item, "link": item[key]}
        for item in load_gold(gold_path)
        if split is None or release_split(item[key]) == split
    ]
    ids = sorted({item["link"] for item in gold})
    # dated, so that "the president" is the one in office that day
    return score_quotes(gold, [Release(i, _RECORD_TITLE, texts[i][1], texts[i][0]) for i in ids])


def evaluate_news_quotes(
    split: Split | None, gold_path: Path = NEWS_QUOTES_GOLD, pages_path: Path = BENCHMARK_PAGES
) -> QuoteScore:
    """Quote finding and speaker accuracy on one half of the news pages (None: both)."""
    # the benchmark's pages carry no date of their own
    texts = {i: (body, "") for i, body in page_bodies(pages_path).items()}
    return _score(split, gold_path, "page_id", texts)


def evaluate_timebank_quotes(
    split: Split | None, gold_path: Path = TIMEBANK_QUOTES_GOLD, docs_path: Path = TIMEBANK_DOCS
) -> QuoteScore:
    """Quote finding and speaker accuracy on one half of the wire stories (None: both)."""
    return _score(split, gold_path, "doc_id", timebank_texts(docs_path))


def evaluate_bbc_quotes(
    split: Split | None, gold_path: Path = BBC_QUOTES_GOLD, root: Path = BBC_STORIES
) -> QuoteScore:
    """Quote finding and speaker accuracy on one half of the BBC politics, business and
    technology stories (None: both). The dataset gives no story its date."""
    texts = {i: (body, "") for i, body in bbc_bodies(root).items()}
    return _score(split, gold_path, "doc_id", texts)
