"""An agentless arrest of foreigners, announced by a state's own voice, is that state's act (issue
9 round 25, practice5's TW).

"Uganda's army spokesman said the two Kenyans had been arrested for inciting violence", "...,
Chilean police said, after the three Bolivians were detained": the passive names no doer, but a
state that tells of another state's people arrested or detained, with no place abroad named, is
telling of its own authorities' act (GUIDE rule 3, acts announced by the actor's own side:
``reported``), UGA -> KEN 173. Not where the voice is the people's own state ("Kenya said two
Kenyans had been arrested": by whom is unknown), nor where the sentence places the arrest in a
third state ("arrested in Tanzania"), nor where the story's holding act already named a doer
(``agentless_story.carried_victims`` runs first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import home_of, unknown
from realpolitik.extract.parties.announced_passives import _agentless, _voice
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from realpolitik.extract.parties._model import Candidates, Site

# Arrests and detentions (CAMEO 173) told in the passive.
_ARRESTED = ("173",)
_PLACE_PREPS = frozenset({"in", "at", "inside"})


@acts_on(noun=False, codes=_ARRESTED)
def announced_arrest_doer(s: Site, c: Candidates) -> Candidates:
    """ "X's spokesman said the two Kenyans had been arrested": X -> KEN 173 (the module)."""
    if s.noun or not _agentless(s.tok) or any(not unknown(a) for a in c.sources):
        return c
    people = {a.ref.country for a in c.targets if a.ref.country}
    if len(people) != 1 or any(unknown(a) for a in c.targets):
        return c
    voice = _voice(s)
    if voice is None or voice in people or _placed_abroad(s, voice):
        return c
    if not _story_toward(s, voice, next(iter(people))):
        return c  # ("Two Turkish traders were detained, a Polish police spokesman said": alone)
    return c.with_sources([Arg(ActorRef(voice, voice, voice), EARLIER, s.tok.i)])


# How many sentences back the story's act of the voice's state toward the people's is read.
_STORY_SENTENCES = 3


def _story_toward(s: Site, voice: str, people: str) -> bool:
    """The story already tells an act of the voice's state toward the people's state (their
    release, a closure, a summons): the voice speaks of its own side's dealings with them."""
    return any(
        act.target is not None and home_of(act.source) == voice and act.target.country == people
        for act in recent(s, _STORY_SENTENCES)
    )


def _placed_abroad(s: Site, voice: str) -> bool:
    """The arrest's own place phrase names a state other than the voice's ("arrested in X")."""
    for k in s.kids:
        if k.dep_ != "prep" or k.lower_ not in _PLACE_PREPS:
            continue
        for t in k.subtree:
            m = s.actors.mention_of(t)
            if m is not None and m.ref.country and m.ref.country != voice:
                return True
    return False


__all__ = ["announced_arrest_doer"]
