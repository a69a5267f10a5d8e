"""Plain text and light Markdown articles, and the text clean-up every reader shares."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from collections.abc import Container

# Curly quotes and odd spaces become their ASCII twins: one character for one, so offsets into
# the stored text stay exact and extraction sees one kind of apostrophe.
_SAME_LENGTH = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_DELIMITERS = {"*": ("**", "*"), "_": ("__", "_")}


def normalise(text: str) -> str:
    """NFC, Unix newlines, straight quotes; trailing spaces and outer blank lines removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_SAME_LENGTH)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def lone_surrogate(value: str) -> str | None:
    """The first lone surrogate in ``value`` as an escape (``\\ud800``), or None.

    JSON escapes and XML character references can produce them; they are not Unicode, so no
    UTF-8 hash or DuckDB string can hold them: the record is skipped, never stored half-broken.
    """
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(value[exc.start]):04x}"
    return None


def distinct_key(key: str, digest: str, taken: Container[str]) -> str:
    """``key`` made unique with the start of the text's hash: ``guid~1a2b3c4d``."""
    for width in range(8, len(digest) + 1, 4):
        candidate = f"{key}~{digest[:width]}"
        if candidate not in taken:
            return candidate
    return f"{key}~{digest}"


_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%Y/%m/%d")


def parse_date(value: str | None) -> str | None:
    """ISO date from 'YYYY-MM-DD', an ISO or RFC 822 timestamp or '19 June 2024'; else None."""
    if not value or not value.strip():
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        pass
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def parse_text(raw: str, markdown: bool) -> tuple[str | None, str | None, str]:
    """(title, date, body) of an article in the examples convention.

    Convention: headline on line 1 (``# `` in Markdown), ``Date: YYYY-MM-DD`` on line 2, a
    blank line, then the body. A file without the ``Date:`` line is all body, except that a
    Markdown file's leading ``# Heading`` is still its title.
    """
    text = normalise(raw)
    lines = text.split("\n")
    title: str | None = None
    date: str | None = None
    body = text
    first = lines[0].strip()
    is_md_title = markdown and first.startswith("# ")
    date_value = _date_line(lines[1]) if len(lines) > 1 else None
    if date_value:
        title = first[2:].strip() if is_md_title else first
        date = parse_date(date_value)
        body = "\n".join(lines[2:])
    elif is_md_title:
        title = first[2:].strip()
        body = "\n".join(lines[1:])
    if markdown:
        body = strip_emphasis(_MD_HEADING.sub("", body))
    return title or None, date, body.strip()


def _date_line(line: str) -> str | None:
    """The value of a ``Date: ...`` line (any case and spacing), else None."""
    head, colon, value = line.partition(":")
    if not colon or head.strip().lower() != "date":
        return None
    return value.strip() or None


def strip_emphasis(text: str) -> str:
    """Markdown ``*emphasis*``, ``**strong**``, ``_x_`` and ``__x__`` without their markers.

    Markers inside words (snake_case) and unmatched ones stay. Each opener takes the nearest
    closer on its line, found by a pointer that only moves forward, so a line costs time in
    proportion to its length (the regular expression this replaces was quadratic: 90 KB of
    ``*a `` took a minute and a gigabyte).
    """
    return "\n".join(_strip_line(line) for line in text.split("\n"))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _strip_line(line: str) -> str:
    if "*" not in line and "_" not in line:
        return line
    n = len(line)
    closers: dict[str, list[int]] = {d: [] for pair in _DELIMITERS.values() for d in pair}
    for q, char in enumerate(line):
        if q == 0 or char not in _DELIMITERS or line[q - 1].isspace():
            continue
        for mark in _DELIMITERS[char]:
            end = q + len(mark)
            if line.startswith(mark, q) and (end == n or not _closes_before(line[end])):
                closers[mark].append(q)
    nearest = dict.fromkeys(closers, 0)
    out: list[str] = []
    i = 0
    while i < n:
        char = line[i]
        taken = False
        if char in _DELIMITERS and (i == 0 or not _closes_before(line[i - 1])):
            for mark in _DELIMITERS[char]:
                start = i + len(mark)
                if not line.startswith(mark, i) or start >= n or line[start].isspace():
                    continue
                found, k = closers[mark], nearest[mark]
                while k < len(found) and found[k] <= start:
                    k += 1
                nearest[mark] = k
                if k < len(found):
                    out.append(line[start : found[k]])
                    i = found[k] + len(mark)
                    taken = True
                    break
        if not taken:
            out.append(char)
            i += 1
    return "".join(out)


def _closes_before(char: str) -> bool:
    """A word character or ``*`` next to a marker: it is inside a word, not emphasis."""
    return _is_word(char) or char == "*"
