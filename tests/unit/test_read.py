import gzip
import json

from pipelines.text.read import file_format, read_input_file, scan_input_folder, source_key


def test_file_format_by_suffix():
    assert file_format("a/b.TXT") == "txt"
    assert file_format("x.htm") == "html"
    assert file_format("feed.jsonl.gz") == "jsonl"
    assert file_format("notes.docx") is None
    assert file_format("README") is None


def test_text_file_is_one_source_without_record_index():
    result = read_input_file("news/a.txt", b"Title\n\nA body paragraph.")
    assert len(result.sources) == 1
    row = result.sources[0]
    assert row["source_record"] is None
    assert row["format"] == "txt"
    assert row["source_key"] == source_key("news/a.txt", None, row["content_sha256"])
    assert result.quarantine == []


def test_jsonl_records_field_aliases_and_bad_lines():
    lines = [
        json.dumps(
            {
                "id": 7,
                "headline": "H1",
                "body": "Body one.",
                "date": "2026-03-01",
                "link": "http://x/1",
                "source": "Wire",
            }
        ),
        "{not json",
        json.dumps({"title": "No text here"}),
        json.dumps(
            {
                "text": "Body two.",
                "published": "1 March 2026",
                "publisher": "Post",
                "author": "A. Writer",
            }
        ),
    ]
    result = read_input_file("feed.jsonl", "\n".join(lines).encode())
    assert [s["source_record"] for s in result.sources] == [1, 4]
    first, second = result.sources
    assert (first["source_id"], first["record_title"], first["raw_text"]) == (
        "7",
        "H1",
        "Body one.",
    )
    assert (first["record_published"], first["record_url"], first["record_publisher"]) == (
        "2026-03-01",
        "http://x/1",
        "Wire",
    )
    assert (second["record_publisher"], second["record_author"]) == ("Post", "A. Writer")
    reasons = {q["source_record"]: q["reason_kind"] for q in result.quarantine}
    assert reasons == {2: "invalid_json", 3: "missing_text"}


def test_json_object_and_list():
    single = read_input_file("one.json", json.dumps({"text": "Only one."}).encode())
    assert [s["source_record"] for s in single.sources] == [None]
    many = read_input_file("many.json", json.dumps([{"text": "A."}, {"body": "B."}, 3]).encode())
    assert [s["raw_text"] for s in many.sources] == ["A.", "B."]
    assert many.quarantine[0]["source_record"] == 3


def test_csv_with_quoted_newlines_and_missing_text():
    data = b'id,title,text\n1,First,"Line one, with comma.\n\nLine two."\n2,Second,\n'
    result = read_input_file("rows.csv", data)
    assert [s["raw_text"] for s in result.sources] == ["Line one, with comma.\n\nLine two."]
    assert [(q["source_record"], q["reason_kind"]) for q in result.quarantine] == [
        (2, "missing_text")
    ]


def test_broken_and_unsupported_files_are_quarantined_not_raised():
    for name, data, kind in [
        ("broken.json", b'{"text": "cut', "invalid_json"),
        ("notes.docx", b"PK\x03\x04", "unsupported_format"),
        ("empty.txt", b"", "empty"),
        ("cut.jsonl.gz", gzip.compress(b'{"text": "x"}\n' * 200)[:30], "corrupt_gzip"),
    ]:
        result = read_input_file(name, data)
        assert result.sources == []
        assert [q["reason_kind"] for q in result.quarantine] == [kind], name


