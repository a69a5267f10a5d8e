"""A promise or praise won is made to the winner, never by it (parties47: fresh23's G).

"Chile gave Peru nothing on the fees. Lima's refusal to sign a new deal won it only a promise of
more talks": "win" carries event nouns as a light verb does ("won approval"), so the promise
was read as the subject's own (Peru's promise, 036). A promise, pledge or praise (roots 03, 05)
that is the object of a verb of getting ("won / secured / earned / obtained / got") is given
to the getter; its giver is the "from" phrase where there is one (other stages read it), and
no one the sentence names otherwise.
"""

from __future__ import annotations

from realpolitik.extract._dependents import pobjs
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site

_ROOTS = frozenset({"03", "05"})
_GETTING = frozenset({"win", "secure", "earn", "obtain", "get", "gain", "extract", "wring"})
_FROM = ("from",)


@acts_on(noun=True, roots=_ROOTS)
def won_not_given(s: Site, c: Candidates) -> Candidates:
    """ "X's refusal won it a promise of talks": not X's promise (no giver named)."""
    if not s.noun or s.root not in _ROOTS or not c.sources or s.tok.dep_ != "dobj":
        return c
    verb = s.tok.head
    if verb.lemma_.lower() not in _GETTING or verb.i in s.ctx.triggers:
        return c
    if pobjs(s.tok, _FROM) or pobjs(verb, _FROM):
        return c  # ("won a promise from Y": Y gives, read by other stages)
    return c.with_sources([])


__all__ = ["won_not_given"]
