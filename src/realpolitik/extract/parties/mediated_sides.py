"""The sides a mediation offer names no party of (issue 9, leftovers17).

"Fighting between Sudan and Chad went on. Qatar and Egypt offered to mediate", "... offered to
mediate between the two sides": the mediators offer to act between the states of the story's
dispute, never between themselves. With no party named in the clause, the two states of the
latest earlier act between two states (neither of them a mediator) are the offer's targets;
with no such act, the two other states the paragraph names (parties38). "Offered to host talks"
is a mediation offer too (``_mediating``).
"""

from __future__ import annotations

from realpolitik.extract._alternatives import alternative_doers
from realpolitik.extract._mediating import mediating
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site, key, unknown
from realpolitik.extract.parties.context_earlier import recent
from realpolitik.models import ActorRef

_INFINITIVES = frozenset({"xcomp", "ccomp", "advcl"})
_CONDITIONS = frozenset({"if", "unless", "whether"})
# Roots of a mediation offer: intents and offers (03: "offered / agreed to mediate"); a
# mediation done ("brokered the deal", 04) takes the deal's parties (``described``), never a
# clash's.
_MEDIATION_ROOTS = frozenset({"03"})


def _offers_mediation(s: Site) -> bool:
    return any(k.dep_ in _INFINITIVES and mediating(k) for k in s.tok.children)


def _conditional(s: Site, c: Candidates) -> bool:
    """ "If A or B agreed to mediate, ...": alternatives in a condition offer nothing (GUIDE rule
    4; fresh10's class OR): no parties are added to them."""
    if any(k.dep_ == "mark" and k.lower_ in _CONDITIONS for k in s.tok.children):
        return True
    return alternative_doers(s.tok.doc, [a.tok for a in c.sources])


@acts_on(noun=False, roots=_MEDIATION_ROOTS)
def mediated_sides(s: Site, c: Candidates) -> Candidates:
    """A mediation offer with doers and no placed target takes the two states of the latest
    earlier act between two other states (see the module's docstring)."""
    if s.noun or s.root not in _MEDIATION_ROOTS or not c.sources:
        return c
    if not _offers_mediation(s) or _conditional(s, c):
        return c
    own = {key(a) for a in c.sources}
    if any(not unknown(a) and key(a) not in own for a in c.targets):
        return c  # ("between the two sides" read as the mediators themselves: no party)
    for act in reversed(recent(s)):
        tgt = act.target
        if tgt is None or not tgt.country or not act.source.country:
            continue
        pair = {act.source.country, tgt.country}
        if len(pair) != 2 or pair & own:
            continue
        return c.with_targets([Arg(act.source, EARLIER, s.tok.i), Arg(tgt, EARLIER, s.tok.i)], 1)
    sides = _named_sides(s, {a.ref.country for a in c.sources if a.ref.country})
    return c.with_targets(sides, 1) if sides else c


def _named_sides(s: Site, own: set[str]) -> list[Arg]:
    """parties38 (practice5's ST): with no act between two other states told before, the two
    states other than the mediators that the paragraph names up to the offer's sentence end
    ("Relations between A and B have soured. C and D have each offered to host talks"); none
    where it names one, or three or more (no dispute of two to read)."""
    found: dict[str, Arg] = {}
    for tok in s.tok.doc[: s.ctx.sent.end]:
        m = s.actors.mention_of(tok)
        if m is None or not m.ref.country or m.ref.country in own:
            continue
        if m.ref.code.startswith("---"):
            continue
        country = m.ref.country
        found.setdefault(country, Arg(ActorRef(country, country, country), EARLIER, s.tok.i))
    return list(found.values()) if len(found) == 2 else []
