"""Acts under way named by the gerund of a verb of stopping (lex25, fresh13_classes.md NA).

"Kenya asked Washington to stop expelling Kenyans", "urged X to cease shelling the town": the
request (or the promise, the plan) is for the stopping; the expelling or shelling is going on
as it is made, so it is the writer's background fact (GUIDE rule 1, `asserted`), not an act
the request leaves open (`possible`). The stopping itself keeps the request's modality. Only
under a request: a warning that "its companies might stop investing in X" names no act of the
story (the suite's f4_foreign_warning). Since clauses32 (fresh20's E) a request's stopped act
is folded into the request (``_stopped_acts``) and no longer emitted; this reading is left for
a requesting verb the fold does not reach (one with no control row).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_STOPPING = frozenset({"stop", "cease", "halt", "quit", "discontinue"})
# Verbs of asking whose infinitive "to stop V-ing" is the request.
_ASKING = frozenset(
    {"ask", "urge", "appeal", "request", "demand", "press", "tell", "order", "implore",
     "beg", "pressure", "pressurise", "pressurize", "push", "encourage", "invite"}
)  # fmt: skip


def ongoing_gerund(tok: Token) -> bool:
    """Whether ``tok`` is the gerund complement of a requested "stop / cease / halt" ("asked X
    to stop expelling", "urged X to cease shelling")."""
    stop = tok.head
    if tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "dobj", "ccomp") or stop.i > tok.i:
        return False
    if stop.lemma_.lower() not in _STOPPING or stop.dep_ not in ("xcomp", "ccomp", "pcomp"):
        return False
    # ("called on X to stop ...": not here; its doer is then misread as the caller, the
    # parser hanging "to stop" on "called")
    return stop.head.lemma_.lower() in _ASKING
