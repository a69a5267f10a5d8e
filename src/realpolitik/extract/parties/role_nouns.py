"""Countryless role nouns are no target (issue 9 section 1, class G; coref10).

"Egypt urged the warring parties to return to talks", "China urged officials to show
restraint": a role noun that names no state ("parties", "sides", "a mediator", "officials",
"staff") is placed by ``pairs.locate_unplaced`` in the one state the sentence names, which is
often the doer's own: the event becomes an appeal to the doer's own parties. Whose parties they
are the sentence does not say; no target is the honest reading (a state a "between A and B" or
"in Libya" phrase names is found before this stage and kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract.confidence import UNPLACED
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from realpolitik.extract._mentions import Arg

# Role nouns that name a part in a dispute or an office, of no state of their own.
ROLE_NOUNS = frozenset(
    {
        "party", "side", "faction", "mediator", "negotiator", "official", "staff",
        "participant", "stakeholder", "envoy", "delegate",
    }
)  # fmt: skip
_LAST_VERBAL = "13"  # CAMEO roots 01-13: statements, appeals, offers, demands, threats


def no_role_noun_home_target(s: Site, c: Candidates) -> Candidates:
    """ "Kenya called on all parties to respect the truce": a role noun left unplaced, or placed
    by guess in the doer's own state, is no target; so is the doer's home state that the
    domestic convention (``pairs.home_target``) gave a verbal act whose object is such a noun.
    Acts of force and coercion keep the convention ("police arrested two officials")."""
    if not c.pairs or s.root > _LAST_VERBAL:
        return c
    doc = s.tok.doc
    obj = s.child("dobj")
    role_object = obj is not None and obj.lemma_.lower() in ROLE_NOUNS
    pairs = []
    for a, b in c.pairs:
        if b is not None and b.quality <= UNPLACED and _role_guess(doc, a, b, role_object):
            b = None
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _role_guess(doc: Doc, a: Arg, b: Arg, role_object: bool) -> bool:
    """``b`` is a role noun of no state, or the doer's own state guessed for one."""
    role = role_object or (0 <= b.tok < len(doc) and doc[b.tok].lemma_.lower() in ROLE_NOUNS)
    if not role:
        return False
    return b.ref.code.startswith("---") or (bool(b.ref.country) and b.ref.country == a.ref.country)


__all__ = ["ROLE_NOUNS", "no_role_noun_home_target"]
