"""An agentless arrest, seizure or deportation of one state's people is done by the other state
of the story (issue 9 round 18, recur1: the agentless passive kind AP, fresh5-fresh11).

"Nepal complained to India about the treatment of its workers. Forty Nepali workers were
deported on Friday", "Peru accused Chile of harassing its fishermen. Two Peruvian trawlers were
seized off Arica": the passive names no doer, but the story's latest act between the victims'
state and one other state names who holds them. ``agentless.seat_of_government_doer`` reads a
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
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_COERCE = "17"  # CAMEO: arrest, detain, seize, deport


def story_state_doer(s: Site, c: Candidates) -> Candidates:
    """ "Two Peruvian trawlers were seized off Arica" after "Peru accused Chile of harassing its
    fishermen": CHL -> PER 17; with no earlier act between the victims' state and another, the
    doer stays unnamed."""
    if not c.pairs or s.noun or s.root != _COERCE or not _agentless(s.tok):
        return c
    pairs = []
    for a, b in c.pairs:
        if a.ref.code == UNNAMED.code and b is not None and b.ref.country:
            holder = story_partner(s, b.ref.country)
            if holder is not None and holder.ref.country:
                state = holder.ref.country
                a = Arg(ActorRef(holder.ref.text, state, state), EARLIER, s.tok.i)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _agentless(tok: Token) -> bool:
    """A passive verb with no "by" agent ("were deported", "had been seized")."""
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


__all__ = ["story_state_doer"]
