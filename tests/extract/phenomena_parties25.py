"""Round 19 party-choice classes (issue 9, parties25; fresh13_classes.md G and the rest of the
party group) as suite constructions, crossed with the suite's states named by name, capital,
demonym + sector or leader:

- ``p25_their_property``: "X police arrested 12 Y fishermen and seized their boats": "their"
  is the people of the coordinated object, Y's, never the doer's own state;
- ``p25_origin_clause``: "X soldiers shot three men who tried to carry timber from Y's border
  province": the victims' state is named in a clause on them;
- ``p25_said_later``: "X troops shot two men near the border. Y said the dead were Y farmers":
  a later sentence says whose the victims were;
- ``p25_capital_facility`` (PL): "X police turned back 30 Y travellers at X-capital's main
  airport": the airport is the act's place, the people's demonym its target;
- ``p25_unnamed_gunmen`` (DM): "Gunmen attacked a convoy of Y lorries in Z, killing one
  driver": the gunmen are of no state (---), and the result participle is no event of its own;
- ``p25_result_victims`` (G): "X troops raided a border town, killing three Y farmers": the
  result participle names whom the act hit.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

TOLD = frozenset({"asserted", "reported"})
REPORTED = frozenset({"reported"})
_COERCE = frozenset({"17"})
_FORCE = frozenset({"18", "19", "20"})


def _when_told(tail: str) -> frozenset[str]:
    return REPORTED if tail.endswith("said") else ASSERTED


_HOLDERS = ("{Sdem} police", "{Sdem} coastguards", "{Sdem} border guards", "the {Sdem} navy",
            "{Sdem} border police", "{Sdem} customs officers")  # fmt: skip
_HELD = (
    ("arrested {n} {Tdem} fishermen{where} and seized their {k} boats", "17"),
    ("detained {n} {Tdem} traders{where} and confiscated their lorries", "17"),
    ("detained {n} {Tdem} sailors{where} and impounded their vessel", "17"),
    ("arrested {n} {Tdem} truck drivers{where} and seized their cargo", "17"),
    ("stopped {n} {Tdem} fishermen{where} and confiscated their nets and boats", "17"),
)
_WHERE = ("", " near the border", " on the lake", " at the border post", " off the coast")
_TAILS = ("", ", a police spokesman said", ", officials said", " on Monday")


def p25_their_property(sc: Scene) -> Built:
    """ "Kenyan police arrested 12 Ugandan fishermen and seized their three boats": the seizure
    is of Y's people's property (X -> Y, 17), like the arrest; not X -> X."""
    frame, root = sc.rng.choice(_HELD)
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym)
    tail = sc.rng.choice(_TAILS)
    text = f"{who} " + frame.format(n=sc.rng.choice(("12", "eight", "30", "five")),
                                    Tdem=sc.t.demonym, k=sc.rng.choice(("three", "two", "")),
                                    where=sc.rng.choice(_WHERE)).replace("  ", " ")  # fmt: skip
    facts = _when_told(tail)
    return _cap(text + tail + "."), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), facts),), ()


_SHOOTERS = ("{Sdem} soldiers", "{Sdem} troops", "{Sdem} border guards", "{Sdem} forces")
_ORIGIN = (
    (
        "shot dead three men who tried to carry timber across the border from {Tposs} {d} province",
        _FORCE,
    ),
    ("killed two men who had crossed from {Tposs} {d} region", _FORCE),
    ("shot two herders who had strayed across the border from {Tposs} {d} district", _FORCE),
    ("shot dead a smuggler who was carrying fuel from {T}", _FORCE),
    ("arrested five traders who had come from {Tposs} {d} province", _COERCE),
)
_DIRS = ("northern", "southern", "border", "eastern", "western")
_ARMY_TAILS = ("", ", the army said", ", {Sposs} army said", " on Sunday")


def p25_origin_clause(sc: Scene) -> Built:
    """ "Thai soldiers shot dead three men who tried to carry timber from Cambodia's X
    province": the victims' state is named in the clause on them (X -> Y), not X's own."""
    frame, roots = sc.rng.choice(_ORIGIN)
    who = sc.rng.choice(_SHOOTERS).format(Sdem=sc.s.demonym)
    tname = sc.name(sc.t, capital=0.0)
    tail = sc.rng.choice(_ARMY_TAILS).format(Sposs=_poss(sc.s.name))
    text = f"{who} " + frame.format(Tposs=_poss(tname), T=tname, d=sc.rng.choice(_DIRS))
    return _cap(text + tail + "."), (Expect(sc.s.iso3, sc.t.iso3, roots, _when_told(tail)),), ()


_SHOT = (
    "{who} shot two men near the border{time}",
    "{who} shot dead three men near the frontier{time}",
    "{who} killed two men who had crossed the border{time}",
)
_LATER = (
    ("{T} said the dead were {Tdem} farmers.", ()),
    ("{Tposs} interior ministry said the men were {Tdem} shepherds.", ()),
    ("The dead were {Tdem} herders, {Tposs} foreign ministry said.", ()),
    ("They were {Tdem} nationals, {Tposs} embassy said.", ()),
    (
        "{Tposs} interior ministry said the men were {Tdem} shepherds and demanded an investigation.",
        ("10",),
    ),
)


