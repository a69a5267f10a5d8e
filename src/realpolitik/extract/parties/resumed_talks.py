"""Talks told by their own course, with no party named, are the story's two states' talks, both
ways (parties47: fresh23's B; recurring.md's "target named only in the story").

"Ghana and Togo have spent a year patching up their quarrel. Border talks have resumed": an
event noun of consultation (root 04, not a visit, a hosting or a mediation) as the subject of a
verb of its own course ("have resumed", "began", "reopened", "are continuing") names no doer,
and ``pair_up`` dropped it. The talks are between the two states the paragraph names up to the
act's sentence; where the paragraph names none, the two the whole document names (an op-ed's
pair, named in its first paragraph). Where either names another number of states, nothing: the
talks' sides are not told. A joint act, coded both ways (GUIDE rule 6).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_CONSULT = "04"
_ONE_WAY = frozenset({"042", "043", "045"})  # a visit, a hosting, a mediation: one way
_NO_SOURCE = "pair_up: no source"
_NO_STATE = "---"
# Verbs that tell talks' own course ("talks have resumed", "negotiations began again").
_COURSE = frozenset({"resume", "restart", "begin", "start", "reopen", "continue", "open"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# "talks between X and Y", "talks with X": the talks' own parties, read by other stages
_PARTNER_PREPS = frozenset({"between", "with", "among"})
_PAIR = 2


def _course_subject(tok: Token) -> bool:
    """``tok`` is the subject of a verb of its course, with no owner or partner of its own."""
    if tok.dep_ not in _SUBJECT_DEPS or tok.head.lemma_.lower() not in _COURSE:
        return False
    return not any(
        k.dep_ == "poss" or (k.dep_ == "prep" and k.lower_ in _PARTNER_PREPS) for k in tok.children
    )


def _states(s: Site, stop: int | None) -> dict[str, ActorRef]:
    """The states named by the paragraph up to token ``stop`` (the whole document: None)."""
    found: dict[str, ActorRef] = {}
    if stop is None:
        refs = [m.ref for m in s.actors.mentions]
    else:
        refs = [m.ref for t in s.tok.doc[:stop] if (m := s.actors.mention_of(t)) is not None]
    for ref in refs:
        if ref.country and not ref.code.startswith(_NO_STATE):
            found.setdefault(ref.country, ActorRef(ref.text, ref.country, ref.country))
    return found


@acts_on(noun=True, roots=(_CONSULT,))
def resumed_talks_pair(s: Site, c: Candidates) -> Candidates:
    """ "Border talks have resumed" after a paragraph on X and Y: X <-> Y."""
    if c.pairs != () or c.dropped != _NO_SOURCE or not s.noun or s.root != _CONSULT:
        return c
    if s.code[:3] in _ONE_WAY or not _course_subject(s.tok):
        return c
    found = _states(s, s.ctx.sent.end)
    if not found:
        found = _states(s, None)
    if len(found) != _PAIR:
        return c
    a, b = (Arg(ref, EARLIER, s.tok.i) for ref in found.values())
    return c.with_pairs([(a, b), (b, a)])


__all__ = ["resumed_talks_pair"]
