"""A departure "for" a place followed by its purpose (leftovers42): "Chadian troops left for
Niger to help defend it", "the contingent headed for Haiti to restore order". The parser reads
"for Niger to help" as a for-to clause, Niger the subject of "help", so the troops' going is
lost and the help becomes Niger's own act; or it hangs the purpose as an adverbial clause,
outside the departure's phrase. After a verb of departure, a "for" marking a clause whose
subject is a name right after it is the departure's goal: "for" is re-hung on the verb with the
name as its object; and the purpose infinitive (no subject, no marker of its own) is read as
the departure's complement, where its rows see it (``after=help|defend``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import sentence_words, tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_DEPARTING = frozenset({"leave", "head", "depart", "sail", "fly"})


def departure_goal(sent: Span) -> None:
    """Re-hang "left for NAME to V" (see the module doc)."""
    words = sentence_words(sent)
    if "for" not in words or _DEPARTING.isdisjoint(words):
        return  # (most sentences: no token walked)
    for verb in tokens_with_lemma(sent, _DEPARTING):
        if verb.pos_ != "VERB":
            continue
        heads, deps = tree_of(sent)
        changed = False
        for c in verb.children:
            if c.dep_ != "advcl" or c.i < verb.i or not _to_infinitive(c):
                continue
            mark = next((g for g in c.children if g.dep_ == "mark" and g.lower_ == "for"), None)
            subj = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if mark is not None and subj is not None:
                if subj.left_edge.i != mark.i + 1 or subj.pos_ != "PROPN":
                    continue
                heads[mark.i], deps[mark.i] = verb.i, "prep"
                heads[subj.i], deps[subj.i] = mark.i, "pobj"
            elif mark is not None or subj is not None or not _goal_for(verb):
                continue
            deps[c.i] = "xcomp"  # (the purpose, in the departure's phrase)
            changed = True
        if changed:
            _write_tree(sent, heads, deps)
            return


def _to_infinitive(c: Token) -> bool:
    return c.tag_ == "VB" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)


def _goal_for(verb: Token) -> bool:
    """ "left for Haiti": the departure's "for" goal before the purpose."""
    return any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
