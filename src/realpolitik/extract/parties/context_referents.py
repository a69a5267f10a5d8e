"""An act whose object names again the party of an earlier act of the same doer (context16,
issue 9, the X class of fresh5 to fresh8).

"Myanmar's navy detained 20 Thai fishermen. Naypyidaw released eight of them", "Peru seized two
Chilean fishing boats. Lima returned the boats", "Peru arrested five Bolivian miners. Lima freed
the detainees": the object ("them", "eight of them", "it", "the boats", "the detainees") is what
the doer's earlier act was done to, and the act is aimed at that act's target, the state the
people or the craft belong to. Only the doer's own earlier acts are read (never a mere mention),
only when the sentence names no other target, and only when one state fits. Whether an
object's words name the earlier object again is ``_referent_words`` (re-exported here).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._causative_orders import caused_participle
from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mentions import Arg
from realpolitik.extract._syntax import pobjs
from realpolitik.extract._words import OWNER_PRONOUNS, REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, home_of, key, unknown
from realpolitik.extract.parties._referent_words import (
    _HOLDING_ROOT,
    _PLURAL_PRONOUNS,
    _PLURAL_TAGS,
    Word,
    _definite,
    _fits,
    _partitive_of,
    _referent,
    _word,
    referent_fits,
)
from realpolitik.extract.parties.context_earlier import (
    named_outside,
    recent,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.models import ActorRef


# How many sentences back the act that first named the object may be told.
REFERENT_SENTENCES = 3
_NOUN = "N"  # the lexicon's part of speech of an event noun
_ARGUMENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "dative", "appos", "conj"})


def _antecedents(s: Site, state: str) -> list[Token]:
    """The argument nouns before the trigger, in its sentence and the last
    ``REFERENT_SENTENCES`` of the same parse, that stand for ``state``'s people or craft ("20
    Thai fishermen")."""
    sent = s.ctx.sent
    spans = [sent.doc[sent.start : s.tok.i]]
    lo = sent.start
    for _ in range(REFERENT_SENTENCES):
        if lo == 0:
            break
        prev = sent.doc[lo - 1].sent
        lo = prev.start
        spans.append(prev)
    return [
        t
        for span in spans
        for t in span
        if t.pos_ == "NOUN"
        and t.dep_ in _ARGUMENT_DEPS
        and any(a.ref.country == state for a in s.actors.resolve(t))
    ]


# The dependents by which a request (``REQUEST_ROOTS``) names the act it asks for ("asked
# Uganda to extradite the suspect").
_ASKED_DEPS = frozenset({"xcomp", "ccomp"})


def asked_verbs(tok: Token) -> list[Token]:
    """The verbs a request asks for ("to extradite the suspect", "to return and repair")."""
    asked = [k for k in tok.children if k.dep_ in _ASKED_DEPS and k.pos_ == "VERB"]
    return asked + [c for k in asked for c in conjuncts(k)]


def _done_to(tok: Token) -> Token | None:
    """The verb's own object noun ("detained its 12 crew": the crew, whose state came from the
    ferry seized before; parties49), the words a later "the sailors" names again."""
    if tok.pos_ != "VERB":
        return None
    return next((k for k in tok.children if k.dep_ == "dobj" and k.pos_ == "NOUN"), None)


def told_words(act: EarlierAct, tok: Token, target: Arg | None) -> EarlierAct:
    """``act`` with the words a later paragraph's parse cannot read: the head noun of what it
    was done to ("20 Thai fishermen": fisherman, plural) and the acts a request asked for."""
    thing = None
    if target is not None and 0 <= target.tok < len(tok.doc):
        head = _done_to(tok) or tok.doc[target.tok]
        if head.pos_ == "NOUN":
            thing = (head.lemma_.lower(), head.tag_ in _PLURAL_TAGS)
    asked: tuple[str, ...] = ()
    if act.root in REQUEST_ROOTS:
        asked = tuple(v.lemma_.lower() for v in asked_verbs(tok))
    if thing is None and not asked:
        return act
    return replace(act, thing=thing, asked=asked)


def _acts_done(s: Site, own: set[str]) -> list[tuple[str, ActorRef, Word | None]]:
    """(root, target, the target's head noun where told in another parse) of the acts ``own``
    did to another state before the trigger: those of the last ``REFERENT_SENTENCES``
    sentences, and the sentence's own earlier verbs ("detained 300 Ethiopian workers and have
    deported 100 of them")."""
    out = [
        (a.root, a.target, a.thing)
        for a in recent(s, REFERENT_SENTENCES)
        if a.target is not None and home_of(a.source) in own
    ]
    for i, f in sorted(s.ctx.triggers.items()):
        if i >= s.tok.i or f.entry.pos == _NOUN:
            continue
        got = s.ctx.roles_of(f)
        if any(key(a) in own for a in got.sources):
            out += [(f.code[:2], t.ref, None) for t in got.targets]
    return [
        (root, t, thing)
        for root, t, thing in out
        if t.country is not None and t.country not in own and not t.code.startswith("---")
    ]


