"""A case taken to an international court is against the other state, never the court (names19,
fresh9's and fresh3's class W).

"Ghana has not ruled out taking the dispute to the International Court of Justice", "Kenya filed
a case at the ICJ over the border": CAMEO 115 (bring lawsuit against) has the plaintiff as
source and the defendant as target; the court is where the case goes, not whom it is against
(GUIDE rule 6 and its code list: "sue/ICJ case 115"). Where the verb's own object names the
defendant ("took Togo to the ICJ") an earlier stage has it; otherwise the defendant is the
other state the sentence names ("the border dispute with Uganda"), else the other state of the
story's earlier acts, else the case has no target.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER, LOCATED
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from realpolitik.models import ActorRef

LAWSUIT = "115"
_COURT_MARK = "JUD"  # an IGO's judicial body: "IGOUNOJUDICJ", "IGOJUDICC"
_STATE_KINDS = frozenset({"country", "capital", "demonym"})


def is_court(ref: ActorRef | None) -> bool:
    """An international court or tribunal (an IGO's judicial body)."""
    return ref is not None and ref.code.startswith("IGO") and _COURT_MARK in ref.code


@acts_on(codes=(LAWSUIT,))
def case_not_the_court(s: Site, c: Candidates) -> Candidates:
    """ "Taking the dispute to the ICJ": the case's target is the other state of the sentence
    or of the story, or none; the court is never the target."""
    if not c.pairs or not s.code.startswith(LAWSUIT):
        return c
    if not any(b is not None and is_court(b.ref) for _, b in c.pairs):
        return c
    pairs: list[tuple[Arg, Arg | None]] = []
    for a, b in c.pairs:
        if b is not None and is_court(b.ref):
            b = defendant(s, a)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def defendant(s: Site, plaintiff: Arg) -> Arg | None:
    """The state a matter of ``plaintiff`` is with: the one other state the sentence names
    (not its reporters), else the story's partner; None where it names several."""
    own = plaintiff.ref.country
    if not own:
        return None
    others: dict[str, Arg] = {}
    sent = s.ctx.sent
    said = {id(m) for i in s.reporters if (m := s.actors.mention_of(s.tok.doc[i])) is not None}
    for m in s.actors.named_between(sent.start, sent.end - 1):
        country = m.ref.country
        if m.kind in _STATE_KINDS and country and country != own and id(m) not in said:
            others.setdefault(country, Arg(m.ref, LOCATED, s.tok.i))
    if len(others) == 1:
        return next(iter(others.values()))  # "the border dispute with Uganda"
    if others:
        return None
    return story_partner(s, own)


def story_partner(s: Site, own: str) -> Arg | None:
    """The other state of the story's latest earlier act between ``own`` and another state."""
    for act in reversed(s.ctx.earlier):
        sides = (act.source, act.target)
        if act.target is None or not all(r is not None and r.country for r in sides):
            continue
        countries = (act.source.country, act.target.country)
        if own in countries and countries[0] != countries[1]:
            other = act.target if act.source.country == own else act.source
            return Arg(other, EARLIER, s.tok.i)
    return None


__all__ = ["case_not_the_court", "defendant", "is_court", "story_partner"]
