"""The cleaner on the 5 real scraped seeds of ../shared/data (skipped where it is absent)."""

import json
import re
from collections import Counter
from datetime import date

from pipelines.text.articles import clean_source
from pipelines.text.read import read_input_file


def token_f1(got: str, gold: str) -> float:
    a, b = Counter(re.findall(r"\w+", got.lower())), Counter(re.findall(r"\w+", gold.lower()))
    overlap = sum((a & b).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(a.values()), overlap / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def test_seed_bodies_titles_and_dates(shared_data):
    gold = json.loads((shared_data / "seeds.gold.json").read_text())["articles"]
    for article in gold:
        path = shared_data / "seeds" / article["file"]
        source = read_input_file(article["file"], path.read_bytes()).sources[0]
        cleaned = clean_source(source)
        assert token_f1(cleaned["body"], article["body"]) >= 0.97, article["file"]
        assert cleaned["title"] == article["title"], article["file"]
        expected = (
            date.fromisoformat(article["published_date"]) if article["published_date"] else None
        )
        assert cleaned["published_date"] == expected, article["file"]
        for furniture in article["boilerplate_must_be_gone"]:
            assert furniture not in cleaned["body"], (article["file"], furniture)
