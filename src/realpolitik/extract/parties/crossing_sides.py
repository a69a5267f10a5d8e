"""Targets a border measure or a refusal names only through the story (issue 9 round 20,
parties27: fresh14's BT and X).

A border crossing closed "at PLACE" is closed to the neighbour across it.

"Chile shut its frontier post at Los Libertadores after Argentine truckers blocked the road",
"Peru closed its border crossing at Desaguadero": the closure names no second state (no "with
Y", no "Y's border"), but a border has two sides. The neighbour is the state of the people the
reason clause names ("after Argentine truckers blocked ...": the clause the closure answers),
else the one other state the paragraph names. With two or more other states, the other state
of the story's latest act with the closer (parties30: "Y's police detained X-ian drivers ...
X kept the A and B crossings shut" after a third state was named); with none, no target
(border towns are in no table; a capital or a city the tables know names its state through
the crossing's own phrase, ``prepositional_target``). Requests refused with no maker named ("had rejected several earlier
requests to free him") were made by the story's other state (``refused_story_requests``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# A closure (191) and its easing: a crossing reopened (081) has the same two sides
# ("Kenya reopened the crossing after Tanzania's president sent an envoy": parties40, fresh20's B).
_CLOSURES = ("191", "081")
# The closed thing: a crossing or a post on the border.
_CROSSING_WORDS = frozenset(
    {"crossing", "post", "checkpoint", "border", "frontier", "bridge", "gate", "crossings",
     "posts", "checkpoints", "terminal"}
)  # fmt: skip
# Clauses that give the closure's reason or occasion ("after / when / because Y ...").
_REASON_MARKS = frozenset({"after", "when", "because", "as", "since", "following"})


def _crossing_object(s: Site) -> Token | None:
    obj = s.child("dobj", "nsubjpass")
    if obj is not None and obj.lemma_.lower() in _CROSSING_WORDS:
        return obj
    return None


def _reason_states(s: Site, own: set[str]) -> set[str]:
    """States named in the closure's reason clause ("after Argentine truckers blocked the
    road"), other than the doer's."""
    found: set[str] = set()
    for k in s.kids:
        if k.dep_ not in ("advcl", "prep"):
            continue
        marks = {g.lower_ for g in k.children if g.dep_ in ("mark", "advmod")} | {k.lower_}
        if not marks & _REASON_MARKS:
            continue
        for t in k.subtree:
            m = s.actors.mention_of(t)
            if m is not None and m.ref.country and m.ref.country not in own:
                found.add(m.ref.country)
    return found


def _paragraph_states(s: Site, own: set[str]) -> set[str]:
    """The states the paragraph names, other than the doer's."""
    return {m.ref.country for m in s.actors.mentions if m.ref.country and m.ref.country not in own}


@acts_on(noun=False, codes=_CLOSURES)
def closed_crossing_neighbour(s: Site, c: Candidates) -> Candidates:
    """ "X closed its border crossing at PLACE after Y protesters blocked the bridge": a
    crossing closed with no state named across it is closed to the state of its reason clause,
    else to the one other state of the paragraph."""
    if s.noun or not s.code.startswith(_CLOSURES) or not c.sources:
        return c  # (the kinds its mark names)
    if any(not unknown(a) for a in c.targets):
        return c
    if s.found.controller is not None or s.child("nsubj") is None:
        return c  # ("urged its neighbours to close their borders": asked of others, not done)
    if _crossing_object(s) is None:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own:
        return c
    found = _reason_states(s, own) or _paragraph_states(s, own)
    if len(found) != 1:
        # (several other states named: the story's latest act between the closer and
        # another state names the side across, as for untargeted demands; parties30)
        partner = story_partner(s, next(iter(own))) if len(own) == 1 else None
        return c if partner is None else c.with_targets([partner])
    other = found.pop()
    return c.with_targets([Arg(ActorRef(other, other, other), EARLIER, s.tok.i)])


# Nouns of requests a refusal may turn down ("rejected several earlier requests to free him"),
# and the terms another side set for its own step ("dismissed the condition / the ultimatum").
_REQUEST_NOUNS = frozenset(
    {"request", "call", "demand", "appeal", "plea", "application", "bid", "petition",
     "condition", "precondition", "ultimatum"}
)  # fmt: skip
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
_OWNER_PREPS = frozenset({"from", "by", "of"})


# Terms set by another side for its own step: with no story act to name their maker, the one
# other state of the paragraph set them (requests keep the story act only: "rejected calls to
# return captured Indian soldiers" asks for the soldiers' act, ``refused_request_doer``).
_SET_TERMS = frozenset({"condition", "precondition", "ultimatum"})


def _set_terms(s: Site) -> bool:
    obj = s.child("dobj", "nsubjpass")
    return obj is not None and obj.lemma_.lower() in _SET_TERMS


def _unowned_requests(s: Site) -> bool:
    """The refusal's object is requests or conditions named without their maker ("two earlier
    requests for his extradition", "dismissed the condition"; not "Ghana's requests", "requests
    from Accra")."""
    obj = s.child("dobj", "nsubjpass")
    if obj is None or obj.lemma_.lower() not in _REQUEST_NOUNS:
        return False
    for k in obj.children:
        named = k.dep_ in _OWNER_DEPS or (k.dep_ == "prep" and k.lower_ in _OWNER_PREPS)
        if named and any(s.actors.mention_of(t) is not None for t in k.subtree):
            return False
    return True


@acts_on(noun=False, roots=("12",))
def refused_story_requests(s: Site, c: Candidates) -> Candidates:
    """ "Togo arrested a Ghanaian journalist in March. Lome had rejected several earlier
    requests to free him": requests refused with no maker named were made by the story's other
    state (the latest earlier act between the refuser and one other state: Ghana's journalist),
    so the refusal is aimed at it (X of fresh14; GUIDE rule 5)."""
    if s.noun or not c.sources or any(not unknown(a) for a in c.targets):
        return c
    if not _unowned_requests(s):
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if len(own) != 1:
        return c
    other = story_partner(s, next(iter(own)))
    if other is None:
        # (no earlier act between the refuser and another state: the one other state the
        # paragraph names set the terms, "Burundi would not attend unless Rwanda ... Rwanda's
        # minister dismissed the condition"; practice5's OS)
        found = _paragraph_states(s, own) if _set_terms(s) else set()
        if len(found) != 1:
            return c
        state = found.pop()
        return c.with_targets([Arg(ActorRef(state, state, state), EARLIER, s.tok.i)])
    return c.with_targets([Arg(other.ref, EARLIER, s.tok.i)])


__all__ = ["closed_crossing_neighbour", "refused_story_requests"]
