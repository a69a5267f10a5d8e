"""The helped party of "help Y fight Z", read back from a compound (issue 9, the wrong party).

"Kenya sent troops to help Uganda('s army) fight rebels backed by Sudan": the parser often reads
the bare verb as a compound of the noun after it ("fight rebels"), with the helped party its
subject or a possessor of that noun ("Uganda's army fight insurgents": "Uganda" the possessor
of "insurgents"). The help then has the rebels as its object, and the sending or pledge is aimed
at them, or at their backer (the embedded clause's party). After a verb of helping, a bare verb
of fighting read as such a compound is the help's complement again: the words before it the
help's object (the helped party), the noun after it the fight's object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._tree import sentence_words, tokens_with_form
from realpolitik.extract._tree_rewrites import _as_verb, _write_tree, tree_of

if TYPE_CHECKING:
    from spacy.tokens import Span

_HELP = frozenset({"help", "helps", "helped", "helping", "assist", "assisted", "assisting"})
# Bare verbs of fighting an enemy ("help Y defeat the rebels").
_FIGHT = frozenset(
    {"fight", "defeat", "counter", "battle", "combat", "repel", "crush", "confront", "tackle",
     "rout", "beat", "contain"}
)  # fmt: skip
_NOMINAL = frozenset({"NOUN", "PROPN"})


def helped_fight(sent: Span) -> None:
    """ "help Uganda fight rebels" with "fight" a compound of "rebels": "Uganda" the object
    of "help", "fight" its open complement, "rebels" the fight's object."""
    words = sentence_words(sent)
    if words.isdisjoint(_HELP) or words.isdisjoint(_FIGHT):
        return
    doc = sent.doc
    for word in tokens_with_form(sent, _FIGHT):
        noun = word.head
        if word.dep_ != "compound" or noun.i <= word.i or noun.pos_ not in _NOMINAL:
            continue
        help_ = noun.head
        if noun.dep_ != "dobj" or help_.lower_ not in _HELP or help_.i >= word.i - 1:
            continue
        helped = doc[word.i - 1]
        if helped.pos_ not in _NOMINAL or word.tag_ not in ("VB", "NN", "VBP"):
            continue
        heads, deps = tree_of(sent)
        for t in doc[help_.i + 1 : helped.i]:
            if not help_.i < heads[t.i] <= helped.i:
                heads[t.i] = helped.i  # ("Uganda's army": the army's possessor)
        heads[helped.i], deps[helped.i] = help_.i, "dobj"
        heads[word.i], deps[word.i] = help_.i, "xcomp"
        heads[noun.i], deps[noun.i] = word.i, "dobj"
        _write_tree(sent, heads, deps)
        word.tag_ = "VB"
        _as_verb(word)
        return
