"""A state's own people addressing "the government" (issue 9, clauses20: fresh10's RQ class).

"Portuguese farmers urged the government to press Madrid for more water": an unowned "the
government" that a state's own groups (farmers, growers, traders, unions, the opposition) ask,
urge or call on is their own state's, never the state named inside what they ask it to do
(which is only the requested act's party). Placing it by the nearest other state turned the
farmers' domestic appeal into an appeal to Spain, asserted: the requested act's tuple, which
the act never had.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._model import Site
from realpolitik.extract.parties.unplaced_people import government_noun

# Roots of acts that address a government: appeals (02) and demands (10).
ADDRESSING_ROOTS = frozenset({"02", "10"})
# Sectors of actors that speak for a state, not to their own state's government.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_GROUP_POS = frozenset({"NOUN"})


def own_government(s: Site, arg: Arg, other: Arg | None) -> str | None:
    """The doer's state when ``arg`` is an unowned "the government" that a group of a state's
    people (``other``, a common noun placed in that state) addresses; else None."""
    if other is None or not other.ref.country or s.root not in ADDRESSING_ROOTS:
        return None
    if not government_noun(s, arg):
        return None
    doc = s.tok.doc
    if not 0 <= other.tok < len(doc) or doc[other.tok].pos_ not in _GROUP_POS:
        return None  # (a state or a leader that addresses "the government" addresses another)
    if other.ref.code[3:6] in _STATE_SECTORS or government_noun(s, other):
        return None
    if doc[arg.tok].lower_ != "government" and doc[arg.tok].lemma_.lower() != "government":
        return None  # ("the ministry" a group addresses may be the other state's)
    return other.ref.country
