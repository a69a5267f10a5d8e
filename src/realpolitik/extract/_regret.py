"""Regret for a situation is remorse, not criticism (practice1, issue 9 round 16).

"Malaysia expressed regret over the death of an Indonesian migrant", "voiced regret over the
incident": CAMEO 055 is "express regret or remorse for an action or situation"; the lexicon's
"expressed regret over X" row (111) is written for regret over another's decision, and read
with a death or an incident it made the speaker criticise the victims' state. The "over" phrase
hangs on the noun or on its light verb ("expressed regret on Friday over ..."), which a row's
``after=`` condition (the noun's own phrase) does not see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree_rewrites import relabel

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties._model import SentenceParties

APOLOGY = "055"
_CRITICISM = "111"
_REGRET = "regret"
_ABOUT = frozenset({"over", "for", "at", "about"})
# What a state regrets when it regrets a situation rather than another's decision.
SITUATIONS = frozenset(
    {
        "death", "loss", "incident", "accident", "tragedy", "casualty", "injury", "shooting",
        "killing", "mistake", "error",
    }
)  # fmt: skip


def regret_code(tok: Token, code: str) -> str:
    """055 for the noun "regret" coded 111 (or 055) whose over/for/at/about object is a situation. A
    phrase the parser hung on the light verb ("expressed deep regret on Monday over the death of
    a Y fisherman") is moved under the noun, whose phrase then names the victims' state as the
    target, as it does when the parser attaches it there."""
    if code not in (_CRITICISM, APOLOGY) or tok.lemma_.lower() != _REGRET or tok.pos_ != "NOUN":
        return code
    holders = [tok, tok.head] if tok.dep_ == "dobj" else [tok]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in _ABOUT or p.i < tok.i:
                continue
            if any(q.dep_ == "pobj" and q.lemma_.lower() in SITUATIONS for q in p.children):
                if h is not tok:
                    relabel(p, head=tok)
                return APOLOGY
    return code


# How far back a bare regret looks for the deed it answers (this sentence and the two before).
_REGRET_SENTENCES = 2
_DEED_ROOTS = frozenset({"16", "17", "18", "19", "20"})


def own_deed_regret(f: Found, ctx: SentenceParties) -> None:
    """Recode, in place, a bare "expressed (deep) regret" (111: no "over / for / to" phrase)
    as an apology (055) where the latest deed of force or coercion told in this sentence or
    the two before was done by the regretting state itself ("Indonesian police shot an Egyptian
    fisherman. Jakarta expressed deep regret"); after another state's act against it the
    regret stays disapproval of that act (111; clauses41, fresh29's class E)."""
    tok = f.tok
    if f.code != _CRITICISM or f.entry.pos != "N" or tok.lemma_.lower() != _REGRET:
        return
    if f.entry.prep or tok.dep_ != "dobj":
        return
    subj = next((k for k in tok.head.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return
    own = {a.ref.country for a in ctx.actors.resolve(subj) if a.ref.country}
    if not own:
        return
    for act in reversed(ctx.earlier):
        back = ctx.index - act.trigger // 10_000
        if back < 0 or back > _REGRET_SENTENCES or act.background:
            continue
        if act.root in _DEED_ROOTS:
            if act.source.country in own:
                f.code = APOLOGY
            return
