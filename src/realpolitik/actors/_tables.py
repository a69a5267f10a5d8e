"""The actor tables the package ships, read into plain entries.

Files under ``actors/data/`` (the project's own, written from facts):

- ``capitals.tsv``   ``iso3  names  [from  until]``: capitals and their spellings, a metonym for the
  state, dated where a city changed states (Juba: Sudan until 2011-07-08, South Sudan after);
- ``seats.tsv``      ``code  names  [from  until]``: seats of power ("the Kremlin" -> RUSGOV, "the
  Pentagon" -> USAMIL), dated where the seat served a state that ended (the Soviet Kremlin);
- ``demonyms.tsv``   ``iso3  forms``: adjectives and plurals ("North Korean", "Russians");
- ``groups.tsv``     ``code  kind  names  [from  until]``: IGOs, groups ("the West" -> WST), regions, state
  media, and ``place`` rows (code empty) that only stop a country inside a place name
  ("South China Sea");
- ``sectors.tsv``    ``sector  flags  phrases``: words that give a CAMEO sector ("troops" -> MIL);
- ``people.tsv``     ``name  aliases  code  office  from  until  [sex]``: one row per person and office;
- ``context.tsv``    ``kind  code  names  from  until  cues``: names whose state depends on the
  document ("Congo": Kinshasa or Brazzaville?) and combining forms ("Sino-", "Franco-");
- ``phoenix.tsv``    names converted from the Phoenix dictionaries (``realpolitik.actors._phoenix``).

Lists inside a cell are separated by ``|``; ``#`` starts a comment line.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

from realpolitik.actors import countries
from realpolitik.actors._particle_names import particle_short_forms
from realpolitik.actors._text import parse_date, phrase_tokens

KINDS = (
    "country", "capital", "demonym", "person", "igo", "group", "sector", "media", "custom",
    "prefix",
)  # fmt: skip

# Family name first, or no family name at all (Bhutan's, Malaysia's: the last word of a Malay
# name is the father's given name, "Anwar Ibrahim"; the Thai press uses the given name): no
# automatic surname alias; the table lists the short form ("Anwar", "Srettha").
_FAMILY_FIRST = {
    "CHN", "TWN", "PRK", "KOR", "VNM", "HKG", "MAC", "KHM", "MMR", "HUN", "SGP", "BTN", "MYS",
    "THA",
}  # fmt: skip
# A monarch's name is a given name and a title ("King Philippe", "Grand Duke Henri"): no surname.
_ROYAL_TITLES = ("King ", "Queen ", "Prince ", "Princess ", "Sultan ", "Emir ", "Grand Duke ")
_REGNAL = re.compile(r"[IVX]+\.?")  # "Aquino III": a regnal number is no surname
_NO_SURNAME = {
    "may",
    "ford",  # practice22: Doug Ford; "Ford" is also the carmaker
    "bondi",  # practice22: Pam Bondi; "Bondi" is also Sydney's beach
    "begin",  # lexicon64: Menachem Begin; "begin" is also a verb
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
    # common words, given names or other people's surnames in the news (names14's small states)
    "davis", "pierre", "henry", "phillips", "burton", "connolly", "alvarez", "cruz", "alvarado",
    "pavel", "mohamed", "selassie", "nguema", "rashid", "smith", "risch", "shahid", "bilal",
    "chapo", "peters", "sousa", "rangel", "schmidt", "nova", "jesus", "andersson", "linde",
    "michal", "meta", "boko", "mason", "khalifa", "tor", "zamora",
    # given names and common words among the era's office-holders (practice12): "Christopher" of
    # Warren Christopher, "Doe" of Samuel Doe, "Moussa" of Amr Moussa
    "christopher", "doe", "moussa",
    # a Lithuanian city that is a Baltic office-holder's surname (practice18): "Kaunas" alone is
    # the city, Robertas Kaunas only by his full name or a title
    "kaunas",
    # common surnames among 2009-2016 office-holders (practice21): "Rahimi", "Keita", "Jibril",
    # "Fahmy" alone are many people's; these resolve by the full name or a title only
    "rahimi", "keita", "jibril", "fahmy", "karti",
}  # fmt: skip


# The kinds of entry that name a state itself ("Chad", "N'Djamena", "Chadian"): a state's
# reading of a word, as against a person, an IGO, a group or a sector.
STATE_NAME_KINDS = frozenset({"country", "capital", "demonym"})


@dataclass(frozen=True, slots=True)
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
    cues: tuple[str, ...] = ()  # words of the document that favour this reading ("Kinshasa")


@dataclass(frozen=True, slots=True)
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


def seat_names() -> list[str]:
    """Every name of the seats table (``seats.tsv``), as the registry reads them."""
    return [phrase for row in _rows("seats.tsv") for phrase in _split(row[1])]


@functools.cache
def country_of(code: str) -> str | None:
    """The country part of a CAMEO actor code (``KSVGOV`` -> ``KSV``), when it names a state."""
    head = code[:3]
    if len(head) == 3 and head.isalpha() and countries.get(head) is not None:
        return countries.cameo_code(countries.get(head).iso3)  # type: ignore[union-attr]
    return None


@functools.cache
def default_entries() -> tuple[Entry, ...]:
    """The project's own tables, then the names converted from the Phoenix dictionaries."""
    from realpolitik.actors._phoenix import phoenix_entries

    return project_entries() + phoenix_entries()


