"""Parties given by the sentence before or by another verb of the sentence (issue 9, context17:
fresh9's X, V, RF and NA classes), crossed with states, capitals, demonyms and phrasings.

c17a: "S's foreign minister met T's foreign minister. The T minister promised to send the
report": the promise is T's, to S (``context_met``).
c17b: "S released two T soldiers. T's president welcomed the gesture": T welcomes S
(``context_earlier``).
c17c: "T protested to S over the arrest of five T fishermen by S police. It called for their
immediate release": T asks S.
c17d: "S accused T of moving troops to the border and put its own army on alert": the alert is
aimed at T (``carried_acts.conjoined_posture_target``).
c17e: "S has refused to pull its troops back despite repeated calls from Z / Z's calls": S
refuses Z (``carried_acts.refused_despite_requester``).
c17f: "S's president has kept the border police cooperation with T going / kept up the
security cooperation with T": the cooperation is S's, with T (``carried_acts.kept_act_doer``).
"""

from __future__ import annotations

from phenomena_context16 import REPORTED
from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


def _any_of(a: State) -> Expect:
    """Any event of ``a`` (allowed, never expected): the scene-setting act's other readings."""
    return Expect(a.iso3, "*", frozenset(), ANY)


# How often the second sentence is reported by officials (GUIDE rule 3).
REPORTED_SHARE = 0.3


def _told(sc: Scene) -> tuple[str, frozenset[str]]:
    if sc.rng.random() < REPORTED_SHARE:
        return sc.rng.choice((", officials said", ", state media said")), REPORTED
    return _time(sc), ASSERTED


# -- c17a -----------------------------------------------------------------------------------
_MINISTERS = ("foreign minister", "interior minister", "defence minister", "trade minister")
_PROMISED_THING = (
    "promised to send the report", "pledged to hand over the documents",
    "promised to share the list", "vowed to deliver the data", "promised to send the findings",
)  # fmt: skip


