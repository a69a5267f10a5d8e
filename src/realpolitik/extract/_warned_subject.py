"""Parse repair for warnings and fears about another's act: "experts have warned Athens might
cut ties with X", "officials fear Y could invade Z". Without "that", the parser often takes the
state after the verb for the verb's object (the warned party) and leaves the clause with no
subject; the experts then seem to threaten that state. A state directly followed by a modal
that opens the verb's clausal complement is that clause's subject (issue 9, section 3:
"experts caution that A could do B" is A's possible act)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import has_any, tokens_with_lemma
from realpolitik.extract._tree_rewrites import relabel
from realpolitik.extract.factuality import MODALS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that announce a feared or foreseen act of someone else in a "that"-less clause.
FORESEEING = frozenset(
    {"warn", "caution", "fear", "worry", "predict", "expect", "believe", "think", "suspect"}
)


def repair_warned_subject(sent: Span) -> None:
    """Re-hang "warned X might act" in place: X becomes the subject of "might act"."""
    if not has_any(sent, FORESEEING):
        return  # (most sentences: no verb of warning, no walk)
    for verb in tokens_with_lemma(sent, FORESEEING):  # (no Token for the other words)
        if verb.pos_ == "VERB":
            _rehang(verb)


def _rehang(verb: Token) -> None:
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None or obj.pos_ != "PROPN":
        return
    clause = next((c for c in kids if c.dep_ in ("ccomp", "xcomp") and c.i > obj.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return
    nxt = obj.doc[obj.right_edge.i + 1] if obj.right_edge.i + 1 < len(obj.doc) else None
    if nxt is None or nxt.head.i != clause.i or nxt.dep_ != "aux" or nxt.lower_ not in MODALS:
        return
    relabel(obj, "nsubj", clause)
    relabel(clause, "ccomp")  # a finite clause with its own subject, no controlled infinitive