def cameo(code: str) -> str:
    """An actor code with its country head in CAMEO's spelling (``XKXGOV`` -> ``KSVGOV``)."""
    head = code[:3]
    new = countries.CAMEO_CODES.get(head)
    return new + code[3:] if new else code


@functools.cache
def project_entries() -> tuple[Entry, ...]:
    """The tables written by the project (they win over converted ones for the same name)."""
    out = list(_context())
    ruled = {e.phrase.casefold() for e in out if e.cues}
    for c in countries.all_countries():
        if c.end_year is not None and c.end_year < 1990:
            continue
        code = countries.cameo_code(c.iso3)
        for phrase in c.name_forms:
            if phrase.casefold() not in ruled:
                out.append(Entry(phrase, code, code, c.name, "country"))
    for row in _rows("capitals.tsv"):
        iso3, names = row[:2]
        start = parse_date(row[2]) if len(row) > 2 else None
        until = parse_date(row[3], end=True) if len(row) > 3 else None
        code = countries.cameo_code(iso3)
        for phrase in _split(names):
            if phrase.casefold() not in ruled:  # ("Kingston": read by its cues, context.tsv)
                out.append(Entry(phrase, code, code, None, "capital", start, until))
    for row in _rows("seats.tsv"):
        code, names = cameo(row[0]), row[1]
        start = parse_date(row[2]) if len(row) > 2 else None
        until = parse_date(row[3], end=True) if len(row) > 3 else None
        for phrase in _split(names):
            out.append(Entry(phrase, code, country_of(code), phrase, "capital", start, until))
    for iso3, forms in _rows("demonyms.tsv"):
        code = countries.cameo_code(iso3)
        for phrase in _split(forms):
            if phrase.casefold() not in ruled:
                out.append(Entry(phrase, code, code, None, "demonym"))
    for row in _rows("groups.tsv"):
        codes, kind, names = row[:3]
        first, *more = [cameo(c) for c in codes.split("/")]
        start = parse_date(row[3]) if len(row) > 3 else None
        until = parse_date(row[4], end=True) if len(row) > 4 else None
        parts = _split(names)
        for phrase in parts:
            name = phrase if kind == "media" else parts[0]
            out.append(
                Entry(phrase, first, country_of(first), name, kind, start, until, also=tuple(more))
            )
    out.extend(_people())
    return tuple(out)


def _context() -> list[Entry]:
    """Names read by the document's other words (cues) and combining forms ("Sino-")."""
    out = []
    for row in _rows("context.tsv"):
        kind, code, names = row[:3]
        start = parse_date(row[3]) if len(row) > 3 else None
        until = parse_date(row[4], end=True) if len(row) > 4 else None
        cues = (
            tuple(" ".join(phrase_tokens(c).keys) for c in _split(row[5])) if len(row) > 5 else ()
        )
        code = cameo(code)
        if kind == "capital":
            cues += tuple(c for c in _state_cues(code) if c not in cues)
        for phrase in _split(names):
            name = countries.name(code) if kind not in ("prefix", "capital") else None
            out.append(Entry(phrase, code, code, name, kind, start, until, cues=cues))
    return out


def _state_cues(code: str) -> tuple[str, ...]:
    """What names a capital's state in a document: its names, demonyms and the people the
    tables give it (full names and their aliases: "Seychellois officials", "Ramkalawan"),
    so a capital that is also a common name ("Kingston", "Male") is the government wherever
    the story names its state by any of these, not by a hand list (parties36)."""
    head = code[:3]
    words: list[str] = []
    for c in countries.all_countries():
        if countries.cameo_code(c.iso3) == head:
            words += c.name_forms
    for iso3, forms in _rows("demonyms.tsv"):
        if countries.cameo_code(iso3) == head:
            words += _split(forms)
    for name, alias_cell, pcode, *_ in _rows("people.tsv"):
        if cameo(pcode)[:3] == head:
            words += [name, *_split(alias_cell)]
    return tuple(dict.fromkeys(" ".join(phrase_tokens(w).keys) for w in words))


