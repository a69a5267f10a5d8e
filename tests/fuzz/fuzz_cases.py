"""Malformed inputs for every reader and loader, generated from a seed.

Each input starts from a valid seed (``fuzz_seeds``) and gets one to three mutations: generic
byte damage (flips, truncation, NUL bytes, bad UTF-8, BOMs, line endings) or a hostile payload
aimed at one format (JSON nested thousands deep, 5,000-digit numbers, lone surrogates, entity
expansion, unpunctuated 20,000-word paragraphs, zip bombs, ``..`` member names, short rows).
Some inputs are not files at all (named pipes, link loops, folders named like files, names
that are not UTF-8). The same seed always gives the same inputs.
"""

from __future__ import annotations

import gzip
import io
import os
import random
import shutil
import socket
import struct
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fuzz_seeds import LOADER_SEEDS, READER_SEEDS, reader_seed

Mutator = Callable[[random.Random, bytes], bytes]


@dataclass(frozen=True)
class Input:
    """One file (or non-file) to put in a batch folder."""

    name: bytes  # may hold bytes that are not UTF-8
    data: bytes = b""
    special: str = ""  # "", "fifo", "socket", "loop", "dangling", "dir"
    how: str = ""


@dataclass
class ReaderBatch:
    """Malformed files mixed with valid ones whose documents must all come out."""

    bad: list[Input] = field(default_factory=list)
    good: list[tuple[Input, list[str]]] = field(default_factory=list)


@dataclass(frozen=True)
class LoaderCase:
    """One `data load` of a malformed file (with its valid partner files, for UN votes)."""

    kind: str
    files: tuple[Input, ...]
    how: str


# -- generic byte damage ---------------------------------------------------------------------


def _flip(rnd: random.Random, data: bytes) -> bytes:
    out = bytearray(data or b"x")
    for _ in range(rnd.randint(1, 8)):
        out[rnd.randrange(len(out))] = rnd.randrange(256)
    return bytes(out)


def _truncate(rnd: random.Random, data: bytes) -> bytes:
    return data[: rnd.randrange(max(len(data), 1))]


def _insert(token: bytes) -> Mutator:
    def mutate(rnd: random.Random, data: bytes) -> bytes:
        at = rnd.randrange(len(data) + 1)
        return data[:at] + token + data[at:]

    return mutate


def _repeat_line(rnd: random.Random, data: bytes) -> bytes:
    lines = data.split(b"\n")
    at = rnd.randrange(len(lines))
    lines[at:at] = [lines[at]] * rnd.choice([2, 50, 2000])
    return b"\n".join(lines)


def _delete_span(rnd: random.Random, data: bytes) -> bytes:
    if len(data) < 2:
        return b""
    a = rnd.randrange(len(data))
    b = min(len(data), a + rnd.randint(1, 200))
    return data[:a] + data[b:]


GENERIC: list[tuple[str, Mutator]] = [
    ("flip", _flip),
    ("truncate", _truncate),
    ("nul", _insert(b"\x00")),
    ("bad-utf8", _insert(b"\xff\xfe\xc3")),
    ("cesu-surrogate", _insert(b"\xed\xa0\x80")),
    ("bom", lambda rnd, d: b"\xef\xbb\xbf" + d),
    ("utf16", lambda rnd, d: d.decode("utf-8", "replace").encode("utf-16")),
    ("latin1", lambda rnd, d: d.decode("utf-8", "replace").encode("latin-1", "replace") + b"\xe9"),
    ("cr-only", lambda rnd, d: d.replace(b"\n", b"\r")),
    ("crlf", lambda rnd, d: d.replace(b"\n", b"\r\n")),
    ("control", _insert(bytes(range(1, 32)))),
    ("repeat-line", _repeat_line),
    ("delete-span", _delete_span),
    ("empty", lambda rnd, d: b""),
    ("blank", lambda rnd, d: b" \n\t\n"),
    ("binary", lambda rnd, d: bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 3000)))),
    ("magic", lambda rnd, d: rnd.choice([b"%PDF-1.4\n", b"PK\x03\x04", b"\x1f\x8b\x08"]) + d),
]