def test_scan_skips_loaded_files_and_records_hidden_files_unread(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Title\n\nBody.")
    (tmp_path / "b.md").write_text("# Title\n\nBody.")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    n_seen, files, sources, quarantine = scan_input_folder(tmp_path, set())
    assert n_seen == 3
    assert sorted(files["source_file"]) == ["b.md", "sub/a.txt"]
    assert quarantine.select("source_file", "reason_kind").rows() == [(".DS_Store", "hidden")]
    loaded = set(files.select("source_file", "file_sha256").iter_rows())
    n_seen, files, sources, quarantine = scan_input_folder(tmp_path, loaded)
    assert (n_seen, files.height, sources.height, quarantine.height) == (3, 0, 0, 1)
    (tmp_path / "b.md").write_text("# Title\n\nBody changed.")
    _, files, _, _ = scan_input_folder(tmp_path, loaded)
    assert files["source_file"].to_list() == ["b.md"]


def test_scan_skips_files_of_unchanged_size_and_mtime_without_reading_them(tmp_path):
    import os

    (tmp_path / "a.txt").write_text("Headline\n\nA body of some words.\n")
    _, files, _, _ = scan_input_folder(tmp_path, set())
    (row,) = files.iter_rows(named=True)
    assert row["mtime_ns"] == (tmp_path / "a.txt").stat().st_mtime_ns
    unchanged = {(row["source_file"], row["n_bytes"], row["mtime_ns"])}
    # Same size and modification time: skipped unread, even though the bytes differ (a
    # sha256 check would have read it; this is the cheap path rsync and make take).
    (tmp_path / "a.txt").write_text(
        "Headline\n\nA body of other words.\n"[: len("Headline\n\nA body of some words.\n")]
    )
    os.utime(tmp_path / "a.txt", ns=(row["mtime_ns"], row["mtime_ns"]))
    n_seen, files, sources, _ = scan_input_folder(tmp_path, set(), unchanged)
    assert (n_seen, files.height, sources.height) == (1, 0, 0)
    # A touched file is read again (and its sha256 decides whether it is new).
    os.utime(tmp_path / "a.txt", ns=(row["mtime_ns"] + 10**9, row["mtime_ns"] + 10**9))
    _, files, _, _ = scan_input_folder(tmp_path, set(), unchanged)
    assert files.height == 1


def test_a_file_deleted_while_the_folder_is_read_is_quarantined_with_the_os_reason(
    tmp_path, monkeypatch
):
    import pipelines.text.read as read
    from pipelines.text.walk import InputEntry

    (tmp_path / "kept.txt").write_text("Headline\n\nA body.\n")
    listed = [  # listed, then deleted
        InputEntry(tmp_path / name, name, name.encode()) for name in ("kept.txt", "gone.txt")
    ]
    monkeypatch.setattr(read, "walk_input_folder", lambda folder: listed)
    n_seen, files, sources, quarantine = scan_input_folder(tmp_path, set())
    assert (n_seen, files["source_file"].to_list(), sources.height) == (2, ["kept.txt"], 1)
    (row,) = quarantine.iter_rows(named=True)
    assert (row["source_file"], row["reason_kind"]) == ("gone.txt", "unreadable")
    assert row["reason"] == "file could not be read: No such file or directory"


# One bad file never stops a load: each of these failed the whole ingest before.


def test_a_csv_cell_over_the_csv_modules_default_limit_is_an_article() -> None:
    body = "The delegation met again in Geneva on the ceasefire terms. " * 3000  # ~180 kB
    data = ("title,text\nLong one," + '"' + body + '"\nShort one,A brief item.\n').encode()
    result = read_input_file("feed.csv", data)
    assert result.quarantine == []
    assert [len(s["raw_text"]) for s in result.sources] == [len(body.strip()), 13]


def test_a_lone_surrogate_escape_becomes_a_replacement_character_not_a_crash() -> None:
    data = b'{"title": "Alert \\ud83d", "text": "Talks resumed \\ud83d in Doha.\\u0000", "x": "\\udc00"}'
    result = read_input_file("alert.json", data)
    assert result.quarantine == []
    (source,) = result.sources
    assert (source["raw_text"], source["record_title"]) == (
        "Talks resumed \ufffd in Doha.",
        "Alert \ufffd",
    )
    source["raw_text"].encode("utf-8")  # storable
    assert len(source["content_sha256"]) == 64


def test_json_nested_past_the_parsers_depth_is_quarantined_with_its_reason() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    result = read_input_file("deep.json", deep)
    assert (result.sources, [q["reason_kind"] for q in result.quarantine]) == ([], ["invalid_json"])
    assert "nested too deeply" in result.quarantine[0]["reason"]
    good = b'{"text": "A record about the summit in Oslo."}'
    lines = b"\n".join([good, b'{"a":' * 5000 + b"1" + b"}" * 5000, good])
    result = read_input_file("mixed.jsonl", lines)
    assert [s["source_record"] for s in result.sources] == [1, 3]
    assert [(q["source_record"], q["reason_kind"]) for q in result.quarantine] == [
        (2, "invalid_json")
    ]


def test_a_csv_the_parser_gives_up_on_keeps_the_rows_before_the_break() -> None:
    import csv

    data = b'title,text\nOne,"A first item."\nTwo,"' + b"x" * 200 + b'"\nThree,"A third."\n'
    limit = csv.field_size_limit(100)  # the csv module raises on a longer cell
    try:
        result = read_input_file("cut.csv", data)
    finally:
        csv.field_size_limit(limit)
    assert [s["raw_text"] for s in result.sources] == ["A first item."]
    ((kind, reason),) = [(q["reason_kind"], q["reason"]) for q in result.quarantine]
    assert kind == "invalid_csv" and "rows after it were not read" in reason


def test_any_failure_of_the_reader_ends_at_its_own_file(monkeypatch, tmp_path) -> None:
    import pipelines.text.read as read

    (tmp_path / "a.json").write_text('{"text": "First article about the summit."}')
    (tmp_path / "b.txt").write_text("Title\n\nSecond article about the summit.\n")

    def broken(fmt, text):
        raise MemoryError("simulated")

    monkeypatch.setattr(read, "_parse_records", broken)
    _, files, sources, quarantine = scan_input_folder(tmp_path, set())
    assert sources["source_file"].to_list() == ["b.txt"]
    assert quarantine.select("source_file", "reason_kind").rows() == [("a.json", "reader_error")]
    assert "MemoryError: simulated" in quarantine["reason"][0]
    assert sorted(files["source_file"]) == ["a.json", "b.txt"]  # not read again next time


def test_field_names_match_whatever_their_case_and_spaces() -> None:
    data = b'Title , Text\nOne,"An item about the talks."\n'
    result = read_input_file("feed.csv", data)
    assert [(s["record_title"], s["raw_text"]) for s in result.sources] == [
        ("One", "An item about the talks.")
    ]
    result = read_input_file("a.json", b'{"HEADLINE": "Two", "Body": "Another item."}')
    assert [(s["record_title"], s["raw_text"]) for s in result.sources] == [
        ("Two", "Another item.")
    ]


def test_a_jsonl_line_python_cannot_parse_is_its_own_quarantine_row() -> None:
    good = b'{"text": "A record about the summit in Oslo."}'
    huge_number = b'{"text": "x", "n": ' + b"9" * 5000 + b"}"
    result = read_input_file("feed.jsonl", b"\n".join([good, huge_number, good]))
    assert [s["source_record"] for s in result.sources] == [1, 3]
    assert [(q["source_record"], q["reason_kind"]) for q in result.quarantine] == [
        (2, "invalid_json")
    ]


def test_jsonl_lines_break_at_newlines_only() -> None:
    line = '{"text": "One line\u2028with a line separator\u0085and a next-line mark."}'
    result = read_input_file("feed.jsonl", (line + "\r\n" + line).encode())
    assert result.quarantine == []
    assert [s["source_record"] for s in result.sources] == [1, 2]


def test_a_text_field_must_hold_text() -> None:
    records = [
        {"text": 12345},
        {"text": True},
        {"body": {"en": "An item.", "fr": "Un article."}},
        {"text": [1, 2, 3]},
        {"text": ["First paragraph.", "Second paragraph."]},
    ]
    data = "\n".join(json.dumps(r) for r in records).encode()
    result = read_input_file("feed.jsonl", data)
    assert [(s["source_record"], s["raw_text"]) for s in result.sources] == [
        (5, "First paragraph.\n\nSecond paragraph.")
    ]
    assert [(q["source_record"], q["reason_kind"]) for q in result.quarantine] == [
        (1, "text_not_text"),
        (2, "text_not_text"),
        (3, "text_not_text"),
        (4, "text_not_text"),
    ]
    assert result.quarantine[2]["reason"] == "the record's 'body' field is an object, not text"
