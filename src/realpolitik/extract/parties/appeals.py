"""An appeal for restraint addressed to no one is addressed to the two sides of the fighting.

"U.S. and British warplanes struck Houthi targets ... Saudi Arabia called for restraint": an
appeal for restraint, calm or de-escalation that names no addressee (in its sentence,
``context.occasion_parties`` reads "urged restraint after clashes between A and B") asks the
sides of the latest fighting the document reported to hold back: the doer and the target of the
latest act of force (CAMEO 15, 17-20) in the last sentences, never the appealing side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_words
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.context_earlier import recent as _recent
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

APPEAL = "02"
# What an appeal to both sides of a fight asks for.
RESTRAINT_NOUNS = frozenset({"restraint", "calm", "de-escalation", "deescalation"})
_GATE = RESTRAINT_NOUNS | {"escalation"}  # "de-escalation" is parsed as "de", "-", "escalation"
# Roots of fighting: a show of force, coercion, assault, fight, mass violence.
FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


@acts_on(noun=False, roots=(APPEAL,), words=_GATE)
def restraint_parties(s: Site, c: Candidates) -> Candidates:
    """ "X struck Y ... Z called for restraint", "Z urged calm": an appeal for restraint with no
    addressee is aimed at the doer and the target of the latest recent act of force (not Z's
    own), as "urged restraint after clashes between X and Y" is in one sentence."""
    if s.noun or c.targets or not c.sources or s.root != APPEAL:
        return c
    if _GATE.isdisjoint(sentence_words(s.ctx.sent)) or not _asks_restraint(s):
        return c
    own = {a.ref.country or a.ref.code for a in c.sources}
    acts = [
        a
        for a in _recent(s)
        if a.root in FORCE_ROOTS and not a.background and a.trigger // 10_000 < s.ctx.index
    ]
    acts = [a for a in acts if (a.source.country or a.source.code) not in own]
    if not acts:
        return c
    last = acts[-1].trigger
    refs: dict[str, ActorRef] = {}
    for a in acts:
        if a.trigger != last:
            continue
        for r in (a.source, a.target):
            code = (r.country or r.code) if r is not None else ""
            if r is not None and code and code not in own and not code.startswith("---"):
                refs.setdefault(code, r)
    return c.with_targets([Arg(r, EARLIER, s.tok.i) for r in refs.values()], 1)


def _asks_restraint(s: Site) -> bool:
    """The appeal's object or its "for" phrase is restraint ("urged restraint", "called for
    calm", "called for de-escalation"), with no addressee of its own."""
    for k in s.kids:
        if k.dep_ == "dobj" and _restraint(k):
            return True
        if (
            k.dep_ == "prep"
            and k.lower_ == "for"
            and any(p.dep_ == "pobj" and _restraint(p) for p in k.children)
        ):
            return True
    return False


def _restraint(tok: Token) -> bool:
    if tok.lemma_.lower() in RESTRAINT_NOUNS:
        return True
    doc = tok.doc  # "de-escalation": the parser's three tokens
    return (
        tok.lower_ == "escalation"
        and tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and (doc[tok.i - 2].lower_ == "de")
    )
