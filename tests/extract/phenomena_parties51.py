"""Round 31's party, reference and place classes (issue 9, parties51: fresh25's D, A, F, L, B, I,
E, M and P), as suite constructions crossed with the suite's states by name, capital and demonym:

- ``p51_family_noun`` (D): "X agreed to buy / handed back / deported ... Y's ministry welcomed
  the purchase / praised the return / criticised the deportations": Y -> X (the noun's verb
  family, ``act_families``);
- ``p51_inquiry`` (D): "A X-ian court ordered the Y-ian sailors held while police investigate.
  CAPITAL said it would cooperate fully with the inquiry": Y -> X 03 (``act_families``), and
  no act of the police on their own state (I, ``scene_clauses``);
- ``p51_own_firms`` (A): "X pledged credits for X-ian firms building ports in Y": X -> Y 03
  (``own_firms_abroad``);
- ``p51_freed_too`` (F): "X expelled the Y-ian aid group. Two of its Y-ian staff were detained
  in CAPITAL and freed": X -> Y 08 (``conjoined_passives``);
- ``p51_asked_too`` (F): "X's ministry demanded that CAPITAL free the traders and asked for a
  list": X -> Y 02 (``_demand_conjuncts``);
- ``p51_denied_group`` (L): "X-ian officials denied that Z-ian exporters were routing N through
  the country": never X -> Z (``denied_doers``);
- ``p51_its_part`` (B): "Z's aid to X is a fraction of what W provides. CAPITAL, for its part,
  has kept calm: it freed the Y-ian traders": X -> Y 08 (``_for_its_part``);
- ``p51_signed_with`` (E): "X's minister signed the contract with Y-ian officials": both ways
  (``joint_signing``);
- ``p51_site_city`` (M): "X's president arrived in CAPITAL. He is due to tour a plant in CITY":
  X -> Y 04 (``toured_places``);
- ``p51_group_it`` (P): "X expelled the Y-ian aid group NAME from the REGION region, accusing it
  of ...": X -> Y 11 (``named_groups``).

Scores on main (8c962311) before the fixes, seed 0 (8 each): p51_family_noun 3/8,
p51_inquiry 0/8 (8 false), p51_own_firms 0/8 (7 false), p51_freed_too 0/8, p51_asked_too 0/8,
p51_denied_group 0/8 (8 false), p51_its_part 8/8 (a guard: the suite's capitals parse as
subjects; the misread one, "Lome" read as an adverb, is in the party case), p51_signed_with 0/8,
p51_site_city 0/8, p51_group_it 6/8 (2 false). After: 8/8 each, 0 false (seeds 0 and 2).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_MINISTRIES = ("{P} foreign ministry", "{P} trade ministry", "{P} government")
# (earlier act, its noun, the reaction's verb and root, the act's own root)
_FAMILY = (("agreed to buy 20 {T} patrol boats", "the purchase", "welcomed", "05", "03"),
           ("agreed to buy 300,000 tonnes of {T} copper", "the purchase", "praised", "05", "03"),
           ("handed back 40 {T} drums", "the return", "praised", "05", "08"),
           ("handed back the remains of four {T} soldiers", "the return", "welcomed", "05", "08"),
           ("deported 30 {T} migrants", "the deportations", "criticised", "11", "17"),
           ("deported 60 {T} traders", "the deportations", "condemned", "11", "17"))  # fmt: skip


def p51_family_noun(sc: Scene) -> Built:
    """ "X agreed to buy Y-ian boats. Y's ministry welcomed the purchase": Y -> X."""
    act, noun, verb, root, own = sc.rng.choice(_FAMILY)
    first = f"{sc.s.name} {act.format(T=sc.t.demonym)} on Monday."
    who = sc.rng.choice(_MINISTRIES).format(P=_poss(sc.t.name))
    text = f"{first} {_cap(who)} {verb} {noun}."
    want = (_e(sc.t, sc.s, _r(root), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r(own, "03", "06", "07", "08", "17"), ANY),)
    return text, want, allowed


def p51_inquiry(sc: Scene) -> Built:
    """ "A X-ian court ordered the Y-ian sailors held while police investigate. CAPITAL said it
    would cooperate fully with the inquiry": Y -> X 03, and no act of the police at home."""
    people = sc.rng.choice(("sailors", "fishermen", "traders", "lorry drivers"))
    first = (f"{sc.s.demonym} police arrested six {sc.t.demonym} {people} on Sunday. "
             f"A {sc.s.demonym} court ordered the {people} held for 21 days while police "
             "investigate.")  # fmt: skip
    said = sc.rng.choice((f"{sc.t.capital} said it would cooperate fully with the inquiry.",
                          f"{sc.t.name} said it would cooperate with the investigation."))  # fmt: skip
    want = (_e(sc.s, sc.t, _r("17"), ASSERTED), _e(sc.t, sc.s, _r("03"), ANY))
    allowed = (_e(sc.s, sc.t, _r("17"), ANY),)
    return f"{first} {said}", want, allowed


_PLEDGES = ("pledged to triple export credits for {S} firms building ports in {T}",
            "promised to double grants for {S} companies laying power cables in {T}",
            "pledged to double credit lines for {S} firms building roads in {T}",
            "promised cheap loans to {S} companies building railways in {T}")  # fmt: skip


def p51_own_firms(sc: Scene) -> Built:
    """ "X pledged credits for X-ian firms building ports in Y": X -> Y 03, never X -> X."""
    who = sc.rng.choice((sc.s.name, f"{_poss(sc.s.name)} president"))
    text = f"{who} {sc.rng.choice(_PLEDGES).format(S=sc.s.demonym, T=sc.t.name)}."
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("03", "07"), ANY),)
    return _cap(text), want, allowed


