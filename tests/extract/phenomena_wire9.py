"""Round 35's practice set of 1979-1996 wire copy (practice25, classes of
``bench/gold/reviews/practice25_classes.md``), crossed with the suite's states and phrasings:

- ``w9_armed_destruction``: "Sdem warplanes (warships, artillery, troops) destroyed Tdem
  missile batteries", also in the passive ("were destroyed by Sdem jets") and conjoined after
  another force verb ("sank two Tdem boats and destroyed a Tdem oil platform"): S -> T
  military force (19), never the destruction of property (17); the near miss "Sdem police
  (bulldozers) destroyed Tdem fishing boats (homes)" stays 17 (class AD);
- ``w9_told_to``: "S told T (Tposs foreign minister) on Monday to withdraw its troops (to stay
  out of its affairs, to pay its debts)": S -> T a demand (10), T's act not done; the near
  misses "S's president told reporters to expect ...", "S's president told the nation to
  prepare for a long crisis with T" are no demand on T (class TD)."""

from __future__ import annotations

from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)

_ARMED = ("{Sdem} warplanes", "{Sdem} warships", "{Sdem} artillery", "{Sdem} troops",
          "{Sdem} jets", "{Sdem} helicopter gunships", "{Sdem} tanks", "{Sposs} army",
          "an {Sdem} air strike" , "{Sdem} drones")  # fmt: skip
_TARGETS = ("{Tdem} missile batteries", "two {Tdem} oil platforms", "a {Tdem} radar station",
            "{Tdem} ammunition depots", "a {Tdem} border post", "three {Tdem} army bunkers",
            "a {Tdem} naval base")  # fmt: skip
_FIRST = ("sank two {Tdem} patrol boats", "shelled {Tdem} positions", "attacked {Tdem} troops",
          "struck {Tdem} supply lines")  # fmt: skip
_CIVIL = ("{Sdem} police", "{Sdem} bulldozers", "{Sdem} customs officers", "{Sdem} coastguards")
_PROPERTY = ("{Tdem} fishing boats", "homes of {Tdem} settlers", "seized {Tdem} cargo",
             "{Tdem} smugglers' boats")  # fmt: skip


def _an(text: str) -> str:
    """ "an Indian air strike", "a Chinese air strike"."""
    words = text.split(" ", 2)
    if words[0] in ("a", "an") and len(words) > 1:
        words[0] = "an" if words[1][:1].lower() in "aeiou" else "a"
    return " ".join(words)


def w9_armed_destruction(sc: Scene) -> Built:
    """ "Israeli warplanes destroyed Syrian missile batteries": S -> T 19; the passive and the
    second conjunct too; "Chinese police destroyed Vietnamese fishing boats" stays 17."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"Sdem": s.demonym, "Sposs": f"{s.name}'s", "Tdem": t.demonym}
    target = _an(rng.choice(_TARGETS).format(**words))
    r = rng.random()
    if r < 0.2:
        doer = _an(rng.choice(_CIVIL).format(**words))
        thing = rng.choice(_PROPERTY).format(**words)
        text = f"{_cap(doer)} destroyed {thing}{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("17"), ASSERTED),), ()
    doer = _an(rng.choice(_ARMED).format(**words))
    if r < 0.45:
        were = "was" if target.split()[0] in ("a", "an") else "were"
        text = f"{_cap(target)} {were} destroyed by {doer}{_time(sc)}."
    elif r < 0.7:
        first = rng.choice(_FIRST).format(**words)
        text = f"{_cap(doer)} {first} and destroyed {target}{_time(sc)}."
    else:
        text = f"{_cap(doer)} destroyed {target}{_time(sc)}."
    # "an air strike" is an event noun of its own, with no target named in its phrase
    allowed = (Expect(s.iso3, "", _r("19"), ASSERTED),)
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), allowed


_TOLD = ("told", "told", "bluntly told", "has told")
_TO = (("to withdraw its troops from the border", "10"), ("to stay out of its internal affairs", "10"),
       ("to pay its gas debts", "10"), ("to halt the shelling of its villages", "10"),
       ("to hand over the hijackers", "10"), ("to close the rebel camps on its soil", "10"),
       ("to free the detained sailors", "10"))  # fmt: skip
_AUDIENCE = ("reporters", "journalists", "a news conference", "the crowd")


def w9_told_to(sc: Scene) -> Built:
    """ "S told T on Monday to withdraw its troops": S -> T 10, T's act not asserted; "S's
    president told reporters to expect a decision on T" and "... told the nation to prepare
    for a long crisis with T" are no demand on T."""
    rng, s, t = sc.rng, sc.s, sc.t
    r = rng.random()
    if r < 0.2:
        audience = rng.choice(_AUDIENCE)
        text = f"{s.name}'s president told {audience}{_time(sc)} to expect a decision on {t.name} soon."
        return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    if r < 0.3:
        text = f"{s.name}'s president told the nation{_time(sc)} to prepare for a long crisis with {t.name}."
        return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    told = rng.choice(_TOLD)
    demand, root = rng.choice(_TO)
    whom = f"{t.name}'s foreign minister" if rng.random() < 0.3 else sc.name(t, capital=0.3)
    speaker = rng.choice((s.name, s.name, f"{s.name}'s foreign ministry", s.capital))
    text = f"{_cap(speaker)} {told} {whom}{_time(sc)} {demand}."
    allowed = (Expect(t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (Expect(s.iso3, t.iso3, _r(root), ASSERTED),), allowed


W9_CONSTRUCTIONS = {
    "w9_armed_destruction": w9_armed_destruction,
    "w9_told_to": w9_told_to,
}
# Floors (fewest right of 24, most false assertions).
W9_FLOORS = {name: (22, 0) for name in W9_CONSTRUCTIONS}
