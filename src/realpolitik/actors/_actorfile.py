"""The ``--actors FILE`` format: extra or overriding actor names, one per line.

::

    # name<TAB>code[<TAB>from<TAB>until]
    Arnor	ARN
    Gondor government	GONGOV
    Aragorn	GONGOV	2010-01-01	2019-12-31
    Boris Johnson	GBRGOV	2019-07-24	2022-09-06
    the Koreas	PRK/KOR

Columns are separated by tabs. ``code`` is a CAMEO actor code: three upper-case letters (a
state's ISO3, a fictional state, ``IGO``, ``WST``) or ``---`` for an unknown country, then any
number of three-letter sectors (``GOV``, ``MIL``, ``UNOIAE``...). ``from`` and ``until`` are
optional dates (YYYY, YYYY-MM or YYYY-MM-DD; empty or ``-`` for open) bounding when the name
means that actor. A name that stands for several actors ("the Koreas", "the Baltic states")
lists their codes joined by ``/``; an event of that name gives one event per actor. ``#`` starts a comment line; blank lines are ignored; underscores in names
count as spaces (PETRARCH style). Entries win over the shipped tables for the same name.
"""

from __future__ import annotations

import re
from pathlib import Path

from realpolitik.actors._tables import Entry, cameo, country_of
from realpolitik.actors._text import parse_date
from realpolitik.errors import Errors, RealpolitikError

CODE_RE = re.compile(r"(?:[A-Z]{3}|---)(?:[A-Z]{3})*")


def is_actor_code(code: str) -> bool:
    """A CAMEO actor code: ISO3/IGO/fictional letters or '---', plus 3-letter sectors."""
    return CODE_RE.fullmatch(code) is not None


def code_country(code: str) -> str | None:
    """The country of an actor code: a known state's, else its first three letters unless
    they name no state (IGO, NGO, MNC, WST, ---)."""
    return country_of(code) or (
        code[:3] if code[:3].isalpha() and code[:3] not in ("IGO", "NGO", "MNC", "WST") else None
    )


def read_actor_file(path: str | Path) -> list[Entry]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RealpolitikError(Errors.E212, path=p, reason=exc) from None
    out = []
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        while len(cols) > 2 and not cols[-1]:
            cols.pop()
        if len(cols) < 2 or len(cols) > 4 or not cols[0] or not cols[1]:
            raise RealpolitikError(Errors.E201, path=p, line=lineno, got=line)
        name, codes = cols[0].replace("_", " ").strip(), cols[1].split("/")
        for code in codes:
            if not is_actor_code(code):
                raise RealpolitikError(Errors.E202, path=p, line=lineno, code=code)
        codes = [cameo(c) for c in codes]  # ISO3 spellings are accepted: XKX is KSV
        code = codes[0]
        dates: list[str | None] = []
        for idx, column in ((2, "from"), (3, "until")):
            value = cols[idx] if len(cols) > idx and cols[idx] not in ("", "-") else None
            try:
                dates.append(parse_date(value, end=column == "until"))
            except ValueError:
                raise RealpolitikError(
                    Errors.E211, path=p, line=lineno, column=column, value=value
                ) from None
        country = code_country(code)
        out.append(
            Entry(name, code, country, None, "custom", dates[0], dates[1], also=tuple(codes[1:]))
        )
    return out
