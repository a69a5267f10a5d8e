"""A target named by a pronoun or description: the state an earlier sentence named (issue 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._described import (
    DESCRIBING_WORDS,
    described_states,
    is_relation_noun,
    pair_without,
    receivers_of_things,
    relation_state,
)
from realpolitik.extract._mentions import Arg
from realpolitik.extract._pos import NOUN, PRON, PROPN
from realpolitik.extract._tree import has_any
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, EarlierAct, Site, key, unknown
from realpolitik.extract.parties.context_deals import DEAL_VERBS
from realpolitik.extract.parties.context_earlier import recent as _recent
from realpolitik.extract.parties.context_earlier import same_word as _same_word
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose object is the act's counterpart: "talks with it", "fired at the South".
TARGET_PREPS = frozenset(
    {"to", "with", "at", "against", "on", "upon", "into", "toward", "towards", "from"}
)  # fmt: skip

_OBJECT_POS = frozenset({NOUN, PROPN, PRON})  # (``_object_heads``: the object words)


def _object_heads(s: Site) -> list[Token]:
    """The trigger's object, indirect object and prepositional objects, then those of its
    object's phrase ("imposed sanctions on it", "cut ties with it")."""
    out: list[Token] = []
    objs: list[Token] = []
    for k in s.tok.children:
        if k.dep_ in ("dobj", "dative") and k.pos in _OBJECT_POS:
            out.append(k)
            objs.append(k)
        if k.dep_ in ("prep", "dative") and k.lower_ in TARGET_PREPS:
            out += [p for p in k.children if p.dep_ == "pobj"]
    for o in objs:
        for k in o.children:
            if k.dep_ == "prep" and k.lower_ in TARGET_PREPS:
                out += [p for p in k.children if p.dep_ == "pobj"]
    return out


@acts_on(words=DESCRIBING_WORDS)  # (each object it reads is "it", a relation or class noun, ...)
def described_target(s: Site, c: Candidates) -> Candidates:
    """ "Peru recalled its envoy from Chile. Lima accused it", "Greece criticized its
    neighbour", "Madrid praised the kingdom", "urged the two sides": an object that is a
    pronoun or a description, which left the act with no target or with its own doer, takes
    the state it refers to in the document (``_described``); never the doer's own state."""
    if not c.sources:
        return c
    own = {key(a) for a in c.sources}
    heads = _object_heads(s)
    for h in heads:  # "the two sides" read as the doer and one other; "Moscow's ally"
        if c.targets and all(a.tok == h.i for a in c.targets):
            pair = pair_without(s.actors, h, own)
            if pair:
                return c.with_targets(pair)
            if is_relation_noun(s.actors, h):  # never the owner itself: the other state, or none
                return c.with_targets(relation_state(s.actors, h, own, paired=_dyads(s)))
    if any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    for h in heads:
        got = described_states(s.actors, h, own, paired=_dyads(s))
        if got:
            return c.with_targets(got, 1)
    return c


def _dyads(s: Site) -> frozenset[frozenset[str]]:
    """The pairs of states of the document's recent earlier acts (doer and target)."""
    out = set()
    for a in _recent(s):
        if a.target is not None and a.target.country and a.source.country:
            out.add(frozenset((a.source.country, a.target.country)))
    return frozenset(out)


# Mediation (CAMEO 045) and the nouns of what it brings about.
_MEDIATE = "045"
DEAL_NOUNS = frozenset(
    {"deal", "agreement", "accord", "pact", "truce", "ceasefire", "cease-fire", "settlement",
     "exchange", "swap", "talks", "arrangement"}
)  # fmt: skip
# Roots of what parties agree among themselves: intents, consultation, cooperation, yielding.
_AGREED_ROOTS = frozenset({"03", "04", "05", "06", "08"})


@acts_on(codes=(_MEDIATE,))
def mediated_deal_parties(s: Site, c: Candidates) -> Candidates:
    """ "India and Pakistan agreed to stop firing. Washington had mediated the deal": mediating
    "the deal" / "the truce" that the sentence does not place is aimed at the parties of the
    latest agreement an earlier sentence named (never the mediator)."""
    if not c.sources or c.targets or not s.code.startswith(_MEDIATE) or not s.ctx.earlier:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lemma_.lower() not in DEAL_NOUNS and obj.lower_ not in DEAL_NOUNS:
        return c
    kids = list(obj.children)
    if not any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in kids):
        return c
    if any(k.dep_ in ("prep", "poss", "amod", "compound") and s.actors.resolve(k) for k in kids):
        return c  # "the deal between A and B", "the Russian-brokered deal": placed here
    own = {key(a) for a in c.sources}
    acts = [a for a in s.ctx.earlier if a.root in _AGREED_ROOTS]
    if not acts:
        return c
    last = acts[-1].trigger
    parties = {a.source.country or a.source.code for a in acts if a.trigger == last} - own
    refs = [
        a.source
        for a in acts
        if a.trigger == last and (a.source.country or a.source.code) in parties
    ]
    seen: dict[str, ActorRef] = {}
    for r in refs:
        seen.setdefault(r.country or r.code, r)
    return c.with_targets([Arg(r, EARLIER, obj.i) for r in seen.values()])


