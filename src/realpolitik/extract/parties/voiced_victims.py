"""Unnamed victims of force are the people of the state whose voice reports it (issue 9 round 18,
recur1: the role-noun kind G that came back in every blind set, fresh3-fresh11).

"Kenyan officers had beaten several of the deportees, Tanzania's consul said", "Togolese
gendarmes detained a dozen miners, according to Ghana's embassy", "Ghana's labour ministry said
40 of its workers had been deported by Togo": the victims' phrase names no state, so the party
stages placed them in the doer's own state (the domestic convention) or nowhere. The state that
speaks up for them is named, though: a state's office reporting another state's force against
people of no written state reports it as done to its own people (GUIDE rule 6's story reading).
The stage reads that voice off the parse (the reporting clause, "according to"), for every verb
of force, coercion or expulsion, instead of one act noun or one verb at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._codebook import UNNAMED
from realpolitik.extract._factuality_words import CLAUSE_REPORTERS
from realpolitik.extract._mention_parts import Arg
from realpolitik.extract._speaker_state import reporting_speaker
from realpolitik.extract._vehicles import VEHICLE_NOUNS
from realpolitik.extract.confidence import FIRM_TARGET, REFERRED
from realpolitik.extract.factuality import REPORT_GOVERNORS
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO roots of acts done to people's bodies or liberty: coerce (17: arrest, deport), assault
# (18), fight (19), mass violence (20).
_PHYSICAL = frozenset({"17", "18", "19", "20"})
# Whose voice speaks for a state's people: the state itself or its government's offices;
# not its press, parties or firms ("according to a Ghanaian newspaper").
_STATE_VOICES = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG"})
# The victims: the object of the act, or the subject of its passive.
_VICTIM_DEPS = ("dobj", "nsubjpass")
_ACCORDING = "according"
_REPORTED = frozenset({"ccomp", "parataxis"})
_TRAILING = frozenset({"ccomp", "parataxis", "conj"})
_SHARED = frozenset({"conj", "xcomp", "advcl"})
_MAX_CLIMB = 4
_EXPEL = "174"  # CAMEO: expel or deport individuals


@acts_on(noun=False, roots=_PHYSICAL)
def victims_voice_state(s: Site, c: Candidates) -> Candidates:
    """ "A's gendarmes assaulted several shepherds, B's embassy said": A -> B, where the
    shepherds' phrase names no state and B, not A, reports the act (people: a ship or a convoy
    attacked is left to its owner's reading, "Russia said Ukraine attacked its ships"); an act whose victims are
    named ("A's police assaulted A's farmers") or that A's own office reports is left as read."""
    if not c.pairs or s.noun or s.root not in _PHYSICAL:
        return c
    victim = s.child(*_VICTIM_DEPS)
    if victim is None or victim.lower_ in VEHICLE_NOUNS or _names_a_state(s, victim):
        return c
    voice = _voice(s, victim)
    origin = _removed_from(s, victim)
    if voice is None and origin is None:
        return c
    pairs = []
    for a, b in c.pairs:
        if origin is not None and a.ref.code == UNNAMED.code and _placed_in(b, origin):
            a, b = origin, None  # "had been deported from India": India deported them
        home = a.ref.country
        if voice is None:
            pairs.append((a, b))
            continue
        if home and home != voice and _unplaced(a, b):
            b = _people_of(voice, victim)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _removed_from(s: Site, victim: Token) -> Arg | None:
    """ "40 of its nationals had been deported / expelled from India": with no by-phrase, the
    state people are removed from is the one that removed them (CAMEO 174)."""
    if victim.dep_ != "nsubjpass" or s.code[:3] != _EXPEL or s.child("agent") is not None:
        return None
    for prep in s.kids:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            for obj in prep.children:
                got = s.actors.resolve(obj) if obj.dep_ == "pobj" else []
                if len(got) == 1 and got[0].ref.code == got[0].ref.country:
                    return got[0]
    return None


def _placed_in(b: Arg | None, origin: Arg) -> bool:
    return b is not None and b.ref.country == origin.ref.country


def _unplaced(a: Arg, b: Arg | None) -> bool:
    """The target is missing, of no state, or the doer's own state (a guess or a placing of
    the victims by the nearest state: the doer's)."""
    if b is None or not b.ref.country:
        return True
    return b.ref.country == a.ref.country and (b.quality < FIRM_TARGET or len(b.ref.code) <= 3)


def _names_a_state(s: Site, victim: Token) -> bool:
    """The victims' phrase names a state of its own ("Syrian shepherds", "shepherds from
    Syria", "its own people")."""
    for t in victim.subtree:
        m = s.actors.mention_of(t)
        if m is not None and m.ref.country:
            return True
        if t.dep_ == "amod" and t.lower_ == "own":
            return True
    return False


def _voice(s: Site, victim: Token) -> str | None:
    """The state of the office that reports the act: the subject of the reporting clause, or
    the object of "according to"; a state its phrase names ("a spokeswoman for Ghana's
    embassy") before the state its head word was placed in."""
    head = _reporting_subject(s.tok) or _according_to(s)
    if head is None:
        speaker = reporting_speaker(s.actors, victim, 0)
        head = s.tok.doc[speaker.tok] if speaker is not None else None
    if head is None:
        return None
    named = _phrase_state(s, head)
    if named is not None:
        return named
    got = s.actors.resolve(head)
    if len(got) != 1 or not got[0].ref.country:
        return None
    return _state_voice(got[0].ref)


def _reporting_subject(tok: Token) -> Token | None:
    """The subject of the speech verb whose clause holds ``tok`` ("B's embassy said [that A
    ...]") or that follows it ("[A ...], B's consul said"), climbing shared-subject links."""
    v = tok
    for _ in range(_MAX_CLIMB):
        for c in v.children:
            if c.dep_ in _TRAILING and c.i > tok.i and c.lemma_.lower() in REPORT_GOVERNORS:
                return next((g for g in c.children if g.dep_ == "nsubj"), None)
        head = v.head
        if v.dep_ in _REPORTED and head.lemma_.lower() in REPORT_GOVERNORS | CLAUSE_REPORTERS:
            return next((g for g in head.children if g.dep_ == "nsubj"), None)
        if v.dep_ not in _SHARED or head.i == v.i:
            return None
        v = head
    return None


def _state_voice(ref: ActorRef) -> str | None:
    """The state of a state's own voice (the state, its government's offices), else None."""
    sector = ref.code[3:6] if ref.code[:3] == ref.country else "?"
    return ref.country if sector in _STATE_VOICES else None


def _phrase_state(s: Site, head: Token) -> str | None:
    """The one state the speaker's phrase names in a mention of its own."""
    found = set()
    for t in head.subtree:
        m = s.actors.mention_of(t)
        if m is not None and m.ref.country:
            voice = _state_voice(m.ref)
            if voice is None:
                return None
            found.add(voice)
    return found.pop() if len(found) == 1 else None


def _according_to(s: Site) -> Token | None:
    """ "..., according to Ghana's embassy": the object of an "according to" phrase on the
    act's clause or on a clause above it."""
    v = s.tok
    for _ in range(3):
        for prep in v.children:
            if prep.lower_ != _ACCORDING:
                continue
            for to in prep.children:
                for obj in to.children:
                    if obj.dep_ == "pobj":
                        return obj
        if v.head.i == v.i:
            break
        v = v.head
    return None


def _people_of(country: str, victim: Token) -> Arg:
    return Arg(ActorRef(victim.text, country, country), REFERRED, victim.i)


__all__ = ["victims_voice_state"]
