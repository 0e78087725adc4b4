"""Decompression by content: multi-member streams, bombs, nested layers, bounded reads."""

import bz2
import gzip
import json
import lzma

import pytest

from pipelines.text import decode
from pipelines.text.decode import DecodeError, decompress
from pipelines.text.read import read_input_file

LIMIT = 1 << 20  # a small limit keeps the bomb tests fast and light

A = b"First record: talks resumed in Geneva.\n"
B = b"Second record: the envoy left for Minsk.\n"
C = b"Third record: a ceasefire was announced.\n"


def _kind(data: bytes, name: str = "a.txt", limit: int | None = None) -> str:
    with pytest.raises(DecodeError) as info:
        decompress(data, name, limit)
    assert info.value.reason
    return info.value.kind


def test_two_gzip_members_give_both_contents_in_order():
    data = gzip.compress(A) + gzip.compress(B)
    assert decompress(data, "log.txt.gz") == (A + B, "log.txt")
    assert decompress(data, "log.txt") == (A + B, "log.txt")  # by content, not name


def test_three_members_of_a_jsonl_gz_are_three_records():
    lines = [json.dumps({"text": f"Body {i}."}).encode() + b"\n" for i in range(3)]
    data = b"".join(gzip.compress(line) for line in lines)
    assert decompress(data, "feed.jsonl.gz") == (b"".join(lines), "feed.jsonl")
    result = read_input_file("feed.jsonl.gz", data)
    assert [s["raw_text"] for s in result.sources] == ["Body 0.", "Body 1.", "Body 2."]
    assert result.quarantine == []


def test_zero_padding_after_the_last_member_is_fine():
    data = gzip.compress(A) + gzip.compress(B) + bytes(512)
    assert decompress(data, "log.gz") == (A + B, "log")


def test_trailing_garbage_after_a_member_is_corrupt():
    data = gzip.compress(A) + b"this is not gzip"
    with pytest.raises(DecodeError) as info:
        decompress(data, "log.txt.gz")
    assert info.value.kind == "corrupt_gzip"
    assert "16 bytes of trailing garbage after gzip stream 1" in info.value.reason


@pytest.mark.parametrize("cut", [40, -4])
def test_truncated_gzip_is_corrupt(cut):
    whole = gzip.compress(A * 50)
    assert _kind(whole[:cut], "story.txt.gz") == "corrupt_gzip"
    assert _kind(gzip.compress(B) + whole[:cut], "story.txt") == "corrupt_gzip"


class _SpyDecompressor:
    """Wraps a real decompressor and records how many bytes each call returned."""

    def __init__(self, inner, sizes: list[int]) -> None:
        self._inner, self._sizes = inner, sizes

    def decompress(self, data, max_length):
        out = self._inner.decompress(data, max_length)
        self._sizes.append(len(out))
        return out

    def __getattr__(self, name):
        return getattr(self._inner, name)


@pytest.fixture
def gzip_output_sizes(monkeypatch):
    sizes: list[int] = []
    real = decode._DECOMPRESSORS["gzip"]
    monkeypatch.setitem(decode._DECOMPRESSORS, "gzip", lambda: _SpyDecompressor(real(), sizes))
    return sizes


def test_gzip_bomb_under_a_plain_name_is_refused_after_a_bounded_read(
    monkeypatch, gzip_output_sizes
):
    monkeypatch.setattr(decode, "MAX_FILE_BYTES", LIMIT)
    bomb = gzip.compress(bytes(16 * LIMIT))  # 16 MB of zeros in ~16 kB
    with pytest.raises(DecodeError) as info:
        decompress(bomb, "story.txt")
    assert info.value.kind == "too_large"
    assert info.value.reason == "decompressed size exceeds the 1 MB limit"
    assert 0 < sum(gzip_output_sizes) <= LIMIT + 1


def test_limit_counts_all_members_together(gzip_output_sizes):
    member = gzip.compress(b"x" * (LIMIT * 6 // 10))
    assert _kind(member + member, "log.gz", LIMIT) == "too_large"
    assert sum(gzip_output_sizes) <= LIMIT + 1
    assert decompress(member, "log.gz", LIMIT)[0] == b"x" * (LIMIT * 6 // 10)


def test_exactly_the_limit_is_allowed():
    assert decompress(gzip.compress(b"y" * LIMIT), "a.gz", LIMIT)[0] == b"y" * LIMIT
    assert _kind(gzip.compress(b"y" * (LIMIT + 1)), "a.gz", LIMIT) == "too_large"


@pytest.mark.parametrize(("compress", "suffix"), [(bz2.compress, ".bz2"), (lzma.compress, ".xz")])
def test_bzip2_and_xz_are_read_by_content_and_by_name(compress, suffix):
    assert decompress(compress(A), "story.txt") == (A, "story.txt")
    assert decompress(compress(A) + compress(B), "log.txt" + suffix) == (A + B, "log.txt")
    result = read_input_file("story.txt", compress(A))
    assert [s["raw_text"] for s in result.sources] == [A.decode()]


@pytest.mark.parametrize(("compress", "fmt"), [(bz2.compress, "bzip2"), (lzma.compress, "xz")])
def test_bzip2_and_xz_bombs_and_truncation(compress, fmt):
    assert _kind(compress(bytes(4 * LIMIT)), "a.txt", LIMIT) == "too_large"
    assert _kind(compress(A * 20)[:-5], "a.txt") == f"corrupt_{fmt}"
    assert _kind(compress(A) + b"junk", "a.txt") == f"corrupt_{fmt}"


@pytest.mark.parametrize(
    "magic", [b"\x28\xb5\x2f\xfd", b"\x04\x22\x4d\x18", b"\x1f\x9d"], ids=["zstd", "lz4", "Z"]
)
def test_unreadable_compression_is_unsupported(magic):
    assert _kind(magic + bytes(range(64)), "story.txt.zst") == "unsupported_compression"
    result = read_input_file("story.txt", magic + bytes(range(64)))
    assert [q["reason_kind"] for q in result.quarantine] == ["unsupported_compression"]


def test_nested_layers_are_unpacked_twice_and_bounded():
    assert decompress(gzip.compress(gzip.compress(A)), "a.txt.gz") == (A, "a.txt")
    assert decompress(bz2.compress(gzip.compress(A)), "a.txt") == (A, "a.txt")
    three = gzip.compress(gzip.compress(gzip.compress(A)))
    assert _kind(three, "a.txt.gz") == "unsupported_compression"
    nested_bomb = gzip.compress(gzip.compress(bytes(16 * LIMIT)))
    assert _kind(nested_bomb, "a.txt", LIMIT) == "too_large"


def test_a_gz_name_over_plain_bytes_is_read_as_is():
    assert decompress(A, "story.txt.gz") == (A, "story.txt")
    result = read_input_file("story.txt.gz", A)
    assert [s["raw_text"] for s in result.sources] == [A.decode()]


def test_text_starting_with_bzh_is_not_bzip2():
    assert decompress(b"BZh9 is not a bzip2 header here.", "a.txt")[0].startswith(b"BZh9")
