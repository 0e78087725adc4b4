"""Near-duplicate detection: word shingles, MinHash, LSH banding, verified Jaccard.

- Shingles are word 3-grams of the lowercased body: words hashed by polars (seeded,
  deterministic within a polars version; `INDEX_VERSION` records it), combined in numpy.
- MinHash signatures come from rensa (Rust) over the flat shingle-hash buffer of a batch.
- LSH: the signature is cut into `BANDS` bands of `ROWS` values; two articles whose band
  keys agree anywhere are candidates. Band keys and signatures of canonical articles are
  stored (raw.article_lsh, raw.article_signatures), so a copy arriving months later is
  found without reading the history's text.
- Verification: candidates are ranked by their signature estimate; those near the
  threshold or above are checked by the exact Jaccard similarity of the two shingle sets,
  and only their texts are read.
- Memory stays bounded on large loads: bodies are shingled `CHUNK` at a time.

Thresholds and why: see `NEAR_DUPLICATE_JACCARD` (measured on the labeled set built by
`pipelines.evaluation.dedup`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
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
        """The sorted unique shingle hashes of document i (a view, no copy)."""
        return self.hashes[int(self.offsets[i]) : int(self.offsets[i + 1])]


def shingle(bodies: Sequence[str] | pl.Series) -> Shingles:
    """Word 3-gram hashes of every body (vectorized: polars tokenizes and hashes, numpy combines).

    Tokens are the lowercased whitespace-separated words (punctuation stays attached: the
    same in every copy of a text, and 3x faster than a Unicode word regex).
    """
    words = (
        (bodies if isinstance(bodies, pl.Series) else pl.Series(list(bodies), dtype=pl.String))
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
    # Sort by (document, hash) once and drop repeats: each document's slice is then its set.
    order = np.lexsort((all_hashes, all_docs))
    all_docs, all_hashes = all_docs[order], all_hashes[order]
    keep = np.ones(all_hashes.size, dtype=bool)
    keep[1:] = (all_hashes[1:] != all_hashes[:-1]) | (all_docs[1:] != all_docs[:-1])
    all_docs, all_hashes = all_docs[keep], all_hashes[keep]
    counts = np.bincount(all_docs, minlength=n_docs)
    offsets = np.concatenate([[0], np.cumsum(counts)]).astype(np.uint64)
    return Shingles(hashes=all_hashes, offsets=offsets)


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


SIGNATURE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "signature": pl.Binary(),
    "index_version": pl.String(),
}


@dataclass
class NearDuplicateResult:
    """For each batch document: the article it belongs to and how similar it is."""

    article_id: list[str]
    is_duplicate: list[bool]
    similarity: list[float | None]
    new_bands: pl.DataFrame  # LSH_SCHEMA rows of the batch's new canonical articles
    new_signatures: pl.DataFrame  # SIGNATURE_SCHEMA rows of the same articles


CHUNK = 10_000  # documents shingled at a time: bounds memory on large loads
# 128-permutation signatures estimate Jaccard within about +-0.05 (one standard deviation
# near 0.5): candidates estimated this far below the threshold are not checked exactly.
ESTIMATE_MARGIN = 0.2


def _chunks(
    bodies: Sequence[str] | pl.Series,
    known: np.ndarray | None = None,
    known_shingles: Sequence[Shingles] | None = None,
) -> Iterator[tuple[int, Shingles, np.ndarray]]:
    """(first index, shingles, signatures) of successive chunks of the bodies; signatures
    and shingles already `known` (one Shingles per chunk) are reused, not recomputed."""
    for start in range(0, len(bodies), CHUNK):
        shingles = (
            known_shingles[start // CHUNK]
            if known_shingles is not None
            else shingle(bodies[start : start + CHUNK])
        )
        yield (
            start,
            shingles,
            known[start : start + CHUNK] if known is not None else signatures(shingles),
        )


def batch_signatures(bodies: Sequence[str] | pl.Series) -> np.ndarray:
    """Signatures of all the bodies (n x NUM_PERM), shingled CHUNK at a time."""
    return shingle_and_sign(bodies)[1]


def shingle_and_sign(bodies: Sequence[str] | pl.Series) -> tuple[list[Shingles], np.ndarray]:
    """The shingles (one Shingles per CHUNK bodies) and signatures of all the bodies: the
    caller that clusters them next passes both on, so no body is shingled twice."""
    if len(bodies) == 0:
        return [], np.zeros((0, NUM_PERM), dtype=np.uint32)
    chunks = list(_chunks(bodies))
    return [shingles for _, shingles, _ in chunks], np.concatenate([s for _, _, s in chunks])


def cluster_near_duplicates(
    article_ids: Sequence[str],
    bodies: Sequence[str] | pl.Series,
    history_bands: pl.DataFrame,
    history_bodies: dict[str, str],
    threshold: float = NEAR_DUPLICATE_JACCARD,
    history_signatures: dict[str, np.ndarray] | None = None,
    batch_signatures: np.ndarray | None = None,
    batch_shingles: Sequence[Shingles] | None = None,
) -> NearDuplicateResult:
    """Attach each document to the most similar earlier canonical article, or make it one.

    Documents are taken in the given order (the canonical rule's: most complete first);
    history articles come first of all. Leader clustering, not transitive closure: a text
    joins an article only when it is similar to that article's canonical body itself, so
    chains of small edits cannot merge different stories. Candidates come from shared LSH
    band keys, are ranked by their signature estimate and verified by exact Jaccard.

    history_bands: LSH rows of earlier canonical articles whose keys match the batch's
    (the caller's query). history_bodies: the canonical bodies of the candidates worth
    checking; history_signatures: their stored signatures (computed here when absent).
    batch_signatures, batch_shingles: the bodies' signatures and shingles (as from
    `shingle_and_sign`) when the caller has them already.
    """
    history_ids = [a for a in history_bodies]
    history_sets: dict[str, np.ndarray] = {}
    history_sigs: dict[str, np.ndarray] = dict(history_signatures or {})
    for start, shingles, sigs in _chunks([history_bodies[a] for a in history_ids]):
        for j in range(sigs.shape[0]):
            article_id = history_ids[start + j]
            history_sets[article_id] = shingles.of(j).copy()
            history_sigs.setdefault(article_id, sigs[j])

    # Bucket key (band keys are unique across bands) -> canonical articles in the bucket, as
    # ints: a batch index i >= 0, or -1 - h for history article h. Ints, not tuples: this
    # dict holds BANDS entries per canonical article and dominates memory on large loads.
    index: dict[int, int | list[int]] = {}
    history_position = {a: h for h, a in enumerate(history_ids)}

    def add(key: int, ref: int) -> None:
        present = index.get(key)
        if present is None:
            index[key] = ref
        elif isinstance(present, list):
            present.append(ref)
        else:
            index[key] = [present, ref]

    for article_id, _band, key in history_bands.select("article_id", "band", "key").iter_rows():
        if article_id in history_sets:
            add(key, -1 - history_position[article_id])

    n = len(article_ids)
    assigned: list[str] = list(article_ids)
    is_duplicate = [False] * n
    similarity: list[float | None] = [None] * n
    leader_sets: dict[int, np.ndarray] = {}
    leader_sigs: dict[int, np.ndarray] = {}
    leaders: list[int] = []
    all_keys = np.zeros((n, BANDS), dtype=np.int64)
    all_sigs = np.zeros((n, NUM_PERM), dtype=np.uint32)
    floor = threshold - ESTIMATE_MARGIN
    for start, shingles, sigs in _chunks(bodies, batch_signatures, batch_shingles):
        keys = band_keys(sigs)
        all_keys[start : start + sigs.shape[0]] = keys
        all_sigs[start : start + sigs.shape[0]] = sigs
        key_rows = keys.tolist()
        # A sequential pass by design: whether a text starts a new article depends on the ones before it.
        for j, row_keys in enumerate(key_rows):
            i = start + j
            found: set[int] = set()
            for key in row_keys:
                present = index.get(key)
                if isinstance(present, list):
                    found.update(present)
                elif present is not None:
                    found.add(present)
            refs = list(found)
            best_sim, best_ref = 0.0, None
            if refs:
                cand_sigs = np.stack(
                    [history_sigs[history_ids[-1 - r]] if r < 0 else leader_sigs[r] for r in refs]
                )
                estimates = (cand_sigs == sigs[j]).mean(axis=1)
                own = shingles.of(j)
                for k in np.argsort(-estimates):
                    if estimates[k] < floor:
                        break
                    ref = refs[k]
                    other = history_sets[history_ids[-1 - ref]] if ref < 0 else leader_sets[ref]
                    sim = jaccard(own, other)
                    if sim > best_sim:
                        best_sim, best_ref = sim, ref
            if best_ref is not None and best_sim >= threshold:
                assigned[i] = history_ids[-1 - best_ref] if best_ref < 0 else assigned[best_ref]
                is_duplicate[i] = True
                similarity[i] = round(best_sim, 4)
                continue
            leader_sets[i] = shingles.of(j).copy()
            leader_sigs[i] = sigs[j]
            leaders.append(i)
            for key in row_keys:
                add(key, i)
    new_bands = pl.DataFrame(
        {
            "article_id": np.repeat(
                np.array([assigned[i] for i in leaders], dtype=object), BANDS
            ).tolist(),
            "band": np.tile(np.arange(BANDS, dtype=np.int32), len(leaders)),
            "key": all_keys[leaders].reshape(-1) if leaders else np.zeros(0, dtype=np.int64),
            "index_version": INDEX_VERSION,
        },
        schema=LSH_SCHEMA,
    )
    new_signatures = pl.DataFrame(
        {
            "article_id": [assigned[i] for i in leaders],
            "signature": [all_sigs[i].tobytes() for i in leaders],
            "index_version": INDEX_VERSION,
        },
        schema=SIGNATURE_SCHEMA,
    )
    return NearDuplicateResult(assigned, is_duplicate, similarity, new_bands, new_signatures)


def estimate_history_candidates(
    sigs: np.ndarray,
    history_bands: pl.DataFrame,
    history_signatures: dict[str, np.ndarray],
    threshold: float = NEAR_DUPLICATE_JACCARD,
) -> set[str]:
    """The stored articles worth reading: sharing a band key with a batch text (signatures
    `sigs`) and with a signature estimate near the threshold or above. Reading text for
    these alone keeps a load's cost with the load, not with the history."""
    if history_bands.is_empty():
        return set()
    pairs = (
        batch_band_keys(sigs)
        .join(history_bands.select("article_id", "band", "key"), on=["band", "key"])
        .select("doc", "article_id")
        .unique()
    )
    if pairs.is_empty():
        return set()
    ids = pairs["article_id"].to_list()
    known = [a in history_signatures for a in ids]
    stored = [
        history_signatures[a] if k else np.zeros(NUM_PERM, np.uint32)
        for a, k in zip(ids, known, strict=True)
    ]
    estimates = (sigs[pairs["doc"].to_numpy()] == np.stack(stored)).mean(axis=1)
    return {
        a
        for a, k, e in zip(ids, known, estimates, strict=True)
        if not k or e >= threshold - ESTIMATE_MARGIN
    }


def batch_band_keys(sigs: np.ndarray) -> pl.DataFrame:
    """(doc, band, key) rows of a batch's signatures: what is looked up in the stored history."""
    keys = band_keys(sigs)
    n = keys.shape[0]
    return pl.DataFrame(
        {
            "doc": np.repeat(np.arange(n), BANDS),
            "band": np.tile(np.arange(BANDS, dtype=np.int32), n),
            "key": keys.reshape(-1),
        },
        schema={"doc": pl.Int64, "band": pl.Int32, "key": pl.Int64},
    )


def signature_from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.uint32)
