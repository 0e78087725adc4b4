"""The hostile-input generator: deterministic, complete, and its bombs small on disk."""

from __future__ import annotations

import bz2
import gzip
import itertools
import lzma
import os
import random
import stat
import zlib
from pathlib import Path

import pytest

from pipelines.cli import main
from pipelines.hostile import (
    FAMILIES,
    MANIFEST_NAME,
    Entry,
    HostileManifest,
    Prose,
    marker_for,
    min_good_for_every_family,
    write_gzip_bomb,
    write_hostile_corpus,
)
from pipelines.text.near_dupes import NEAR_DUPLICATE_JACCARD

BOMB = 24 << 20  # over the 20 MB limit, cheap to write
N_BAD = 80


def _fs_path(root: Path, entry: Entry) -> bytes:
    name = bytes.fromhex(entry.fs_path_hex) if entry.fs_path_hex else entry.path.encode()
    return os.fsencode(root) + b"/" + name


def _write(root: Path, seed: int = 7) -> HostileManifest:
    n_good = min_good_for_every_family()
    return write_hostile_corpus(root, n_bad=N_BAD, n_good=n_good, seed=seed, bomb_bytes=BOMB)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, HostileManifest]:
    root = tmp_path_factory.mktemp("hostile_a") / "corpus"
    return root, _write(root)


def test_same_seed_same_manifest_and_bytes(corpus, tmp_path):
    root, manifest = corpus
    again = _write(tmp_path / "corpus")  # same folder name: the outside link's target matches
    assert again.to_json() == manifest.to_json()
    files = [e for e in manifest.entries if e.kind == "file"]
    picks = [
        files[0],
        *(e for e in files if e.family in ("random_bytes", "gzip_bomb_gz", "good_csv")),
    ]
    for entry in picks:
        with (
            open(_fs_path(root, entry), "rb") as a,
            open(_fs_path(tmp_path / "corpus", entry), "rb") as b,
        ):
            assert a.read() == b.read(), entry.path


def test_another_seed_other_articles(corpus, tmp_path):
    root, manifest = corpus
    other = _write(tmp_path / "corpus", seed=8)
    first = next(e for e in manifest.entries if e.family == "good_txt")
    with (
        open(_fs_path(root, first), "rb") as a,
        open(_fs_path(tmp_path / "corpus", first), "rb") as b,
    ):
        assert a.read() != b.read()
    assert [e.path for e in other.entries] == [e.path for e in manifest.entries]


def test_counts_and_every_family(corpus):
    _, manifest = corpus
    assert len(manifest.bad_entries()) >= N_BAD
    assert len(manifest.good_articles()) == min_good_for_every_family()
    assert set(FAMILIES) <= set(manifest.family_counts())
    markers = [a.marker for e in manifest.entries for a in e.articles]
    assert len(markers) == len(set(markers))
    paths = [e.path for e in manifest.entries]
    assert len(paths) == len(set(paths))


def test_default_sizes_reach_the_bars(tmp_path):
    manifest = write_hostile_corpus(tmp_path / "c", bomb_bytes=BOMB, huge_text_bytes=1 << 20)
    assert len(manifest.bad_entries()) >= 1000
    assert len(manifest.good_articles()) == 50
    assert set(FAMILIES) <= set(manifest.family_counts())
    assert manifest.family_counts()["gzip_bomb_plain_name"] == 1


def test_manifest_file_round_trips(corpus):
    root, manifest = corpus
    assert HostileManifest.read(root).to_json() == manifest.to_json()
    assert (root / MANIFEST_NAME).read_text(encoding="utf-8") == manifest.to_json()


def test_entries_exist_with_their_kind(corpus):
    root, manifest = corpus
    expected = {
        "file": stat.S_ISREG,
        "symlink": stat.S_ISLNK,
        "fifo": stat.S_ISFIFO,
        "dir": stat.S_ISDIR,
    }
    for entry in manifest.entries:
        mode = os.lstat(_fs_path(root, entry)).st_mode
        assert expected[entry.kind](mode), (entry.path, entry.kind)


def test_odd_names_are_named_as_the_pipeline_names_them(corpus):
    _, manifest = corpus
    (entry,) = [e for e in manifest.entries if e.family == "name_non_utf8"]
    assert entry.fs_path_hex is not None
    assert "\\xe9" in entry.path
    assert entry.path.encode("utf-8")  # valid UTF-8, unlike the name on disk
    (newline,) = [e for e in manifest.entries if e.family == "name_newline"]
    assert "\n" in newline.path


def _content(root: Path, entry: Entry) -> str:
    with open(_fs_path(root, entry), "rb") as handle:
        data = handle.read()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)  # both members of a multi-member file
    elif data[:3] == b"BZh":
        data = bz2.decompress(data)
    elif data[:6] == b"\xfd7zXZ\x00":
        data = lzma.decompress(data)
    return data.decode("utf-8")


def test_every_good_marker_is_in_its_file(corpus):
    root, manifest = corpus
    for entry, article in manifest.good_articles():
        assert article.marker in _content(root, entry), (entry.path, article.marker)


def test_bombs_are_small_on_disk_and_inflate_past_the_limit(corpus):
    root, manifest = corpus
    bombs = [e for e in manifest.entries if e.family.startswith("gzip_bomb")]
    assert len(bombs) == 2
    for entry in bombs:
        path = _fs_path(root, entry)
        assert os.path.getsize(path) < BOMB // 500
        inflater, total = zlib.decompressobj(wbits=31), 0
        with open(path, "rb") as handle:
            while chunk := handle.read(1 << 16):
                while chunk:
                    total += len(inflater.decompress(chunk, 1 << 20))
                    chunk = inflater.unconsumed_tail
        assert inflater.eof and total == BOMB


def test_bomb_of_odd_size_is_a_valid_gzip(tmp_path):
    path = tmp_path / "b.gz"
    write_gzip_bomb(path, (3 << 20) + 12345, fill=b"big ")
    data = gzip.decompress(path.read_bytes())
    assert len(data) == (3 << 20) + 12345 and set(data) == set(b"big ")


def test_good_articles_are_never_near_duplicates():
    prose = Prose(random.Random(3))
    articles = [prose.article(i) for i in range(150)]

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = text.lower().split()
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    sets = [shingles(a.body) for a in articles]
    worst = max(len(a & b) / len(a | b) for a, b in itertools.combinations(sets, 2))
    assert worst < NEAR_DUPLICATE_JACCARD / 2
    assert all(120 <= len(a.body.split()) <= 200 for a in articles)
    assert all(a.marker in a.paragraphs[0] for a in articles)


def test_markers_are_unique_and_never_inside_one_another():
    markers = [marker_for(i) for i in range(2000)]
    assert len(set(markers)) == len(markers)
    assert len({len(m) for m in markers}) == 1 and all(m.isalpha() for m in markers)


def test_cli_generate_hostile(tmp_path, capsys):
    out = tmp_path / "cli"
    code = main(["generate", "--hostile", "--out", str(out), "--n-bad", "50", "--n-good", "5",
                 "--bomb-mib", "21"])  # fmt: skip
    assert code == 0
    printed = capsys.readouterr().out
    assert "bad or odd entries" in printed and "empty" in printed
    manifest = HostileManifest.read(out)
    assert len(manifest.bad_entries()) >= 50 and len(manifest.good_articles()) == 5
    assert main(["generate", "--hostile", "--out", str(out)]) == 1  # not empty: refused
