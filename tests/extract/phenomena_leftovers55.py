"""Suite rows of leftovers55 (issue 9, stop 46): crossings, carried hostages and offered legal acts.

- ``lo55_strayed_into``: "T-ian reconnaissance drones strayed (drifted, wandered) into S's
  airspace": the crossing, T -> S 150 `asserted` (GUIDE: crossings into another's ground), with
  no hostile wording; the participle of a verb that has no passive is the sentence's verb;
- ``lo55_drifted_incursion``: "T-ian drones drifted into S's airspace. Z-ian jets shot down two
  of them. S's minister called the incursion reckless": aimed at T, whose drones crossed
  (suite seed 3, lo53_incursion_doer: a false S -> Z);
- ``lo55_carried_hostages``: "Z flew (ferried, took) the (freed) hostages to T's capital": the
  carrier's transport, never an abduction (181);
- ``lo55_offered_legal``: "S offered to prosecute (extradite, try, investigate) the T-ian
  suspect": an offer of judicial cooperation, S -> T 03 (0313), never a threat (13).

The state forms of ``_state_epithets`` (an old name such as "Kingdom of Yugoslavia" gives no
form) are checked in ``test_leftovers55``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, REPORTED, Built, Expect, Scene, _cap, _e, _poss, _r

_TIMES = ("", " on Thursday", " on Monday", " overnight", " late on Friday")
_AIR = ("reconnaissance drones", "military drones", "drones", "fighter jets",
        "surveillance aircraft", "helicopters", "warplanes")  # fmt: skip
_SEA = ("coast guard vessels", "fishing boats", "patrol boats", "warships", "research vessels")
_INTO = ("strayed into", "drifted into", "wandered into", "strayed into")


def _crossing(sc: Scene) -> str:
    """ "Canadian reconnaissance drones strayed into Argentina's airspace"."""
    s = sc.name(sc.s, capital=0.0)
    if sc.rng.random() < 0.6:
        craft, ground = sc.rng.choice(_AIR), sc.rng.choice((f"{_poss(s)} airspace",
                                                            f"{sc.s.demonym} airspace"))  # fmt: skip
    else:
        craft, ground = sc.rng.choice(_SEA), sc.rng.choice((f"{_poss(s)} waters",
                                                            f"{sc.s.demonym} waters"))  # fmt: skip
    return f"{sc.t.demonym} {craft} {sc.rng.choice(_INTO)} {ground}"


def lo55_strayed_into(sc: Scene) -> Built:
    """ "Russian drones drifted into Poland's airspace": RUS -> POL 150."""
    text = f"{_crossing(sc)}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.t, sc.s, _r("15"), ASSERTED),), ()


_DOWNED = ("{Zdem} jets shot down three of them.", "{Zdem} F-16s shot down two of them.",
           "{Zdem} fighter jets downed one of them.")  # fmt: skip
_JUDGES = ("{Sposs} defence minister", "{Sposs} foreign minister", "{S}")
_CALLED = ("called the incursion reckless", "condemned the incursion",
           "denounced the incursion", "called the incursion a provocation")  # fmt: skip


def lo55_drifted_incursion(sc: Scene) -> Built:
    """ "Canadian drones strayed into Argentina's airspace. Ukrainian F-16s shot down two of
    them. Argentina's defence minister called the incursion reckless": ARG -> CAN 11."""
    s, t, z = sc.s, sc.t, sc.z
    first = f"{_crossing(sc)}{sc.rng.choice(_TIMES[:3])}."
    downed = sc.rng.choice(_DOWNED).format(Zdem=z.demonym)
    judge = sc.rng.choice(_JUDGES).format(Sposs=_poss(s.name), S=s.name)
    text = f"{first} {downed} {judge} {sc.rng.choice(_CALLED)}."
    allowed = (
        Expect(t.iso3, "*", frozenset(), ANY),
        Expect(z.iso3, "*", frozenset(), ANY),
        Expect(s.iso3, t.iso3, frozenset(), ANY),
    )
    return text, (_e(s, t, _r("11"), ASSERTED),), allowed


_FLEW = ("flew", "ferried", "flew", "brought")
_HOSTAGES = ("the hostages", "the freed hostages", "the released hostages", "the hostages home")


