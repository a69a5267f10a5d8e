"""Planning a sharded run (no spaCy): files grouped into shards of about ``--shard-size`` bytes,
large JSON Lines files cut at line ends (also across the planner's 1 MiB read blocks), keys that
follow the content and names of what a shard holds, and the pieces read back with the right
line numbers."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.models import Document
from realpolitik.scale import parse_size
from realpolitik.scale._plan import Piece, Shard, plan_shards
from realpolitik.scale._work import Options, ShardResult, _documents, part_number, read_piece


def _files(folder: Path, sizes: list[int]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, size in enumerate(sizes):
        path = folder / f"f{i}.txt"
        path.write_bytes(b"x" * (size - 1) + b"\n")
        paths.append(path)
    return paths


def _names(planned: list[tuple[str, tuple[Piece, ...], int]]) -> list[list[str]]:
    return [[Path(p.path).name for p in pieces] for _, pieces, _ in planned]


def _jsonl(path: Path, lengths: list[int]) -> Path:
    """One JSON object per line, line i (1-based) exactly ``lengths[i-1]`` bytes with its newline."""
    lines = []
    for i, length in enumerate(lengths, start=1):
        pad = length - 1 - len(json.dumps({"id": f"r{i}", "text": ""}))
        line = json.dumps({"id": f"r{i}", "text": "y" * pad})
        assert len(line) + 1 == length
        lines.append(line)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "size"),
    [("1.5MB", 1_500_000), ("2k", 2000), ("1 KiB", 1024), ("3tb", 3 * 10**12), ("7b", 7)],
)
def test_parse_size_units(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("bad", [0, -5, "0.0001kb", "0.5", "12 bytes", "MB20"])
def test_parse_size_refuses_what_is_not_a_positive_size(bad: str | int) -> None:
    with pytest.raises(RealpolitikError, match=r"^\[E800\]"):
        parse_size(bad)


def test_small_files_are_grouped_until_a_shard_reaches_the_size(tmp_path: Path) -> None:
    _files(tmp_path / "in", [400, 400, 400, 400, 400])
    planned, errors = plan_shards([tmp_path / "in"], 1000, "fp")
    assert errors == []
    assert _names(planned) == [["f0.txt", "f1.txt", "f2.txt"], ["f3.txt", "f4.txt"]]
    assert [size for *_, size in planned] == [1200, 800]
    pieces = [p for _, ps, _ in planned for p in ps]
    assert {(p.whole, p.root, p.start, p.end) for p in pieces} == {
        (True, str(tmp_path / "in"), 0, -1)
    }


def test_a_large_text_file_is_never_cut_and_a_small_jsonl_file_is_read_whole(
    tmp_path: Path,
) -> None:
    _files(tmp_path / "in", [300, 5000, 300])
    _jsonl(tmp_path / "in" / "small.jsonl", [100, 100])  # below the size: read whole
    planned, _ = plan_shards([tmp_path / "in"], 1000, "fp")
    assert _names(planned) == [["f0.txt", "f1.txt"], ["f2.txt", "small.jsonl"]]
    assert [size for *_, size in planned] == [5300, 500]
    assert planned[1][1][1].whole


def test_keys_follow_content_and_names_only_of_their_own_shard(tmp_path: Path) -> None:
    paths = _files(tmp_path / "in", [600, 600, 600, 600])
    before = [k for k, _, _ in plan_shards([tmp_path / "in"], 1000, "fp")[0]]
    assert len(before) == 2 and len(set(before)) == 2
    paths[3].write_bytes(b"z" * 599 + b"\n")  # same size, other bytes: the second shard only
    changed = [k for k, _, _ in plan_shards([tmp_path / "in"], 1000, "fp")[0]]
    assert changed[0] == before[0] and changed[1] != before[1]
    os.rename(paths[0], tmp_path / "in" / "f0-renamed.txt")  # a name is part of the key
    renamed = plan_shards([tmp_path / "in"], 1000, "fp")[0]
    assert _names(renamed)[0] == ["f0-renamed.txt", "f1.txt"]
    assert renamed[0][0] != before[0] and renamed[1][0] == changed[1]
    assert [k for k, _, _ in plan_shards([tmp_path / "in"], 1000, "other options")[0]] != [
        k for k, _, _ in renamed
    ]


def test_jsonl_cut_across_read_blocks_gives_whole_lines_and_their_numbers(tmp_path: Path) -> None:
    # 2.6 MB of lines from 90 to 4,000 bytes: cuts fall inside and across 1 MiB read blocks
    lengths = [90 + (i * 7919) % 3911 for i in range(1300)]
    path = _jsonl(tmp_path / "big.jsonl", lengths)
    data = path.read_bytes()
    assert len(data) > 2 * (1 << 20)
    planned, errors = plan_shards([path], 300_000, "fp")
    assert errors == [] and len(planned) >= 8
    line, start = 1, 0
    for _, (piece,), size in planned:
        assert (piece.start, piece.first_line) == (start, line)
        assert piece.end - piece.start == size
        chunk = data[piece.start : piece.end]
        assert chunk.endswith(b"\n")
        if piece is not planned[-1][1][0]:
            # the cut is at the first line end at or after the size
            assert (
                size >= 300_000 and size - len(chunk.rstrip(b"\n").rsplit(b"\n", 1)[-1]) <= 300_000
            )
        line += chunk.count(b"\n")
        start = piece.end
    assert (start, line) == (len(data), 1301)


def test_lines_appended_to_a_jsonl_file_keep_the_earlier_shards_keys(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "feed.jsonl", [500] * 20)
    before = plan_shards([path], 2000, "fp")[0]
    assert [size for *_, size in before] == [2000] * 5
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "late", "text": "Japan praised Vietnam."}) + "\n")
    after = plan_shards([path], 2000, "fp")[0]
    assert [k for k, _, _ in after[:5]] == [k for k, _, _ in before]
    assert len(after) == 6 and after[5][1][0].first_line == 21


def test_a_line_longer_than_a_shard_and_a_last_line_without_newline(tmp_path: Path) -> None:
    path = tmp_path / "odd.jsonl"
    lines = [json.dumps({"text": "a" * n}) for n in (50, 5000, 50, 50)]
    path.write_bytes(("\n".join(lines)).encode())  # no newline at the end
    planned, _ = plan_shards([path], 1000, "fp")
    data = path.read_bytes()
    cuts = [data[p.start : p.end] for _, (p,), _ in planned]
    assert b"".join(cuts) == data
    assert [c.count(b"\n") for c in cuts] == [2, 1]  # lines 1-2 (the long one ends it), 3-4
    assert [p.first_line for _, (p,), _ in planned] == [1, 3]


def test_inputs_that_cannot_be_read_are_reported_and_the_rest_planned(tmp_path: Path) -> None:
    good = _files(tmp_path / "in", [100])[0]
    (tmp_path / "notes.docx").write_bytes(b"PK")
    planned, errors = plan_shards([tmp_path / "missing", good, tmp_path / "notes.docx"], 10, "f")
    assert [str(e)[:6] for e in errors] == ["[E010]", "[E011]"]
    assert _names(planned) == [["f0.txt"]]
    assert plan_shards([tmp_path / "missing"], 10, "f")[0] == []


def test_a_piece_is_read_with_its_file_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    rows = [json.dumps({"text": f"Japan praised Vietnam on day {i}."}) for i in range(1, 7)]
    rows[4] = "{broken"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    data = path.read_bytes()
    start = len(b"\n".join(data.split(b"\n")[:3])) + 1  # lines 4-6
    piece = Piece(str(path), str(path), start, len(data), 4)
    got = list(read_piece(piece, Options()))
    docs = [g for g in got if isinstance(g, Document)]
    assert [d.doc_id for d in docs] == ["feed#4", "feed#6"]
    assert [d.text for d in docs] == [
        "Japan praised Vietnam on day 4.",
        "Japan praised Vietnam on day 6.",
    ]
    (error,) = [str(g) for g in got if not isinstance(g, Document)]
    assert error.startswith("[E008]") and f"{path}:5:" in error


def test_a_piece_with_bad_utf8_keeps_the_lines_before_and_names_what_it_skips(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feed.jsonl"
    good = [json.dumps({"text": f"Japan praised Vietnam {i}."}).encode() for i in range(1, 7)]
    good[3] = b'{"text": "caf\xe9"}'
    path.write_bytes(b"\n".join(good) + b"\n")
    data = path.read_bytes()
    start = len(good[0]) + 1  # lines 2-6
    got = list(read_piece(Piece(str(path), str(path), start, len(data), 2), Options()))
    assert [g.text for g in got if isinstance(g, Document)] == [
        "Japan praised Vietnam 2.",
        "Japan praised Vietnam 3.",
    ]
    (error,) = [str(g) for g in got if not isinstance(g, Document)]
    assert error.startswith(f"[E806] {path}:4: not valid UTF-8; lines 4-6 of this file")
    path.unlink()
    gone = [str(g) for g in read_piece(Piece(str(path), str(path), 0, 10, 1), Options())]
    assert len(gone) == 1 and gone[0].startswith("[E003]")


def test_one_readable_id_from_two_files_of_a_shard_gets_a_suffix(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Story\n\nJapan praised {folder}.\n")
    pieces = tuple(Piece(str(tmp_path / f / "story.txt"), str(tmp_path / f)) for f in ("a", "b"))
    result = ShardResult("k", 0)
    docs = list(_documents(Shard("k", 0, pieces, 0), Options(), result))
    assert docs[0].doc_id == "story" and docs[1].doc_id.startswith("story~")
    assert len(docs[1].doc_id) == len("story~") + 8 and result.errors == []
    assert Shard("k", 0, (), 0).first() == "(empty)"
    assert [p.label() for p in pieces] == [p.path for p in pieces]
    assert Piece("f.jsonl", "f.jsonl", 10, 20, 7).label() == "f.jsonl:7"


@pytest.mark.parametrize(
    ("name", "number"),
    [
        ("part-00000.parquet", 0),
        ("part-00042.parquet", 42),
        ("part-123456.parquet", 123456),
        ("part-1.parquet", None),
        ("part-00042.parquet.tmp-99-abcd", None),
        ("manifest.jsonl", None),
    ],
)
def test_part_numbers_of_file_names(name: str, number: int | None) -> None:
    assert part_number(name) == number


def _stored(items: list[Document | object]) -> dict[str, tuple[str, str]]:
    """What a store would hold: the last document of each source (a later one replaces)."""
    return {d.source: (d.doc_id, d.text) for d in items if isinstance(d, Document)}


@pytest.mark.parametrize(
    "ids",
    [
        pytest.param(["a", "b", "c", "d", "e", "f"], id="distinct-ids"),
        pytest.param([None] * 6, id="no-ids"),
        pytest.param(["a", "b", "c", "a", "e", "f"], id="an-id-repeated-in-a-later-shard"),
        pytest.param(["a", "b", "a", "a", "b", "a~x"], id="an-id-repeated-in-every-shard"),
    ],
)
def test_the_pieces_of_a_jsonl_file_hold_what_ingest_reads_from_it(
    tmp_path: Path, ids: list[str | None]
) -> None:
    from realpolitik.ingest import read_file
    from realpolitik.ingest._files import InputFile

    path = tmp_path / "feed.jsonl"
    records = [
        {"text": f"Japan praised Vietnam on day {i} of the talks." + " More." * 20}
        | ({"id": key} if key else {})
        for i, key in enumerate(ids)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    planned, _ = plan_shards([path], 300, "fp")
    assert len(planned) >= 3
    pieces = [d for _, (p,), _ in planned for d in read_piece(p, Options())]
    whole = list(read_file(InputFile(path, path)))
    assert _stored(pieces) == _stored(whole)
    assert len(_stored(whole)) == 6


def test_a_repeat_across_shards_is_named_as_ingest_names_it_and_keys_the_later_shard(
    tmp_path: Path,
) -> None:
    from realpolitik.errors import InputError

    path = tmp_path / "feed.jsonl"

    def write(first_text: str) -> list[tuple[str, tuple[Piece, ...], int]]:
        texts = [first_text, "Peru praised Chile.", "Mali praised Niger.", "Japan praised Vietnam."]
        lines = [json.dumps({"id": "a" if i in (0, 3) else f"n{i}", "text": t + " More." * 20})
                 for i, t in enumerate(texts)]  # fmt: skip
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return plan_shards([path], 150, "fp")[0]

    planned = write("Japan praised Vietnam.")
    last = planned[-1][1][0]
    assert [s[0] for s in last.seen] == ["a"]
    # the same text under the same id is the duplicate ingest skips, said in one coded line
    (error,) = [d for d in read_piece(last, Options()) if isinstance(d, InputError)]
    assert "E026" in str(error) and "line 1" in str(error)
    # the earlier piece's text changes: the later piece's bytes do not, its key does
    again = write("Japan criticised Vietnam.")
    moved = again[-1][1][0]
    assert moved.seen != last.seen and again[-1][0] != planned[-1][0]
    (doc,) = [d for d in read_piece(moved, Options()) if isinstance(d, Document)]
    assert doc.doc_id.startswith("a~") and doc.source.endswith("#" + doc.doc_id)
