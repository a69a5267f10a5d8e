"""A dismissed statement that is a criticism told just before denies a charge (issue 9,
clauses41: fresh29's class F; the lead's ruling Q3).

"Chile's embassy condemned the fishing law, accusing Lima of theft. Peru's minister dismissed
the statement", "... Nairobi rejected the remarks": round 26 reads a rejected or dismissed
criticism, complaint or charge as CAMEO 016 ("discard or deny accusations or charges") aimed at
its maker, never a refusal (12x). A "statement", "remark", "comment" or "words" names what was
said, and where what was said in this sentence or the two before is another state's criticism or
accusation (root 11), the rejection discards that charge: 016 (the gold keeps 120 `opt`). With
no such criticism ("X announced drills. Y rejected the statement") the rejection stays 120.

The criticism may be the same sentence's first clause (clauses43, fresh30 E): "Ghana's embassy
criticised Nigeria's tariff, and Nigeria's ministry dismissed the embassy's statement" (the
acts of this sentence are not yet among the story's, so they are read from its triggers: an
earlier criticism whose doer is another state, aimed at someone or made by the statement's
owner).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._joined_protests import CRITICISM_ROOT, criticism_before

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties._model import SentenceParties

DENIAL = "016"
_REJECTION = "12"
# Verbs of discarding what another said (the 016 rows' verbs for charges).
DISCARDING = frozenset(
    {"dismiss", "reject", "rebuff", "brush", "repudiate", "spurn", "shrug", "wave", "rebut"}
)
# Nouns of what was said, with no charge in their own word.
SAID_WORDS = frozenset(
    {"statement", "statements", "remark", "remarks", "comment", "comments", "word", "words"}
)


def _said_object(f: Found) -> bool:
    return any(
        k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in SAID_WORDS for k in f.tok.children
    )


def dismissed_remark(f: Found, ctx: SentenceParties) -> None:
    """Recode, in place, "Y dismissed / rejected the statement (remarks)" after another state's
    criticism or accusation as Y's denial of that charge (016)."""
    if f.code[:2] != _REJECTION or f.entry.pos != "V":
        return
    if f.tok.lemma_.lower() not in DISCARDING or not _said_object(f):
        return
    subj = next((k for k in f.tok.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return
    own = {a.ref.country for a in ctx.actors.resolve(subj) if a.ref.country}
    if own and (criticism_before(f, ctx, own) or _criticism_here(f, ctx, own)):
        f.code = DENIAL


def _criticism_here(f: Found, ctx: SentenceParties, own: set[str]) -> bool:
    """A criticism by a state other than ``own`` earlier in ``f``'s own sentence, aimed at
    someone or made by the owner of the dismissed statement ("the embassy's statement": the
    owner resolves to the critic's state, or is the critic's own word)."""
    owners = [
        p
        for k in f.tok.children
        if k.dep_ in ("dobj", "nsubjpass") and k.lemma_.lower() in SAID_WORDS
        for p in k.children
        if p.dep_ == "poss"
    ]
    states = {a.ref.country for p in owners for a in ctx.actors.resolve(p) if a.ref.country}
    words = {p.lemma_.lower() for p in owners}
    doc = f.tok.doc
    for i, g in ctx.triggers.items():
        if i >= f.tok.i or g.code[:2] != CRITICISM_ROOT or g.entry.pos != "V":
            continue
        got = ctx.roles_of(g)
        critics = [a for a in got.sources if a.ref.country and a.ref.country not in own]
        if not critics:
            continue
        if got.targets or any(
            a.ref.country in states or doc[a.tok].lemma_.lower() in words for a in critics
        ):
            return True
    return False


__all__ = ["DISCARDING", "SAID_WORDS", "dismissed_remark"]