# -- hostile payloads, by format ---------------------------------------------------------------


def _words(rnd: random.Random, count: int) -> bytes:
    return b" ".join(rnd.choice([b"word", b"talks", b"Seoul", b"treaty"]) for _ in range(count))


def _jsonl_payloads(rnd: random.Random) -> list[tuple[str, bytes]]:
    depth = rnd.choice([1500, 5000, 50_000])
    return [
        ("deep-array", b'{"text": "x", "a": ' + b"[" * depth + b"]" * depth + b"}"),
        ("deep-object", b'{"text": ' + b'{"a": ' * depth + b"1" + b"}" * depth + b"}"),
        ("unclosed-deep", b"[" * depth),
        ("big-int", b'{"text": "x", "n": ' + b"9" * rnd.choice([4301, 5000, 50_000]) + b"}"),
        ("big-int-id", b'{"id": ' + b"1" * 4400 + b', "text": "x"}'),
        ("surrogate-text", b'{"text": "a \\ud800 b"}'),
        ("surrogate-id", b'{"id": "\\udfff", "text": "x"}'),
        ("surrogate-title", b'{"title": "\\udbff\\udbff", "text": "x"}'),
        ("surrogate-url", b'{"url": "\\ud800", "text": "x"}'),
        ("surrogate-date", b'{"date": "\\ud800", "text": "x"}'),
        ("nul-text", b'{"text": "a\\u0000b"}'),
        ("not-object", rnd.choice([b"[1, 2]", b'"text"', b"42", b"null", b"true"])),
        ("wrong-types", b'{"text": ["a"], "id": {"x": 1}, "date": 5, "title": 3}'),
        ("nan", b'{"text": "x", "n": NaN, "m": -Infinity}'),
        ("dup-id", b'{"id": "same", "text": "one"}\n{"id": "same", "text": "two"}\n'
                   b'{"id": "same", "text": "one"}'),
        ("odd-dates", b'{"text": "x", "date": "%s"}'
         % rnd.choice([b"0000-00-00", b"9999-12-31", b"2024-02-30", b"99999-01-01", b"-1"])),
        ("long-text", b'{"text": "' + _words(rnd, 20_000) + b'"}'),
        ("huge-key-count", b"{" + b",".join(b'"k%d": %d' % (i, i) for i in range(20_000))
         + b', "text": "x"}'),
    ]  # fmt: skip


def _html_payloads(rnd: random.Random) -> list[tuple[str, bytes]]:
    depth = rnd.choice([1000, 10_000])
    return [
        ("unpunctuated", b"<html><body><article><p>" + _words(rnd, 20_000)
         + b"</p></article></body></html>"),
        ("deep-divs", b"<html><body>" + b"<div>" * depth + b"Russia and China met."
         + b"</div>" * depth + b"</body></html>"),
        ("bogus-charset", b"<html><head><meta charset='x-unknown-7'></head><body><p>"
         b"Russia and China signed a treaty today.\xe9</p></body></html>"),
        ("utf7-charset", b"<meta charset=utf-7><p>+ADw-script+AD4- Russia and China met.</p>"),
        ("unclosed-comment", b"<html><body><!-- " + _words(rnd, 2000)),
        ("script-only", b"<html><script>" + b"x=1;" * 5000 + b"</script></html>"),
        ("char-refs", b"<p>Russia &#55296; &#0; &#x110000; &#xD800; and China met today.</p>"),
        ("lt-run", b"<p>" + b"<" * 50_000 + b"</p>"),
        ("attr-flood", b"<p " + b'a="1" ' * 20_000 + b">Russia and China met today.</p>"),
    ]  # fmt: skip


_LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10)
    )
    + b']><rss version="2.0"><channel><item><description>&lol9;</description></item>'
    b"</channel></rss>"
)


