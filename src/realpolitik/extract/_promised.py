"""What a promise rules out: "Nepal assured China that it would not let its soil be used for
attacks on it" (issue 9, clause10: class F of fresh3's review).

A "would not" clause is a refusal (CAMEO 12) when its doer states it, but under a verb of
promise or assurance it is what is promised: the promise is the act (03x), the refusal reading
does not run there (``_folding.fold_refusals``, ``_codebook.refusal``), and the acts named inside
the ruled-out clause ("attacks on China") are negated, never asserted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import doc_forms

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._found import Found

# Verbs of promise and assurance: a "would not" clause they govern is what they promise.
ASSURING = frozenset(
    {"assure", "reassure", "pledge", "promise", "vow", "guarantee", "swear", "undertake"}
)


def promised_content(verb: Token) -> bool:
    """ "Nepal assured China that it would not let its soil be used against it", "pledged that
    it would not join the bloc": the "would not" clause is the content of a promise (03x, its
    target the content's), not a refusal (12x) of anyone."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "... would not join the bloc and would not host bases"
    return verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in ASSURING


_WILL_NOT = frozenset({"will", "would", "wo", "shall"})
_NOT = frozenset({"not", "n't"})
_CLIMB = 6  # arcs from an act up to the ruled-out clause ("let its soil be used for attacks")


def rule_out_promised(found: list[Found]) -> None:
    """ "pledged that it would not let its soil be used for attacks on China": an act named
    inside a negated future clause that a promise governs is promised not to happen, negated
    (the clause's own verb, when a trigger, keeps its reading: a negated act)."""
    if not found:
        return
    forms = doc_forms(found[0].tok.doc)  # (the gate: no "would not" in the parse, no walk)
    if forms.isdisjoint(_NOT) or forms.isdisjoint(_WILL_NOT):
        return
    for f in found:
        t = f.tok
        for _ in range(_CLIMB):
            if t.head.i == t.i:
                break
            t = t.head
            if _ruled_out(t):
                f.negated = True
                break


def _ruled_out(verb: Token) -> bool:
    """A "would not" clause under a promise ("assured X that it would not let ...")."""
    if not promised_content(verb):
        return False
    kids = list(verb.children)
    return any(c.dep_ == "neg" for c in kids) and any(
        c.dep_ == "aux" and c.lower_ in _WILL_NOT for c in kids
    )
