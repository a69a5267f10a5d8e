"""Actor classes that recur across fresh5..fresh8 (issue 9, names18), as suite constructions
crossed with the suite's states and several phrasings each.

- ``n18_shared_water``: "Kenya accused Uganda of polluting Lake Chad", "Egypt's navy seized two
  Turkish fishing boats in the Gulf of Guinea", "Brazil and Argentina signed an agreement on
  fishing in Lake Tanganyika": a water or basin whose name holds a state's name ("Lake Chad",
  "the Niger Delta", "the Congo river", "the Gulf of Thailand") is no state's; neither is one
  whose name holds none ("the Mekong", "the Caspian Sea");
- ``n18_office_pair``: "The presidents of Kenya and Uganda spoke by phone on Monday, and the two
  leaders agreed to reopen the border", "Kenya's and Uganda's presidents met in Addis Ababa.
  The two presidents signed a trade deal": office-holders named by their states only are those
  states, and "the two leaders" / "both governments" after them are the two (in the same
  sentence too), not the place of the meeting;
- ``n18_unplaced_partners``: "Kenya's president criticized Uganda. He later thanked his
  coalition partners", "Nairobi urged its neighbours to close their borders": partners and
  neighbours the text does not name are no state party (a guard: none is the other state);
- ``n18_particle_names``: "Guinea-Bissau summoned Senegal's ambassador", "Al-Assad telephoned
  Venezuela's president", "Bin Salman criticized Iran": hyphenated and particle names of states,
  capitals and leaders ("Timor-Leste", "Abu Dhabi", "Kuala Lumpur", "el-Sisi", "bin Zayed") are
  one name of their state in every position, a hyphenated name opening the sentence included.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time

# Waters and basins shared by several states (or lying in one that is not always the named
# one) whose names hold a state's name, and some whose names hold none.
NAMED_WATERS = (
    "Lake Chad", "Lake Tanganyika", "Lake Malawi", "the Gulf of Guinea", "the Bight of Benin",
    "the Niger Delta", "the Niger river", "the Congo river", "the Congo Basin",
    "the Gulf of Thailand", "the Gulf of Finland", "the Gulf of Mexico", "the Sea of Japan",
    "the Gulf of Oman", "the Gulf of Honduras", "the Senegal river", "the Gambia River",
    "the Lake Chad basin",
)  # fmt: skip
UNNAMED_WATERS = (
    "the Mekong", "the Danube", "the Caspian Sea", "the Red Sea", "Lake Victoria", "the Nile",
)  # fmt: skip
_WATER_ACTS = (
    ("{S} accused {T} of polluting {W}{time}.", "11", False),
    ("{PS} navy seized two {TD} fishing boats in {W}{time}.", "17", False),
    ("{S} criticized {T} over a planned dam on {W}{time}.", "11", False),
    ("{S} and {T} signed an agreement on fishing in {W}{time}.", "05", True),
    ("{PS} coast guard detained {A_TD} trawler on {W}{time}.", "17", False),
    ("{S} deployed two warships to {W}{time}.", "15", None),
    ("{S} sent patrol boats to {W}{time}.", "07", None),
)  # fmt: skip


def _e(src: str, tgt: str, root: str) -> Expect:
    return Expect(src, tgt, frozenset({root}), ASSERTED)


def n18_shared_water(sc: Scene) -> Built:
    """ "Kenya accused Uganda of polluting Lake Chad": KEN -> UGA, no act with Chad."""
    s, t = sc.s, sc.t
    water = sc.rng.choice(NAMED_WATERS if sc.rng.random() < 0.8 else UNNAMED_WATERS)
    act, root, both = sc.rng.choice(_WATER_ACTS)
    text = act.format(
        S=s.name,
        T=t.name,
        PS=_poss(s.name),
        TD=t.demonym,
        A_TD=_article(t.demonym),
        W=water,
        time=_time(sc),
    )
    if both is None:  # an act with no other party: no target (not the water's state)
        return _cap(text), (_e(s.iso3, "", root),), ()
    want = [_e(s.iso3, t.iso3, root)]
    if both:
        want.append(_e(t.iso3, s.iso3, root))
    # (the accused pollution, where read: reported, the accused's)
    allowed = (Expect(t.iso3, "", frozenset(), ANY),) if "accused" in act else ()
    return _cap(text), tuple(want), allowed


_OFFICES = (
    "The presidents of {S} and {T}",
    "The leaders of {S} and {T}",
    "{PS} and {PT} leaders",
    "The foreign ministers of {S} and {T}",
    "{PS} and {PT} presidents",
)  # fmt: skip
_MET = (
    ("spoke by phone{time}", "04"),
    ("met in {ZC}{time}", "04"),
    ("held talks in {ZC}{time}", "04"),
)  # fmt: skip
_THEN = (
    (", and the two leaders agreed to reopen the border.", "03", False),
    (". The two leaders agreed to reopen the border.", "03", False),
    (". The two presidents signed a trade deal.", "05", False),
    (", and both governments pledged to reopen the border.", "03", False),
    (". Both leaders criticized {Z}.", "11", True),
)  # fmt: skip


def n18_office_pair(sc: Scene) -> Built:
    """ "The presidents of Kenya and Uganda spoke by phone, and the two leaders agreed to
    reopen the border": KEN <-> UGA for the call and for the agreement."""
    s, t, z = sc.s, sc.t, sc.z
    office = sc.rng.choice(_OFFICES).format(S=s.name, T=t.name, PS=_poss(s.name), PT=_poss(t.name))
    met, root = sc.rng.choice(_MET)
    then, then_root, at_z = sc.rng.choice(_THEN)
    text = f"{office} {met.format(ZC=z.capital, time=_time(sc))}{then.format(Z=z.name)}"
    want = [_e(s.iso3, t.iso3, root), _e(t.iso3, s.iso3, root)]
    if at_z:
        want += [_e(s.iso3, z.iso3, then_root), _e(t.iso3, z.iso3, then_root)]
    else:
        want += [_e(s.iso3, t.iso3, then_root), _e(t.iso3, s.iso3, then_root)]
    return _cap(text), tuple(want), ()


