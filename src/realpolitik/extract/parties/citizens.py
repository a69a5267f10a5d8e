"""A state's own people addressing "the government" (issue 9; clauses20 and names20 from
fresh10's RQ and G classes, one test since leftovers17).

"Portuguese farmers urged the government to press Madrid for more water", "Indonesian growers
asked the government to seek talks with Kuala Lumpur": an unowned "the government" that a
state's own groups (farmers, growers, traders, unions, the opposition) ask, urge or call on is
their own state's, never the state named inside what they ask it to do (which is only the
requested act's party). Placing it by the nearest other state turned the farmers' domestic
appeal into an appeal to Spain, asserted: the requested act's tuple, which the act never had.

Two ways of knowing the group is the state's people, one function (they were two, in
``citizens`` and ``group_places``, each placing what the other missed):

- an appeal or demand (02, 10) to the word "government" by any placed common-noun group that
  is no government itself ("farmers", placed in Portugal by the sentence);
- any act aimed at a government-sector "the government" (or "the authorities") by a group
  whose own phrase names the state: a demonym on it ("Indonesian growers") or one mention
  with a sector ("Afghan traders").

Neither holds for a state's own officials or forces (their "the government" may be another
state's) or for a state or leader (which addresses another government).
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.parties._model import Site
from realpolitik.extract.parties.unplaced_people import government_noun

# Sectors of actors that speak for a state, not to their own state's government.
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_GOVERNMENT = "GOV"


def own_government(s: Site, arg: Arg, other: Arg | None, *, source: bool) -> str | None:
    """The state of the people (``other``) whose own "the government" ``arg`` is, as the
    target (see the module's docstring); else None."""
    if source or other is None or not other.ref.country:
        return None
    doc = s.tok.doc
    if not 0 <= other.tok < len(doc) or not government_noun(s, arg):
        return None
    group = doc[other.tok]
    if group.pos_ != "NOUN" or other.ref.code[3:6] in _STATE_SECTORS:
        return None  # (a state or a leader, or a state's own officials or forces)
    if _addressed(s, arg, other):
        return other.ref.country
    if arg.ref.code[3:6] != _GOVERNMENT:
        return None
    whole = s.actors.mention_of(group)
    if whole is not None:  # "Afghan traders": a state's word and a sector in one mention
        return other.ref.country if len(whole.ref.code) > len(other.ref.country) else None
    demonym = any(
        c.dep_ in ("amod", "compound") and s.actors.mention_of(c) is not None
        for c in group.children
    )
    return other.ref.country if demonym else None


def _addressed(s: Site, arg: Arg, other: Arg) -> bool:
    """An appeal or demand to the word "government" by a group that is none itself ("the
    ministry" a group addresses may be the other state's)."""
    if s.root not in REQUEST_ROOTS or government_noun(s, other):
        return False
    word = s.tok.doc[arg.tok]
    return word.lower_ == "government" or word.lemma_.lower() == "government"
