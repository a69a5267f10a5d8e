"""What the HTML report shows, prepared in Python: highlighted evidence and small inline SVGs.

The template only loops and prints; every string goes through jinja2's autoescaping, and the
few HTML pieces built here are built from escaped parts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import jinja2
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates"

QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}  # fmt: skip
QUAD_COLOURS = {1: "#6baed6", 2: "#2171b5", 3: "#fc9272", 4: "#cb181d"}

CODING_CITATIONS = [
    "Gerner, Deborah J.; Schrodt, Philip A.; Yilmaz, Ömür; Abu-Jabr, Rajaa (2002). Conflict and"
    " Mediation Event Observations (CAMEO): A New Event Data Framework for the Analysis of"
    " Foreign Policy Interactions. Paper presented at the ISA Annual Convention, New Orleans.",
    "Goldstein, Joshua S. (1992). A Conflict-Cooperation Scale for WEIS Events Data. Journal of"
    " Conflict Resolution 36(2): 369-385.",
    "Open Event Data Alliance (2018). PLOVER: Political Language Ontology for Verifiable Event"
    " Records. https://github.com/openeventdata/PLOVER.",
]


def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["num"] = _num
    env.filters["web_link"] = web_link
    return env


# The page runs no script and loads nothing: inline CSS and SVG only (style attributes too).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
    " form-action 'none'"
)
_URL_NOISE = str.maketrans("", "", "\t\n\r")
_C0_AND_SPACE = "".join(map(chr, range(33)))


def web_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address a reader may click, else None.

    URLs come from feeds and JSON Lines, i.e. from anyone: ``javascript:`` and ``data:`` links
    would run in the reader's browser. Browsers drop tabs and newlines inside a URL and spaces
    around it ("java\\tscript:"), so the check sees the URL as they will.
    """
    if not url:
        return None
    clean = url.translate(_URL_NOISE).strip(_C0_AND_SPACE)
    if any(ord(c) < 32 or ord(c) == 127 for c in clean):
        return None
    parsed = urlparse(clean)
    if parsed.scheme.lower() not in ("http", "https") or not parsed.netloc:
        return None
    return clean


def highlight(sentence: str | None, trigger: str | None) -> Markup:
    """The evidence sentence, escaped, with the first whole-word match of its trigger marked."""
    if not sentence:
        return Markup("")
    if trigger:
        pattern = re.compile(rf"(?<!\w){re.escape(trigger.strip())}(?!\w)", re.IGNORECASE)
        match = pattern.search(sentence) if trigger.strip() else None
        if match:
            before, word, after = (
                sentence[: match.start()],
                match.group(),
                sentence[match.end() :],
            )
            return (
                escape(before) + Markup("<mark>") + escape(word) + Markup("</mark>") + escape(after)
            )
    return escape(sentence)


def net_bar(value: float | None, width: int = 120, height: int = 12) -> Markup:
    """A bar from the middle: right and blue for net cooperation, left and red for conflict."""
    if value is None:
        return Markup("")
    v = max(-1.0, min(1.0, float(value)))
    mid = width / 2
    length = abs(v) * mid
    x = mid if v >= 0 else mid - length
    colour = "#2171b5" if v >= 0 else "#cb181d"
    return Markup(
        f'<svg class="bar" width="{width}" height="{height}" role="img"'
        f' aria-label="net cooperation {v:+.2f}">'
        f'<rect x="0" y="0" width="{width}" height="{height}" fill="#f0f0f0"/>'
        f'<rect x="{x:.1f}" y="1" width="{length:.1f}" height="{height - 2}" fill="{colour}"/>'
        f'<line x1="{mid}" y1="0" x2="{mid}" y2="{height}" stroke="#555" stroke-width="1"/></svg>'
    )


def monthly_chart(rows: list[tuple[str, int, int]], width: int = 720, height: int = 160) -> Markup:
    """Stacked bars of events per month and QuadClass; rows are (YYYY-MM, quad_class, count)."""
    if not rows:
        return Markup("")
    months = sorted({m for m, _, _ in rows})
    counts: dict[str, dict[int, int]] = {m: {} for m in months}
    for month, quad, n in rows:
        counts[month][quad] = counts[month].get(quad, 0) + n
    peak = max(sum(c.values()) for c in counts.values()) or 1
    left, bottom, top = 30, 20, 8
    slot = (width - left) / len(months)
    bar = max(2.0, slot * 0.7)
    plot = height - bottom - top
    parts = [
        f'<svg class="chart" width="{width}" height="{height}" role="img"'
        ' aria-label="events per month by QuadClass">',
        f'<line x1="{left}" y1="{top + plot}" x2="{width}" y2="{top + plot}" stroke="#888"/>',
        f'<text x="{left - 4}" y="{top + 8}" text-anchor="end" class="axis">{peak}</text>',
        f'<text x="{left - 4}" y="{top + plot}" text-anchor="end" class="axis">0</text>',
    ]
    for i, month in enumerate(months):
        x = left + i * slot + (slot - bar) / 2
        y = float(top + plot)
        for quad in (1, 2, 3, 4):
            n = counts[month].get(quad, 0)
            if not n:
                continue
            h = n / peak * plot
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}"'
                f' fill="{QUAD_COLOURS.get(quad, "#999")}"><title>{escape(month)}:'
                f" {n} {escape(QUAD_NAMES.get(quad, 'other'))}</title></rect>"
            )
        if len(months) <= 24 or i % max(1, len(months) // 12) == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - 6}" text-anchor="middle"'
                f' class="axis">{escape(month)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def _num(value: Any, digits: int = 2) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{digits}f}".rstrip("0").rstrip(".") if digits else f"{value:.0f}"
    return str(value)
