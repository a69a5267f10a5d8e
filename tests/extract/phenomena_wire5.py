"""Round 31's practice set of 2005-2012 wire copy (issue 9, practice17: Europe, Russia and its
neighbours, the Balkans, the Americas, Central Asia) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each. The era's
constructions date their document in the era (the tables date the offices):

- ``w5_era_people``: office-holders of 2005-2012 by full name or surname alone ("Boris Tadic",
  "Ansip", "Otunbayeva", "Fernando Lugo", "Christofias"): the people table lacked their offices
  of the era, and Phoenix's rows give no surname (class EP), person's state -> T;
- ``w5_era_groups``: "ELN rebels", "the Basque separatist group ETA", "IMU fighters", "Zapatista
  rebels": the era's armed groups were unknown or read as the neighbour's (class GR); each is the
  state's it fights in, group -> T;
- ``w5_state_firms``: "Gazprom cut off gas supplies to T", "Naftogaz accused T of blackmail",
  "PDVSA halted oil shipments to T": a state energy firm named alone was no party (class SF); it
  is its owner state's (BUS), firm -> T;
- ``w5_shook_hands``: "A and B shook hands at a summit", "A shook hands with B": no row (class
  SH); a meeting, 040, both ways for a joint subject;
- ``w5_veto_subject``: "A vetoed a U.N. resolution condemning T", "... a draft that would have
  imposed sanctions on T": the veto was aimed at the body (class VT); GUIDE rule 7 aims it at the
  resolution's subject, A -> T 12.

Scores on main (225bd925) before the fixes: see ``bench/gold/reviews/practice17_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_wire3 import era_group_sentence, era_person_sentence
from phenomena_words import ASSERTED, Built, Expect, Scene, _e, _r

_TIMES = ("", " on Monday", " on Thursday", " on Saturday", " on Friday")

# (name as written, state, a date in the office)
_ERA_PEOPLE = (("Boris Tadic", "SRB", "2008-02-18"), ("Tadic", "SRB", "2010-07-22"),
               ("Vuk Jeremic", "SRB", "2009-03-02"), ("Hashim Thaci", "KSV", "2009-06-15"),
               ("Thaci", "KSV", "2011-07-27"), ("Ivo Sanader", "HRV", "2008-12-18"),
               ("Jadranka Kosor", "HRV", "2010-05-04"), ("Nikola Gruevski", "MKD", "2008-04-03"),
               ("Gruevski", "MKD", "2011-03-10"), ("Borut Pahor", "SVN", "2009-11-04"),
               ("Christofias", "CYP", "2009-11-24"), ("Nalbandian", "ARM", "2009-10-10"),
               ("Elmar Mammadyarov", "AZE", "2008-11-02"), ("Andrus Ansip", "EST", "2007-05-02"),
               ("Ansip", "EST", "2007-04-27"), ("Urmas Paet", "EST", "2010-02-11"),
               ("Grigol Vashadze", "GEO", "2009-09-14"), ("Ohryzko", "UKR", "2008-08-13"),
               ("Mirek Topolanek", "CZE", "2008-07-08"), ("Geir Haarde", "ISL", "2008-10-09"),
               ("Moratinos", "ESP", "2010-07-07"), ("Fernando Lugo", "PRY", "2009-07-25"),
               ("Manuel Zelaya", "HND", "2008-08-25"), ("Ricardo Patino", "ECU", "2012-08-16"),
               ("Perez Roque", "CUB", "2007-05-03"), ("Roza Otunbayeva", "KGZ", "2010-06-13"),
               ("Otunbayeva", "KGZ", "2010-05-19"), ("Almazbek Atambayev", "KGZ", "2012-09-20"),
               ("Karim Massimov", "KAZ", "2009-03-16"), ("Sali Berisha", "ALB", "2009-04-01"),
               ("Dora Bakoyannis", "GRC", "2008-04-03"), ("Kostas Karamanlis", "GRC", "2008-04-02"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("signed a border accord with {T}", "05"),
             ("strongly criticised {T}", "11"), ("praised {T}", "05"))  # fmt: skip


def w5_era_people(sc: Scene) -> Built:
    """ "Otunbayeva accused Uzbekistan of arming rebels" (2010): KGZ -> UZB 11."""
    return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)


# (phrase, state it fights in, a date of its years of arms)
_GROUPS = (("ELN rebels", "COL", "2008-05-10"), ("the ELN", "COL", "2010-07-22"),
           ("ELN guerrillas", "COL", "2006-01-17"), ("the Basque separatist group ETA", "ESP", "2008-05-21"),
           ("ETA", "ESP", "2009-07-30"), ("Basque separatists", "ESP", "2007-06-05"),
           ("IMU fighters", "UZB", "2009-05-26"), ("Islamic Movement of Uzbekistan militants", "UZB", "2010-09-19"),
           ("Zapatista rebels", "MEX", "2006-01-01"), ("the Zapatistas", "MEX", "2005-06-20"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} border post", "19"), ("accused {T} of arming its enemies", "11"),
               ("condemned {T}", "11"), ("shelled {a_Tdem} army base", "19"))  # fmt: skip


def w5_era_groups(sc: Scene) -> Built:
    """ "ELN rebels attacked a Venezuelan border post": COL -> VEN 19 (the group's own state)."""
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS)


