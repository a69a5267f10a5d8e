"""A threat to send one's own people or trade elsewhere "instead" is aimed at the story's other
state, never at the people sent (issue 9, parties54: fresh28's class E; GUIDE rule 7, moving
trade away).

"Oman froze new hiring from Nepal. Nepal could threaten to send its workers to the Gulf
instead": "its workers" are Nepal's own and "the Gulf" only where they would go; the threat is
at the state they would be taken from, the one other state this sentence or the one before
names (NPL -> OMN 13). Without this ``controlled_object`` took the workers (NPL -> ---LAB).
Read before ``controlled_object``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef

_THREAT = "13"
_MOVING = frozenset({"send", "move", "shift", "take", "divert", "redirect", "sell", "ship"})
_OWNERS = frozenset({"its", "their"})


def _moved_own(s: Site) -> Token | None:
    """The controlled verb of "threaten to send its workers (to Z) instead"."""
    for k in s.kids:
        if k.dep_ != "xcomp" or k.lemma_.lower() not in _MOVING:
            continue
        obj = next((o for o in k.children if o.dep_ == "dobj"), None)
        if obj is None or not any(d.dep_ == "poss" and d.lower_ in _OWNERS for d in obj.children):
            continue
        if any(a.dep_ == "advmod" and a.lower_ == "instead" for a in k.children):
            return k
    return None


def _other_state(s: Site, skip: set[str], moved: Token) -> list[ActorRef]:
    """The states other than ``skip`` named in the sentence before and in this one, outside
    the moved clause, one per state."""
    sent = s.ctx.sent
    start = sent.start
    if start > 0:
        start = sent.doc[start - 1].sent.start
    lo = s.actors.doc_offset(moved.left_edge)
    hi = s.actors.doc_offset(moved.right_edge) + len(moved.right_edge)
    found: dict[str, ActorRef] = {}
    for m in s.actors.named_between(start, sent.end - 1):
        country = m.ref.country
        if lo <= m.start < hi:
            continue  # ("to Saudi Arabia instead": where they would go)
        if m.is_state and country and country not in skip and country not in found:
            found[country] = m.ref
    return list(found.values())


@acts_on(noun=False, roots=(_THREAT,))
def sent_elsewhere_target(s: Site, c: Candidates) -> Candidates:
    """ "could threaten to send its workers to the Gulf instead": the story's other state."""
    if c.targets or not c.sources:
        return c
    moved = _moved_own(s)
    if moved is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    named = _other_state(s, own, moved)
    if len(named) != 1:
        return c
    return c.with_targets([Arg(named[0], EARLIER, s.tok.i)], 2)


__all__ = ["sent_elsewhere_target"]
