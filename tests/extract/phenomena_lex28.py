"""Round 21 lexicon and clause classes of fresh15 (issue 9, lex28; fresh15_classes.md GR, ID,
HO, L, OC, CN, BP, CC) as suite constructions, written from the GUIDE and the CAMEO codebook,
crossed with the suite's states named by name, capital, demonym + sector or leader:

- ``l28_granted_request``: "X's consulate asked for consular access to the detained X sailors,
  and Y's foreign ministry granted it", "Y granted X's request for ...", "Y granted X access
  to ...": a yield (08) to the asker, never aid (07);
- ``l28_ease_idiom``: "X could ease the pressure by buying more Y beef", "X sought to ease
  tensions with Y", "relieve the strain": an idiom, no easing of restrictions (08); the act, if
  any, is the by-phrase's;
- ``l28_handed_wanted``: "X has not yet handed over the former general whom CAPITAL wants to
  try", "X extradited the banker whom Y accuses of fraud": judicial cooperation (063, GUIDE
  rule 7) aimed at the state that wants him, never aid;
- ``l28_kept_one``: "X lifted its ban on Y apples in July but kept the one on pears", "...
  kept those on pears": the measure kept in force (163) toward Y;
- ``l28_ordered_withdrawn``: "X's health ministry ordered the Y cheese withdrawn from sale":
  goods recalled, no troop withdrawal (0874) and no demand (10);
- ``l28_considered``: "X's foreign minister said he considered the dispute settled", "CAPITAL
  said it was considering its options": a judgement, no event (no 014);
- ``l28_bare_protest``: "Y guards detained three X drivers in March. CAPITAL protested": the
  diplomatic protest (114) aimed at the story's other state;
- ``l28_called_measure``: "Y imposed a duty on X wine. X winegrowers, who export a third of
  their wine across the border, called the duty unfair and a blow to regional trade":
  criticism (111) of the measure's imposer.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NEGATED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss


def _e(src: State, tgt: State, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


_ASKED_GRANTED = (
    "{Sposs} consulate asked for consular access to the detained {Sdem} sailors, and {Tposs} "
    "foreign ministry granted it.",
    "{S} asked {T} for access to the detained {Sdem} traders. {T} granted it on Friday.",
    "{S} asked {T} for consular access to the {Sdem} fishermen, and {Tposs} government granted "
    "it a day later.",
    "{Sposs} embassy asked for access to the detained {Sdem} lorry drivers. {Tposs} foreign "
    "ministry granted it on Tuesday.",
)
_GRANTED = (
    "{T} granted {Sposs} request for consular access to the detained sailors.",
    "{T} granted {S} access to the detained {Sdem} fishermen.",
    "{Tposs} foreign ministry granted {Sposs} request for a transit permit.",
    "{T} granted {S} consular access to the {Sdem} traders on Monday.",
)


def l28_granted_request(sc: Scene) -> Built:
    """ "Chile's consulate asked for consular access ..., and Argentina's foreign ministry
    granted it": granting a request, access or a permit is a yield (08) to the requester, and
    "it" stands for the access asked for; aid (07) needs aid, loans or funds as object."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    words = {"S": sname, "T": tname, "Sposs": _poss(sname), "Tposs": _poss(tname),
             "Sdem": sc.s.demonym}  # fmt: skip
    asked = Expect(sc.s.iso3, sc.t.iso3, frozenset({"02", "10"}), ANY)
    # (the request of a consulate that names no state asked: its own target is the X class's
    # "target only in the story", parties29's; allowed here)
    untargeted = Expect(sc.s.iso3, "", frozenset({"02", "10"}), ANY)
    if sc.rng.random() < 0.5:
        text = sc.rng.choice(_ASKED_GRANTED).format(**words)
        return text, (_e(sc.t, sc.s, "08"),), (asked, untargeted)
    return _cap(sc.rng.choice(_GRANTED).format(**words)), (_e(sc.t, sc.s, "08"),), ()


_EASED = (
    ("{S} could ease the pressure by buying more {Tdem} beef.", True),
    ("{S} could ease the tension by buying more {Tdem} grain.", True),
    ("{S} sought to ease tensions with {T}.", False),
    ("{Sposs} president moved to ease concerns in {T} over the dam.", False),
    ("{S} hopes to relieve the strain on {Tdem} hauliers.", False),
    ("{S} eased the pressure on {T} last week.", False),
)


