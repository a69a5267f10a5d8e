"""An agreement's content clause with a doer of its own: "the two leaders signed an agreement for
X to supply Y with gas" (issue 9 round 33, clauses39: fresh27's class A).

The parser hangs "for X to V" on the signing verb (an adverbial clause) or on the agreement noun
as a relative clause; either way its verb is read as a main act of its own (X's trade, 061,
asserted), and the signing (057, both ways among the signers) is passed over. The clause says
what the agreement holds, not an act done: its own subject ("for X") marks it as the noun's
content, as "a deal under which X will V" is. Where a verb of signing (or of reaching, striking,
concluding) has an agreement noun as its object and a clause with "for" and a subject of its
own hangs after that object, the clause becomes the noun's adverbial modifier, where the
signing's rows read the noun and no act of the clause's verb is asserted. "Signed a deal to buy
N from Y", with no doer of its own, stays the purchase (``_signed_purchases``, clauses37).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs that make or seal an agreement, and the nouns of agreements they take.
AGREEING = frozenset({"sign", "ink", "seal", "conclude", "clinch", "reach", "strike", "finalise",
                      "finalize"})  # fmt: skip
_PACTS = frozenset(
    {"agreement", "deal", "accord", "pact", "treaty", "memorandum", "contract", "arrangement",
     "protocol"}
)  # fmt: skip
FOR = frozenset({"for"})
_HUNG = frozenset({"advcl", "relcl", "acl", "xcomp", "ccomp"})


def _content_clause(c: Token, obj: Token) -> bool:
    """``c`` is a "for X to V" clause after ``obj``: a "for" mark and a subject of its own."""
    if c.dep_ not in _HUNG or c.i <= obj.i:
        return False
    mark = next((k for k in c.children if k.dep_ == "mark" and k.lower_ == "for"), None)
    return mark is not None and _subject(c, mark) is not None


def _subject(c: Token, mark: Token) -> Token | None:
    """The clause's own subject, or the name the parser hung on its "for" ("for Algiers")."""
    subj = next((k for k in c.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    return subj or next((k for k in mark.children if k.dep_ == "pobj"), None)


def _for_object(c: Token, obj: Token) -> Token | None:
    """The "for X" phrase of ``obj`` right before ``c`` ("an agreement [for Poland] [to supply]",
    the parser's reading with X the preposition's object), where X is a name."""
    if c.dep_ not in _HUNG or c.head.i != obj.i:
        return None
    if not any(k.dep_ == "aux" and k.lower_ == "to" and k.i < c.i for k in c.children):
        return None
    if any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children):
        return None
    for prep in [*obj.children, *obj.head.children]:
        if prep.dep_ != "prep" or prep.lower_ != "for" or not obj.i < prep.i < c.i:
            continue
        pobj = next((k for k in prep.children if k.dep_ == "pobj"), None)
        if pobj is not None and pobj.pos_ == "PROPN" and pobj.right_edge.i + 2 == c.i:
            return prep
    return None


def agreement_content(sent: Span) -> None:
    """ "signed an agreement for X to supply Y": "to supply" the noun's modifier (advcl), X
    its subject."""
    for verb in tokens_with_lemma(sent, AGREEING):
        obj = next(
            (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in _PACTS), None
        )
        if obj is None:
            continue
        for c in [*verb.children, *obj.children]:
            if _content_clause(c, obj) and not (c.head.i == obj.i and c.dep_ == "relcl"):
                mark = next(k for k in c.children if k.dep_ == "mark" and k.lower_ == "for")
                subj = _subject(c, mark)
                heads, deps = tree_of(sent)
                heads[c.i], deps[c.i] = obj.i, "relcl"
                if subj is not None and subj.head.i == mark.i:
                    heads[subj.i], deps[subj.i] = c.i, "nsubj"
                _write_tree(sent, heads, deps)
                forget(sent.doc)
                return
            prep = _for_object(c, obj)
            if prep is not None:
                pobj = next(k for k in prep.children if k.dep_ == "pobj")
                heads, deps = tree_of(sent)
                heads[c.i], deps[c.i] = obj.i, "relcl"
                heads[prep.i], deps[prep.i] = c.i, "mark"
                heads[pobj.i], deps[pobj.i] = c.i, "nsubj"
                _write_tree(sent, heads, deps)
                forget(sent.doc)
                return
