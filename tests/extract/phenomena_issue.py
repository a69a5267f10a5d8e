"""Issue 9's own phenomena as templates: who fills a slot (p1), spurious readings (p3), the scope
of hedges (p4) and arguments of other acts (p7)."""

from __future__ import annotations

from phenomena_tables import ACTS, State
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _one,
    _poss,
    _time,
    conjugate,
    withheld,
)

# -- phenomena of the issue (own templates) ------------------------------------------------


def _fight_verb(sc: Scene) -> str:
    return sc.rng.choice(("dropped {}-made bombs on", "fired {}-built missiles at",
                          "launched {}-designed cruise missiles at"))  # fmt: skip


def p1_party(sc: Scene) -> Built:
    """A modifier, the speaker or a possessor is not a party; named targets inside phrases."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.randrange(6)
    if r == 5:  # "battalions from X": X's troops are trained, X is no trainer
        who = rng.choice(("battalions", "three battalions", "soldiers", "pilots", "officers"))
        text = f"{sc.name(s)} trained {who} from {sc.name(t)}{_time(sc)}."
        return text, (Expect(s.iso3, t.iso3, frozenset({"06", "07"}), ASSERTED),), ()
    if r == 0:
        text = f"{sc.name(s)} {_fight_verb(sc).format(z.demonym)} {sc.name(t)}{_time(sc)}."
        return text, (_one(s, t.iso3, "19", ASSERTED),), ()
    if r == 1:
        vp = rng.choice(("promised to defend each other", "pledged to deepen their cooperation"))
        text = f"{sc.name(s)} and {sc.name(t)} {vp}{_time(sc)}."
        return text, (_one(s, t.iso3, "03", ASSERTED), _one(t, s.iso3, "03", ASSERTED)), ()
    if r == 2:
        vp = rng.choice(
            (
                "imposed sanctions on two-thirds of {} oil exports",
                "froze about half of {} foreign reserves",
                "banned imports of most of {} steel",
            )
        )
        text = f"{sc.name(s)} {vp.format(_poss(t.name))}{_time(sc)}."
        return text, (_one(s, t.iso3, "16", ASSERTED),), ()
    if r == 3:
        obj, fill = rng.choice(
            (
                ("{} missile tests", _poss(t.name)),
                ("the deployment of {} troops near its border", t.demonym),
                ("the detention of {} fishermen", t.demonym),
            )
        )
        verb = rng.choice(("condemned", "criticized", "denounced"))
        text = f"{sc.name(s)} {verb} {obj.format(fill)}{_time(sc)}."
        allowed = (Expect(t.iso3, "*", frozenset({"15", "17"}), NOT_ASSERTED),)
        return text, (_one(s, t.iso3, "11", ASSERTED),), allowed
    verb = rng.choice(("condemned", "denounced"))
    text = f"{sc.name(s)} {verb} the attack by {sc.name(t)} on {sc.name(z)}{_time(sc)}."
    return (
        text,
        (_one(s, t.iso3, "11", ASSERTED),),
        (Expect(t.iso3, z.iso3, frozenset({"19"}), ANY),),
    )


def p3_spurious(sc: Scene) -> Built:
    """No event is asserted: hypotheticals without a doer, "show that", quoted labels, links,
    accidents."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.randrange(7)
    if r == 6:  # an accident is nobody's attack
        who = rng.choice(("soldiers", "pilots", "police officers", "sailors"))
        how = rng.choice(("killed", "wounded", "injured"))
        what = rng.choice(("a training accident", "a car accident", "a helicopter crash",
                           "a road accident"))  # fmt: skip
        n = rng.choice(("Two", "Three", "Four", "Several"))
        return f"{n} {s.demonym} {who} were {how} in {what} near the border with {t.name}.", (), ()
    if r == 0:
        text = f"Any strike on {_poss(s.name)} ships would trigger its defence pact with {t.name}."
        return text, (), NOTHING_ASSERTED
    if r == 1:
        verb = rng.choice(("demonstrate", "show", "suggest"))
        what = rng.choice(("largest creditor", "biggest trading partner", "main arms supplier"))
        return f"The figures {verb} that {s.name} remains {_poss(t.name)} {what}.", (), ()
    if r == 2:
        text = (
            f"What {s.name} calls aggression by {t.name} is, in the view of diplomats in "
            f"{z.capital}, a response to years of pressure."
        )
        return text, (), NOTHING_ASSERTED + (Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),)
    if r == 3:
        lead = rng.choice(("Read more:", "Related:", "See also:"))
        act = rng.choice([a for a in ACTS if a.domain in ("dip", "mil")])
        text = f"{lead} {s.name} {sc.fill(conjugate(rng.choice(act.base), 'past'))}"
        return text, (), NOTHING_ASSERTED
    if r == 4:
        label = rng.choice(("a threat to the whole region", "a danger to peace in the region"))
        text = f'"{t.name} is {label}," the {s.demonym} foreign minister said.'
        return _cap(text), (), NOTHING_ASSERTED + (Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),)
    text = f"Satellite images show that {s.name} has expanded a naval base near {t.name}."
    return text, (), NOTHING_ASSERTED