def l28_ease_idiom(sc: Scene) -> Built:
    """ "Chile could ease the pressure by buying more Argentine beef": "ease / relieve the
    pressure (tension, strain, concerns)" is an idiom, no easing of restrictions (08); only the
    by-phrase's act (the buying, 061, possible) is an act."""
    text, bought = sc.rng.choice(_EASED)
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = text.format(S=sname, T=tname, Sposs=_poss(sname), Tdem=sc.t.demonym)
    want = (_e(sc.s, sc.t, "06", NOT_ASSERTED),) if bought else ()
    return _cap(text), want, ()


_HANDED = (
    ("{S} has not yet handed over the former general whom {Tcap} wants to try.", NEGATED),
    ("{S} handed over the suspect whom {T} wants to prosecute.", ASSERTED),
    ("{S} handed over the former minister whom {Tcap} accuses of fraud.", ASSERTED),
    ("{S} has not handed over the businessman whom {T} wants to put on trial.", NEGATED),
    ("{S} extradited the banker whom {Tcap} accuses of embezzlement.", ASSERTED),
    ("{Sposs} police handed over the former colonel whom {T} seeks for trial.", ASSERTED),
)


def l28_handed_wanted(sc: Scene) -> Built:
    """ "Benin has not yet handed over the former general whom Lome wants to try": handing over
    a person wanted or accused is judicial cooperation (063, GUIDE rule 7), aimed at the state
    that wants him (the object's relative clause), never aid (070) or no target."""
    text, facts = sc.rng.choice(_HANDED)
    sname = sc.name(sc.s, capital=0.0)
    text = text.format(S=sname, Sposs=_poss(sname), T=sc.name(sc.t, capital=0.0),
                       Tcap=sc.t.capital)  # fmt: skip
    return _cap(text), (_e(sc.s, sc.t, "06", facts),), ()


_KEPT_ONE = (
    "{S} lifted its ban on {Tdem} apples in July but kept the one on pears.",
    "{S} lifted its curbs on {Tdem} apples in May but kept the one on pears.",
    "{S} lifted its restrictions on {Tdem} wine but kept those on beer.",
    "{S} lifted its ban on {Tdem} tomatoes and onions in June but kept the one on potatoes.",
    "{S} lifted the curbs on {Tdem} poultry but kept those on eggs.",
)


def l28_kept_one(sc: Scene) -> Built:
    """ "Argentina lifted its ban on Chilean apples and pears in July but kept the one on
    plums": "the one" / "those" stands for the measure; keeping it is the measure kept in force
    (163), toward the state the measure is on."""
    text = sc.rng.choice(_KEPT_ONE).format(S=sc.name(sc.s), Tdem=sc.t.demonym)
    return _cap(text), (_e(sc.s, sc.t, "08"), _e(sc.s, sc.t, "16")), ()


_WITHDRAWN = (
    "{Sposs} health ministry ordered the {Tdem} cheese withdrawn from sale.",
    "{Sposs} food agency ordered the eggs withdrawn from shops.",
    "{S} ordered the {Tdem} sausages withdrawn from supermarket shelves.",
    "The {Sdem} health ministry ordered the products withdrawn from the market.",
    "{Sposs} regulator ordered the batch of {Tdem} baby formula withdrawn from sale.",
)


def l28_ordered_withdrawn(sc: Scene) -> Built:
    """ "The health ministry ordered the cheese withdrawn from sale": a causative whose
    participle is the act; goods withdrawn from sale are no troop withdrawal (0874 needs troops
    or forces) and nobody is asked to do anything (no demand, 10)."""
    sname = sc.name(sc.s, capital=0.0)
    text = sc.rng.choice(_WITHDRAWN).format(S=sname, Sposs=_poss(sname), Sdem=sc.s.demonym,
                                            Tdem=sc.t.demonym)  # fmt: skip
    return _cap(text), (), ()


_CONSIDERED = (
    "{Tdem} police released the {Sdem} reporters. {Sposs} foreign minister said he considered "
    "the matter closed.",
    "{Tdem} police released the {Sdem} reporters. {Sposs} foreign minister said she considered "
    "the dispute settled.",
    "{Scap} said it was considering its options.",
    "{Sposs} government said it considers the row over.",
    "{S} is considering its next steps, a spokesman said.",
)


def l28_considered(sc: Scene) -> Built:
    """ "its foreign minister said he considered the dispute settled", "Cotonou said it was
    considering its options": a judgement, and an option naming no act and no party: no event
    (014 needs a policy option toward a state)."""
    sname = sc.name(sc.s, capital=0.0)
    text = sc.rng.choice(_CONSIDERED).format(S=sname, Sposs=_poss(sname), Scap=sc.s.capital,
                                             Sdem=sc.s.demonym, Tdem=sc.t.demonym)  # fmt: skip
    released = Expect(sc.t.iso3, sc.s.iso3, frozenset({"08"}), ANY)
    return _cap(text), (), (released,)


