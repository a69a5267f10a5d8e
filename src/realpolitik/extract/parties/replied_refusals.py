"""A refusal told as a reply to a request answers the requester (issue 9 round 35, parties55:
fresh29's class B; GUIDE rule 5).

"Norway's prime minister urged India to cut its purchases of Russian oil. Modi replied that
India would not give up its stake in the Sakhalin oil project": the refusal is India's answer
to Norway's request, aimed at Norway; the state named only inside what the refuser keeps ("its
stake in the Sakhalin project", a place of Russia's) is no party to it. A refusal (12) in the
complement of a verb of replying, whose targets (if any) are read only from inside its own
object, is aimed at the maker of the latest request to the refuser's state in the last
sentences.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import ANSWERED_SENTENCES, recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of

_REFUSAL = "12"
_REPLYING = frozenset({"reply", "replied", "answer", "answered", "respond", "responded",
                       "retort", "retorted"})  # fmt: skip


@acts_on(noun=False, roots=(_REFUSAL,), words=_REPLYING)
def replied_refusal_requester(s: Site, c: Candidates) -> Candidates:
    """ "... urged India to cut ... . Modi replied that India would not give up its stake in
    the Sakhalin project": IND -> NOR 12, the requester."""
    if s.noun or not c.sources or s.tok.dep_ != "ccomp":
        return c
    if s.tok.head.lemma_.lower() not in _REPLYING:
        return c
    obj = s.child("dobj")
    inside = set(range(obj.i + 1, obj.right_edge.i + 1)) if obj is not None else set()
    if any(a.tok not in inside for a in c.targets):
        return c  # (a target named as the refused thing's own party, or outside it)
    own = {home_of(a.ref) for a in c.sources}
    for act in reversed(recent(s, ANSWERED_SENTENCES)):
        if act.root not in REQUEST_ROOTS or act.target is None or act.background:
            continue
        if home_of(act.target) in own and act.source.country and home_of(act.source) not in own:
            ref = act.source
            return c.with_targets([Arg(ref, EARLIER, s.tok.i)], 1)
    return c


__all__ = ["replied_refusal_requester"]
