"""A bare protest or denial answers the story's pair, whatever state was named last (issue 9,
parties52: fresh26's class D; recurring.md's "target named only in an earlier sentence").

"Kenya seized 40 Tanzanian lorries. The United States had urged Kenya to tighten controls.
Tanzania rejected claims that its officials had ignored the smuggling": the denial (016) names
no accuser and the protest ("lodged a formal protest in January", 114) nothing protested; the
story stages take the paragraph's one other state, and with a third state or a list named in
between they find none. The story's pair decides: the state the reacting one has acted with or
been acted on by most often in the earlier sentences (the first such on a tie), else the other
state of the first sentence that names the reacting state and exactly one other. Only where the
reaction's own sentence names no other state than that one ("When Chile raised duties on
Peruvian fish, Peru lodged a formal protest", "..., but Chile did not budge") and every stage
before left it with no target.
"""

from __future__ import annotations

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.context_earlier import other_states_named
from realpolitik.models import ActorRef

_DENIAL = "016"
_PROTEST = "114"
_NO_STATE = "---"


@acts_on(codes=(_DENIAL, _PROTEST))
def story_pair_answer(s: Site, c: Candidates) -> Candidates:
    """ "Tanzania rejected claims that ...", "Paraguay lodged a formal protest" with a third
    state named since the story's act: the story's other state (see the module doc)."""
    if not c.pairs or all(b is not None for _, b in c.pairs):
        return c
    if s.code not in (_DENIAL, _PROTEST):
        return c

    def partner(own: str) -> Arg | None:
        b = story_pair_partner(s, own)
        named = other_states_named(s, s.ctx.sent, {own})
        if b is None or (named and named != {b.ref.country}):
            return None  # (another state named here: the sentence's own parties decide)
        return b  # ("When Chile raised duties, Peru lodged a protest": the pair named again)

    return c.fill_targets(partner, by=lambda a: len(a.ref.code) == 3 or a.ref.code[3:] == "GOV")


def story_pair_partner(s: Site, own: str) -> Arg | None:
    """The state the story pairs with ``own``: the most frequent other side of the earlier acts
    between ``own`` and another state (the first on a tie), else the other state of the first
    earlier sentence that names ``own`` and one other state."""
    counts: dict[str, int] = {}
    refs: dict[str, ActorRef] = {}
    for act in s.ctx.earlier:
        if act.target is None or act.background:
            continue
        sides = (act.source.country, act.target.country)
        if own not in sides or None in sides or sides[0] == sides[1]:
            continue
        other = act.target if sides[0] == own else act.source
        country = other.country or ""
        counts[country] = counts.get(country, 0) + 1
        refs.setdefault(country, ActorRef(country, country, country))
    if counts:
        best = max(counts.values())
        first = next(k for k in counts if counts[k] == best)
        return Arg(refs[first], EARLIER, s.tok.i)
    for sent in s.tok.doc.sents:
        if sent.start >= s.ctx.sent.start:
            break
        states = {
            m.ref.country
            for m in s.actors.named_between(sent.start, sent.end - 1)
            if m.ref.country and not m.ref.code.startswith(_NO_STATE)
        }
        if own in states and len(states) == 2:
            state = next(x for x in states if x != own)
            return Arg(ActorRef(state, state, state), EARLIER, s.tok.i)
    return None


__all__ = ["story_pair_answer", "story_pair_partner"]
