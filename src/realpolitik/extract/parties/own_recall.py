"""People sent home by their own side are recalled, not deported (lex32: fresh19_classes.md A).

"Danish police detained three Norwegian sailors. Norway's defence ministry apologised and said
the three men had been sent home": the agentless "had been sent / flown home" is told by the
men's own state, whose own people they are; a deportation (CAMEO 174) needs a sender that is
the state the people are in and not their own, and the passive names none. ``carried_victims``
would hand the story's holder (the Danish police) the act; told in the voice of the people's own
state, the sending home is that state's recall of its own men and no interstate event. An
agentless "were sent home" told by a third voice, or by the host ("Danish police said the men
had been sent home"), keeps the story's holder as the deporter; so does one told by the state of
civilians ("Sudan's foreign ministry said the workers had been sent home": Egypt deported its
workers). The own side sends home only people in its service: soldiers, sailors, officers, staff
(the passive's own noun, or the noun of the story act that held them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._speaker_state import reporting_speaker
from realpolitik.extract.parties._earlier_acts import recent
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

if TYPE_CHECKING:
    from spacy.tokens import Token

_COERCE = "17"
# Verbs that carry people home (the lexicon's "send / fly / airlift them home" rows, 174).
_CARRY = frozenset({"send", "fly", "airlift", "take", "bring", "ship", "return", "repatriate"})
_HOMEWARD = frozenset({"home", "back"})
# People in a state's service, whom their own side can send home.
_SERVICE = frozenset(
    {"soldier", "troop", "sailor", "serviceman", "servicemen", "servicewoman", "marine",
     "officer", "pilot", "airman", "airmen", "crew", "staff", "personnel", "diplomat", "official",
     "peacekeeper", "guard", "instructor", "trainer", "cadet", "recruit", "reservist", "seaman",
     "seamen", "conscript", "envoy", "attache", "agent", "policeman", "policemen"}
)  # fmt: skip
_HOLDING = "17"
_STORY_SENTENCES = 3


def _agentless_home(tok: Token) -> bool:
    """ "had been sent home", "were flown back": a passive carrying verb with no "by" agent."""
    kids = list(tok.children)
    return (
        tok.lemma_.lower() in _CARRY
        and any(k.dep_ == "auxpass" for k in kids)
        and not any(k.dep_ == "agent" for k in kids)
        and (tok.lemma_.lower() == "repatriate" or any(k.lower_ in _HOMEWARD for k in kids))
    )


@acts_on(noun=False, roots=frozenset({_COERCE}))
def own_people_sent_home(s: Site, c: Candidates) -> Candidates:
    """An agentless "had been sent home" whose teller is the state of the people sent (a
    pair's target) and whose people are in its service: the own side's recall, no event."""
    if not c.pairs or s.noun or s.root != _COERCE or not _agentless_home(s.tok):
        return c
    people = next((k for k in s.kids if k.dep_ == "nsubjpass"), None)
    said = reporting_speaker(s.actors, people if people is not None else s.tok, 0)
    teller = said.ref.country if said is not None else ""
    if not teller or all(b is None or b.ref.country != teller for _, b in c.pairs):
        return c  # ("both men" may be read as the pair of the story: the teller's men among them)
    if not _in_service(s, people, teller):
        return c
    return c.with_pairs([], "own_people_sent_home")


def _in_service(s: Site, people: Token | None, state: str) -> bool:
    """Whether the people sent are in their state's service: by their own noun ("the two
    soldiers") or by the noun of the latest story act that held ``state``'s people ("detained
    three Norwegian sailors" before "the three men had been sent home")."""
    if people is not None and people.lemma_.lower() in _SERVICE:
        return True
    for act in reversed(recent(s, _STORY_SENTENCES)):
        if act.root == _HOLDING and act.target is not None and act.target.country == state:
            return act.thing is not None and act.thing[0] in _SERVICE
    return False


__all__ = ["own_people_sent_home"]
