"""Acts told after a colon by the lead-in's own doer are aimed at the partner the lead-in names
(parties47: fresh23's D; recurring.md's "actor resolution: it/its").

"Austria has been blunter with Hungary: it funds language schools and then freezes cultural
grants": the lead-in before the colon says whom the acts after it concern ("with Hungary"),
and the acts ("funds", "freezes") name no one of their own; the parser hung the lead-in on the
verb after the colon as its complement, so ``clause_subject`` read the lead-in's subject as the
act's target (Austria at Austria: no event). An act after a colon whose doer is the lead-in's
subject (named again by "it" / "they" / its name), with no target of its own, is aimed at the
one state the lead-in names by "with / toward / towards / to / on / against" beside its
subject ("has been generous to Y", "is tougher on Y"). Help (06, 07) is left to
``elaboration_partner``, which reads it after the pairs are made; for it ``clause_subject``
no longer reads the lead-in as the act's complement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract._tree import sentence_forms
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown

if TYPE_CHECKING:
    from spacy.tokens import Token

_COLON = ":"
# Help after a colon (06, 07) is ``elaboration_partner``'s; every other root is read here.
_ROOTS = frozenset(f"{r:02d}" for r in range(1, 21)) - {"06", "07"}
_PARTNER_PREPS = frozenset({"with", "toward", "towards", "to", "on", "against"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _lead_in(s: Site, colon: int) -> tuple[set[str], list[Arg]]:
    """The lead-in's subject states and the states of its partner phrases (before ``colon``)."""
    sent = s.ctx.sent
    subj: set[str] = set()
    partners: list[Arg] = []
    for tok in sent.doc[sent.start : colon]:
        if tok.dep_ in _SUBJECTS:
            subj |= {key(a) for a in s.actors.resolve(tok) if not unknown(a)}
        elif tok.dep_ == "pobj" and tok.head.lower_ in _PARTNER_PREPS:
            partners += [a for a in s.actors.resolve(tok) if a.ref.country and not unknown(a)]
    return subj, partners


def _colon_before(s: Site) -> Token | None:
    """The last colon of the sentence before the trigger."""
    sent = s.ctx.sent
    found = [t for t in sent.doc[sent.start : s.tok.i] if t.text == _COLON]
    return found[-1] if found else None


@acts_on(noun=False, roots=_ROOTS, words=(_COLON,))
def colon_lead_in_partner(s: Site, c: Candidates) -> Candidates:
    """ "X has been blunter with Y: it funds N and freezes M": X -> Y."""
    if s.noun or c.targets or not c.sources or s.root not in _ROOTS:
        return c
    if _COLON not in sentence_forms(s.ctx.sent):
        return c
    colon = _colon_before(s)
    if colon is None:
        return c
    subj, partners = _lead_in(s, colon.i)
    own = {key(a) for a in c.sources}
    if not subj or not own <= subj:
        return c
    states = {a.ref.country for a in partners if a.ref.country not in own}
    if len(states) != 1:
        return c
    got = [Arg(a.ref, EARLIER, a.tok) for a in partners if a.ref.country in states][:1]
    return c.with_targets(got, 2)


__all__ = ["colon_lead_in_partner"]
