"""A refusal whose request is told after it, in a relative clause on the refused thing (issue 9
round 24, clauses30: fresh18's RF).

"Ruto said his government would not revive the 2018 agreement on a naval base, which Ugandan
officials have asked Nairobi to reconsider", "Chile would not reopen the crossing, which
Argentina has urged Santiago to reopen": the "would not" refuses what the relative clause says
another state asked for (GUIDE rule 5: a refusal of a request named in the story), so the
refusal is aimed at the asker. ``context_counterparts.refused_request_maker`` reads requests
told before the refusal; this reads the one told inside the refused object's own phrase.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_REFUSAL = "12"
_OBJECTS = frozenset({"dobj", "nsubjpass"})
_CLAUSES = frozenset({"relcl", "acl"})


def _object_clauses(verb: Token) -> list[Token]:
    """The relative clauses on the refused verb's object or on a noun of its phrase ("the
    agreement on a naval base at Lamu, which ...": the clause may hang on any noun of it)."""
    out = []
    for obj in verb.children:
        if obj.dep_ not in _OBJECTS:
            continue
        out += [t for t in obj.subtree if t.dep_ in _CLAUSES and t.i > obj.i]
    return out


@acts_on(noun=False, roots=(_REFUSAL,))
def relative_clause_requester(s: Site, c: Candidates) -> Candidates:
    """ "would not revive the agreement, which Ugandan officials have asked Nairobi to
    reconsider": KEN -> UGA 12, the asker of the refused thing's relative clause; not the
    refuser's own state."""
    if not c.sources or c.targets or s.noun or s.root != _REFUSAL:
        return c
    clauses = {t.i for t in _object_clauses(s.tok)}
    if not clauses:
        return c
    own = {key(a) for a in c.sources}
    own_states = {a.ref.country for a in c.sources if a.ref.country}
    for i, f in sorted(s.ctx.triggers.items()):
        if i not in clauses or f.code[:2] not in REQUEST_ROOTS or f.entry.pos == "N":
            continue
        got = s.ctx.roles_of(f)
        asked = [
            a
            for a in got.sources
            if key(a) not in own and not unknown(a) and a.ref.country not in own_states
        ]
        if asked:
            return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in asked], 1)
    return c


# Nouns that name what a refusal refuses when set beside it ("refused to disarm, a demand ...").
_ASKED_NOUNS = frozenset(
    {"demand", "request", "condition", "precondition", "call", "ultimatum", "proposal",
     "offer", "plan", "appeal", "requirement"}
)  # fmt: skip
_PRONOUN_SUBJECTS = frozenset({"that", "which", "who"})


def _noun_owner(noun: Token) -> list[Token]:
    """Who made the apposed request: its possessor ("Y's demand"), the agent of a participle on
    it ("a demand made / set by Y") or the subject of a relative clause on it ("a demand that Y
    says must be met", "a condition Y has set")."""
    out = [k for k in noun.children if k.dep_ == "poss"]
    for k in noun.children:
        if k.dep_ == "acl":
            out += [p for a in k.children if a.dep_ == "agent" for p in a.children
                    if p.dep_ == "pobj"]  # fmt: skip
        if k.dep_ in ("relcl", "acl"):  # ("a demand that Y repeated": an acl to the parser)
            out += [p for p in k.children
                    if p.dep_ == "nsubj" and p.lower_ not in _PRONOUN_SUBJECTS]  # fmt: skip
    return out


@acts_on(noun=False, roots=(_REFUSAL,), words=_ASKED_NOUNS)
def apposed_request_maker(s: Site, c: Candidates) -> Candidates:
    """ "Hamas has refused to disarm, a demand that Israel says must be met", "Y refused to
    withdraw its troops, a demand made by Z", "..., Z's main condition for talks": a request set
    beside the refusal names what is refused, so the refusal is aimed at its maker (GUIDE rule
    5; practice26, class RD), where the refusal names no placed target of its own."""
    if not c.sources or s.noun or s.root != _REFUSAL or any(not unknown(a) for a in c.targets):
        return c
    own = {key(a) for a in c.sources}
    # beside the verb, or beside the refused verb's object ("refused to free the sailors, a
    # demand made by Y": the parser hangs it on "sailors")
    objects = [o for v in [s.tok, *(k for k in s.kids if k.dep_ == "xcomp")]
               for o in v.children if o.dep_ == "dobj"]  # fmt: skip
    apposed = list(s.kids) + [k for o in objects for k in o.children if k.dep_ == "appos"]
    for noun in apposed:
        if noun.dep_ not in ("npadvmod", "appos") or noun.lemma_.lower() not in _ASKED_NOUNS:
            continue
        makers = [a for t in _noun_owner(noun) for a in s.actors.resolve(t)]
        makers = [a for a in makers if not unknown(a) and key(a) not in own]
        if makers:
            return c.with_targets([Arg(a.ref, EARLIER, s.tok.i) for a in makers], 1)
    return c


__all__ = ["apposed_request_maker", "relative_clause_requester"]
