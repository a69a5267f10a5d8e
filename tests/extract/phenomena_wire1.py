"""Round 28's practice set of wire copy (issue 9, practice9) as suite constructions crossed with
the suite's states named by name, capital or demonym, leaders, and several phrasings each:

- ``w1_named_same_sentence``: "Turkish troops crossed into Iraq on Thursday, and Iraq's
  spokesman called the incursion a violation of its sovereignty", "X expelled two Y-ian
  diplomats, and Y condemned the expulsions": wire copy tells the act and the answer in one
  sentence, and the definite noun by which the answer names the act finds its doer among the
  acts told before it in the same sentence, as among the sentences before (class SA): the
  act S -> T and the answer T -> S (or a third state's, Z -> S), both asserted, never a
  targetless answer;
- ``w1_halt_to_act``: "..., and Z called for an immediate halt to the offensive", "demanded an
  end to the raids": a request or demand for the stop of an act names the act through the
  stop noun's "to" / "of" phrase (class SA): Z -> S 02 / 10;
- ``w1_forces_entered``: "X's troops (tanks, forces) entered Y", "pushed / advanced / moved /
  rolled into Y": ground forces going into another state are an incursion by force (class IN):
  S -> T 19, reported under an attribution; never no event;
- ``w1_joint_third``: "A and B suspended military ties with Y and imposed travel bans on its
  (the coup) leaders": joint doers are never each other's target by placement; the unnamed
  target takes the one third state another act of the sentence is done to (class JT): A -> Y
  and B -> Y for both acts, never A <-> B;
- ``w1_era_demonym``: "Yugoslav troops shelled villages in Albania", "Zairean officials accused
  Rwanda of ...": the demonyms of the 1990s' states (Yugoslavia, Zaire as the DR Congo) name
  their state (class ER): YUG / COD -> T, never no doer or the target's own troops.

Scores on main (072e2b73) before the fixes, 24 cases each (seed 0): see
``bench/gold/reviews/practice9_classes.md``.
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
    _article,
    _cap,
    _e,
    _poss,
    _r,
)

_TIMES = ("", " on Monday", " on Thursday", " late on Sunday", " on Friday")

# (act told first, its root, the nouns that name it again)
_ACTS = (
    ("{Sdem} troops crossed into {T}", "19", ("the incursion", "the raid")),
    ("{Sdem} jets bombed villages in {T}", "19", ("the bombing", "the raids", "the attack")),
    ("{S} expelled two {Tdem} diplomats", "16", ("the expulsions", "the move", "the decision")),
    ("{S} imposed sanctions on {T}", "16", ("the sanctions", "the move", "the measure")),
    ("{Sdem} forces shelled {Tdem} border posts", "19", ("the shelling", "the attack")),
    ("{S} closed its border with {T}", "19", ("the closure", "the decision", "the move")),
    ("{Sdem} warships blockaded {Tdem} ports", "19", ("the blockade", "the move")),
)  # fmt: skip
# (the answer, its root): "{J}" the judge, "{N}" the noun
_ANSWERS = (
    ("{J} condemned {N}", "11"),
    ("{J} called {N} a violation of its sovereignty", "11"),
    ("{J} called {N} a violation of international law", "11"),
    ("{J} strongly criticised {N}", "11"),
    ("{J} protested against {N}", "11"),
    ("{J} denounced {N} as an act of aggression", "11"),
)  # fmt: skip
_JUDGES = ("{Tname}", "{Tdem} officials", "{Tposs} foreign ministry", "{Tlead}",
           "{a_Tdem} government spokesman", "the {Tdem} foreign minister")  # fmt: skip


def _judge(sc: Scene, third: bool) -> str:
    st = sc.z if third else sc.t
    name = sc.name(st, capital=0.3)
    lead = st.leader(sc.date) or name
    pick = sc.rng.choice(_JUDGES)
    if "{Tlead}" in pick and not st.leader(sc.date):
        pick = "{Tname}"
    return pick.format(
        Tname=name, Tdem=st.demonym, a_Tdem=_article(st.demonym), Tposs=_poss(name), Tlead=lead
    )


def _first(sc: Scene) -> tuple[str, str, tuple[str, ...]]:
    act, root, nouns = sc.rng.choice(_ACTS)
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    return act.format(S=sname, Sdem=sc.s.demonym, T=tname, Tdem=sc.t.demonym), root, nouns


def w1_named_same_sentence(sc: Scene) -> Built:
    """ "Turkish troops crossed into Iraq, and Iraq condemned the incursion": TUR -> IRQ 19,
    IRQ -> TUR 11, both asserted."""
    act, root, nouns = _first(sc)
    third = sc.rng.random() < 0.3
    answer, aroot = sc.rng.choice(_ANSWERS if not third else _ANSWERS[:1] + _ANSWERS[3:])
    judge = _judge(sc, third)
    said = answer.format(J=judge, N=sc.rng.choice(nouns))
    text = f"{_cap(act)}{sc.rng.choice(_TIMES)}, and {said}."
    judge_st = sc.z if third else sc.t
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(judge_st, sc.s, _r(aroot), ASSERTED))
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED),)
    return text, want, allowed


_STOPS = (("called for an immediate halt to {N}", "02"), ("called for an end to {N}", "02"),
          ("urged an immediate halt to {N}", "02"), ("demanded an end to {N}", "10"),
          ("demanded an immediate halt to {N}", "10"), ("appealed for an end to {N}", "02"))  # fmt: skip
_STOPPED = (
    ("{Sdem} troops pushed into {T}", "19", ("the offensive", "the incursion", "the assault")),
    ("{Sdem} jets bombed targets in {T}", "19", ("the bombing", "the air strikes", "the raids")),
    ("{Sdem} forces shelled {Tdem} towns", "19", ("the shelling", "the offensive")),
    ("{Sdem} warships blockaded {Tdem} ports", "19", ("the blockade",)),
)  # fmt: skip


def w1_halt_to_act(sc: Scene) -> Built:
    """ "Israeli tanks pushed into Gaza, and Egypt called for an immediate halt to the
    offensive": ISR -> PSE 19, EGY -> ISR 02."""
    act, root, nouns = sc.rng.choice(_STOPPED)
    tname = sc.name(sc.t, capital=0.0)
    act = act.format(Sdem=sc.s.demonym, T=tname, Tdem=sc.t.demonym)
    stop, sroot = sc.rng.choice(_STOPS)
    judge = _judge(sc, True)
    sep = sc.rng.choice((", and ", ". "))
    text = f"{_cap(act)}{sc.rng.choice(_TIMES)}{sep}{_cap(judge) if sep == '. ' else judge} "
    text += f"{stop.format(N=sc.rng.choice(nouns))}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.z, sc.s, _r(sroot), ASSERTED))
    allowed = (_e(sc.z, sc.s, _r("02", "10"), ASSERTED),)
    return text, want, allowed


