"""Complainers whose grievance is told only by a "whose" clause or by "the same treatment" aim
it at the state that did the thing complained of (issue 9, parties54: fresh28's class E).

- "Brazil banned imports of Uruguayan beef. Paraguay and Bolivia, whose beef is also under
  Brazilian restrictions, have not protested": the relative clause on the doers names the
  state whose measure they would protest (the one state it names that is not the doers' own).
- "Oman froze new visas for Nepal, and Sri Lanka's government complains of the same
  treatment": "the same" treatment (measures, fate) is the earlier act's, and the complaint is
  aimed at its doer: the subject of the clause the complaint is conjoined to, or of the
  sentence before, where it is a state other than the complainer's.

Without these the act kept no target (or its own state, ``home_target``). Read among the
context stages, after the trigger's own arguments found nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

# Complaints, protests, objections, criticism, rejections (their roots).
_GRIEVANCE_ROOTS = ("11", "12", "13", "14")
_SAME = frozenset({"same", "similar", "identical", "comparable", "like"})
_TREATMENTS = frozenset(
    {"treatment", "measure", "measures", "restriction", "restrictions", "ban", "bans", "fate",
     "curb", "curbs", "freeze", "policy", "rules", "discrimination", "pressure", "demands"}
)  # fmt: skip
_SUBJ = frozenset({"nsubj", "nsubjpass"})


def _others(s: Site, tok: Token, own: set[str]) -> list[Arg]:
    return [
        a for a in s.actors.resolve(tok)
        if not unknown(a) and a.ref.country and a.ref.country not in own
    ]  # fmt: skip


@acts_on(roots=_GRIEVANCE_ROOTS)
def whose_clause_target(s: Site, c: Candidates) -> Candidates:
    """ "Z1 and Z2, whose beef is also under Y-ian restrictions, have not protested": Y."""
    if c.targets or not c.sources:
        return c
    subj = s.child("nsubj")
    if subj is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    heads = [subj, *(k for k in subj.children if k.dep_ == "conj")]
    for h in heads:
        for rel in h.children:
            if rel.dep_ != "relcl" or not any(t.lower_ == "whose" for t in rel.subtree):
                continue
            found: dict[str, Arg] = {}
            for t in rel.subtree:
                m = s.actors.mention_of(t)
                if m is not None and m.ref.country and m.ref.country not in own:
                    found.setdefault(m.ref.country, Arg(m.ref, EARLIER, t.i))
            if len(found) == 1:
                return c.with_targets(list(found.values()), 2)
    return c


def _same_object(s: Site) -> bool:
    """The act concerns "the same treatment" (its object, or its "of / about / over" phrase)."""
    heads = [k for k in s.kids if k.dep_ == "dobj"]
    heads += [p for k in s.kids if k.dep_ == "prep" for p in k.children if p.dep_ == "pobj"]
    return any(
        h.lemma_.lower() in _TREATMENTS and any(d.lower_ in _SAME for d in h.children)
        for h in heads
    )


@acts_on(roots=_GRIEVANCE_ROOTS)
def same_treatment_target(s: Site, c: Candidates) -> Candidates:
    """ "..., and Sri Lanka complains of the same treatment": the doer of the act before."""
    if s.root not in _GRIEVANCE_ROOTS or c.targets or not c.sources or not _same_object(s):
        return c  # (the roots its mark names: "imposed similar bans" is no grievance)
    own = {a.ref.country for a in c.sources if a.ref.country}
    verb = s.tok
    if verb.dep_ == "conj":
        subj = next((k for k in verb.head.children if k.dep_ in _SUBJ), None)
        got = _others(s, subj, own) if subj is not None else []
        if got:
            return c.with_targets(got, 2)
    for act in reversed(s.ctx.earlier):
        if s.ctx.index - act.trigger // 10_000 > 1:
            break
        src = act.source
        if src.country and src.country not in own and act.target is not None:
            return c.with_targets([Arg(src, EARLIER, s.tok.i)], 2)
    sent = s.ctx.sent
    if sent.start == 0:
        return c
    before = sent.doc[sent.start - 1].sent
    subj = next((k for k in before.root.children if k.dep_ in _SUBJ), None)
    got = _others(s, subj, own) if subj is not None else []
    return c.with_targets(got, 2) if got else c


__all__ = ["same_treatment_target", "whose_clause_target"]
