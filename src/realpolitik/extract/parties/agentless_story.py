"""An agentless arrest, seizure or deportation of one state's people is done by the other state
of the story (issue 9 round 18, recur1: the agentless passive kind AP, fresh5-fresh11).

"Nepal complained to India about the treatment of its workers. Forty Nepali workers were
deported on Friday", "Peru accused Chile of harassing its fishermen. Two Peruvian trawlers were
seized off Arica": the passive names no doer, but the story's latest hostile act between the
victims' state and one other state names who holds them. ``agentless.seat_of_government_doer`` reads a
place or an announcing office in the sentence itself; this stage, after it, reads the story,
for every verb of coercion (CAMEO 17), keyed on the passive and the placed victims rather than
on one act noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._codebook import UNNAMED
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_COERCE = "17"  # CAMEO: arrest, detain, seize, deport
_HOSTILE_FROM = "10"  # CAMEO roots from 10 (demand) on are the conflictual ones


def story_state_doer(s: Site, c: Candidates) -> Candidates:
    """ "Two Peruvian trawlers were seized off Arica" after "Peru accused Chile of harassing its
    fishermen": CHL -> PER 17; the victims are the passive's subject (not a "to" destination);
    with no earlier hostile act between their state and another, the doer stays unnamed."""
    if not c.pairs or s.noun or s.root != _COERCE or not _agentless(s.tok):
        return c
    victims = next((k for k in s.kids if k.dep_ == "nsubjpass"), None)
    if victims is None:
        return c
    span = range(victims.left_edge.i, victims.right_edge.i + 1)
    pairs = []
    for a, b in c.pairs:
        if a.ref.code == UNNAMED.code and b is not None and b.ref.country and b.tok in span:
            holder = _holder(s, b.ref.country)
            if holder is not None:
                a = Arg(ActorRef(holder, holder, holder), EARLIER, s.tok.i)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _holder(s: Site, victims_state: str) -> str | None:
    """The other state of the story's latest earlier hostile act (CAMEO 10 on) between the
    victims' state and one other: who the complaint, the protest or the arrest before was
    about. A meeting or a deal between the two names no one who holds people."""
    for act in reversed(s.ctx.earlier):
        if act.target is None or act.root < _HOSTILE_FROM:
            continue
        countries = (act.source.country, act.target.country)
        if victims_state not in countries or countries[0] == countries[1]:
            continue
        other = countries[1] if countries[0] == victims_state else countries[0]
        if other:
            return other
    return None


def _agentless(tok: Token) -> bool:
    """A passive verb with no "by" agent ("were deported", "had been seized")."""
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


__all__ = ["story_state_doer"]