def _feed_payloads(rnd: random.Random) -> list[tuple[str, bytes]]:
    item = b"<item><guid>g</guid><description>Russia and China met %d.</description></item>"
    return [
        ("billion-laughs", _LAUGHS),
        ("xxe", b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         b'<rss version="2.0"><channel><item><description>&x;</description></item></channel></rss>'),
        ("surrogate-ref", b'<rss version="2.0"><channel><item><title>&#55296;</title><description>'
         b"Russia and China met.</description></item></channel></rss>"),
        ("dup-guids", b'<rss version="2.0"><channel>'
         + b"".join(item % (i % 3) for i in range(rnd.choice([5, 20])))
         + b"</channel></rss>"),
        ("odd-dates", b'<rss version="2.0"><channel><item><pubDate>%s</pubDate><description>'
         b"Russia and China met.</description></item></channel></rss>"
         % rnd.choice([b"Mon, 01 Jan 0000 00:00:00 GMT", b"99999-01-01", b"Thu, 31 Dec 9999 23:59:59 -1200"])),
        ("encoding-lie", b'<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><item>'
         b"<description>Russia met China.</description></item></channel></rss>"),
        ("unknown-encoding", b'<?xml version="1.0" encoding="x-klingon"?><rss version="2.0">'
         b"<channel><item><description>Russia met China.</description></item></channel></rss>"),
        ("many-entries", b'<rss version="2.0"><channel>'
         + b"".join(b"<item><guid>%d</guid><description>Text %d.</description></item>" % (i, i)
                    for i in range(1000)) + b"</channel></rss>"),
        ("cdata-open", b'<rss version="2.0"><channel><item><description><![CDATA[' + _words(rnd, 3000)),
    ]  # fmt: skip


def _text_payloads(rnd: random.Random) -> list[tuple[str, bytes]]:
    n = rnd.choice([10_000, 33_000])
    return [
        ("stars", b"# T\n\n" + b"*a " * n + b"\n"),
        ("underscores", b"_a " * n + b"__b__\n"),
        ("date-spaces", b"Title\nDate: 2024-01-02" + b" " * (3 * n) + b"x\n\nBody text here."),
        ("odd-date", b"Title\nDate: %s\n\nBody." % rnd.choice([b"0000-00-00", b"9999-99-99", b"\xff"])),
        ("one-long-line", _words(rnd, n)),
        ("heading-only", b"# " + b"#" * 5000),
    ]  # fmt: skip


PAYLOADS: dict[str, Callable[[random.Random], list[tuple[str, bytes]]]] = {
    ".jsonl": _jsonl_payloads,
    ".html": _html_payloads,
    ".rss": _feed_payloads,
    ".atom": _feed_payloads,
    ".txt": _text_payloads,
    ".md": _text_payloads,
}


def _bad_reader_input(rnd: random.Random, index: int) -> Input:
    roll = rnd.random()
    suffix = rnd.choice(sorted(READER_SEEDS))
    name = f"bad{index:05d}{suffix}".encode()
    if roll < 0.06:
        special = rnd.choice(["fifo", "socket", "loop", "dangling", "dir"])
        return Input(name, special=special, how=special)
    if roll < 0.10:
        odd = rnd.choice([b"n\xffame", b"two\nlines", b"tab\there", b" lead", b"-dash"])
        return Input(odd + b"%05d" % index + suffix.encode(), b"Russia met China.", how="odd-name")
    if roll < 0.50:
        how, payload = rnd.choice(PAYLOADS[suffix](rnd))
        return Input(name, payload, how=how)
    text, _ = reader_seed(suffix, f"junk{index}")
    raw = text.encode("utf-8")
    steps = []
    for _ in range(rnd.randint(1, 3)):
        how, mutate = rnd.choice(GENERIC)
        raw = mutate(rnd, raw)
        steps.append(how)
    return Input(name, raw, how="+".join(steps))


def reader_batches(seed: int, inputs: int, per_batch: int = 10, good: int = 3) -> list[ReaderBatch]:
    """``inputs`` malformed files in batches of ``per_batch``, each with ``good`` valid files."""
    rnd = random.Random(seed)
    batches = []
    for start in range(0, inputs, per_batch):
        batch = ReaderBatch()
        for index in range(start, min(start + per_batch, inputs)):
            batch.bad.append(_bad_reader_input(rnd, index))
        for k in range(good):
            suffix = rnd.choice(sorted(READER_SEEDS))
            marker = f"zqv{start}x{k}q"
            text, markers = reader_seed(suffix, marker)
            batch.good.append((Input(f"good{start}-{k}{suffix}".encode(), text.encode()), markers))
        batches.append(batch)
    return batches


