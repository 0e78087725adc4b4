"""Near-duplicate detection: word shingles, MinHash, LSH banding, verified Jaccard.

- Shingles are word 3-grams of the lowercased body: words hashed by polars (seeded,
  deterministic within a polars version; `INDEX_VERSION` records it), combined in numpy.
- MinHash signatures come from rensa (Rust) over the flat shingle-hash buffer of a batch.
- LSH: the signature is cut into `BANDS` bands of `ROWS` values; two articles whose band
  keys agree anywhere are candidates. Band keys of canonical articles are stored, so a copy
  arriving months later is found without reading the history's text.
- Verification: the exact Jaccard similarity of the two shingle sets decides; only the
  candidates' texts are read.

Thresholds and why: see `NEAR_DUPLICATE_JACCARD` (measured on the labeled set built by
`pipelines.evaluation.dedup`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl
from rensa import RMinHash

SHINGLE_WORDS = 3
NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS  # 4 rows a band: candidates from about Jaccard 0.4 up
SEED = 20261122
# Stored with every band key and signature: when the hashing changes (a new polars version
# may hash strings differently), the index of the history is rebuilt once from its text.
INDEX_VERSION = f"w{SHINGLE_WORDS}-p{NUM_PERM}-b{BANDS}-polars{pl.__version__.rsplit('.', 1)[0]}"
# Verified word-3-gram Jaccard at or above which two bodies are one story. Chosen on the
# labeled set of `pipelines.evaluation.dedup` (816 Kremlin releases with furniture,
# datelines, dropped paragraphs, trimmed tails and edited words added, and follow-ups that
# quote a paragraph), over three seeds: 0.55 keeps pairwise precision at 0.98-0.99 and
# recall at 0.96-0.97; 0.5 lets templated releases (two laws signed the same day) merge,
# 0.6 starts to miss trimmed copies.
NEAR_DUPLICATE_JACCARD = 0.55

_P1 = np.uint64(0x9E3779B185EBCA87)
_P2 = np.uint64(0xC2B2AE3D27D4EB4F)


@dataclass(frozen=True)
class Shingles:
    """Shingle hashes of a batch of bodies: one flat buffer and row offsets."""

    hashes: np.ndarray  # uint64
    offsets: np.ndarray  # uint64, len = n_docs + 1

    def of(self, i: int) -> np.ndarray:
        """The sorted unique shingle hashes of document i."""
        return np.unique(self.hashes[int(self.offsets[i]) : int(self.offsets[i + 1])])


def shingle(bodies: Sequence[str]) -> Shingles:
    """Word 3-gram hashes of every body (vectorized: polars tokenizes and hashes, numpy combines).

    Tokens are the lowercased whitespace-separated words (punctuation stays attached: the
    same in every copy of a text, and 3x faster than a Unicode word regex).
    """
    words = (
        pl.Series(list(bodies), dtype=pl.String)
        .str.to_lowercase()
        .str.replace_all("\n", " ", literal=True)
        .str.split(" ")
        .list.eval(pl.element().filter(pl.element() != ""))
    )
    lengths = words.list.len().fill_null(0).to_numpy().astype(np.int64)
    # polars' hash is deterministic for a polars version (seeded); INDEX_VERSION records it.
    hashed = words.explode().drop_nulls().hash(seed=SEED).to_numpy()
    # n-gram hash at every position: h[i]*P1^2 + h[i+1]*P1 + h[i+2] (mod 2^64, numpy wraps).
    k = SHINGLE_WORDS
    starts = np.concatenate([[0], np.cumsum(lengths)])[:-1]
    if hashed.size >= k:
        grams = (
            hashed[: hashed.size - k + 1] * _P1 * _P1
            + hashed[1 : hashed.size - k + 2] * _P1
            + hashed[k - 1 :]
        )
        grams = grams ^ _P2
    else:
        grams = np.zeros(0, dtype=np.uint64)
    # Keep the n-grams that start and end inside one document; short bodies keep their words.
    n_docs = lengths.size
    doc_of = np.repeat(np.arange(n_docs), lengths)
    ends = starts + lengths
    n_grams = grams.size
    inside = np.arange(n_grams) + k <= ends[doc_of[:n_grams]]
    short = lengths[doc_of] < k
    all_docs = np.concatenate([doc_of[:n_grams][inside], doc_of[short]])
    all_hashes = np.concatenate([grams[inside], hashed[short]])
    order = np.argsort(all_docs, kind="stable")
    counts = np.bincount(all_docs, minlength=n_docs)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.uint64)
    return Shingles(hashes=all_hashes[order].astype(np.uint64), offsets=offsets)


def signatures(shingles: Shingles) -> np.ndarray:
    """MinHash signatures (n_docs x NUM_PERM, uint32) computed by rensa in one call."""
    n_docs = len(shingles.offsets) - 1
    if n_docs == 0:
        return np.zeros((0, NUM_PERM), dtype=np.uint32)
    matrix = RMinHash.digest_matrix_from_flat_token_hashes(
        shingles.hashes, shingles.offsets, NUM_PERM, SEED
    )
    return np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(n_docs, NUM_PERM)


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """One int64 key per band (n_docs x BANDS): the band's ROWS values folded together."""
    bands = sigs.reshape(sigs.shape[0], BANDS, ROWS).astype(np.uint64)
    key = np.zeros(bands.shape[:2], dtype=np.uint64)
    for r in range(ROWS):
        key = key * _P1 + bands[:, :, r]
    return (key ^ (np.arange(BANDS, dtype=np.uint64) * _P2)).view(np.int64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if a.size == 0 and b.size == 0:
        return 1.0
    inter = np.intersect1d(a, b, assume_unique=True).size
    return inter / (a.size + b.size - inter)


LSH_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "band": pl.Int32(),
    "key": pl.Int64(),
    "index_version": pl.String(),
}


