"""The input folder's listing: every entry read or recorded with its reason, nothing read
from outside the folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipelines.text.read import scan_input_folder
from pipelines.text.walk import walk_input_folder

ARTICLE = "A headline\n\nA body of several words about the talks in Geneva.\n"


def _kinds(root: Path) -> dict[str, str | None]:
    return {e.name: e.problem_kind for e in walk_input_folder(root)}


def test_links_fifos_and_devices_are_recorded_and_never_read(tmp_path: Path) -> None:
    root, outside = tmp_path / "in", tmp_path / "outside"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_text(ARTICLE)
    (root / "good.txt").write_text(ARTICLE)
    (root / "dangling.txt").symlink_to(root / "missing.txt")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (root / "out.txt").symlink_to(outside / "secret.txt")
    (root / "passwd.txt").symlink_to("/etc/passwd")
    (root / "zero.txt").symlink_to("/dev/zero")
    (root / "self").symlink_to(root)
    (root / "inside.txt").symlink_to(root / "good.txt")
    os.mkfifo(root / "pipe.txt")

    assert _kinds(root) == {
        "dangling.txt": "dangling_symlink",
        "good.txt": None,
        "inside.txt": None,  # a link to a file inside the folder is read
        "loop-a.txt": "symlink_loop",
        "loop-b.txt": "symlink_loop",
        "out.txt": "outside_input",
        "passwd.txt": "outside_input",
        "pipe.txt": "not_regular_file",
        "self": "symlink_folder",
        "zero.txt": "outside_input",
    }
    # the scan (which would block for ever on the FIFO, or read /dev/zero) records each
    n_seen, files, sources, quarantine = scan_input_folder(root, set())
    assert n_seen == 10
    assert sorted(files["source_file"]) == ["good.txt", "inside.txt"]
    assert not sources["raw_text"].str.contains("secret").any()
    assert quarantine.height == 8
    assert quarantine["reason"].str.len_chars().min() > 10


def test_a_fifo_swapped_in_after_the_listing_is_not_opened_for_ever(tmp_path: Path) -> None:
    from pipelines.text.decode import DecodeError
    from pipelines.text.read import read_regular_file

    os.mkfifo(tmp_path / "late.txt")
    with pytest.raises(DecodeError) as raised:
        read_regular_file(tmp_path / "late.txt")
    assert raised.value.kind == "not_regular_file"


def test_a_file_name_that_is_not_utf8_is_loaded_and_kept_exactly(tmp_path: Path) -> None:
    raw_name = b"caf\xe9-\xff.txt"
    with open(os.path.join(os.fsencode(tmp_path), raw_name), "w") as handle:
        handle.write(ARTICLE)
    (tmp_path / "plain.txt").write_text(ARTICLE.replace("Geneva", "Vienna"))
    _, files, sources, quarantine = scan_input_folder(tmp_path, set())
    assert quarantine.is_empty()
    rows = sources.sort("source_file").select("source_file", "source_file_bytes").rows()
    assert rows == [("caf\\xe9-\\xff.txt", raw_name), ("plain.txt", None)]
    assert files.sort("source_file")["source_file_bytes"].to_list() == [raw_name, None]


def test_hidden_entries_are_recorded_once_each_and_not_entered(tmp_path: Path) -> None:
    (tmp_path / ".git" / "objects").mkdir(parents=True)
    (tmp_path / ".git" / "objects" / "a.txt").write_text(ARTICLE)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".notes.txt").write_text(ARTICLE)
    assert _kinds(tmp_path) == {".git": "hidden", "sub/.notes.txt": "hidden"}
