"""A reaction "over the raid" (the detentions, the seizure) names an act told before: aimed at
its doer, and no new act of the speaker (issue 9, parties53: fresh27's class H).

"Polish border guards detained eight Ghanaian workers at a farm. Accra's foreign ministry
expressed 'deep regret' over the raid": "the raid" (definite, no owner, no "by") is the
earlier sentence's act named again by a noun of its own. The reaction (regret, concern,
protest) is aimed at the doer of the latest act another state did in the last
``ANSWERED_SENTENCES`` sentences (to the speaker's state where one did), and the noun, which
took the speaker for its doer, is dropped: the act was already told, by its doer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._earlier_acts import ANSWERED_SENTENCES, recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, key

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_REACTIONS = frozenset({"01", "10", "11"})
_OVER = frozenset({"over", "about", "at", "regarding"})
_DEFINITE = frozenset({"the", "this", "these", "those", "that"})
_OWNERS = frozenset({"poss", "amod", "compound", "nmod"})


def _named_act(s: Site, head: Token) -> Found | None:
    """The event noun "over the raid" on ``head`` (or on the light verb whose object it is):
    definite, with no owner, adjective or "by" phrase naming its doer."""
    heads = [head]
    if head.dep_ == "dobj":
        heads.append(head.head)  # "expressed regret over the raid": on the light verb
    for h in heads:
        for prep in h.children:
            if prep.dep_ != "prep" or prep.lower_ not in _OVER:
                continue
            for noun in prep.children:
                act = s.ctx.triggers.get(noun.i) if noun.dep_ == "pobj" else None
                if act is None or act.entry.pos != "N" or not _bare(noun):
                    continue
                return act
    return None


def _bare(noun: Token) -> bool:
    kids = list(noun.children)
    definite = any(k.dep_ == "det" and k.lower_ in _DEFINITE for k in kids)
    owned = any(k.dep_ in _OWNERS or (k.dep_ == "prep" and k.lower_ == "by") for k in kids)
    return definite and not owned


def _doer(s: Site, own: set[str]) -> list[EarlierAct]:
    """The latest earlier act another state did (to ``own`` where one did)."""
    done = [
        a for a in recent(s, ANSWERED_SENTENCES)
        if not a.background and a.source.country and a.source.country not in own
    ]  # fmt: skip
    to_own = [a for a in done if a.target is not None and a.target.country in own]
    got = to_own or done
    if not got:
        return []
    last = got[-1].trigger
    return [a for a in got if a.trigger == last]


@acts_on(roots=_REACTIONS)
def reaction_over_named_act(s: Site, c: Candidates) -> Candidates:
    """ "expressed regret (concern) over the raid": at the earlier act's doer."""
    if c.targets or not c.sources or not s.ctx.earlier or s.root not in _REACTIONS:
        return c
    if _named_act(s, s.tok) is None:
        return c
    own = {a.ref.country for a in c.sources if a.ref.country}
    acts = _doer(s, own)
    refs = {a.source.code: a.source for a in acts}
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1) if refs else c


@acts_on(noun=True)
def named_act_not_speakers(s: Site, c: Candidates) -> Candidates:
    """ "the raid" in "expressed regret over the raid", its doer read as the speaker: no act."""
    if not c.pairs or not s.noun or not s.ctx.earlier:
        return c
    tok = s.tok
    if tok.dep_ != "pobj" or tok.head.lower_ not in _OVER or not _bare(tok):
        return c
    head = tok.head.head
    reaction = s.ctx.triggers.get(head.i)
    if reaction is None and head.pos_ in ("VERB", "AUX"):
        obj = next((k for k in head.children if k.dep_ == "dobj"), None)
        reaction = s.ctx.triggers.get(obj.i) if obj is not None else None
    if reaction is None or reaction.code[:2] not in _REACTIONS or reaction is s.found:
        return c
    speakers = {key(a) for a in s.ctx.roles_of(reaction).sources}
    if not speakers or any(key(a) not in speakers for a, _ in c.pairs):
        return c
    return c.with_pairs([], "named_act_not_speakers")


__all__ = ["named_act_not_speakers", "reaction_over_named_act"]
