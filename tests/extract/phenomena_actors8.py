"""Actor classes of issue 9 section 1 (actors8), as templates with many states and phrasings:
a venue is no party ("condemned T at a summit in Z's capital", "held talks in Z";
a8_venue, a8_meeting_place), a vehicle hit with no owner named is nobody's as far as the
sentence says, never the doer's own state's (a8_unowned_vehicle), an unplaced actor's own
location places it while a named nationality wins ("Z-based militants", "soldiers in Z said
they ...", "S soldiers in Z"; a8_located_actor) and groups of no single state give no country
("the international community", "world powers", "the P5"; a8_no_state_group)."""

from __future__ import annotations

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _one,
    _poss,
    _time,
)

_REPORTED = frozenset({"reported", "asserted"})

_VENUE_ACTS = (
    ("condemned {T}", "11"), ("criticized {T}", "11"), ("accused {T} of provocations", "11"),
    ("praised {T}", "05"), ("urged {T} to show restraint", "02"),
    ("warned {T} of consequences", "13"),
)  # fmt: skip
_GATHERINGS = (
    "at a meeting in {Z}", "at a summit in {Z}", "at a conference in {Z}",
    "on the sidelines of a summit in {Z}", "at a news conference in {Z}", "at a forum in {Z}",
    "during talks in {Z}", "at a security forum in {Z}",
)  # fmt: skip

_NAMED_GATHERINGS = ("summit", "conference", "talks", "meeting", "forum")


def _place(sc: Scene) -> str:
    """A third state's capital, named three ways: "Ankara", "Turkey's capital", "the Turkish
    capital"."""
    z = sc.z
    return sc.rng.choice((z.capital, f"{_poss(z.name)} capital", f"the {z.demonym} capital"))


_SOLITARY_ACTS = (
    ("condemned the attack", "11"), ("criticized the plan", "11"), ("pledged more aid", "03"),
    ("signed the agreement", "05"), ("denounced the decision", "11"),
)  # fmt: skip


def z_capital(sc: Scene) -> str:
    """The third state's capital by name ("Ankara")."""
    return sc.z.capital


def a8_venue(sc: Scene) -> Built:
    """ "S condemned the attack at a summit in Z's capital", "S condemned T at a meeting in Z":
    the act's parties stay; the place of the gathering is no party, also when no target is
    named."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.25:  # the city named on the gathering: "at the Ankara summit"
        where = f"at the {sc.z.capital} {rng.choice(_NAMED_GATHERINGS)}"
    else:
        where = rng.choice(_GATHERINGS).format(Z=_place(sc))
    doer = sc.name(s) if rng.random() < 0.7 else f"the {s.demonym} foreign minister"
    if rng.random() < 0.6:
        phrase, root = rng.choice(_SOLITARY_ACTS)
        text = f"{sc.name(s)} {phrase} {where}{_time(sc)}."  # (an official's lone
        # criticism is read as domestic, SGOV -> S: not this construction's question)
        return _cap(text), (Expect(s.iso3, "", frozenset({root}), ASSERTED),), ()
    phrase, root = rng.choice(_VENUE_ACTS)
    text = f"{doer} {sc.fill(phrase)} {where}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


_TALKS = ("held talks", "met", "held a meeting", "held consultations")


def a8_meeting_place(sc: Scene) -> Built:
    """ "S and T held talks in Z", "S's president met T's president in Z's capital",
    "S's foreign minister held talks in Z": the meeting is between the named sides; the place
    hosts no one (a meeting of one side names no counterpart). "S's foreign minister met his
    counterpart in Ankara" meets the place's state: the counterpart is named through it."""
    rng, s, t = sc.rng, sc.s, sc.t
    talks = rng.choice(_TALKS)
    where = _place(sc)
    r = rng.randrange(4)
    if r == 3:  # the counterpart is named only through the place: its state is met
        who = rng.choice(("foreign minister", "defence minister", "president"))
        text = f"{_poss(s.name)} {who} met his counterpart in {z_capital(sc)}{_time(sc)}."
        back = (Expect(sc.z.iso3, s.iso3, frozenset({"04"}), ASSERTED),)
        return _cap(text), (_one(s, sc.z.iso3, "04", ASSERTED),), back
    if r == 0:
        text = f"{sc.name(s)} and {sc.name(t)} {talks} in {where}{_time(sc)}."
        both = (_one(s, t.iso3, "04", ASSERTED), _one(t, s.iso3, "04", ASSERTED))
        return _cap(text), both, ()
    if r == 1:
        text = f"{_poss(s.name)} foreign minister met {_poss(t.name)} foreign minister in {where}"
        back = (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),)
        return _cap(text + _time(sc) + "."), (_one(s, t.iso3, "04", ASSERTED),), back
    text = f"{_poss(s.name)} foreign minister {talks} in {where}{_time(sc)}."
    return _cap(text), (), (Expect(s.iso3, "", frozenset({"04"}), ANY),)


# Vehicles with the places they are hit at.
_SHIPS = ("tanker", "oil tanker", "cargo ship", "vessel", "fishing boat", "merchant vessel")
_AT_SEA = ("", " in the Red Sea", " at sea", " near the coast")
_LAND = ("convoy", "supply convoy", "aid convoy", "military convoy", "truck", "bus")
_ON_LAND = ("", " on a highway", " near the capital", " near the front line")


