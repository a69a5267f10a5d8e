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
    from spacy.tokens import Doc, Token

    from realpolitik.extract._mentions import Arg

# Role nouns that name a part in a dispute or an office, of no state of their own.
ROLE_NOUNS = frozenset(
    {
        "party", "side", "faction", "mediator", "negotiator", "official", "staff",
        "participant", "stakeholder", "envoy", "delegate",
    }
)  # fmt: skip
# "party"/"side" are the sides of a dispute only in the plural, with no modifier but these.
_PARTY_WORDS = frozenset({"party", "side"})
_DISPUTE_MODS = frozenset({"warring", "rival", "concerned", "relevant", "other", "opposing"})
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
    role_object = obj is not None and is_role_noun(obj)
    pairs = []
    for a, b in c.pairs:
        if b is not None and b.quality <= UNPLACED and _role_guess(doc, a, b, role_object):
            b = None
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _role_guess(doc: Doc, a: Arg, b: Arg, role_object: bool) -> bool:
    """``b`` is a role noun of no state, or the doer's own state guessed for one."""
    own = b.tok == a.tok or not 0 <= b.tok < len(doc)  # (the convention's guess stands on the doer)
    role = role_object or (not own and is_role_noun(doc[b.tok]))
    if not role:
        return False
    return b.ref.code.startswith("---") or (bool(b.ref.country) and b.ref.country == a.ref.country)


def is_role_noun(tok: Token) -> bool:
    """A role noun of no state: "the warring parties", "officials", "a mediator"; not a
    political party ("the ruling party", "opposition parties": a state's own)."""
    lemma = tok.lemma_.lower()
    if lemma not in ROLE_NOUNS:
        return False
    if lemma not in _PARTY_WORDS:
        return True
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound", "nmod")}
    return tok.tag_ == "NNS" and mods <= _DISPUTE_MODS


__all__ = ["ROLE_NOUNS", "is_role_noun", "no_role_noun_home_target"]
