"""Joining (backing) another side's sanctions is aimed at the sanctioned state, never at the
side that imposed them (issue 9, parties53: fresh27's class E).

"Tanzania buys its fertiliser from Russia. Tanzania will not join the Western sanctions": the
adjective or owner of "sanctions" ("Western", "the EU's", "American") names who imposed them;
the act of joining them is aimed where they are aimed: the state "on" or "against" names, else
the one state the sentence before (or this one, before the verb) names that is neither the
doer nor the imposer. Read before ``direct_object`` and ``object_agent``, which would take
the imposer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._words import JOINING_MEASURES
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties._verb_reading import verb_open
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

_MEASURES = frozenset({"sanction", "sanctions", "embargo", "embargoes", "boycott", "blockade"})
_AIMS = frozenset({"on", "against"})
_OWNERS = frozenset({"amod", "poss", "compound", "nmod"})


def _imposers(s: Site, obj: Token) -> set[str]:
    """The states (or blocs, by code) the measure's adjective or owner names."""
    got: set[str] = set()
    for k in obj.children:
        if k.dep_ in _OWNERS:
            for a in s.actors.resolve(k):
                got.add(a.ref.country or a.ref.code)
    return got


def _aimed_at(s: Site, obj: Token) -> list[Arg]:
    """ "the sanctions on (against) X": X."""
    for k in obj.children:
        if k.dep_ == "prep" and k.lower_ in _AIMS:
            for p in k.children:
                if p.dep_ == "pobj":
                    return list(s.actors.resolve(p))
    return []


@acts_on(noun=False, roots=("16",))
def joined_sanctions_target(s: Site, c: Candidates) -> Candidates:
    """ "will not join the Western sanctions" (on Russia, named before): aimed at the
    sanctioned state, never the imposer."""
    if not verb_open(s, c) or not c.sources or s.tok.lemma_ not in JOINING_MEASURES:
        return c
    obj = s.child("dobj")
    if obj is None or obj.lower_ not in _MEASURES:
        return c
    got = _aimed_at(s, obj)
    if got:
        return c.with_targets(got, 1)
    own = {a.ref.country for a in c.sources if a.ref.country}
    named = _named_before(s, own | _imposers(s, obj))
    if len(named) != 1:
        return c
    return c.with_targets([Arg(named[0], EARLIER, s.tok.i)], 1)


def _named_before(s: Site, skip: set[str]) -> list[ActorRef]:
    """The states other than ``skip`` named in the sentence before the trigger's and in its own
    up to the trigger, one per state."""
    sent = s.ctx.sent
    start = sent.start
    if start > 0:
        start = sent.doc[start - 1].sent.start
    found: dict[str, ActorRef] = {}
    for m in s.actors.named_between(start, s.tok.i):
        country = m.ref.country
        if m.is_state and country and country not in skip and country not in found:
            found[country] = m.ref
    return list(found.values())


__all__ = ["joined_sanctions_target"]