@acts_on(noun=False)
def earlier_object_owner(s: Site, c: Candidates) -> Candidates:
    """ "Naypyidaw released eight of them", "Lima returned the boats", "Tehran freed the
    vessel": an act whose object is a pronoun or a definite noun naming again what an earlier
    act of the same doer (in the last ``REFERENT_SENTENCES`` sentences, or before it in its
    sentence) was done to, and whose own target is none, of no state, or the doer's own (the
    pronoun read as the doer), is aimed at that act's target; only when one state fits. (After
    the stages that read a state the sentence or its reported act names: "Lima accused it".)"""
    if not c.sources or s.noun:
        return c
    obj = s.child("dobj") or s.child("dative")  # ("sent them home": "them" read as a dative)
    if obj is None and caused_participle(s.tok):
        obj = s.child("nsubjpass")  # "ordered twelve of them deported" (lex27, OC)
    if obj is None:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    got = _referent(obj)
    if got is None:
        return c
    word, plural = got
    named = {key(a) for a in s.actors.resolve(word) if not unknown(a) and key(a) not in own}
    states: dict[str, ActorRef] = {}
    for root, target, thing in _acts_done(s, own):
        state = target.country or target.code
        held = root == _HOLDING_ROOT
        words = [_word(t) for t in _antecedents(s, state)] + ([thing] if thing else [])
        if any(_fits(word, plural, w, held) for w in words):
            states[state] = target
    if len(states) != 1 or named and not named >= states.keys():
        return c  # (two states fit, or the words name another: "the Chilean boats")
    (ref,) = states.values()
    return c.with_targets([Arg(ref, EARLIER, word.i)], 1)


# Roots of reactions whose object may be an earlier act itself ("condemned it"): approval,
# disapproval, rejection, protest.
_REACTION_ROOTS = frozenset({"05", "11", "12", "14"})
# Pronouns that stand for an act told before ("condemned it", "welcomed this").
_ACT_PRONOUNS = frozenset({"it", "this", "that"})
# How far back (sentences) the act a pronoun stands for may be told.
ACT_PRONOUN_SENTENCES = 1


@acts_on(noun=False, roots=_REACTION_ROOTS)
def pronoun_act_doer(s: Site, c: Candidates) -> Candidates:
    """ "Peru deployed troops on the border with Ecuador. Quito condemned it", "Japan sent rice
    to Vietnam. Hanoi welcomed this": a reaction whose object is a pronoun, with no target or
    the reacting state's own (the pronoun read as the reacting state), answers the act another
    state did to it in the sentence before, and is aimed at that act's doer; never when the
    sentence names another state."""
    if not c.sources or s.noun or s.root not in _REACTION_ROOTS:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _ACT_PRONOUNS:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    if named_outside(s, own):
        return c
    done = [
        a for a in recent(s, ACT_PRONOUN_SENTENCES)
        if a.target is not None and home_of(a.target) in own
        and a.source.country is not None and a.source.country not in own and not a.background
    ]  # fmt: skip
    if not done:
        return c
    last = done[-1].trigger
    refs = {a.source.code: a.source for a in done if a.trigger == last}
    return c.with_targets([Arg(r, EARLIER, obj.i) for r in refs.values()], 1)


_HELD_PRONOUNS = frozenset({"they", "them"})
# How far back (sentences) the holding act may be told.
HOLDER_SENTENCES = 2
_YIELD = "08"  # release, return (084)


def _holdings_of(s: Site, own: set[str], sentences: int) -> list[EarlierAct]:
    """The holding acts (arrests, detentions) of the last `sentences` sentences whose target is
    of `own` and whose doer is of another state: who holds the reacting state's people."""
    return [
        a for a in recent(s, sentences)
        if a.root == _HOLDING_ROOT and a.target is not None
        and home_of(a.target) in own
        and a.source.country is not None and a.source.country not in own
    ]  # fmt: skip


def _to_be_freed(s: Site, pronoun: Token) -> bool:
    """ "that they be freed", "for them to be released", "to free them": the pronoun is whom a
    release the sentence asks for would free (never "asked them to stay calm")."""
    if pronoun.lower_ not in _HELD_PRONOUNS:
        return False
    f = s.ctx.triggers.get(pronoun.head.i)
    return f is not None and f.code[:2] == _YIELD and pronoun.dep_ in ("nsubjpass", "dobj")


@acts_on(noun=False, roots=REQUEST_ROOTS)
def held_people_holder(s: Site, c: Candidates) -> Candidates:
    """ "Chile detained 12 Argentine fishermen. Argentina demanded that they be freed", "...
    Buenos Aires asked for them to be released": an appeal or a demand whose only target is
    the asking state's own, read from "they" / "them", asks for its own people whom another
    state held in the last ``HOLDER_SENTENCES`` sentences, and is aimed at that state (the
    latest holding act's doer)."""
    if not c.sources or s.noun or s.root not in REQUEST_ROOTS or not c.targets:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    doc = s.tok.doc
    if not own or any(
        key(a) not in own or not 0 <= a.tok < len(doc) or not _to_be_freed(s, doc[a.tok])
        for a in c.targets
    ):
        return c
    held = _holdings_of(s, own, HOLDER_SENTENCES)
    if not held:
        return c
    last = held[-1].trigger
    refs = {a.source.code: a.source for a in held if a.trigger == last}
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)


