"""A sentence-initial "they" after two states named as one subject (leftovers41, issue 9).

"Mali and Niger condemned France. They recalled their ambassadors": "they" is both states, the
joint doers, never the first of the pair by position alone (main read it as Mali only). Only a
"they" that opens its clause's sentence (no noun before it but a day or time) and a previous sentence whose main
subject is a coordination of states count; anything else stays with the pronoun chain.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from realpolitik.extract._dependents import conjuncts
from realpolitik.extract._mention_parts import Arg
from realpolitik.extract.confidence import REFERRED

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
_TIMES = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
     "yesterday", "day", "week", "month", "year", "morning", "afternoon", "evening", "night",
     "weekend", "january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december", "days", "weeks", "months", "hours"}
)  # fmt: skip


def _named_before(t: Token) -> bool:
    """A noun before "they" that it could refer to ("On Monday they": a day, none)."""
    return t.pos_ in _NOMINAL and t.lower_ not in _TIMES


def previous_pair(tok: Token, resolve: Callable[[Token], list[Arg]]) -> list[Arg]:
    """The states of the previous sentence's coordinated subject, as "they" (``tok``)."""
    if tok.lower_ != "they" or tok.dep_ != "nsubj":
        return []
    sent = tok.sent
    if sent.start == 0 or any(_named_before(t) for t in tok.doc[sent.start : tok.i]):
        return []
    prev = tok.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in _SUBJECTS), None)
    if subj is None:
        return []
    others = conjuncts(subj)
    if not others:
        return []
    got = [a for x in (subj, *others) for a in resolve(x)]
    codes = {a.ref.code for a in got}
    if len(got) < 2 or len(codes) != len(got) or not all(a.ref.country for a in got):
        return []
    return [Arg(replace(a.ref, text=tok.text), REFERRED, tok.i) for a in got]
