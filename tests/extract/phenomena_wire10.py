"""Round 36's practice set of 1979-1999 Levant wire copy (practice27, classes of
``bench/gold/reviews/practice27_classes.md``), crossed with the suite's states and phrasings:

- ``w10_sealed_off``: "Sdem troops sealed off the border with T", "S sealed off its border with
  T", "S sealed off the Tdem border town", "the border with T was sealed off by Sdem troops":
  S -> T a closure, restriction of movement (19), never a signing (05); the near miss "S and T
  sealed the deal with a handshake" stays the signing (class SO);
- ``w10_rocketed``: "Sdem helicopter gunships (jets, warplanes) rocketed Tdem positions (a Tdem
  army convoy, Tposs border posts)": S -> T a missile strike (19); the near miss "Sposs exports
  to T rocketed" is no event (class RK);
- ``w10_forgiveness``: "Sposs president asked T (the Tdem people) for forgiveness", "begged
  Tposs forgiveness", "sought the forgiveness of Tposs people": S -> T an apology (05), no
  appeal (02); the near miss "S asked T for help" stays the appeal (class FG)."""

from __future__ import annotations

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)

_SEALERS = ("{Sdem} troops", "{Sdem} soldiers", "{S}", "{Sposs} army", "{Sdem} forces")


def w10_sealed_off(sc: Scene) -> Built:
    """ "Turkish troops sealed off the border with Iraq": S -> T 19; "S and T sealed the deal
    with a handshake" stays 05."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"S": s.name, "Sdem": s.demonym, "Sposs": f"{s.name}'s", "Tdem": t.demonym}
    r = rng.random()
    if r < 0.15:
        text = f"{s.name} and {t.name} sealed the deal with a handshake{_time(sc)}."
        allowed = (Expect(t.iso3, s.iso3, _r("05"), ASSERTED),)
        return text, (Expect(s.iso3, t.iso3, _r("05"), ASSERTED),), allowed
    doer = rng.choice(_SEALERS).format(**words)
    if r < 0.35:
        text = f"{_cap(doer)} sealed off the border with {t.name}{_time(sc)}."
    elif r < 0.55:
        text = f"{s.name} sealed off its border with {t.name}{_time(sc)}."
    elif r < 0.75:
        text = f"{_cap(doer)} sealed off the {t.demonym} border{_time(sc)}."
    else:
        text = f"The border with {t.name} was sealed off by {s.demonym} troops{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()


_ROCKETERS = ("{Sdem} helicopter gunships", "{Sdem} jets", "{Sdem} warplanes",
              "{Sdem} helicopters", "{Sdem} fighter-bombers")  # fmt: skip
_ROCKETED = ("{Tdem} positions", "a {Tdem} army convoy", "{Tposs} border posts",
             "{Tdem} guerrilla bases", "two {Tdem} radar sites", "{Tdem} artillery positions")  # fmt: skip


def w10_rocketed(sc: Scene) -> Built:
    """ "Israeli helicopter gunships rocketed Syrian positions": S -> T 19; "S's exports to T
    rocketed" is no event."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"Sdem": s.demonym, "Tdem": t.demonym, "Tposs": f"{t.name}'s"}
    if rng.random() < 0.15:
        text = f"{s.name}'s exports to {t.name} rocketed{_time(sc)}."
        return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    doer = rng.choice(_ROCKETERS).format(**words)
    what = rng.choice(_ROCKETED).format(**words)
    text = f"{_cap(doer)} rocketed {what}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()


_ASKERS = ("{Sposs} president", "{Sposs} prime minister", "{S}", "{Sposs} king", "{Sposs} leader")


def w10_forgiveness(sc: Scene) -> Built:
    """ "S's president asked T for forgiveness": S -> T 05 (apology), no appeal; "S asked T for
    help" stays the appeal (02)."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"S": s.name, "Sposs": f"{s.name}'s"}
    asker = rng.choice(_ASKERS).format(**words)
    r = rng.random()
    if r < 0.15:
        text = f"{_cap(asker)} asked {t.name} for help{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("02"), ASSERTED),), ()
    if r < 0.45:
        whom = sc.name(t, capital=0.2)
        text = f"{_cap(asker)} asked {whom} for forgiveness{_time(sc)} for the killings."
    elif r < 0.7:
        text = f"{_cap(asker)} begged {t.name}'s forgiveness{_time(sc)} for the war."
    else:
        text = f"{_cap(asker)} sought the forgiveness of the {t.demonym} people{_time(sc)}."
    allowed = (Expect(s.iso3, t.iso3, _r("01", "02"), ANY),)
    return text, (Expect(s.iso3, t.iso3, _r("05"), ASSERTED),), allowed


W10_CONSTRUCTIONS = {
    "w10_sealed_off": w10_sealed_off,
    "w10_rocketed": w10_rocketed,
    "w10_forgiveness": w10_forgiveness,
}
# Floors (fewest right of 24, most false assertions).
W10_FLOORS = {name: (22, 0) for name in W10_CONSTRUCTIONS}
