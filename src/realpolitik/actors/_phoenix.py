"""Names converted from the Phoenix actor and agent dictionaries (PETRARCH2; MIT, Open Event
Data Alliance) by ``scripts/convert_phoenix_actors.py``: ``actors/data/phoenix.tsv``.

They widen the project's own tables with what wire text of the 1990s-2010s names: thousands of
ministers and officials with their dates, other spellings of states and their cities, IGOs and
NGOs, militant groups and agent words. The project's tables win for a name they both hold (the
converter leaves such names out). Format, one actor a row::

    kind<TAB>names<TAB>codes
    person	Hamid Karzai|President Karzai	AFGELI 1975-01-01..2000-01-01|AFGGOV 2001-12-22..|AFGELI

``names`` are ``|``-separated, the first canonical; ``codes`` are ``|``-separated ``CODE`` or
``CODE FROM..UNTIL`` (either end may be empty). A ``sector`` row lists agent words for one sector.
"""

from __future__ import annotations

import functools
from importlib import resources

from realpolitik.actors._tables import Entry, Sector, country_of
from realpolitik.actors._text import phrase_tokens

_KINDS = frozenset({"country", "demonym", "capital", "igo", "media", "group", "person"})


def _lines() -> list[list[str]]:
    path = resources.files("realpolitik.actors").joinpath("data", "phoenix.tsv")
    if not path.is_file():
        return []
    out = []
    for line in path.read_text("utf-8").splitlines()[1:]:
        if line and not line.startswith("#") and not line.startswith("kind\t"):
            out.append(line.split("\t"))
    return out


def _span(cell: str) -> tuple[str, str | None, str | None]:
    code, _, dates = cell.partition(" ")
    if not dates:
        return code, None, None
    start, _, until = dates.partition("..")
    return code, start or None, until or None


# One pending actor: kind, the names to add (a subset of the row's), the canonical name, codes.
Pending = tuple[str, tuple[str, ...], str, str]


def expand(item: Pending) -> list[Entry]:
    """The registry entries of one pending actor: one per (name, code, dates)."""
    kind, names, canonical, codes = item
    out = []
    for cell in codes.split("|"):
        code, start, until = _span(cell)
        country = country_of(code)
        for phrase in names:
            name = phrase if kind == "media" else canonical
            out.append(Entry(phrase, code, country, name, kind, start, until))
    return out


@functools.cache
def phoenix_entries() -> tuple[Entry, ...]:
    """Every converted name as a registry entry, one per (name, code, dates)."""
    out: list[Entry] = []
    for kind, names, codes in (r for r in _lines() if r[0] in _KINDS):
        parts = tuple(names.split("|"))
        out += expand((kind, parts, parts[0], codes))
    return tuple(out)


def first_key(phrase: str) -> str:
    """The registry's key of a phrase's first token, cheaply for plain words."""
    head = phrase.split(None, 1)[0] if phrase.strip() else ""
    if head.isascii() and head.isalpha():
        return head.lower()
    toks = phrase_tokens(phrase)
    return toks.keys[0] if len(toks) else ""


@functools.cache
def phoenix_pending() -> dict[str, list[Pending]]:
    """The converted actors by the first word of their names, for an index built on demand:
    a registry indexes the names under a word only when a text first holds that word, so
    start-up stays near the project tables' own (``bench/actors_load.py``)."""
    out: dict[str, list[Pending]] = {}
    for kind, names, codes in (r for r in _lines() if r[0] in _KINDS):
        parts = names.split("|")
        by_key: dict[str, list[str]] = {}
        for phrase in parts:
            by_key.setdefault(first_key(phrase), []).append(phrase)
        for k, group in by_key.items():
            if k:
                out.setdefault(k, []).append((kind, tuple(group), parts[0], codes))
    return out


@functools.cache
def phoenix_sectors() -> tuple[Sector, ...]:
    """Agent words: plain sector words (never titles, modifiers or generic)."""
    out: list[Sector] = []
    for _kind, names, code in (r for r in _lines() if r[0] == "sector"):
        for phrase in names.split("|"):
            out.append(Sector(phrase, code, False, False, False))
    return tuple(out)
