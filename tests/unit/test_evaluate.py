"""`newsevents evaluate`: scoring on gold files, synthetic and (when present) the shared ones."""

import json
import shutil

import polars as pl

from pipelines.cli import main
from pipelines.evaluation.cleaning import evaluate_pages, evaluate_paths, token_f1
from pipelines.settings import SAMPLE_CORPUS_DIR

SAMPLE = SAMPLE_CORPUS_DIR / "scraped" / "oriel_thailand_cambodia_ceasefire.txt"


def test_token_f1():
    assert token_f1("a b c", "a b c") == (1.0, 1.0, 1.0)
    f1, precision, recall = token_f1("a b c d", "a b")
    assert (precision, recall) == (0.5, 1.0) and round(f1, 4) == 0.6667
    assert token_f1("", "a") == (0.0, 0.0, 0.0)


def _seed_gold(tmp_path, body: str, title: str, published: str | None):
    (tmp_path / "seeds").mkdir()
    shutil.copy(SAMPLE, tmp_path / "seeds" / SAMPLE.name)
    gold = {
        "articles": [
            {
                "file": SAMPLE.name,
                "title": title,
                "published_date": published,
                "body": body,
                "boilerplate_must_be_gone": ["Share this article", "All rights reserved"],
            }
        ]
    }
    path = tmp_path / "seeds.gold.json"
    path.write_text(json.dumps(gold))
    return path


def test_evaluate_scores_a_seeds_style_gold(tmp_path, capsys):
    lines = SAMPLE.read_text().splitlines()
    first = next(
        i
        for i, line in enumerate(lines)
        if line.startswith("Thailand and Cambodia agreed on Friday")
    )
    last = next(
        i for i, line in enumerate(lines) if line.startswith("China and the United States welcomed")
    )
    body_lines = lines[first : last + 1]  # the article's paragraphs, as written in the file
    gold = _seed_gold(
        tmp_path,
        "\n\n".join(body_lines),
        "Thailand and Cambodia Extend Border Ceasefire After Talks in Kuala Lumpur",
        "2026-06-06",
    )
    scores, skipped = evaluate_paths([gold, tmp_path / "absent.jsonl"])
    summary = scores[0].summary()
    assert summary["n"] == 1 and summary["body_f1"] == 1.0
    assert summary["title_accuracy"] == 1.0 and summary["date_accuracy"] == 1.0
    assert summary["boilerplate_left"] == 0
    assert skipped == [f"{tmp_path / 'absent.jsonl'} (absent)"]
    assert main(["evaluate", str(gold), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed[0]["body_f1"] == 1.0


def test_evaluate_reports_a_wrong_title_and_date(tmp_path):
    gold = _seed_gold(tmp_path, "Some other body entirely.", "Another title", None)
    summary = evaluate_paths([gold])[0][0].summary()
    assert summary["title_accuracy"] == 0.0 and summary["date_accuracy"] == 0.0
    assert summary["body_f1"] < 0.2


def test_extraction_benchmark_bars(shared_data):
    """Issue 3's quality bars on the 91 benchmark pages (measured, not timed)."""
    text, html, peer = evaluate_pages(shared_data / "extraction_benchmark" / "pages.jsonl")
    assert text.summary()["body_f1"] >= 0.93
    assert html.summary()["body_f1"] >= peer.summary()["body_f1"]


def test_dedup_bars_on_the_labeled_kremlin_set(shared_data):
    """Issue 4's quality bars: pairwise precision >= 0.98 and recall >= 0.95 at the threshold in use."""
    from pipelines.evaluation.dedup import build_labeled_set, pairwise_scores, predict_clusters
    from pipelines.text.near_dupes import NEAR_DUPLICATE_JACCARD

    labeled = build_labeled_set(shared_data / "kremlin_press_releases" / "putin.csv")
    assert labeled.filter(pl.col("kind") != "original").height > 500
    score = pairwise_scores(labeled, predict_clusters(labeled), NEAR_DUPLICATE_JACCARD)
    assert score.precision >= 0.98
    assert score.recall >= 0.95


def test_actor_and_quote_bars_on_the_seeds(shared_data):
    """Issue 5's bars on the seeds: actor F1 >= 0.90, no forbidden actor, speakers >= 0.90."""
    from pipelines.evaluation.actors import evaluate_actors

    score = evaluate_actors(shared_data / "seeds.gold.json")
    assert score.required > 30 and score.quotes >= 10
    assert score.forbidden_found == []
    assert score.f1 >= 0.90
    assert score.speaker_accuracy >= 0.90
    # and where they stand since issue 17: every seed speaker right
    assert score.quotes_right == score.quotes, score.wrong_speakers


def test_actor_and_quote_scores_on_the_sample_corpus():
    """The sample corpus's people are invented: these scores measure discovery from context."""
    from pipelines.evaluation.actors import evaluate_sample_corpus
    from pipelines.settings import REPO_ROOT

    score = evaluate_sample_corpus(
        REPO_ROOT / "tests" / "fixtures" / "sample_corpus_expected.json", SAMPLE_CORPUS_DIR
    )
    assert score.required > 300 and score.quotes > 90
    assert score.recall >= 0.90
    # every quote of the corpus we wrote has its speaker (a floor below that let three
    # "A spokesperson, Ann Vale, said" quotes slip to nobody unnoticed)
    assert score.quotes_right == score.quotes, score.wrong_speakers
