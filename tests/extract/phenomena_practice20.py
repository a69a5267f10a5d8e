"""Round 33's practice set (issue 9, practice20: the Iran-Afghanistan-Pakistan borderlands) as suite
constructions crossed with the suite's states named by name, capital, demonym + sector or leader,
and several phrasings:

- ``pr20_region_groups``: "the Tehrik-i-Taliban Pakistan / the TTP / Tehreek-e-Taliban fighters /
  Jaish al-Adl / ISIS-K attacked Y-ian troops", "X accused Y of sheltering the BLA": the region's
  armed groups under the state they fight in (GUIDE rule 6, "Armed groups and the Taliban
  government"), written with and without "the", hyphenated or spaced, never read as the state
  a demonym in their name or the sentence's other state names (class RG, ``groups.tsv``);
- ``pr20_region_bodies``: "UNAMA / the UN refugee agency / UNHCR criticised Y": the UN's mission
  and refugee agency as parties (class RG, ``groups.tsv``);
- ``pr20_region_officials``: "Mohsin Naqvi spoke ... Naqvi accused Y of ...", "Baradar asked Y
  to ...": the region's office-holders in office in 2025-2026, by full name and then by surname
  alone (class RO, ``people.tsv``);
- ``pr20_region_places``: "X-ian jets struck Paktika / Barmal / Chaman / Saravan overnight", "X
  carried out air strikes in Zabul / in the Kharkiv region": the region's provinces, border towns
  and crossings as the place a strike hit, aimed at the state they lie in, also where the place
  phrase hangs on the light verb of a strike noun (class RP, ``regions.tsv`` and
  ``struck_regions._places``);
- ``pr20_refused_rein_in``: "X refused to rein in the TTP / the Balochistan Liberation Army": the
  refusal answers the group's state (class RG, a ``triggers.tsv`` row for "rein in").

Scores on main (fe443606) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice20_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _poss, _r, official_spoke

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week", "overnight")
# (a name of the group as news writes it, the state it fights in)
_GROUPS = (
    ("The Tehrik-i-Taliban Pakistan", "PAK"),
    ("Tehreek-e-Taliban Pakistan fighters", "PAK"),
    ("TTP militants", "PAK"),
    ("The TTP", "PAK"),
    ("The Balochistan Liberation Army", "PAK"),
    ("Baloch Liberation Army fighters", "PAK"),
    ("The BLA", "PAK"),
    ("Jaish al-Adl", "IRN"),
    ("Jaish al-Adl militants", "IRN"),
    ("Islamic State Khorasan", "AFG"),
    ("ISIS-K fighters", "AFG"),
    ("The Islamic State Khorasan Province", "AFG"),
    ("ISKP militants", "AFG"),
)  # fmt: skip
_VICTIMS = ("{Tdem} troops", "{Tdem} soldiers", "{Tdem} border guards", "{Tdem} engineers",
            "a {Tdem} convoy")  # fmt: skip
_HARMS = ("attacked", "ambushed", "killed six")
_SHELTERS = ("accused {T} of sheltering {g}", "accused {T} of harbouring {g}",
             "condemned {T} for sheltering {g}")  # fmt: skip


def _lower_the(name: str) -> str:
    return "the" + name[3:] if name.startswith("The ") else name


def pr20_region_groups(sc: Scene) -> Built:
    """ "The TTP attacked Y-ian troops": PAK -> Y 19; "X accused Y of sheltering
    the BLA": X -> Y 11 (the group no party of the accusation)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-11-10"
    group, home = rng.choice([g for g in _GROUPS if g[1] not in (s.iso3, t.iso3)])
    if rng.random() < 0.6:
        victims = rng.choice(_VICTIMS).format(Tdem=t.demonym)
        text = f"{group} {rng.choice(_HARMS)} {victims} {rng.choice(_DAYS)}."
        return text, (Expect(home, t.iso3, _r("19"), ASSERTED),), ()
    act = rng.choice(_SHELTERS).format(T=sc.name(t), g=_lower_the(group))
    text = f"{sc.name(s)} {act} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, t.iso3, _r("11"), ASSERTED),), ()


_BODIES = ("UNAMA", "The UN refugee agency", "The U.N. refugee agency",
           "The United Nations mission in Afghanistan", "The UN Assistance Mission in Afghanistan",
           "UNHCR")  # fmt: skip
_BODY_ACTS = (("criticised {T}", "11"), ("criticised {Tposs} expulsions of refugees", "11"),
              ("urged {T} to halt the deportations", "02"), ("praised {T}", "05"),
              ("accused {T} of forcing refugees back", "11"))  # fmt: skip