def p51_freed_too(sc: Scene) -> Built:
    """ "X expelled the Y-ian aid group. Two of its Y-ian staff were detained in CAPITAL and
    freed on Thursday": X -> Y 08 (the holder frees them)."""
    group = sc.rng.choice(("aid group", "charity", "relief agency"))
    first = f"{sc.s.name} expelled the {sc.t.demonym} {group} on Wednesday."
    freed = sc.rng.choice(("freed on Thursday morning", "released a day later",
                           "freed the next day"))  # fmt: skip
    second = (f"Two of the {group}'s {sc.t.demonym} staff were detained in {sc.s.capital} "
              f"overnight and {freed}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("08"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("16", "17", "11"), ANY),)
    return f"{first} {second}", want, allowed


_ASKED = ("asked for a list of those held", "asked for consular access",
          "asked for the names of the detainees")  # fmt: skip


def p51_asked_too(sc: Scene) -> Built:
    """ "X's ministry demanded that CAPITAL free the traders and asked for a list": X -> Y 02."""
    text = (f"{_poss(sc.s.name)} foreign ministry demanded that {sc.t.capital} free the "
            f"{sc.s.demonym} traders and {sc.rng.choice(_ASKED)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("10"), ASSERTED), _e(sc.s, sc.t, _r("02"), ASSERTED))
    allowed = (_e(sc.t, sc.s, _r("08"), NOT_ASSERTED),)
    return text, want, allowed


_GOODS = ("copper", "steel", "rice", "solar panels")


def p51_denied_group(sc: Scene) -> Built:
    """ "X-ian officials denied that Z-ian exporters were routing N through the country":
    never X -> Z (the exporters accuse no one); no target with no accuser named."""
    goods = sc.rng.choice(_GOODS)
    who = sc.rng.choice(("exporters", "traders", "firms"))
    text = (f"{sc.s.demonym} officials denied that {sc.z.demonym} {who} were routing {goods} "
            "through the country.")  # fmt: skip
    want = (Expect(sc.s.iso3, "", _r("01"), ASSERTED),)
    return text, want, ()


def p51_its_part(sc: Scene) -> Built:
    """ "Z's aid to X is a fraction of what W provides. CAPITAL, for its part, has kept calm: it
    freed the Y-ian traders last week": X -> Y 08, never W's."""
    first = f"{_poss(sc.z.name)} aid to {sc.s.name} is a fraction of what {sc.t.name} provides."
    people = sc.rng.choice(("traders", "fishermen", "students"))
    second = (f"{sc.s.capital}, for its part, has kept calm: it freed the {sc.t.demonym} "
              f"{people} last week.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("08"), ASSERTED),)
    allowed = (Expect(sc.z.iso3, sc.s.iso3, _r("07"), ANY), Expect(sc.t.iso3, "", _r("07"), ANY))
    return f"{first} {second}", want, allowed


def p51_signed_with(sc: Scene) -> Built:
    """ "X's defence minister signed the contract with Y-ian officials": X <-> Y 05."""
    who = sc.rng.choice(("defence minister", "trade minister", "foreign minister"))
    what = sc.rng.choice(("the contract", "the accord", "the agreement"))
    text = (f"{_poss(sc.s.name)} {who} signed {what} with {sc.t.demonym} officials in "
            f"{sc.s.capital} on Monday.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("05"), ASSERTED), _e(sc.t, sc.s, _r("05"), ASSERTED))
    return text, want, ()


_CITIES = ("Santa Lucerna", "Port Averly", "Valdoria", "Kestrel Bay", "Nova Ribeira")
_SITES = ("tour a cocoa plant", "visit a copper mine", "tour a vaccine factory",
          "visit a new port")  # fmt: skip


def p51_site_city(sc: Scene) -> Built:
    """ "X's president arrived in CAPITAL for a state visit. He is due to tour a plant in CITY":
    X -> Y 04 (the host's city)."""
    first = (f"{_poss(sc.s.name)} president arrived in {sc.t.capital} on Monday for a "
             "three-day state visit.")  # fmt: skip
    when = sc.rng.choice(("is due to", "will"))
    second = f"He {when} {sc.rng.choice(_SITES)} in {sc.rng.choice(_CITIES)} on Friday."
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("04"), ANY), _e(sc.t, sc.s, _r("04"), ANY))
    return f"{first} {second}", want, allowed  # (never a visit with no host)


_NAMES = ("Amal Bakti", "Offene Hande", "Cuore Verde", "Seva Mandir", "Mano Amiga")
_CHARGES = ("passing information to militias", "helping smugglers", "spying for rebels")


def p51_group_it(sc: Scene) -> Built:
    """ "X expelled the Y-ian aid group NAME from the REGION region, accusing it of ...":
    X -> Y 16 and 11 (the group's state, never the name's actor or X itself)."""
    region = sc.rng.choice(("northern", "eastern", "border"))
    text = (f"{sc.s.name} expelled the {sc.t.demonym} aid group {sc.rng.choice(_NAMES)} from "
            f"the {region} region on Wednesday, accusing it of {sc.rng.choice(_CHARGES)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("11"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("16", "17"), ANY), Expect("*", "*", frozenset(), NOT_ASSERTED))
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p51_family_noun": p51_family_noun,
    "p51_inquiry": p51_inquiry,
    "p51_own_firms": p51_own_firms,
    "p51_freed_too": p51_freed_too,
    "p51_asked_too": p51_asked_too,
    "p51_denied_group": p51_denied_group,
    "p51_its_part": p51_its_part,
    "p51_signed_with": p51_signed_with,
    "p51_site_city": p51_site_city,
    "p51_group_it": p51_group_it,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
