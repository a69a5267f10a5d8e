"""A sanction announced with its date or its rate is a planned act, not a threat (lex22,
fresh11 class L: "will impose a 30 percent tariff ... from March 1").

A stated future hostile act is coded as the speaker's threat (13x, ``_codebook.future_code``):
"said it would retaliate", "would impose sanctions if X kept blocking". GUIDE rule 4 codes a
future act that is simply scheduled ("will visit next week", "is set to sign") as the act with
`possible`, and rule 7 keeps the threat for a coercive act held out against a party that must
meet a condition. A tariff or sanction announced with the day it starts ("from March 1",
"starting next month") or the rate it will have ("a 30 percent tariff") and no condition is
the measure itself, scheduled: 163 `possible`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._timex import FULL_MONTHS
from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_SANCTION = "163"
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "should", "until"})
_STARTING = frozenset({"start", "begin", "effective"})  # "starting next month"
_CALENDAR = FULL_MONTHS | frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "week", "month", "year", "weekend", "tomorrow", "midnight", "today"}
)  # fmt: skip
_RATES = frozenset({"percent", "per", "%", "percentage"})


def act_verb(f: Found) -> Token:
    """The verb that carries the act: a light verb's noun ("made a visit") answers for its verb."""
    tok = f.tok
    if f.entry.pos == "N" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


def _conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )


# Clauses of their own below the measure's verb: their dates and rates are not the measure's.
_OWN_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "acl"})


def _own_words(verb: Token) -> list[Token]:
    """The tokens of the measure's own clause (not of a clause below it)."""
    out: list[Token] = []
    todo = list(verb.children)
    while todo:
        tok = todo.pop()
        if tok.dep_ in _OWN_CLAUSES and tok.lemma_.lower() not in _STARTING:
            continue
        out.append(tok)
        todo.extend(tok.children)
    return out


def _dated(words: list[Token]) -> bool:
    """ "from March 1", "on Monday", "starting next month": the day the measure starts."""
    return any(t.lower_ in _CALENDAR for t in words)


def _rated(words: list[Token]) -> bool:
    """ "a 30 percent tariff", "tariffs of 25 percent", "raise tariffs to 30 percent"."""
    return any(t.lower_ in _RATES for t in words)


def scheduled_measure(f: Found) -> bool:
    """``f`` is a sanction (163) announced for a date or at a rate, with no condition."""
    if f.code != _SANCTION:
        return False
    verb = act_verb(f)
    if _conditional(verb):
        return False
    words = _own_words(verb)
    return _dated(words) or _rated(words)