_FORCES = ("{Sdem} troops", "{Sdem} tanks", "{Sdem} forces", "{Sdem} soldiers",
           "{Sdem} army units", "thousands of {Sdem} troops", "{Sdem} armoured columns")  # fmt: skip
_WENT = ("entered {T}", "pushed into {T}", "advanced into {T}", "moved into {T}",
         "rolled into {T}", "pushed deep into {T}", "swept into {T}", "entered {Tposs} territory")  # fmt: skip
_SAYERS = ("", "", "", ", {Tdem} officials said", ", the {Tdem} defence ministry said",
           ", witnesses said")  # fmt: skip


def w1_forces_entered(sc: Scene) -> Built:
    """ "Russian troops entered Georgia on Friday": RUS -> GEO 19."""
    tname = sc.name(sc.t, capital=0.0)
    who = sc.rng.choice(_FORCES).format(Sdem=sc.s.demonym)
    went = sc.rng.choice(_WENT).format(T=tname, Tposs=_poss(tname))
    said = sc.rng.choice(_SAYERS).format(Tdem=sc.t.demonym)
    text = f"{_cap(who)} {went}{sc.rng.choice(_TIMES)}{said}."
    facts = REPORTED if said else ASSERTED
    return text, (_e(sc.s, sc.t, _r("19"), facts),), ()