# -- dataset files -----------------------------------------------------------------------------


def _csv_lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _drop_header_column(rnd: random.Random, data: bytes) -> bytes:
    lines = _csv_lines(data)
    for i, line in enumerate(lines):
        delim = b"\t" if b"\t" in line else b","
        cells = line.split(delim)
        if len(cells) > 2:
            del cells[rnd.randrange(len(cells))]
            lines[i] = delim.join(cells)
            break
    return b"\n".join(lines)


def _short_row(rnd: random.Random, data: bytes) -> bytes:
    lines = [ln for ln in _csv_lines(data) if ln]
    delim = b"\t" if b"\t" in lines[-1] else b","
    cells = lines[-1].split(delim)
    return data + delim.join(cells[: rnd.randint(1, max(1, len(cells) - 1))]) + b"\n"


def _long_row(rnd: random.Random, data: bytes) -> bytes:
    lines = [ln for ln in _csv_lines(data) if ln]
    delim = b"\t" if b"\t" in lines[-1] else b","
    return data + lines[-1] + delim * rnd.choice([1, 50]) + b"x\n"


def _poison_cell(rnd: random.Random, data: bytes) -> bytes:
    token = rnd.choice([b"abc", b"1e400", b"9" * 400, b"-99999", b"NaN", b'"', b"2024-13-45",
                        b"abcFrance", b"\xe9", b"=cmd|' /C calc'!A0", b"", b"?"])  # fmt: skip
    lines = _csv_lines(data)
    at = rnd.randrange(1, max(2, len(lines) - 1))
    if at >= len(lines) or not lines[at]:
        return data + token
    delim = b"\t" if b"\t" in lines[at] else b","
    cells = lines[at].split(delim)
    cells[rnd.randrange(len(cells))] = token
    lines[at] = delim.join(cells)
    return b"\n".join(lines)


CSV_DAMAGE: list[tuple[str, Mutator]] = [
    ("drop-header-column", _drop_header_column),
    ("short-row", _short_row),
    ("long-row", _long_row),
    ("poison-cell", _poison_cell),
    ("poison-cell", _poison_cell),
    ("unbalanced-quote", _insert(b'"')),
    ("header-only", lambda rnd, d: d.split(b"\n")[0] + b"\n"),
    ("huge-line", lambda rnd, d: d + b"x" * 300_000 + b"\n"),
    ("many-rows", lambda rnd, d: d + b"\n".join(d.split(b"\n")[1:3]) * 2000),
    ("semicolons", lambda rnd, d: d.replace(b",", b";")),
    ("tabs-for-commas", lambda rnd, d: d.replace(b",", b"\t")),
]


