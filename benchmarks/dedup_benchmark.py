"""Near-duplicate detection at scale, on 2 cores (a benchmark, not a test).

    .venv/bin/python benchmarks/dedup_benchmark.py [--n 100000] [--subset 20000]
        [--json-out benchmarks/results/dedup.json]

Generates N articles (seeded): about 90% distinct stories made of 3-8 paragraphs from
different Kremlin press releases (../shared/data/kremlin_press_releases/putin.csv, else the
sample corpus), about 10% near copies of earlier ones (dateline, dropped last paragraph, 3
words replaced, furniture line). Measures, for issue "Deduplication across the whole history":
1. `cluster_near_duplicates` over all N (cold, no history): wall time, peak RSS, recall and
   precision on the injected copies. Bars: <= 60 s on 2 cores, peak memory < 2 GB.
2. datasketch MinHashLSH (num_perm=128, same word 3-grams, MinHash.bulk) on the first
   `--subset` articles against ours on the same subset; the LSH threshold is the highest
   whose recall is at least ours; its candidates are verified by exact Jaccard as ours are.
3. Incremental cost: the N articles stored in a DuckDB file (raw.article_lsh,
   article_signatures, article_links, cleaned_articles), then 1,000 new articles (10% near copies of stored ones) through
   `_history_candidates` + `cluster_near_duplicates`, against the cold load of N.
"""

from __future__ import annotations

import os

# 2 cores: pin the process before polars (and rensa's thread pool) start.
os.sched_setaffinity(0, set(sorted(os.sched_getaffinity(0))[:2]))
os.environ.setdefault("POLARS_MAX_THREADS", "2")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from collections.abc import Sequence  # noqa: E402
from pathlib import Path  # noqa: E402

import duckdb  # noqa: E402
import polars as pl  # noqa: E402
from datasketch import MinHash, MinHashLSH  # noqa: E402

from pipelines.assets.dedupe import _history_candidates  # noqa: E402
from pipelines.raw_store import ensure_table  # noqa: E402
from pipelines.text import near_dupes as nd  # noqa: E402
from pipelines.text.articles import CLEANED_SCHEMA  # noqa: E402
from pipelines.text.dedupe import LINK_SCHEMA  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KREMLIN = ROOT.parent / "shared/data/kremlin_press_releases/putin.csv"
DATELINES = ["MOSCOW (Wire) - ", "MOSCOW, June 24 (Agency) - ", "KREMLIN (Staff) -- "]
FURNITURE = ["Share this article", "Read more: Politics", "Subscribe to our newsletter"]
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def source_texts() -> tuple[str, list[str]]:
    if KREMLIN.exists():
        csv.field_size_limit(sys.maxsize)
        with KREMLIN.open(encoding="utf-8", newline="") as f:
            return KREMLIN.name, [r["body"] for r in csv.DictReader(f) if r["body"].strip()]
    files = sorted((ROOT / "sample_corpus/scraped").glob("*.txt"))
    return "sample_corpus/scraped", [p.read_text(encoding="utf-8") for p in files]


def paragraphs_of(text: str) -> list[list[str]]:
    """Paragraphs of a release; the Kremlin bodies have no line breaks, so a one-paragraph
    body becomes its sentences, from which `make_articles` cuts 2-4 sentence windows."""
    paras = [p.strip() for p in re.split(r"\n+", text) if p.strip()]
    return [SENTENCE.split(p) for p in paras] if len(paras) > 1 else [SENTENCE.split(text)]


def mutate(body: str, rng: random.Random) -> str:
    """A near copy: some of dateline, dropped last paragraph, 3 words replaced, furniture."""
    kinds = [k for k in ("dateline", "drop", "words", "furniture") if rng.random() < 0.5]
    paras = body.split("\n\n")
    if "drop" in kinds and len(paras) > 3:
        paras = paras[:-1]
    if "words" in kinds or not kinds:
        words = "\n\n".join(paras).split(" ")
        for j in rng.sample(range(len(words)), min(3, len(words))):
            words[j] = rng.choice(["reportedly", "officials", "Tuesday", "agreed", "sources"])
        paras = " ".join(words).split("\n\n")
    text = "\n\n".join(paras)
    if "dateline" in kinds:
        text = rng.choice(DATELINES) + text
    return text + "\n\n" + rng.choice(FURNITURE) if "furniture" in kinds else text