def p25_said_later(sc: Scene) -> Built:
    """ "Turkish troops shot two men near Kilis. Syria said the dead were Syrian farmers": the
    victims' state is said in the next sentence (X -> Y); a demand there answers X's act (Y ->
    X, 10)."""
    who = sc.rng.choice(_SHOOTERS).format(Sdem=sc.s.demonym)
    first = sc.rng.choice(_SHOT).format(who=who, time=_time(sc))
    later, extra = sc.rng.choice(_LATER)
    tname = sc.name(sc.t, capital=0.0)
    text = _cap(first) + ". " + _cap(later.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym))
    want = [Expect(sc.s.iso3, sc.t.iso3, _FORCE, ASSERTED)]
    want += [Expect(sc.t.iso3, sc.s.iso3, frozenset(extra), TOLD)] if extra else []
    return text, tuple(want), ()


_TURNED = (
    ("turned back {n} {Tdem} travellers at {Scap}'s {fac}{time}", "17"),
    ("turned back {n} {Tdem} migrants at {Scap}'s {fac}{time}", "17"),
    ("arrested {n} {Tdem} travellers at {Scap}'s {fac}{time}", "17"),
    ("detained {n} {Tdem} travellers at {Scap}'s {fac}{time}", "17"),
    ("held {n} {Tdem} lorries at {Scap}'s {fac}{time}", "19"),
)
_FACILITIES = ("main airport", "international airport", "airport", "port", "main bus station",
               "ferry terminal")  # fmt: skip
_CONSULATE_TAILS = ("", ", the {Tdem} consulate said", ", {Tposs} embassy said")


def p25_capital_facility(sc: Scene) -> Built:
    """ "Chilean border police turned back 30 Peruvian travellers at Santiago's main airport":
    the capital's airport is where it happened, the people's demonym whom it was done to (X ->
    Y), never X's own capital as target."""
    frame, root = sc.rng.choice(_TURNED)
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym)
    tname = sc.name(sc.t, capital=0.0)
    tail = sc.rng.choice(_CONSULATE_TAILS).format(Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{who} " + frame.format(n=sc.rng.choice(("30", "40", "12", "dozens of")),
                                    Tdem=sc.t.demonym, Scap=sc.s.capital,
                                    fac=sc.rng.choice(_FACILITIES), time=_time(sc))  # fmt: skip
    facts = _when_told(tail)
    return _cap(text + tail + "."), (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), facts),), ()


_GUNMEN = ("Gunmen", "Unidentified gunmen", "Attackers", "Armed men", "Unknown assailants")
_AMBUSH = (
    "attacked a convoy of {Tdem} lorries in {where}{time}, killing one driver",
    "opened fire on {Tdem} trucks near {Zcap}{time}, wounding two drivers",
    "attacked a {Tdem} convoy in {where}{time}, killing two drivers",
    "ambushed {Tdem} lorries in {where}{time}, killing three people",
)


def p25_unnamed_gunmen(sc: Scene) -> Built:
    """ "Gunmen attacked a convoy of Kenyan lorries in northern Uganda, killing one driver":
    the gunmen are of no state the sentence names (--- -> Y, not Z's nor Y's), and the result
    participle is the attack's outcome, no event of its own (GUIDE rule 1)."""
    frame = sc.rng.choice(_AMBUSH)
    zname = sc.name(sc.z, capital=0.0)
    where = sc.rng.choice(("northern {Z}", "{Z}", "eastern {Z}")).format(Z=zname)
    tail = sc.rng.choice(("", ", police said", ", the ministry said"))
    text = (
        sc.rng.choice(_GUNMEN)
        + " "
        + frame.format(Tdem=sc.t.demonym, where=where, Zcap=sc.z.capital, time=_time(sc))
    )
    want = (Expect("---", sc.t.iso3, _FORCE, _when_told(tail)),)
    return _cap(text + tail + "."), want, ()


_RESULT = (
    "{who} shelled a village near the border{time}, killing {n} {Tdem} civilians",
    "{who} raided a border town{time}, killing {n} {Tdem} farmers",
    "{who} bombed positions near the frontier{time}, wounding {n} {Tdem} soldiers",
    "{who} opened fire across the border{time}, killing {n} {Tdem} shepherds",
)


def p25_result_victims(sc: Scene) -> Built:
    """ "Israeli troops raided a border town, killing three Palestinian farmers": the result
    participle names whom the act hit (X -> Y), not the doer's own state."""
    who = sc.rng.choice(_SHOOTERS).format(Sdem=sc.s.demonym)
    tail = sc.rng.choice(("", ", officials said"))
    text = sc.rng.choice(_RESULT).format(who=who, time=_time(sc), Tdem=sc.t.demonym,
                                         n=sc.rng.choice(("three", "two", "five")))  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, _FORCE, _when_told(tail)),)
    return _cap(text + tail + "."), want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p25_their_property": p25_their_property,
    "p25_origin_clause": p25_origin_clause,
    "p25_said_later": p25_said_later,
    "p25_capital_facility": p25_capital_facility,
    "p25_unnamed_gunmen": p25_unnamed_gunmen,
    "p25_result_victims": p25_result_victims,
}
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
