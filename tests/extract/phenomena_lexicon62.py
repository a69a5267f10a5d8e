"""Lexicon and scene leftovers noticed by earlier helpers (issue 9, lexicon62) as suite constructions
crossed with the suite's states named by name, capital or demonym, each with several phrasings and
a near-miss that must not change:

- ``lx62_shelved_goods``: "X's supermarkets pulled Y-ian wine from their shelves": a consumer boycott
  carried out, 163 (1312 is only its threat); near miss "shoppers found Y-ian wine on the shelves";
- ``lx62_terror_designation``: "X designated Y's presidential guard a terrorist organisation":
  the designation's sanctions, 163 at the group's state (the GUIDE's cartel rule); near miss
  "called ... a terrorist organisation", criticism only;
- ``lx62_halted_talks``: "X ended (broke off, suspended, abandoned) trade negotiations with Y":
  halt negotiations, 164; near miss "X and Y ended two days of talks in Y-CAPITAL", no halt;
- ``lx62_annexed``: "X annexed Y's eastern provinces", "proclaimed the annexation of four Y-ian
  regions": 192 (CAMEO has no annexation code; occupy territory);
- ``lx62_remittances``: "Y-ian migrants in X sent home record remittances to Y": private
  transfers, no aid (07) and no removal (174); near miss "X sent aid to Y";
- ``lx62_follow_suit``: "X expelled two Y-ian diplomats. Z said it had no plans to follow suit":
  no intent (030) of Z's of its own;
- ``lx62_goodwill``: "X freed 20 Y-ian fishermen as a goodwill gesture": the release, and no
  praise (051) of its own from the gesture noun;
- ``lx62_works_plan``: "X announced a plan to build a railway to Y": a domestic works plan, no
  intent to cooperate with Y; near miss "a plan to build a railway with Y", the intent (03);
- ``lx62_dated_subject``: "A Y-ian aid worker shot in X-CAPITAL in 2017 died": the participle
  parsed as a finite verb is scene, no force event at a guessed doer.

Before the fix, on main (ac0a8cfb): the shelved goods and the designations no event; "broke off
trade talks" 161, "suspended trade negotiations" 163, "ended trade negotiations" no event; "sent home
remittances" 174 and "sent remittances to Y" 070; "no plans to follow suit" 030 `negated`; the works
plan 030 at Y; the dated subject 193 asserted by the place's state.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

_GOODS = ("wine", "beef", "chocolate", "dairy products", "goods", "products", "fruit juice")
_SHELVED = (
    "{Sposs} supermarkets pulled {Tdem} {goods} from their shelves",
    "{Sdem} retailers removed {Tdem} {goods} from store shelves",
    "{S} pulled {Tdem} {goods} off the shelves",
    "{Sdem} supermarkets took {Tdem} {goods} off their shelves",
    "{Sposs} state-run shops pulled {Tdem} {goods} from shelves",
)


def lx62_shelved_goods(sc: Scene) -> Built:
    """ "Chinese supermarkets pulled Australian wine from their shelves": 163; near miss none."""
    w = scene_words(sc)
    goods = sc.rng.choice(_GOODS)
    if sc.rng.random() < 0.2:
        text = f"{w['Sdem']} shoppers found {w['Tdem']} {goods} on the shelves."
        return _cap(text), (), ()
    text = sc.rng.choice(_SHELVED).format(goods=goods, **w) + "."
    return _cap(text), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_GROUPS = ("presidential guard", "border guard", "revolutionary guard", "state security service",
           "paramilitary police")  # fmt: skip
_DESIGNATED = (
    "{S} designated {Tposs} {group} a terrorist organisation",
    "{S} designated {Tposs} {group} a foreign terrorist organization",
    "{Sposs} government listed {Tposs} {group} as a terrorist organisation",
    "{S} declared {Tposs} {group} a terrorist group",
    "{S} formally designated {Tposs} {group} a terror group",
)


def lx62_terror_designation(sc: Scene) -> Built:
    """ "Canada designated Iran's revolutionary guard a terrorist organisation": 163 at the group;
    near miss "called ... a terrorist organisation": criticism at most."""
    w = scene_words(sc)
    group = sc.rng.choice(_GROUPS)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} called {w['Tposs']} {group} a terrorist organisation."
        return _cap(text), (), (_e(sc.s, sc.t, _r("11"), ANY),)
    text = sc.rng.choice(_DESIGNATED).format(group=group, **w) + "."
    return _cap(text), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_HALTED = (
    "{S} ended trade negotiations with {T}",
    "{S} broke off trade talks with {T}",
    "{S} suspended trade negotiations with {T}",
    "{S} abandoned free trade talks with {T}",
    "{S} halted trade talks with {T}",
    "{S} terminated its trade negotiations with {T}",
    "{Sposs} trade minister broke off the negotiations with {T}",
)


def lx62_halted_talks(sc: Scene) -> Built:
    """ "India broke off trade talks with Britain": 164; near miss "X and Y ended two days of talks
    in Y-CAPITAL": no halt."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        text = f"{w['S']} and {w['T']} ended two days of talks in {w['Tc']}."
        allowed = (_e(sc.s, sc.t, _r("04"), ANY), _e(sc.t, sc.s, _r("04"), ANY))
        return _cap(text), (), allowed
    text = sc.rng.choice(_HALTED).format(**w) + "."
    return _cap(text), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_ANNEXED = (
    "{S} annexed {Tposs} eastern provinces",
    "{S} formally annexed part of {T}",
    "{S} proclaimed the annexation of four {Tdem} regions",
    "{Sposs} parliament annexed two {Tdem} border districts",
)


