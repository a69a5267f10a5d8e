"""Parse repair of the adjective "firm" tagged as a noun (leftovers30): in "Germany gave
Poland firm guarantees of support", "offered firm assurances", the tagger may read "firm" as a
noun modifying the act noun, and the noun's owner stages then take that noun for the act's
doer, a business (---BUS), in place of the giver. "Firm" right before an act or stance noun,
with no determiner or modifier of its own, is the adjective (firm = resolute): it becomes an
adjectival modifier, which names no actor ("a firm commitment" was already read so). A
business stays a noun where it is one: "the firm", "a Ugandan construction firm", "the firm's
assets", "firm executives". Called by :func:`realpolitik.extract._nlp.repair_parse`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_lowers, tokens_with_form

if TYPE_CHECKING:
    from spacy.tokens import Span

# Nouns of an act, an undertaking or a stance that "firm" qualifies as an adjective.
_ACT_NOUNS = frozenset(
    {"guarantee", "assurance", "commitment", "pledge", "promise", "support", "backing",
     "stance", "position", "stand", "opposition", "rejection", "denial", "warning", "response",
     "message", "signal", "answer", "line", "action", "measure", "step", "resolve", "offer",
     "proposal", "deadline", "date", "timetable", "agreement", "deal", "decision", "plan",
     "undertaking", "security", "condemnation", "demand", "request", "refusal", "no"}
)  # fmt: skip
_WORDS = frozenset({"firm", "firmer"})


def firm_adjective(sent: Span) -> None:
    """ "firm guarantees", "firm assurances": "firm" read as a noun before an act noun is the
    adjective (see the module doc)."""
    if _WORDS.isdisjoint(sentence_lowers(sent)):
        return
    changed = False
    heads, deps = tree_of(sent)
    for tok in tokens_with_form(sent, _WORDS):
        if tok.lower_ not in _WORDS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok.head
        if head.i != tok.i + 1 or head.pos_ != "NOUN" or head.lemma_.lower() not in _ACT_NOUNS:
            continue
        if tok.dep_ not in ("compound", "amod", "nmod") or any(True for _ in tok.children):
            continue
        deps[tok.i] = "amod"
        tok.tag_, tok.pos_, tok.lemma_ = "JJ", "ADJ", tok.lower_
        changed = True
    if changed:
        _write_tree(sent, heads, deps)
        forget(sent.doc)  # (a tag changed)
