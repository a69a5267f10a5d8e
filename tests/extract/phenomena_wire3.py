"""Round 30's practice set of 1985-2005 wire copy (issue 9, practice14: the end of the Soviet
Union, Central America, Southern Africa, South Asia) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each. The era's
constructions date their document in the era (the tables date the offices and the groups):

- ``w3_forces_left``: "The last Indian troops left Sri Lanka", "the first Cuban soldiers flew
  home from Angola", "crossed the bridge out of Afghanistan": forces leaving a state they were
  in had no row (class LV): S -> T 0874 (root 08);
- ``w3_era_groups``: "UNITA rebels attacked ...", "Contra rebels", "SWAPO guerrillas", "Chechen
  separatists", "Tamil Tiger guerrillas", "the mujahideen": the era's armed groups named before a
  fighter noun were unknown, so the fighters took the target's state (class GR); each is its own
  state's (the state it fought in), group -> T;
- ``w3_soviet``: "Soviet troops shelled ...", "Soviet leader Mikhail Gorbachev met ...",
  "Shevardnadze condemned ...": "Soviet" was no state, so Soviet troops took the target's state,
  and Soviet office-holders read as Russia or Georgia (class SU): SUN -> T; after 1991 "Soviet"
  names no state, and "Soviet-era tanks" are Russia's when Russia owns them (RUS -> T);
- ``w3_era_people``: office-holders and rebel leaders of 1985-2000 by name or surname alone
  ("Nawaz Sharif" in 1998, "Najibullah", "de Klerk", "Dhlakama", "Dudayev"): the people table
  lacked their offices of the era (class ER), person's state -> T.

Scores on main (cf5aeb11) before the fixes: see ``bench/gold/reviews/practice14_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _article, _cap, _e, _r

_TIMES = ("", " on Monday", " on Thursday", " on Saturday", " on Friday")
_SAID = ("", "", ", {Tdem} officials said", ", witnesses said", ", the army said")


def _said(sc: Scene) -> tuple[str, frozenset[str]]:
    said = sc.rng.choice(_SAID).format(Tdem=sc.t.demonym)
    return said, REPORTED if said else ASSERTED


_LEAVERS = ("the last {Sdem} troops", "{Sdem} troops", "the first {N} {Sdem} soldiers",
            "{Sdem} forces", "the remaining {Sdem} soldiers", "a {Sdem} battalion")  # fmt: skip
_LEFT = ("left {T}", "left {T}", "flew home from {T}", "departed {T}",
         "crossed the bridge out of {T}", "crossed the border out of {T}")  # fmt: skip


def w3_forces_left(sc: Scene) -> Built:
    """ "The last Indian troops left Sri Lanka": IND -> LKA 0874."""
    who = sc.rng.choice(_LEAVERS).format(Sdem=sc.s.demonym, N=sc.rng.choice(("450", "200")))
    went = sc.rng.choice(_LEFT).format(T=sc.name(sc.t, capital=0.0))
    said, facts = _said(sc)
    return (
        f"{_cap(who)} {went}{sc.rng.choice(_TIMES)}{said}.",
        (_e(sc.s, sc.t, _r("08"), facts),),
        (),
    )


# (phrase, state, a date inside its years of arms)
_GROUPS = (("UNITA rebels", "AGO", "1990-05-14"), ("Contra rebels", "NIC", "1987-06-11"),
           ("RENAMO guerrillas", "MOZ", "1988-03-02"), ("SWAPO guerrillas", "NAM", "1988-09-20"),
           ("FMLN guerrillas", "SLV", "1989-11-12"), ("the ANC", "ZAF", "1987-07-28"),
           ("Abkhaz separatists", "GEO", "1993-09-27"), ("Chechen rebels", "RUS", "1995-01-19"),
           ("Tamil Tiger guerrillas", "LKA", "1990-06-11"), ("the mujahideen", "AFG", "1988-04-14"),
           ("Hezb-i-Islami fighters", "AFG", "1994-01-02"), ("Chechen separatists", "RUS", "1996-08-06"),
           ("Contra guerrillas", "NIC", "1986-03-25"), ("UNITA fighters", "AGO", "1993-09-15"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} border post", "19"), ("accused {T} of arming its enemies", "11"),
               ("condemned {T}", "11"), ("shelled {a_Tdem} army base", "19"),
               ("held talks with {Tdem} officials", "04"))  # fmt: skip


def era_group_sentence(
    sc: Scene,
    groups: tuple[tuple[str, str, str], ...],
    acts: tuple[tuple[str, str], ...],
    said_roots: tuple[str, ...] = ("19",),
) -> Built:
    """An era's armed group (phrase, the state it fought in, a date of its years of arms) acting
    on the target, told with a trailing "..., officials said" for the roots in ``said_roots``:
    group's state -> T. Shared by the wire practice sets' suite modules (wire3, wire4, wire5)."""
    phrase, code, date = sc.rng.choice([g for g in groups if g[1] != sc.t.iso3])
    sc.date = date
    act, root = sc.rng.choice(acts)
    act = act.format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym, a_Tdem=_article(sc.t.demonym))
    said, facts = _said(sc) if root in said_roots else ("", ASSERTED)
    text = f"{_cap(phrase)} {act}{sc.rng.choice(_TIMES)}{said}."
    back = (Expect(sc.t.iso3, code, _r("04"), facts),) if root == "04" else ()
    return text, (Expect(code, sc.t.iso3, _r(root), facts),), back


def w3_era_groups(sc: Scene) -> Built:
    """ "UNITA rebels attacked a Zambian border post": AGO -> ZMB 19 (the group's own state)."""
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS)


