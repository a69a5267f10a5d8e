"""Ground named by who holds it: "areas under Houthi control", "territory under the group's
rule", "Ukrainian-controlled areas", "Taliban-held parts of the north" (issue 9, parties42:
fresh21's F). The holder, a state or an armed group (the group's state), is what an act on the
ground is aimed at ("would halt all aid to areas under the group's control"): the ground itself
names no one, so without this the act had no target, or the story's other state."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.actors._name_context import AREA_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._mention_parts import Arg, Resolver

# The nouns of holding after "under": "under Houthi control", "under Russian occupation".
_HOLDING_NOUNS = frozenset({"control", "rule", "occupation", "administration", "command"})
# The participles of holding before the ground: "Houthi-held", "Russian-occupied".
_HOLDING_VERBS = frozenset({"hold", "control", "occupy", "administer", "run"})
# How the holder hangs on the holding noun or participle.
_HOLDER_DEPS = frozenset({"compound", "amod", "poss", "npadvmod", "nmod", "nsubj"})
_HOLDING_MODS = frozenset({"amod", "compound", "acl"})


def _holders(res: Resolver, word: Token, depth: int) -> list[Arg]:
    out: list[Arg] = []
    for k in word.children:
        if k.dep_ in _HOLDER_DEPS and k.i < word.i:
            out += [a for a in res.resolve(k, depth + 1) if a.ref.country]
        elif k.dep_ == "prep" and k.lower_ == "of":  # "under the control of X"
            for p in k.children:
                if p.dep_ == "pobj":
                    out += [a for a in res.resolve(p, depth + 1) if a.ref.country]
    return out


def ground_holder(res: Resolver, tok: Token, depth: int) -> list[Arg]:
    """The holder of ``tok`` when it is ground held by someone: "areas under X('s) control"
    (also "rule", "occupation"), "X-held / X-controlled areas"; else []."""
    if tok.lower_ not in AREA_NOUNS or depth > 2:
        return []
    for k in tok.children:
        if k.dep_ == "prep" and k.lower_ == "under":
            for p in k.children:
                if p.dep_ == "pobj" and p.lemma_.lower() in _HOLDING_NOUNS:
                    return _holders(res, p, depth)
        if k.dep_ in _HOLDING_MODS and k.i < tok.i and k.lemma_.lower() in _HOLDING_VERBS:
            return _holders(res, k, depth)
    return []
