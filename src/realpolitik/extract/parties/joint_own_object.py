"""A joint act whose only target is a word inside its object that names one of the doers' own
states: "the two leaders agreed to open the route to Kenyan passenger buses", "Peru and Chile
pledged to reopen the border to Chilean trucks" (issue 9, pairs23: fresh12's JO).

The demonym modifies what the act is about (whose buses use the route); it names no one the act
is done to. Two states acting together are each other's partners (GUIDE rule 6, joint acts both
ways), so each doer's target is the other doer. Before this each member took the demonym's
state, one of them its own (a self-target) and the other a target the text does not give.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# Cooperative roots an act of two doers together has: intents, consultation, diplomatic and
# material cooperation.
JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
# The words that name a thing's state: "Kenyan (buses)", "Chile's (trucks)".
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _owned_thing(s: Site, tok: Token) -> bool:
    """``tok`` is a thing or people noun named for a state only by a modifier ("Kenyan
    buses", "Chile's trucks"): neither a state's name nor a body with a sector ("Kenyan
    troops")."""
    if s.actors._tok.get(tok.i) is not None or tok.lemma_.lower() in s.actors._sectors:
        return False
    return any(
        c.dep_ in _MODIFIER_DEPS and s.actors._tok.get(c.i) is not None for c in tok.children
    )


@acts_on(roots=JOINT_ROOTS)
def joint_own_modifier(s: Site, c: Candidates) -> Candidates:
    """ "The two leaders agreed to open the route to Kenyan buses": each doer -> the other."""
    if not c.pairs:
        return c
    states = list(dict.fromkeys(a.ref.country for a in c.sources if a.ref.country))
    if len(states) != 2 or len(c.sources) != 2:
        return c
    targets = [t for _, t in c.pairs if t is not None]
    doc = s.tok.doc
    if not targets or any(t.ref.country not in states for t in targets):
        return c
    if not all(0 <= t.tok < len(doc) and _owned_thing(s, doc[t.tok]) for t in targets):
        return c
    a, b = c.sources
    return c.with_pairs([(a, b), (b, a)])