# Acts of giving and supporting, by family: promises of aid go with its deliveries.
_GIVING = frozenset({"03", "06", "07"})
_BACKING = frozenset({"05"})
_FAMILIES = (_GIVING, _BACKING)
# Words that make an object the continuation of something given before: "more of the jets",
# "another package", "further aid", "a second battalion", "additional troops".
_AGAIN_WORDS = frozenset(
    {"more", "further", "another", "additional", "second", "third", "fourth", "fresh", "extra"}
)  # fmt: skip
_DEFINITE = frozenset({"the", "these", "those"})


def _again_object(s: Site, own: set[str]) -> bool:
    """ "Pledged more of the jets", "promised another package", "would send a second battalion",
    "will deliver the shipments": an object that continues or names things given before (a
    word of repetition on it, or a definite plural) and names no party of its own."""
    obj = s.child("dobj")
    if obj is None:
        return False
    heads = [obj] + [p for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"
                     for p in k.children if p.dep_ == "pobj"]  # fmt: skip
    for h in heads:
        for t in (h, *h.children):
            if any(not unknown(a) and key(a) not in own for a in s.actors.resolve(t)):
                return False  # "more jets for Ukraine", "Ukrainian troops": placed here
    words = {h.lower_ for h in heads} | {k.lower_ for h in heads for k in h.children}
    if words & _AGAIN_WORDS:
        return True
    return any(
        h.tag_ == "NNS" and any(k.dep_ == "det" and k.lower_ in _DEFINITE for k in h.children)
        for h in heads
    )


def _recipients(acts: list[EarlierAct], own: set[str]) -> list[ActorRef]:
    """The recipients of the latest of ``acts`` (one act may have several), never ``own``."""
    last = acts[-1].trigger
    out: dict[str, ActorRef] = {}
    for a in acts:
        if a.trigger == last and a.target is not None:
            k = a.target.country or a.target.code
            if k not in own and not a.target.code.startswith("---"):
                out.setdefault(k, a.target)
    return list(out.values())


@acts_on(roots=_GIVING | _BACKING, words=_AGAIN_WORDS | _DEFINITE)
def given_again_recipient(s: Site, c: Candidates) -> Candidates:
    """ "Norway sent jets to Ukraine. Norway pledged more of the jets", "Berlin delivered tanks
    to Poland. It promised another package": a giving or backing act whose object continues
    what was given before, with no target in its sentence, goes to the recipient of the doer's
    latest act of the same family in the last sentences (its own sentence's acts before it
    included); when the doer gave nothing there, to the one recipient of that family's acts
    there ("Denmark sent jets to Ukraine. Norway pledged more of the jets"); when nobody did,
    to the one state that received the things named before ("Ukraine received its first jets.
    Norway pledged more of the jets"). Two recipients, or none, give no target. An unplaced
    object read as the target ("pledged more troops": troops of no state) gives way."""
    if not c.sources or any(not unknown(a) for a in c.targets):
        return c
    family = next((f for f in _FAMILIES if s.root in f), None)
    own = {key(a) for a in c.sources}
    if family is None or not _again_object(s, own):
        return c
    acts = [
        a for a in [*_recent(s), *_sentence_gifts(s, family)]
        if a.root in family and a.target is not None
        and (a.target.country or a.target.code) != (a.source.country or a.source.code)
    ]  # fmt: skip
    mine = [a for a in acts if (a.source.country or a.source.code) in own]
    if mine:
        got = _recipients(mine, own)
    else:
        every: dict[str, ActorRef] = {}
        for a in acts:
            r = a.target
            if r is not None and (r.country or r.code) not in own and not r.code.startswith("---"):
                every.setdefault(r.country or r.code, r)
        got = list(every.values()) if acts else receivers_of_things(s.actors, _things(s), own)
    if len(got) != 1:
        return c
    obj = s.child("dobj")
    return c.with_targets([Arg(got[0], EARLIER, obj.i if obj is not None else s.tok.i)], 1)


def _sentence_gifts(s: Site, family: frozenset[str]) -> list[EarlierAct]:
    """The acts of ``family`` earlier in the trigger's own sentence, as earlier acts ("Denmark
    pledged 60 jets to Ukraine, and Belgium promised further deliveries")."""
    out = []
    for i, g in sorted(s.ctx.triggers.items()):
        if i >= s.tok.i or g.absorbed or g.code[:2] not in family:
            continue
        roles = s.ctx.roles_of(g)
        order = s.ctx.index * 10_000 + i
        for src in roles.sources:
            for tgt in roles.targets:
                out.append(EarlierAct(g.tok.lemma_.lower(), g.code[:2], src.ref, order, tgt.ref))
    return out


def _things(s: Site) -> list[Token]:
    """The nouns of what the act gives: its object, and the "of" noun of "more of the jets"."""
    obj = s.child("dobj")
    if obj is None:
        return []
    return [obj] + [p for k in obj.children if k.dep_ == "prep" and k.lower_ == "of"
                    for p in k.children if p.dep_ == "pobj"]  # fmt: skip


