"""Countryless role nouns are no target (issue 9 section 1, class G; coref10).

"Egypt urged the warring parties to return to talks", "China urged officials to show
restraint": a role noun that names no state ("parties", "sides", "a mediator", "officials",
"staff") is placed by ``pairs.locate_unplaced`` in the one state the sentence names, which is
often the doer's own: the event becomes an appeal to the doer's own parties. Whose parties they
are the sentence does not say; no target is the honest reading (a state a "between A and B" or
"in Libya" phrase names is found before this stage and kept).
"""

from __future__ import annotations

from realpolitik.extract.confidence import UNPLACED
from realpolitik.extract.parties._model import Candidates, Site

# Role nouns that name a part in a dispute or an office, of no state of their own.
ROLE_NOUNS = frozenset(
    {
        "party", "side", "faction", "mediator", "negotiator", "official", "staff",
        "participant", "stakeholder", "envoy", "delegate",
    }
)  # fmt: skip


def no_role_noun_home_target(s: Site, c: Candidates) -> Candidates:
    """ "Kenya called on all parties to respect the truce": a role noun placed by guess in the
    doer's own state (no phrase of its own placed it) is no target."""
    if not c.pairs:
        return c
    doc = s.tok.doc
    pairs = []
    for a, b in c.pairs:
        if (
            b is not None
            and b.quality < UNPLACED
            and b.ref.country
            and b.ref.country == a.ref.country
            and 0 <= b.tok < len(doc)
            and doc[b.tok].lemma_.lower() in ROLE_NOUNS
        ):
            b = None
        pairs.append((a, b))
    return c.with_pairs(pairs)


__all__ = ["ROLE_NOUNS", "no_role_noun_home_target"]
