"""Round 32's leftovers of the Baltic practice set (issue 9; practice18's "noticed, not done")
as suite constructions crossed with the suite's states named by name, capital, leader or
demonym, and several phrasings each:

- ``lo53_would_lift``: "S said it would lift (ease) sanctions on T": the easing itself (085),
  `possible` (GUIDE rule 4's future act), not an intent to yield (035);
- ``lo53_denial_conjunct``: "S expelled a T-ian diplomat. T's embassy denied that its staff had
  ever contacted the man, and Z's ministry backed S's move": the denial's negation stays in its
  own clause; Z -> S 05 `asserted`;
- ``lo53_commission``: "S closed its border with T. The EU said ... A spokesman for the
  Commission backed S" / "The Commission criticised T": the European Commission, once the EU is
  in the story (IGO), never the story's state;
- ``lo53_incursion_doer``: "T-ian drones entered S's airspace. Z-ian jets shot down three of
  them. S's minister called the incursion reckless": aimed at T, whose drones crossed (the
  story's crossing act), never at Z, whose jets shot them down;
- ``lo53_pledged_clause``: "S pledged that its capital / S would defend T": the pledge's
  content names its beneficiary, S -> T 03 (held on main; kept as a row).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _poss, _r

_POSSIBLE = frozenset({"possible"})
_TIMES = ("", " on Monday", " on Thursday", " next month", " later this year")
_SAID = ("said", "announced", "said on Tuesday")
_LIFTS = ("would lift sanctions on {T}", "would ease sanctions on {T}",
          "would lift its sanctions on {Tdem} banks", "would lift sanctions on the {Tdem} airline",
          "would ease its sanctions on {Tposs} potash exports",
          "will lift the sanctions it imposed on {T}")  # fmt: skip


def _speaker(sc: Scene, act: str) -> str:
    """ "X said it would V", "X's foreign ministry said it would V", "LEADER said X would V"."""
    r = sc.rng.random()
    said = sc.rng.choice(_SAID)
    if r < 0.3 and sc.s.leader(sc.date):
        return f"{sc.leader(sc.s)} {said} {sc.s.name} {act}"
    who = f"{_poss(sc.s.name)} foreign ministry" if r < 0.5 else sc.name(sc.s)
    return f"{who} {said} it {act}"


def lo53_would_lift(sc: Scene) -> Built:
    """ "Lithuania said it would lift sanctions on the Belarusian airline": LTU -> BLR 085
    `possible`."""
    t = sc.name(sc.t, capital=0.0)
    act = sc.rng.choice(_LIFTS).format(T=t, Tdem=sc.t.demonym, Tposs=_poss(t))
    text = f"{_speaker(sc, act)}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r("08"), _POSSIBLE),), ()


_SUSPECTS = ("the man", "the suspect", "the detained engineer", "the former officer")
_DENIALS = ("denied that its staff had ever contacted {who}",
            "denied that its diplomats had ever met {who}",
            "denied that its staff had contacted {who}")  # fmt: skip
_BACKERS = ("{Zposs} foreign ministry", "{Zlead}", "{Z}", "{Zdem} officials", "{Zposs} government")
_BACKS = ("backed {Sposs} move", "praised {Sposs} decision", "welcomed {Sposs} decision",
          "voiced support for {Sposs} decision")  # fmt: skip


def lo53_denial_conjunct(sc: Scene) -> Built:
    """ "X expelled a Y-ian diplomat. The Y-ian embassy denied that its staff had ever contacted
    the man, and Z's ministry backed X's move": Z -> X 05 asserted (never negated)."""
    s, t, z = sc.s, sc.t, sc.z
    sname = sc.name(s, 0.0)
    zname = sc.name(z, 0.0)
    denial = sc.rng.choice(_DENIALS).format(who=sc.rng.choice(_SUSPECTS))
    backer = sc.rng.choice(_BACKERS).format(
        Zposs=_poss(zname), Zlead=sc.leader(z), Z=zname, Zdem=z.demonym
    )
    back = sc.rng.choice(_BACKS).format(Sposs=_poss(sname))
    text = (
        f"{sname} expelled a {t.demonym} diplomat{sc.rng.choice(_TIMES[:3])}. "
        f"The {t.demonym} embassy {denial}, and {backer} {back}."
    )
    want = (_e(z, s, _r("05"), ASSERTED),)
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY), Expect(t.iso3, "*", frozenset(), ANY))
    return text, want, allowed


_FIRSTS = ("{S} closed its border with {T}{time}.", "{S} expelled two {Tdem} diplomats{time}.",
           "{S} banned imports of {Tdem} grain{time}.")  # fmt: skip
_EU_LINES = ("The EU said it was studying the move.", "The European Union called for calm.",
             "EU foreign ministers will discuss the dispute next week.")  # fmt: skip
