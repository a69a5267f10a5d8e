"""A table surname that is another person's given name: "Defence Minister Yassin Ibrahim" is
not Ahmed Yassin (issue 9, practice2: a practice set's class G).

The people table gives a person's surname as a short form of the name. Followed at once by
another capitalised name that no table holds, the word is the first of a longer name the tables
do not know ("Yassin Ibrahim", "Wang Wenbin"), not the listed person: the match is dropped, and
the name stays an unlisted person (of the state its title or the story gives). A weekday or a
month after a surname ("Putin Tuesday") and a word the tables read ("Trump Administration",
"Biden White House") keep the match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.actors._compose import Item
    from realpolitik.actors._text import Tokens

_CALENDAR = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec",
    }
)  # fmt: skip


def drop_given_surnames(toks: Tokens, items: list[Item]) -> list[Item]:
    """``items`` without one-word person matches (a table surname) that another capitalised
    name no table holds follows at once."""
    if not any(_surname(it) for it in items):
        return items
    covered = {k for it in items for k in range(it.i, it.j)}
    return [it for it in items if not (_surname(it) and _name_follows(toks, it.j, covered))]


def _surname(it: Item) -> bool:
    e = it.entry
    return e is not None and e.kind == "person" and it.j - it.i == 1 and " " in (e.name or "")


def _name_follows(toks: Tokens, j: int, covered: set[int]) -> bool:
    if j >= len(toks) or j in covered or toks.starts[j] != toks.ends[j - 1] + 1:
        return False  # (the next word one space away: "Yassin Ibrahim", not "Yassin, Ibrahim")
    word = toks.texts[j]
    return word.isalpha() and toks.upper_start(j) and toks.keys[j] not in _CALENDAR
