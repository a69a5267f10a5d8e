"""A grant of what was asked is aimed at the asker (issue 9, lex28: fresh15's class GR).

"Chile's consulate asked for consular access to the sailors, and Argentina's foreign ministry
granted it", "Togo asked Benin for access to the traders. Benin granted it on Friday": granting
a request, access, a permit or a visa is a yield (08) to the one who asked (the lexicon's
``grant`` rows; "it" stands for the access asked for, ``_measure_pronouns``). The clause names no
receiver, so the receiver is the maker of the latest request of this sentence or the two before
that was made to the granter's state (or to nobody named), never the granter's own state. The
mirror of ``context_counterparts.refused_request_maker`` for the yielding answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._measure_pronouns import GRANTED_NOUNS
from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import REQUEST_ROOTS
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, home_of, key, unknown
from realpolitik.extract.parties.context_earlier import recent

if TYPE_CHECKING:
    from spacy.tokens import Token

_YIELD = "08"
_GRANTING = frozenset({"grant", "approve", "allow", "give"})
_PRONOUNS = frozenset({"it", "this", "that", "them"})
_SENTENCES = 2  # the request in this sentence or the two before


def _granted_object(tok: Token) -> bool:
    """Whether the grant's object is what a request asked for: a pronoun ("granted it") or a
    request noun with "the" ("granted the request")."""
    for k in tok.children:
        if k.dep_ not in ("dobj", "nsubjpass"):
            continue
        if k.lower_ in _PRONOUNS:
            return True
        dets = {g.lower_ for g in k.children if g.dep_ == "det"}
        return k.lemma_.lower() in GRANTED_NOUNS and "the" in dets
    return False


def _askers_here(s: Site, own: set[str]) -> list[Arg]:
    """The makers of the latest request of the sentence made to the granter (or to nobody)."""
    for f in sorted(s.ctx.triggers.values(), key=lambda f: -f.tok.i):
        if f.tok.i >= s.tok.i or f.code[:2] not in REQUEST_ROOTS or f.entry.pos == "N":
            continue
        got = s.ctx.roles_of(f)
        if got.targets and not any(key(t) in own for t in got.targets):
            continue
        askers = [a for a in got.sources if key(a) not in own and not unknown(a)]
        if askers:
            return [Arg(a.ref, EARLIER, s.tok.i) for a in askers]
    return []


def _askers_before(s: Site, own: set[str]) -> list[Arg]:
    """The maker of the latest request of the sentences before made to the granter's state."""
    for act in reversed(recent(s, _SENTENCES)):
        if act.root not in REQUEST_ROOTS or act.background:
            continue
        if home_of(act.source) in own:
            continue
        if act.target is not None and home_of(act.target) not in own:
            continue
        return [Arg(act.source, EARLIER, s.tok.i)]
    return []


_MAKER_PREPS = frozenset({"of", "by", "from"})


def maker_named(tok: Token) -> bool:
    """Whether a grant's object is a request that names its maker: a possessive ("the
    government's request") or an "of / by / from" phrase ("a request by local chiefs")."""
    if tok.lemma_.lower() not in _GRANTING:
        return False
    for k in tok.children:
        if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in GRANTED_NOUNS:
            return any(
                g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ in _MAKER_PREPS)
                for g in k.children
            )
    return False


def _asker_targets(s: Site, c: Candidates) -> Candidates:
    """The makers of the latest request to the doers' state, in this sentence or before, as
    the targets; ``c`` when there is none."""
    own = {key(a) for a in c.sources}
    askers = _askers_here(s, own) or _askers_before(s, own)
    return c.with_targets(askers, 1) if askers else c


@acts_on(noun=False, roots=(_YIELD,))
def granted_request_maker(s: Site, c: Candidates) -> Candidates:
    """ "X asked for access ..., and Y granted it": the grant's receiver is the asker (see the
    module's docstring)."""
    if not c.sources or c.targets or s.noun or s.root != _YIELD:
        return c
    if s.tok.lemma_.lower() not in _GRANTING or not _granted_object(s.tok):
        return c
    return _asker_targets(s, c)


_JUDICIAL = "063"
# Verbs by which a state's court or government lets a hand-over of people go ahead.
_APPROVING = frozenset({"approve", "authorise", "authorize", "clear", "sanction", "grant"})


@acts_on(noun=False, codes=(_JUDICIAL,), words=_APPROVING)
def approved_handover_asker(s: Site, c: Candidates) -> Candidates:
    """ "Peru asked Chile to extradite the former minister. Chile's Supreme Court must approve
    any extradition": an approved extradition or hand-over (063) that names no receiving state
    goes to the state that asked for it, the maker of the latest request of this sentence or
    the two before made to the approver's state (clauses41, fresh29's class F); never the
    approver's own state."""
    if not c.sources or c.targets or s.noun or s.code != _JUDICIAL:
        return c
    if s.tok.lemma_.lower() not in _APPROVING:
        return c
    return _asker_targets(s, c)
