"""A present tense of future time in the act's own clause (leftovers37): "X's president is
visiting Y next month", "X hosts Y's leader next week", "X is signing the deal with Y
tomorrow", "..., officials said".

English states a scheduled act in the present simple or progressive with a time phrase that
lies ahead (the "futurate"). The act is not yet done: GUIDE rule 4 codes it as "will visit next
week" is coded, the act itself `possible` (nearest marker first, so also under an attribution:
"X is expelling Y's envoys next week, officials said" is `possible`, not `reported`). Only a
time phrase that can only point ahead counts ("next week / month / Monday / May", "tomorrow",
"later this week", "in the coming days"); a bare weekday ("on Saturday") or "this week" may be
past in news and is left alone, and so is a present with no time phrase ("X is sending troops").
A time clause under a future ("when the two meet next month") is ``_future_time``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realpolitik.extract._timex import FULL_MONTHS

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESENT = frozenset({"VBZ", "VBP"})
_BE_PRESENT = frozenset({"is", "are", "am", "'s", "'re"})
_LIGHT = frozenset({"dobj"})
# What "next" may name ("next week", "next Monday", "next May"); "later this ...", "coming ...".
_UNITS = frozenset({"week", "month", "year", "weekend", "monday", "tuesday", "wednesday",
                    "thursday", "friday", "saturday", "sunday", "spring", "summer",
                    "autumn", "winter", "fall"}) | FULL_MONTHS  # fmt: skip
_DEADLINES = frozenset({"until", "till"})
_COMING = frozenset({"coming", "upcoming"})
_COMING_UNITS = frozenset({"day", "week", "month"})
# Clauses below the verb whose time phrases are their own, not the act's.
_OWN_CLAUSES = frozenset({"advcl", "ccomp", "relcl", "conj", "parataxis", "acl", "xcomp"})


def _verb_of(tok: Token) -> Token:
    """The act's verb: the trigger, or the light verb of an event noun ("holds talks")."""
    if tok.pos_ == "NOUN" and tok.dep_ in _LIGHT and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    return tok


def _present(verb: Token) -> bool:
    """ "visits", "host" (plural), "is visiting": a present with no modal or past auxiliary."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if aux:
        return verb.tag_ == "VBG" and len(aux) == 1 and aux[0].lower_ in _BE_PRESENT
    return verb.tag_ in _PRESENT


def clause_words(verb: Token) -> list[Token]:
    """The words of the verb's own clause (never those of a clause hung on it): where a time
    phrase that dates the act can stand (also `_scheduled_acts`)."""
    out: list[Token] = []
    todo = [c for c in verb.children if c.dep_ not in _OWN_CLAUSES]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(c for c in tok.children if c.dep_ not in _OWN_CLAUSES)
    return out


def _ahead(words: list[Token]) -> bool:
    """A time phrase that can only point ahead, not a deadline given now ("gave Y until next
    week")."""
    lows = {t.i: t.lower_ for t in words}
    for i, low in lows.items():
        after = lows.get(i + 1, "")
        if lows.get(i - 1, "") in _DEADLINES:
            continue
        if low == "tomorrow" or (low == "next" and after in _UNITS):
            return True
        if low == "later" and after == "this" and lows.get(i + 2, "") in _UNITS:
            return True
        if low in _COMING and after.rstrip("s") in _COMING_UNITS:
            return True
    return False


# Acts done in saying them (statements, appeals, demands, disapproval, refusals, threats): a
# present "warns Y of strikes next week" is the warning made now.
_SAID_ROOTS = frozenset({"01", "02", "10", "11", "12", "13"})


def futurate(tok: Token, code: str) -> bool:
    """``tok``'s act (coded ``code``) is stated in the present with a time phrase of its own clause that lies
    ahead ("is visiting Y next month"): a scheduled act, not a done one."""
    if code[:2] in _SAID_ROOTS:
        return False
    verb = _verb_of(tok)
    return _present(verb) and _ahead(clause_words(verb))
