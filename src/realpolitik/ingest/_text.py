"""Plain text and light Markdown articles, and the text clean-up every reader shares."""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata

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
_DATE_LINE = re.compile(r"^\s*date\s*:\s*(\S.*?)\s*$", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def normalise(text: str) -> str:
    """NFC, Unix newlines, straight quotes; trailing spaces and outer blank lines removed."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_SAME_LENGTH)
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


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
    date_match = _DATE_LINE.match(lines[1]) if len(lines) > 1 else None
    if date_match:
        title = first[2:].strip() if is_md_title else first
        date = parse_date(date_match.group(1))
        body = "\n".join(lines[2:])
    elif is_md_title:
        title = first[2:].strip()
        body = "\n".join(lines[1:])
    if markdown:
        body = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", body))
    return title or None, date, body.strip()
