"""Future acts told as a forecast or a schedule keep their own code (issue 9, clauses34:
fresh22's class B, the narrow part of the future-act convention conflict).

A stated future act is read as its doer's intent or threat (03x / 13x, ``_codebook.future_code``):
"Chile said it would send aid to Peru" is an intent, as the CAMEO and PLOVER dev gold code it.
GUIDE rule 4 codes a future act as the act, `possible`. Two kinds read the same under both
conventions, since neither states anyone's commitment:

- a forecast, the writer's guess with "probably / likely / possibly": "Ruto will probably visit
  Dar es Salaam before the year is out" (042 `possible`, no intent);
- a meeting, visit or trade given the date it starts or happens, a schedule: "Brazil will sell
  Uruguay one million tonnes of diesel a year from 2028" (061 `possible`), "X will visit Y on
  Monday" (042), as a sanction dated "from March 1" is (``_scheduled_measures``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._futurate import clause_words
from realpolitik.extract._scheduled_measures import act_verb
from realpolitik.extract._timex import FULL_MONTHS, WEEKDAYS

if TYPE_CHECKING:
    from spacy.tokens import Token

    from realpolitik.extract._triggers import Found

_FORECAST = frozenset({"probably", "likely", "possibly", "perhaps", "maybe"})
# Meetings, visits and trade: aid (07), yields (08) and the like given a date stay intents, as
# the PENTA and PLOVER dev gold code "will hand over its arms by June 20" and "will evacuate the
# settlements in mid-August" (verbal cooperation, AGREE; measured on the tune halves).
_SCHEDULED_ROOTS = frozenset({"04", "05", "06"})
_CONDITIONS = frozenset({"if", "unless", "once", "provided", "should", "when"})
# Clauses below the act's verb: their dates are not the act's.
_DATE_PREPS = frozenset({"from", "in", "on", "by", "starting", "beginning"})
_AHEAD = frozenset({"next", "tomorrow"})


def _year(tok: Token) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text[:2] in ("19", "20")


def _dated(words: list[Token]) -> bool:
    """ "from 2028", "in March", "on Monday", "next week", "tomorrow": a date the act is set
    for (a month, weekday or year under a date preposition, or a phrase that can only point
    ahead)."""
    for t in words:
        low = t.lower_
        if low in _AHEAD:
            return True
        if (low in FULL_MONTHS or low in WEEKDAYS or _year(t)) and t.head.lower_ in _DATE_PREPS:
            return True
    return False


def forecast_act(f: Found) -> bool:
    """``f``'s future act is the writer's forecast ("will probably visit")."""
    verb = act_verb(f)
    return any(c.dep_ == "advmod" and c.lower_ in _FORECAST for c in verb.children)


def scheduled_act(f: Found) -> bool:
    """``f`` is a meeting, visit or trade set for a date, with no condition ("will sell Y
    diesel from 2028")."""
    if f.code[:2] not in _SCHEDULED_ROOTS:
        return False
    verb = act_verb(f)
    if any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children)
        for c in verb.children
    ):
        return False
    return _dated(clause_words(verb))


def invested_sum(f: Found) -> bool:
    """ "Norway said Norwegian firms would invest 2 billion dollars in Finnish wind farms": a sum
    to be invested, told with "will / would" and no condition, keeps investment's code (061,
    `possible`, GUIDE rule 4), as trade to come does; a sum is a forecast of money moving, no
    promise of the state's (issue 9 round 30, clauses36: fresh24's H)."""
    tok = f.tok
    if f.code != _TRADE or f.entry.pos != "V" or tok.lemma_.lower() != "invest":
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in _WILL for c in kids):
        return False
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    if obj is None or not any(t.like_num or t.lower_ in _SUMS for t in obj.subtree):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children) for c in kids
    )


_WILL = frozenset({"will", "would", "'ll"})
_SUMS = frozenset({"million", "billion", "trillion", "bn", "mn"})
# Verbs that move goods: "will ship crude (grain) to Y" is trade to come (leftovers42).
_SHIPPING = frozenset({"ship", "export"})
_TRADE = "061"


def shipped_goods(f: Found) -> bool:
    """ "Iraq will ship crude to Jordan", "will export grain to Y": goods traded, told in the
    future with "will" and no condition, keep trade's code (061, GUIDE rule 7) with `possible`
    (rule 4), as a trade given its date does; no promise is stated."""
    tok = f.tok
    if f.code != _TRADE or f.entry.pos != "V" or tok.lemma_.lower() not in _SHIPPING:
        return False
    kids = list(tok.children)
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in kids):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children) for c in kids
    )


_MILITARY = "062"
# Verbs of an arms sale or of forces sent to another's exercise (the lexicon's 062 rows).
_ARMING = frozenset({"sell", "send", "dispatch", "deploy"})


def military_cooperation_ahead(f: Found) -> bool:
    """ "Brazil would sell Nigeria twelve patrol aircraft", "Mexico would send a frigate to take
    part in Chile's naval exercise": an arms sale or a share in another's exercise told in the
    future keeps military cooperation's code (062, GUIDE rule 7) with `possible` (rule 4), as
    trade to come does, never an intent to trade (031); with a condition it stays the general
    reading (issue 9 round 37, clauses44: fresh31's class C)."""
    tok = f.tok
    if f.code != _MILITARY or f.entry.pos != "V" or tok.lemma_.lower() not in _ARMING:
        return False
    kids = list(tok.children)
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONS for m in c.children) for c in kids
    )
