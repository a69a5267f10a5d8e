"""This round's lexicon class L (issue 9, round 13, lex14: fresh6_classes.md), its two
regressions from round 12 and leftovers, as suite constructions. Each phrasing is the
project's own, written from the phenomenon and the CAMEO codebook's definitions, crossed with
the suite's states named by name, capital, leader or demonym.

Lexicon rows, in the past, perfect and progressive (``phenomena_lex8.build``):

- ``l14_handed_records``: "handed X the patrol records / the intelligence files": information
  handed over is shared (06, CAMEO 064), no aid;
- ``l14_shared_records``: "shared every catch record / its inspection reports with X" (06);
- ``l14_flown_goods``: "flew 20 tonnes of tents / medical supplies to X": aid delivered by air
  (07), no visit;
- ``l14_pulled_envoy``: "pulled its ambassador out of X" (16, CAMEO 161);
- ``l14_walked_away``: "walked away from the talks / the deal with X" (16: 164, 160);
- ``l14_repatriated``: "repatriated 80 X migrants / nationals to X" (17, CAMEO 174);
- ``l14_scrapped_fees``: "scrapped visa / port fees for X traders": eased measures (08, 085).

Frames (sentences of their own):

- ``l14_agreed_scrap``: "agreed to scrap visa fees for X's traders": an intent (03), no threat;
- ``l14_dug_in``: "X troops dug in inside Y / at Y's border post" (19, CAMEO 192);
- ``l14_could_not_spare``: "Y asked X for doctors. X said it could not spare any": a refusal
  of the asked aid (12), aimed at who asked; asked by no one and aimed at no one, no event;
- ``l14_no_transfer``: "handed X control of the port", "would keep control of its programme
  rather than hand it to X": no act handed, no refusal (nobody asked);
- ``l14_not_denied``: "X did not deny that its troops had crossed into Y": the crossing left
  open (possible), never negated, and no denial;
- ``l14_passed_over``: "X chose to talk with Y rather than impose sanctions on it": the act
  passed over is not done (never asserted);
- ``l14_welcomed_apposed``: "X's prime minister welcomed Y's head of government, NAME, to
  CAPITAL": hosting (04, CAMEO 043) and the visit (042), never praise (051).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders, speaker
from phenomena_lex8 import Code
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _time

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "l14_handed_records": (
        Code("064", "dip", ("hand {T} the patrol records", "hand {T} the intelligence files",
                            "hand {T} the records of the inspection",
                            "hand the {Tdem} coast guard the logbooks of the trawler",
                            "hand over the patrol logs to {T}",
                            "hand over the records of the catch to {T}")),
    ),
    "l14_shared_records": (
        Code("064", "dip", ("share every catch record with {T}",
                            "share its inspection reports with {T}",
                            "share the patrol logs with {T}",
                            "share all vessel tracking records with {T}")),
    ),
    "l14_flown_goods": (
        Code("070", "dip", ("fly 20 tonnes of tents to {T}", "fly medical supplies to {T}",
                            "fly 40 tonnes of food aid to {T}",
                            "fly generators and blankets to {T}")),
    ),
    "l14_pulled_envoy": (
        Code("161", "dip", ("pull its ambassador out of {T}", "pull its envoy from {T}",
                            "pull its ambassador from {T}")),
    ),
    "l14_walked_away": (
        Code("164", "dip", ("walk away from the talks with {T}",
                            "walk away from negotiations with {T}",
                            "walk away from the border talks with {T}")),
        Code("160", "dip", ("walk away from the fishing deal with {T}",
                            "walk away from the trade agreement with {T}")),
    ),
    "l14_repatriated": (
        Code("174", "dip", ("repatriate 80 {Tdem} migrants", "repatriate 40 {Tdem} fishermen",
                            "repatriate 120 {Tdem} nationals to {T}",
                            "repatriate dozens of {Tdem} migrants to {T}")),
    ),
    "l14_scrapped_fees": (
        Code("085", "dip", ("scrap visa fees for {Tdem} traders",
                            "scrap port fees for {Tdem} ships",
                            "scrap transit fees for {Tdem} trucks")),
    ),
}
# fmt: on

CODES = tuple(c for codes in CLASSES.values() for c in codes)
_NOTHING: tuple[Expect, ...] = ()


def _one(sc: Scene, root: str, facts: frozenset[str] = ASSERTED) -> tuple[Expect, ...]:
    return (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), facts),)


_AGREED = (
    "{S} and {T} agreed to scrap visa fees for traders",
    "{S} and {T} signed a deal and agreed to scrap visa fees for traders",
    "{S} agreed to scrap port fees for {Tdem} ships",
    "{S} has agreed to scrap transit fees for {Tdem} trucks",
)


def l14_agreed_scrap(sc: Scene) -> Built:
    """ "Kenya and Uganda agreed to scrap visa fees for traders": an agreement to ease a
    measure is an intent (CAMEO 03x), never a threat read from "scrap"."""
    phrase = sc.rng.choice(_AGREED)
    text = _cap(sc.fill(phrase) + _time(sc) + ".")
    if phrase.startswith("{S} and {T}"):
        both = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"03"}), ASSERTED),)
        signed = (  # the signing, both ways, when the sentence has one
            Expect(sc.s.iso3, sc.t.iso3, frozenset({"05"}), ASSERTED),
            Expect(sc.t.iso3, sc.s.iso3, frozenset({"05"}), ASSERTED),
            Expect(sc.s.iso3, "", frozenset({"05"}), ASSERTED),
            Expect(sc.t.iso3, "", frozenset({"05"}), ASSERTED),
        )
        return text, (*_one(sc, "03"), *both), signed
    return text, _one(sc, "03"), ()


_DUG_IN = (
    "{Sdem} troops dug in inside {T}",
    "{Sdem} troops have dug in inside {T}",
    "{Sdem} soldiers have dug in at {Tposs} border post",
    "{Sdem} troops have dug in on {Tposs} side of the border",
    "{Sdem} soldiers dug in near {Tposs} border town",
    "{Sdem} soldiers have dug in at a border post in {T}",
    "{Sdem} troops dug in at a village in {T}",
)


def l14_dug_in(sc: Scene) -> Built:
    """ "Serbian soldiers have dug in at Kosovo's border post": holding ground taken in
    another state (CAMEO 192 occupy territory), aimed at that state."""
    text = sc.rng.choice(_DUG_IN).format(Sdem=sc.s.demonym, T=sc.name(sc.t), Tposs=_poss(sc))
    return _cap(text + _time(sc) + "."), _one(sc, "19"), ()


def _poss(sc: Scene) -> str:
    """The target's name or capital as a possessive."""
    return _possessive(sc.name(sc.t))


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_SPARE_ASKED = (
    "{T} asked {S} for doctors. {S} said {it} could not spare any doctors",
    "{T} asked {S} to send rescue crews. {S} said {it} could not spare any crews",
    "{T} had asked {S} for engineers. {S} said {it} could not spare any engineers",
)
_SPARE_FOR = (
    "{S} said {it} could not spare any doctors for {T}",
    "{S} said {it} could not spare any crews for {T}",
)


