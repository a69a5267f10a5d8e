"""Inputs made to hurt: pipes in folders, repeated ids, pathological text for the readers' scans.

Hangs are caught by running the reader in a subprocess with a generous limit (minutes of slack
over what a linear scan needs), never by timing assertions.
"""

from __future__ import annotations

import json
import os
import random
import re
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import InputError
from realpolitik.ingest import read_paths
from realpolitik.ingest._html import has_sentence
from realpolitik.ingest._text import parse_text, strip_emphasis
from realpolitik.models import Document
from realpolitik.pipeline import ingest
from realpolitik.store import Store

CLI = str(Path(sys.executable).parent / "realpolitik")
GOOD = "Seoul and Tokyo agreed on a plan.\nDate: 2024-03-01\n\nThe two sides met.\n"

# The expressions the readers used before: kept here as the reference for what the linear
# scans must find (they are fine on a dozen characters, hopeless on a long line).
OLD_SENTENCE = re.compile(r"\w+(?:[^\w\n]+\w+){3,}[^\n]*?[.!?]")
OLD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")
OLD_DATE_LINE = re.compile(r"^\s*date\s*:\s*(\S.*?)\s*$", re.IGNORECASE)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_named_pipe_and_socket_in_a_folder_are_skipped_unread(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "stuck.txt")  # nobody writes: reading it would block forever
    explicit = tmp_path / "named.jsonl"
    os.mkfifo(explicit)
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(folder / "sock.rss"))
    try:
        done = subprocess.run(
            [CLI, "--db", str(tmp_path / "db.duckdb"), "ingest", str(folder), str(explicit)],
            capture_output=True, text=True, timeout=300, check=False,
        )  # fmt: skip
    finally:
        sock.close()
    assert done.returncode == 0, done.stderr
    lines = sorted(done.stderr.strip().splitlines())
    assert lines == sorted(
        [
            f"realpolitik: skipped: [E025] {explicit}: not a regular file (a named pipe); skipped"
            " without reading it.",
            f"realpolitik: skipped: [E025] {folder}/sock.rss: not a regular file (a socket); skipped"
            " without reading it.",
            f"realpolitik: skipped: [E025] {folder}/stuck.txt: not a regular file (a named pipe);"
            " skipped without reading it.",
        ]
    )
    con = duckdb.connect(str(tmp_path / "db.duckdb"), read_only=True)
    assert con.execute("SELECT doc_id FROM documents").fetchall() == [("good",)]
    con.close()


FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>
{items}
</channel></rss>"""
ITEM = "<item><guid>one-guid</guid><title>T{n}</title><description>{text}</description></item>"
TEXTS = [
    "Russia and China signed a trade deal.",
    "Japan protested to China over the islands.",
    "India and Pakistan exchanged fire.",
    "France recalled its ambassador from Mali.",
    "Turkey hosted talks between Ukraine and Russia.",
]


def _duplicates(folder: Path) -> list[Path]:
    feed = folder / "wire.rss"
    feed.write_text(
        FEED.format(items="\n".join(ITEM.format(n=n, text=t) for n, t in enumerate(TEXTS))),
        encoding="utf-8",
    )
    lines = folder / "batch.jsonl"
    lines.write_text(
        "\n".join(json.dumps({"id": 7, "text": "Wire: " + t}) for t in TEXTS[:4]) + "\n",
        encoding="utf-8",
    )
    return [feed, lines]


def test_one_guid_or_id_with_other_texts_gives_distinct_documents(tmp_path: Path) -> None:
    items = list(read_paths(_duplicates(tmp_path)))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.text for d in docs] == TEXTS + ["Wire: " + t for t in TEXTS[:4]]
    assert len({d.doc_id for d in docs}) == 9 and len({d.source for d in docs}) == 9
    assert docs[0].doc_id == "one-guid" and docs[5].doc_id == "7"
    assert all(re.fullmatch(r"one-guid~[0-9a-f]{8}", d.doc_id) for d in docs[1:5])
    assert all(re.fullmatch(r"7~[0-9a-f]{8}", d.doc_id) for d in docs[6:])


@pytest.mark.slow
def test_repeated_ids_are_all_stored_and_a_rerun_changes_nothing(tmp_path: Path) -> None:
    paths = _duplicates(tmp_path)
    with Store(tmp_path / "db.duckdb") as store:
        first = ingest(paths, store)
        second = ingest(paths, store)
        stored = store.con.execute("SELECT count(*), count(DISTINCT doc_id) FROM documents")
        count = stored.fetchone()
    assert (first.new, first.unchanged, first.failed) == (9, 0, 0)
    assert count == (9, 9)
    assert (second.new, second.unchanged) == (0, 9)


def test_same_guid_and_same_text_is_a_duplicate_said_so(tmp_path: Path) -> None:
    feed = tmp_path / "twice.rss"
    feed.write_text(FEED.format(items=ITEM.format(n=1, text=TEXTS[0]) * 2), encoding="utf-8")
    items = list(read_paths([feed]))
    assert [type(i).__name__ for i in items] == ["Document", "InputError"]
    assert str(items[1]) == (
        f"[E026] {feed} (entry 2): guid 'one-guid' repeats entry 1 with the same text;"
        " duplicate skipped."
    )


HOSTILE = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from realpolitik.errors import InputError
    from realpolitik.ingest import read_paths

    folder = Path(sys.argv[1])
    words = " ".join(["word"] * 20_000)  # 100 KB, one paragraph, no full stop
    (folder / "page.html").write_text(
        "<html><body><article><h1>T</h1><p>" + words + "</p><p>" + words
        + " and the four words here end it.</p></article></body></html>", encoding="utf-8")
    (folder / "menu.html").write_text(
        "<html><body><article><p>" + words + "</p></article></body></html>", encoding="utf-8")
    (folder / "stars.md").write_text("# T\\n\\n" + "*a " * 33_000 + "*b*\\n", encoding="utf-8")
    (folder / "under.md").write_text("_a " * 33_000 + "__b__\\n", encoding="utf-8")
    (folder / "dated.txt").write_text(
        "Title\\nDate: 2024-01-02" + " " * 100_000 + "x\\n\\nBody text.", encoding="utf-8")
    for item in read_paths(sorted(folder.iterdir())):
        if isinstance(item, InputError):
            print("error", str(item).split("]")[0][1:], item.kwargs["path"].name)
        else:
            print("doc", item.doc_id, len(item.text), item.text[-12:].replace("\\n", " "))
    """
)


