"""The target of a promise that rules an act out: "Nepal assured her visitor that it would not
let its soil be used against China" is a promise (03x) about China (issue 9, clause10: class F
of fresh3's review; ``_promised`` keeps the "would not" clause from reading as a refusal).

A promise made to someone names its target ("assured India that ..."); when the one assured is
no actor the tables know ("her visitor"), the party the ruled-out act would be aimed at is the
one the promise concerns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._promised import promised_content
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import first

if TYPE_CHECKING:
    from spacy.tokens import Token

_INTENT = "03"
# Prepositions that name whom a ruled-out act would be aimed at ("used against China").
AIM_PREPS = frozenset({"against", "on", "at", "toward", "towards"})


@acts_on(noun=False, roots=(_INTENT,))
def assured_content_target(s: Site, c: Candidates) -> Candidates:
    """A promise (03x) with no target whose "would not" clause names whom the ruled-out act
    would be aimed at ("... would not let its land be used against China"): that party."""
    if s.root != _INTENT or s.noun or c.targets or not c.sources:
        return c
    clauses = [k for k in s.kids if k.dep_ == "ccomp" and promised_content(k)]
    if not clauses:
        return c
    own = {key(a) for a in c.sources}
    aims = [p for k in clauses for p in _aimed_at(k)]
    got = [a for a in first(s.actors, aims) if key(a) not in own]
    return c.with_targets(got, 2) if got else c


def _aimed_at(clause: Token) -> list[Token]:
    """Objects of the aim phrases inside ``clause``, in order."""
    return [
        p
        for t in clause.subtree
        if t.dep_ == "prep" and t.lower_ in AIM_PREPS
        for p in t.children
        if p.dep_ == "pobj"
    ]
