"""HTML pages (main text via trafilatura) and HTML fragments (feed entries)."""

from __future__ import annotations

import itertools
import re
from typing import Any

import lxml.html
import trafilatura

from realpolitik.ingest._text import normalise, parse_date

_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^<>]+>")
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article",
}  # fmt: skip


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def page_main_text(html: str) -> tuple[str | None, str | None, str | None, str]:
    """(title, date, url, text) of a news page, without menus, share boxes and footers."""
    result: Any = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return None, None, None, ""
    text = normalise("\n\n".join(p for p in (result.text or "").split("\n") if p.strip()))
    if not has_sentence(text):  # only menu items, buttons or captions: no article here
        text = ""
    title = normalise(result.title) if result.title else None
    return title or None, parse_date(result.date), result.url or None, text


def has_sentence(text: str) -> bool:
    """True when a line has four or more words before a full stop, "!" or "?".

    Menus, buttons and captions have none. One pass over each line (the last stop, then words
    before it): a regular expression for the same test backtracks cubically on one long
    paragraph without a stop (a 1,000-word line took minutes).
    """
    for line in text.split("\n"):
        stop = max(line.rfind("."), line.rfind("!"), line.rfind("?"))
        if stop > 0 and len(list(itertools.islice(_WORD.finditer(line, 0, stop), 4))) == 4:
            return True
    return False


def fragment_text(html: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element."""
    if "<" not in html:
        return normalise(html)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return normalise(_TAG.sub(" ", html))
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text)]
    return normalise("\n\n".join(p for p in paragraphs if p))