def make_articles(
    releases: list[list[list[str]]],
    n: int,
    rng: random.Random,
    copy_rate: float,
    history: Sequence[str] = (),
    history_pool: Sequence[int] = (),
    prefix: str = "a",
) -> tuple[list[str], list[str], dict[int, int]]:
    """Ids, bodies and {copy index: index of the copied distinct article}. Copies copy an earlier
    distinct article of the batch, or, given a history, one of `history_pool` in it."""
    ids: list[str] = []
    bodies: list[str] = []
    truth: dict[int, int] = {}
    distinct: list[int] = []
    for i in range(n):
        ids.append(f"{prefix}{i:07d}")
        pool = history_pool if history else distinct
        if pool and rng.random() < copy_rate:
            truth[i] = rng.choice(pool)
            bodies.append(mutate((history or bodies)[truth[i]], rng))
            continue
        paras = []
        for r in rng.sample(range(len(releases)), rng.randint(3, 8)):
            sentences = rng.choice(releases[r])
            start = rng.randrange(max(1, len(sentences) - 1))
            paras.append(" ".join(sentences[start : start + rng.randint(2, 4)]))
        distinct.append(i)
        bodies.append("\n\n".join(paras))
    return ids, bodies, truth


def score(
    assigned: Sequence[object],
    dup: Sequence[bool],
    truth: dict[int, int],
    root_of: Sequence[object],
) -> tuple[float, float]:
    """(recall, precision) on the injected copies: a copy is found when it lands in its
    source's cluster; a reported duplicate is right when it is such a copy."""
    hits = sum(assigned[i] == root_of[j] for i, j in truth.items())
    reported = [i for i, d in enumerate(dup) if d]
    right = sum(i in truth and assigned[i] == root_of[truth[i]] for i in reported)
    return hits / max(1, len(truth)), right / max(1, len(reported))


def reachable(copies: list[str], sources: list[str]) -> float:
    """Fraction of copies whose exact word-3-gram Jaccard to their source is at least the
    threshold: the recall a perfect candidate search would reach at NEAR_DUPLICATE_JACCARD."""
    sh = nd.shingle(copies + sources)
    k = len(copies)
    hits = sum(nd.jaccard(sh.of(x), sh.of(x + k)) >= nd.NEAR_DUPLICATE_JACCARD for x in range(k))
    return hits / max(1, k)


def ours(ids: list[str], bodies: list[str]) -> tuple[float, nd.NearDuplicateResult]:
    t0 = time.perf_counter()
    result = nd.cluster_near_duplicates(ids, bodies, pl.DataFrame(schema=nd.LSH_SCHEMA), {})
    return time.perf_counter() - t0, result


def datasketch_run(bodies: list[str], truth: dict[int, int], target: float) -> dict[str, float]:
    """MinHashes once (timed), then LSH passes at falling thresholds until recall >= target.
    Each pass decides as ours does: the query's candidates are verified by exact Jaccard of
    the shingle sets (Python sets); a text joins the best one at >= NEAR_DUPLICATE_JACCARD."""
    t0 = time.perf_counter()
    sets = []
    for body in bodies:
        w = body.lower().split()
        sets.append({" ".join(w[k : k + 3]) for k in range(len(w) - 2)} or set(w))
    hashes = MinHash.bulk([[g.encode("utf-8") for g in grams] for grams in sets], num_perm=128)
    t_minhash = time.perf_counter() - t0
    best: dict[str, float] = {}
    for threshold in (0.6, 0.55, 0.5, 0.45, 0.4, 0.35, 0.3, 0.25, 0.2, 0.15, 0.1):
        t0 = time.perf_counter()
        lsh = MinHashLSH(threshold=threshold, num_perm=128)
        assigned = list(range(len(bodies)))
        for i, m in enumerate(hashes):
            sims = [(len(sets[i] & sets[j]) / len(sets[i] | sets[j]), j) for j in lsh.query(m)]
            sim, j = max(sims, default=(0.0, i))
            if sim >= nd.NEAR_DUPLICATE_JACCARD:
                assigned[i] = assigned[j]
            else:
                lsh.insert(i, m)
        t_lsh = time.perf_counter() - t0
        dup = [a != i for i, a in enumerate(assigned)]
        recall, precision = score(assigned, dup, truth, assigned)
        print(f"  datasketch threshold {threshold}: LSH pass {t_lsh:.2f} s, recall {recall:.4f}")
        best = {
            "threshold": threshold,
            "seconds": t_minhash + t_lsh,
            "minhash_seconds": t_minhash,
            "lsh_seconds": t_lsh,
            "recall": recall,
            "precision": precision,
        }
        if recall >= target:
            break
    return best


