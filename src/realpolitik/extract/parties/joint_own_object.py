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

from realpolitik.extract._mention_parts import STATE_NOUNS, Arg
from realpolitik.extract._pair_bodies import STATE_SECTORS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

# Cooperative roots an act of two doers together has: intents, consultation, diplomatic and
# material cooperation.
JOINT_ROOTS = frozenset({"03", "04", "05", "06"})
# The words that name a thing's state: "Kenyan (buses)", "Chile's (trucks)".
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def _owned_thing(target: Arg, tok: Token) -> bool:
    """``target`` is a thing or people noun named for a state only by a modifier ("Kenyan
    buses", "Syrian tourists"): neither a state's name ("Kenya", "the country") nor one of
    its bodies ("Kenyan troops", "Kenya's government")."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() in STATE_NOUNS:
        return False
    if target.ref.code[3:6] in STATE_SECTORS:
        return False
    return any(c.dep_ in _MODIFIER_DEPS for c in tok.children)


@acts_on(roots=JOINT_ROOTS)
def joint_own_modifier(s: Site, c: Candidates) -> Candidates:
    """ "The two leaders agreed to open the route to Kenyan buses": each doer -> the other."""
    if s.root not in JOINT_ROOTS or not c.pairs:
        return c
    states = list(dict.fromkeys(a.ref.country for a in c.sources if a.ref.country))
    if len(states) != 2 or len(c.sources) != 2:
        return c
    targets = [t for _, t in c.pairs if t is not None]
    doc = s.tok.doc
    if not targets or any(t.ref.country not in states for t in targets):
        return c
    if not all(0 <= t.tok < len(doc) and _owned_thing(t, doc[t.tok]) for t in targets):
        return c
    a, b = c.sources
    return c.with_pairs([(a, b), (b, a)])
