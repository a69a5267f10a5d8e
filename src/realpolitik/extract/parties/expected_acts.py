"""Whom an expectation is aimed at (lex25, fresh13_classes.md L).

"Pretoria said it still expected the duties to be reviewed by Washington", "Wellington expects
the deportations to be reviewed": the expectation is an appeal (the row ``expect`` + "to be
reviewed / lifted / returned ...", CAMEO 020) on the one who must act: the passive clause's
agent, or else the doer of the act its subject names ("the deportations": Suva's, this
sentence's or, by a definite noun, an earlier one's: ``context_earlier.pick_named_act``).
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.extract.parties._reading import first
from realpolitik.extract.parties.context_earlier import pick_named_act, recent

_EXPECTING = frozenset({"expect"})


@acts_on(noun=False, roots=("02",))
def expected_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Expected the duties to be reviewed by X": the appeal goes to X; "expected the
    deportations to be reviewed": to the deporter."""
    if c.targets or not c.sources or s.tok.lemma_.lower() not in _EXPECTING:
        return c
    own = {key(a) for a in c.sources}
    clauses = [k for k in s.kids if k.dep_ in ("ccomp", "xcomp")]
    clauses += [g for k in clauses for g in k.children if g.dep_ == "xcomp"]  # ("rules" a verb)
    for clause in clauses:
        if clause.tag_ != "VBN":
            continue
        agents = [p for a in clause.children if a.dep_ == "agent" for p in a.children]
        got = [a for a in first(s.actors, [p for p in agents if p.dep_ == "pobj"])
               if key(a) not in own]  # fmt: skip
        subj = next((g for g in clause.children if g.dep_ == "nsubjpass"), None)
        act = s.ctx.triggers.get(subj.i) if subj is not None and not got else None
        if act is not None and act is not s.found:
            got = [a for a in s.ctx.roles_of(act).sources if key(a) not in own]
        if not got and subj is not None and any(d.lower_ == "the" for d in subj.children):
            picked = pick_named_act(subj.lemma_.lower(), recent(s), own)  # an earlier act's
            got = [Arg(a.ref, EARLIER, subj.i) for a in picked or ()]
        if got:
            return c.with_targets(got)
    return c
