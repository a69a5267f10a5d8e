"""A promise or praise won is made to the winner, never by it (parties47: fresh23's G).

"Chile gave Peru nothing on the fees. Lima's refusal to sign a new deal won it only a promise of
more talks": "win" carries event nouns as a light verb does ("won approval"), so the promise
was read as the subject's own (Peru's promise, 036). A promise, pledge or praise (roots 03, 05)
that is the object of a verb of getting ("won / secured / earned / obtained / got") is given
to the getter; its giver is the "from" phrase where there is one (other stages read it), and
no one the sentence names otherwise.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._dependents import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._reading import subject

if TYPE_CHECKING:
    from spacy.tokens import Token

_ROOTS = frozenset({"03", "05"})
_GETTING = frozenset({"win", "secure", "earn", "obtain", "get", "gain", "extract", "wring"})
_FROM = ("from",)


@acts_on(noun=True, roots=_ROOTS)
def won_not_given(s: Site, c: Candidates) -> Candidates:
    """ "X's refusal won it a promise of talks": not X's promise (no giver named)."""
    if not s.noun or s.root not in _ROOTS or s.tok.dep_ != "dobj":
        return c
    verb = s.tok.head
    if verb.lemma_.lower() not in _GETTING or verb.i in s.ctx.triggers:
        return c
    if pobjs(s.tok, _FROM) or pobjs(verb, _FROM):
        return c  # ("won a promise from Y": Y gives, read by other stages)
    giver = _giver(s.tok)
    given = s.actors.resolve(giver) if giver is not None else []
    winner = c.sources or subject(s.actors, verb)[0]
    if given and winner and not c.targets:
        return c.with_sources(given).with_targets(winner)  # (leftovers46)
    return c.with_sources([]) if c.sources else c


def _giver(noun: Token) -> Token | None:
    """ "a promise of loans from China", "praise for its stand from Y": the "from" phrase on
    the promise's own "of / for" object names its giver (the parser hangs it there)."""
    for _, obj in pobjs(noun, ("of", "for")):
        for _, who in pobjs(obj, _FROM):
            return who
    return None


@acts_on(noun=True, roots=frozenset({"12"}))
def winning_act_not_aimed(s: Site, c: Candidates) -> Candidates:
    """ "Peru's refusal (decision) to expel the diplomats won it a promise of loans from China":
    the act that won something names no target by being rewarded; a target of no state its own
    phrase names is not placed on the giver (leftovers46)."""
    if not s.noun or s.tok.dep_ != "nsubj" or not c.targets:
        return c
    if s.tok.head.lemma_.lower() not in _GETTING:
        return c
    if all(a.ref.code.startswith("---") for a in c.targets):
        return c.with_targets([])
    return c


__all__ = ["winning_act_not_aimed", "won_not_given"]
