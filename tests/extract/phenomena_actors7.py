"""Actor classes of wire6's error analysis (issue 9, actors7), as templates with many states
and phrasings: a state's institution named with its possessor ("Japan's Joint Chiefs of
Staff" is Japan's military, not the US body of that name; a7_owned_body), collective names
("the West", "Gulf states", "the Quad"; "world powers" is no party; a7_collective), acts on
ships and aircraft ("seized a Liberian-flagged tanker" targets the flag state; a7_flag_craft) and acts told from the receiver ("X received jets from Y" is Y's
act toward X; a7_received_from)."""

from __future__ import annotations

from phenomena_words import ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time

# Bodies one state's name made famous, which other states have too: (name, sector).
_BODIES = (
    "Joint Chiefs of Staff", "Joint Chiefs", "Defense Department", "Department of Defense",
    "House of Representatives", "House of Commons",
)  # fmt: skip
_BODY_ACTS = (
    ("condemned {T}", "11"), ("criticized {T}", "11"), ("accused {T} of provocations", "11"),
    ("denounced {T}", "11"), ("praised {T}", "05"), ("urged {T} to show restraint", "02"),
)  # fmt: skip


def a7_owned_body(sc: Scene) -> Built:
    """ "South Korea's Joint Chiefs of Staff condemned T": the possessor's own body; the
    body of that name in another state (the US Joint Chiefs) is no party."""
    rng, s = sc.rng, sc.s
    body = rng.choice(_BODIES)
    phrase, root = rng.choice(_BODY_ACTS)
    owner = f"the {s.demonym} {body}" if rng.random() < 0.3 else f"{_poss(s.name)} {body}"
    text = f"{owner} {sc.fill(phrase)}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),), ()


# Collective names and the code they resolve to ("" : no CAMEO code, no party).
_COLLECTIVES = (
    ("the West", "WST"), ("Western powers", "WST"), ("Western nations", "WST"),
    ("Western countries", "WST"), ("Gulf states", "PGS"), ("Gulf Arab states", "PGS"),
    ("Gulf countries", "PGS"), ("the Quad", "IGO"), ("Quad countries", "IGO"),
    ("BRICS", "IGO"), ("the BRICS bloc", "IGO"), ("Nordic countries", "SCN"),
    ("world powers", ""), ("major powers", ""), ("great powers", ""),
)  # fmt: skip
_COLLECTIVE_ACTS = (
    ("condemned {C}", "11"), ("criticized {C}", "11"), ("accused {C} of hypocrisy", "11"),
    ("praised {C}", "05"), ("warned {C} of consequences", "13"),
)  # fmt: skip


def a7_collective(sc: Scene) -> Built:
    """ "S criticized Western powers": a group with a CAMEO code is the target; "world
    powers" (no code) leaves the target open, never a state of its own."""
    rng, s = sc.rng, sc.s
    name, code = rng.choice(_COLLECTIVES)
    phrase, root = rng.choice(_COLLECTIVE_ACTS)
    text = f"{sc.name(s)} {phrase.format(C=name)}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, code, frozenset({root}), ASSERTED),), ()


_OWNER_WORDS = ("flagged", "flagged", "owned", "registered", "linked", "operated")
_CRAFT = (
    "tanker", "oil tanker", "cargo ship", "vessel", "bulk carrier", "container ship",
    "fishing boat", "merchant vessel", "supply boat",
)  # fmt: skip
_CRAFT_ACTS = (
    ("seized", "17"), ("detained", "17"), ("attacked", "19"), ("struck", "19"),
    ("fired missiles at", "19"), ("targeted", "19"),
)  # fmt: skip
_WATERS = ("", " in the Red Sea", " near the strait", " in the Gulf of Aden", " at sea")
_DOERS = ("{Sdem} forces", "the {Sdem} navy", "{S}", "{S}", "{Sdem} troops")


def a7_flag_craft(sc: Scene) -> Built:
    """ "S seized a Liberian-flagged tanker": the flag or owner state is the target, never the
    doer's own state."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb, root = rng.choice(_CRAFT_ACTS)
    doer = rng.choice(_DOERS).format(S=sc.name(s), Sdem=s.demonym)
    craft = rng.choice(_CRAFT)
    where = rng.choice(_WATERS)
    flag = t.demonym if rng.random() < 0.7 or t.name.startswith("the ") else t.name
    owner = f"{flag}-{rng.choice(_OWNER_WORDS)}"
    text = f"{doer} {verb} {_article(owner)} {craft}{where}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


_GIFTS = (
    ("received fighter jets from", "07"), ("received military aid from", "07"),
    ("received a shipment of missiles from", "07"), ("has received tanks from", "07"),
    ("received humanitarian aid from", "07"), ("received drones from", "07"),
)  # fmt: skip
# A purchase is the buyer's act toward the seller (lex11, the fresh4 review's class Z)
_PURCHASES = (
    ("bought arms from", "06"), ("purchased air defence systems from", "06"),
    ("bought fighter jets from", "06"), ("acquired drones from", "06"),
)  # fmt: skip
_RECEIVERS = ("{R}", "{R}", "the {Rdem} army", "the {Rdem} government")


def a7_received_from(sc: Scene) -> Built:
    """ "R received fighter jets from G": the giver acts toward the receiver (G -> R), as in
    "G sent R ..."; "R bought arms from G": the buyer's purchase (R -> G, lex11)."""
    rng, s, t = sc.rng, sc.s, sc.t  # s gives, t receives
    phrase, root = rng.choice(_GIFTS + _PURCHASES)
    receiver = rng.choice(_RECEIVERS).format(R=sc.name(t), Rdem=t.demonym)
    text = f"{receiver} {phrase} {sc.name(s)}{_time(sc)}."
    doer, other = (t, s) if (phrase, root) in _PURCHASES else (s, t)  # the buyer buys
    return _cap(text), (Expect(doer.iso3, other.iso3, frozenset({root}), ASSERTED),), ()


ACTORS7_CONSTRUCTIONS = {
    "a7_owned_body": a7_owned_body,
    "a7_collective": a7_collective,
    "a7_flag_craft": a7_flag_craft,
    "a7_received_from": a7_received_from,
}
# test_phenomena.py's floors for these constructions (right of 24 on seed 0, most false).
FLOORS = {name: (24, 0) for name in ACTORS7_CONSTRUCTIONS}
