"""Round 31's practice set of 2005-2012 wire copy (issue 9, practice16: the Middle East, South
Asia, East Asia and Africa) as suite constructions crossed with the suite's states named by name,
capital or demonym, and several phrasings each. The era's constructions date their document in
the era (the tables date the offices):

- ``w4_era_people``: office-holders and rebel leaders of 2005-2012 by full name or surname alone
  ("Siniora", "Gilani", "Hina Rabbani Khar", "Saeed Jalili", "Prabhakaran", "Nkunda"): the people
  table lacked their offices of the era, so they were no party or another state's (class ER),
  person's state -> T;
- ``w4_era_groups``: "M23 rebels", "al-Qaeda in the Islamic Maghreb", "the Islamic Courts
  Union", "Justice and Equality Movement rebels": the era's armed groups were in no table (M23
  took a neighbour's state, AQIM al-Qaeda's `IMG`), each its own state's (the state it fights
  in), group -> T (class GR);
- ``w4_force_nouns``: "X said its air defences (gunships, snipers, anti-aircraft batteries)
  had fired on T's jets", "Sdem gunboats shelled ...": force nouns that no sector table held left
  "its ..." with no state (class FN), S -> T 19.

Scores on main (225bd925) before the fixes: see ``bench/gold/reviews/practice16_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_wire3 import era_group_sentence, era_person_sentence
from phenomena_words import ASSERTED, REPORTED, Built, Scene, _article, _cap, _e, _r

_TIMES = ("", " on Monday", " on Thursday", " on Saturday", " on Friday")

# (name as written, state, a date in the office)
_ERA_PEOPLE = (("Fouad Siniora", "LBN", "2006-07-24"), ("Siniora", "LBN", "2008-01-15"),
               ("Yousuf Raza Gilani", "PAK", "2009-07-16"), ("Gilani", "PAK", "2010-03-02"),
               ("Hina Rabbani Khar", "PAK", "2011-07-27"), ("Saeed Jalili", "IRN", "2009-10-01"),
               ("Jalili", "IRN", "2012-05-23"), ("Walid al-Moualem", "SYR", "2011-11-02"),
               ("Ahmed Aboul Gheit", "EGY", "2009-01-06"), ("Hoshyar Zebari", "IRQ", "2008-03-02"),
               ("Zebari", "IRQ", "2010-11-11"), ("Mohamed Kamel Amr", "EGY", "2012-11-21"),
               ("Mohamed Mursi", "EGY", "2012-09-05"), ("Michel Suleiman", "LBN", "2010-02-11"),
               ("Velupillai Prabhakaran", "LKA", "2006-07-26"), ("Prabhakaran", "LKA", "2008-11-27"),
               ("Laurent Nkunda", "COD", "2008-10-30"), ("Nkunda", "COD", "2008-11-16"),
               ("Girija Prasad Koirala", "NPL", "2007-03-01"), ("Prachanda", "NPL", "2008-10-20"),
               ("Abhisit Vejjajiva", "THA", "2009-04-11"), ("Than Shwe", "MMR", "2008-05-20"),
               ("Raila Odinga", "KEN", "2009-06-15"), ("Morgan Tsvangirai", "ZWE", "2010-04-20"),
               ("Tsvangirai", "ZWE", "2011-05-03"), ("Umaru Yar'Adua", "NGA", "2008-06-10"),
               ("Shah Mehmood Qureshi", "PAK", "2009-02-17"), ("Boris Tadic", "SRB", "2008-02-20"),
               ("Hashim Thaci", "KSV", "2009-06-12"), ("Saeb Erekat", "PSE", "2010-09-02"),
               ("Idriss Deby", "TCD", "2008-02-04"), ("Deby", "TCD", "2009-05-06"),
               ("Abdullahi Yusuf Ahmed", "SOM", "2007-01-08"), ("Rangin Dadfar Spanta", "AFG", "2008-06-12"),
               ("Katsuya Okada", "JPN", "2009-11-25"), ("Ashfaq Kayani", "PAK", "2011-05-05"))  # fmt: skip
_ERA_ACTS = (("condemned {T}", "11"), ("accused {T} of arming rebels", "11"),
             ("held talks with {Tdem} officials", "04"), ("signed an accord with {T}", "05"),
             ("strongly criticised {T}", "11"), ("praised {T}", "05"))  # fmt: skip


def w4_era_people(sc: Scene) -> Built:
    """ "Gilani condemned Afghanistan" (2010): PAK -> AFG 11 (the office dated in the era)."""
    return era_person_sentence(sc, _ERA_PEOPLE, _ERA_ACTS)


# (phrase, state, a date in its years of arms)
_GROUPS = (("M23 rebels", "COD", "2012-11-20"), ("The M23 rebel movement", "COD", "2013-02-24"),
           ("CNDP rebels", "COD", "2008-10-29"), ("Al-Qaeda in the Islamic Maghreb", "DZA", "2008-03-10"),
           ("AQIM", "DZA", "2010-09-16"), ("Al-Qaeda in the Islamic Maghreb fighters", "DZA", "2011-12-01"),
           ("The Islamic Courts Union", "SOM", "2006-12-20"), ("Islamic Courts fighters", "SOM", "2006-12-24"),
           ("Justice and Equality Movement rebels", "SDN", "2008-05-10"),
           ("JEM rebels", "SDN", "2009-02-17"))  # fmt: skip
_GROUP_ACTS = (("attacked {a_Tdem} army base", "19"), ("kidnapped two {Tdem} engineers", "18"),
               ("accused {T} of arming its enemies", "11"), ("condemned {T}", "11"),
               ("held talks with {Tdem} officials", "04"))  # fmt: skip


def w4_era_groups(sc: Scene) -> Built:
    """ "M23 rebels attacked a Ugandan army base": COD -> UGA 19 (the group's own state)."""
    return era_group_sentence(sc, _GROUPS, _GROUP_ACTS, said_roots=("18", "19"))


# (not "commandos", "attack helicopters": "Sdem commandos fired on ..." parses as a verbless
# noun phrase, "attack" as a verb; a parse problem of its own, left)
_FORCES = ("air defences", "air defenses", "anti-aircraft batteries", "gunships", "gunboats",
           "snipers", "helicopter gunships", "anti-aircraft guns", "bombers")  # fmt: skip
_FIRED = (("had fired on {Tdem} warplanes", "19"), ("had shot down {a_Tdem} drone", "19"),
          ("had shelled {Tdem} positions", "19"), ("fired on {a_Tdem} patrol boat", "19"),
          ("had attacked {Tdem} border posts", "19"))  # fmt: skip


def w4_force_nouns(sc: Scene) -> Built:
    """ "Syria said its air defences had fired on Israeli warplanes": SYR -> ISR 19 reported;
    "Syrian gunships shelled Turkish positions": SYR -> TUR 19 asserted."""
    force = sc.rng.choice(_FORCES)
    act, root = sc.rng.choice(_FIRED)
    act = act.format(Tdem=sc.t.demonym, a_Tdem=_article(sc.t.demonym))
    if sc.rng.random() < 0.6:
        text = f"{sc.name(sc.s)} said{sc.rng.choice(_TIMES)} its {force} {act}."
        return text, (_e(sc.s, sc.t, _r(root), REPORTED),), ()
    act = act.replace("had ", "")
    text = f"{_cap(sc.s.demonym)} {force} {act}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "w4_era_people": w4_era_people,
    "w4_era_groups": w4_era_groups,
    "w4_force_nouns": w4_force_nouns,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
