"""Round 29's practice set of 1985-2005 wire copy (issue 9, practice12) as suite constructions
crossed with the suite's states named by name, capital or demonym, and several phrasings each:

- ``w2_forces_pulled_out``: "The last Israeli troops pulled out of Lebanon", "Yugoslav forces
  began pulling out of Kosovo": the parser reads "out" as a preposition, so the particle row
  never matched and the withdrawal was no event (class WD): S -> T 0874 (root 08);
- ``w2_munition_slammed``: "Israeli shells slammed into a U.N. base", "two Russian rockets
  crashed into a Georgian village": force that lands, never the criticism "slammed" (class SL):
  S -> T 19; "X slammed Y over ..." stays the criticism, S -> T 11;
- ``w2_hostages_taken``: "Serb forces seized 200 Dutch soldiers as hostages", "took 30 Kuwaiti
  border guards hostage", "were holding them hostage": an abduction (class HO), S -> T 18,
  never a seizure of goods (171) or a detention (173); a plain "held N Y-ian fishermen" stays
  the detention, 17;
- ``w2_peacekeepers_landed``: "Nigerian peacekeepers landed in Liberia", "the first Ghanaian
  peacekeepers arrived in Monrovia": peacekeepers deployed (class PK), S -> T 07 (074), never
  a visit (042);
- ``w2_era_surname``: "Rabin condemned Syria", "Savimbi accused Zaire of ...", "Aziz met ...":
  the era's office-holders named by surname alone (class ER) name their state (the people
  table dates their offices; out of office they stay their state's elite), S -> T.

Scores on main (bd81051b) before the fixes: see ``bench/gold/reviews/practice12_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _article, _cap, _e, _r

_TIMES = ("", " on Monday", " on Thursday", " before dawn on Wednesday", " on Friday")
_SAID = ("", "", ", {Tdem} officials said", ", witnesses said", ", the army said")


def _said(sc: Scene) -> tuple[str, frozenset[str]]:
    said = sc.rng.choice(_SAID).format(Tdem=sc.t.demonym)
    return said, REPORTED if said else ASSERTED


_PULLERS = ("{Sdem} troops", "the last {Sdem} troops", "{Sdem} forces", "the {Sdem} army",
            "thousands of {Sdem} soldiers", "{Sdem} army units", "the remaining {Sdem} tanks")  # fmt: skip
_PULLED = ("pulled out of {T}", "began pulling out of {T}", "pulled out of southern {T}",
           "started pulling out of {T}", "finished pulling out of {T}")  # fmt: skip


def w2_forces_pulled_out(sc: Scene) -> Built:
    """ "The last Israeli troops pulled out of Lebanon": ISR -> LBN 0874."""
    who = sc.rng.choice(_PULLERS).format(Sdem=sc.s.demonym)
    went = sc.rng.choice(_PULLED).format(T=sc.name(sc.t, capital=0.0))
    said, facts = _said(sc)
    return (
        f"{_cap(who)} {went}{sc.rng.choice(_TIMES)}{said}.",
        (_e(sc.s, sc.t, _r("08"), facts),),
        (),
    )


_MUNITIONS = ("{Sdem} shells", "{Sdem} artillery shells", "two {Sdem} rockets",
              "{Sdem} mortar rounds", "a {Sdem} missile", "{Sdem} rockets")  # fmt: skip
_LANDED = ("slammed into", "crashed into", "smashed into", "slammed into")
_PLACES = ("a village in {T}", "{a_Tdem} border post", "{a_Tdem} army base",
           "a market in {T}", "{a_Tdem} town")  # fmt: skip
_SLAMS = ("slammed {T} over its border policy", "slammed {T} for its stance on the talks")


def w2_munition_slammed(sc: Scene) -> Built:
    """ "Israeli shells slammed into a village in Lebanon": ISR -> LBN 19 (never 111)."""
    tname = sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.2:
        who = sc.rng.choice((sc.name(sc.s, capital=0.2), f"{sc.s.demonym} officials"))
        act = sc.rng.choice(_SLAMS).format(T=tname)
        return (
            f"{_cap(who)} {act}{sc.rng.choice(_TIMES)}.",
            (_e(sc.s, sc.t, _r("11"), ASSERTED),),
            (),
        )
    what = sc.rng.choice(_MUNITIONS).format(Sdem=sc.s.demonym)
    where = sc.rng.choice(_PLACES).format(T=tname, a_Tdem=_article(sc.t.demonym))
    said, facts = _said(sc)
    text = f"{_cap(what)} {sc.rng.choice(_LANDED)} {where}{sc.rng.choice(_TIMES)}{said}."
    return text, (_e(sc.s, sc.t, _r("19"), facts),), ()


_TAKERS = ("{Sdem} troops", "{Sdem} forces", "{Sdem} soldiers", "{Sdem} commandos")
_TAKEN = ("seized {N} {Tdem} soldiers as hostages", "took {N} {Tdem} border guards hostage",
          "were holding {N} {Tdem} sailors hostage", "took {N} {Tdem} soldiers as hostages",
          "captured {N} {Tdem} monitors as hostages", "held {N} {Tdem} pilots hostage")  # fmt: skip
_COUNTS = ("30", "two", "about 200", "12", "dozens of")


def w2_hostages_taken(sc: Scene) -> Built:
    """ "Iraqi troops took 30 Kuwaiti border guards hostage": IRQ -> KWT 18 (181)."""
    who = sc.rng.choice(_TAKERS).format(Sdem=sc.s.demonym)
    n = sc.rng.choice(_COUNTS)
    if sc.rng.random() < 0.2:
        text = f"{_cap(who)} held {n} {sc.t.demonym} fishermen{sc.rng.choice(_TIMES)}."
        return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()
    act = sc.rng.choice(_TAKEN).format(N=n, Tdem=sc.t.demonym)
    said, facts = _said(sc)
    return (
        f"{_cap(who)} {act}{sc.rng.choice(_TIMES)}{said}.",
        (_e(sc.s, sc.t, _r("18"), facts),),
        (),
    )


_KEEPERS = ("{Sdem} peacekeepers", "the first {Sdem} peacekeepers", "a {Sdem} peacekeeping force",
            "{N} {Sdem} peacekeeping troops", "a battalion of {Sdem} peacekeepers")  # fmt: skip
_ARRIVED = ("landed in {T}", "arrived in {T}")


def w2_peacekeepers_landed(sc: Scene) -> Built:
    """ "Nigerian peacekeepers landed in Liberia": NGA -> LBR 07 (074), no visit."""
    who = sc.rng.choice(_KEEPERS).format(Sdem=sc.s.demonym, N=sc.rng.choice(("500", "200")))
    went = sc.rng.choice(_ARRIVED).format(T=sc.name(sc.t, capital=0.3))
    said, facts = _said(sc)
    text = f"{_cap(who)} {went}{sc.rng.choice(_TIMES)}{said}."
    return text, (_e(sc.s, sc.t, _r("07"), facts),), ()


# (surname, state) of office-holders of 1985-2005 the people table dates
_ERA_PEOPLE = (("Rabin", "ISR"), ("Shamir", "ISR"), ("Tudjman", "HRV"), ("Izetbegovic", "BIH"),
               ("Karadzic", "BIH"), ("Kabbah", "SLE"), ("Sankoh", "SLE"), ("Savimbi", "AGO"),
               ("Mobutu", "COD"), ("Kozyrev", "RUS"), ("Primakov", "RUS"), ("Shultz", "USA"),
               ("Hrawi", "LBN"), ("Velayati", "IRN"),
               ("Aziz", "IRQ"), ("Taylor", "LBR"), ("Lahoud", "LBN"), ("Arens", "ISR"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("signed a border accord with {T}", "05"),
             ("strongly criticised {T}", "11"), ("praised {T}", "05"))  # fmt: skip


def w2_era_surname(sc: Scene) -> Built:
    """ "Rabin condemned Syria": ISR -> SYR 11 (the era's office-holder by surname alone)."""
    surname, code = sc.rng.choice([p for p in _ERA_PEOPLE if p[1] != sc.t.iso3])
    act, root = sc.rng.choice(_ERA_ACTS)
    act = act.format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = f"{surname} {act}{sc.rng.choice(_TIMES)}."
    back = (Expect(sc.t.iso3, code, _r("04"), ASSERTED),) if root == "04" else ()
    return text, (Expect(code, sc.t.iso3, _r(root), ASSERTED),), back


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "w2_forces_pulled_out": w2_forces_pulled_out,
    "w2_munition_slammed": w2_munition_slammed,
    "w2_hostages_taken": w2_hostages_taken,
    "w2_peacekeepers_landed": w2_peacekeepers_landed,
    "w2_era_surname": w2_era_surname,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
