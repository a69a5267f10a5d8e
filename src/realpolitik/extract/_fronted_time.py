"""A fronted date with no comma swallowing the subject (issue 9, fact28: fresh16's OD class).

"On Monday Uruguay again demanded that Argentina release the fishermen": with no comma after
the date and an adverb before the verb, the parser reads "Monday Uruguay" as one noun phrase,
the object of "On", so the verb has no subject and the demand is lost. A weekday or month that
opens the phrase of a sentence-initial "on / in" is a date, never a name's modifier: the date
stays the preposition's object and the noun after it becomes the subject of the verb the
preposition hangs on, when that verb has no subject of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._timex import FULL_MONTHS, WEEKDAYS
from realpolitik.extract._tree import sentence_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OPENERS = frozenset({"on", "in"})
_DATES = FULL_MONTHS | frozenset(WEEKDAYS)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_VERBS = frozenset({"VERB", "AUX"})


def fronted_date_subject(sent: Span) -> None:
    """Split "On Monday Uruguay ..." into the date and the subject of the main verb."""
    if len(sent) < 4 or sent[0].lower_ not in _OPENERS:
        return
    if _DATES.isdisjoint(sentence_words(sent)):
        return  # (most sentences: nothing read past the first word)
    prep = sent[0]
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ not in _VERBS or verb.i < prep.i:
        return
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return  # ("On Monday Uruguay demanded": parsed right)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ not in ("PROPN", "NOUN") or pobj.i > verb.i:
        return
    block = _date_block(sent, prep, pobj)
    if not block:
        return
    date = next(t for t in block if not t.like_num)
    for tok in block:  # ("On 5 May ...", "On May 5 ...": the day hangs on the month)
        if tok.i != date.i:
            tok.head = date
    date.head = prep
    date.dep_ = "pobj"
    pobj.head = verb
    pobj.dep_ = "nsubj"


def _date_block(sent: Span, prep: Token, pobj: Token) -> list[Token]:
    """The weekday or month right after ``prep``, with a number before or after it ("5 May",
    "May 5"), when it modifies the noun phrase of ``pobj`` and is not its head; else []."""
    block: list[Token] = []
    date = None
    for tok in sent[prep.i - sent.start + 1 : pobj.i - sent.start]:
        if date is None and tok.lower_ in _DATES and tok.tag_ == "NNP":
            date = tok
        elif not tok.like_num or len(block) > 2:
            break
        block.append(tok)
    if date is None or date.dep_ not in ("compound", "nmod", "poss"):
        return []
    tok = date
    while tok.i != pobj.i:  # (the date must hang inside the subject's phrase)
        if tok.head.i == tok.i or tok.head.i > pobj.i:
            return []
        tok = tok.head
    return block
