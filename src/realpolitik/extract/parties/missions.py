"""A diplomatic mission "in CAPITAL" is its sender's, and what it asks of anyone it asks of its
host (issue 9 round 20, parties27: fresh14's EM and the refusal of AP).

"Estonian police arrested 20 Latvian students. Latvia's foreign minister said the consulate in
Tallinn had requested access to the students": the consulate sits in Estonia and is Latvia's;
the request it made there is made to Estonia (LVA -> EST 02), never Estonia's own request. The
mention layer no longer reads the mission's "in" phrase as its owner
(``_mention_parts.owner_link``); ``mission_sender`` places the unplaced mission in the state
whose voice reports it (the speaker's state, when it is not the host) or else in the one other
state of the story's recent acts with the host, and ``mission_host_addressed`` aims a mission's
request that names no state at its host. "... but had been refused" (``refused_requester``): an
agentless refusal coordinated with a request is the asked state's refusal of the requester.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mention_parts import is_mission
from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Where a mission is: its own "in" phrase naming a country or a capital.
_HOST_KINDS = frozenset({"country", "capital"})
_REFUSAL = "12"
# How many sentences back the story acts that name the mission's sender may be told.
_STORY_SENTENCES = 3


def mission_host(s: Site, tok: Token) -> str | None:
    """The state a mission word ("the embassy in Tallinn", "the consul in Tartu") is said to
    sit in by its own "in" phrase, where no modifier names its sender; a bare "the mission"
    ("the embassy", "the high commission") sits where the mission the story named last sits
    ("X's High Commission in Kampala said ... The mission asked the government ...": fresh21's
    I, parties42)."""
    own = _own_host(s, tok) if is_mission(tok) else None
    if own is not None or not _bare_office(tok):
        return own
    doc = tok.doc
    first = doc[tok.sent.start].sent
    for _ in range(_STORY_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    for i in range(tok.sent.start - 1, first.start - 1, -1):
        if is_mission(doc[i]):
            host = _own_host(s, doc[i])
            if host is not None:
                return host
    return None


# Office words a story names again with "the" alone ("the mission", "the high commission").
_OFFICE_WORDS = frozenset({"mission", "embassy", "consulate", "commission"})
_OFFICE_MODS = frozenset({"high", "diplomatic"})


def _bare_office(tok: Token) -> bool:
    if tok.lemma_.lower() not in _OFFICE_WORDS:
        return False
    kids = list(tok.children)
    if [k.lower_ for k in kids if k.dep_ == "det"] != ["the"]:
        return False
    return all(k.dep_ == "det" or k.lower_ in _OFFICE_MODS for k in kids)


def _own_host(s: Site, tok: Token) -> str | None:
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for p in prep.children:
            m = s.actors.mention_of(p) if p.dep_ == "pobj" else None
            if m is not None and m.kind in _HOST_KINDS and m.ref.country:
                return m.ref.country
    return None


def mission_sender(s: Site, arg: Arg) -> str | None:
    """The state an unplaced mission "in" another state belongs to: the one state of the voice
    that reports the act ("Latvia's foreign minister said the consulate in Tallinn ..."), when
    not the host; else the one state other than the host among the parties of the story's
    recent acts with the host; else None (it stays unplaced, never the host's)."""
    doc = s.tok.doc
    if not arg.ref.code.startswith("---") or not 0 <= arg.tok < len(doc):
        return None
    host = mission_host(s, doc[arg.tok])
    if host is None:
        return None
    voices = {
        m.ref.country for i in s.reporters
        if (m := s.actors.mention_of(doc[i])) is not None and m.ref.country
    }  # fmt: skip
    if len(voices) == 1 and host not in voices:
        return voices.pop()
    others: set[str] = set()
    for act in recent(s, _STORY_SENTENCES):
        sides = {act.source.country, act.target.country if act.target else None}
        if host in sides:
            others |= {x for x in sides if x and x != host}
    return others.pop() if len(others) == 1 else None


def _mission_doer(s: Site, c: Candidates) -> str | None:
    """The host of the one mission the trigger's sources name ("the consulate in Tallinn",
    "the Latvian embassy in Tallinn"), where it is not the sender's own state."""
    doc = s.tok.doc
    hosts = {mission_host(s, _mission_word(s, doc[a.tok])) if 0 <= a.tok < len(doc) else None
             for a in c.sources}  # fmt: skip
    host = hosts.pop() if len(hosts) == 1 else None
    if host is None or any(not unknown(a) and key(a) == host for a in c.sources):
        return None
    return host


def _mission_word(s: Site, tok: Token) -> Token:
    """The mission a pronoun subject stands for where the voice that reports the act is one
    ("Argentina's embassy in Santiago said it had asked for ...": parties33, fresh17's RH);
    else ``tok`` itself."""
    if tok.pos_ != "PRON":
        return tok
    doc = tok.doc
    missions = [doc[i] for i in sorted(s.reporters) if is_mission(doc[i])]
    return missions[0] if len(missions) == 1 else tok


# Verbs by which one asks something of whoever holds it ("requested access", "asked to see
# them", "demanded their release"); a public appeal or call ("appealed for calm") asks no one.
_ASKING_VERBS = frozenset({"request", "ask", "seek", "demand", "apply"})


@acts_on(noun=False, roots=REQUEST_ROOTS)
def mission_host_addressed(s: Site, c: Candidates) -> Candidates:
    """ "The consulate in Tallinn had requested access to the students": a request or a demand
    of a mission "in" a state, naming no other state as its addressee, is made to that host
    state (the people it is about are no addressee); a public appeal ("the embassy in Hanoi
    appealed for calm") is addressed to no one."""
    if s.noun or s.root not in REQUEST_ROOTS or s.tok.lemma_.lower() not in _ASKING_VERBS:
        return c
    host = _mission_doer(s, c)
    own = {key(a) for a in c.sources if not unknown(a)}  # ("access to them": its own people)
    if host is None or any(not unknown(a) and key(a) not in own | {host} for a in c.targets):
        return c
    return c.with_targets([Arg(ActorRef(host, host, host), EARLIER, s.tok.i)])


def _agentless_passive(tok: Token) -> bool:
    kids = list(tok.children)
    return any(k.dep_ == "auxpass" for k in kids) and not any(k.dep_ == "agent" for k in kids)


@acts_on(noun=False, roots=(_REFUSAL,))
def refused_requester(s: Site, c: Candidates) -> Candidates:
    """ "The embassy had asked for consular access but had been refused", "Latvia requested
    access to the students but was turned down": an agentless passive refusal coordinated with
    a request and sharing its subject is the asked state's refusal of the requester (the
    request's target -> the request's source); a request with no state target leaves it."""
    tok = s.tok
    if s.noun or tok.dep_ != "conj" or not _agentless_passive(tok):
        return c
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in s.kids):
        return c  # (a subject of its own: "..., but the request was refused")
    asked = s.ctx.triggers.get(tok.head.i)
    if asked is None or asked.code[:2] not in REQUEST_ROOTS or asked.entry.pos == "N":
        return c
    roles = s.ctx.roles_of(asked)
    askers = [a for a in roles.sources]
    addressed = [a for a in roles.targets if not unknown(a)]
    if not askers or not addressed:
        return c
    if {key(a) for a in addressed} & {key(a) for a in askers if not unknown(a)}:
        return c
    return c.with_sources(addressed).with_targets(askers)


__all__ = ["mission_host", "mission_host_addressed", "mission_sender", "refused_requester"]
