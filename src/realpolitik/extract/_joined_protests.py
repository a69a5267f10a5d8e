"""A state that "joined the protest" of the sentence before joins a criticism, not a street
demonstration, and its "in a separate statement" is how it said so (issue 9, parties54:
fresh28's class A).

"Chile condemned Peru for expanding its catch. Ecuador joined the protest in a separate
statement": the lexicon's bare "protest" noun is a demonstration (140), read here as the
joiner's criticism (111) where a state joins it and the story told another state's criticism
(root 11) in this sentence or the two before; the party stage ``joined_protests`` aims it at
that criticism's target. The "statement" of a manner phrase hung on the verb that carries such
an act noun is no act of its own (it gave Z -> none 010).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from realpolitik.extract._triggers import Found
    from realpolitik.extract.parties._model import SentenceParties

JOINING = frozenset({"join"})
_PROTEST_NOUNS = frozenset({"protest", "protests", "outcry"})
_DEMONSTRATION = "14"
CRITICISM = "111"
CRITICISM_ROOT = "11"
SENTENCES_BACK = 2
_STATEMENTS = frozenset({"statement", "communique", "communiqué"})
_MANNER = frozenset({"in"})


def joined_noun(f: Found) -> bool:
    """``f`` is a noun trigger that is the object of "join" ("joined the protest")."""
    t = f.tok
    return f.entry.pos == "N" and t.dep_ == "dobj" and t.head.lemma_.lower() in JOINING


def criticism_before(f: Found, ctx: SentenceParties, own: set[str]) -> bool:
    """The story told a criticism by a state other than ``own`` in this sentence or the two
    before."""
    for act in ctx.earlier:
        back = ctx.index - act.trigger // 10_000
        near = 0 <= back <= SENTENCES_BACK and act.root == CRITICISM_ROOT
        other = bool(act.source.country) and act.source.country not in own
        if near and other and act.target is not None:
            return True
    return False


def joined_protest(f: Found, ctx: SentenceParties) -> None:
    """Recode, in place, "Z joined the protest" after another state's criticism as Z's
    criticism (111)."""
    if f.code[:2] != _DEMONSTRATION or f.tok.lower_ not in _PROTEST_NOUNS or not joined_noun(f):
        return
    subj = next((k for k in f.tok.head.children if k.dep_ == "nsubj"), None)
    if subj is None:
        return
    got = [a for a in ctx.actors.resolve(subj) if a.ref.country]
    own = {a.ref.country for a in got if a.ref.country}
    if own and criticism_before(f, ctx, own):
        f.code = CRITICISM


def manner_statement(f: Found, by_tok: dict[int, Found]) -> bool:
    """ "joined the protest in a separate statement": the statement noun of an "in" phrase on a
    verb whose object is an act noun is how the act was made, no act of its own."""
    t = f.tok
    if f.entry.pos != "N" or t.lemma_.lower() not in _STATEMENTS or t.dep_ != "pobj":
        return False
    prep = t.head
    if prep.lower_ not in _MANNER or prep.dep_ != "prep":
        return False
    verb = prep.head
    return any(k.dep_ == "dobj" and k.i in by_tok for k in verb.children)


__all__ = ["joined_protest", "manner_statement"]
