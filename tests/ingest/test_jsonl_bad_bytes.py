"""A JSON Lines file with one line of bytes that are not UTF-8 (a latin-1 line in a UTF-8 file,
with a BOM): that line is one E005 naming its 1-based line; the other lines are documents."""

from __future__ import annotations

from pathlib import Path

from realpolitik.errors import InputError
from realpolitik.ingest import read_paths
from realpolitik.models import Document


def test_one_bad_line_is_skipped_the_rest_is_read(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        b'\xef\xbb\xbf{"id": "a", "text": "Russia criticised Ukraine."}',
        b'{"id": "b", "text": "Fran\xe7ois met Japan."}',
        b"",
        b'{"id": "c", "text": "China met Japan."}',
    ]
    path.write_bytes(b"\n".join(lines) + b"\n")
    got = list(read_paths([path]))
    docs = [g for g in got if isinstance(g, Document)]
    errors = [str(g) for g in got if isinstance(g, InputError)]
    assert [d.text for d in docs] == ["Russia criticised Ukraine.", "China met Japan."]
    offset = len(lines[0]) + 1 + lines[1].index(b"\xe7")
    assert errors == [
        f"[E005] {path}:2: bytes at offset {offset} are not valid UTF-8; save the file as UTF-8."
    ]
    assert [d.source for d in docs] == [f"{path}#a", f"{path}#c"]