_SPARE_UNASKED = (
    "{S} said {it} could not spare any doctors",
    "{S} said {it} would not send any crews",
    "{S} said {it} could not spare any engineers this year",
)


def l14_could_not_spare(sc: Scene) -> Built:
    """ "Malawi asked Tanzania for doctors. Tanzania said it could not spare any": the asked aid
    refused (CAMEO 12x), aimed at who asked or who the aid was for; asked by no one and aimed at
    no one, it refuses nothing (no event: the GUIDE's rule 5)."""
    who, it = speaker(sc)
    r = sc.rng.random()
    table = _SPARE_ASKED if r < 0.45 else _SPARE_FOR if r < 0.75 else _SPARE_UNASKED
    phrase = sc.rng.choice(table).replace("{it}", it)
    text = _cap(phrase.replace("{S}", who).replace("{T}", sc.name(sc.t)) + ".")
    if table is _SPARE_UNASKED:
        return text, _NOTHING, (Expect(sc.s.iso3, "", frozenset({"07"}), frozenset({"negated"})),)
    appeal = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"02"}), ASSERTED),)  # the request
    return text, _one(sc, "12"), appeal if table is _SPARE_ASKED else ()


_NO_TRANSFER = (
    "{S} handed {T} control of the port",
    "{S} has handed {T} control of the border crossing",
    "{S} said {it} would keep control of its fisheries programme rather than hand it to {T}",
    "{S} would keep control of its vaccine programme rather than hand it to {T}",
    "{S} said {it} would keep control of its own programme",
)


