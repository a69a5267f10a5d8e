"""A writer's own recommendation is no act: "Both governments should sign a mining pact before
Beijing locks up the cobalt" (issue 9, clauses43: fresh30's class F; fresh29's G had the same
shape).

An op-ed's "both governments (the two capitals) should V" (or "ought to V") in a sentence of
its own, said by no one the text names, recommends an act to the pair the op-ed is about: it
tells neither a done act, nor an intent, nor a plan of theirs, and the GUIDE codes it as no
event (a trap on the act's key). Advice to one state ("X's prime minister should ease the
checks", fact26's "should not") stays the act, `possible`: the suite's f26 and pr23 rows. Advice someone is reported to give
("X should withdraw, the minister said", "Y said X should V") stays the act, `possible`
(``_advised``, fact26), as does "must" (an obligation may be a state's own). An act in such a
sentence's time clause ("before Beijing locks up ...") is the writer's scene, no news either.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._advised import advised_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

# Auxiliaries of a recommendation (not "must": an obligation may be the doer's own).
_RECOMMENDING = frozenset({"should", "ought"})
# Verbs by which a speaker the text names gives the advice.
_SAYING = frozenset(
    {"say", "tell", "add", "argue", "urge", "write", "insist", "warn", "state", "suggest", "note",
     "believe", "think", "stress", "declare", "recommend"}
)  # fmt: skip
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_TIME_CLAUSE = frozenset({"advcl"})


def writer_advice(tok: Token) -> bool:
    """``tok``'s act is recommended in a sentence of the writer's own (see the module), or is
    the time clause of such a recommendation."""
    modal = advised_verb(tok)
    if modal is None:
        clause = tok if tok.dep_ in _TIME_CLAUSE else None
        if clause is None or clause.head.i == clause.i:
            return False
        modal = advised_verb(clause.head)  # "... before Beijing locks up the cobalt"
        if modal is None or modal.head.dep_ != "ROOT":
            return False
    if modal.lower_ not in _RECOMMENDING:
        return False
    verb = modal.head if modal.dep_ == "aux" else modal
    if verb.dep_ != "ROOT":
        return False
    if any(c.lemma_.lower() in _SAYING for c in verb.children if c.dep_ in ("parataxis", "ccomp")):
        return False  # ("X should withdraw, the minister said")
    if not any(c.dep_ == "nsubj" and _pair(c) for c in verb.children):
        return False
    sent = verb.sent
    return not any(t.text in _QUOTES for t in sent)


# Words by which a subject names a pair ("both governments", "the two capitals").
_PAIR_WORDS = frozenset({"both", "two"})
_PAIR_NOUNS = frozenset(
    {"government", "capital", "country", "state", "nation", "side", "leader", "neighbour",
     "neighbor", "partner", "administration"}
)  # fmt: skip


def _pair(subj: Token) -> bool:
    """ "Both governments", "the two capitals", a bare "both": the op-ed's pair."""
    if subj.lower_ == "both":
        return True
    return subj.lemma_.lower() in _PAIR_NOUNS and any(
        k.lower_ in _PAIR_WORDS for k in subj.children if k.dep_ in ("det", "nummod", "predet")
    )


__all__ = ["writer_advice"]