def _zip(members: list[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        for name, data in members:
            archive.writestr(zipfile.ZipInfo(name) if name.endswith("..") else name, data)
    return buffer.getvalue()


def _declared(data: bytes, size: int) -> bytes:
    """A zip whose one member claims ``size`` bytes unpacked."""
    out = bytearray(data)
    local, central = out.find(b"PK\x03\x04"), out.find(b"PK\x01\x02")
    struct.pack_into("<I", out, local + 22, size)
    struct.pack_into("<I", out, central + 24, size)
    return bytes(out)


def _container(rnd: random.Random, name: str, data: bytes) -> tuple[str, bytes, str]:
    """The file wrapped in a (possibly broken) gzip or zip."""
    choice = rnd.choice(["gz", "gz-cut", "zip", "zip-garbage", "zip-dotdot", "zip-declared",
                         "zip-bomb", "zip-empty", "zip-nested", "zip-cut", "zip-stored-crc"])  # fmt: skip
    if choice == "gz":
        return name + ".gz", gzip.compress(data), choice
    if choice == "gz-cut":
        packed = gzip.compress(data)
        return name + ".gz", packed[: len(packed) // 2], choice
    if choice == "zip":
        return name + ".zip", _zip([(name, data)]), choice
    if choice == "zip-garbage":
        return name + ".zip", _zip([(name, data), ("junk.csv", os.urandom(500))]), choice
    if choice == "zip-dotdot":
        return name + ".zip", _zip([(rnd.choice(["x/..", "../.."]), data)]), choice
    if choice == "zip-declared":
        return name + ".zip", _declared(_zip([(name, data)]), 4_100_000_000), choice
    if choice == "zip-bomb":
        return name + ".zip", _zip([(name, data + b"0" * 30_000_000)]), choice
    if choice == "zip-empty":
        return name + ".zip", _zip([]), choice
    if choice == "zip-nested":
        return name + ".zip", _zip([("inner.zip", _zip([(name, data)]))]), choice
    if choice == "zip-cut":
        packed = _zip([(name, data)])
        return name + ".zip", packed[: len(packed) * 2 // 3], choice
    stored = bytearray(_zip([(name, data)], zipfile.ZIP_STORED))
    at = stored.find(data[:8]) if data else -1
    if at >= 0:
        stored[at] ^= 0xFF  # stored bytes no longer match the CRC
    return name + ".zip", bytes(stored), choice


def loader_cases(seed: int, inputs: int, max_expanded: int = 20_000_000) -> list[LoaderCase]:
    """``inputs`` malformed dataset files, spread over every kind."""
    rnd = random.Random(seed + 7919)
    kinds = sorted(LOADER_SEEDS)
    cases = []
    for index in range(inputs):
        kind = kinds[index % len(kinds)]
        files = LOADER_SEEDS[kind]
        target = rnd.randrange(len(files))
        name, text = files[target]
        data = text.encode("utf-8")
        steps = []
        for _ in range(rnd.randint(1, 2)):
            how, mutate = rnd.choice(CSV_DAMAGE + GENERIC[:13])
            data = mutate(rnd, data)
            steps.append(how)
        fname = f"bad{index:05d}-{name}"
        if rnd.random() < 0.3:
            fname, data, how = _container(rnd, fname, data)
            steps.append(how)
        built = [Input(fname.encode(), data, how="+".join(steps))]
        if kind == "unga-votes":  # loaded with its valid partner file
            other = files[1 - target]
            built.append(Input(f"bad{index:05d}-ok-{other[0]}".encode(), other[1].encode()))
        elif kind == "trade" and rnd.random() < 0.3 and target == 1:
            codes = b"country_code,country_iso3\n156,CHN\n408,PRK\n"
            fname = f"BACI_HS92_V{index:05d}.zip"
            members = [(name, data), ("country_codes_V202601.csv", codes)]
            built = [Input(fname.encode(), _zip(members), how="+".join(steps) + "+baci-release")]
        cases.append(LoaderCase(kind, tuple(built), built[0].how))
    return cases


def valid_loads() -> list[tuple[str, list[Input]]]:
    """The valid files of every kind, loaded before the malformed ones (and checked after)."""
    out: list[tuple[str, list[Input]]] = []
    for kind, files in sorted(LOADER_SEEDS.items()):
        inputs = [Input(f"valid-{name}".encode(), text.encode()) for name, text in files]
        if kind == "trade":
            out.extend((kind, [i]) for i in inputs)
        else:
            out.append((kind, inputs))
    return out


def materialize(item: Input, folder: Path) -> Path:
    """Create ``item`` inside ``folder`` and return its path (``str`` paths keep odd bytes)."""
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), item.name)))
    if item.special == "fifo":
        os.mkfifo(path)
    elif item.special == "socket":  # bound under a short name (sockets allow 108 bytes), moved
        short = Path(tempfile.mkdtemp(prefix="rpfz")) / "s"
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(short))
        sock.close()  # the socket file stays; nobody listens
        try:
            os.rename(short, path)
        except OSError:  # another file system: a named pipe stands in
            os.mkfifo(path)
        shutil.rmtree(short.parent, ignore_errors=True)
    elif item.special == "loop":
        os.symlink(path.name, path)
    elif item.special == "dangling":
        os.symlink(path.name + ".gone", path)
    elif item.special == "dir":
        path.mkdir()
        (path / "inner.txt").write_text("Russia and China met.", encoding="utf-8")
    else:
        path.write_bytes(item.data)
    return path