def c17a_promised_after_meeting(sc: Scene) -> Built:
    """ "Kenya's foreign minister met Ethiopia's foreign minister in Nairobi. The Ethiopian
    minister promised to send the report": T promises S (never no one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    post = rng.choice(_MINISTERS)
    first = f"{_poss(s.name)} {post} met {_poss(t.name)} {post} in {s.capital}{_time(sc)}"
    who = rng.choice((f"the {t.demonym} minister", f"{_poss(t.name)} minister"))
    when, facts = _told(sc)
    text = f"{first}. {_cap(who)} {rng.choice(_PROMISED_THING)}{when}."
    return text, (_e(s, t, "04", ANY), _e(t, s, "03", facts)), (_e(t, s, "04", ANY),)


# -- c17b -----------------------------------------------------------------------------------
_RELEASED = ("released two {Tdem} soldiers", "freed three {Tdem} fishermen",
             "returned four {Tdem} border guards", "released a {Tdem} pilot")  # fmt: skip
_WELCOMED_GESTURE = (
    "welcomed the gesture", "praised the gesture", "welcomed the goodwill gesture",
    "hailed the gesture",
)  # fmt: skip


def c17b_welcomed_gesture(sc: Scene) -> Built:
    """ "Rwanda released two Burundian soldiers. Burundi's president welcomed the gesture": T
    praises S (never no one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    done = rng.choice(_RELEASED).format(Tdem=t.demonym)
    first = f"{_cap(sc.name(s, capital=0.2))} {done}{_time(sc)}"
    who = rng.choice(
        (f"{_poss(t.name)} president", f"{_poss(t.name)} government", sc.name(t, capital=0.5))
    )
    when, facts = _told(sc)
    text = f"{first}. {_cap(who)} {rng.choice(_WELCOMED_GESTURE)}{when}."
    return text, (_e(s, t, "08", ANY), _e(t, s, "05", facts)), ()


# -- c17c -----------------------------------------------------------------------------------
_HELD_PEOPLE = ("fishermen", "traders", "students", "farmers")
_CALLED_RELEASE = (
    ("It called for their immediate release", "02"), ("It demanded their release", "10"),
    ("It called for their release", "02"), ("It demanded their immediate release", "10"),
)  # fmt: skip


def c17c_called_for_their_release(sc: Scene) -> Built:
    """ "Ghana protested to Togo over the arrest of five Ghanaian fishermen by Togolese police.
    It called for their immediate release": T asks S."""
    rng, s, t = sc.rng, sc.s, sc.t
    people = rng.choice(_HELD_PEOPLE)
    first = (
        f"{_cap(sc.name(t, capital=0.0))} protested to {sc.name(s, capital=0.0)}{_time(sc)} "
        f"over the arrest of five {t.demonym} {people} by {s.demonym} police"
    )
    asked, root = rng.choice(_CALLED_RELEASE)
    text = f"{first}. {asked}."
    return text, (_e(t, s, "11"), _e(t, s, root)), (_e(s, t, "17", ANY),)


# -- c17d -----------------------------------------------------------------------------------
_ACCUSED_OF = (
    "accused {T} of moving troops to the border", "accused {T} of massing troops on the border",
    "accused {T} of sending troops into the disputed zone",
)  # fmt: skip
_ON_ALERT = (
    "put its own army on alert", "placed its forces on high alert", "put its troops on alert",
    "put its army on high alert",
)  # fmt: skip


def c17d_accused_and_alerted(sc: Scene) -> Built:
    """ "Sudan accused Chad on Monday of moving troops to the border and put its own army on
    alert": the alert is S's, at T (never no one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    accused = rng.choice(_ACCUSED_OF).format(T=sc.name(t, capital=0.0))
    text = f"{_cap(sc.name(s, capital=0.2))} {accused} and {rng.choice(_ON_ALERT)}."
    return text, (_e(s, t, "11"), _e(s, t, "15")), (_any_of(t),)


# -- c17e -----------------------------------------------------------------------------------
_REFUSED_ACT = (
    "to pull its troops back from the border", "to withdraw its forces from the disputed zone",
    "to pull its forces back from the buffer zone", "to withdraw its soldiers from the island",
)  # fmt: skip
_DESPITE = (
    "despite repeated calls from {Z}", "despite calls from {Z}", "despite {Zposs} calls",
    "despite {Zposs} repeated appeals", "despite repeated demands from {Z}",
)  # fmt: skip
_SINCE = ("", " for years", " since 2017")


def c17e_refused_despite_calls(sc: Scene) -> Built:
    """ "Morocco has refused for years to pull its forces back despite repeated calls from
    Spain": S refuses Z (never its own forces)."""
    rng, s, z = sc.rng, sc.s, sc.z
    zname = sc.name(z, capital=0.0)
    despite = rng.choice(_DESPITE).format(Z=zname, Zposs=_poss(zname))
    verb = rng.choice(("has refused", "refused"))
    text = (
        f"{_cap(sc.name(s, capital=0.2))} {verb}{rng.choice(_SINCE)} "
        f"{rng.choice(_REFUSED_ACT)} {despite}."
    )
    return text, (_e(s, z, "12"),), (_any_of(z),)


# -- c17f -----------------------------------------------------------------------------------
_COOPERATION = (
    "border police cooperation", "coast guard cooperation", "security cooperation",
    "military cooperation",
)  # fmt: skip
_KEPT = ("has quietly kept the {X} with {T} going", "kept the {X} with {T} alive",
         "has kept up the {X} with {T}", "kept up the {X} with {T}")  # fmt: skip


def c17f_kept_cooperation_going(sc: Scene) -> Built:
    """ "Ghana's president has quietly kept the border police cooperation with Togo going": the
    cooperation is S's, with T (never the modifier's, never T's with itself)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice(
        (f"{_poss(s.name)} president", f"the {s.demonym} government", sc.name(s, capital=0.2))
    )
    kept = rng.choice(_KEPT).format(X=rng.choice(_COOPERATION), T=sc.name(t, capital=0.0))
    text = f"{_cap(who)} {kept}."
    return text, (_e(s, t, "06"),), ()


CONTEXT17_CONSTRUCTIONS = {
    "c17a_promised_after_meeting": c17a_promised_after_meeting,
    "c17b_welcomed_gesture": c17b_welcomed_gesture,
    "c17c_called_for_their_release": c17c_called_for_their_release,
    "c17d_accused_and_alerted": c17d_accused_and_alerted,
    "c17e_refused_despite_calls": c17e_refused_despite_calls,
    "c17f_kept_cooperation_going": c17f_kept_cooperation_going,
}
FLOORS = {name: (23, 0) for name in CONTEXT17_CONSTRUCTIONS}
# Main before context17 (4da45ea; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c17a 0/0 (the promise with no target), c17b 0/0 (the welcome of "the gesture"
# with no target), c17c 24/0 (kept as a guard: "their release" after the protest), c17d 0/0
# (the alert with no target, or with no doer and reported where the parser hangs it on the
# accused gerund), c17e 19/0 (the refusal aimed at the own forces, or at no one, after "for
# years" and "Z's appeals"), c17f 13/0 (the cooperation of the modifier, or with no partner
# after "kept up ... with"). After: 24/0 each.
