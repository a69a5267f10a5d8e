"""The actor tables the package ships, read into plain entries.

Files under ``actors/data/`` (the project's own, written from facts):

- ``capitals.tsv``   ``iso3  names  [from  until]``: capitals and their spellings, a metonym for the
  state, dated where a city changed states (Juba: Sudan until 2011-07-08, South Sudan after);
- ``seats.tsv``      ``code  names``: seats of power ("the Kremlin" -> RUSGOV, "the Pentagon" -> USAMIL);
- ``demonyms.tsv``   ``iso3  forms``: adjectives and plurals ("North Korean", "Russians");
- ``groups.tsv``     ``code  kind  names  [from  until]``: IGOs, groups ("the West" -> WST), regions, state
  media, and ``place`` rows (code empty) that only stop a country inside a place name
  ("South China Sea");
- ``sectors.tsv``    ``sector  flags  phrases``: words that give a CAMEO sector ("troops" -> MIL);
- ``people.tsv``     ``name  aliases  code  office  from  until``: one row per person and office.

Lists inside a cell are separated by ``|``; ``#`` starts a comment line.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from realpolitik.actors import countries
from realpolitik.actors._text import parse_date

KINDS = ("country", "capital", "demonym", "person", "igo", "group", "sector", "media", "custom")

# Family name first, or surnames too common to stand alone: no automatic surname alias.
_FAMILY_FIRST = {"CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MAC", "KHM", "MMR", "HUN", "SGP"}
_NO_SURNAME = {
    "may",
    "rice",
    "brown",
    "king",
    "lee",
    "kim",
    "park",
    "khan",
    "ali",
    "singh",
    "ahmed",
    "mohammed",
    "muhammad",
    "hussein",
    "al",
    "bin",
    "de",
    "da",
    "van",
    "von",
    "der",
    "jr",
    "sharif",
    "rahman",
    "assad",
    "said",
    "hamad",
    "thani",
    "nahyan",
    "saud",
    "salman",
    "abdullah",
    "power",
    "young",
    "green",
    "black",
    "white",
    "long",
    "little",
    "rich",
    "gates",
    "wang",
    "li",
    "zhang",
    "liu",
    "chen",
    "nguyen",
    "tran",
    "pham",
    "le",
    "do",
    "martin",
    "thomas",
    "james",
    "john",
    "paul",
    "george",
    "hill",
    "cook",
    "lord",
    "major",
    "marshal",
    "bishop",
    "duke",
    "noble",
    "hale",
    "frost",
    "sun",
    "moon",
    "ban",
    "yoon",
}


@dataclass(frozen=True)
class Entry:
    """One phrase and the actor it names, valid between two dates (None = open)."""

    phrase: str
    code: str
    country: str | None
    name: str | None
    kind: str
    valid_from: str | None = None
    valid_until: str | None = None
    office: str | None = None
    also: tuple[str, ...] = ()  # further actors the same name stands for ("the Koreas")


@dataclass(frozen=True)
class Sector:
    phrase: str
    sector: str  # "" for honorifics and modifiers
    title: bool  # may stand before a person's name ("President", "Foreign Minister")
    generic: bool  # gives way to a more specific sector next to it ("officials")
    modifier: bool  # may sit between a country word and a sector ("top", "senior")


def _rows(name: str) -> list[list[str]]:
    text = resources.files("realpolitik.actors").joinpath("data", name).read_text("utf-8")
    out = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append([c.strip() for c in line.split("\t")])
    return out[1:]  # header row


def _split(cell: str) -> list[str]:
    return [p.strip() for p in cell.split("|") if p.strip()]


def country_of(code: str) -> str | None:
    """ISO3 part of a CAMEO actor code, when it names one state."""
    head = code[:3]
    if len(head) == 3 and head.isalpha() and countries.get(head) is not None:
        return head
    return None


@functools.cache
def default_entries() -> tuple[Entry, ...]:
    out: list[Entry] = []
    for c in countries.all_countries():
        if c.end_year is not None and c.end_year < 1990:
            continue
        for phrase in dict.fromkeys([c.name, *c.aliases]):
            out.append(Entry(phrase, c.iso3, c.iso3, c.name, "country"))
    for row in _rows("capitals.tsv"):
        iso3, names = row[:2]
        start = parse_date(row[2]) if len(row) > 2 else None
        until = parse_date(row[3], end=True) if len(row) > 3 else None
        for phrase in _split(names):
            out.append(Entry(phrase, iso3, iso3, None, "capital", start, until))
    for code, names in _rows("seats.tsv"):
        for phrase in _split(names):
            out.append(Entry(phrase, code, country_of(code), phrase, "capital"))
    for iso3, forms in _rows("demonyms.tsv"):
        for phrase in _split(forms):
            out.append(Entry(phrase, iso3, iso3, None, "demonym"))
    for row in _rows("groups.tsv"):
        code, kind, names = row[:3]
        start = parse_date(row[3]) if len(row) > 3 else None
        until = parse_date(row[4], end=True) if len(row) > 4 else None
        parts = _split(names)
        for phrase in parts:
            name = phrase if kind == "media" else parts[0]
            out.append(Entry(phrase, code, country_of(code), name, kind, start, until))
    out.extend(_people())
    return tuple(out)


def _people() -> list[Entry]:
    out: list[Entry] = []
    aliases: dict[str, list[str]] = {}
    rows = _rows("people.tsv")
    for name, alias_cell, _code, _office, _from, _until in rows:
        aliases.setdefault(name, [name])
        aliases[name] += [a for a in _split(alias_cell) if a not in aliases[name]]
    # automatic surname aliases, only where one person carries the surname
    surname_owner: dict[str, set[str]] = {}
    for name, _a, code, _o, _f, _u in rows:
        words = name.split()
        if len(words) >= 2 and code[:3] not in _FAMILY_FIRST:
            last = words[-1]
            if last.lower() not in _NO_SURNAME and len(last) > 2:
                surname_owner.setdefault(last, set()).add(name)
    for last, owners in surname_owner.items():
        if len(owners) == 1:
            (owner,) = owners
            if last not in aliases[owner]:
                aliases[owner].append(last)
    fallback_done: set[str] = set()
    for name, _a, code, office, start, until in rows:
        country = country_of(code)
        for phrase in aliases[name]:
            out.append(
                Entry(
                    phrase,
                    code,
                    country,
                    name,
                    "person",
                    parse_date(start),
                    parse_date(until, end=True),
                    office or None,
                )
            )
        if name not in fallback_done and country is not None:
            # Out of office: a former or future official counts as the state's elite (ELI).
            fallback_done.add(name)
            for phrase in aliases[name]:
                out.append(Entry(phrase, country + "ELI", country, name, "person", office="ELI"))
    return out


@functools.cache
def sectors() -> tuple[Sector, ...]:
    out = []
    for sector, flags, phrases in _rows("sectors.tsv"):
        fl = set(_split(flags.replace(",", "|")))
        for phrase in _split(phrases):
            out.append(
                Sector(
                    phrase,
                    "" if sector == "-" else sector,
                    "title" in fl,
                    "generic" in fl,
                    "mod" in fl,
                )
            )
    return tuple(out)
