"""The fronted subject of "CAPITAL, for its part, V-ed" is the verb's subject (issue 9,
parties51: fresh25's class B; recurring.md's "actor resolution: it/its").

"Lome, for its part, has kept calm: it freed the Ghanaian traders last week": the parser may read
the fronted capital before the aside as an adverb or a loose modifier, so the clause has no
subject, and the "it" after the colon resolves to the last state that was a subject before
(a comparison's "what Nigeria provides" in the sentence before). The phrase "X, for its part,"
names the clause's subject by its form: the name before it is the subject of the verb the
aside hangs on; "it" after the colon then finds its own sentence's subject first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import forget, sentence_words
from realpolitik.extract._tree_rewrites import _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# What the parser may call a fronted capital ("Lome" read as an adverb); never a stop word.
_NAMES = frozenset({"PROPN", "NOUN", "ADV", "ADJ", "X"})


def fronted_for_its_part(sent: Span) -> None:
    """ "Lome, for its part, has kept calm": "Lome" the subject of "kept"."""
    words = sentence_words(sent)
    if "part" not in words or "its" not in words:
        return  # (most sentences)
    doc = sent.doc
    lows = [t.lower_ for t in doc[sent.start : min(sent.end, sent.start + 10)]]
    if "," not in lows:
        return
    c = sent.start + lows.index(",")
    if c == sent.start or [t.lower_ for t in doc[c + 1 : c + 5]] != ["for", "its", "part", ","]:
        return
    name, for_ = doc[c - 1], doc[c + 1]
    if name.dep_ in _SUBJECTS or name.is_stop or name.pos_ not in _NAMES:
        return
    if name.pos_ != "PROPN" and not name.is_title and name.pos_ != "NOUN":
        return
    verb = for_.head
    if verb.pos_ not in ("VERB", "AUX") or any(k.dep_ in _SUBJECTS for k in verb.children):
        return
    heads, deps = tree_of(sent)
    for k, h in heads.items():
        if h == name.i and k < name.i:
            heads[k] = name.i
    heads[name.i], deps[name.i] = verb.i, "nsubj"
    _write_tree(sent, heads, deps)
    forget(doc)


__all__ = ["fronted_for_its_part"]
