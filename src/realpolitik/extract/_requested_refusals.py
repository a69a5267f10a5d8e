"""A "would not" refusal needs something asked (GUIDE rule 5; lex23, fresh12 class RF).

"Italy said it regretted the decision but would not withdraw its funding": nothing was asked
of Italy, so "would not withdraw" is the withdrawal `negated`, not a refusal (12x). "Peru
demanded that the crossing be reopened. Chile said it would not reopen it": the demand of the
story makes the "would not" a refusal. What counts as asked: a request, demand, appeal,
proposal, offer, invitation or expectation named in the sentence, or an earlier act of the
story whose root asks (02 appeal, 10 demand) or whose trigger asks or offers, made by someone
other than the refuser (a state's own offer asks nothing of itself).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._found import REFUSABLE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties import SentenceParties

# Roots of acts that ask something of their target: appeals (02) and demands (10).
_ASKING_ROOTS = frozenset({"02", "10"})
# Words by which a sentence or an earlier act asks, offers or expects.
_ASKING_WORDS = frozenset(
    {"ask", "request", "demand", "urge", "appeal", "call", "plea", "plead", "press", "pressure",
     "offer", "propose", "proposal", "invite", "invitation", "expect", "expectation", "seek",
     "insist", "want", "suggest", "suggestion", "petition", "lobby", "beg", "implore",
     "ultimatum", "order", "tell", "require", "requirement", "condition", "push"}
)  # fmt: skip
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLIMB = frozenset({"conj", "xcomp"})


def _refuser(verb: Token, ctx: SentenceParties) -> frozenset[str]:
    """The countries of the subject of ``verb`` (climbing a conjunct or a control chain:
    "Rome regretted the decision but would not withdraw")."""
    tok = verb
    for _ in range(4):
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subj is not None:
            return frozenset(a.ref.country for a in ctx.actors.resolve(subj) if a.ref.country)
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i:
            break
        tok = tok.head
    return frozenset()


def requested(f: Found, verb: Token, ctx: SentenceParties) -> bool:
    """Whether the story names something asked of the doer of ``f`` (refused by ``verb``'s
    "would not") in this sentence or an earlier one."""
    for tok in ctx.sent:
        if tok.i != f.tok.i and tok.lemma_.lower() in _ASKING_WORDS:
            return True
    refuser = _refuser(verb, ctx)
    return any(
        (act.root in _ASKING_ROOTS or act.lemma in _ASKING_WORDS)
        and act.source.country not in refuser
        for act in ctx.earlier
    )


_REJECT_ROOT = "12"


def unfold_unasked(f: Found, ctx: SentenceParties) -> None:
    """Undo the refusal that ``_folding.fold_refusals`` read from "would not / will not V"
    (a cooperative act) when nothing in the story asked it: the act itself, `negated`."""
    entry = f.entry
    if not entry.neg or entry.pos != "V" or f.code[:2] != _REJECT_ROOT:
        return
    if entry.cameo[:2] not in REFUSABLE or requested(f, f.tok, ctx):
        return  # (a `neg` row of its own, or a refusal of something asked)
    f.code = entry.cameo
    f.entry = replace(entry, neg=False)