def p4_scope(sc: Scene) -> Built:
    """A hedge or negation governs its own clause, not a noun argument or another clause."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    r = rng.randrange(6)
    if r == 5:  # "neither side confirmed the transfer": no asserted transfer
        what = rng.choice(("the weapons transfer", "the arms deliveries", "the troop deployment",
                           "the prisoner exchange"))  # fmt: skip
        who = rng.choice(("Neither side", f"Neither {s.name} nor {t.name}",
                          f"No official in {s.capital} or {t.capital}"))  # fmt: skip
        text = f"{who} confirmed {what}{_time(sc)}."
        return text, (), NOTHING_ASSERTED
    if r == 0:
        verb = rng.choice(("cannot substitute for", "cannot replace", "will not make up for"))
        aid = rng.choice(("military aid to", "arms deliveries to", "economic aid to"))
        text = f"{z.name} {verb} {_poss(s.name)} {aid} {t.name}."
        return _cap(text), (_one(s, t.iso3, "07", ASSERTED),), ()
    if r == 1:
        text = (
            f"{s.name} and {t.name} signed a defence pact{_time(sc)} that obliges each to help "
            "the other should either be attacked."
        )
        pair = (_one(s, t.iso3, "05", ASSERTED), _one(t, s.iso3, "05", ASSERTED))
        return _cap(text), pair, NOTHING_ASSERTED
    act = rng.choice(ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    if r == 2:
        text = f"{src} might not {sc.fill(phrase)}{rng.choice(_FUTURE)}."
        # ("received X at the palace": X's visit, the answering act, is a reading too)
        answer = (Expect(t.iso3, s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
        if withheld(phrase):  # ("might not comment on X": no statement, the hedged one accepted)
            return _cap(text), (), (_hedged(sc, act), *answer)
        return _cap(text), (_hedged(sc, act),), answer
    if r == 3:
        text = f"{src} did not rule out {sc.fill(conjugate(phrase, 'ing'))}."
        return _cap(text), (_hedged(sc, act),), ()
    text = f"{z.name} would neither confirm nor deny that {src} had {sc.fill(conjugate(phrase, 'pp'))}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({act.root}), NOT_ASSERTED),), ()


def p7_arguments(sc: Scene, others: list[State]) -> Built:
    """The argument of an act is no event of its own."""
    rng, s, t = sc.rng, sc.s, sc.t
    r = rng.randrange(4)
    if r == 0:
        a, b, c = others[:3]
        what = rng.choice(("the expanding naval drills of", "the joint exercises of",
                           "the military buildup of"))  # fmt: skip
        who = rng.choice((f"Envoys from {s.name}", s.name, f"The {s.demonym} foreign ministry"))
        verb = rng.choice(("condemned", "criticized", "denounced"))
        text = f"{who} {verb} {what} {a.name}, {b.name} and {c.name}{_time(sc)}."
        return _cap(text), tuple(_one(s, x.iso3, "11", ASSERTED) for x in (a, b, c)), ()
    if r == 1:
        how = rng.choice(("supplied with drones by", "armed with missiles supplied by",
                          "equipped with air defence systems by"))  # fmt: skip
        rest = rng.choice(("has expanded its navy", "has stepped up border patrols",
                           "has strengthened its air defences"))  # fmt: skip
        text = f"{t.name}, {how} {s.name}, {rest}."
        return _cap(text), (_one(s, t.iso3, "07", ASSERTED),), ()
    if r == 2:
        text = f"{s.name} has sent volunteers to fight for {t.name}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"06", "07"}), ASSERTED),), ()
    who = rng.choice(("defence ministry", "health ministry", "military"))
    what = rng.choice(("40 soldiers died in the fighting", "12 people were killed in the strike",
                       "dozens of troops were wounded"))  # fmt: skip
    text = f"{_poss(s.name)} {who} said {what}."
    return _cap(text), (), (Expect("---", "*", frozenset(), ANY),)


def p8_diplomatic(sc: Scene, others: list[State]) -> Built:
    """A diplomatic act on a list of states is one event per state (also done by a list that
    says "they" did it; what "the two sides" pledge is between them; a threat told to a state
    is aimed at it); the state of a demonym on an expelled envoy is the target, also when
    the parser reads "persona non grata" as a clause."""
    rng, s, t = sc.rng, sc.s, sc.t
    listed = others[:3]
    names = f"{listed[0].name}, {listed[1].name} and {listed[2].name}"
    r = rng.randrange(7)
    if r == 6:  # a threat told to a state with no other party named is aimed at it
        who = rng.choice((t.name, f"{_poss(t.name)} foreign minister", f"the {t.demonym} envoy"))
        vp = rng.choice(("would impose sanctions", "would retaliate", "would close the border",
                         "would take countermeasures"))  # fmt: skip
        verb = rng.choice(("told", "warned"))
        text = f"{s.name} {verb} {who}{_time(sc)} that it {vp}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"13"}), ANY),), ()
    if r == 5:  # cooperation "the two leaders" pledge with no one else named is between them
        meet = rng.choice(("met", "hosted", "held talks with"))
        vp = rng.choice(("pledged closer cooperation", "agreed to deepen their partnership",
                         "pledged to expand trade"))  # fmt: skip
        who = rng.choice(("the two countries", "both governments", "the two sides"))
        text = f"{s.name} {meet} {t.name}{_time(sc)}, and {who} {vp}."
        if rng.random() < 0.4:  # "each other's" on the object of what both agree
            what = rng.choice(("reopen each other's embassies", "restore staff at each other's "
                               "embassies", "lift visa limits on each other's citizens"))  # fmt: skip
            text = f"{s.name} and {t.name} agreed{_time(sc)} to {what}."
        pact = frozenset({"03", "04", "05"})
        pair = (Expect(s.iso3, t.iso3, pact, ASSERTED), Expect(t.iso3, s.iso3, pact, ASSERTED))
        return _cap(text), pair, ()
    if r == 4:  # "they" in what a list of states says is each of them
        vp = rng.choice(("recalled their ambassadors from {}", "imposed sanctions on {}",
                         "expelled {} diplomats", "suspended flights to {}"))  # fmt: skip
        fill = t.demonym if vp.startswith("expelled") else t.name
        text = f"{names} said{_time(sc)} that they had {vp.format(fill)}."
        said = frozenset({"reported", "asserted"})
        return _cap(text), tuple(_one(x, t.iso3, "16", said) for x in listed), ()
    if r == 0:
        verb = rng.choice(("expelled", "ordered the expulsion of"))
        who = rng.choice(("diplomats", "ten diplomats", "several envoys", "staff"))
        text = f"{s.name} {verb} {who} from {names}{_time(sc)}."
    elif r == 1:
        who = rng.choice(("diplomats", "the ambassadors", "envoys", "consular staff"))
        text = f"{s.name} ordered {who} from {names} to leave the country{_time(sc)}."
    elif r == 2:
        who = rng.choice(("ambassadors", "envoys", "chargés d'affaires"))
        text = f"{s.name} expelled the {who} of {names}{_time(sc)}."
    else:
        who = rng.choice(("the {} ambassador", "two {} diplomats", "a {} consul", "the {} envoy",
                          "three {} embassy staff"))  # fmt: skip
        text = f"{s.name} declared {who.format(t.demonym)} persona non grata{_time(sc)}."
        return _cap(text), (_one(s, t.iso3, "16", ASSERTED),), ()
    return _cap(text), tuple(_one(s, x.iso3, "16", ASSERTED) for x in listed), ()
