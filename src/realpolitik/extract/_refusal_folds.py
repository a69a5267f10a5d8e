"""Folds of refusals (REJECT, CAMEO 12): rejecting a request to act refuses the act ("rejected
calls to lift sanctions"), a cooperative act the doer says it will not do is a refusal ("will
not join the bloc"), a refusal negated or refused leaves its act open ("did not rule out"),
and the 12 sub-code each refused act takes. Split from :mod:`realpolitik.extract._folding`,
which uses them and re-exports what other modules import from it."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._denied_charge import DENYING_VERBS
from realpolitik.extract._dependents import to_infinitive
from realpolitik.extract._found import (
    REFUSABLE,
    Found,
)
from realpolitik.extract._promised import promised_content

if TYPE_CHECKING:
    from spacy.tokens import Token


_WILL = frozenset({"will", "would", "wo", "'ll", "shall"})
_CONDITION_MARKS = frozenset({"if", "unless", "whether", "lest"})


# Nouns of a request whose infinitive names the act asked for: "rejected calls to lift X".
_REQUEST_NOUNS = frozenset({"call", "demand", "request", "appeal", "plea", "pressure", "proposal"})
REQUEST_NOUNS = _REQUEST_NOUNS


def _fold_rejected_requests(
    found: list[Found], by_tok: dict[int, Found], light: Collection[str]
) -> None:
    """ "Japan rejected calls to lift sanctions on Russia", "rejected calls to hold talks with
    X": rejecting a request to act refuses the act (CAMEO 12, the sub-code from the act, as
    "refused to"), aimed at its party; a light verb passes on its object noun's act."""
    for f in found:
        if f.absorbed or f.entry.pos != "V" or f.code[:2] != "12" or len(f.code) > 3:
            continue
        verbs = [
            c
            for obj in f.tok.children
            if obj.dep_ == "dobj" and obj.lemma_.lower() in _REQUEST_NOUNS
            for c in obj.children
            if c.dep_ in ("relcl", "acl")
            and to_infinitive(c)
        ]  # fmt: skip
        if not verbs and any(
            o.dep_ == "dobj" and o.lemma_.lower() in _REQUEST_NOUNS for o in f.tok.children
        ):  # "rejected appeals to release X": the infinitive hung on the verb, after the noun
            verbs = [c for c in f.tok.children if _asked_infinitive(f.tok, c)]
        acts = [v for v in verbs if v.i in by_tok] + [
            o for v in verbs if v.lemma_.lower() in light
            for o in v.children if o.dep_ == "dobj" and o.i in by_tok
        ]  # fmt: skip
        asked = [by_tok[a.i] for a in acts]
        if asked:
            asked[0].absorbed = True
            asked[0].controller = f
            f.code = refusal_code(asked[0].code)


def _asked_infinitive(verb: Token, c: Token) -> bool:
    """An infinitive after the request noun that the parser hung on the rejecting verb itself
    (xcomp or advcl, no subject of its own): the act the request asks for."""
    return (
        c.dep_ in ("xcomp", "advcl")
        and c.i > verb.i
        and to_infinitive(c)
        and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
    )


def fold_refusals(found: list[Found]) -> None:
    """ "Brazil would not send its ambassador back", "Argentina will not join the bloc": a
    cooperative act the doer says it will not do is a refusal (CAMEO 12, REJECT), asserted, the
    sub-code from the act (:func:`refusal_code`), like "refused to". A plain "did not send"
    stays the act, negated; a conditional ("if it would not") is no refusal; a hostile act
    ("would not attack") is no rejection of cooperation."""
    for f in found:
        if f.absorbed or f.entry.neg or f.code[:2] not in REFUSABLE:
            continue
        tok = f.tok
        if f.entry.pos != "V" or not _negated_here(tok):
            continue
        kids = list(tok.children)
        if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
            continue
        if any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in kids):
            continue
        if promised_content(tok):
            continue
        f.code = refusal_code(f.code)
        f.entry = replace(f.entry, neg=True)  # the row codes the refusal: asserted


def leaves_open(f: Found) -> bool:
    """ "Students did not rule out protests", "refused to rule out sanctions": a refusal negated
    or refused leaves the act open (possible); the act is no mere object of the refusal."""
    if "negctl" not in f.entry.flags or not (_negated_here(f.tok) or _refused_here(f.tok)):
        return False
    # "X did not deny that Y sent troops": no denial, the sending left open (lex14)
    return f.code[:2] == "12" or f.tok.lemma_.lower() in DENYING_VERBS


def _refused_here(tok: Token) -> bool:
    """ "Japan refused to rule out sanctions": refusing to refuse leaves the act open (lex16)."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in _REFUSING


_REFUSING = frozenset({"refuse", "decline"})


def _negated_here(tok: Token) -> bool:
    """A negation on the verb itself ("did not rule out", "would not send")."""
    return any(
        c.dep_ == "neg" or (c.lower_ == "never" and c.dep_ == "advmod") for c in tok.children
    )


# What refusing an act is in CAMEO's 12 (REJECT) branch: "refused to meet" rejects a proposal to
# meet (125), "refused to lift sanctions" refuses to ease them (1244), "refused to release the
# crew" refuses to release persons (1243). Most specific code first; the 12 root otherwise.
_REFUSAL = (
    ("045", "126"), ("046", "125"), ("04", "125"), ("057", "127"), ("0611", "1211"),
    ("061", "1211"), ("062", "1212"), ("071", "1221"), ("072", "1222"), ("073", "1223"),
    ("074", "1224"), ("07", "122"), ("06", "121"), ("081", "1241"), ("084", "1243"),
    ("085", "1244"), ("086", "1245"), ("087", "1246"), ("08", "124"),
)  # fmt: skip


def refusal_code(code: str) -> str:
    """The CAMEO rejection code for refusing the act ``code`` ("refused to meet" -> 125)."""
    return next((r for prefix, r in _REFUSAL if code.startswith(prefix)), "120")