# Nouns of a release or a return of people or craft held ("welcomed the release of the
# fishermen", "their return").
# ("sought their freedom" is a release asked for as "sought their release" is: leftovers39)
RELEASE_NOUNS = frozenset({"release", "return", "handover", "repatriation", "freeing", "freedom"})
# Roots of reactions to (or requests for) a release: approval (05), appeals (02), demands (10).
_RELEASE_REACTIONS = frozenset({"02", "05", "10"})


def _release_noun(s: Site) -> Token | None:
    """The release noun a reaction takes: its object, or its "for" phrase ("called for their
    release")."""
    found = [s.child("dobj"), *(p for _, p in pobjs(s.tok, ("for",)))]
    return next(
        (
            n
            for n in found
            if n is not None and n.lemma_.lower() in RELEASE_NOUNS and n.pos_ == "NOUN"
        ),
        None,
    )


def _held_phrase(s: Site, noun: Token, own: set[str]) -> bool:
    """ "their release", "the release of the fishermen / of eight of them": the released are
    named only by a pronoun or by the reacting state's own people; a "by" phrase or another
    state named in the phrase leaves the noun to the stages that read it."""
    owners = [k for k in noun.children if k.dep_ == "poss"]
    held = [p for _, p in pobjs(noun, ("of",))]
    if any(p.lower_ == "by" for p in noun.children) or len(owners) + len(held) != 1:
        return False
    word = (owners or held)[0]
    if word.lower_ in OWNER_PRONOUNS or word.lower_ in _PLURAL_PRONOUNS:
        return True
    named = {key(a) for a in s.actors.resolve(word) if not unknown(a)}
    return named <= own and (bool(named) or _definite(word) or _partitive_of(word) is not None)


@acts_on(noun=False, roots=_RELEASE_REACTIONS)
def released_holder(s: Site, c: Candidates) -> Candidates:
    """ "Myanmar's navy detained 20 Thai fishermen. Thailand welcomed the release of the
    fishermen", "... Bangkok welcomed their release", "Iran seized a Greek tanker. Greece
    welcomed its release": a reaction to (or a request for) the release of the reacting state's
    own people or craft, naming no doer, is aimed at the state that held them in the last
    ``REFERENT_SENTENCES`` sentences (its latest holding act's doer)."""
    if not c.sources or s.noun or s.root not in _RELEASE_REACTIONS:
        return c
    own = {key(a) for a in c.sources if not unknown(a)}
    if not own or any(not unknown(a) and key(a) not in own for a in c.targets):
        return c
    noun = _release_noun(s)
    if noun is None or not _held_phrase(s, noun, own):
        return c
    here = _holders_here(s, own)
    if here:  # "X arrested Y-ian traders, and Y's envoy demanded their release" (leftovers38)
        return c.with_targets([Arg(r, EARLIER, noun.i) for r in here], 1)
    held = _holdings_of(s, own, REFERENT_SENTENCES)
    if len({a.source.country for a in held}) != 1:
        return c  # (no holder, or two: no guess)
    last = held[-1].trigger
    refs = {a.source.code: a.source for a in held if a.trigger == last}
    return c.with_targets([Arg(r, EARLIER, noun.i) for r in refs.values()], 1)


def _holders_here(s: Site, own: set[str]) -> list[ActorRef]:
    """The doers of the sentence's own earlier holding verbs on ``own``'s people ("Ghana
    arrested Togolese traders, and Togo's envoy demanded their release"): the earlier
    sentences' acts are not yet in the story when a conjoined clause reacts to its first one.
    Only where one state of those doers fits."""
    out: dict[str, ActorRef] = {}
    for i, f in sorted(s.ctx.triggers.items()):
        if i >= s.tok.i or f.entry.pos == _NOUN or f.code[:2] != _HOLDING_ROOT:
            continue
        got = s.ctx.roles_of(f)
        if not any(key(t) in own for t in got.targets):
            continue
        out |= {a.ref.code: a.ref for a in got.sources if a.ref.country and key(a) not in own}
    return list(out.values()) if len({r.country for r in out.values()}) == 1 else []


__all__ = [
    "ACT_PRONOUN_SENTENCES",
    "HOLDER_SENTENCES",
    "REFERENT_SENTENCES",
    "RELEASE_NOUNS",
    "asked_verbs",
    "earlier_object_owner",
    "held_people_holder",
    "pronoun_act_doer",
    "referent_fits",
    "released_holder",
    "told_words",
]