_BODIES = ("A spokesman for the Commission", "The Commission", "A spokeswoman for the Commission",
           "In Brussels, the Commission")  # fmt: skip
_JUDGES = (("backed {S}", "05", "s"), ("criticised {T}", "11", "t"), ("praised {S}", "05", "s"),
           ("condemned {T}", "11", "t"))  # fmt: skip


def lo53_commission(sc: Scene) -> Built:
    """ "Lithuania closed its border with Belarus. The EU said ... A spokesman for the
    Commission backed Vilnius": IGO -> LTU 05 (never LTU -> LTU)."""
    s, t = sc.s, sc.t
    first = sc.rng.choice(_FIRSTS).format(
        S=sc.name(s, 0.0), T=sc.name(t, 0.0), Tdem=t.demonym, time=sc.rng.choice(_TIMES[:3])
    )
    judge, root, who = sc.rng.choice(_JUDGES)
    aimed = s if who == "s" else t
    body = sc.rng.choice(_BODIES)
    eu = sc.rng.choice(_EU_LINES)
    text = f"{first} {eu} {body} {judge.format(S=sc.name(s), T=sc.name(t))}."
    want = (Expect("IGO", aimed.iso3, _r(root), ASSERTED),)
    allowed = (
        Expect(s.iso3, t.iso3, frozenset(), ANY),
        Expect("IGO", "*", frozenset(), ANY),
        Expect("*", "*", frozenset(), frozenset({"possible", "reported", "negated"})),
    )
    return text, want, allowed


_CRAFT = ("drones", "military drones", "fighter jets", "helicopters", "reconnaissance drones")
_CROSSED = ("entered {Sposs} airspace", "crossed into {Sposs} airspace",
            "violated {Sposs} airspace", "strayed into {Sposs} airspace")  # fmt: skip
_DOWNED = ("{Zdem} jets shot down three of them.", "{Zdem} F-16s shot down two of them.",
           "{Zdem} fighter jets downed one of them.", "{Zdem} air defences shot down four of them.")  # fmt: skip
_JUDGES_OF = ("{Sposs} defence minister", "{Sposs} foreign minister", "{Slead}", "{S}")
_CALLED = ("called the incursion reckless", "condemned the incursion",
           "called the incursion a provocation", "denounced the incursion",
           "said the incursion was unacceptable")  # fmt: skip


def lo53_incursion_doer(sc: Scene) -> Built:
    """ "Russian drones entered Polish airspace. Dutch jets shot down three of them. Poland's
    minister called the incursion reckless": POL -> RUS 11 (never POL -> NLD)."""
    s, t, z = sc.s, sc.t, sc.z
    sname = sc.name(s, 0.0)
    crossed = sc.rng.choice(_CROSSED).format(Sposs=_poss(sname))
    first = f"{t.demonym} {sc.rng.choice(_CRAFT)} {crossed}{sc.rng.choice(_TIMES[:3])}."
    downed = sc.rng.choice(_DOWNED).format(Zdem=z.demonym)
    judge = sc.rng.choice(_JUDGES_OF).format(Sposs=_poss(s.name), Slead=sc.leader(s), S=s.name)
    text = f"{first} {downed} {judge} {sc.rng.choice(_CALLED)}."
    want = (_e(s, t, _r("11"), ASSERTED),)
    allowed = (
        Expect(t.iso3, "*", frozenset(), ANY),
        Expect(z.iso3, "*", frozenset(), ANY),
        Expect(s.iso3, t.iso3, frozenset(), ANY),
    )
    return text, want, allowed


_PLEDGING = ("pledged", "promised", "vowed", "assured {T} on Monday")
_CONTENTS = ("would defend {T}", "would help defend {T}", "would stand by {T}",
             "would come to the aid of {T}", "would protect {T}")  # fmt: skip


def lo53_pledged_clause(sc: Scene) -> Built:
    """ "Germany pledged that Berlin would defend Lithuania": DEU -> LTU 03."""
    s, t = sc.s, sc.t
    tname = sc.name(t, 0.0)
    verb = sc.rng.choice(_PLEDGING).format(T=tname)
    doer = sc.rng.choice((s.capital, s.name, "it"))
    src = sc.rng.choice((s.name, sc.leader(s), f"{_poss(s.name)} defence minister"))
    if doer == "it" and src != s.name:
        doer = s.name
    text = f"{src} {verb} that {doer} {sc.rng.choice(_CONTENTS).format(T=tname)}."
    return text, (_e(s, t, _r("03"), ASSERTED),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo53_would_lift": lo53_would_lift,
    "lo53_denial_conjunct": lo53_denial_conjunct,
    "lo53_commission": lo53_commission,
    "lo53_incursion_doer": lo53_incursion_doer,
    "lo53_pledged_clause": lo53_pledged_clause,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