def store_history(
    path: Path, ids: list[str], bodies: list[str], result: nd.NearDuplicateResult
) -> float:
    """Write the cold run's LSH rows, links and bodies into a DuckDB file; returns seconds."""
    t0 = time.perf_counter()
    conn = duckdb.connect(str(path))
    for table, schema in (
        ("article_lsh", nd.LSH_SCHEMA),
        ("article_signatures", nd.SIGNATURE_SCHEMA),
        ("article_links", LINK_SCHEMA),
        ("cleaned_articles", CLEANED_SCHEMA),
    ):
        ensure_table(conn, table, schema)
    links = pl.DataFrame(
        {
            "source_key": ids,
            "article_id": result.article_id,
            "is_duplicate": result.is_duplicate,
            "body": bodies,
        }
    )
    frames = {
        "article_lsh": result.new_bands,
        "article_signatures": result.new_signatures,
        "article_links": links.drop("body"),
        "cleaned_articles": links.select("source_key", "body"),
    }
    for table, frame in frames.items():
        conn.register("incoming", frame.to_arrow())
        cols = ", ".join(f'"{c}"' for c in frame.columns)
        conn.execute(f"INSERT INTO raw.{table} ({cols}) SELECT {cols} FROM incoming")
        conn.unregister("incoming")
    conn.close()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--subset", type=int, default=20_000, help="articles for datasketch")
    parser.add_argument("--new", type=int, default=1_000, help="articles in the increment")
    parser.add_argument("--copy-rate", type=float, default=0.1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json-out", type=Path, default=ROOT / "benchmarks/results/dedup.json")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    corpus, texts = source_texts()
    releases = [paragraphs_of(t) for t in texts]
    ids, bodies, truth = make_articles(releases, args.n, rng, args.copy_rate)
    words = sum(len(b.split()) for b in bodies) / len(bodies)
    print(
        f"{args.n:,} articles ({len(truth):,} near copies, {words:.0f} words on average) from "
        f"{len(texts)} texts of {corpus}; cores {sorted(os.sched_getaffinity(0))}"
    )
    out: dict[str, object] = {
        "n": args.n,
        "corpus": corpus,
        "injected_copies": len(truth),
        "mean_words": round(words, 1),
        "rss_before_mb": rss_mb(),
    }

    seconds, full = ours(ids, bodies)
    cold = {"seconds": seconds, "peak_rss_mb": rss_mb(), "bar_seconds": 60, "bar_rss_mb": 2048}
    assigned, dup = full.article_id, full.is_duplicate
    cold["recall"], cold["precision"] = score(assigned, dup, truth, assigned)
    cold["recall_ceiling"] = reachable(
        [bodies[i] for i in truth], [bodies[j] for j in truth.values()]
    )
    wrong = [
        float(s or 0)
        for i, (d, s) in enumerate(zip(dup, full.similarity, strict=True))
        if d and not (i in truth and assigned[i] == assigned[truth[i]])
    ]
    cold["false_duplicates"], cold["false_duplicates_min_sim"] = len(wrong), min(wrong or [1.0])

    m = min(args.subset, args.n)
    sub_truth = {i: j for i, j in truth.items() if i < m}
    sub_seconds, sub = ours(ids[:m], bodies[:m])
    sub_recall, sub_precision = score(sub.article_id, sub.is_duplicate, sub_truth, sub.article_id)
    ds = datasketch_run(bodies[:m], sub_truth, sub_recall)
    subset = {
        "n": m,
        "ours_seconds": sub_seconds,
        "ours_recall": sub_recall,
        "ours_precision": sub_precision,
        "datasketch": ds,
        "ratio": ds["seconds"] / sub_seconds,
    }

    stored = [i for i in range(args.n) if i not in truth]
    new_ids, new_bodies, new_truth = make_articles(
        releases, args.new, rng, args.copy_rate, bodies, stored, prefix="n"
    )
    with tempfile.TemporaryDirectory(dir="/tmp") as tmp:
        db = Path(tmp) / "dedup_history.duckdb"
        store_seconds = store_history(db, ids, bodies, full)
        conn = duckdb.connect(str(db))
        t0 = time.perf_counter()
        new_sigs = nd.batch_signatures(new_bodies)
        history_bands, history_bodies, history_sigs = _history_candidates(conn, new_sigs)
        t_query = time.perf_counter() - t0
        inc = nd.cluster_near_duplicates(
            new_ids,
            new_bodies,
            history_bands,
            history_bodies,
            history_signatures=history_sigs,
            batch_signatures=new_sigs,
        )
        inc_seconds = time.perf_counter() - t0
        conn.close()
        db_mb = db.stat().st_size / 2**20
    hits = sum(inc.article_id[i] == full.article_id[j] for i, j in new_truth.items())
    increment = {
        "n_new": args.new,
        "injected_copies": len(new_truth),
        "seconds": inc_seconds,
        "duckdb_candidates_seconds": t_query,
        "candidate_articles": len(history_bodies),
        "recall": hits / max(1, len(new_truth)),
        "precision": hits / max(1, sum(inc.is_duplicate)),
        "recall_ceiling": reachable(
            [new_bodies[i] for i in new_truth], [bodies[j] for j in new_truth.values()]
        ),
        "store_seconds": store_seconds,
        "duckdb_mb": db_mb,
        "cold_seconds": seconds,
        "ms_per_article_cold": seconds / args.n * 1000,
        "ms_per_article_increment": inc_seconds / args.new * 1000,
    }
    out |= {"cold": cold, "subset": subset, "increment": increment}

    j = nd.NEAR_DUPLICATE_JACCARD
    rows = [
        ("articles", f"{args.n:,}, {len(truth):,} injected near copies, {words:.0f} words avg"),
        (f"cold run over {args.n:,}: wall time, 2 cores", f"{seconds:.1f} s (bar: <= 60 s)"),
        (
            "cold run: peak RSS (ru_maxrss)",
            f"{cold['peak_rss_mb']:,.0f} MB (bar: < 2,048 MB; {out['rss_before_mb']:,.0f} MB before)",
        ),
        ("cold run: recall / precision", f"{cold['recall']:.4f} / {cold['precision']:.4f}"),
        (f"copies with exact Jaccard >= {j} (recall ceiling)", f"{cold['recall_ceiling']:.4f}"),
        (
            "reported duplicates that are not injected copies",
            f"{len(wrong)}, all verified Jaccard >= {min(wrong or [1.0])}",
        ),
        (
            f"subset of first {m:,}: ours",
            f"{sub_seconds:.2f} s, recall {sub_recall:.4f}, precision {sub_precision:.4f}",
        ),
        (
            f"subset of first {m:,}: datasketch, LSH threshold {ds['threshold']}",
            f"{ds['seconds']:.2f} s ({ds['minhash_seconds']:.2f} s MinHash.bulk), recall "
            f"{ds['recall']:.4f}, precision {ds['precision']:.4f}",
        ),
        (f"subset of first {m:,}: time datasketch / ours", f"{subset['ratio']:.1f}x"),
        (
            f"increment: {args.new:,} new onto {args.n:,} stored ({db_mb:.0f} MB DuckDB)",
            f"{inc_seconds:.2f} s ({t_query:.2f} s DuckDB candidates, {len(history_bodies):,} "
            f"candidate articles)",
        ),
        (
            "increment: recall / precision / ceiling",
            f"{increment['recall']:.4f} / "
            f"{increment['precision']:.4f} / {increment['recall_ceiling']:.4f}",
        ),
        (
            "ms per article: cold / increment",
            f"{increment['ms_per_article_cold']:.3f} / {increment['ms_per_article_increment']:.3f}",
        ),
    ]
    print("\n| measure | result |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json_out}")


if __name__ == "__main__":
    main()
