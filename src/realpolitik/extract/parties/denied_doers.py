"""A denial is never aimed at the private group said to do the denied act (issue 9, parties51:
fresh25's class L; recurring.md's "denials and rejected charges").

"Thai officials denied that Burmese exporters were routing rice through the country": the
denied clause's doer is a private group of a third state (exporters, traders, firms), whose
state accused nobody; the denial answers whoever made the charge (GUIDE rule 2: 016 at the
accuser, else the victim's state). An accuser named in the story is found by the earlier
stages (``denied_deed_accuser``); where none was, the story fallback takes the one other
state the clause names, the group's. Here such a target gives way to the one other state the
paragraph names up to the act besides the group's, else to no target. Only 016 denials whose
"that" clause has an active subject resolving to a private sector of the target's state.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key
from realpolitik.models import ActorRef

# Sectors of people who act on their own account, not for their state.
_PRIVATE = frozenset({"BUS", "CVL", "AGR", "LAB", "MED", "EDU", "NGO", "REF", "CRM"})


def _private_doers(s: Site) -> set[str]:
    """States of the private groups that are the active subject of the denied clause."""
    out: set[str] = set()
    for k in s.kids:
        if k.dep_ != "ccomp":
            continue
        for subj in k.children:
            if subj.dep_ != "nsubj":
                continue
            for a in s.actors.resolve(subj):
                if a.ref.country and a.ref.code[3:6] in _PRIVATE:
                    out.add(a.ref.country)
    return out


def _other(s: Site, own: str, avoid: set[str]) -> Arg | None:
    """The one state besides ``own`` and ``avoid`` named in the document up to the act's
    sentence end (the paragraph's accuser, where there is one)."""
    found = set()
    sent = s.ctx.sent
    for m in s.actors.named_between(0, sent.end - 1):
        c = m.ref.country
        if m.is_state and c and c != own and c not in avoid:
            found.add(c)
    if len(found) != 1:
        return None
    c = found.pop()
    return Arg(ActorRef(c, c, c), EARLIER, s.tok.i)


@acts_on(codes=("016",))
def denied_group_not_target(s: Site, c: Candidates) -> Candidates:
    """ "denied that Burmese exporters were routing rice": never Myanmar's exporters."""
    if not c.pairs or s.noun:
        return c
    targets = {key(b) for _, b in c.pairs if b is not None}
    if not targets:
        return c
    groups = _private_doers(s) & targets
    if not groups:
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if b is not None and key(b) in groups:
            b = _other(s, key(a), groups)
        pairs.append((a, b))
    return c.with_pairs(pairs)
