"""A state's own envoy or troops that it recalls, withdraws or readies are what it moves, not
whom it acts on (issue 9 round 18, recur1: the kinds X and G that came back in every blind set).

"Angolan police detained 30 Namibian traders. Namibia recalled its ambassador": the pronoun
places "its ambassador" in Namibia, so the recall came out NAM -> NAMGOV, an act on itself that
``pairs.no_self_target`` keeps (the codes differ). Whom a recall, a pull-back or an alert is
aimed at is the state the envoy or the troops face: the story's other state (the latest earlier
act between the doer and one other state), else the one other state the sentence names as a
party, else no one. One stage for every such act (CAMEO 15 posture, 16 reduced relations, 087
de-escalation), keyed on the possessive that makes the moved thing the doer's own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.extract.parties.court_cases import story_partner
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# CAMEO codes whose object is the doer's own thing it moves: posture (15: "put its army on
# alert"), reduced relations (16: "recalled its ambassador"), de-escalation (087: "pulled its
# troops back").
_MOVED_OWN_ROOTS = frozenset({"15", "16"})
_MOVED_OWN_PREFIX = "087"
_OWNING = frozenset({"its", "his", "her", "their"})
_THEME_DEPS = frozenset({"dobj", "nsubjpass"})


def own_official_not_target(s: Site, c: Candidates) -> Candidates:
    """ "Namibia recalled its ambassador", "pulled its troops back from the frontier": the
    doer's own envoy or forces are no target; the story's other state is, or no one."""
    if not c.pairs or s.noun:
        return c
    if s.root not in _MOVED_OWN_ROOTS and not s.code.startswith(_MOVED_OWN_PREFIX):
        return c
    moved = s.child(*_THEME_DEPS)
    if moved is None or not _own_moved(moved):
        return c
    pairs = []
    for a, b in c.pairs:
        own = a.ref.country
        if own and (b is None or b.ref.country == own):
            b = _faced(s, own)  # (also "his ambassador", left with no target at all)
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _own_moved(tok: Token) -> bool:
    """The trigger's object owned by a pronoun ("its ambassador", "his envoy", "their
    troops")."""
    return any(c.dep_ == "poss" and c.lower_ in _OWNING for c in tok.children)


def _faced(s: Site, own: str) -> Arg | None:
    """The state the doer's envoy or troops face: the story's other state, else the one other
    state the sentence names."""
    partner = story_partner(s, own)
    if partner is not None and partner.ref.country:
        state = partner.ref.country
        return Arg(ActorRef(partner.ref.text, state, state), EARLIER, s.tok.i)
    sent = s.ctx.sent
    others: dict[str, Arg] = {}
    for m in s.actors.named_between(sent.start, sent.end - 1):
        country = m.ref.country
        if country and country != own and m.is_state:
            others.setdefault(country, Arg(m.ref, EARLIER, s.tok.i))
    return next(iter(others.values())) if len(others) == 1 else None


__all__ = ["own_official_not_target"]
