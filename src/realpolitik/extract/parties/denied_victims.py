"""The state a denied act was aimed at, read from the denial's that-clause when the clause's own
verb is no trigger: "Benin denied that any base on its soil was used against Niger", "Rwanda
denied that its territory was used to attack Congo" (practice2's left class; parties21).

``denials.denied_deed_accuser`` aims a denial (016) at the accuser of an earlier sentence, else
at the targets of the deed the clause's head negates. A clause whose head is a plain verb ("was
used", "served") names the victim one step down: in a hostile act the clause governs (a hostile
trigger anywhere under it) or in an "against" phrase. Either names the state that would have
been wronged, the side the denial answers when no accusation names the accuser.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._denied_charge import CHARGED_ROOTS
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._model import key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg
    from realpolitik.extract.parties._model import Site

# The preposition that names an act's victim whatever the verb ("used against", "aimed against").
VICTIM_PREPS = ("against",)


def clause_victims(s: Site, own: set[str]) -> list[Arg]:
    """The states (not ``own``) a denied clause's act was done to: the targets of the first
    hostile trigger under the clause (denied with it), else the named objects of its "against"
    phrases ("against its own troops" leaves the owner to the pronoun's reading: no target)."""
    clauses = [k for k in s.kids if k.dep_ == "ccomp"]
    under: list[Token] = sorted({t for k in clauses for t in k.subtree}, key=lambda t: t.i)
    for t in under:
        deed = s.ctx.triggers.get(t.i)
        if deed is not None and deed.code[:2] in CHARGED_ROOTS and t.i != s.tok.i:
            hit = [a for a in s.ctx.roles_of(deed).targets if key(a) not in own]
            if hit:
                return hit
    for t in under:
        for _, p in pobjs(t, VICTIM_PREPS):
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in p.children):
                continue
            hit = [a for a in s.actors.resolve(p) if key(a) not in own]
            if hit:
                return hit
    return []
