"""Round 30's leftovers (issue 9, leftovers43): double negatives of ending, withheld details and
shared data,
as suite constructions crossed with the suite's states named by name, capital, leader or
demonym and several phrasings:

- ``lo43_not_stopped``: "X has not stopped (never ceased, did not stop, has never stopped)
  accusing (criticising, arming, shelling, threatening) Y": the act goes on, X -> Y asserted
  (main: negated, and "has not stopped shelling Y" / "... accusing Y of shelling" a negated
  ceasefire, 0871, with no act);
- ``lo43_stopped``: "X stopped (has stopped, ceased) accusing (criticising) Y": the act
  negated, as clauses35 made it, never asserted;
- ``lo43_not_stopped_told``: "Y said X had not stopped shelling (arming) Z" / "..., Y said":
  the act reported, never negated;
- ``lo43_gave_no_details``: "X criticised Y's plan (condemned Y) but gave no details
  (explanation, timetable, figures)", "X gave Y no details": the judgement only, no statement
  (010) or aid (070) negated (main: 010 negated);
- ``lo43_shared_data``: "X shared (its passenger, flight, radar) data (intelligence) with Y",
  "handed Y the data", "provided data to Y": X -> Y 064 (main: nothing for "data").
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
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

_NOT_STOPPED = ("has not stopped", "never ceased", "did not stop", "has never stopped",
                "has not ceased", "never stopped", "hasn't stopped", "didn't stop")  # fmt: skip
_ACTS = (("accusing {T} of meddling", "11"), ("criticising {T}", "11"),
         ("accusing {T} of shelling the border", "11"), ("condemning {T}", "11"),
         ("threatening {T}", "13"), ("shelling {Tdem} towns", "19"),
         ("arming rebels in {T}", "07"), ("shelling {T}", "19"),
         ("firing on {Tdem} positions", "19"))  # fmt: skip
_WHEN = ("", " since March", " for months", " this year", " despite the talks")


def _act(sc: Scene, acts: tuple[tuple[str, str], ...]) -> tuple[str, str]:
    act, root = sc.rng.choice(acts)
    return act.format(T=sc.name(sc.t, capital=0.2), Tdem=sc.t.demonym), root


def lo43_not_stopped(sc: Scene) -> Built:
    """ "Russia has not stopped accusing Ukraine of meddling": RUS -> UKR 112 asserted."""
    act, root = _act(sc, _ACTS)
    subj = sc.rng.choice((sc.name(sc.s), sc.name(sc.s), sc.leader(sc.s)))
    text = f"{_cap(subj)} {sc.rng.choice(_NOT_STOPPED)} {act}{sc.rng.choice(_WHEN)}."
    roots = _r("11", "12") if root == "11" else _r(root)
    # (no ceasefire; the "accused" act in "accusing Y of shelling" stays Y's, reported)
    allowed = (_e(sc.t, sc.s, _r("19"), NOT_ASSERTED), Expect("*", "*", frozenset(), NOT_ASSERTED))
    return text, (_e(sc.s, sc.t, roots, ASSERTED),), allowed


_STOPPED = ("stopped", "has stopped", "ceased", "has ceased", "quietly stopped")
_JUDGING = (("accusing {T} of meddling", "11"), ("criticising {T}", "11"),
            ("condemning {T}", "11"), ("threatening {T}", "13"))  # fmt: skip


def lo43_stopped(sc: Scene) -> Built:
    """ "Turkey has stopped criticising Sweden": the criticism negated, never asserted."""
    act, _ = _act(sc, _JUDGING)
    text = f"{_cap(sc.name(sc.s))} {sc.rng.choice(_STOPPED)} {act}{sc.rng.choice(_WHEN[:3])}."
    return text, (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_TOLD = ("{Y} said {X} had not stopped {act}", "{X} has not stopped {act}, {Y} said",
         "{Y} said {X} never stopped {act}", "{X} has never ceased {act}, {Y} said")  # fmt: skip
_TOLD_ACTS = (("shelling {T}", "19"), ("arming rebels in {T}", "07"),
              ("firing on {Tdem} positions", "19"), ("shelling {Tdem} villages", "19"))  # fmt: skip


def lo43_not_stopped_told(sc: Scene) -> Built:
    """ "Kyiv said Russia had not stopped shelling Ukraine": RUS -> UKR 19 reported (the
    speaker a third state, so no party of the act speaks)."""
    act, root = _act(sc, _TOLD_ACTS)
    told = sc.rng.choice(_TOLD).format(Y=sc.name(sc.z), X=sc.name(sc.s, capital=0.0), act=act)
    allowed = (Expect(sc.z.iso3, "*", frozenset(), NOT_ASSERTED),)
    return _cap(told) + ".", (_e(sc.s, sc.t, _r(root), REPORTED),), allowed


_JUDGED = ("criticised {Tposs} plan", "condemned {T}", "criticised {T}", "accused {T} of meddling",
           "condemned {Tposs} decision")  # fmt: skip
_NO_DETAILS = ("but gave no details", "but gave no explanation", "but gave no timetable",
               "but gave no figures", "but gave no further details", "but gave no breakdown",
               "but did not give any details")  # fmt: skip


def lo43_gave_no_details(sc: Scene) -> Built:
    """ "Japan criticised China's plan but gave no details": the criticism only, no negated
    statement (010) or aid (070)."""
    t_name = sc.name(sc.t)
    judged = sc.rng.choice(_JUDGED).format(T=t_name, Tposs=_poss(t_name))
    text = f"{_cap(sc.name(sc.s))} {judged} {sc.rng.choice(_NO_DETAILS)}."
    return text, (_e(sc.s, sc.t, _r("11", "12"), ASSERTED),), ()


_GAVE_Y = ("gave {T} no details", "gave {T} no details of the plan", "gave {T} no explanation",
           "gave {Tposs} envoy no details", "has given {T} no details about the deal")  # fmt: skip


def lo43_gave_y_no_details(sc: Scene) -> Built:
    """ "Egypt gave Israel no details about the plan": no event at all (main: 010 negated);
    the scene's criticism first, so that the sentence states something."""
    t_name = sc.name(sc.t)
    gave = sc.rng.choice(_GAVE_Y).format(T=t_name, Tposs=_poss(t_name))
    text = (f"{_cap(sc.name(sc.s))} criticised {t_name} on Monday. "
            f"{_cap(sc.name(sc.s, capital=0.0))} {gave}.")  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()


