"""Round 37's practice set of 1979-1999 Asian wire copy (practice29, classes SK and CP of
``bench/gold/reviews/practice29_classes.md``), crossed with the suite's states and phrasings:

- ``w12_sank_vessel``: "Sdem warships (gunboats, the Sdem navy) sank a Tdem patrol boat (two
  Tdem trawlers, a Tdem frigate)", "a Tdem tanker was sunk by Sdem aircraft", "..., officials
  said": S -> T force (19); the near miss "S sank millions into Tposs ports" stays aid (07),
  never force (class SK);
- ``w12_captured_combatant``: "Sdem troops captured three Tdem soldiers (a Tdem pilot, two Tdem
  infiltrators)", "S seized two Tdem sailors": S -> T a detention (17), never the occupation of
  ground (19); the near miss "Sdem troops captured a Tdem town" stays the occupation (19)
  (class CP)."""

from __future__ import annotations

from phenomena_words import (
    ANY,
    ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _r,
    _time,
)

_SINKERS = ("{Sdem} warships", "{Sdem} gunboats", "the {Sdem} navy", "{Sdem} patrol boats",
            "{Sdem} aircraft", "{Sdem} helicopters", "{Sdem} submarines")  # fmt: skip
_SUNK = ("a {Tdem} patrol boat", "two {Tdem} fishing trawlers", "a {Tdem} frigate",
         "a {Tdem} torpedo boat", "three {Tdem} transport ships", "a {Tdem} tanker",
         "a {Tdem} supply vessel", "a {Tdem} gunboat")  # fmt: skip
_SEAS = ("", " in the Gulf", " off the coast", " near the disputed islands", " in the strait")


def w12_sank_vessel(sc: Scene) -> Built:
    """ "S's warships sank a T-ian patrol boat": S -> T 19; "S sank millions into T's ports"
    stays aid (07)."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"Sdem": s.demonym, "Tdem": t.demonym}
    r = rng.random()
    if r < 0.15:
        text = f"{s.name} sank millions of dollars into {t.name}'s ports{_time(sc)}."
        return text, (), (Expect(s.iso3, t.iso3, _r("07", "06"), ANY),)
    doer = rng.choice(_SINKERS).format(**words)
    what = rng.choice(_SUNK).format(**words)
    where = rng.choice(_SEAS)
    if r < 0.35:
        text = f"{_cap(what)} was sunk by {doer}{where}{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()
    if r < 0.55:
        text = f"{_cap(doer)} sank {what}{where}{_time(sc)}, officials said."
        return text, (Expect(s.iso3, t.iso3, _r("19"), REPORTED),), ()
    text = f"{_cap(doer)} sank {what}{where}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()


_CAPTORS = ("{Sdem} troops", "{Sdem} forces", "{S}", "{Sposs} army", "{Sdem} soldiers",
            "{Sdem} border guards")  # fmt: skip
_COMBATANTS = ("three {Tdem} soldiers", "a {Tdem} pilot", "two {Tdem} infiltrators",
               "four {Tdem} sailors", "a {Tdem} airman", "six {Tdem} commandos",
               "a {Tdem} marine")  # fmt: skip


def w12_captured_combatant(sc: Scene) -> Built:
    """ "S's troops captured three T-ian soldiers": S -> T 17 (detention), not 19; "S's troops
    captured a T-ian town" stays the occupation (19)."""
    rng, s, t = sc.rng, sc.s, sc.t
    words = {"S": s.name, "Sposs": f"{s.name}'s", "Sdem": s.demonym, "Tdem": t.demonym}
    doer = _cap(rng.choice(_CAPTORS).format(**words))
    verb = rng.choice(("captured", "seized"))
    if rng.random() < 0.2:
        text = f"{doer} {verb} {_article(t.demonym)} town{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, _r("19"), ASSERTED),), ()
    who = rng.choice(_COMBATANTS).format(**words)
    text = f"{doer} {verb} {who}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, _r("17"), ASSERTED),), ()


W12_CONSTRUCTIONS = {
    "w12_sank_vessel": w12_sank_vessel,
    "w12_captured_combatant": w12_captured_combatant,
}
# Floors (fewest right of 24, most false assertions).
W12_FLOORS = {name: (22, 0) for name in W12_CONSTRUCTIONS}