_JOINT_FIRST = (("suspended military ties with {T}", "16"), ("broke off relations with {T}", "16"),
                ("suspended defence cooperation with {T}", "16"),
                ("froze military ties with {T}", "16"), ("suspended aid to {T}", "16"),
                ("closed their borders with {T}", "19"))  # fmt: skip
_JOINT_SECOND = (("imposed travel bans on its leaders", "17"),
                 ("imposed travel bans on the coup leaders", "17"),
                 ("froze the assets of its ministers", "16"),
                 ("imposed sanctions on its generals", "16"),
                 ("imposed sanctions on the junta's leaders", "16"))  # fmt: skip


def w1_joint_third(sc: Scene) -> Built:
    """ "Australia and New Zealand suspended military ties with Fiji and imposed travel bans on
    the coup leaders": AUS -> FJI and NZL -> FJI for both acts, never AUS <-> NZL."""
    first, froot = sc.rng.choice(_JOINT_FIRST)
    second, sroot = sc.rng.choice(_JOINT_SECOND)
    a, b = sc.name(sc.s, capital=0.0), sc.name(sc.z, capital=0.0)
    first = first.format(T=sc.name(sc.t, capital=0.0), Tcap=sc.t.capital)
    text = f"{_cap(a)} and {b} {first} and {second}{sc.rng.choice(_TIMES)}."
    want = (_e(sc.s, sc.t, _r(froot), ASSERTED), _e(sc.z, sc.t, _r(froot), ASSERTED),
            _e(sc.s, sc.t, _r(sroot), ASSERTED), _e(sc.z, sc.t, _r(sroot), ASSERTED))  # fmt: skip
    allowed = (_e(sc.s, sc.t, frozenset(), ASSERTED), _e(sc.z, sc.t, frozenset(), ASSERTED))
    return text, want, allowed


_ERA = (("Yugoslav", "YUG"), ("Zairean", "COD"), ("Zairian", "COD"), ("Yugoslavian", "YUG"))
_ERA_DOERS = ("{D} troops", "the {D} army", "{D} forces", "the {D} government", "{D} officials")
_ERA_ACTS = (("shelled villages in {T}", "19"), ("accused {T} of arming rebels", "11"),
             ("expelled two {Tdem} diplomats", "16"), ("condemned {T}", "11"),
             ("signed a border agreement with {T}", "05"))  # fmt: skip


def w1_era_demonym(sc: Scene) -> Built:
    """ "Yugoslav troops shelled villages in Albania", "Zairean officials accused Rwanda of
    arming rebels": YUG -> ALB 19, COD -> RWA 11 (the demonyms of the 1990s' states)."""
    demonym, code = sc.rng.choice([e for e in _ERA if e[1] != sc.t.iso3])
    doer = sc.rng.choice(_ERA_DOERS).format(D=demonym)
    act, root = sc.rng.choice(_ERA_ACTS)
    act = act.format(T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym)
    text = f"{_cap(doer)} {act}{sc.rng.choice(_TIMES)}."
    return text, (Expect(code, sc.t.iso3, _r(root), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "w1_named_same_sentence": w1_named_same_sentence,
    "w1_halt_to_act": w1_halt_to_act,
    "w1_forces_entered": w1_forces_entered,
    "w1_joint_third": w1_joint_third,
    "w1_era_demonym": w1_era_demonym,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS} | {"w1_halt_to_act": (22, 0)}
