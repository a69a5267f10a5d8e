"""Round 29's leftovers (issue 9, leftovers42): incursions, clause-only speech verbs, "both"
after a pair, and refusals that name no addressee, as suite constructions crossed with the
suite's states named by name, capital or demonym and several phrasings:

- ``lo42_incursion``: "X's jets (warships, drones, air force) entered / sailed into / flew
  into Y's airspace (Y-ian waters)": a show of force, X -> Y 15, never a ground incursion 19
  (no event on main where Y was named, 190 for "air force");
- ``lo42_incursion_denied``: "X rejected (dismissed, denied) Y's claim (allegation, reports)
  that X-ian jets had entered Y's airspace": X's denial aimed at Y, no asserted incursion
  (main: the rejection aimed at X's own forces once the incursion was coded; "dismissed Y's
  allegation that its warships had sailed into ..." asserted the incursion);
- ``lo42_clause_speech``: "Y maintained (stressed, reiterated, emphasised) that X had violated
  its airspace": X -> Y 15 `reported`, as "said that" (main: `asserted`, no target);
- ``lo42_both_third``: "A and B condemned Y. Both recalled their ambassadors": A -> Y and
  B -> Y 16, as "the two" and "they" (main: A and B recalling them from each other);
- ``lo42_refused_open``: "Y called for a retraction. X refused to retract the remarks": the
  refusal answers the asker, X -> Y 12 (main: no target where the call named no addressee).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_POSSIBLE = frozenset({"possible"})
_AIR = ("jets", "fighter jets", "warplanes", "military drones", "drones", "bombers",
        "military helicopters", "air force jets")  # fmt: skip
_SEA = ("warships", "naval vessels", "frigates", "coast guard vessels", "a navy destroyer",
        "two warships", "a submarine")  # fmt: skip
_WHEN = ("", " on Monday", " early on Sunday", " twice this week", " without permission")


def lo42_incursion(sc: Scene) -> Built:
    """ "Russian jets entered Finland's airspace", "Chinese warships sailed into Japanese
    waters", "Russia's air force entered Estonian airspace": X -> Y 15."""
    t_name = sc.name(sc.t, capital=0.0)
    owner = sc.rng.choice((_poss(t_name), sc.t.demonym))
    kind = sc.rng.randrange(3)
    if kind == 0:
        craft, verb, ground = (
            sc.rng.choice(_AIR),
            sc.rng.choice(("entered", "flew into")),
            "airspace",
        )
    elif kind == 1:
        craft, verb, ground = (
            sc.rng.choice(_SEA),
            sc.rng.choice(("entered", "sailed into")),
            "waters",
        )
    else:
        craft, verb, ground = "air force", "entered", "airspace"
    doer = (
        f"{_poss(sc.name(sc.s, capital=0.0))} {craft}" if kind == 2 else f"{sc.s.demonym} {craft}"
    )
    text = f"{_cap(doer)} {verb} {owner} {ground}{sc.rng.choice(_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("15"), ASSERTED),), ()


_REJECTED = ("rejected", "dismissed", "denied", "has rejected", "flatly rejected")
_CLAIM = ("claim", "allegation", "claims", "allegations", "accusation")
_CROSSED = ("{Sdem} jets had entered {Tdem} airspace", "{Sdem} warships had entered {Tposs} waters",
            "{Sdem} drones had entered {Tdem} airspace",
            "{Sdem} warships had sailed into {Tdem} waters")  # fmt: skip


def lo42_incursion_denied(sc: Scene) -> Built:
    """ "Moscow rejected Kyiv's claim that Russian jets had entered Ukrainian airspace": X's
    denial aimed at Y, no incursion asserted."""
    t_name = sc.name(sc.t, capital=0.0)
    crossed = sc.rng.choice(_CROSSED).format(
        Sdem=sc.s.demonym, Tdem=sc.t.demonym, Tposs=_poss(t_name)
    )
    text = (f"{_cap(sc.name(sc.s))} {sc.rng.choice(_REJECTED)} {_poss(sc.name(sc.t))} "
            f"{sc.rng.choice(_CLAIM)} that {crossed}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("01", "12"), ASSERTED),)
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED), _e(sc.t, sc.s, _r("11", "01"), ANY))
    return text, want, allowed


_MAINTAINED = ("maintained that", "stressed that", "reiterated that", "emphasised that",
               "has maintained that", "reaffirmed that", "stressed on Monday that")  # fmt: skip
