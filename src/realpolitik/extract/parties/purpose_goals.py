"""An offer or a sending whose goal is named only by its purpose (issue 9 round 19, parties25:
fresh13's class GP).

"Tanzania offered to send engineers to help rebuild roads in eastern Kenya": neither the offer
nor "send" has a "to X" goal, so the offer had no target and was dropped (an offer needs one).
The purpose infinitive says where the engineers go and whom they help: the state named in the
purpose's own phrase ("in eastern Kenya") is the goal of the sending and of the offer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._mentions import Arg
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

# Intents and offers (03), aid (07): acts whose goal is whom the purpose helps.
_GOAL_ROOTS = ("03", "07")
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
_DEPTH = 3
_LAST_HELPING = "08"  # roots 01-08: statements, appeals, offers, consultation, cooperation, aid,
# yielding (a purpose of help); 09 on are investigations, demands and hostile acts


@acts_on(noun=False, roots=_GOAL_ROOTS)
def purpose_goal(s: Site, c: Candidates) -> Candidates:
    """ "offered to send engineers to help rebuild roads in eastern Kenya": an offer or aid
    with no target takes the target of its helping purpose infinitive (an act of roots 01-08
    whose own phrase names the state)."""
    if s.noun or c.targets or not c.sources or s.root not in _GOAL_ROOTS:
        return c
    own = {key(a) for a in c.sources}
    level = [s.tok]
    for _ in range(_DEPTH):
        nxt: list[Token] = []
        for v in level:
            for k in v.children:
                if k.dep_ not in _PURPOSE_DEPS or k.i < v.i:
                    continue
                nxt.append(k)
                if not to_infinitive(k) or k.i == s.tok.i:
                    continue
                got = _purpose_target(s, k)
                got = [a for a in got if key(a) not in own]
                if got:
                    return c.with_targets(got, 1)
        level = nxt
    return c


def _purpose_target(s: Site, v: Token) -> list[Arg]:
    """The targets of a helping purpose ("to help rebuild ... in Y"); a purpose against
    someone ("to counter Y", "to deter Y") names an adversary, not whom the act is for."""
    act = s.ctx.triggers.get(v.i)
    if act is None or act is s.found or act.code[:2] > _LAST_HELPING:
        return []
    return list(s.ctx.roles_of(act).targets)
