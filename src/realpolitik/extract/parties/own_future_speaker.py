"""An official titled without a state, who says what a named state "would" do, speaks for that
state (parties47: fresh23's G; recurring.md's "actor resolution: titles").

"Chilean customs turned back 80 Peruvian trucks. Economy Minister NAME warned that Chile would
restrict Peruvian fruit at its ports if the trucks were not let through": the minister's title
names no state and the people table does not hold the name, so ``pairs.locate_unplaced``
placed him in the nearest state of his sentence ("Peruvian fruit"), and the threat came out
as Peru's, aimed at Chile. A minister announcing, warning or promising what a state "would /
will" do speaks of his own state's act (the threat of ``clause_targets.own_threat``): the
state named as the subject of a modal that-clause of the trigger is the official's. Only for a
doer with no state (``---`` code) and a titled office; a named state's official keeps his own.
"""

from __future__ import annotations

from realpolitik.extract._dependents import child
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

_NO_STATE = "---"
_OFFICE_SECTORS = frozenset({"GOV", "MIL"})  # a minister's, a commander's office
_MODALS = frozenset({"would", "will", "could", "might", "'d", "wo", "'ll", "shall"})


@acts_on(noun=False)
def own_future_speaker(s: Site, c: Candidates) -> Candidates:
    """ "Economy Minister NAME warned that Chile would restrict Y's goods": NAME is Chile's."""
    if s.noun or len(c.sources) != 1:
        return c
    a = c.sources[0]
    code = a.ref.code
    if not code.startswith(_NO_STATE) or code[3:6] not in _OFFICE_SECTORS or a.ref.country:
        return c
    for k in s.kids:
        if k.dep_ != "ccomp" or not any(
            x.dep_ == "aux" and x.lower_ in _MODALS for x in k.children
        ):
            continue
        subj = child(k, "nsubj")
        got = [g for g in s.actors.resolve(subj) if g.ref.country] if subj is not None else []
        states = {g.ref.country for g in got if g.ref.country}
        if len(states) != 1:
            return c
        country = states.pop()
        ref = ActorRef(a.ref.text, country + code[3:], country, a.ref.name)
        return c.with_sources([Arg(ref, a.quality, a.tok)], c.path)
    return c


__all__ = ["own_future_speaker"]
