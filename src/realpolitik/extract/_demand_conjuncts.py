"""A past-tense predicate after a demand's bare clause belongs to the demand's subject (issue 9,
parties51: fresh25's class F; recurring.md's "coordinated predicates").

"Ghana's ministry demanded that Lome free the traders and asked for a list of those held":
the parser hangs "asked" on "free" as its conjunct, so the request sits inside the demanded
content, is folded into the demand and names no asker. A clause under a verb of demanding is
in the bare (subjunctive) form ("that Lome free"); a conjunct of it in the past tense with no
subject of its own cannot be part of it: it is the second predicate of the demanding verb,
and hangs on it (its "and" with it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_lemma
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

# Verbs whose "that" clause takes the bare form: "demanded that Y free", "insisted that Y leave".
_DEMANDING = frozenset({"demand", "insist", "urge", "request", "ask", "recommend", "propose"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})
# The bare form as tagged ("that Lome free": VB, or VBP for a plural-looking present).
_BARE = frozenset({"VB", "VBP"})


def demand_conjunct(sent: Span) -> None:
    """ "demanded that Y free the men and asked for a list": "asked" the demand's conjunct."""
    if _DEMANDING.isdisjoint(sentence_words(sent)) or "and" not in sentence_words(sent):
        return  # (most sentences: no verb of demanding, no word read)
    for verb in tokens_with_lemma(sent, _DEMANDING):
        if verb.pos_ != "VERB" or verb.tag_ != "VBD":
            continue
        for clause in verb.children:
            if clause.dep_ != "ccomp" or clause.tag_ not in _BARE or clause.i < verb.i:
                continue
            if not any(k.dep_ == "mark" for k in clause.children):
                continue  # ("demanded that": the bare form is the subjunctive's)
            for conj in clause.children:
                if conj.dep_ != "conj" or conj.tag_ != "VBD" or conj.i < clause.i:
                    continue
                if any(k.dep_ in _SUBJECTS for k in conj.children):
                    continue
                cc = [k for k in clause.children if k.dep_ == "cc" and k.i < conj.i]
                heads, deps = tree_of(sent)
                heads[conj.i] = verb.i
                for k in cc[-1:]:
                    heads[k.i] = verb.i
                _write_tree(sent, heads, deps)
                return


__all__ = ["demand_conjunct"]
