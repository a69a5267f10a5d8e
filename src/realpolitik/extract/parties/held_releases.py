"""The holder of people freed with no "by" phrase: the state they were held in (leftovers27).

"Two Japanese nationals were freed in North Korea", "the French journalist was released from an
Iranian prison", "three Ghanaian sailors held in Togo were set free", "three Ghanaian sailors
walked free from a Togolese jail": a release (CAMEO 08) is done by whoever held the people
(GUIDE rule 7, returns and releases), and with no "by" agent the sentence names the holder by
the place of the holding: a state, capital or demonym in the release's "in / from / at" phrase
or in the held participle of the released people ("held in X", "jailed in X"), or that
participle's own "by" agent ("held captive by X"). The people's own
state is never the holder. Where no such place is named, the story's latest hostile act (CAMEO
10 on) between the people's state and one other names the holder ("Togo arrested three
Ghanaian sailors in May. The sailors walked free on Monday"). ``announced_passives`` and
``agentless_story.carried_victims`` (the release's own voice, the holding act named again) run
first; this stage fills only a release with no doer yet.

Two forms: the agentless passive ("were freed"), whose people are its targets and whose holder
becomes the source; and the intransitive "walked free" (a ``rev`` row: the subject is released),
whose people are its sources and whose holder becomes the target, that ``pairs.received_from``
then turns round into the giver.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER, IN_PHRASE
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import unknown
from realpolitik.extract.parties.agentless_story import holder_of
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract.parties._model import Candidates, Site

_RELEASE = "08"
_PLACE_PREPS = frozenset({"in", "from", "at", "inside"})
_STATE_KINDS = frozenset({"country", "capital", "demonym"})
# Participles of holding on the released people ("held in X", "jailed in X since May").
_HELD = frozenset({"hold", "detain", "jail", "imprison", "keep", "arrest", "capture", "seize"})
_DEPTH = 4  # "from a prison in X": the preposition, its object, its own preposition and object


def _agentless_passive(tok: Token) -> bool:
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


def _place_tokens(tok: Token) -> list[Token]:
    """The tokens of ``tok``'s place phrases ("in X", "from a Y jail", "from a prison in X"),
    also where the parser hangs them on the verb's complement ("set free in X")."""
    out: list[Token] = []
    heads = [tok] + [k for k in tok.children if k.dep_ in ("oprd", "acomp")]
    frontier = [
        k for h in heads for k in h.children if k.dep_ == "prep" and k.lower_ in _PLACE_PREPS
    ]
    for _ in range(_DEPTH):
        nxt: list[Token] = []
        for t in frontier:
            out.append(t)
            nxt += [k for k in t.children if k.dep_ in ("pobj", "prep", "amod", "compound", "poss")]
        frontier = nxt
    return out


def _held_participles(people: Token) -> list[Token]:
    """Participles of holding that describe the released people ("nationals held in X")."""
    return [k for k in people.children if k.dep_ in ("acl", "relcl") and k.lemma_.lower() in _HELD]


def _agent_tokens(participle: Token) -> list[Token]:
    """The "by" phrase of a holding participle ("soldiers held captive by X"): the holder named
    outright (practice5's RP, once the participle is read as the people's modifier)."""
    return [
        t
        for k in participle.children
        if k.dep_ == "agent" or (k.dep_ == "prep" and k.lower_ == "by")
        for t in k.subtree
        if t is not k
    ]


def _place_holder(s: Site, verb: Token, people: Token | None, own: set[str]) -> Arg | None:
    """The first state named where the people were held, other than their own."""
    places = _place_tokens(verb)
    if people is not None:
        for p in _held_participles(people):
            places += _agent_tokens(p) + _place_tokens(p)
    for t in places:
        m = s.actors.mention_of(t)
        if m is None or m.kind not in _STATE_KINDS or not m.ref.country:
            continue
        if m.ref.country in own:
            continue
        c = m.ref.country
        return Arg(ActorRef(c, c, c), IN_PHRASE, t.i)
    return None


@acts_on(noun=False)
def held_place_holder(s: Site, c: Candidates) -> Candidates:
    """ "Two Japanese nationals were freed in North Korea": PRK -> JPN (08); "three Ghanaian
    sailors walked free from a Togolese jail": the holder TGO as the giver of the ``rev`` row."""
    if s.noun or s.root != _RELEASE:
        return c
    rev = "rev" in s.flags
    if rev:
        if c.targets or not c.sources or any(unknown(a) for a in c.sources):
            return c
        people_args, people = c.sources, s.child("nsubj")
    else:
        if not _agentless_passive(s.tok) or any(not unknown(a) for a in c.sources):
            return c
        people_args, people = c.targets, s.child("nsubjpass")
    own = {a.ref.country for a in people_args if a.ref.country}
    if len(own) != 1 or people is None:
        return c
    holder = _place_holder(s, s.tok, people, own)
    if holder is None:
        state = holder_of(s, next(iter(own)))
        if state is None:
            return c
        holder = Arg(ActorRef(state, state, state), EARLIER, s.tok.i)
    return c.with_targets([holder]) if rev else c.with_sources([holder])


__all__ = ["held_place_holder"]
