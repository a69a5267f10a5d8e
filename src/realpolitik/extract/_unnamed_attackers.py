"""Unnamed attackers belong to no state the sentence names (issue 9 round 19, parties25:
fresh13's class DM).

"Gunmen attacked a convoy of Kenyan lorries in northern Uganda", "attackers opened fire on
Pakistani trucks near Termez": who the gunmen were the text does not say. The place of the
attack is not their state (they may have crossed a border, or be anyone), and the victims'
demonym is the target's, never the attackers'. So the placing of an unknown armed group by the
state the sentence names (``parties.placing.locate``) and the convention that unnamed violence
happens at the victims' home (``_codebook.unnamed_home``) leave them unplaced (``---``); only
their own phrase ("gunmen from X", "X gunmen") places them.

The same holds for a street crime told by an agentless passive on civilians ("two Togolese
students were stabbed in Accra", "three Chilean tourists were robbed in Lima": issue 9 round 30,
clauses36, fresh24_classes.md J): a stabbing or a robbery has a criminal for its doer, of no
state the text names; neither the city's state nor the victims' home did it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

ATTACKER_NOUNS = frozenset({"gunman", "gunmen", "attacker", "assailant", "raider", "shooter"})
# "unidentified men", "armed men": people named only by what they did or looked like.
_VAGUE_MODS = frozenset({"unidentified", "unknown", "masked", "armed"})
_VAGUE_HEADS = frozenset({"man", "men", "group", "individual"})
# Links along which a verb shares its head's subject.
_SHARED = frozenset({"advcl", "conj", "xcomp"})
_SHARED_CLIMB = 3
# Crimes a private person commits: told in the passive with no agent, no state did them.
_CRIMES = frozenset(
    {"stab", "knife", "rob", "mug", "rape", "murder", "assault", "attack", "hack", "molest"}
)
# Private people named as a crime's doer: "a man", "two youths", "a suspect".
_PRIVATE = frozenset(
    {
        "man", "men", "woman", "women", "youth", "teenager", "suspect", "person", "stranger",
        "boy", "gang", "mob", "robber", "thief", "burglar", "knifeman", "individual", "group",
    }
)  # fmt: skip
# Crowds: placed by their own phrase ("a mob in Ankara", "a crowd outside the embassy in Dhaka"),
# their violence is the crowd's protest (GUIDE rule 6, CAMEO 14) in that place's state, never a
# private crime of no state.
_CROWDS = frozenset({"mob", "crowd"})
_WHERE = frozenset({"in", "outside", "at"})
# Victims who may be a state's own organs, often attacked by another state's forces.
_FORCES = frozenset(
    {
        "soldier", "troop", "officer", "police", "policeman", "policemen", "guard", "diplomat",
        "official", "minister", "envoy", "ambassador", "peacekeeper", "sailor", "pilot",
        "convoy", "patrol", "base", "post", "position", "force", "unit", "embassy", "consulate",
    }
)  # fmt: skip


def anonymous_attacker(tok: Token) -> bool:
    """``tok`` is "gunmen", "attackers", "assailants", "unidentified men" with no state of its
    own in a modifier (a demonym on it is read before this is asked)."""
    lemma = tok.lemma_.lower()
    if lemma in ATTACKER_NOUNS or tok.lower_ in ATTACKER_NOUNS:
        return True
    return lemma in _VAGUE_HEADS and any(
        k.dep_ == "amod" and k.lower_ in _VAGUE_MODS for k in tok.children
    )


def anonymous(tok: Token, unnamed: bool) -> bool:
    """The doer on ``tok`` is an anonymous attacker: the word itself, or for an unnamed doer
    (which stands on its trigger) the trigger's subject."""
    return attacked_by_anonymous(tok) if unnamed else anonymous_attacker(tok)


def _private_doer(verb: Token, doer: Token) -> bool:
    """ "A man stabbed ...", "were robbed by two youths": a crime's doer named as a private
    person with no state of his own (a demonym on it is read before this is asked)."""
    lemma = doer.lemma_.lower()
    if lemma in _CROWDS and any(k.dep_ == "prep" and k.lower_ in _WHERE for k in doer.children):
        return False  # "a mob in Ankara attacked the Y-ian embassy": a placed crowd (leftovers46)
    return verb.lemma_.lower() in _CRIMES and lemma in _PRIVATE


def attacked_by_anonymous(trigger: Token) -> bool:
    """The trigger's subject, its passive's agent, or (for ", killing one driver" and a
    conjoined verb) the subject of the verb it hangs on is an anonymous attacker."""
    if stateless_crime(trigger):
        return True  # ("Y summoned X's envoy after two students were stabbed": no agent)
    v = trigger
    for _ in range(_SHARED_CLIMB):
        for k in v.children:
            if k.dep_ == "nsubj":
                return anonymous_attacker(k) or _private_doer(trigger, k)
            if k.dep_ == "agent":
                return any(
                    g.dep_ == "pobj" and (anonymous_attacker(g) or _private_doer(trigger, g))
                    for g in k.children
                )
        if v.dep_ not in _SHARED or v.head.i == v.i:
            return False
        v = v.head
    return False


def stateless_crime(verb: Token) -> bool:
    """ "Two Togolese students were stabbed in Accra": a crime verb in the passive, with no
    agent, done to people who are no state's forces or envoys."""
    if verb.lemma_.lower() not in _CRIMES or any(k.dep_ == "agent" for k in verb.children):
        return False
    subj = next((k for k in verb.children if k.dep_ == "nsubjpass"), None)
    return subj is not None and subj.lemma_.lower() not in _FORCES


def result_participle(tok: Token, foreground: set[int]) -> bool:
    """ "Gunmen attacked a convoy ..., killing one driver": a present participle hung on a
    foreground act's verb says what that act did (GUIDE rule 1: background), also when the act's
    doer is unnamed (a sentence with a named doer drops it anyway)."""
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.head.i in foreground


# Nouns that name a crime of any of the verbs: "condemned the attack" after "were stabbed".
_CRIME_NOUNS = frozenset({"attack", "assault", "crime", "incident", "violence"})
# Sentences back a crime told without its doer is still the one a reaction names.
_BACK = 3


def stateless_crime_before(sent: Span, noun: Token) -> bool:
    """ "Two Togolese students were stabbed in Kumasi. Togo summoned Ghana's envoy. Ghana's
    minister condemned the stabbing": the act the reaction's noun names was told in an earlier
    sentence as a crime with no state doer (``attacked_by_anonymous``), so the reaction is aimed
    at no one, not at the state of the latest act told (issue 9 round 30, clauses36: J)."""
    lemma = noun.lemma_.lower()
    doc, start = sent.doc, sent.start
    for _ in range(_BACK):
        if start <= 0:
            return False
        prev = doc[start - 1].sent
        for verb in tokens_with_lemma(prev, _CRIMES):
            word = verb.lemma_.lower()
            named = lemma in _CRIME_NOUNS or lemma.startswith(word[:4])
            if named and verb.pos_ == "VERB" and attacked_by_anonymous(verb):
                return True
        start = prev.start
    return False