def pr20_region_bodies(sc: Scene) -> Built:
    """ "UNAMA criticised Y", "the UN refugee agency urged Y to halt the deportations": IGO -> Y."""
    rng, t = sc.rng, sc.t
    sc.date = "2025-07-08"
    act, root = rng.choice(_BODY_ACTS)
    tname = sc.name(t)
    text = f"{rng.choice(_BODIES)} {act.format(T=tname, Tposs=_poss(tname))} {rng.choice(_DAYS)}."
    return text, (Expect("IGO", t.iso3, _r(root), ASSERTED),), ()


# (full name, surname alone, the code's first letters, a date in office)
_OFFICIALS = (
    ("Mohsin Naqvi", "Naqvi", "PAK", "2025-04-10"),
    ("Attaullah Tarar", "Tarar", "PAK", "2025-11-08"),
    ("Abdul Ghani Baradar", "Baradar", "AFG", "2025-07-08"),
    ("Mohammad Yaqoob", "Yaqoob", "AFG", "2025-10-19"),
    ("Eskandar Momeni", "Momeni", "IRN", "2025-07-08"),
    ("Adam Boehler", "Boehler", "USA", "2025-03-21"),
)  # fmt: skip
_OPENERS = ("{full} spoke to reporters {day}.", "{full} arrived at the border {day}.")


def pr20_region_officials(sc: Scene) -> Built:
    """ "Mohsin Naqvi spoke to reporters on Monday. Naqvi criticised Y": PAK -> Y 11; also by
    full name alone in one sentence (dated 2025)."""
    return official_spoke(sc, _OFFICIALS, _OPENERS, _DAYS)


# (a place the region's news names as where a strike hit, the state it lies in)
_PLACES = (("Paktika", "AFG"), ("Barmal district", "AFG"), ("Nimroz province", "AFG"),
           ("Spin Boldak", "AFG"), ("Zabul", "AFG"), ("Chaman", "PAK"), ("Bajaur", "PAK"),
           ("Kurram district", "PAK"), ("Panjgur", "PAK"), ("Saravan", "IRN"),
           ("Zahedan", "IRN"), ("the Khatlon region", "TJK"), ("Kunar province", "AFG"),
           ("the Kharkiv region", "UKR"), ("Khan Younis", "PSE"), ("the Bekaa Valley", "LBN"))  # fmt: skip
_STRIKES = (("{Sdem} jets struck {P} {day}", "19"), ("{Sdem} drones hit targets in {P} {day}", "19"),
            ("{Sdem} forces shelled {P} {day}", "19"),
            ("{S} carried out air strikes in {P} {day}", "19"),
            ("{S} conducted drone strikes in {P} {day}", "19"),
            ("{Sdem} aircraft carried out raids on {P} {day}", "19"))  # fmt: skip


def pr20_region_places(sc: Scene) -> Built:
    """ "X-ian jets struck Paktika overnight": X -> AFG 19 (the place's state, never X's)."""
    rng, s = sc.rng, sc.s
    sc.date = "2026-02-22"
    place, home = rng.choice([p for p in _PLACES if p[1] != s.iso3])
    frame, root = rng.choice(_STRIKES)
    text = frame.format(Sdem=s.demonym, S=sc.name(s), P=place, day=rng.choice(_DAYS))
    return f"{text[0].upper()}{text[1:]}.", (Expect(s.iso3, home, _r(root), ASSERTED),), ()


_REIN_GROUPS = (("the TTP", "PAK"), ("TTP militants", "PAK"),
                ("the Balochistan Liberation Army", "PAK"), ("Jaish al-Adl", "IRN"),
                ("the Tehrik-i-Taliban Pakistan", "PAK"))  # fmt: skip
_REFUSALS = ("refused to rein in {g}", "has refused to rein in {g}",
             "again refused to rein in {g}", "flatly refused to rein in {g}")  # fmt: skip


def pr20_refused_rein_in(sc: Scene) -> Built:
    """ "X refused to rein in the TTP": X -> PAK 12 (the group's state, never X)."""
    rng, s = sc.rng, sc.s
    sc.date = "2026-01-05"
    group, home = rng.choice([g for g in _REIN_GROUPS if g[1] != s.iso3])
    text = f"{sc.name(s)} {rng.choice(_REFUSALS).format(g=group)}."
    return text, (Expect(s.iso3, home, _r("12"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr20_region_groups": pr20_region_groups,
    "pr20_region_bodies": pr20_region_bodies,
    "pr20_region_officials": pr20_region_officials,
    "pr20_region_places": pr20_region_places,
    "pr20_refused_rein_in": pr20_refused_rein_in,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