@functools.cache
def people_sex() -> dict[str, bool]:
    """Each canonical name of the people table -> True for a woman (its ``sex`` column, F;
    every woman of the table is marked), False for a man, so that a "she" is not taken for a
    man named before (fresh22's E). A person another table names under another canonical name
    ("Ali Ben Bongo", Phoenix's, for the table's "Ali Bongo Ondimba") shares a phrase with the
    table's row and so its sex (seeds41); a phrase of both a man and a woman decides nothing."""
    sex = {r[0]: len(r) > 6 and r[6] == "F" for r in _rows("people.tsv")}
    by_phrase: dict[str, bool | None] = {}
    for r in _rows("people.tsv"):
        for n in [r[0], *_split(r[1])]:
            k = n.lower()
            by_phrase[k] = sex[r[0]] if by_phrase.get(k, sex[r[0]]) == sex[r[0]] else None
    other: dict[str, bool | None] = {}
    for e in default_entries():
        if e.kind != "person" or not e.name or e.name in sex:
            continue
        f = by_phrase.get(e.phrase.lower())
        if f is not None:
            other[e.name] = f if other.get(e.name, f) == f else None
    sex.update((name, f) for name, f in other.items() if f is not None)
    return sex


def _people() -> list[Entry]:
    out: list[Entry] = []
    aliases: dict[str, list[str]] = {}
    rows = _rows("people.tsv")
    for name, alias_cell, *_ in rows:
        aliases.setdefault(name, [name])
        aliases[name] += [a for a in _split(alias_cell) if a not in aliases[name]]
    # automatic surname aliases, only where one person carries the surname, or people of one
    # state only ("Sharif": Nawaz, Shehbaz; the date picks the office-holder and the state is
    # sure either way: "the deal between Modi and Sharif", leftovers21)
    surname_owner: dict[str, set[str]] = {}
    owner_states: dict[str, set[str]] = {}
    # A surname several states' people share ("Wong": Penny of Australia, Lawrence of
    # Singapore, whose name the table writes given name first) is each one's only where the
    # document gives the full name (a cue, parties36); a family-first state's name counts
    # for the clash and gets only such a cued alias.
    cued: dict[str, list[str]] = {}
    for name, _a, code, *_ in rows:
        words = name.split()
        if len(words) < 2 or name.startswith(_ROYAL_TITLES):
            continue
        last = words[-1]
        if last.lower() not in _NO_SURNAME and len(last) > 2 and not _REGNAL.fullmatch(last):
            surname_owner.setdefault(last, set()).add(name)
            owner_states.setdefault(last, set()).add(code[:3])
            if code[:3] in _FAMILY_FIRST:
                cued.setdefault(name, []).append(last)
    for last, owners in surname_owner.items():
        for owner in owners:
            if last in aliases[owner] or last in cued.get(owner, ()):
                continue
            if len(owner_states[last]) == 1:
                aliases[owner].append(last)
            else:
                cued.setdefault(owner, []).append(last)
    for name, shorts in particle_short_forms((r[0], r[2]) for r in rows).items():
        aliases[name] += [a for a in shorts if a not in aliases[name]]  # "bin Salman"
    fallback_done: set[str] = set()
    for name, _a, code, office, start, until, *_ in rows:
        code = cameo(code)
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
        full = (" ".join(phrase_tokens(name).keys),)
        for phrase in cued.get(name, ()):
            start_d, until_d = parse_date(start), parse_date(until, end=True)
            out.append(
                Entry(phrase, code, country, name, "person", start_d, until_d, office or None,
                      cues=full)
            )  # fmt: skip
        if name not in fallback_done and country is not None:
            # Out of office: a former or future official counts as the state's elite (ELI).
            fallback_done.add(name)
            for phrase in aliases[name]:
                out.append(Entry(phrase, country + "ELI", country, name, "person", office="ELI"))
            for phrase in cued.get(name, ()):
                out.append(
                    Entry(phrase, country + "ELI", country, name, "person", office="ELI",
                          cues=full)
                )  # fmt: skip
    return out


@functools.cache
def sectors() -> tuple[Sector, ...]:
    """The project's sector words, then the agent words converted from Phoenix."""
    from realpolitik.actors._phoenix import phoenix_sectors

    return project_sectors() + phoenix_sectors()


@functools.cache
def project_sectors() -> tuple[Sector, ...]:
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
