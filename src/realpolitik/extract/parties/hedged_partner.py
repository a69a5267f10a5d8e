"""A hedged or denied hostile act that names no one else is aimed at the paragraph's other state
(issue 9, fact26: fresh14's classes SN, RF and NP; recurring.md's "hedged acts with no target or
the own state").

"Ghana and Togo share a busy border. Ghana should not threaten to seal the Aflao post over each
robbery", "Argentina imposed fees on Chilean lorries. Boric said he wanted no row with Buenos
Aires and ruled out shutting the frontier": an act advised against, ruled out or not planned
names a place of the doer's own ("the post", "the frontier"), so the party stages leave it
without a target or give it the doer's own state (``pairs.home_target``: as police arresting
demonstrators at home). A hostile act between states (CAMEO 10 to 16, 19) that is denied
or advised keeps the target it would have had if done: in a paragraph that names exactly one
state besides the doer's (by name, capital, demonym or office-holder, up to the act's sentence),
that state (a paragraph that names none leaves it: tried with the story's latest partner from
earlier paragraphs, which cost two blind sets' factuality accuracy). Acts done (asserted,
reported) keep the home convention, and so do arrests and assaults (17, 18, 20: "police did
not arrest anyone" is no act on a neighbour) and protests by others than the state or its
government (14: "farmers did not protest"); a paragraph of several other states names none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._advised import advised
from realpolitik.extract._fact_scope import scoped_factuality
from realpolitik.extract._mentions import Arg
from realpolitik.extract.confidence import EARLIER
from realpolitik.extract.parties._kinds import acts_on
from realpolitik.extract.parties._model import Candidates, Site
from realpolitik.models import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

# Conflictual roots of acts between states: demand, disapprove, reject, threaten (10-13), force
# posture (15), reduced relations and sanctions (16), force (19).
_BETWEEN_STATES = frozenset({"10", "11", "12", "13", "14", "15", "16", "19"})
# Roots whose doer must be the state or its government: a protest (14) by a state is a
# diplomatic one ("Ghana did not protest formally"); by its farmers or students, a domestic one.
_BY_GOVERNMENTS = frozenset({"14"})
_GOVERNMENT_SECTORS = frozenset({"", "GOV"})
_NO_STATE = "---"
_CLIMB = 3  # arcs from an event noun up to its verb ("war" -> "to" -> "gone")
# Sectors of an unplaced official ("its ambassador", "the envoy": ---GOV) whom such an act is
# aimed at through the state that official serves abroad, the paragraph's other one.
_OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _open(b: Arg | None, own: str) -> bool:
    """No target yet, the doer's own state, or an official of no state ("its ambassador")."""
    if b is None or b.ref.code == own:
        return True
    code = b.ref.code
    return code.startswith(_NO_STATE) and not b.ref.country and code[3:] in _OFFICIAL_SECTORS


def _government(s: Site, a: Arg) -> bool:
    """``a`` is the state itself or its government: a name ("Ghana", "Accra", a leader) or a
    government actor, not people of the state ("Ghanaian farmers", coded as the state)."""
    if a.ref.code[3:] not in _GOVERNMENT_SECTORS:
        return False
    return a.ref.code[3:] == "GOV" or s.tok.doc[a.tok].pos_ == "PROPN"


def _undone(s: Site) -> bool:
    """The act is denied (a fold's negation, or the climb's where no `neg` row makes it a
    refusal) or advised ("should not", "ought to"). Other hedged acts are left alone: a future
    or modal hostile act the speaker states becomes its asserted threat (``_act_coding``)."""
    if s.found.negated:
        return True
    sent = s.ctx.sent
    fact = scoped_factuality(s.tok, sent, s.ctx.facts)
    if fact == "negated":
        return not s.found.entry.neg
    return fact == "possible" and advised(s.tok)


def _clause_verb(tok: Token) -> Token:
    """The verb whose phrase states the act: the trigger verb, or the verb an event noun hangs
    on ("gone to war for X": "gone")."""
    for _ in range(_CLIMB):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok


def paragraph_other(s: Site, own: str) -> Arg | None:
    """The one state other than ``own`` that the paragraph names up to the end of the act's
    sentence (states, capitals, demonyms, office-holders), or None (none, or several, or one
    the act's own phrase names in another role: "never went to war for Britain")."""
    found: dict[str, ActorRef] = {}
    clause = _clause_verb(s.tok)
    lo, hi = clause.left_edge.i, clause.right_edge.i
    for tok in s.tok.doc[: s.ctx.sent.end]:
        m = s.actors.mention_of(tok)
        if m is None:
            continue
        country = m.ref.country
        if not country or country == own or m.ref.code.startswith(_NO_STATE):
            continue
        if lo <= tok.i <= hi:
            return None  # (named in the act's phrase, yet no stage made it the target)
        if country not in found or (m.is_state and found[country].code != country):
            found[country] = m.ref if m.is_state else ActorRef(m.ref.text, country, country)
        if len(found) > 1:
            return None
    if len(found) != 1:
        return None
    return Arg(next(iter(found.values())), EARLIER, s.tok.i)


@acts_on(roots=_BETWEEN_STATES)
def hedged_paragraph_partner(s: Site, c: Candidates) -> Candidates:
    """ "Ghana should not threaten to seal the post": Togo, the paragraph's one other state, as
    the target of a hedged or denied hostile act with none (or the doer's own state)."""
    if not c.pairs or s.root not in _BETWEEN_STATES:
        return c
    if not any(_open(b, a.ref.country or "") for a, b in c.pairs):
        return c  # (every pair has another party already)
    fill = [_fillable(s, a, b) for a, b in c.pairs]
    if not any(fill) and not c.dropped:
        return c  # (no pair a state's with its target open: nothing to fill, no factuality read)
    if not _undone(s):
        return c
    pairs = []
    for (a, b), open_ in zip(c.pairs, fill, strict=True):
        if open_:
            b = paragraph_other(s, a.ref.country or "") or b
        pairs.append((a, b))
    return c.with_pairs(pairs)


def _fillable(s: Site, a: Arg, b: Arg | None) -> bool:
    """The pair's doer is a state (or its government, for a protest) whose target is open."""
    own = a.ref.country
    by_state = s.root not in _BY_GOVERNMENTS or _government(s, a)
    return bool(own and by_state and not a.ref.code.startswith(_NO_STATE) and _open(b, own))


__all__ = ["hedged_paragraph_partner", "paragraph_other"]
