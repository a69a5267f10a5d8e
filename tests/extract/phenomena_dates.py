"""Issue 9, phenomenon 6: which time expression dates an event, crossed with every act.

A time expression dates an event only when it modifies that event's clause: "on Thursday" in
an article of a Friday is the day before; "in September" in an October article is last
September, never a future one; "since 2015", "for 2025 to 2028" are periods, not the act's
date; "the 1953 armistice" names an old act, no new event; the day of a report ("..., officials
said on Monday") is not the day of the act. Each builder sets the date every expected event must
carry (``Scene.when``: "YYYY-MM-DD/precision"); the runner also checks, on every case of every
construction, that no event is dated after its document.
"""

from __future__ import annotations

import datetime as dt

from phenomena_tables import Act
from phenomena_words import ASSERTED, Built, Scene, _cap, _one, conjugate

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def _doc(sc: Scene) -> dt.date:
    return dt.date.fromisoformat(sc.date)


def _document(sc: Scene) -> str:
    return f"{sc.date}/document"


def weekday_date(doc: dt.date, weekday: int) -> dt.date:
    """The day named by a bare weekday in a report: the latest such day on or before the
    document's (never after it)."""
    return doc - dt.timedelta(days=(doc.weekday() - weekday) % 7)


def month_date(doc: dt.date, month: int) -> dt.date:
    """The month named by a bare month name in a report: this year's if not after the
    document's month, else last year's."""
    return dt.date(doc.year if month <= doc.month else doc.year - 1, month, 1)


def _past(sc: Scene, act: Act, form: str = "past") -> tuple[str, str]:
    phrase = sc.rng.choice(act.base)
    return sc.source(act, phrase), sc.fill(conjugate(phrase, form))


def _fronted(sc: Scene, vp: str) -> bool:
    """Whether the time phrase opens the sentence: always where the act's phrase holds another
    verb ("accused X of violating the truce in May" may date the violation), else at times."""
    words = vp.split()[1:]
    inner = any(w.endswith(("ed", "ing")) or w in ("that", "made", "to") for w in words)
    return inner or sc.rng.random() < 0.3


def date_weekday(sc: Scene, act: Act) -> Built:
    """ "X attacked Y on Thursday" in an article of a Friday: the Thursday before."""
    src, vp = _past(sc, act)
    day = sc.rng.randrange(7)
    when = weekday_date(_doc(sc), day)
    if _fronted(sc, vp):
        text = f"On {_WEEKDAYS[day]}, {src} {vp}."
    else:
        text = f"{src} {vp} on {_WEEKDAYS[day]}."
    sc.when = f"{when.isoformat()}/day"
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def date_month(sc: Scene, act: Act) -> Built:
    """ "Approved in September" in an earlier month's article: last September."""
    src, vp = _past(sc, act)
    month = sc.rng.randrange(1, 13)
    when = month_date(_doc(sc), month)
    name = _MONTHS[month - 1]
    text = f"In {name}, {src} {vp}." if _fronted(sc, vp) else f"{src} {vp} in {name}."
    sc.when = f"{when.isoformat()}/month"
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def date_since(sc: Scene, act: Act) -> Built:
    """ "Her first trip there since 2015": a period's bound, the act is dated by the document."""
    src, vp = _past(sc, act)
    year = _doc(sc).year - sc.rng.randrange(2, 15)
    tail = sc.rng.choice((f" for the first time since {year}", f", the first such step since {year}",
                          f", its first such move since {year}", f" for the first time since {_MONTHS[sc.rng.randrange(12)]} {year}"))  # fmt: skip
    sc.when = _document(sc)
    return _cap(f"{src} {vp}{tail}."), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


# Acts that can run over a stated period ("a deal for 2025 to 2028").
PERIOD_ROOTS = frozenset({"05", "06", "07", "16"})


def date_period(sc: Scene, act: Act) -> Built:
    """ "For 2025 to 2028", "from 2019 to 2023": a period, not the act's date."""
    src, vp = _past(sc, act)
    first = _doc(sc).year + sc.rng.choice((-6, -4, 1, 2))
    last = first + sc.rng.randrange(1, 5)
    how = sc.rng.choice((f"for {first} to {last}", f"from {first} to {last}",
                         f"for the years {first} to {last}", f"covering {first}-{last}"))  # fmt: skip
    sc.when = _document(sc)
    return _cap(f"{src} {vp} {how}."), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


_OLD_ACTS = ("armistice", "ceasefire", "peace accord", "border treaty", "war")


def date_reference(sc: Scene, act: Act) -> Built:
    """ "The 1953 armistice": an old act named by its year is no event of its own and does not
    date the sentence's act."""
    src, vp = _past(sc, act)
    year = _doc(sc).year - sc.rng.randrange(10, 70)
    old = sc.rng.choice(_OLD_ACTS)
    tail = sc.rng.choice((f", citing the {year} {old}", f" in a dispute rooted in the {year} {old}",
                          f" despite the {year} {old}"))  # fmt: skip
    sc.when = _document(sc)
    return _cap(f"{src} {vp}{tail}."), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


def date_reported(sc: Scene, act: Act) -> Built:
    """ "X attacked Y, officials in Z said on Monday": the report's day is not the act's."""
    day = _WEEKDAYS[sc.rng.randrange(7)]
    who = sc.rng.choice((f"officials in {sc.z.capital}", "a senior official", "state media",
                         "the foreign ministry"))  # fmt: skip
    verb = sc.rng.choice(("said", "reported", "confirmed"))
    if sc.rng.random() < 0.5:
        src, vp = _past(sc, act)
        text = f"{src} {vp}, {who} {verb} on {day}."
    else:
        src, pp = _past(sc, act, "pp")
        text = f"{_cap(who)} {verb} on {day} that {src} had {pp}."
    sc.when = _document(sc)
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, frozenset({"reported"})),), ()


DATE_CONSTRUCTIONS = {
    "date_weekday": (date_weekday, lambda a: True),
    "date_month": (date_month, lambda a: True),
    "date_since": (date_since, lambda a: True),
    "date_period": (date_period, lambda a: a.root in PERIOD_ROOTS),
    "date_reference": (date_reference, lambda a: True),
    "date_reported": (date_reported, lambda a: True),
}
