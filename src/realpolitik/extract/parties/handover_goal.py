"""A request that people be handed over to the requester's own courts or police (issue 9 round
23, parties33: fresh17's class HG).

"Accra asked for the men to be handed over to Ghanaian courts, but Togo refused": the goal of
the handover ("to Ghanaian courts", "to Kenyan police") is where the people are to go, the
requester's own body, never whom the request is made to. A request for an act whose only
target is the requester's own state is aimed at the state that holds the people and would do
the act: the state that refuses (or answers) in the same sentence, else the one other state
the paragraph (else the story) names. The refusal of the same sentence then answers the
requester (``refused_request_maker``). Read before ``inner_act_target``, which would take the
goal as the request's target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.story_acts import other_state

if TYPE_CHECKING:
    from spacy.tokens import Token

_NO_STATE = "---"
# Roots of answers to a request in the same sentence ("but Togo refused", "and Togo agreed").
_ANSWER_ROOTS = frozenset({"12", "08", "03", "01"})


def _own_goal(s: Site, own: set[str]) -> bool:
    """The act asked for has targets, all of them the requester's own state or its bodies."""
    inner = s.inner
    if inner is None:
        return False
    got = s.ctx.roles_of(inner).targets
    return bool(got) and all(a.ref.country in own for a in got)


def _answerer(s: Site, own: set[str]) -> list[Arg]:
    """The subject of a later clause of the same sentence that answers the request ("but Togo
    refused, saying ..."), when it names another state."""
    for i, f in sorted(s.ctx.triggers.items()):
        if i <= s.tok.i or f.code[:2] not in _ANSWER_ROOTS or f.entry.pos == "N":
            continue
        subject: Token | None = next(
            (k for k in f.tok.children if k.dep_ in ("nsubj", "nsubjpass")), None
        )
        if subject is None:
            continue
        got = [
            a for a in s.actors.resolve(subject)
            if a.ref.country and a.ref.country not in own and not unknown(a)
            and not a.ref.code.startswith(_NO_STATE)
        ]  # fmt: skip
        if got:
            return got
    return []


@acts_on(noun=False, roots=tuple(REQUEST_ROOTS))
def handover_holder(s: Site, c: Candidates) -> Candidates:
    """ "asked for the men to be handed over to Ghanaian courts (, but Togo refused)": a
    request with no addressee for an act aimed at the requester's own state is aimed at the
    state that answers it in the same sentence, else the paragraph's (the story's) one other
    state; never at the requester's own body."""
    if s.noun or c.targets or not c.sources or s.root not in REQUEST_ROOTS:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    if not own or not _own_goal(s, own):
        return c
    got = _answerer(s, own)
    if not got:
        other = other_state(s, next(iter(own)))
        got = [other] if other is not None else []
    got = [Arg(a.ref, EARLIER, s.tok.i) for a in got if key(a) not in {key(b) for b in c.sources}]
    return c.with_targets(got, 1) if got else c


__all__ = ["handover_holder"]