def lo55_carried_hostages(sc: Scene) -> Built:
    """ "Qatar flew the hostages to Washington": no abduction (181) by anyone."""
    z = sc.name(sc.z, capital=0.0)
    who = sc.rng.choice((_cap(z), f"A {sc.z.demonym} plane", f"{_cap(_poss(z))} air force"))
    people = sc.rng.choice(_HOSTAGES)
    if sc.rng.random() < 0.3:
        verb, people = "took", sc.rng.choice(("the freed captives", "the released hostages"))
    else:
        verb = sc.rng.choice(_FLEW)
    dest = "" if people.endswith("home") else f" to {sc.t.capital}"
    text = f"{who} {verb} {people}{dest}{sc.rng.choice(_TIMES)}."
    allowed = (Expect(sc.z.iso3, "*", _r("08", "07", "04"), ANY),)
    return text, (), allowed


_LEGAL = ("prosecute the {Tdem} suspect", "extradite the {Tdem} suspect",
          "prosecute the {Tdem} smugglers", "investigate the deaths of {Tdem} migrants",
          "extradite the {Tdem} businessman", "prosecute the {Tdem} hackers")  # fmt: skip


def lo55_offered_legal(sc: Scene) -> Built:
    """ "Germany offered to prosecute the Syrian suspect": DEU -> SYR 0313, no threat."""
    who = sc.rng.choice((sc.name(sc.s), f"{_poss(sc.s.name)} justice ministry"))
    act = sc.rng.choice(_LEGAL).format(Tdem=sc.t.demonym)
    text = f"{_cap(who)} offered to {act}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


_MEDIA = ("Media reports that", "Media reports said", "Media reports said that", "Local media reports that",
          "State media reports that", "Media reports say")  # fmt: skip
_REPORTED_ACTS = (("expelled two {Tdem} diplomats", "16"), ("seized a {Tdem} tanker", "17"),
                  ("fired missiles at {T}", "19"), ("recalled its ambassador to {T}", "16"),
                  ("sent warships into {Tposs} waters", "15"))  # fmt: skip


def lo55_media_reports(sc: Scene) -> Built:
    """ "Media reports that Russia expelled two Estonian diplomats": the report noun opens the
    sentence (never its verb, never a state's act); RUS -> EST `reported`."""
    t = sc.name(sc.t, capital=0.0)
    act, root = sc.rng.choice(_REPORTED_ACTS)
    act = act.format(Tdem=sc.t.demonym, T=t, Tposs=_poss(t))
    text = f"{sc.rng.choice(_MEDIA)} {sc.name(sc.s, capital=0.0)} {act}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r(root), REPORTED),), ()


_GIVE_UP = ("give up its nuclear programme", "give up its claim to the islands",
            "give up its missile programme", "give up its bid for the port")  # fmt: skip


def lo55_gave_up(sc: Scene) -> Built:
    """ "Norway urged Iran to give up its nuclear programme. Iran said it would not": asked to
    yield (025) and the refusal (124), never aid asked for (023) or refused (122); "Japan gave
    up its claim to Russia's islands": JPN -> RUS 080, never aid (070)."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.35:  # "Japan gave up its claim to Russia's islands": a yield, no aid
        what = sc.rng.choice(("its claim to {T} islands", "its bid for {T} port",
                              "its claim to {T} border village"))  # fmt: skip
        text = f"{_cap(s)} gave up {what.format(T=_poss(t))}{sc.rng.choice(_TIMES)}."
        return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()
    act = sc.rng.choice(_GIVE_UP)
    asked = sc.rng.choice(("urged", "called on", "pressed", "asked"))
    text = f"{_cap(s)} {asked} {t} to {act}{sc.rng.choice(_TIMES)}."
    want = [_e(sc.s, sc.t, _r("02", "10"), ASSERTED)]  # ("pressed": a demand, 105)
    if sc.rng.random() < 0.5:
        text += f" {_cap(t)} said it would not give it up."
        want.append(_e(sc.t, sc.s, _r("12"), ASSERTED))
    return text, tuple(want), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo55_strayed_into": lo55_strayed_into,
    "lo55_drifted_incursion": lo55_drifted_incursion,
    "lo55_carried_hostages": lo55_carried_hostages,
    "lo55_offered_legal": lo55_offered_legal,
    "lo55_media_reports": lo55_media_reports,
    "lo55_gave_up": lo55_gave_up,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