@pytest.mark.slow
def test_pathological_100kb_inputs_are_read_in_linear_time(tmp_path: Path) -> None:
    """Each of these ran for minutes (or hours) with the old regular expressions."""
    done = subprocess.run(
        [sys.executable, "-c", HOSTILE, str(tmp_path)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "doc dated 10 Body text."
    assert lines[1] == "error E006 menu.html"  # no sentence: menus and captions only
    assert lines[2].startswith("doc page ") and lines[2].endswith(" here end it.")
    # Only the first opener and the last closer pair up, as with the old expression.
    assert lines[3] == "doc stars 99001  *a *a *a *b"
    assert lines[4] == "doc under 99003 a _a _a __b_"


def _random_strings(alphabet: str, count: int, longest: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, longest))) for _ in range(count)
    ]


def test_linear_scans_find_what_the_old_expressions_found() -> None:
    """Same answers on 20,000 short strings each, unicode spaces and word characters included."""
    for text in _random_strings("*_a b\n\u00a0\u00e9.:", 20_000, 14, seed=1):
        assert strip_emphasis(text) == OLD_EMPHASIS.sub(r"\2", text), repr(text)
    for text in _random_strings("ab  .!?\n,\u00e9_", 20_000, 20, seed=2):
        assert has_sentence(text) == bool(OLD_SENTENCE.search(text)), repr(text)
    found = 0
    for tail in _random_strings(" :x\t\u00a0", 5_000, 8, seed=3):
        for head in ("date", " Date", "\tDATE", "dat"):
            line = head + tail
            old = OLD_DATE_LINE.match(line)
            title, _, body = parse_text(f"Title\n{line}\n\nBody.", markdown=False)
            found += old is not None
            assert (title == "Title") == (old is not None), repr(line)
            assert (body == "Body.") == (old is not None), repr(line)
    assert found > 1000


def test_markdown_emphasis_examples() -> None:
    assert (
        strip_emphasis("a **bold** and *it* and __u__ and _v_ x") == "a bold and it and u and v x"
    )
    assert strip_emphasis("snake_case_name and 2*3*4 stay") == "snake_case_name and 2*3*4 stay"
    assert strip_emphasis("**unclosed and *one*") == "*unclosed and *one"  # as it always was


def test_reader_never_yields_a_lone_surrogate(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "ok \\ud83d\\ude00 pair"}\n{"text": "bad \\ud83d alone"}\n', encoding="utf-8"
    )
    doc, error = list(read_paths([path]))
    assert isinstance(doc, Document) and doc.text == "ok \U0001f600 pair"
    assert isinstance(error, InputError) and "[E023]" in str(error) and "\\ud83d" in str(error)
