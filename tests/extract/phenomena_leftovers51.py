"""Round 32's leftovers of the wire helper (issue 9; practice19's "noticed, not done") as suite
constructions crossed with the suite's states named by name, capital, leader or demonym, and
several phrasings each:

- ``lo51_unknown_place``: "Y said X-ian jets had bombed the port of Kessar", "Y accused X of
  aggression. X-ian troops shelled the town of Marova": force at a place no table knows (or
  along a front) is aimed at the paragraph's other state, never the doer's own;
- ``lo51_unknown_place_alone``: the same with no other state: no target (never the doer's);
- ``lo51_withdrawal_done``: "X has completed the withdrawal (pullout) of its troops from Y":
  X -> Y 0874 (the possessor of the troops, the place left);
- ``lo51_brokered``: "A and B signed a ceasefire brokered by Z": the broker is no partner, and
  places no unnamed government or rebels ("the government and the rebels signed ...");
- ``lo51_participation``: "X suspended its participation in talks with Y": X -> Y 16;
- ``lo51_would_not_hand``: "Y asked X to hand over the suspects. X said it would not hand them
  over": the refusal (12) aimed at the asker;
- ``lo51_must``: "X said Y must withdraw its troops": a demand (10) at Y;
- ``lo51_flew_them``: "X freed the nurses and Y flew them to CAPITAL": people carried, no visit.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, REPORTED, Built, Expect, Scene, _cap, _e, _poss, _r

_TIMES = ("", " on Monday", " on Thursday", " late on Friday", " overnight")
# Invented towns: no table knows them (a real one would be placed by regions.tsv).
_TOWNS = ("Kessar", "Marova", "Tarvolo", "Adi Keshem", "Dubrana", "Ombelo", "Kolbeka")
_SITES = ("the port of {X}", "the town of {X}", "the village of {X}", "{X}", "the city of {X}")
_FORCES = ("{Sdem} jets", "{Sdem} warplanes", "{Sdem} troops", "{Sdem} forces",
           "{Sdem} artillery")  # fmt: skip
_HITS = (("bombed", "19"), ("shelled", "19"), ("attacked", "19"), ("struck", "19"),
         ("launched an offensive against", "19"), ("launched air strikes on", "19"))  # fmt: skip


def _strike(sc: Scene) -> tuple[str, str]:
    force = sc.rng.choice(_FORCES).format(Sdem=sc.s.demonym)
    if sc.rng.random() < 0.2:
        return (
            f"{force} launched an offensive along the {sc.rng.choice(('western', 'eastern', 'southern'))} front",
            "19",
        )
    verb, root = sc.rng.choice(_HITS)
    site = sc.rng.choice(_SITES).format(X=sc.rng.choice(_TOWNS))
    return f"{force} {verb} {site}", root


def lo51_unknown_place(sc: Scene) -> Built:
    """ "Eritrea said Ethiopian jets had bombed the port of Kessar": ETH -> ERI 19."""
    strike, root = _strike(sc)
    t = sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.5:
        said = strike.replace(" launched", " had launched", 1)
        for v in ("bombed", "shelled", "attacked", "struck"):
            said = said.replace(f" {v} ", f" had {v} ", 1)
        text = f"{t} said{sc.rng.choice(_TIMES)} that {said}."
        return _cap(text), (_e(sc.s, sc.t, _r(root), REPORTED),), ()
    first = sc.rng.choice(("accused {S} of aggression", "condemned {S}", "protested to {S}"))
    lead = f"{t} {first.format(S=sc.name(sc.s, capital=0.0))}."
    text = f"{_cap(lead)} {_cap(strike)}{sc.rng.choice(_TIMES)}."
    return (
        text,
        (_e(sc.t, sc.s, _r("11"), ASSERTED), _e(sc.s, sc.t, _r(root), ASSERTED)),
        (_e(sc.t, sc.s, _r("11", "14"), ASSERTED),),
    )


def lo51_unknown_place_alone(sc: Scene) -> Built:
    """ "Ethiopian jets bombed the port of Kessar": ETH -> (none) 19, never ETH -> ETH."""
    strike, root = _strike(sc)
    return _cap(f"{strike}{sc.rng.choice(_TIMES)}."), (_e(sc.s, None, _r(root), ASSERTED),), ()


_DONE = ("has completed", "completed", "said it had completed", "finished")
_PULL = ("withdrawal", "pullout", "withdrawal")
_TROOPS = ("troops", "forces", "soldiers")


def lo51_withdrawal_done(sc: Scene) -> Built:
    """ "Rwanda has completed the withdrawal of its troops from Congo": RWA -> COD 08."""
    done = sc.rng.choice(_DONE)
    text = (
        f"{sc.name(sc.s, capital=0.0)} {done} the {sc.rng.choice(_PULL)} of its "
        f"{sc.rng.choice(_TROOPS)} from {sc.name(sc.t, capital=0.0)}{sc.rng.choice(_TIMES)}."
    )
    fact = REPORTED if "said" in done else ASSERTED
    return _cap(text), (_e(sc.s, sc.t, _r("08"), fact),), ()


_DEALS = (("a ceasefire", "08"), ("a truce", "08"), ("a peace deal", "05"),
          ("an agreement", "05"), ("a peace accord", "05"))  # fmt: skip
_BROKERS = ("brokered by {Z}", "mediated by {Z}", "under a deal brokered by {Z}")


def lo51_brokered(sc: Scene) -> Built:
    """ "Kenya and Somalia signed a ceasefire brokered by Norway": KEN <-> SOM, not NOR."""
    deal, root = sc.rng.choice(_DEALS)
    broker = sc.rng.choice(_BROKERS).format(Z=sc.name(sc.z, capital=0.0))
    if "under" in broker:
        deal, root = sc.rng.choice(_DEALS[:2])
    mediate = (Expect(sc.z.iso3, "*", _r("04"), ANY),)
    if sc.rng.random() < 0.3:  # (the unplaced pair stays of no state: never the broker's)
        who = sc.rng.choice(("The government and the rebels", "The president and the rebel leader"))
        unplaced = (Expect("---", "---", _r(root), ASSERTED),)
        return f"{who} signed {deal} {broker}{sc.rng.choice(_TIMES)}.", (), mediate + unplaced
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = f"{_cap(s)} and {t} signed {deal} {broker}{sc.rng.choice(_TIMES)}."
    exp = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r(root), ASSERTED))
    return text, exp, mediate


_TALKS = ("talks with {T}", "the talks with {T}", "negotiations with {T}",
          "the dialogue with {T}", "peace talks with {T}")  # fmt: skip


def lo51_participation(sc: Scene) -> Built:
    """ "Iran suspended its participation in talks with Britain": IRN -> GBR 16."""
    talks = sc.rng.choice(_TALKS).format(T=sc.name(sc.t, capital=0.0))
    verb = sc.rng.choice(("suspended", "froze", "suspended"))
    text = (
        f"{sc.name(sc.s, capital=0.0)} {verb} its participation in {talks}{sc.rng.choice(_TIMES)}."
    )
    return _cap(text), (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_WANTED = ("the suspects", "the two suspects", "the fugitive", "the former minister")
_ASKS = (("asked {S} to hand over {W}", "02"), ("demanded that {S} hand over {W}", "10"),
         ("called on {S} to hand over {W}", "02"))  # fmt: skip
_REFUSE = ("said it would not hand {P} over", "said it would not give {P} up",
           "refused to hand {P} over", "said it would not return {P}")  # fmt: skip


def lo51_would_not_hand(sc: Scene) -> Built:
    """ "Russia asked Britain to hand over the suspects. Britain said it would not hand them
    over": RUS -> GBR 02, GBR -> RUS 12."""
    wanted = sc.rng.choice(_WANTED)
    pron = "him" if wanted in ("the fugitive", "the former minister") else "them"
    ask, ask_root = sc.rng.choice(_ASKS)
    s = sc.name(sc.s, capital=0.0)
    first = f"{sc.name(sc.t, capital=0.0)} {ask.format(S=s, W=wanted)}{sc.rng.choice(_TIMES)}."
    second = f"{s} {sc.rng.choice(_REFUSE).format(P=pron)}."
    return (
        _cap(first) + " " + _cap(second),
        (_e(sc.t, sc.s, _r(ask_root), ASSERTED), _e(sc.s, sc.t, _r("12"), ASSERTED)),
        (_e(sc.t, sc.s, _r("02", "10"), ASSERTED),),
    )