def l14_no_transfer(sc: Scene) -> Built:
    """ "Samoa would keep control of its programme rather than hand it to the regulator":
    control is no thing handed (no aid), and an act passed over that nobody asked for is no
    refusal (the GUIDE's rule 5); nothing is asserted."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_NO_TRANSFER).replace("{it}", it)
    text = _cap(phrase.replace("{S}", who).replace("{T}", sc.name(sc.t)) + _time(sc) + ".")
    not_done = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"07"}), frozenset({"negated"})),
        Expect(sc.s.iso3, "", frozenset({"07"}), frozenset({"negated"})),
    )
    return text, _NOTHING, not_done


_NOT_DENIED = (
    ("did not deny that its troops had crossed into {T}", "19"),
    ("has not denied that its soldiers crossed into {Tposs} territory", "19"),
    ("never denied that its navy had seized {Tdem} trawlers", "17"),
    ("did not deny that it had sent troops to {T}", "07"),
)


def l14_not_denied(sc: Scene) -> Built:
    """ "Serbia did not deny that its soldiers had crossed into Kosovo": no denial is made, so
    the act is neither negated nor a denial (016); it is left open (possible)."""
    phrase, root = sc.rng.choice(_NOT_DENIED)
    text = f"{sc.name(sc.s)} {phrase.format(T=sc.name(sc.t), Tposs=_poss(sc), Tdem=sc.t.demonym)}"
    return _cap(text + "."), _one(sc, root, frozenset({"possible"})), ()


_PASSED_OVER = (
    ("chose to talk with {T} rather than impose sanctions on it", "04", "16"),
    ("expelled {Tdem} diplomats rather than cut ties with {T}", "16", "16"),
    ("sent aid to {T} rather than impose sanctions on it", "07", "16"),
    ("chose to negotiate with {T} rather than close the border with it", "04", "19"),
)


def l14_passed_over(sc: Scene) -> Built:
    """ "Kenya chose to talk with Uganda rather than impose sanctions on it": the chosen act is
    asserted, the one passed over after "rather than" is not done (negated, never asserted)."""
    phrase, chosen, passed = sc.rng.choice(_PASSED_OVER)
    who, _ = speaker(sc)
    text = _cap(f"{who} {sc.fill(phrase)}{_time(sc)}.")
    not_done = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({passed}), frozenset({"negated"})),
        Expect(sc.s.iso3, "", frozenset({passed}), frozenset({"negated"})),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ANY),  # "chose to": an intent reading
    )
    return text, _one(sc, chosen), not_done


_WELCOMED = (
    "{S} welcomed {Tposs} head of government, {Tlead}, to {Scap}",
    "{S} welcomed {Tposs} prime minister, {Tlead}, to {Scap}",
    "{S} welcomed {Tposs} foreign minister, {Tlead}, to {Scap} for talks",
    "{S} has welcomed {Tposs} president, {Tlead}, to {Scap}",
)


def l14_welcomed_apposed(sc: Scene) -> Built:
    """ "Kenya welcomed Uganda's head of government, NAME, to Nairobi": hosting (CAMEO 043)
    and the visit it implies (042), also when the parser hangs "to" on the guest after the
    apposition (no praise, 051)."""
    who = sc.rng.choice((
        speaker(sc)[0], f"{_possessive(sc.s.name)} prime minister", f"the {sc.s.demonym} president",
    ))  # fmt: skip
    lead = sc.t.leader(sc.date) or "Jane Doe"
    text = sc.rng.choice(_WELCOMED).format(
        S=who, Tposs=_possessive(sc.t.name), Tlead=lead, Scap=sc.s.capital,
    )  # fmt: skip
    visit = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"04"}), ASSERTED),)
    return _cap(text + "."), (*_one(sc, "04"), *visit), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "lex14")
SCENE_CONSTRUCTIONS |= {
    "l14_agreed_scrap": l14_agreed_scrap,
    "l14_dug_in": l14_dug_in,
    "l14_could_not_spare": l14_could_not_spare,
    "l14_no_transfer": l14_no_transfer,
    "l14_not_denied": l14_not_denied,
    "l14_passed_over": l14_passed_over,
    "l14_welcomed_apposed": l14_welcomed_apposed,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex14 (0772518) the same 24 scored (right, false assertions):
# l14_handed_records 0/24 (aid), l14_shared_records 0/0, l14_flown_goods 0/23 (a visit),
# l14_pulled_envoy 0/0, l14_walked_away 0/0, l14_repatriated 0/0, l14_scrapped_fees 0/4,
# l14_agreed_scrap 10/28 (a threat), l14_dug_in 0/0, l14_could_not_spare 0/0,
# l14_no_transfer 7/10 (aid handed, passed-over aid asserted), l14_not_denied 0/0 (negated),
# l14_passed_over 8/16, l14_welcomed_apposed 24/0 (on 120 drawn: 112 right, 8 false, praise
# where the parser hangs "to" on the guest; 119 and 1 after); after lex14 every one is 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