_DETAINED = (
    "{Tdem} border guards detained three {Sdem} drivers in March.",
    "{Tdem} police arrested two {Sdem} traders on Monday.",
    "{Tdem} soldiers detained four {Sdem} fishermen last week.",
)
_PROTESTED = ("{S} protested, and {Tcap} said nothing for weeks.", "{S} protested strongly.",
              "{S} protested the next day.", "{S} protested at once.",
              "The affair showed how quickly goodwill can sour: {S} protested, and {Tcap} said "
              "nothing for weeks.",
              "It shows how fragile trust is: {S} protested at once.")  # fmt: skip


def l28_bare_protest(sc: Scene) -> Built:
    """ "Estonian guards detained three Latvian drivers in March. Riga protested": a state's
    protest with nothing protested named is the diplomatic protest (114), aimed at the story's
    other state; after "showed how ...:" the clause is the writer's own statement (asserted),
    not the content of "show"."""
    want = (_e(sc.t, sc.s, "17"), _e(sc.s, sc.t, "11"))
    if sc.rng.random() < 0.25:  # the act named in the lead-in of the protest's own sentence
        tname = sc.name(sc.t, capital=0.0)
        text = (f"Trade between the two is small. {_poss(tname)} detention of three "
                f"{sc.s.demonym} drivers showed how quickly goodwill can sour: "
                f"{sc.name(sc.s, capital=0.5)} protested.")  # fmt: skip
        return text, want, ()
    first = sc.rng.choice(_DETAINED).format(Tdem=sc.t.demonym, Sdem=sc.s.demonym)
    second = sc.rng.choice(_PROTESTED).format(S=sc.name(sc.s, capital=0.5), Tcap=sc.t.capital)
    return f"{first} {second}", want, ()


_IMPOSED = (("a duty", "the duty"), ("a tariff", "the tariff"), ("a levy", "the levy"),
            ("a 20% duty", "the duty"))  # fmt: skip
_GOODS = ("wine", "beef", "apples", "cement", "steel")
_CALLED = (
    "{Sdem} {who}, who export a third of their {goods} across the border, called {m} unfair "
    "and a blow to regional trade.",
    "{Sdem} {who} called {m} unfair and a blow to regional trade.",
    "{Sdem} {who}, who sell most of their {goods} abroad, called {m} unjust.",
    "{Sdem} {who} called {m} unfair.",
)


def l28_called_measure(sc: Scene) -> Built:
    """ "Argentina imposed a duty on Chilean wine. Chilean winegrowers, who export a third of
    their wine across the Andes, called the duty unfair and a blow to regional trade": the call
    + object complement is criticism (111) of the measure's imposer, also when the parser reads
    "the duty unfair" as one phrase."""
    new, named = sc.rng.choice(_IMPOSED)
    goods = sc.rng.choice(_GOODS)
    first = f"{sc.name(sc.t)} imposed {new} on {sc.s.demonym} {goods}."
    who = sc.rng.choice(("producers", "growers", "exporters", "farmers"))
    second = sc.rng.choice(_CALLED).format(Sdem=sc.s.demonym, who=who, goods=goods, m=named)
    return f"{_cap(first)} {second}", (_e(sc.t, sc.s, "16"), _e(sc.s, sc.t, "11")), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l28_granted_request": l28_granted_request,
    "l28_ease_idiom": l28_ease_idiom,
    "l28_handed_wanted": l28_handed_wanted,
    "l28_kept_one": l28_kept_one,
    "l28_ordered_withdrawn": l28_ordered_withdrawn,
    "l28_considered": l28_considered,
    "l28_bare_protest": l28_bare_protest,
    "l28_called_measure": l28_called_measure,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex28 (0631f34) the same 24 scored (right, false assertions):
# l28_granted_request 0/21 (aid, 070, or no target); l28_ease_idiom 10/8 (an easing, 081);
# l28_handed_wanted 0/9 (aid, or no target); l28_kept_one 0/0 (nothing for "kept");
# l28_ordered_withdrawn 0/24 (a troop withdrawal, 0874); l28_considered 0/0 (014 with no
# target); l28_bare_protest 11/7 (no target, or a demonstration after "showed how ...:");
# l28_called_measure 13/0 (nothing when "the duty unfair" is read as one phrase).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
