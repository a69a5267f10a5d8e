"""The parties of a pact signed in an agentless passive (issue 9, leftovers18).

"The agreement between Japan and India was signed in March", "Peru's treaty with Chile is to be
ratified next year", "Kenya and Uganda reached a deal. The deal is to be signed next month": the
signing names no doer, but the pact names its parties ("between A and B", "A's treaty with B")
or the story does (the latest earlier act between two states). The signing is theirs, both ways
(a joint act, GUIDE rule 6); "is to be signed" keeps its hedge (``possible``, GUIDE rule 4).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._pact_subjects import passive_pact
from realpolitik.extract._syntax import pobjs
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

# Signing and ratifying (057; a future signing may be read as an intent, 03).
_SIGNING_ROOTS = frozenset({"05", "03"})
SIGNING_VERBS = frozenset(
    {"sign", "ratify", "conclude", "finalise", "finalize", "initial", "seal", "ink", "countersign"}
)
_PAIR_PREPS = ("between", "among")
_PARTNER_PREPS = ("with",)
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _named_parties(s: Site, pact: Token) -> list[Arg]:
    """The states the pact's own phrase names: "between A and B", "A's treaty with B", "the
    Kenya-Uganda deal"; or the signing verb's "between" ("a deal was signed between A and B",
    leftovers23)."""
    out: list[Arg] = []
    for _, p in pobjs(pact, _PAIR_PREPS) + pobjs(s.tok, _PAIR_PREPS):
        out += s.actors.resolve(p)
    for k in pact.children:
        if k.dep_ in _OWNER_DEPS:
            out += s.actors.resolve(k)
    for _, p in pobjs(pact, _PARTNER_PREPS):
        out += s.actors.resolve(p)
    seen: set[str] = set()
    kept = []
    for a in out:
        if not unknown(a) and key(a) not in seen:
            seen.add(key(a))
            kept.append(a)
    return kept


def story_pair(s: Site) -> list[Arg]:
    """The two states of the latest earlier act between two states."""
    for act in reversed(recent(s)):
        tgt = act.target
        if tgt is None or not tgt.country or not act.source.country:
            continue
        if act.source.country != tgt.country:
            return [Arg(act.source, EARLIER, s.tok.i), Arg(tgt, EARLIER, s.tok.i)]
    return []


@acts_on(noun=False, roots=_SIGNING_ROOTS)
def signed_pact_parties(s: Site, c: Candidates) -> Candidates:
    """An agentless passive signing of a pact takes the pact's parties, or the story's pair (see
    the module's docstring); a doer already placed that is one of them gains the other."""
    if s.noun or s.root not in _SIGNING_ROOTS or s.tok.lemma_.lower() not in SIGNING_VERBS:
        return c
    got = passive_pact(s.tok)
    if got is None:
        return c
    pact, subj = got
    if subj.i != pact.i:  # ("it is to be signed": the pronoun stands for the pact, no doer)
        c = c.with_sources([a for a in c.sources if a.tok != subj.i])
    named = _named_parties(s, pact)
    if len(named) < 2:
        if c.sources or named:
            return c
        named = story_pair(s)
        if len(named) < 2:
            return c
    keys = {key(a) for a in named}
    have = {key(a) for a in c.sources if not unknown(a)}
    if have and not have <= keys:
        return c
    if any(not unknown(a) and key(a) not in keys for a in c.targets):
        return c.with_sources(named)
    return c.with_sources(named).with_targets([])  # (the pact's owner read as its target)