def lx62_annexed(sc: Scene) -> Built:
    """ "Russia annexed Ukraine's eastern provinces": 192."""
    text = sc.rng.choice(_ANNEXED).format(**scene_words(sc)) + "."
    return _cap(text), (_e(sc.s, sc.t, _r("19"), ASSERTED),), ()


_REMITTED = (
    "{Tdem} migrants in {S} sent home record remittances to {T}",
    "Remittances sent by {Tdem} workers in {S} to {T} dropped by 5 percent",
    "{Tdem} workers in {S} sent 2 billion dollars in remittances to {T}",
    "Migrants in {S} sent remittances to {T} worth 3 billion dollars",
    "{Tdem} workers abroad sent remittances home",
)


def lx62_remittances(sc: Scene) -> Built:
    """ "Guatemalan migrants in the United States sent home record remittances": no event; near
    miss "X sent aid to Y": aid (07)."""
    w = scene_words(sc)
    if sc.rng.random() < 0.2:
        return _cap(f"{w['S']} sent aid to {w['T']}."), (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()
    return _cap(sc.rng.choice(_REMITTED).format(**w) + "."), (), ()


_FOLLOW = (
    "{Z} said it had no plans to follow suit",
    "{Z} has no plans to follow suit",
    "{Z} said it had no intention of following suit",
    "{Zposs} foreign ministry said it had no plans to do the same",
)


def lx62_follow_suit(sc: Scene) -> Built:
    """ "Britain expelled two Russian diplomats. France said it had no plans to follow suit": the
    expulsion, and no intent (030) of Z's."""
    w = scene_words(sc)
    text = (
        f"{w['S']} expelled two {w['Tdem']} diplomats. {_cap(sc.rng.choice(_FOLLOW).format(**w))}."
    )
    allowed = (_e(sc.z, sc.t, _r("16", "17"), NEGATED),)
    return _cap(text), (_e(sc.s, sc.t, _r("16", "17"), ASSERTED),), allowed


_FREED = ("freed 20 {Tdem} fishermen", "released two {Tdem} sailors",
          "released the {Tdem} crew", "pardoned 50 {Tdem} prisoners")  # fmt: skip
_GESTURE = ("as a goodwill gesture", "in a gesture of goodwill", "as a gesture of goodwill",
            "in a goodwill gesture")  # fmt: skip


def lx62_goodwill(sc: Scene) -> Built:
    """ "India freed 20 Pakistani fishermen as a goodwill gesture": the release (08) and no
    praise of its own."""
    w = scene_words(sc)
    freed = sc.rng.choice(_FREED).format(**w)
    gesture = sc.rng.choice(_GESTURE)
    if sc.rng.random() < 0.4:
        text = f"{_cap(gesture)}, {w['S']} {freed}."
    else:
        text = f"{w['S']} {freed} {gesture}."
    return _cap(text), (_e(sc.s, sc.t, _r("08", "05"), ASSERTED),), ()


_WORKS = ("railway", "road", "pipeline", "highway", "bridge")
_PLANS = (
    "{S} announced a plan to build a {works} to {T}",
    "{S} plans to build a {works} to {T}",
    "{S} unveiled a plan to build a {works} to {T}",
    "{Sposs} president announced plans to build a {works} to {T}",
)


def lx62_works_plan(sc: Scene) -> Built:
    """ "Kenya announced a plan to build a railway to Uganda": no intent toward Y; near miss
    "a plan to build a railway with Y": the intent (03)."""
    w = scene_words(sc)
    works = sc.rng.choice(_WORKS)
    if sc.rng.random() < 0.25:
        text = f"{w['S']} announced a plan to build a {works} with {w['T']}."
        return _cap(text), (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()
    text = sc.rng.choice(_PLANS).format(works=works, **w) + "."
    return _cap(text), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_VICTIMS = ("A {Tdem} aid worker shot", "The {Tdem} journalist killed",
            "A {Tdem} engineer shot", "The {Tdem} student killed")  # fmt: skip
_FATES = ("died of his wounds", "was buried on Monday", "was remembered on Friday", "was honoured")
_YEARS = ("in 2017", "in 2019", "in 2016", "in March")


def lx62_dated_subject(sc: Scene) -> Built:
    """ "A French aid worker shot in Bamako in 2019 was buried on Monday": no force event."""
    w = scene_words(sc)
    where = sc.rng.choice((w["Sc"], w["S"]))
    text = (
        f"{sc.rng.choice(_VICTIMS).format(**w)} in {where} {sc.rng.choice(_YEARS)} "
        f"{sc.rng.choice(_FATES)}."
    )
    return _cap(text), (), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lx62_shelved_goods": lx62_shelved_goods,
    "lx62_terror_designation": lx62_terror_designation,
    "lx62_halted_talks": lx62_halted_talks,
    "lx62_annexed": lx62_annexed,
    "lx62_remittances": lx62_remittances,
    "lx62_follow_suit": lx62_follow_suit,
    "lx62_goodwill": lx62_goodwill,
    "lx62_works_plan": lx62_works_plan,
    "lx62_dated_subject": lx62_dated_subject,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
