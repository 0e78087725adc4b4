"""Near-duplicate detection: copies join their story, distinct stories stay apart, history counts."""

import duckdb
import polars as pl

from pipelines.assets.dedupe import _history_candidates
from pipelines.raw_store import append_frames
from pipelines.text.dedupe import (
    DEDUPE_INPUT_SCHEMA,
    LINK_SCHEMA,
    dedupe_articles,
    link_near_duplicates,
)
from pipelines.text.near_dupes import (
    LSH_SCHEMA,
    NEAR_DUPLICATE_JACCARD,
    SIGNATURE_SCHEMA,
    batch_signatures,
    cluster_near_duplicates,
    jaccard,
    shingle,
)

STORY = [
    "The foreign ministers of Chile and Peru met in Lima on Tuesday to discuss a new commission on the maritime border.",
    "Both sides agreed that the commission would review fishing rights and report to the two governments by June next year.",
    "Officials said the next round of talks would take place in Santiago, with observers from the regional bloc invited.",
    "Fishing associations in both countries welcomed the talks but warned that catches had fallen for a third straight year.",
    "The ministers also signed a memorandum on cooperation against smuggling along the land border in the northern desert.",
]
OTHER = [
    "A spokesman for the ministry gave a second briefing on Friday about the customs dispute with the neighbouring country.",
    "He said inspectors had found irregularities at three crossings and that trucks would be checked more carefully from May.",
    "Traders complained that queues at the border had grown to several kilometres since the new rules were announced in March.",
    "The spokesman said the government remained open to talks and would send a delegation to the capital before the summer.",
]

# A different story a week later that quotes one paragraph of STORY.
FOLLOW_UP = [
    "A week after the meeting in Lima, fishing crews in the south of Peru said nothing had changed on the water yet.",
    STORY[1],
    "Captains interviewed at the port said patrol boats from both navies were still stopping vessels near the line.",
    "The regional bloc confirmed it would send two observers to Santiago and asked for the agenda in advance.",
    "Analysts said the commission could take years to finish its work, given the number of overlapping claims.",
]


def text(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def test_shingle_similarity_of_copies_and_of_other_stories():
    original = text(STORY)
    variants = [
        "LIMA (Andes Wire) - " + original,  # dateline prefix
        text(STORY[:-1]),  # last paragraph dropped
        original.replace("Tuesday", "Wednesday").replace("June", "July"),  # edited words
    ]
    shingles = shingle([original, *variants, text(OTHER), text(FOLLOW_UP)])
    base = shingles.of(0)
    for i in (1, 2, 3):
        assert jaccard(base, shingles.of(i)) >= NEAR_DUPLICATE_JACCARD, i
    assert jaccard(base, shingles.of(4)) < 0.05
    assert jaccard(base, shingles.of(5)) < 0.3  # a follow-up quoting one paragraph


def test_leader_clustering_keeps_distinct_stories_apart():
    bodies = [
        text(STORY),
        text(OTHER),
        "LIMA (Andes Wire) - " + text(STORY),
        text(STORY[:-1]),
        text(FOLLOW_UP),
    ]
    result = cluster_near_duplicates(
        ["s", "o", "c1", "c2", "f"], bodies, pl.DataFrame(schema=LSH_SCHEMA), {}
    )
    assert result.article_id == ["s", "o", "s", "s", "f"]
    assert result.is_duplicate == [False, False, True, True, False]
    assert all(0.55 <= sim < 1 for sim in result.similarity[2:4])
    assert sorted(set(result.new_bands["article_id"])) == ["f", "o", "s"]


def test_a_copy_in_a_later_load_joins_the_article_through_stored_band_keys(tmp_path):
    conn = duckdb.connect(str(tmp_path / "w.duckdb"))
    first = cluster_near_duplicates(
        ["art_story"], [text(STORY)], pl.DataFrame(schema=LSH_SCHEMA), {}
    )
    links = pl.DataFrame(
        {
            "source_key": ["k1"],
            "article_id": ["art_story"],
            "is_duplicate": [False],
            "duplicate_kind": [None],
            "similarity": [None],
        },
        schema=LINK_SCHEMA,
    )
    cleaned = pl.DataFrame({"source_key": ["k1"], "body": [text(STORY)]})
    append_frames(
        conn,
        "r1",
        [
            ("article_lsh", first.new_bands, LSH_SCHEMA, []),
            ("article_signatures", first.new_signatures, SIGNATURE_SCHEMA, []),
            ("article_links", links, LINK_SCHEMA, []),
        ],
    )
    conn.register("cleaned_rows", cleaned.to_arrow())
    conn.execute("CREATE TABLE raw.cleaned_articles AS SELECT * FROM cleaned_rows")

    late = text(STORY[:-1]) + "\n\nShare this article"
    bands, bodies, signatures = _history_candidates(conn, batch_signatures([late, text(OTHER)]))
    assert set(bodies) == {"art_story"}  # only the candidate's text is read
    new = pl.DataFrame(
        {
            "source_key": ["k2", "k3"],
            "body_hash": ["a" * 64, "b" * 64],
            "n_words": [80, 60],
            "published_date": [None, None],
            "source_file": ["late.txt", "other.txt"],
            "source_record": [None, None],
        },
        schema=DEDUPE_INPUT_SCHEMA,
    )
    exact = dedupe_articles(new)
    assert set(signatures) == {"art_story"}
    linked, new_bands, _ = link_near_duplicates(
        exact, {"k2": late, "k3": text(OTHER)}, bands, bodies, history_signatures=signatures
    )
    rows = {r["source_key"]: r for r in linked.iter_rows(named=True)}
    assert rows["k2"]["article_id"] == "art_story" and rows["k2"]["duplicate_kind"] == "near"
    assert 0.55 <= rows["k2"]["similarity"] < 1
    assert rows["k3"]["is_duplicate"] is False
    assert set(new_bands["article_id"]) == {rows["k3"]["article_id"]}
