"""Two titled leaders in one phrase: "talks between Kenyan President William Ruto and Ugandan
President Yoweri Museveni", "between King Abdullah and King Salman" (leftovers23).

With a demonym before the first title the parser reads the first name as an apposition of its
title ("President", appos "Ruto") and hangs the second leader on that name as its conjunct, so
the phrase's head ("President") has no conjunct and the pair is read as one state. The second
leader is the title's conjunct, as in "between A and B".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._person_refs import OFFICE_WORDS
from realpolitik.extract._tree import sentence_forms, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span

_AND = frozenset({"and"})


def titled_apposition_conjunct(sent: Span) -> None:
    """The conjunct hung on a title's apposed name moves to the title (see the module doc)."""
    forms = sentence_forms(sent)
    if _AND.isdisjoint(forms) or OFFICE_WORDS.isdisjoint(forms):
        return
    tree: tuple[dict[int, int], dict[int, str]] | None = None  # (read at the first move)
    for title in tokens_with_form(sent, OFFICE_WORDS):  # (the titles alone, not every word)
        for name in title.rights:
            if name.dep_ != "appos" or any(t.text == "," for t in sent.doc[title.i : name.i]):
                continue  # ("the president, Ruto, and ...": a set-off apposition keeps its own)
            for k in name.children:
                if k.dep_ in ("conj", "cc") and k.i > name.i:
                    tree = tree or tree_of(sent)
                    tree[0][k.i] = title.i
    if tree is not None:
        _write_tree(sent, *tree)


__all__ = ["titled_apposition_conjunct"]
