"""Acts hedged with no one to aim at: "Egypt could seek a loan", "if Slovakia keeps vetoing ...".

An act hedged by a modal and aimed at no one is speculation about a doer, no event a reader could
count (``idle_hedge``); one set in a condition before another clause and aimed at no one but the
doer's own state is none either (``leading_condition``). A plain future, a threat and an act left open
by an unconfirmed report stay. Kept apart from ``_asides`` for its size and re-exported there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._conditions import CONDITION_MARKS, INVERTED_AUX

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import Event


# A threat is said of the future by its nature ("said it would retaliate"): never idle.
_THREAT_ROOT = "13"
# Auxiliaries of a plain future ("will deliver the frigates next year"): a scheduled act.
_FUTURE = frozenset({"will", "shall", "'ll"})
_CHAIN = frozenset({"xcomp", "dobj", "pobj", "prep", "ccomp"})


def idle_hedge(tok: Token, event: Event) -> bool:
    """ "Qatar or Oman might ask for the same deal", "Egypt could seek a loan": an act hedged by
    a modal and aimed at no one is speculation about a doer, no event a reader could count. A
    plain future ("will deliver the jets next year"), a threat and an act left open by an
    unconfirmed report stay."""
    if event.factuality != "possible":
        return False
    if leading_condition(tok) and _aimed_home(event):
        return True  # "if Slovakia keeps vetoing joint purchases, ...": a condition, no act
    if event.target is not None and not (idle_without_object(tok) and _aimed_home(event)):
        return False  # ("should not yield": the doer's own state put there for want of one)
    if event.cameo[:2] == _THREAT_ROOT:
        return False
    return modal_hedged(tok)


def modal_hedged(tok: Token) -> bool:
    """Whether ``tok``'s clause (or the clause it is the object of) is hedged by a modal other
    than a plain future ("could", "should", "must", "might"; not "will")."""
    t = tok
    for _ in range(4):
        modals = [c.lower_ for c in t.children if c.dep_ == "aux" and c.tag_ == "MD"]
        if modals:
            return not any(m in _FUTURE for m in modals)
        if t.dep_ not in _CHAIN or t.head.i == t.i:
            break
        t = t.head
    return False  # hedged otherwise ("has not confirmed the exchange mediated by X"): kept


# Dependents that give an act something or someone to act on: "ease the pressure", "give in to
# X", "back down on the tariffs".
_ACTED_ON = frozenset({"dobj", "prep", "dative", "attr", "ccomp", "xcomp", "oprd", "prt"})


def idle_without_object(tok: Token) -> bool:
    """ "Ruto should not yield", "Lima must not back down": an act advised (a modal of advice)
    with no object, no prepositional phrase and no clause of its own has nothing and no one to aim at;
    a story stage must not give it the story's other state (which would keep it from
    ``idle_hedge``; parties40, fresh20's I). A particle of a phrasal verb ("back down") is no
    object."""
    modals = {c.lower_ for c in tok.children if c.dep_ == "aux" and c.tag_ == "MD"}
    if not modals & _ADVICE:
        return False  # ("its courts may yet refuse", "may not lend again": a refusal or aid
        # that may come is still owed to the story's other state, parties31 and parties33)
    deps = {c.dep_ for c in tok.children if not (c.dep_ == "prt" and c.lower_ in _BARE_PARTICLES)}
    return not deps & _ACTED_ON


_BARE_PARTICLES = frozenset({"down", "in", "up", "back", "off"})
# Modals of advice ("should not yield", "must not back down"): what the writer thinks the doer
# ought to do, not an act that may come.
_ADVICE = frozenset({"should", "must", "ought"})


_CLAUSE_CLIMB = 4


def _aimed_home(event: Event) -> bool:
    """No target, or the doer's own state put there for want of one ("if Serbia blocks the
    reform": SRB -> SRB)."""
    tgt = event.target
    return tgt is None or (tgt.country is not None and tgt.country == event.source.country)


def leading_condition(tok: Token) -> bool:
    """ "If Slovakia keeps vetoing joint purchases, the deal would collapse", "should Hungary
    carry out its threat to halt exports, ...": the act sits in a condition set before another
    clause (class H of fresh5); aimed at no one, it is no event. Narrower than
    ``_conditions.in_condition`` (any condition the token sits in, which decides the story pair):
    here the condition clause must come before the clause it conditions."""
    t = tok
    for _ in range(_CLAUSE_CLIMB):
        if t.head.i == t.i:
            return False
        if t.dep_ in ("advcl", "ccomp") and t.head.i > t.i and t.head.pos_ in ("VERB", "AUX"):
            subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            for c in t.children:
                if c.dep_ == "mark" and c.lower_ in CONDITION_MARKS:
                    return True
                if c.dep_ == "aux" and c.lower_ in INVERTED_AUX and subj is not None:
                    return c.i < subj.i
            return False
        t = t.head
    return False
