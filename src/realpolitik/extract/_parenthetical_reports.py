"""An attribution set off by commas between a modal and its verb: "Peru may, two officials said,
expel Chilean diplomats" (leftovers23).

The parser reads such a sentence as anything but a modal clause: the subject a compound of the
modal, the verb an adjective of its object ("expel Chilean diplomats" as "the expel
diplomats"), so the act is lost or has no parties. Without the parenthetical the clause parses
as written ("Peru may expel Chilean diplomats"): that reading replaces the clause's, and the
parenthetical's speech verb hangs on the verb as its parataxis (the attribution still reads as
a report; the modal keeps the act `possible`, GUIDE rule 4's layering). Only where the word
after the parenthetical is no verb in the parse, and the re-parse makes it one with the modal
as its auxiliary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._tree import forget, sentence_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MODALS = frozenset({"may", "might", "could", "would", "will", "should", "must", "can"})
_SPEECH = frozenset({"said", "say", "says", "told", "according", "added", "warned", "noted"})
_SPAN = 10  # the longest parenthetical read ("two senior officials said on Monday")


def parenthetical_after_modal(sent: Span) -> None:
    """ "Peru may, two officials said, expel Chilean diplomats": re-parsed without the
    parenthetical (see the module doc)."""
    words = sentence_words(sent)
    if _SPEECH.isdisjoint(words) or _MODALS.isdisjoint(words):
        return
    doc = sent.doc
    for m in sent[:-3]:
        if m.lower_ not in _MODALS or doc[m.i + 1].text != ",":
            continue
        close = _closing_comma(sent, m.i + 1)
        if close is None or close + 1 >= sent.end:
            continue
        after = doc[close + 1]
        subject = any(c.dep_ == "nsubj" for c in after.children)
        if after.pos_ in ("VERB", "AUX") and m.head.i == after.i and subject:
            continue  # (read as written: the verb, its modal and its subject)
        _reparse(sent, m, close)
        return


def _closing_comma(sent: Span, open_: int) -> int | None:
    """The comma that closes the parenthetical opened at ``open_`` when it holds a speech
    word; None otherwise."""
    doc = sent.doc
    speech = False
    for t in doc[open_ + 1 : min(open_ + 1 + _SPAN, sent.end)]:
        if t.text == ",":
            return t.i if speech else None
        speech = speech or t.lower_ in _SPEECH
    return None


def _reparse(sent: Span, modal: Token, close: int) -> None:
    from realpolitik.extract._nlp import load_nlp  # (_nlp runs this repair: imported late)

    doc = sent.doc
    kept = [t for t in sent if not modal.i < t.i <= close]
    alone = load_nlp()(" ".join(t.text for t in kept))
    if len(alone) != len(kept):
        return
    at = {t.i: k for k, t in enumerate(kept)}
    new_modal = alone[at[modal.i]]
    verb = new_modal.head
    if new_modal.dep_ != "aux" or verb.pos_ != "VERB" or kept[verb.i].i != close + 1:
        return
    heads, deps = tree_of(sent)
    for new, old in zip(alone, kept, strict=True):
        if new.head.i == new.i:
            heads[old.i], deps[old.i] = old.i, "ROOT"
        else:
            heads[old.i], deps[old.i] = kept[new.head.i].i, new.dep_
        if new.pos_ != old.pos_ and (new.pos_ == "VERB" or old.pos_ in ("VERB", "AUX")):
            old.tag_, old.pos_, old.lemma_ = new.tag_, new.pos_, new.lemma_
    said = next((t for t in doc[modal.i + 1 : close] if t.lower_ in _SPEECH), None)
    top = kept[verb.i].i
    for t in doc[modal.i + 1 : close + 1]:
        if said is not None and t.i != said.i and not modal.i < t.head.i <= close:
            heads[t.i] = said.i  # (the commas, and anything hung outside, on the speech verb)
        if said is not None and t.i == said.i:
            heads[t.i], deps[t.i] = top, "parataxis"
    _write_tree(sent, heads, deps)
    forget(doc)


__all__ = ["parenthetical_after_modal"]
