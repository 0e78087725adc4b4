"""`newsevents generate`: reproducible, every input format, known duplicates and bad files,
and everything it writes is read by ingest as intended."""

from __future__ import annotations

import json
from pathlib import Path

from pipelines import settings
from pipelines.generate import generate
from pipelines.text.read import scan_input_folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_generated_input_is_reproducible_and_read_as_intended(tmp_path: Path) -> None:
    out = tmp_path / "gen"
    made = generate(600, out, None, settings.SAMPLE_CORPUS_DIR, seed=3, bad_rate=0.01)
    again = generate(
        600, tmp_path / "again", None, settings.SAMPLE_CORPUS_DIR, seed=3, bad_rate=0.01
    )
    assert _tree(out) == _tree(tmp_path / "again")  # same seed, same bytes
    assert made.articles == again.articles == 600
    assert made.exact_copies > 0 and made.near_copies > 0 and len(made.bad_files) == 6
    suffixes = set(made.files)
    assert {".txt", ".md", ".html", ".jsonl", ".csv"} <= suffixes
    assert any(s.endswith(".gz") for s in suffixes)

    manifest = json.loads((out / ".manifest.json").read_text())
    assert (
        manifest["articles"] == 600
        and len(manifest["duplicates"]) == made.exact_copies + made.near_copies
    )
    assert all(copy != original for copy, original in manifest["duplicates"].items())

    n_seen, _, sources, quarantine = scan_input_folder(out, set())
    # the manifest is hidden: recorded as such, not read
    assert n_seen == sum(made.files.values()) + len(made.bad_files) + 1
    assert sources.height == 600  # every article, copies included, became one source
    assert set(quarantine["source_file"]) == {*made.bad_files, ".manifest.json"}
    ids = sources.filter(sources["source_id"].is_not_null())["source_id"]
    assert ids.str.starts_with("gen-").all()


def test_a_csv_of_real_articles_is_recombined(tmp_path: Path) -> None:
    body = " ".join(
        f"Sentence number {i} of the release says something about the talks." for i in range(12)
    )
    source = tmp_path / "articles.csv"
    source.write_text(
        'title,body\n"One","' + body + '"\n"Two","' + body.replace("talks", "summit") + '"\n'
    )
    made = generate(50, tmp_path / "gen", source, settings.SAMPLE_CORPUS_DIR, seed=1)
    _, _, sources, _ = scan_input_folder(tmp_path / "gen", set())
    assert made.articles == sources.height == 50
    assert sources["raw_text"].str.contains("Sentence number").all()
