import gzip

import pytest

from pipelines.text.decode import DecodeError, decode_text, decompress

TEXT = "Минск заявил, что переговоры продолжатся в среду."


def test_utf8_with_and_without_bom():
    assert decode_text(TEXT.encode("utf-8")) == (TEXT, "utf-8")
    assert decode_text(b"\xef\xbb\xbf" + TEXT.encode("utf-8")) == (TEXT, "utf-8-sig")


def test_utf16_with_bom():
    text, encoding = decode_text(TEXT.encode("utf-16"))
    assert text == TEXT
    assert encoding == "utf-16"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding):
    text = "The envoy met the minister in Geneva on Tuesday, officials said. " * 5
    assert decode_text(text.encode(encoding)) == (text, encoding)


def test_oversized_input_is_refused():
    from pipelines.text.decode import MAX_FILE_BYTES

    with pytest.raises(DecodeError) as info:
        decode_text(b"a" * (MAX_FILE_BYTES + 1))
    assert info.value.kind == "too_large"
    assert "MB limit" in info.value.reason


def test_cp1251_is_detected():
    long_text = (TEXT + " ") * 20
    text, encoding = decode_text(long_text.encode("cp1251"))
    assert text == long_text
    assert encoding.replace("_", "").lower() in {"cp1251", "windows1251"}


def test_latin1_falls_back_to_detection():
    text, _ = decode_text("Le ministre a déclaré à Genève que la trêve tiendra.".encode("latin-1"))
    assert "Genève" in text and "trêve" in text


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"  \n\t\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (bytes([0, 1, 2, 3, 250, 7, 8]) * 100, "binary"),
    ],
)
def test_bad_bytes_raise_with_a_kind(data, kind):
    with pytest.raises(DecodeError) as info:
        decode_text(data)
    assert info.value.kind == kind
    assert info.value.reason  # a sentence for the quarantine table


def test_gzip_roundtrip_and_truncation():
    payload = ("Talks resumed in Geneva. " * 50).encode()
    data, name = decompress(gzip.compress(payload), "story.txt.gz")
    assert (data, name) == (payload, "story.txt")
    with pytest.raises(DecodeError) as info:
        decompress(gzip.compress(payload)[:40], "story.txt.gz")
    assert info.value.kind == "corrupt_gzip"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_nul_characters_are_removed(encoding):
    # A few stray NULs (under the 2% control-byte share that marks a file binary).
    body = "The envoy met the minister in Geneva on Tuesday, officials said. " * 3
    text, _ = decode_text(("Talks\x00 resumed.\x00 " + body).encode(encoding))
    assert text == "Talks resumed. " + body
    assert "\x00" not in text
