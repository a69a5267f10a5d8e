"""A decided act that still lies ahead (leftovers37): "X (has) decided to attack / invade /
visit / hold talks with / sign the accord with Y" is `possible`, never asserted.

GUIDE rule 4 codes a planned act as `possible`, and a resolve ("made up its mind / is
determined to attack Y", ``_factuality_words.resolved_to``) is read so. A decision is read by
what it decides. An act a government performs by deciding it (an order or measure: expelling
diplomats, imposing or lifting sanctions, recognising a state, granting asylum) is done when it
is decided: the dev golds (conflibert_penta's "decided to ease / lift / grant") and PETRARCH2's
DECIDE rows (BAR, LIMIT: 160) code it as the act, and so does this project. An act that must
still take place in the world after the decision (a meeting, a visit, talks, a signing, a
deployment or an attack) is not done by deciding it: `possible`, with both parties (the
PLOVER gold codes a cabinet's decision about a hostile step as a threat, not the step).

A vote decides as a decision does (round 33, practice21): "the Security Council voted to send
peacekeepers to Y", "parliament voted to deploy troops to Y" is a deployment still ahead,
`possible`; "voted to impose sanctions" is the measure, done by voting it. A peacekeeping force
sent (074) lies ahead of the decision like any deployment.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Acts that lie ahead of the decision: consultations (04), signing (057), a peacekeeping
# deployment (074), force posture (15) and force (18-20).
_AHEAD_ROOTS = frozenset({"04", "15", "18", "19", "20"})
_AHEAD_CODES = frozenset({"057", "074"})
_DECIDING = frozenset({"decide", "vote"})
_LIGHT_DEPS = frozenset({"dobj"})


def decided_ahead(tok: Token, code: str) -> bool:
    """``tok``'s act (coded ``code``) is the to-infinitive of "decide" and lies ahead of it."""
    if code[:2] not in _AHEAD_ROOTS and code[:3] not in _AHEAD_CODES:
        return False
    verb = tok
    if tok.pos_ == "NOUN" and tok.dep_ in _LIGHT_DEPS:
        verb = tok.head  # "decided to launch strikes on Y", "to hold talks with Y"
    if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.lemma_.lower() in _DECIDING