_MUSTS = ("withdraw its troops", "release the prisoners", "halt its missile tests",
          "stop the shelling", "pay the compensation", "reopen the border")  # fmt: skip
_SAYERS = ("{S}", "{Slead}", "The {Sdem} foreign ministry")


def lo51_must(sc: Scene) -> Built:
    """ "France said Syria must withdraw its troops": FRA -> SYR 10."""
    who = sc.rng.choice(_SAYERS).format(
        S=sc.name(sc.s, capital=0.0), Slead=sc.leader(sc.s), Sdem=sc.s.demonym
    )
    verb = sc.rng.choice(("said", "insisted", "said"))
    text = f"{who} {verb}{sc.rng.choice(_TIMES)} that {sc.name(sc.t, capital=0.0)} must {sc.rng.choice(_MUSTS)}."
    if sc.rng.random() < 0.4:
        text = text.replace(" that ", " ", 1)
    return _cap(text), (_e(sc.s, sc.t, _r("10"), ASSERTED),), ()


_CARRIED = ("the nurses", "the freed nurses", "the hostages", "the medics", "the detainees")


def lo51_flew_them(sc: Scene) -> Built:
    """ "Libya freed the nurses and France flew them to Sofia": no FRA -> LBY/BGR visit."""
    people = sc.rng.choice(_CARRIED)
    dest = sc.z.capital
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.5:
        text = f"{_cap(s)} freed {people} and {t} flew them to {dest}{sc.rng.choice(_TIMES)}."
    else:
        text = f"{_cap(s)} freed {people}. {_cap(_poss(t))} plane flew them to {dest}{sc.rng.choice(_TIMES)}."
    allowed = (Expect(sc.s.iso3, "*", _r("08"), ANY), Expect(sc.t.iso3, "*", _r("08", "07"), ANY))
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo51_unknown_place": lo51_unknown_place,
    "lo51_unknown_place_alone": lo51_unknown_place_alone,
    "lo51_withdrawal_done": lo51_withdrawal_done,
    "lo51_brokered": lo51_brokered,
    "lo51_participation": lo51_participation,
    "lo51_would_not_hand": lo51_would_not_hand,
    "lo51_must": lo51_must,
    "lo51_flew_them": lo51_flew_them,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
