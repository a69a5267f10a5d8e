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

from realpolitik.extract._words import LIGHT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_SANCTION = "163"
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "should", "until"})
_START_PREPS = frozenset({"from", "on", "in", "by", "as"})
_STARTING = frozenset({"start", "begin", "effective"})  # "starting next month"
_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "week", "month", "year", "weekend", "tomorrow", "midnight", "today"}
)  # fmt: skip
_RATES = frozenset({"percent", "per", "%", "percentage"})


def _verb(f: Found) -> Token:
    tok = f.tok
    if f.entry.pos == "N" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in LIGHT_VERBS:
        return tok.head
    return tok


def _conditional(verb: Token) -> bool:
    return any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    )


def _dated(verb: Token) -> bool:
    """ "from March 1", "on Monday", "starting next month": the day the measure starts."""
    for c in verb.children:
        starts = (c.dep_ == "prep" and c.lower_ in _START_PREPS) or (
            c.dep_ in ("advcl", "prep", "acl") and c.lemma_.lower() in _STARTING
        )
        if (c.dep_ == "npadvmod" or starts) and any(t.lower_ in _CALENDAR for t in c.subtree):
            return True
    return False


def _rated(verb: Token) -> bool:
    """ "a 30 percent tariff", "tariffs of 25 percent": the rate the measure will have."""
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass") and any(t.lower_ in _RATES for t in c.subtree):
            return True
    return False


def scheduled_measure(f: Found) -> bool:
    """``f`` is a sanction (163) announced for a date or at a rate, with no condition."""
    if f.code != _SANCTION:
        return False
    verb = _verb(f)
    return not _conditional(verb) and (_dated(verb) or _rated(verb))