_VIOLATED = ("had violated its airspace", "had violated its territorial waters",
             "had entered its airspace", "had violated its airspace again",
             "had violated its waters")  # fmt: skip


def lo42_clause_speech(sc: Scene) -> Built:
    """ "Japan maintained that China had violated its airspace": X -> Y 15 reported."""
    text = (f"{_cap(sc.name(sc.t))} {sc.rng.choice(_MAINTAINED)} {sc.name(sc.s)} "
            f"{sc.rng.choice(_VIOLATED)}.")  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("15"), REPORTED),), ()


_CONDEMNED = ("condemned {T}", "criticised {T}", "protested to {T}", "accused {T} of meddling",
              "condemned the {Tdem} raid")  # fmt: skip
_BOTH = ("Both recalled their ambassadors", "Both have recalled their ambassadors",
         "Both recalled their envoys", "Both later recalled their ambassadors",
         "Both recalled their ambassadors from {Tc}")  # fmt: skip


def lo42_both_third(sc: Scene) -> Built:
    """ "Mali and Niger condemned France. Both recalled their ambassadors": A, B -> Y 16."""
    t_name = sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_CONDEMNED).format(T=t_name, Tdem=sc.t.demonym)
    both = sc.rng.choice(_BOTH).format(Tc=sc.t.capital)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.z, capital=0.0)} {first}. "
            f"{both}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("16"), ASSERTED), _e(sc.z, sc.t, _r("16"), ASSERTED),
            _e(sc.s, sc.t, _r("11", "17"), ASSERTED), _e(sc.z, sc.t, _r("11", "17"), ASSERTED))  # fmt: skip
    return text, want, ()


_ASKED = ("{T} called for a retraction", "{T} called for an apology",
          "{Tposs} foreign ministry called for a retraction", "{T} demanded a retraction",
          "{T} called for an official apology")  # fmt: skip
_REFUSED = ("refused to retract the remarks", "refused", "has refused",
            "refused to apologise", "declined to retract the comments")  # fmt: skip


def lo42_refused_open(sc: Scene) -> Built:
    """ "Japan called for a retraction. China refused": X -> Y 12."""
    t_name = sc.name(sc.t)
    asked = sc.rng.choice(_ASKED).format(T=_cap(t_name), Tposs=_cap(_poss(t_name)))
    text = f"{asked}. {_cap(sc.name(sc.s))} {sc.rng.choice(_REFUSED)}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("10", "02"), ANY), Expect(sc.t.iso3, "", _r("10", "02"), ANY))
    return text, want, allowed


_REPRESENTATIVE = ("its representative", "its permanent representative", "its delegate",
                   "its delegation", "its representatives")  # fmt: skip


def lo42_recalled_representative(sc: Scene) -> Built:
    """ "Peru recalled its representative from Venezuela": X -> Y 161."""
    t_name = sc.name(sc.t, capital=0.0)
    text = (f"{_cap(sc.name(sc.s))} recalled {sc.rng.choice(_REPRESENTATIVE)} from {t_name}"
            f"{sc.rng.choice(_WHEN)}.")  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_TROOPS = ("troops", "soldiers", "{Sdem} troops", "{Sdem} soldiers", "a {Sdem} contingent")
_HELP = ("to help defend it", "to help secure the border", "to help protect the capital",
         "to support its army", "to help restore order")  # fmt: skip


def lo42_left_for(sc: Scene) -> Built:
    """ "Chadian troops left for Niger to help defend it": X -> Y 074."""
    troops = sc.rng.choice(_TROOPS[2:]).format(Sdem=sc.s.demonym)
    text = f"{_cap(troops)} left for {sc.name(sc.t, capital=0.0)} {sc.rng.choice(_HELP)}."
    want = (_e(sc.s, sc.t, _r("07"), ASSERTED),)
    return text, want, (Expect(sc.s.iso3, "", frozenset(), ANY), _e(sc.s, sc.t, _r("05"), ANY))


_GOODS = ("crude", "grain", "wheat", "oil", "maize", "coal", "fuel", "more crude")
_SHIP = ("will ship", "will export", "will ship more", "will soon ship")


def lo42_will_ship(sc: Scene) -> Built:
    """ "Iraq will ship crude to Jordan": X -> Y 061 possible, no intent (031)."""
    verb = sc.rng.choice(_SHIP)
    goods = sc.rng.choice(_GOODS)
    if verb.endswith("more") and goods.startswith("more"):
        goods = goods[5:]
    text = f"{_cap(sc.name(sc.s))} {verb} {goods} to {sc.name(sc.t, capital=0.0)}."
    return text, (_e(sc.s, sc.t, _r("06"), _POSSIBLE),), ()


