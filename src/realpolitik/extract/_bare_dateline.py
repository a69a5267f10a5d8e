"""Bare datelines, blanked before the parse (issue 9, dateline13).

"BRASILIA - Belarus expelled two Polish diplomats": a city in capitals and a spaced dash, with
no date or agency, opens the story. Left in the text, the parser may take the city as the
subject, or the scan may make it a party. ``_dateline`` still reads the state it names from
the original text.
"""

from __future__ import annotations

import functools
import re
from importlib import resources

# A city of 4+ capitals in at most three words, a spaced dash, then a mixed-case clause of three
# words or more ("US - China talks": too short a name; "NATO - RUSSIA TALKS": no lower case
# after the dash; "CHINA - Japan talks" and "NATO - Russia council" are kept by their names).
_WORDS = 3  # fewest words of the clause after the dash
_BARE_DATELINE = re.compile(
    r"^(?=(?:[A-Z][A-Z.'-]* ){0,2}[A-Z.'-]*[A-Z]{4})"
    r"(?P<name>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}) [-\u2013\u2014]{1,2} "
    rf"(?=A |[A-Z][a-z])(?=\S+(?:[ \t]+\S+){{{_WORDS - 1}}})",
    re.MULTILINE,
)
_NAMES_COLUMN = {"countries.tsv": 7, "groups.tsv": 2}  # the "|"-separated names of each table


@functools.cache
def _headline_names() -> frozenset[str]:
    """Country and organisation names in capitals: "CHINA - Japan talks resumed on Monday
    after a break" and "NATO - Russia council ..." open headlines, not datelines."""
    out: set[str] = set()
    data = resources.files("realpolitik.actors").joinpath("data")
    for table, column in _NAMES_COLUMN.items():
        for line in data.joinpath(table).read_text("utf-8").splitlines()[1:]:
            cells = line.split("\t")
            if line.startswith("#") or len(cells) <= column:
                continue
            out.update(name.upper() for name in cells[column].split("|") if name)
    return frozenset(out)


def blank_bare_datelines(text: str) -> str:
    """Blank each paragraph's bare dateline (same length); a state or a body named in
    capitals before the dash stays."""

    def blank(m: re.Match[str]) -> str:
        return m.group() if m["name"] in _headline_names() else " " * len(m.group())

    return _BARE_DATELINE.sub(blank, text)


__all__ = ["blank_bare_datelines"]