# (firm, owner state)
_FIRMS = (("Gazprom", "RUS"), ("Rosneft", "RUS"), ("Transneft", "RUS"), ("Naftogaz", "UKR"),
          ("PDVSA", "VEN"), ("Pemex", "MEX"), ("Petrobras", "BRA"), ("KazMunayGas", "KAZ"))  # fmt: skip
_FIRM_ACTS = (("cut off gas supplies to {T}", "16"), ("halted oil shipments to {T}", "16"),
              ("accused {T} of blackmail", "11"), ("cut off oil deliveries to {T}", "16"),
              ("accused {T} of stealing gas", "11"))  # fmt: skip


def w5_state_firms(sc: Scene) -> Built:
    """ "Gazprom cut off gas supplies to Ukraine" (2009): RUS -> UKR 16."""
    firm, code = sc.rng.choice([f for f in _FIRMS if f[1] != sc.t.iso3])
    sc.date = sc.rng.choice(("2006-01-01", "2009-01-01", "2007-01-08", "2010-06-21"))
    act, root = sc.rng.choice(_FIRM_ACTS)
    text = f"{firm} {act.format(T=sc.name(sc.t, capital=0.0))}{sc.rng.choice(_TIMES)}."
    return text, (Expect(code, sc.t.iso3, _r(root), ASSERTED),), ()


_WHERE = ("", " at a summit", " at a regional summit", " before the cameras", " in {Z}")


def w5_shook_hands(sc: Scene) -> Built:
    """ "The Colombian and Ecuadorean presidents shook hands at a summit": COL <-> ECU 04."""
    where = sc.rng.choice(_WHERE).format(Z=sc.z.capital)
    time = sc.rng.choice(_TIMES)
    both = (_e(sc.s, sc.t, _r("04"), ASSERTED), _e(sc.t, sc.s, _r("04"), ASSERTED))
    r = sc.rng.random()
    if r < 0.35:
        text = f"{sc.leader(sc.s)} and {sc.leader(sc.t)} shook hands{where}{time}."
        return text, both, ()
    if r < 0.65:
        text = f"The presidents of {sc.s.name} and {sc.t.name} shook hands{where}{time}."
        return text, both, ()
    text = f"{sc.leader(sc.s)} shook hands with {sc.leader(sc.t)}{where}{time}."
    return text, both[:1], both[1:]


_BODY = ("a Security Council resolution", "a U.N. resolution", "a draft resolution",
         "a resolution", "a Security Council draft")  # fmt: skip
_ABOUT = ("that condemned {T}", "condemning {T}", "that threatened {T} with sanctions",
          "that would have imposed sanctions on {T}", "threatening {T} with sanctions",
          "that would have imposed an arms embargo on {T}")  # fmt: skip


def w5_veto_subject(sc: Scene) -> Built:
    """ "Russia vetoed a U.N. resolution condemning Syria": RUS -> SYR 12 (GUIDE rule 7: the
    resolution's subject, not the body)."""
    body = sc.rng.choice(_BODY)
    about = sc.rng.choice(_ABOUT).format(T=sc.name(sc.t, capital=0.0))
    time = sc.rng.choice(_TIMES)
    if sc.rng.random() < 0.5:
        text = f"{sc.name(sc.s, capital=0.0)} vetoed {body}{time} {about}."
    else:
        text = f"{sc.name(sc.s, capital=0.0)} vetoed {body} {about}{time}."
    return text, (_e(sc.s, sc.t, _r("12"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "w5_era_people": w5_era_people,
    "w5_era_groups": w5_era_groups,
    "w5_state_firms": w5_state_firms,
    "w5_shook_hands": w5_shook_hands,
    "w5_veto_subject": w5_veto_subject,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