# Nouns that name a meeting; with ``DEAL_NOUNS`` the occasions an act may refer back to.
MEETING_NOUNS = frozenset(
    {"talks", "talk", "visit", "trip", "summit", "meeting", "negotiations", "negotiation"}
)  # fmt: skip
_MEETING_ROOTS = frozenset({"03", "04"})
_OCCASIONS = DEAL_NOUNS | MEETING_NOUNS
# Prepositions that make their object what an act is about: "withdrew from the deal",
# "objected to the visit", "reneged on the agreement".
_ABOUT_PREPS = TARGET_PREPS | {"over", "about", "of", "out"}


def _occasion_nouns(s: Site) -> list[Token]:
    """The trigger's object, passive subject ("the deal was welcomed by X") and prepositional
    objects ("pulled out of the talks") that are a definite deal or meeting noun."""
    heads = [k for k in s.kids if k.dep_ in ("dobj", "nsubjpass")]
    for k in s.kids:
        if k.dep_ == "prep" and k.lower_ in _ABOUT_PREPS:
            heads += [p for p in k.children if p.dep_ == "pobj"]
            heads += [q for p in k.children if p.dep_ == "prep" for q in p.children
                      if q.dep_ == "pobj"]  # fmt: skip
    out = []
    for h in heads:
        lemma, low = h.lemma_.lower(), h.lower_
        if not ({lemma, low} & _OCCASIONS):
            continue
        if any(k.dep_ == "det" and k.lower_ in ("the", "this", "that") for k in h.children):
            out.append(h)
    return out


@acts_on(words=_OCCASIONS)
def referred_act_parties(s: Site, c: Candidates) -> Candidates:
    """ "Chile signed a trade deal with Peru. Argentina welcomed the deal", "India and Pakistan
    held talks. China praised the talks", "Peru later pulled out of the agreement": an act on
    "the deal" / "the talks" / "the visit" / "the summit" that the sentence does not place is
    aimed at the parties of the earlier act it names (the doer's counterpart when the doer was
    one of them): the acts of the same word in the last sentences, else those of agreeing or
    meeting; only when they are all one pair of parties. (Mediating one is
    ``mediated_deal_parties``'s.)"""
    if not c.sources or c.targets or not s.ctx.earlier or s.code.startswith(_MEDIATE):
        return c
    if not has_any(s.ctx.sent, _OCCASIONS):
        return c  # (each noun it reads is one of them: no walk where the sentence has none)
    nouns = _occasion_nouns(s)
    if len(nouns) != 1:
        return c
    obj = nouns[0]
    kids = list(obj.children)
    if any(k.dep_ in ("prep", "poss", "amod", "compound") and s.actors.resolve(k) for k in kids):
        return c  # "the deal between A and B", "the Russian-brokered deal": placed here
    word = obj.lemma_.lower()
    roots = _MEETING_ROOTS if word in MEETING_NOUNS or obj.lower_ in MEETING_NOUNS else None
    acts = [a for a in _recent(s) if a.trigger // 10_000 < s.ctx.index]
    same = [a for a in acts if _same_word(a.lemma, word)]
    if not same and roots is None:  # "the accord": the last one signed, however far back
        same = _signing(s)
    pick = same or [a for a in acts if a.root in (roots or _AGREED_ROOTS)]
    dyads = {frozenset(_parties_of(a)) for a in pick}
    dyads.discard(frozenset())
    if len(dyads) != 1:
        return c  # no such act, or two pairs it could be
    parties = next(iter(dyads))
    own = {key(a) for a in c.sources}
    refs: dict[str, ActorRef] = {}
    for a in pick:
        for r in (a.source, a.target):
            if r is not None and (r.country or r.code) in parties - own:
                refs.setdefault(r.country or r.code, r)
    return c.with_targets([Arg(r, EARLIER, obj.i) for r in refs.values()], 1)


# How many sentences back "the accord" may name a signing: a story's document stays its own
# further than the acts a reaction answers (``context.EARLIER_SENTENCES``).
SIGNED_SENTENCES = 20


def _signing(s: Site) -> list[EarlierAct]:
    """The acts of the last deal signed between two parties (``DEAL_VERBS``: "signed",
    "concluded", "agreed to buy") in the last ``SIGNED_SENTENCES`` sentences: what "the accord"
    / "the pact" names when the acts since then were others ("Kenya hosted a meeting")."""
    lo = s.ctx.index - SIGNED_SENTENCES
    deals = [
        a for a in s.ctx.earlier
        if lo <= a.trigger // 10_000 < s.ctx.index and a.lemma in DEAL_VERBS
        and not a.background and len(_parties_of(a)) == 2
    ]  # fmt: skip
    return [a for a in deals if a.trigger == deals[-1].trigger] if deals else []


def _parties_of(a: EarlierAct) -> set[str]:
    """The states (or groups) of an earlier act, its doer and its target."""
    out = {a.source.country or a.source.code}
    if a.target is not None and not a.target.code.startswith("---"):
        out.add(a.target.country or a.target.code)
    return out