@dataclass
class NearDuplicateResult:
    """For each batch document: the article it belongs to and how similar it is."""

    article_id: list[str]
    is_duplicate: list[bool]
    similarity: list[float | None]
    new_bands: pl.DataFrame  # LSH_SCHEMA rows of the batch's new canonical articles


def cluster_near_duplicates(
    article_ids: Sequence[str],
    bodies: Sequence[str],
    history_bands: pl.DataFrame,
    history_bodies: dict[str, str],
    threshold: float = NEAR_DUPLICATE_JACCARD,
) -> NearDuplicateResult:
    """Attach each document to the most similar earlier canonical article, or make it one.

    Documents are taken in the given order (the canonical rule's: most complete first);
    history articles come first of all. Leader clustering, not transitive closure: a text
    joins an article only when it is similar to that article's canonical body itself, so
    chains of small edits cannot merge different stories.

    history_bands: LSH rows of earlier canonical articles whose keys match the batch's
    (the caller's query). history_bodies: the canonical bodies of those articles.
    """
    shingles = shingle(bodies)
    keys = band_keys(signatures(shingles))
    history_ids = list(history_bodies)
    history_shingles = shingle([history_bodies[a] for a in history_ids])
    history_sets = {a: history_shingles.of(i) for i, a in enumerate(history_ids)}

    # (band, key) -> canonical articles in that bucket: ("h", article_id) or ("b", batch index)
    index: dict[tuple[int, int], list[tuple[str, str | int]]] = {}
    for article_id, band, key in history_bands.select("article_id", "band", "key").iter_rows():
        if article_id in history_sets:
            index.setdefault((band, key), []).append(("h", article_id))

    assigned: list[str] = list(article_ids)
    is_duplicate = [False] * len(article_ids)
    similarity: list[float | None] = [None] * len(article_ids)
    batch_sets: dict[int, np.ndarray] = {}
    leaders: list[int] = []
    # A sequential pass by design: whether a text starts a new article depends on the ones before it.
    for i in range(len(article_ids)):
        own = shingles.of(i)
        candidates = {
            ref for band in range(BANDS) for ref in index.get((band, int(keys[i, band])), ())
        }
        best_sim, best_ref = 0.0, None
        for ref in candidates:
            other = history_sets[ref[1]] if ref[0] == "h" else batch_sets[ref[1]]  # type: ignore[index]
            sim = jaccard(own, other)
            if sim > best_sim:
                best_sim, best_ref = sim, ref
        if best_ref is not None and best_sim >= threshold:
            assigned[i] = best_ref[1] if best_ref[0] == "h" else assigned[best_ref[1]]  # type: ignore[index,assignment]
            is_duplicate[i] = True
            similarity[i] = round(best_sim, 4)
            continue
        batch_sets[i] = own
        leaders.append(i)
        for band in range(BANDS):
            index.setdefault((band, int(keys[i, band])), []).append(("b", i))
    new_bands = pl.DataFrame(
        {
            "article_id": np.repeat(
                np.array([assigned[i] for i in leaders], dtype=object), BANDS
            ).tolist(),
            "band": np.tile(np.arange(BANDS, dtype=np.int32), len(leaders)),
            "key": keys[leaders].reshape(-1) if leaders else np.zeros(0, dtype=np.int64),
            "index_version": INDEX_VERSION,
        },
        schema=LSH_SCHEMA,
    )
    return NearDuplicateResult(assigned, is_duplicate, similarity, new_bands)


def batch_band_keys(bodies: Sequence[str]) -> pl.DataFrame:
    """(doc, band, key) rows of a batch: what the caller looks up in the stored history."""
    keys = band_keys(signatures(shingle(bodies)))
    n = keys.shape[0]
    return pl.DataFrame(
        {
            "doc": np.repeat(np.arange(n), BANDS),
            "band": np.tile(np.arange(BANDS, dtype=np.int32), n),
            "key": keys.reshape(-1),
        },
        schema={"doc": pl.Int64, "band": pl.Int32, "key": pl.Int64},
    )
