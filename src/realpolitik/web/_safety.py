"""Output that cannot be turned against the reader: safe links, CSV cells and response headers.

Text from feeds and JSON Lines reaches the dashboard (titles, URLs, sentences). Jinja2 escapes
every value in the pages and the scripts only ever set ``textContent``; on top of that, links are
rendered only for http(s) URLs (``javascript:`` and ``data:`` URLs from a feed are shown as text,
never as a link), CSV cells that a spreadsheet would run as a formula are neutralised (OWASP CSV
injection), and every response carries a strict Content-Security-Policy: scripts, styles and data
only from this server, nothing inline, no frames.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
META_CSP = CSP.replace("; frame-ancestors 'none'", "")
"""The same policy for the pages' meta tag (a meta tag cannot carry frame-ancestors)."""
HEADERS: list[tuple[str, str]] = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_url(url: object) -> str | None:
    """The URL if it is an absolute http or https URL with a host, else None (shown as text)."""
    if not isinstance(url, str):
        return None
    text = url.strip()
    if any(ord(c) < 0x20 for c in text):
        return None
    try:
        parts = urlsplit(text)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return text


def csv_cell(value: Any) -> Any:
    """A cell a spreadsheet shows as text: strings starting with = + - @ tab or CR get a quote."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def to_csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow(
            [csv_cell(_plain(safe_url(row.get(c)) if c == "url" else row.get(c))) for c in columns]
        )
    return out.getvalue()


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, float) and not math.isfinite(value):
        return ""
    return value


_PLAIN = frozenset({str, int, bool, type(None)})


def json_ready(value: Any) -> Any:
    """NaN and infinities become null (JSON has none); URLs under a 'url' key are checked."""
    if type(value) in _PLAIN:  # most cells: no ABC check (that costs a page milliseconds)
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, Mapping):
        return {str(k): safe_url(v) if k == "url" else json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_ready(v) for v in value]
    if isinstance(value, (str, int, bool)) or value is None:
        return value
    return str(value)