def _a(word: str) -> str:
    return ("an " if word[:1].lower() in "aeiou" else "a ") + word


_FORCE = (
    ("seized", "17"), ("attacked", "19"), ("struck", "19"), ("fired on", "19"),
    ("targeted", "19"), ("fired missiles at", "19"),
)  # fmt: skip
_PASSIVE = frozenset({"seized", "attacked", "struck", "targeted"})
_ATTACKS = (("a drone attack", "19"), ("an attack", "19"), ("a missile strike", "19"))
_VEHICLE_DOERS = ("{Sdem} forces", "the {Sdem} navy", "{Sdem} troops", "{Sdem} soldiers")


def a8_unowned_vehicle(sc: Scene) -> Built:
    """ "S forces attacked a convoy", "the S navy seized a tanker": no owner named, so no
    target, never the doer's own state."""
    rng, s = sc.rng, sc.s
    verb, root = rng.choice(_FORCE)
    ship = rng.random() < 0.5
    vehicle = rng.choice(_SHIPS if ship else _LAND)
    where = rng.choice(_AT_SEA if ship else _ON_LAND)
    if (verb == "seized" and not ship) or (verb == "targeted" and vehicle in ("truck", "bus")):
        verb, root = "attacked", "19"  # ("targeted a truck" is no trigger: a lexicon gap)
    doers = _VEHICLE_DOERS if ship else tuple(d for d in _VEHICLE_DOERS if "navy" not in d)
    doer = rng.choice(doers).format(Sdem=s.demonym)
    r = rng.random()
    if r < 0.6:
        text = f"{doer} {verb} {_a(vehicle)}{where}{_time(sc)}."
    elif r < 0.8 and verb in _PASSIVE:
        text = f"{_a(vehicle)} was {verb} by {doer}{where}{_time(sc)}."
    else:
        attack, root = rng.choice(_ATTACKS)
        text = f"{doer} launched {attack} on {_a(vehicle)}{where}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, "", frozenset({root}), ASSERTED),), ()


_GROUPS_OF_FIGHTERS = ("militants", "fighters", "gunmen", "insurgents")
_VICTIMS = ("{Tdem} soldiers", "{Tdem} troops", "{Tdem} border guards", "{Tdem} positions")


def a8_located_actor(sc: Scene) -> Built:
    """ "Z-based militants attacked T soldiers", "militants based in Z ...", "soldiers in Z
    said they had attacked T positions": the unplaced actor is placed where it is (Z); "S
    soldiers in Z attacked T troops" stay S's (a named nationality wins)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    victim = rng.choice(_VICTIMS).format(Tdem=t.demonym)
    fighters = rng.choice(_GROUPS_OF_FIGHTERS)
    r = rng.randrange(4)
    if r == 0 and not z.name.startswith("the "):
        text = f"{z.name}-based {fighters} attacked {victim}{_time(sc)}."
    elif r <= 1:
        verb = rng.choice(("based", "stationed"))
        text = f"{_cap(fighters)} {verb} in {z.name} attacked {victim}{_time(sc)}."
    elif r == 2:
        troops = rng.choice(("Soldiers", "Troops", "Fighters"))
        text = f"{troops} in {z.name} said they had attacked {victim}{_time(sc)}."
        return text, (Expect(z.iso3, t.iso3, frozenset({"19"}), _REPORTED),), ()
    else:
        troops = rng.choice(("soldiers", "troops"))
        text = f"{s.demonym} {troops} in {z.name} attacked {victim}{_time(sc)}."
        return _cap(text), (_one(s, t.iso3, "19", ASSERTED),), ()
    return _cap(text), (_one(z, t.iso3, "19", ASSERTED),), ()


_NO_STATE_GROUPS = (
    "the international community", "world powers", "major powers", "the P5", "global powers",
    "the great powers",
)  # fmt: skip
_GROUP_ACTS = (
    ("condemned {T}", "11"), ("urged {T} to show restraint", "02"), ("criticized {T}", "11"),
    ("warned {T} of consequences", "13"), ("praised {T}", "05"),
)  # fmt: skip
_AT_GROUP = (
    ("accused {G} of inaction", "11"), ("criticized {G}", "11"), ("urged {G} to act", "02"),
    ("called on {G} to act", "02"),
)  # fmt: skip


def a8_no_state_group(sc: Scene) -> Built:
    """ "The international community condemned T": no state acts, so no event; "S urged world
    powers to act": the target stays open, never a state of its own."""
    rng, s = sc.rng, sc.s
    group = rng.choice(_NO_STATE_GROUPS)
    if rng.random() < 0.5:
        phrase, _root = rng.choice(_GROUP_ACTS)
        return _cap(f"{group} {sc.fill(phrase)}{_time(sc)}."), (), ()
    phrase, root = rng.choice(_AT_GROUP)
    text = f"{sc.name(s)} {phrase.format(G=group)}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, "", frozenset({root}), ASSERTED),), ()


ACTORS8_CONSTRUCTIONS = {
    "a8_venue": a8_venue,
    "a8_meeting_place": a8_meeting_place,
    "a8_unowned_vehicle": a8_unowned_vehicle,
    "a8_located_actor": a8_located_actor,
    "a8_no_state_group": a8_no_state_group,
}
# test_phenomena.py's floors for these constructions (right of 24 on seed 0, most false).
FLOORS = {name: (24, 0) for name in ACTORS8_CONSTRUCTIONS}
