"""A target named by a pronoun or description: the state an earlier sentence named (issue 9)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._described import (
    described_states,
    is_relation_noun,
    pair_without,
    relation_state,
)
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions whose object is the act's counterpart: "talks with it", "fired at the South".
TARGET_PREPS = frozenset(
    {"to", "with", "at", "against", "on", "upon", "into", "toward", "towards", "from"}
)  # fmt: skip


def _object_heads(s: Site) -> list[Token]:
    """The trigger's object, indirect object and prepositional objects, then those of its
    object's phrase ("imposed sanctions on it", "cut ties with it")."""
    out: list[Token] = []
    objs: list[Token] = []
    for k in s.tok.children:
        if k.dep_ in ("dobj", "dative") and k.pos_ in ("NOUN", "PROPN", "PRON"):
            out.append(k)
            objs.append(k)
        if k.dep_ in ("prep", "dative") and k.lower_ in TARGET_PREPS:
            out += [p for p in k.children if p.dep_ == "pobj"]
    for o in objs:
        for k in o.children:
            if k.dep_ == "prep" and k.lower_ in TARGET_PREPS:
                out += [p for p in k.children if p.dep_ == "pobj"]
    return out


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
                return c.with_targets(relation_state(s.actors, h, own))
    if any(key(a) not in own and not unknown(a) for a in c.targets):
        return c
    for h in heads:
        got = described_states(s.actors, h, own)
        if got:
            return c.with_targets(got, 1)
    return c


# Mediation (CAMEO 045) and the nouns of what it brings about.
_MEDIATE = "045"
DEAL_NOUNS = frozenset(
    {"deal", "agreement", "accord", "pact", "truce", "ceasefire", "cease-fire", "settlement",
     "exchange", "swap", "talks", "arrangement"}
)  # fmt: skip
# Roots of what parties agree among themselves: intents, consultation, cooperation, yielding.
_AGREED_ROOTS = frozenset({"03", "04", "05", "06", "08"})


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
