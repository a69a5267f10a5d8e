"""Round 31's practice set (issue 9, practice15: Central Africa) as suite constructions crossed
with the suite's states named by name, capital, demonym + sector or leader, and several phrasings:

- ``pr15_town_in_state``: "Chadian troops killed 11 villagers near Kessar in Cameroon", "shelled
  a market in the town of Tarvo in Cameroon's northern region": force done at a town no table
  knows, which its own "in" phrase places in a state, is aimed at that state, also when the
  victims are people of no state (class PL, ``context_places``);
- ``pr15_central_bodies``: "ECCAS urged Rwanda to reconsider", "CEEAC criticised ...",
  "MINUSCA accused ...", "Russia's Africa Corps trained Y's soldiers": the region's bodies and
  Russia's force as doers (class TB, the actor tables);
- ``pr15_central_regions``: "X's drones struck a depot in the Ouaddai region", "shelled villages
  in Vakaga prefecture": Central Africa's first-level regions give the state struck (class TB,
  ``data/regions.tsv``);
- ``pr15_central_officials``: "Sylvie Baipo-Temon criticised Y", "Mahmoud Ali Youssouf urged Y
  to ...": the region's office-holders in office in 2025-2026 (class TB, ``people.tsv``).

Scores on main (225bd925) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice15_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

# Towns that no table knows (invented, as the GUIDE's examples are)
_TOWNS = ("Kessar", "Tarvo", "Dzolu", "Mebanga", "Ulanto", "Karimba")
# (the doer: {Sdem} S's demonym, {Sposs} its possessive)
_FORCES = ("{Sdem} troops", "{Sdem} soldiers", "{Sposs} army", "{Sdem} forces",
           "{Sdem} border guards")  # fmt: skip
_FORCE_ACTS = ("killed 11 villagers", "killed five herders", "fired on three fishermen",
               "attacked a camp of herders", "shelled a market", "killed a dozen civilians",
               "opened fire on traders", "killed seven villagers", "shot dead four villagers",
               "killed two soldiers")  # fmt: skip
# ({town} the town, {T} the state it is placed in, {Tposs} its possessive)
_PLACED = ("near {town} in {T}", "at {town} in {T}", "in the town of {town} in {T}",
           "near the village of {town} in {T}", "near {town} in {Tposs} northern region",
           "at {town} in {Tposs} Far North region", "near {town} in eastern {T}")  # fmt: skip
_WHEN = ("", " on Tuesday", " overnight", " last week")


def pr15_town_in_state(sc: Scene) -> Built:
    """ "Chadian troops killed 11 villagers near Kessar in Cameroon": X -> Y 19."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname, tname = sc.name(s, 0.0), sc.name(t, 0.0)
    doer = rng.choice(_FORCES).format(Sdem=s.demonym, Sposs=_poss(sname))
    place = rng.choice(_PLACED).format(town=rng.choice(_TOWNS), T=tname, Tposs=_poss(tname))
    text = f"{_cap(doer)} {rng.choice(_FORCE_ACTS)} {place}{rng.choice(_WHEN)}."
    return text, (_e(s, t, _r("18", "19", "20"), ASSERTED),), ()


# (the body, its code's first letters; the act it does to Y; the act's roots)
_BODIES = ("ECCAS", "CEEAC", "CEMAC", "MINUSCA", "The Economic Community of Central African States",
           "The ECCAS Commission")  # fmt: skip
_BODY_ACTS = (("urged {T} to show restraint", "02"), ("criticised {T}", "11"),
              ("appealed to {T} to reconsider", "02"), ("condemned {Tposs} decision", "11"),
              ("praised {T}", "05"), ("accused {T} of stoking tensions", "11"))  # fmt: skip
_CORPS = ("Russia's Africa Corps", "The Africa Corps", "Instructors of the Africa Corps")
_CORPS_ACTS = (("trained {Tdem} soldiers", "06"), ("attacked {Tdem} positions", "19"),
               ("shelled {Tdem} border posts", "19"))  # fmt: skip


