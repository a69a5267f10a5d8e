"""Bad inputs, written by the tests themselves: each with the one line it must produce."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

GOOD_ARTICLE = "Seoul and Tokyo agreed on a plan.\nDate: 2024-03-01\n\nThe two sides met.\n"

MENU_PAGE = (
    "<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a> "
    "<a href='/world'>World</a> <a href='/asia'>Asia</a></nav>"
    "<footer>Suggest a correction</footer></body></html>"
)
TRUNCATED_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item>'
    "<title>A</title><description>Russia and China signed"
)
EMPTY_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    "<link>https://e.example.org</link><description>d</description></channel></rss>"
)

# A character reference to a lone surrogate: feedparser itself raises on it.
FEED_SURROGATE = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    "<item><guid>a</guid><title>Bad &#55296; title</title><description>Kim met Putin."
    "</description></item><item><guid>b</guid><description>Russia and China signed a deal."
    "</description></item></channel></rss>"
)


@dataclass(frozen=True)
class Case:
    """One bad input: how to make it, its code, what the line must name, and if it may partly read."""

    name: str
    make: Callable[[Path], Path]
    code: str
    where: str  # "file" or "file:line" as the message must show it
    partial: bool = False  # the file still yields a good document (JSONL with one good line)
    max_bytes: int | None = None


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _write_bytes_name(name: bytes, data: bytes) -> Callable[[Path], Path]:
    """A file whose name is bytes that are not UTF-8 (Python holds them as surrogates)."""

    def make(folder: Path) -> Path:
        path = Path(os.fsdecode(os.path.join(os.fsencode(folder), name)))
        path.write_bytes(data)
        return path

    return make


def _jsonl(name: str, *lines: str) -> Callable[[Path], Path]:
    return _write(name, ("\n".join(lines) + "\n").encode("utf-8"))


def _loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    os.symlink(path.name, path)  # a link to itself: opening it fails
    return path


def _missing(folder: Path) -> Path:
    return folder / "missing.txt"


def _empty_dir(folder: Path) -> Path:
    path = folder / "nothing-here"
    path.mkdir()
    (path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    return path


GOOD_LINE = json.dumps({"id": "ok-1", "text": "Hanoi and Washington upgraded their ties."})

CASES = [
    Case("empty", _write("empty.txt", b""), "E001", "empty.txt"),
    Case("blank", _write("blank.md", b"  \n\n \t\n"), "E001", "blank.md"),
    Case("binary", _write("data.txt", b"\x00\x01\x02\x03binary\x00" * 20), "E002", "data.txt"),
    Case("image", _write("photo.html", b"\x89PNG\r\n\x1a\n" + b"\x11" * 64), "E002", "photo.html"),
    Case("unreadable", _loop, "E003", "loop.txt"),
    Case(
        "oversized",
        _write("big.txt", b"Russia and China signed a deal. " * 10),
        "E004",
        "big.txt",
        max_bytes=100,
    ),
    Case("undecodable", _write("latin1.txt", b"Title\n\ncaf\xe9 talks"), "E005", "latin1.txt:3"),
    Case("no main text", _write("menu.html", MENU_PAGE.encode()), "E006", "menu.html"),
    Case("malformed feed", _write("broken.rss", TRUNCATED_FEED.encode()), "E007", "broken.rss"),
    Case("xml not a feed", _write("note.xml", b"<note><to>x</to></note>"), "E007", "note.xml"),
    Case("feed without entries", _write("empty.rss", EMPTY_FEED.encode()), "E013", "empty.rss"),
    Case(
        "jsonl not json",
        _jsonl("bad.jsonl", GOOD_LINE, '{"id": "x", "text": "unterminated'),
        "E008",
        "bad.jsonl:2",
        partial=True,
    ),
    Case(
        "jsonl no text",
        _jsonl("notext.jsonl", '{"id": "a", "title": "T"}'),
        "E009",
        "notext.jsonl:1",
    ),
    Case("jsonl text not string", _jsonl("num.jsonl", '{"text": 5}'), "E012", "num.jsonl:1"),
    Case(
        "jsonl bad date",
        _jsonl("date.jsonl", GOOD_LINE, '{"text": "Kim met Putin.", "date": "last week"}'),
        "E012",
        "date.jsonl:2",
        partial=True,
    ),
    Case("jsonl not object", _jsonl("array.jsonl", "[1, 2]"), "E017", "array.jsonl:1"),
    Case("missing", _missing, "E010", "missing.txt"),
    Case("unsupported", _write("table.csv", b"a,b\n1,2\n"), "E011", "table.csv"),
    Case("no supported files", _empty_dir, "E016", "nothing-here"),
    Case(
        "jsonl nested 5000 deep",
        _jsonl("deep.jsonl", GOOD_LINE, '{"text": "x", "a": ' + "[" * 5000 + "]" * 5000 + "}"),
        "E021",
        "deep.jsonl:2",
        partial=True,
    ),
    Case(
        "jsonl 5000-digit integer",
        _jsonl("digits.jsonl", GOOD_LINE, '{"text": "x", "n": ' + "7" * 5000 + "}"),
        "E022",
        "digits.jsonl:2",
        partial=True,
    ),
    Case(
        "jsonl lone surrogate in text",
        _jsonl("text.jsonl", GOOD_LINE, '{"text": "Seoul \\ud800 and Tokyo met."}'),
        "E023",
        "text.jsonl:2",
        partial=True,
    ),
    Case(
        "jsonl lone surrogate in id",
        _jsonl("id.jsonl", '{"id": "a\\udc00", "text": "Kim met Putin."}', GOOD_LINE),
        "E023",
        "id.jsonl:1",
        partial=True,
    ),
    Case(
        "jsonl lone surrogate in title",
        _jsonl("title.jsonl", GOOD_LINE, '{"title": "\\udbff", "text": "Kim met Putin."}'),
        "E023",
        "title.jsonl:2",
        partial=True,
    ),
    Case(
        "file name not utf-8",
        _write_bytes_name(b"bad\xffname.txt", b"Russia and China signed a deal."),
        "E024",
        "bad\\xffname.txt",
    ),
    Case(
        "feed with surrogate reference",
        _write("surrogate.rss", FEED_SURROGATE.encode()),
        "E007",
        "surrogate.rss",
    ),
    Case("newline in file name", _write("two\nlines.txt", b""), "E001", "two\\nlines.txt"),
    Case(
        "jsonl same id same text twice",
        _jsonl("twice.jsonl", GOOD_LINE, GOOD_LINE),
        "E026",
        "twice.jsonl:2",
        partial=True,
    ),
]