_LAW = (("border law", "law"), ("new security law", "law"), ("fishing ban", "ban"),
        ("visa rules", "rules"), ("tariff plan", "plan"), ("defence strategy", "strategy"))  # fmt: skip
_FIRST = ("criticised", "condemned", "protested against", "denounced")
_JUDGED = ("called the {n} a provocation", "called the {n} illegal", "called the {n} unacceptable",
           "called the {n} a dangerous step", "said the {n} was unacceptable")  # fmt: skip


def lo42_judged_owner(sc: Scene) -> Built:
    """ "Japan criticised South Korea's border law. Tokyo called the law a provocation": both
    judgements X -> Y."""
    thing, n = sc.rng.choice(_LAW)
    t_name = sc.name(sc.t, capital=0.0)
    judged = sc.rng.choice(_JUDGED).format(n=n)
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} {sc.rng.choice(_FIRST)} {_poss(t_name)} {thing}. "
            f"{_cap(sc.s.capital)} {judged}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("11", "12"), ASSERTED),)
    return text, want, (_e(sc.s, sc.t, _r("11", "12", "14", "01"), ANY),)


_CRAFT = ("Jets", "Warplanes", "Drones", "Fighter jets", "Pilots")
_STRUCK = ("bombed {Tdem} positions", "struck {Tdem} targets", "shot down {Tdem} drones",
           "attacked {Tdem} positions")  # fmt: skip


def lo42_served_side(sc: Scene) -> Built:
    """ "Jets flying for Britain bombed Serbian positions": X -> Y 19, never Y -> Y."""
    verb = "operating" if sc.rng.random() < 0.3 else "flying"
    struck = sc.rng.choice(_STRUCK).format(Tdem=sc.t.demonym)
    text = f"{sc.rng.choice(_CRAFT)} {verb} for {sc.name(sc.s, capital=0.0)} {struck}."
    want = (_e(sc.s, sc.t, _r("19"), ASSERTED),)
    return text, want, (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),)


_PLEDGED = ("have each pledged 1,000 soldiers", "each pledged troops", "have each pledged 500 troops",
            "each promised 800 soldiers", "have each committed 1,000 troops")  # fmt: skip


def lo42_each_pledged(sc: Scene) -> Built:
    """ "Kenya and Uganda have each pledged 1,000 soldiers to Somalia": A, B -> Y 03."""
    text = (f"{_cap(sc.name(sc.s, capital=0.0))} and {sc.name(sc.z, capital=0.0)} "
            f"{sc.rng.choice(_PLEDGED)} to {sc.name(sc.t, capital=0.0)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r("03"), ASSERTED), _e(sc.z, sc.t, _r("03"), ASSERTED))
    return text, want, ()


_BOAT = ("a boat", "a vessel", "a speedboat", "a fishing boat", "two boats", "a ship")
_LEFT = ("that had left {T}", "that departed from {T}", "which had left {T}",
         "that had sailed from {T}")  # fmt: skip
_HIT = ("struck", "attacked", "fired on", "shelled")


def lo42_craft_origin(sc: Scene) -> Built:
    """ "American forces struck a boat that had left Venezuela": X -> Y 19, never X -> X ("sank"
    left out: no event on main)."""
    left = sc.rng.choice(_LEFT).format(T=sc.name(sc.t, capital=0.0))
    text = f"{_cap(sc.s.demonym)} forces {sc.rng.choice(_HIT)} {sc.rng.choice(_BOAT)} {left}."
    return text, (_e(sc.s, sc.t, _r("19", "18", "17"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo42_incursion": lo42_incursion,
    "lo42_incursion_denied": lo42_incursion_denied,
    "lo42_clause_speech": lo42_clause_speech,
    "lo42_both_third": lo42_both_third,
    "lo42_refused_open": lo42_refused_open,
    "lo42_recalled_representative": lo42_recalled_representative,
    "lo42_left_for": lo42_left_for,
    "lo42_will_ship": lo42_will_ship,
    "lo42_judged_owner": lo42_judged_owner,
    "lo42_served_side": lo42_served_side,
    "lo42_each_pledged": lo42_each_pledged,
    "lo42_craft_origin": lo42_craft_origin,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
