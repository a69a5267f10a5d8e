"""A dismissed statement that is a criticism told just before denies a charge (issue 9,
clauses41: fresh29's class F; the lead's ruling Q3).

"Chile's embassy condemned the fishing law, accusing Lima of theft. Peru's minister dismissed
the statement", "... Nairobi rejected the remarks": round 26 reads a rejected or dismissed
criticism, complaint or charge as CAMEO 016 ("discard or deny accusations or charges") aimed at
its maker, never a refusal (12x). A "statement", "remark", "comment" or "words" names what was
said, and where what was said in this sentence or the two before is another state's criticism or
accusation (root 11), the rejection discards that charge: 016 (the gold keeps 120 `opt`). With
no such criticism ("X announced drills. Y rejected the statement") the rejection stays 120.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._joined_protests import criticism_before

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
    if own and criticism_before(f, ctx, own):
        f.code = DENIAL


__all__ = ["DISCARDING", "SAID_WORDS", "dismissed_remark"]
