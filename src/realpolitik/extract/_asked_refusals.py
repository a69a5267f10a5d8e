"""Whether a "would not V" refuses anything (GUIDE rule 5; clauses33, fresh21 A).

Rule 5: "refused to / would not" is a refusal (12x) only where something was asked of the doer,
a request, demand, proposal or expectation named in the sentence or the story; "would not" + an
act nobody asked for ("her office said she would not apologise") is the act, `negated`. The
refusal was read from the verb alone (``_refusal_folds.fold_refusals``, before the story is
seen), so an apology owed to the other state became a refusal of it, a false assertion.
``refusal_grounded`` keeps the refusal where the verb is held against a condition ("unless /
until / while ..."), where the sentence names another party (a stance toward it, as the wire
gold codes "would not send its ambassador back to Y"), or where something was asked: a verb of
asking or pressing or a request noun in the sentence ("a point the other side had pressed"), or
a request, demand or offer aimed at the doer's state in the story's last sentences;
``unfold_unasked`` gives the rest back their own act, negated.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._conditions import condition_clause
from realpolitik.extract._found import REFUSABLE
from realpolitik.extract._words import REQUEST_ROOTS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties import SentenceParties

# Words by which a sentence names something asked of the doer.
_ASKING_VERBS = frozenset(
    {"ask", "urge", "press", "demand", "request", "call", "appeal", "seek", "insist", "plead",
     "invite", "propose", "offer", "want", "expect", "push", "lobby"}
)  # fmt: skip
_ASKING_NOUNS = frozenset(
    {"request", "demand", "call", "appeal", "plea", "offer", "proposal", "invitation",
     "ultimatum", "expectation", "pressure", "condition", "point", "suggestion", "bid"}
)  # fmt: skip
_OFFERS = "03"  # an offer or proposal of the other state, refused by "would not accept"
_SENTENCES = 3  # the story's last sentences whose acts a refusal may answer


def something_asked(f: Found, ctx: SentenceParties) -> bool:
    """Whether the sentence or the story's last acts ask something of ``f``'s doer."""
    for t in ctx.sent:
        if t.i == f.tok.i:
            continue
        lemma = t.lemma_.lower()
        if (t.pos_ == "VERB" and lemma in _ASKING_VERBS) or (
            t.pos_ == "NOUN" and lemma in _ASKING_NOUNS
        ):
            return True
    doers = _doer_states(f, ctx)
    lo = ctx.index - _SENTENCES
    for act in ctx.earlier:
        if act.trigger // 10_000 < lo or act.background:
            continue
        if act.root not in REQUEST_ROOTS and act.root != _OFFERS:
            continue
        if not doers or (act.target is not None and act.target.country in doers):
            return True
    return False


def _doer_states(f: Found, ctx: SentenceParties) -> frozenset[str]:
    """The states of the refusing verb's subject, as the mentions resolve it (empty: unknown)."""
    tok = f.tok
    while not any(c.dep_ == "nsubj" for c in tok.children) and tok.dep_ in ("xcomp", "conj"):
        tok = tok.head
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return frozenset()
    return frozenset(a.ref.country for a in ctx.actors.resolve(subj) if a.ref.country)


def refusal_grounded(f: Found, ctx: SentenceParties) -> bool:
    """Whether "would not V" may be a refusal: held against a condition, said of (or to)
    another party the sentence names, or answering something asked (see the module). A
    "would not V if Y ..." is none of these: rule 5's hypothetical, even after a request."""
    if _held(f.tok):
        return True
    if _supposed(f.tok):
        return False  # "would not extradite him if he faced political charges" (clauses43, G)
    return _names_other(f, ctx) or something_asked(f, ctx)


# "would not allow / tolerate / accept / permit ...": a stance, read by ``_unasked_refusals``.
_STANCES = frozenset({"allow", "tolerate", "accept", "permit"})


def unfold_unasked(f: Found, ctx: SentenceParties) -> None:
    """Undo the early fold of "would not V" into a refusal (``_refusal_folds.fold_refusals``,
    which cannot see the story) where nothing was asked: the row's act again, its negation
    read as the negated act (GUIDE rule 5; fresh21 A's "would not apologise")."""
    entry = f.entry
    folded = (
        entry.neg
        and entry.pos == "V"
        and f.code[:2] == _REFUSAL
        and entry.cameo[:2] in REFUSABLE
        and f.code != entry.cameo
    )
    if folded and f.tok.lemma_.lower() not in _STANCES and not refusal_grounded(f, ctx):
        f.code = entry.cameo
        f.entry = replace(entry, neg=False)


def _names_other(f: Found, ctx: SentenceParties) -> bool:
    """Whether the sentence names a party other than the doer's state ("said Brazil would
    not send its ambassador back to Israel", "told the BRICS group it would not join the
    bloc", "told Y it would not extradite them"): a stance toward it, which the wire gold codes
    as a refusal held against the other's expectation, as rule 5 allows; the unasked reading
    is kept for a sentence that names no one else ("her office said she would not
    apologise")."""
    doers = _doer_states(f, ctx)
    named = {
        a.ref.country or a.ref.code
        for t in ctx.sent
        if t.pos_ in ("NOUN", "PROPN")
        for a in ctx.actors.resolve(t)
    }
    # (a doer the mentions do not resolve, "officials in X said they ...": two parties named)
    return bool(named - doers) if doers else len(named) > 1


_REFUSAL = "12"


_HELD_MARKS = frozenset({"unless", "until", "till", "while", "as", "so"})


def _held(verb: Token) -> bool:
    """ "would not lift the ban unless Y frees ...", "... while the war continues": a refusal
    held against a condition another party must meet (GUIDE rule 5's note): the condition is
    the expectation refused under, so it stays a refusal. So is "if Y does not ..." (the
    "unless" said with "if"), and "even if ..." (refused whatever happens)."""
    for c in verb.children:
        if c.dep_ != "advcl":
            continue
        for m in c.children:
            if m.dep_ != "mark":
                continue
            if m.lower_ in _HELD_MARKS:
                return True
            if m.lower_ == "if" and (_denied(c) or _even(m, c)):
                return True
    return False


def _denied(clause: Token) -> bool:
    """ "if Y does not drop the charges": the condition clause's own verb negated."""
    return any(k.dep_ == "neg" for k in clause.children)


def _even(mark: Token, clause: Token) -> bool:
    """ "even if he faced no charges": a concession, no condition."""
    return any(
        k.dep_ == "advmod" and k.lower_ == "even" for k in (*clause.children, *mark.children)
    )


def _supposed(verb: Token) -> bool:
    """ "would not hand him over if he faced political charges", "... should the courts find
    ...": the act refused only in a supposed case (a condition marked "if" or an inverted
    one), rule 5's "would not V if Y ..." hypothetical (the lead's ruling on fresh30's Q1), not
    a refusal of the request made (clauses43, fresh30 G)."""
    return any(
        c.dep_ == "advcl"
        and condition_clause(c)
        and not any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in verb.children
    )
