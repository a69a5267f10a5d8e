"""A refusal aimed at the state its refused thing belongs to by a relative clause: the state
that pays, keeps or asked for it (parties47: fresh23's A; recurring.md's "target named only
inside the object").

"Store refused to reopen the tariffs Finland pays under the deal, which Finnish ministers had
asked him to lower": the refused act ("to reopen") carries the object, so
``relative_requests`` (which reads the refusal's own object) found no clause, and the refusal
was left with no target. Here the objects of the refusal and of its infinitive are read: a
request in a relative clause of the object's phrase names the asker (as ``relative_requests``
does); else a relative clause whose subject is a state other than the refuser's ("the fees Y
pays", "the troops Y keeps there") names whose thing the refusal withholds. Verbs only; a
clause whose subject is the refuser's own state names no one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_REFUSAL = "12"
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj"})
_MODALS = frozenset({"could", "might", "may", "would", "should", "can"})


def _clauses(verb: Token) -> list[Token]:
    """The relative clauses in the phrases of the objects of ``verb`` and of its infinitive
    ("refused to reopen the tariffs Y pays")."""
    heads = [verb] + [k for k in verb.children if k.dep_ == "xcomp"]
    out = []
    for h in heads:
        for obj in h.children:
            if obj.dep_ in _OBJECTS:
                out += [t for t in obj.subtree if t.dep_ in _CLAUSES and t.i > obj.i]
    return out


@acts_on(noun=False, roots=(_REFUSAL,))
def refused_object_owner(s: Site, c: Candidates) -> Candidates:
    """ "refused to reopen the tariffs Y pays, which Y's ministers had asked him to lower":
    X -> Y 12 (the asker, else the clause's state)."""
    if not c.sources or c.targets or s.noun or s.root != _REFUSAL:
        return c
    clauses = _clauses(s.tok)
    if not clauses:
        return c
    own = {key(a) for a in c.sources} | {a.ref.country for a in c.sources if a.ref.country}
    at = {t.i for t in clauses}
    for i, f in sorted(s.ctx.triggers.items()):
        if i not in at or f.code[:2] not in REQUEST_ROOTS or f.entry.pos == "N":
            continue
        asked = [a for a in s.ctx.roles_of(f).sources
                 if key(a) not in own and not unknown(a) and a.ref.country not in own]  # fmt: skip
        if asked:
            return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in asked], 1)
    for clause in clauses:
        if any(k.dep_ == "aux" and k.lower_ in _MODALS for k in clause.children):
            continue  # ("drills that Z could read as a provocation": a guess, no owner; p49)
        for subj in (k for k in clause.children if k.dep_ in _SUBJECTS):
            got = [a for a in s.actors.resolve(subj)
                   if a.ref.country and a.ref.country not in own and not unknown(a)]  # fmt: skip
            if got:
                return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in got], 1)
    return c


__all__ = ["refused_object_owner"]
