"""Criminal charges against individuals: no accusation between states, and no charged act
(issue 9, clauses38: fresh26's class A; fresh25's trap "a criminal charge against individuals").

"Ghanaian police charged three Togolese traders with smuggling", "the hikers would not be
charged", "the others could face charges of attacking officers, a prosecutor said" tell a step
of a criminal case against people: the lexicon's "charge" (112, accuse) is no accusation of their
state, and the deed they are charged with is the case's matter, not an act of their state
(rule 2's accused act is a state's, or its forces', when the charge is one state's against
another). A charge against a state or its agents keeps its reading: "Kenya charged Uganda with
aggression", "charged two Ugandan soldiers (a Chilean diplomat) with spying" (112, and the
charged act `reported`). The charged party is the charge verb's object, its passive subject
(shared with a conjunct: "were released and would not be charged"), or the subject of "face"
before the noun ("could face charges of V-ing").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mentions import DocActors
    from realpolitik.extract._triggers import Found

_CHARGE = "charge"
_ACCUSE_ROOT = "11"
# Sectors of a state's own agents: a charge against them is one against their state.
_STATE_AGENTS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
_CHARGED_PREPS = frozenset({"with", "of"})  # "charged with V-ing", "charges of V-ing"
_BEARING = frozenset({"face", "bring", "file", "press", "lay", "level"})  # "face charges"
_CLIMB = 3


def charged_individuals(f: Found, actors: DocActors) -> bool:
    """ "charged three Togolese traders with smuggling", "would not be charged": a charge
    verb (112) whose charged party is people of no state office: no accusation."""
    tok = f.tok
    if f.entry.pos != "V" or tok.lemma_.lower() != _CHARGE or f.code[:2] != _ACCUSE_ROOT:
        return False
    party = _charged_by_verb(tok)
    return party is not None and not _state_or_agent(party, actors)


def charged_act(f: Found, actors: DocActors) -> bool:
    """ "charged with attacking officers", "could face charges of smuggling": the deed a
    person is charged with is the criminal case's matter, no act of a state."""
    tok = f.tok
    if tok.dep_ != "pcomp" or tok.head.lower_ not in _CHARGED_PREPS:
        return False
    charge = tok.head.head
    if charge.lemma_.lower() != _CHARGE:
        return False
    if charge.pos_ == "VERB":
        party = _charged_by_verb(charge)
    elif charge.dep_ == "dobj" and charge.head.lemma_.lower() in _BEARING:
        party = _subject(charge.head, ("nsubj",))
    else:
        return False
    return party is not None and not _state_or_agent(party, actors)


def _charged_by_verb(verb: Token) -> Token | None:
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is not None:
        return obj
    return _subject(verb, ("nsubjpass",))


def _subject(verb: Token, deps: tuple[str, ...]) -> Token | None:
    """``verb``'s subject of ``deps``, or its first conjunct's ("were released and would not
    be charged")."""
    for _ in range(_CLIMB):
        subj = next((c for c in verb.children if c.dep_ in deps), None)
        if subj is not None:
            return subj
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _state_or_agent(party: Token, actors: DocActors) -> bool:
    """A state named as such, or an agent of one (its officials, soldiers, police, spies)."""
    for a in actors.resolve(party):
        code = a.ref.code
        if code[:3] == "---":
            continue
        if code[3:6] in _STATE_AGENTS or (len(code) == 3 and party.pos_ == "PROPN"):
            return True
    return False
