"""Round 31's leftovers of the wire helpers (issue 9; practice16 and practice17 "noticed, not
done") as suite constructions crossed with the suite's states named by name, capital, leader or
demonym, and several phrasings each:

- ``lo48_apposed_firm``: "Russia's state gas monopoly Gazprom cut off gas to T": the parser made
  the role noun the root and the firm's verb its relative clause, so no event; the named firm
  is the doer, its owner state's (BUS), firm -> T;
- ``lo48_office_in_capital``: "the Foreign Office in London welcomed T's decision": an office
  placed by its state's capital is that state's; "Foreign Office" was no sector phrase;
- ``lo48_halt_order``: "S ordered a halt to military operations in T": the doer's own forces
  stand down, a de-escalation (087) at T, never a demand (100) on T;
- ``lo48_returned_fire``: "S-ian troops returned fire at T-ian soldiers": force (19) at the
  other side, never a release (084);
- ``lo48_kept_in_place``: "S lifted travel curbs on T but kept its trade embargo in place": the
  embargo goes on, no new measure (163); the easing (08) stays;
- ``lo48_patrol_ships``: "S sent two patrol ships to waters near the islands amid a row with
  T": a show of force (15) at T, no aid (07);
- ``lo48_named_treaty``: "S suspended its participation in the Conventional Forces in Europe
  treaty": the treaty's name is no place, no region target (EUR) and no state of a capital in
  it ("the Treaty of Rome").
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " on Saturday", " late on Friday")

# (firm, owner state, the owner as a possessor, a demonym, role nouns before the name)
_FIRMS = (("Gazprom", "RUS", "Russia's", "Russian", ("state gas monopoly", "gas giant",
           "state-controlled gas company", "state gas exporter")),
          ("Rosneft", "RUS", "Russia's", "Russian", ("state oil company", "oil major", "state oil firm")),
          ("Naftogaz", "UKR", "Ukraine's", "Ukrainian", ("state energy company", "state gas company")),
          ("PDVSA", "VEN", "Venezuela's", "Venezuelan", ("state oil company", "state oil firm")),
          ("Pemex", "MEX", "Mexico's", "Mexican", ("state oil company", "state oil monopoly")),
          ("Petrobras", "BRA", "Brazil's", "Brazilian", ("state oil company", "state-run oil firm")))  # fmt: skip
_FIRM_ACTS = (("cut off gas supplies to {T}", "16"), ("halted oil shipments to {T}", "16"),
              ("accused {T} of blackmail", "11"), ("cut off oil deliveries to {T}", "16"),
              ("accused {T} of stealing gas", "11"))  # fmt: skip


def lo48_apposed_firm(sc: Scene) -> Built:
    """ "Russia's state gas monopoly Gazprom cut off gas supplies to Ukraine": RUS -> UKR 16."""
    firm, code, poss, dem, roles = sc.rng.choice([f for f in _FIRMS if f[1] != sc.t.iso3])
    sc.date = sc.rng.choice(("2006-01-01", "2009-01-07", "2010-06-21", "2008-03-03"))
    act, root = sc.rng.choice(_FIRM_ACTS)
    owner = sc.rng.choice((poss, dem, poss))
    text = f"{owner} {sc.rng.choice(roles)} {firm} {act.format(T=sc.name(sc.t, capital=0.0))}"
    text += f"{sc.rng.choice(_TIMES)}."
    return text, (Expect(code, sc.t.iso3, _r(root), ASSERTED),), ()


_OFFICES = ("The Foreign Office in {C}", "The foreign office in {C}", "The Foreign Ministry in {C}",
            "The foreign ministry in {C}")  # fmt: skip
_OFFICE_ACTS = (("welcomed {Tposs} decision to free the detained sailors", "05"),
                ("condemned {T}", "11"), ("praised {T}", "05"), ("strongly criticised {T}", "11"),
                ("welcomed the release of the hostages by {T}", "05"))  # fmt: skip


def lo48_office_in_capital(sc: Scene) -> Built:
    """ "The Foreign Office in London welcomed Iran's decision": GBR -> IRN 05."""
    office = sc.rng.choice(_OFFICES).format(C=sc.s.capital)
    act, root = sc.rng.choice(_OFFICE_ACTS)
    t = sc.name(sc.t, capital=0.0)
    text = f"{office} {act.format(T=t, Tposs=_poss(t))}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r(root), ASSERTED),), ()


_HALTS = ("ordered a halt to military operations in {T}", "ordered an end to the offensive in {T}",
          "ordered a halt to the military operation in {T}", "ordered a halt to airstrikes on {T}",
          "ordered an end to military operations in {T}")  # fmt: skip


def lo48_halt_order(sc: Scene) -> Built:
    """ "Medvedev ordered a halt to military operations in Georgia": RUS -> GEO 08 (no 10)."""
    who = sc.rng.choice(
        (sc.leader(sc.s), sc.name(sc.s, capital=0.0), f"The {sc.s.demonym} president")
    )
    halt = sc.rng.choice(_HALTS).format(T=sc.name(sc.t, capital=0.0))
    text = f"{who} {halt}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_FORCES = ("troops", "soldiers", "border guards", "forces")
_AT = ("at {Tdem} troops", "at {Tdem} soldiers", "on {Tdem} positions", "at {Tdem} border guards")


def lo48_returned_fire(sc: Scene) -> Built:
    """ "Turkish soldiers returned fire at Syrian troops": TUR -> SYR 19 (no release)."""
    at = sc.rng.choice(_AT).format(Tdem=sc.t.demonym)
    where = sc.rng.choice(("", " across the border", " along the frontier"))
    text = (
        f"{sc.s.demonym} {sc.rng.choice(_FORCES)} returned fire {at}{where}{sc.rng.choice(_TIMES)}."
    )
    return text, (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


_EASED = ("lifted travel restrictions on {T}", "eased travel curbs on {T}",
          "lifted restrictions on travel to {T}")  # fmt: skip
_KEPT = ("kept its trade embargo in place", "kept the decades-old trade embargo in place",
         "kept its economic sanctions in place", "kept the arms embargo in place")  # fmt: skip


def lo48_kept_in_place(sc: Scene) -> Built:
    """ "The US lifted travel restrictions on Cuba but kept the embargo in place": USA -> CUB
    08, no new 16."""
    eased = sc.rng.choice(_EASED).format(T=sc.name(sc.t, capital=0.0))
    src = sc.rng.choice((sc.name(sc.s, capital=0.0), sc.leader(sc.s)))
    text = f"{src} {eased}{sc.rng.choice(_TIMES)} but {sc.rng.choice(_KEPT)}."
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_SHIPS = ("two patrol ships", "patrol boats", "coast guard vessels", "three coastguard ships",
          "a patrol vessel")  # fmt: skip
_WATERS = ("to waters near the disputed islands amid a row with {T}",
           "to waters around islands at the heart of a row with {T}",
           "to the disputed reefs claimed by {T}",
           "to waters near the islands amid a territorial row with {T}")  # fmt: skip


def lo48_patrol_ships(sc: Scene) -> Built:
    """ "Japan sent two patrol ships to waters near the islands amid a row with China": JPN ->
    CHN 15 (no aid)."""
    verb = sc.rng.choice(("sent", "dispatched"))
    waters = sc.rng.choice(_WATERS).format(T=sc.name(sc.t, capital=0.0))
    text = f"{sc.name(sc.s)} {verb} {sc.rng.choice(_SHIPS)}{sc.rng.choice(_TIMES)} {waters}."
    return text, (_e(sc.s, sc.t, _r("15"), ASSERTED),), ()


_TREATIES = ("the Conventional Forces in Europe treaty", "the Conventional Forces in Europe (CFE) treaty",
             "the Treaty on Conventional Armed Forces in Europe", "the Open Skies treaty",
             "the INF treaty", "the Moscow Treaty")  # fmt: skip
_LEAVES = ("suspended its participation in {X}", "withdrew from {X}",
           "announced it was suspending its participation in {X}", "pulled out of {X}")  # fmt: skip


def lo48_named_treaty(sc: Scene) -> Built:
    """ "Russia suspended its participation in the CFE treaty": RUS -> none 16, no EUR."""
    leave = sc.rng.choice(_LEAVES).format(X=sc.rng.choice(_TREATIES))
    text = f"{_cap(sc.name(sc.s, capital=0.0))} {leave}{sc.rng.choice(_TIMES)}."
    facts = frozenset({"reported"}) if leave.startswith("announced") else ASSERTED
    return text, (Expect(sc.s.iso3, "", _r("16"), facts),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo48_apposed_firm": lo48_apposed_firm,
    "lo48_office_in_capital": lo48_office_in_capital,
    "lo48_halt_order": lo48_halt_order,
    "lo48_returned_fire": lo48_returned_fire,
    "lo48_kept_in_place": lo48_kept_in_place,
    "lo48_patrol_ships": lo48_patrol_ships,
    "lo48_named_treaty": lo48_named_treaty,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
