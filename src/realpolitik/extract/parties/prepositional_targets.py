"""Stages that find a verbal trigger's target in a prepositional phrase.

"Sent troops to X", "sanctions against X", "talks with X", "warned of X": the phrase on the verb
or on its object names the other party; a complaint's topic ("complained to the UN over X's
raids") names whom it accuses, not its audience. Their order is the policy in ``parties.POLICY``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._channels import verb_medium_tokens
from realpolitik.extract._dependents import asked_for
from realpolitik.extract._knowledge_topics import knowledge_topic_preps, topic_partners
from realpolitik.extract._mentions import Arg, DocActors
from realpolitik.extract._returned_people import RETURN_VERBS
from realpolitik.extract._syntax import border_partner, border_place, coactor, pobjs, target_preps
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import (
    BENEFICIARY_PREPS,
    FORCE_ROOTS,
    Candidates,
    Site,
    key,
    unknown,
)
from realpolitik.extract.parties._reading import agent_of, first, partners_first
from realpolitik.extract.parties._verb_reading import _passive_thing, symmetric, verb_open
from realpolitik.extract.parties.joint_topics import topic_only
from realpolitik.extract.parties.joint_venues import venue_only
from realpolitik.extract.parties.reciprocal import onlooker

if TYPE_CHECKING:
    from spacy.tokens import Token


# "Complained to the UN over Israeli raids": the accused is named by the topic phrase; the "to"
# phrase is only the audience.
_ACCUSED_PREPS = ("over", "about", "of")
_DEMAND = "10"
_DEMAND_PREPS = ("from",)


_MEDIATION = "045"  # mediation names both parties it mediates between


def _accused(actors: DocActors, tok: Token, sources: tuple[Arg, ...]) -> list[Arg]:
    own = {key(a) for a in sources}
    for _, p in pobjs(tok, _ACCUSED_PREPS):
        got = actors.resolve(p) or (agent_of(actors, p) if p.pos_ == "NOUN" else [])
        got = [a for a in got if key(a) not in own and not unknown(a)]
        if got:
            return got
    return []


@acts_on(noun=False, roots=("11",))
def complaint_topic(s: Site, c: Candidates) -> Candidates:
    """ "Complained to the UN over Israeli raids", "protested to X about Y's tests": a complaint
    (root 11) targets whom its topic accuses, not its audience."""
    if not verb_open(s, c) or s.root != "11":
        return c
    return c.with_targets(_accused(s.actors, s.tok, c.sources))


@acts_on(noun=False)
def prepositional_target(s: Site, c: Candidates) -> Candidates:
    """ "Sent troops to X", "sanctions against X", "talks with X"; also on the object ("welcomed
    a resumption of ties with X / between X and Y"); conflict talk names its target with
    "of/about/over" ("warned of X"), force posture with "near/off" ("drills near X"). Partners
    "with X's help", border places and a statement's outlet ("on social media") are skipped."""
    if not verb_open(s, c):
        return c
    tok = s.tok
    obj = s.child("dobj")
    # "ties with X were severed by Y": the passive's thing, in front ("talks between A and B
    # were hosted by Z" names the hosted act's sides: ``hosts.hosted_act_parties``)
    passive = obj is None and (obj := _passive_thing(s)) is not None
    heads = [tok] + ([obj] if obj is not None else [])
    if tok.lemma_.lower() in RETURN_VERBS:  # "were handed back to X": "to" under "back" (lo67)
        heads[1:1] = [k for k in s.kids if k.dep_ == "advmod" and k.lower_ == "back"]
    if obj is not None:
        heads += [p for _, p in pobjs(obj, ("of",))]
    if s.code == _MEDIATION:  # "acted as a mediator between X and Y": the role noun's phrase
        heads += [p for _, p in pobjs(tok, ("as",))]
    preps = target_preps(s.root)
    channel = verb_medium_tokens(tok, s.root)  # "threatened on social media": the outlet
    if s.root in FORCE_ROOTS:  # "fight for X": on X's side
        preps = tuple(p for p in preps if p not in BENEFICIARY_PREPS)
    for k, h in enumerate(heads):
        extra = ("between",) if k and not passive else ()
        if not k and s.root == _DEMAND:  # a demand's addressee ("demanded an apology from X")
            extra = _DEMAND_PREPS
        found = [
            (w, q)
            for w, p in pobjs(h, knowledge_topic_preps(preps + extra, h))
            if not coactor(w, p)
            and not onlooker(w, p)
            and p.i not in channel
            and not asked_for(w, p, s.root)
            for q in border_partner(p)
            if not border_place(q, tok)
        ]
        found += [("with", q) for q in topic_partners(h)]  # ("data on X's ships with Y")
        targets = first(s.actors, partners_first(found))
        if not targets and s.root == "16":  # "tariffs on vehicles made in China": the maker
            targets = first(s.actors, [q for _, p in found for q in _goods_origin(p)])
        if targets and all(unknown(a) for a in targets) and _instrument(found, targets):
            targets = []  # "arming its islands with missile units": the means, no party
        if symmetric(s, c) and (topic_only(found, targets) or venue_only(found, targets)):
            targets = []  # "signed memoranda on migrant workers", "traded barbs at the UN"
        if targets:
            return c.with_targets(targets)
    return c


_ORIGIN_VERBS = frozenset(
    {"make", "produce", "manufacture", "build", "grow", "develop", "import", "source", "originate"}
)


def _goods_origin(goods: Token) -> list[Token]:
    """Where goods come from: "vehicles made in China", "steel imported from India" (the
    state a tariff, ban or embargo on them is aimed at)."""
    return [
        q
        for v in goods.children
        if v.dep_ in ("acl", "relcl") and v.lemma_.lower() in _ORIGIN_VERBS
        for prep in v.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "from")
        for q in prep.children
        if q.dep_ == "pobj"
    ]


def _instrument(found: list[tuple[str, Token]], targets: list[Arg]) -> bool:
    """The target came from a "with" phrase: "armed X with missile units"."""
    return any(w == "with" and p.i == targets[0].tok for w, p in found)
