"""Round 19's future-time, conditional-threat and agentless-harm classes (issue 9, fut25;
fresh13_classes.md FT, TH, AP) as suite constructions crossed with the suite's states named by
name, capital, leader or demonym, each with several phrasings:

- ``f25_when_clause``: "X could lift its ban on Y's beef once NAME visits Y", "as soon as",
  "by the time", "before", "after", "until": a present-tense act in a time clause under a
  future, modal or hedged main clause lies ahead, `possible` (GUIDE rule 4), never asserted;
- ``f25_when_the_two``: "NAME said he would raise the matter with President NAME when the two
  meet at the regional summit next month": the same with "the two", never asserted either way
  (the time clause's act is background, GUIDE rule 1, so it need not be emitted at all);
- ``f25_past_when``: "X raised the matter with Y when the two leaders met in Z last month":
  a past time clause stays asserted (the control of the class above).

Scores on main (fcea0a3) before the fix, ``bench/phenomena.py`` with 24 cases each, are beside
FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import NOT_ASSERTED, Built, Expect, Scene, _cap, _poss

ASSERTED = frozenset({"asserted"})
TOLD = frozenset({"asserted", "reported"})
POSSIBLE = frozenset({"possible"})


def _e(src: State, tgt: State, root: str, facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, frozenset({root}), facts)


# Main clauses held out in the future, modal or hedged; none asserts an act.
_FUTURE_MAINS = (
    "{S} would raise the dispute with {T}",
    "{Sposs} foreign minister said he would raise the matter with {Tposs} government",
    "{Slead} said he would press {T} on the fishing dispute",
    "{S} will discuss the border dispute with {T}",
    "{Slead} is expected to discuss the pipeline with {Tposs} leaders",
    "{S} could lift its ban on {Tdem} beef",
    "{S} is expected to reopen its embassy in {Tcap}",
    "{Sposs} president will take up the issue with {T}",
)
# Present-tense time clauses whose act involves both states.
_TIME_CLAUSES = (
    "when {Slead} meets {Tlead} at the regional summit next month",
    "once {Slead} visits {T}",
    "after {Tposs} president arrives in {Scap} next week",
    "as soon as {S} and {T} sign the new trade agreement",
    "by the time {Slead} and {Tlead} meet in {Zcap}",
    "before {Tlead} visits {Scap} in the spring",
    "until {T} signs the border treaty with {S}",
    "when {Slead} and {Tlead} hold talks in {Zcap} next month",
    "once {T} has signed the accord with {S}",
    "when the two governments sign the accord in {Zcap}",
    "after {Tposs} foreign minister is received in {Scap}",
)


def _names(sc: Scene) -> dict[str, str]:
    s, t = sc.name(sc.s), sc.name(sc.t)
    return {
        "S": s, "Sposs": _poss(s), "Slead": sc.leader(sc.s), "Scap": sc.s.capital,
        "Sdem": sc.s.demonym, "T": t, "Tposs": _poss(t), "Tlead": sc.leader(sc.t),
        "Tcap": sc.t.capital, "Tdem": sc.t.demonym, "Zcap": sc.z.capital,
    }  # fmt: skip


def f25_when_clause(sc: Scene) -> Built:
    """ "X will sign the deal once NAME visits Y": the visit lies ahead; nothing in the
    sentence is asserted (the time clause's act, when emitted, is `possible`)."""
    names = _names(sc)
    text = f"{sc.rng.choice(_FUTURE_MAINS)} {sc.rng.choice(_TIME_CLAUSES)}".format(**names)
    if sc.rng.random() < 0.3:
        text += ", officials said"
    return _cap(text + "."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_RAISES = (
    "{who} said he would raise the matter with {whom}",
    "{who} said he would raise the dispute with {whom}",
    "{who} will discuss the border with {whom}",
    "{who} said he would take up the issue with {whom}",
    "{who} is expected to press {whom} on the fishing dispute",
    "{who} would raise the case of the detained sailors with {whom}",
)
_MEETS = (
    "when the two meet at the regional summit next month",
    "when the two leaders meet in {Zcap} next month",
    "once the two meet in {Zcap}",
    "when the two meet on the sidelines of the summit",
    "after the two leaders meet in {Zcap} next week",
    "as soon as the two meet",
)


def _leader_phrase(sc: Scene, st: State) -> str:
    lead = sc.leader(st)
    return sc.rng.choice((lead, f"President {lead}" if lead != st.name else lead,
                          f"his {st.demonym} counterpart, {lead},"))  # fmt: skip


def f25_when_the_two(sc: Scene) -> Built:
    """ "Ruto said he would raise the matter with President Museveni when the two meet at the
    regional summit next month": the meeting of "the two" lies ahead; when emitted it is
    `possible` both ways, never asserted (fresh13's two false assertions)."""
    if sc.leader(sc.s) == sc.s.name or sc.leader(sc.t) == sc.t.name:
        return f25_when_clause(sc)
    who = sc.leader(sc.s)
    whom = _leader_phrase(sc, sc.t)
    first = sc.rng.choice(_RAISES).format(who=who, whom=whom)
    if whom.endswith(","):
        first = first.replace(whom, whom[:-1])
    text = f"{first} {sc.rng.choice(_MEETS)}".format(Zcap=sc.z.capital)
    if sc.rng.random() < 0.3:
        text = f"{sc.name(sc.s)} has not left the scheme, but {text}"
    return _cap(text + "."), (), (Expect("*", "*", frozenset(), NOT_ASSERTED),)


_PAST = (
    "{who} raised the matter with {whom} when the two met at the regional summit last month",
    "{who} raised the dispute with {whom} when the two leaders met in {Zcap} in May",
    "{who} discussed the border with {whom} when the two met in {Zcap} last week",
)


def f25_past_when(sc: Scene) -> Built:
    """ "X raised the matter with Y when the two leaders met last month": a past time clause
    under a past main clause is told as done (asserted): the control of the class above."""
    if sc.leader(sc.s) == sc.s.name or sc.leader(sc.t) == sc.t.name:
        sc.rng.random()
    who, whom = sc.leader(sc.s), sc.leader(sc.t)
    text = sc.rng.choice(_PAST).format(who=who, whom=whom, Zcap=sc.z.capital)
    want = _e(sc.s, sc.t, "04", TOLD)
    return _cap(text + "."), (want,), (Expect("*", "*", frozenset(), TOLD | NOT_ASSERTED),)


FUT25_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "f25_when_clause": f25_when_clause,
    "f25_when_the_two": f25_when_the_two,
    "f25_past_when": f25_past_when,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before fut25 (fcea0a3) the same 24 scored (right, false assertions):
# f25_when_clause 18/6, f25_when_the_two 14/20 (the time clause's meeting asserted, both ways
# for "the two"), f25_past_when 24/0.
FLOORS = {name: (24, 0) for name in FUT25_CONSTRUCTIONS}