_SHARED = ("data", "intelligence", "records", "passenger data", "flight data", "its data",
           "satellite data", "intelligence data", "its passenger data", "radar data",
           "all its data", "tracking data", "sensitive data")  # fmt: skip


# (not "provided records", "handed over tracking data": 07 on this branch, left for later)
_PROVIDED = ("data", "intelligence", "its data", "the data", "satellite data", "intelligence data")


def lo43_shared_data(sc: Scene) -> Built:
    """ "Norway shared its passenger data with Denmark", "Greece handed Turkey the data": X -> Y
    064 (main: no event for "data", whose lemma "datum" no row named)."""
    t_name = sc.name(sc.t, capital=0.2)
    thing = sc.rng.choice(_SHARED)
    kind = sc.rng.randrange(3)
    if kind == 0:
        act = f"shared {thing} with {t_name}"
    elif kind == 1:
        act = (
            f"handed {t_name} the data"
            if sc.rng.random() < 0.5
            else f"provided {sc.rng.choice(_PROVIDED)} to {t_name}"
        )
    else:
        act = f"handed over {sc.rng.choice(_PROVIDED)} to {t_name}"
    text = f"{_cap(sc.name(sc.s))} {act}{sc.rng.choice(_WHEN[:3])}."
    return text, (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo43_not_stopped": lo43_not_stopped,
    "lo43_stopped": lo43_stopped,
    "lo43_not_stopped_told": lo43_not_stopped_told,
    "lo43_gave_no_details": lo43_gave_no_details,
    "lo43_gave_y_no_details": lo43_gave_y_no_details,
    "lo43_shared_data": lo43_shared_data,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