_PARTNERS = (
    ("{PS} president criticized {T}{time}. He later thanked his coalition partners.", "11"),
    ("{PS} prime minister criticized {T}{time}. She said her coalition partners would back "
     "the plan.", "11"),
    ("{S} criticized {T}{time}. {SC} also accused its neighbours of meddling.", "11"),
    ("{S} praised {T}{time}. {SC} urged its neighbours to close their borders.", "05"),
    ("{S} criticized {T}{time}, and it later thanked its neighbours for their help.", "11"),
)  # fmt: skip


def n18_unplaced_partners(sc: Scene) -> Built:
    """ "Kenya's president criticized Uganda. He later thanked his coalition partners": the
    thanks has no state target (not Uganda)."""
    s, t = sc.s, sc.t
    act, root = sc.rng.choice(_PARTNERS)
    text = act.format(S=s.name, T=t.name, PS=_poss(s.name), SC=s.capital, time=_time(sc))
    allowed = (Expect(s.iso3, "", frozenset(), ANY), Expect("---", "*", frozenset(), ANY))
    return _cap(text), (_e(s.iso3, t.iso3, root),), allowed


# Names with a hyphen or a particle (state, capital, leader), with the state they name and
# the first date a person held the office the table gives (a person out of office is the
# state's elite: the same state).
PARTICLE_NAMES = (
    ("Guinea-Bissau", "GNB", True), ("Timor-Leste", "TMP", True), ("Abu Dhabi", "ARE", True),
    ("Kuala Lumpur", "MYS", True), ("Port-au-Prince", "HTI", True),
    ("Dar es Salaam", "TZA", True), ("Bandar Seri Begawan", "BRN", True),
    ("Bashar al-Assad", "SYR", False), ("Abdel Fattah el-Sisi", "EGY", False),
    ("Mohammed bin Salman", "SAU", False), ("Mohamed bin Zayed", "ARE", False),
    ("Abdel Fattah al-Burhan", "SDN", False), ("Ahmed al-Sharaa", "SYR", False),
    ("bin Salman", "SAU", False), ("bin Zayed", "ARE", False), ("al-Sisi", "EGY", False),
    ("el-Sisi", "EGY", False), ("al-Burhan", "SDN", False), ("al-Assad", "SYR", False),
)  # fmt: skip
_PLACE_ACTS = (
    ("{X} criticized {T}{time}.", "11", "xt"),
    ("{T} criticized {X}{time}.", "11", "tx"),
    ("{PX} foreign minister praised {T}{time}.", "05", "xt"),
    ("{X} and {T} signed a trade deal{time}.", "05", "both"),
    ("{PT} president accused {X} of meddling{time}.", "11", "tx"),
    ("{X} summoned {PT} ambassador{time}.", "11", "xt"),
    ("{X} telephoned {PT} president{time}.", "04", "xt"),
)  # fmt: skip
_PERSON_ACTS = (
    ("{X} criticized {T}{time}.", "11", "xt"),
    ("{PT} president telephoned {X}{time}.", "04", "tx"),
    ("{X} telephoned {PT} president{time}.", "04", "xt"),
    ("{PT} foreign minister criticized {X}{time}.", "11", "tx"),
)  # fmt: skip


def n18_particle_names(sc: Scene) -> Built:
    """ "Guinea-Bissau criticized Senegal", "Senegal's president telephoned Mohamed bin
    Zayed": the name is one mention of its state in every position."""
    t = sc.t
    name, iso3, place = sc.rng.choice([p for p in PARTICLE_NAMES if p[1] != t.iso3])
    act, root, way = sc.rng.choice(_PLACE_ACTS if place else _PERSON_ACTS)
    text = act.format(X=name, PX=_poss(name), T=t.name, PT=_poss(t.name), time=_time(sc))
    if way == "both":
        want: tuple[Expect, ...] = (_e(iso3, t.iso3, root), _e(t.iso3, iso3, root))
    elif way == "xt":
        want = (_e(iso3, t.iso3, root),)
    else:
        want = (_e(t.iso3, iso3, root),)
    return _cap(text), want, ()


NAMES18_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n18_shared_water": n18_shared_water,
    "n18_office_pair": n18_office_pair,
    "n18_unplaced_partners": n18_unplaced_partners,
    "n18_particle_names": n18_particle_names,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names18 (be4b489) the same 24 scored (right, false assertions):
# n18_shared_water 19/5 (seeds 1, 2: 19/5, 19/5: the state inside "Lake Chad", "the Niger
# river", "the Bight of Benin" taken as the act's target), n18_office_pair 16/6 (seeds 1, 2:
# 19/3, 15/10: "..., and the two leaders agreed" in the same sentence read as one state or as
# the meeting's place; "A's and B's presidents" read as no state), n18_particle_names 19/3
# (seeds 1, 2: 23/0, 20/2: "bin Salman" / "bin Zayed" named no one, "Al-Assad telephoned X's
# president" parsed as a noun phrase with no verb), n18_unplaced_partners 24/0 (a guard; seeds
# 1, 2 the same); after names18 24/0 each (also at seeds 1, 2, 3).
FLOORS = {name: (24, 0) for name in NAMES18_CONSTRUCTIONS}
