"""Stages that read the rest of a verb's clause when its own arguments name no target: the
place left, the purpose served, the subject's own people, and the first other actor down the
verb's phrase (split from ``verbs``; the condition a threat sets and whom a demand is told to
are in ``told``; the order is the policy in ``parties.POLICY``). An order to one's own forces
names no target here: it is command at home (``generic.own_forces_order``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._group_places import held_passive
from realpolitik.extract._people_objects import BOATS, CARRY
from realpolitik.extract._stated_intents import orders_own_forces
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import BENEFICIARY_PREPS, Candidates, Site, key
from realpolitik.extract.parties._phrase_reading import phrase_leaders, verb_phrase_target
from realpolitik.extract.parties._reading import first
from realpolitik.extract.parties.verbs import FROM_TARGET_ROOTS, symmetric, verb_open

_COERCE = "17"
# Demands, disapproval, rejection, threats and protests: aimed at the leader of an act they name.
_JUDGING = frozenset({"10", "11", "12", "13", "14"})

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import Arg


# An attack lands in or near its place too ("a convoy was shelled near Kabul"; leftovers63).
_VIOLENCE = frozenset({"18", "19", "20"})
_NEAR = ("near", "outside")


@acts_on(noun=False, roots=FROM_TARGET_ROOTS)
def from_place(s: Site, c: Candidates) -> Candidates:
    """ "Withdrew from X", "expelled diplomats from X", "fled from X": yielding, rejecting,
    reducing relations, coercion and violence name the other party with "from/in"."""
    if not verb_open(s, c) or s.root not in FROM_TARGET_ROOTS:
        return c
    # ("soldiers are still held in Eritrea": where the held are kept is the holder's, no target)
    preps = (
        ("from",)
        if held_passive(s.tok) or _agentless_seizure(s) or _joint_truce(s, c)
        else ("from", "in", *(_NEAR if s.root in _VIOLENCE else ()))
    )
    return c.with_targets(first(s.actors, [p for _, p in pobjs(s.tok, preps)]))


def _joint_truce(s: Site, c: Candidates) -> bool:
    """ "Armenia and Azerbaijan signed a ceasefire in Moscow": two joined doers' truce (087)
    is between them; the city it was signed in names a venue, no party (leftovers44). A state
    and its own armed group are two doers too ("Sri Lanka and the Tamil Tigers signed a truce
    in Oslo": GUIDE rule 6; leftovers58)."""
    return s.code.startswith("087") and len({_maker(a) for a in c.sources}) >= 2


def _maker(a: Arg) -> str:
    """A doer's party: its state, or its state's armed group apart from it."""
    return key(a) + ("REB" if a.ref.code[3:6] == "REB" else "")


def _agentless_seizure(s: Site) -> bool:
    """ "The fourth boat seized in Mauritanian waters": an agentless participle of coercion
    (17) happens where its doer holds sway; the place is no target (class AP)."""
    participle = s.tok.tag_ == "VBN" or s.tok.dep_ == "acl"  # ("seized" as VBD under "fourth")
    return s.root == _COERCE and participle and not any(c.dep_ == "agent" for c in s.kids)


@acts_on(noun=False)
def purpose_beneficiary(s: Site, c: Candidates) -> Candidates:
    """ "Sent volunteers to fight for X", "deployed troops to help X": what is sent for a purpose
    goes to whom the purpose serves (never to whom it fights)."""
    if not verb_open(s, c) or not s.theme:
        return c
    own = {key(a) for a in c.sources}
    for k in s.kids:
        to = to_infinitive(k)
        if k.dep_ not in ("advcl", "xcomp") or k.i < s.tok.i or not to:
            continue
        cands = [p for _, p in pobjs(k, BENEFICIARY_PREPS)]
        purpose = s.ctx.triggers.get(k.i)
        if purpose is not None and "04" <= purpose.code[:2] <= "08":  # "to help X"
            cands += [o for o in k.children if o.dep_ == "dobj"]
            # "to help Russia recapture Kursk": the helped party as the small clause's subject
            cands += [g for o in k.children if o.dep_ in ("ccomp", "xcomp") for g in o.children
                      if g.dep_ == "nsubj"]  # fmt: skip
        got = [a for a in first(s.actors, cands) if key(a) not in own]
        if got:
            return c.with_targets(got)
    return c


def _own_object(obj: Token, targets: tuple[Arg, ...], sources: tuple[Arg, ...]) -> bool:
    if not any(k.dep_ == "poss" and k.pos_ == "PRON" for k in obj.children):
        return False
    own = {key(a) for a in sources}
    return bool(sources) and all(key(t) in own or t.ref.code[:3] == "---" for t in targets)


def _own_moved(s: Site, obj: Token, c: Candidates) -> bool:
    """ "The US pulled US troops out of Syria": the doer's own troops, named by its own
    demonym or name, are what a withdrawal moves (CAMEO 087x), never its target (leftovers63)."""
    if not s.code.startswith(_WITHDRAW) or not c.sources:
        return False
    own = {key(a) for a in c.sources}
    return all(key(t) in own and t.tok == obj.i for t in c.targets)


_WITHDRAW = "087"


@acts_on(noun=False)
def own_people_object(s: Site, c: Candidates) -> Candidates:
    """ "A and B warned their citizens about C": the subjects' own people are no target; the
    phrase names the real one."""
    obj = s.child("dobj")
    if s.noun or not c.targets or obj is None:
        return c
    moved = _own_moved(s, obj, c)
    if not moved and not _own_object(obj, c.targets, c.sources):
        return c
    if orders_own_forces(s.tok):
        return c  # "ordered its forces to prepare a mission in X": its forces, no one abroad
    found = verb_phrase_target(s.actors, s.tok, c.sources, avoid=s.not_parties)
    return c.with_targets(found or ([] if moved else c.targets))


@acts_on(noun=False)
def boat_people_target(s: Site, c: Candidates) -> Candidates:
    """ "A boat carrying 40 Y-ian migrants was intercepted by X's navy": the passive subject's
    people aboard are whom the act stops, as in the active "intercepted a boat carrying ..."
    (whose phrase the verb's phrase reader walks); the subject precedes the verb, so that
    reader never sees it (lex33, fresh20's D)."""
    boat = s.child("nsubjpass")
    if not verb_open(s, c) or not c.sources or boat is None or boat.lemma_.lower() not in BOATS:
        return c
    links = [k for k in boat.children if k.dep_ == "acl" and k.lemma_.lower() in CARRY]
    links += [k for k in boat.children if k.dep_ == "prep" and k.lower_ == "with"]
    people = [o for k in links for o in k.children if o.dep_ in ("dobj", "pobj")]
    own = {key(a) for a in c.sources}
    return c.with_targets([a for a in first(s.actors, people) if key(a) not in own])


@acts_on(noun=False)
def verb_phrase_actor(s: Site, c: Candidates) -> Candidates:
    """ "Departed from X", "criticized the closure of shops in X": when no role names a target,
    the first actor of another country a few arcs down the verb's own phrase."""
    if not verb_open(s, c) or not c.sources or symmetric(s, c):
        return c
    obj = s.child("dobj") if s.theme else None
    if s.root in _JUDGING:  # "condemned the X-led strikes in Y": X, never Y
        own = {key(a) for a in c.sources}
        led = phrase_leaders(s.actors, s.tok, own, obj, s.not_parties)
        if led:
            return c.with_targets(led)
    return c.with_targets(verb_phrase_target(s.actors, s.tok, c.sources, obj, s.not_parties))
