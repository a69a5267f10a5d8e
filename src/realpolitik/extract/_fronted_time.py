"""A fronted date with no comma swallowing the subject (issue 9, fact28: fresh16's OD class).

"On Monday Uruguay again demanded that Argentina release the fishermen": with no comma after
the date and an adverb before the verb, the parser reads "Monday Uruguay" as one noun phrase,
the object of "On", so the verb has no subject and the demand is lost. A weekday or month that
opens the phrase of a sentence-initial "on / in" is a date, never a name's modifier: the date
stays the preposition's object and the noun after it becomes the subject of the verb the
preposition hangs on, when that verb has no subject of its own. The parser's other readings of
the same words are repaired alike: the date and the subject as two objects of "On" ("On March
12 Damascus again rejected ..."), and "On" as the sentence's root with the verb a modifier of
the subject ("On 5 May Jordan's foreign minister once more called on ...").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._clause_repairs import _write_tree, tree_of
from realpolitik.extract._timex import FULL_MONTHS, WEEKDAYS
from realpolitik.extract._tree import forget, sentence_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_OPENERS = frozenset({"on", "in"})
_DATES = FULL_MONTHS | frozenset(WEEKDAYS)
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_VERBS = frozenset({"VERB", "AUX"})
_NOUNS = frozenset({"PROPN", "NOUN"})


def fronted_date_subject(sent: Span) -> None:
    """Split "On Monday Uruguay ..." into the date and the subject of the main verb."""
    if len(sent) < 4 or sent[0].lower_ not in _OPENERS:
        return
    if _DATES.isdisjoint(sentence_words(sent)):
        return  # (most sentences: nothing read past the first word)
    prep = sent[0]
    block = _date_block(sent, prep)
    if not block:
        return
    end = block[-1].i
    subj = next((c for c in prep.children if c.dep_ == "pobj" and c.i > end), None)
    if subj is None or subj.pos_ not in _NOUNS:
        return
    rooted = prep.dep_ == "ROOT"
    verb = _modifier_verb(subj) if rooted else prep.head
    if verb is None or verb.pos_ not in _VERBS or verb.i < subj.i:
        return
    if prep.dep_ not in ("prep", "ROOT") or any(c.dep_ in _SUBJECTS for c in verb.children):
        return  # ("On Monday Uruguay demanded": parsed right)
    date = next(t for t in block if not t.like_num)
    inside = {t.i for t in block}
    heads, deps = tree_of(sent)
    for i, h in heads.items():
        if h in inside and i not in inside and i != subj.i:
            heads[i] = subj.i  # (a word of the subject's phrase hung on the date)
    for t in block:  # ("On 5 May ...", "On May 5 ...": the day hangs on the month)
        heads[t.i] = date.i
    heads[date.i], deps[date.i] = prep.i, "pobj"
    heads[subj.i], deps[subj.i] = verb.i, "nsubj"
    if rooted:  # ("On" read as the root: the verb is)
        for i, h in heads.items():
            if h == prep.i and i not in inside and i != prep.i:
                heads[i] = verb.i
        heads[verb.i], deps[verb.i] = verb.i, "ROOT"
        heads[prep.i], deps[prep.i] = verb.i, "prep"
    _write_tree(sent, heads, deps)
    if rooted and sent.doc[verb.i].tag_ == "VBN":
        sent.doc[verb.i].tag_ = "VBD"  # (a finite verb, as the root it now is)
        forget(sent.doc)  # (a tag changed)


def _date_block(sent: Span, prep: Token) -> list[Token]:
    """The weekday or month right after ``prep``, with a number before or after it ("5 May",
    "May 5"); else []."""
    block: list[Token] = []
    date = None
    for tok in sent[prep.i - sent.start + 1 : prep.i - sent.start + 4]:
        if date is None and tok.lower_ in _DATES and tok.tag_ == "NNP":
            date = tok
        elif not tok.like_num or (date is not None and tok.i > date.i + 1):
            break
        block.append(tok)
    return block if date is not None else []


def _modifier_verb(subj: Token) -> Token | None:
    """The past verb the parser hung on the subject as a modifier, with no subject of its own
    ("[Jordan's foreign minister] once more called on ..."), or None."""
    for c in subj.children:
        if c.dep_ in ("acl", "relcl") and c.i > subj.i and c.tag_ in ("VBD", "VBN"):
            return c
    return None
