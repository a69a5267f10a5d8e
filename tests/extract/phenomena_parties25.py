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
  result participle names whom the act hit;
- ``p25_goal_after_object`` (GP): "X extradited a businessman wanted for a fraud to Y": the goal
  after a long object is the verb's;
- ``p25_purpose_goal`` (GP): "X offered to send engineers to help rebuild roads in eastern Y":
  the helping purpose names whom the offer is for, also after a set-off relative clause;
- ``p25_bodies_of_states`` (J): "The state grid operators of X and Y signed a contract": a
  plural body "of X and Y" is both states' (both ways);
- ``p25_two_governments_border`` (J): "... The two governments have not shut the frontier":
  each member's measure is aimed at the other;
- ``p25_particle_surname`` (NM): "his Y counterpart, Karim al-Haddadin ... thanked Haddadin":
  a bare surname after a name with a particle;
- ``p25_apology_owed`` (X): "X troops shot Y farmers. (Y summoned X's envoy.) X has not
  apologised": the apology is owed to Y;
- ``p25_conjunct_recipient`` (V): "X lent money to the county governments and offered Y a
  discount": the loan's role noun is not Y's.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _cap, _poss, _time

TOLD = frozenset({"asserted", "reported"})
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
    ("detained {n} {Tdem} fishermen{where} and seized the fishermen's boats", "17"),
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
_COMPASS = ("northern", "southern", "eastern", "western", "central")
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


_HANDED = (
    ("extradited a businessman wanted for a pension fraud to {T}{time}", "06"),
    ("extradited a banker wanted for money laundering to {T}{time}", "06"),
    ("handed over three suspects accused of the bombing to {T}{time}", "06"),
    ("deported a man convicted of drug trafficking in {Scap} to {T}{time}", "17"),
    ("sent a team of 30 nurses and two tonnes of medicines to {c} {T}{time}", "07"),
    ("sent 200 tonnes of rice and a team of doctors to {c} {T}{time}", "07"),
)


def p25_goal_after_object(sc: Scene) -> Built:
    """ "Spain extradited a businessman wanted for a pension fraud to Colombia": the "to Y"
    goal after a long object (or one the parser hangs on the object's participle) is the
    verb's goal (X -> Y)."""
    frame, root = sc.rng.choice(_HANDED)
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    tail = sc.rng.choice(("", ", the ministry said"))
    text = f"{sname} " + frame.format(T=tname, Scap=sc.s.capital, c=sc.rng.choice(_COMPASS),
                                      time=_time(sc))  # fmt: skip
    want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), _when_told(tail)),)
    return _cap(text + tail + "."), want, ()


_PURPOSES = (
    "offered to send engineers to help rebuild roads in {d} {T}",
    "offered to send a team of doctors to help treat flood victims in {d} {T}",
    "has offered to send experts to help repair bridges in {d} {T}",
)


def p25_purpose_goal(sc: Scene) -> Built:
    """ "Tanzania offered to send engineers to help rebuild roads in eastern Kenya": the
    helping purpose names whom the offer is for (X -> Y, 03), and the offer is kept."""
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    frame = sc.rng.choice(_PURPOSES).format(d=sc.rng.choice(_DIRS), T=tname)
    if sc.rng.random() < 0.4:  # after a thanked leader's set-off relative clause
        who = f"{_poss(sc.s.name)} president thanked {_poss(sc.t.name)} president, whose own "
        text = who + f"country was hit by floods last year, and {frame}"
        want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),
                Expect(sc.s.iso3, sc.t.iso3, frozenset({"05"}), ASSERTED))  # fmt: skip
    else:
        text = f"{sname} {frame}"
        want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),)
    return _cap(text + "."), want, ()


_BODIES = ("state grid operators", "national power utilities", "telecom regulators",
           "state railway operators", "port operators", "national carriers")  # fmt: skip
_JOINT = (
    ("The {b} of {S} and {T} signed a contract{time}", "05"),
    ("The {b} of {S} and {T} signed an agreement{time}, officials said", "05"),
    ("The {b} of {S} and {T} agreed to share data{time}", "03"),
)