# (phrase, a person: speech acts; else force)
_SOVIET_WHO = (("Soviet troops", False), ("Soviet forces", False), ("Soviet warplanes", False),
               ("the Soviet army", False), ("Soviet leader Mikhail Gorbachev", True),
               ("Gorbachev", True), ("Soviet Foreign Minister Eduard Shevardnadze", True),
               ("Shevardnadze", True), ("the Soviets", True), ("Soviet officials", True))  # fmt: skip
_SOVIET_DATES = ("1986-02-12", "1987-12-08", "1989-04-02", "1990-06-19", "1988-11-04")
_FORCE = ("shelled {a_Tdem} border post", "fired rockets at {a_Tdem} army base")
_SPEECH = ("condemned {T}", "accused {T} of arming rebels", "strongly criticised {T}")


def w3_soviet(sc: Scene) -> Built:
    """ "Soviet troops shelled an Afghan border post" (1987): SUN -> AFG 19; "Russia's
    Soviet-era tanks shelled ..." (2016): RUS -> T."""
    tgt = sc.t if sc.t.iso3 != "RUS" else sc.z
    fill = {"T": sc.name(tgt, capital=0.0), "a_Tdem": _article(tgt.demonym)}
    if sc.rng.random() < 0.2:
        act = sc.rng.choice(_FORCE).format(**fill)
        text = f"Russia's Soviet-era tanks {act}{sc.rng.choice(_TIMES)}."
        return text, (Expect("RUS", tgt.iso3, _r("19"), ASSERTED),), ()
    sc.date = sc.rng.choice(_SOVIET_DATES)
    who, person = sc.rng.choice(_SOVIET_WHO)
    act, root = (sc.rng.choice(_SPEECH), "11") if person else (sc.rng.choice(_FORCE), "19")
    said = sc.rng.choice(_SAID).format(Tdem=tgt.demonym) if root == "19" else ""
    facts = REPORTED if said else ASSERTED
    text = f"{_cap(who)} {act.format(**fill)}{sc.rng.choice(_TIMES)}{said}."
    return text, (Expect("SUN", tgt.iso3, _r(root), facts),), ()


# (name as written, state, a date in the office)
_ERA_PEOPLE = (("Nawaz Sharif", "PAK", "1998-05-28"), ("Sharif", "PAK", "1992-02-10"),
               ("President George Bush", "USA", "1990-09-09"), ("Najibullah", "AFG", "1989-03-07"),
               ("Daniel Ortega", "NIC", "1987-11-05"), ("de Klerk", "ZAF", "1991-06-17"),
               ("Afonso Dhlakama", "MOZ", "1990-07-10"), ("Dudayev", "RUS", "1995-06-15"),
               ("Maskhadov", "RUS", "1997-05-12"), ("Grachev", "RUS", "1994-12-11"),
               ("Hekmatyar", "AFG", "1990-03-06"), ("Noriega", "PAN", "1988-03-17"),
               ("Chamorro", "NIC", "1992-04-02"), ("Oliver Tambo", "ZAF", "1987-07-28"),
               ("Zia ul-Haq", "PAK", "1987-03-24"), ("Narasimha Rao", "IND", "1993-04-14"),
               ("Pik Botha", "ZAF", "1987-05-21"), ("Azcona", "HND", "1988-12-07"),
               ("Jayewardene", "LKA", "1987-07-29"), ("Elchibey", "AZE", "1993-02-01"),
               ("Lebed", "RUS", "1996-08-31"), ("Woerner", "IGO", "1991-04-10"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("signed a border accord with {T}", "05"),
             ("strongly criticised {T}", "11"), ("praised {T}", "05"))  # fmt: skip


def era_person_sentence(
    sc: Scene, people: tuple[tuple[str, str, str], ...], acts: tuple[tuple[str, str], ...]
) -> Built:
    """An era's office-holder (name, state, a date in office) acting on the target: person's
    state -> T, a meeting both ways. Shared by the wire practice sets' suite modules."""
    name, code, date = sc.rng.choice([p for p in people if p[1] != sc.t.iso3])
    sc.date = date
    act, root = sc.rng.choice(acts)
    act = act.format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = f"{name} {act}{sc.rng.choice(_TIMES)}."
    back = (Expect(sc.t.iso3, code, _r("04"), ASSERTED),) if root == "04" else ()
    return text, (Expect(code, sc.t.iso3, _r(root), ASSERTED),), back


def w3_era_people(sc: Scene) -> Built:
    """ "Najibullah condemned Pakistan" (1989): AFG -> PAK 11 (the office dated in the era)."""
    return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "w3_forces_left": w3_forces_left,
    "w3_era_groups": w3_era_groups,
    "w3_soviet": w3_soviet,
    "w3_era_people": w3_era_people,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