def pr15_central_bodies(sc: Scene) -> Built:
    """ "ECCAS urged Chad to show restraint": IGO -> Y; "Russia's Africa Corps trained Malian
    soldiers": RUS -> Y."""
    rng, t = sc.rng, sc.t
    tname = sc.name(t)
    if t.iso3 != "RUS" and rng.random() < 0.35:
        act, root = rng.choice(_CORPS_ACTS)
        text = f"{rng.choice(_CORPS)} {act.format(Tdem=t.demonym)}."
        return text, (Expect("RUS", t.iso3, _r(root), ASSERTED),), ()
    act, root = rng.choice(_BODY_ACTS)
    text = f"{rng.choice(_BODIES)} {act.format(T=tname, Tposs=_poss(tname))}."
    return text, (Expect("IGO", t.iso3, _r(root), ASSERTED),), ()


# (a region, the state it lies in)
_REGIONS = (("Ouaddai", "TCD"), ("Wadi Fira", "TCD"), ("Tibesti", "TCD"), ("Salamat", "TCD"),
            ("Vakaga", "CAF"), ("Haute-Kotto", "CAF"), ("Ouham-Pende", "CAF"),
            ("Nana-Mambere", "CAF"), ("Woleu-Ntem", "GAB"), ("Haut-Ogooue", "GAB"),
            ("Likouala", "COG"), ("Niari", "COG"), ("Kie-Ntem", "GNQ"),
            ("Wele-Nzas", "GNQ"))  # fmt: skip
_STRUCK = ("struck a fuel depot in the {R} region", "shelled villages in {R} prefecture",
           "bombed targets in {R} province", "struck the {R} region",
           "fired rockets into the {R} region")  # fmt: skip
_STRIKERS = ("{Sdem} drones", "{Sdem} jets", "{Sdem} troops", "{Sposs} army")


def pr15_central_regions(sc: Scene) -> Built:
    """ "Sudanese drones struck a fuel depot in the Ouaddai region": X -> TCD 19."""
    rng, s = sc.rng, sc.s
    region, iso = rng.choice([r for r in _REGIONS if r[1] != s.iso3])
    doer = rng.choice(_STRIKERS).format(Sdem=s.demonym, Sposs=_poss(sc.name(s, 0.0)))
    text = f"{_cap(doer)} {rng.choice(_STRUCK).format(R=region)}{rng.choice(_WHEN)}."
    return text, (Expect(s.iso3, iso, _r("18", "19", "20"), ASSERTED),), ()


# (an office-holder, the code's first letters)
_OFFICIALS = (("Sylvie Baipo-Temon", "CAF"), ("Mahmoud Ali Youssouf", "IGO"),
              ("Valentine Rugwabiza", "IGO"), ("Kamil Idris", "SDN"),
              ("Manuel Osa Nsue Nsua", "GNQ"))  # fmt: skip
_SPOKE = (("criticised {T}", "11"), ("urged {T} to release the detainees", "02"),
          ("praised {T}", "05"), ("accused {T} of arming rebels", "11"))  # fmt: skip
_DATES_2025 = ("2025-06-14", "2025-11-20", "2026-03-02")


def pr15_central_officials(sc: Scene) -> Built:
    """ "Sylvie Baipo-Temon criticised Chad": CAF -> TCD 11 (dated 2025-2026)."""
    rng, t = sc.rng, sc.t
    sc.date = rng.choice(_DATES_2025)
    who, code = rng.choice([o for o in _OFFICIALS if o[1] != t.iso3])
    act, root = rng.choice(_SPOKE)
    text = f"{who} {act.format(T=sc.name(t))}{rng.choice(_WHEN)}."
    return text, (Expect(code, t.iso3, _r(root), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr15_town_in_state": pr15_town_in_state,
    "pr15_central_bodies": pr15_central_bodies,
    "pr15_central_regions": pr15_central_regions,
    "pr15_central_officials": pr15_central_officials,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