def p25_bodies_of_states(sc: Scene) -> Built:
    """ "The state grid operators of Kenya and Ethiopia signed a contract": a plural body
    "of A and B", whatever its head word, is A's and B's: the act both ways."""
    frame, root = sc.rng.choice(_JOINT)
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = frame.format(b=sc.rng.choice(_BODIES), S=sname, T=tname, time=_time(sc))
    facts = REPORTED if text.endswith("said") else ASSERTED
    roots = frozenset({root, "06"} if root == "05" else {root})
    want = (Expect(sc.s.iso3, sc.t.iso3, roots, facts), Expect(sc.t.iso3, sc.s.iso3, roots, facts))
    return _cap(text + "."), want, ()


_SHUT = (
    ("The two governments have not shut the frontier", "negated"),
    ("The two governments have not closed the crossing", "negated"),
    ("The two countries closed the border{time}", "asserted"),
    ("The two governments shut the border crossing{time}", "asserted"),
)


def p25_two_governments_border(sc: Scene) -> Built:
    """ "Chile and Peru traded accusations. The two governments have not shut the frontier":
    each member closes (or not) the border to the other (X <-> Y 19), not to no one."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    frame, fact = sc.rng.choice(_SHUT)
    text = f"{sname} and {tname} traded accusations over the smuggling. " + frame.format(
        time=_time(sc)
    )
    facts = frozenset({fact})
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"19"}), facts),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({"19"}), facts),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({"11"}), ASSERTED),
    )
    return _cap(text + "."), want, ()


_PARTICLE_NAMES = (
    ("Karim al-{N}", "{N}"), ("Samir el-{N}", "{N}"), ("Jan van der {N}", "{N}"),
    ("Pieter van {N}", "{N}"), ("Rashid bin {N}", "{N}"), ("Luis de {N}", "{N}"),
    ("Ana da {N}", "{N}"), ("Klaus von {N}", "{N}"),
)  # fmt: skip
_INVENTED = ("Haddadin", "Berkhout", "Mansouri", "Oliveiro", "Tashkandi", "Rensburg", "Qasimov",
             "Valdemar")  # fmt: skip
_LATER_ACTS = (
    ("{Slead} later thanked {N} for the visit", "05"),
    ("{Slead} praised {N} on Tuesday", "05"),
    ("{Sposs} president later hosted {N} at a dinner", "04"),
)


def p25_particle_surname(sc: Scene) -> Built:
    """ "... his Libyan counterpart, Abdul Hamid al-Dbeibah. The president later thanked
    Dbeibah": a bare surname after a full name with a particle (al-, el-, van der, bin, de) is
    the same office-holder (X -> Y)."""
    full, bare = sc.rng.choice(_PARTICLE_NAMES)
    n = sc.rng.choice(_INVENTED)
    sname = sc.name(sc.s, capital=0.0)
    first = (f"{_poss(sname)} president met his {sc.t.demonym} counterpart, "
             f"{full.format(N=n)}, in {sc.s.capital}{_time(sc)}")  # fmt: skip
    later, root = sc.rng.choice(_LATER_ACTS)
    second = later.format(Slead=sc.leader(sc.s), Sposs=_poss(sname), N=bare.format(N=n))
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"04"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),
    )
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"04"}), ASSERTED),)
    return _cap(first) + ". " + _cap(second) + ".", want, allowed


_WRONGS = (
    "{who} shot two {Tdem} farmers near the border{time}",
    "{who} shot dead three {Tdem} fishermen{time}",
    "{who} killed two {Tdem} herders near the frontier{time}",
)
_SUMMONS = ("", "{T} summoned {Sposs} ambassador. ", "{Tposs} foreign ministry summoned the "
            "{Sdem} envoy. ")  # fmt: skip
_NO_APOLOGY = (
    ("{S} has not apologised", "negated"),
    ("{S} has yet to apologise", "negated"),
    ("{S} apologised on Tuesday", "asserted"),
    ("{S} later apologised, the ministry said", "reported"),
)


def p25_apology_owed(sc: Scene) -> Built:
    """ "Turkish troops shot two Syrian farmers. Syria summoned Turkey's envoy. Ankara has not
    apologised": an apology naming no one is owed to the victims' state (X -> Y 05), with or
    without the summons between."""
    who = sc.rng.choice(_SHOOTERS).format(Sdem=sc.s.demonym)
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_WRONGS).format(who=who, Tdem=sc.t.demonym, time=_time(sc))
    summons = sc.rng.choice(_SUMMONS).format(T=tname, Tposs=_poss(tname), Sdem=sc.s.demonym,
                                             Sposs=_poss(sc.s.name))  # fmt: skip
    last, fact = sc.rng.choice(_NO_APOLOGY)
    text = _cap(first) + ". " + summons + _cap(last.format(S=sname)) + "."
    want = [Expect(sc.s.iso3, sc.t.iso3, _FORCE, ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, frozenset({"05"}), frozenset({fact}))]  # fmt: skip
    if summons:
        want.append(Expect(sc.t.iso3, sc.s.iso3, frozenset({"11"}), ASSERTED))
    return text, tuple(want), ()


_THREE_VERBS = (
    "{S} paid for the feasibility study, lent money to the county governments for new depots "
    "and offered {T} a discount on fuel",
    "{S} lent money to the provincial authorities and offered {T} a loan",
    "{S} built new depots, gave grants to the local councils and offered {T} cheaper fuel",
)


def p25_conjunct_recipient(sc: Scene) -> Built:
    """ "X paid for the study, lent money to the county governments and offered Y a discount":
    the role noun of one conjunct ("the county governments") is not placed in the state that
    another conjunct's recipient is (no X -> Y loan); the offer is X -> Y."""
    sname, tname = sc.name(sc.s), sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_THREE_VERBS).format(S=sname, T=tname)
    want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED),)
    allowed = (Expect(sc.s.iso3, "---", frozenset({"07"}), ASSERTED),
               Expect(sc.s.iso3, "", frozenset({"07"}), ASSERTED),
               Expect(sc.s.iso3, sc.s.iso3, frozenset({"07"}), ASSERTED))  # fmt: skip
    return _cap(text + "."), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p25_their_property": p25_their_property,
    "p25_origin_clause": p25_origin_clause,
    "p25_said_later": p25_said_later,
    "p25_capital_facility": p25_capital_facility,
    "p25_unnamed_gunmen": p25_unnamed_gunmen,
    "p25_result_victims": p25_result_victims,
    "p25_goal_after_object": p25_goal_after_object,
    "p25_purpose_goal": p25_purpose_goal,
    "p25_bodies_of_states": p25_bodies_of_states,
    "p25_two_governments_border": p25_two_governments_border,
    "p25_particle_surname": p25_particle_surname,
    "p25_apology_owed": p25_apology_owed,
    "p25_conjunct_recipient": p25_conjunct_recipient,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before parties25 (fcea0a3) the same 24 scored (right, false assertions):
# p25_their_property 4/13 (the seizure X -> X); p25_origin_clause 6/10 (X -> X);
# p25_said_later 0/27 (X -> X); p25_capital_facility 12/5 (X -> X, the capital's airport);
# p25_unnamed_gunmen 0/24 (the gunmen placed in the place's or the victims' state, the result
# participle asserted); p25_result_victims 0/9 (X -> X); p25_goal_after_object 18/0 (no goal
# after "to western Y" or "wanted for ... to Y"); p25_purpose_goal 12/0 (the offer with no
# target, lost after a relative clause); p25_bodies_of_states 0/0 (no doer);
# p25_two_governments_border 0/0 (no target); p25_particle_surname 0/0 (the bare surname
# unplaced); p25_apology_owed 0/0 (no target); p25_conjunct_recipient 0/24 (the loan X -> Y).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
