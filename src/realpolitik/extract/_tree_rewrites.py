"""Re-hanging a sentence's parse: the steps every parse repair takes to write its new tree.

A repair reads the sentence's heads and labels (``tree_of``), moves words (``take_place``: a
misread word back at the head of its clause) and writes them at once (``_write_tree``), so the
parse's links are rebuilt from the heads; ``_as_verb`` makes a word misread as an auxiliary a
verb again. Re-exported by ``_clause_repairs``, where the repairs import them.

A repair that moves one word or two writes it with ``relabel``, never ``tok.dep_ = ...`` or
``tok.head = ...`` itself: the labels read of a sentence are kept (``_tree.sentence_deps``)
until a write drops them, and ``relabel`` and ``_write_tree`` are the only writes
(``tests/extract/test_speed34.py`` fails on any other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

# At run time: a class compiled by mypyc reads its fields' types (scripts/compile_rules.py).
from spacy.strings import StringStore

from realpolitik.extract._tree import forget, moved

if TYPE_CHECKING:
    from spacy.tokens import Span, Token
    from thinc.types import Ints2d


class _Labels(dict[int, str]):
    """Dependency label by hash (a label's hash is a function of the label: one table serves
    every parse; a miss asks the vocabulary of the parse at hand)."""

    strings: StringStore | None = None

    def __missing__(self, key: int) -> str:
        assert self.strings is not None
        value = self[key] = self.strings[key]
        return value


_LABELS = _Labels()
_HEAD_DEP: list[int | str] = []  # (HEAD, DEP by id, read at the first call: no spaCy import before)


def tree_of(sent: Span) -> tuple[dict[int, int], dict[int, str]]:
    """A sentence's heads and labels as they stand, for a repair to edit and ``_write_tree``.
    Read from the parse's arrays (a repair asks some 2,000 times per 30,000 words; a Token per
    word and per head, and a label string per word, cost five times as much)."""
    if not _HEAD_DEP:
        from spacy.attrs import DEP, HEAD

        _HEAD_DEP.extend((HEAD, DEP))
    _LABELS.strings = sent.doc.vocab.strings
    arr = sent.doc.to_array(_HEAD_DEP)[sent.start : sent.end]
    lo = sent.start
    # (heads relative to the token, stored unsigned: read back signed)
    heads = {i: i + h for i, h in enumerate(arr[:, 0].view("int64").tolist(), lo)}
    labels = _LABELS
    return heads, {i: labels[d] for i, d in enumerate(arr[:, 1].tolist(), lo)}


def relabel(tok: Token, dep: str | None = None, head: Token | None = None) -> None:
    """Hang ``tok`` under ``head`` (where given), then label it ``dep`` (where given): the one
    place a token's head or label is set one at a time (spaCy rebuilds the links around the
    moved token), so that the labels kept of its sentence are dropped with each change."""
    if head is not None:
        tok.head = head
    if dep is not None:
        tok.dep_ = dep
    moved(tok.doc)


def take_place(heads: dict[int, int], deps: dict[int, str], new: Token, old: Token) -> None:
    """``new`` hangs where ``old`` hung, with its label (the root where ``old`` was the root):
    the step of every repair that puts a misread word back at the head of its clause."""
    if old.head.i == old.i:
        heads[new.i], deps[new.i] = new.i, "ROOT"
    else:
        heads[new.i], deps[new.i] = old.head.i, old.dep_


def _write_tree(sent: Span, heads: dict[int, int], deps: dict[int, str]) -> None:
    """Write a sentence's new heads and labels at once: the parse's links (children, edges)
    are rebuilt from the heads, which re-hanging one token at a time leaves stale."""
    import numpy as np
    from spacy.attrs import DEP, HEAD

    doc = sent.doc
    arr = np.asarray(doc.to_array([HEAD, DEP]), dtype=np.uint64)
    labels = doc.vocab.strings
    for i in range(sent.start, sent.end):
        arr[i, 0] = np.int64(heads[i] - i).astype(np.uint64)
        arr[i, 1] = labels.add(deps[i])
    doc.from_array([HEAD, DEP], cast("Ints2d", arr))
    moved(doc)


def _as_verb(tok: Token) -> None:
    """A word the tagger read as an auxiliary made a verb again, with the verb's lemma."""
    from realpolitik.extract._nlp import load_nlp
    from realpolitik.extract._verb_lemmas import repaired_lemma

    tok.pos_ = "VERB"
    lemmas = load_nlp().get_pipe("lemmatizer").rule_lemmatize(tok)  # type: ignore[attr-defined]
    if lemmas:
        tok.lemma_ = lemmas[0]
    tok.lemma_ = repaired_lemma(tok) or tok.lemma_
    forget(tok.doc)


def hang_infinitive(
    sent: Span,
    heads: dict[int, int],
    deps: dict[int, str],
    carrier: Token,
    to: Token,
    word: Token,
    obj: Token,
) -> None:
    """Write "CARRIER to WORD OBJ" as a verb's infinitive complement: the repairs that find a
    verb the tagger read as a noun or adjective after "to" ("yet to voice concern", "is set to
    expel Y's envoy") all end in this one shape, then a verb's tag and lemma for the word."""
    heads[word.i], deps[word.i] = carrier.i, "xcomp"
    heads[to.i], deps[to.i] = word.i, "aux"
    heads[obj.i], deps[obj.i] = word.i, "dobj"
    _write_tree(sent, heads, deps)
    to.tag_, to.pos_ = "TO", "PART"
    word.tag_ = "VB"
    _as_verb(word)
