"""Round 19's leftovers of the factuality branch (issue 9, leftovers22) as suite constructions
crossed with the suite's states named by name or capital, each with several acts and phrasings:

- ``lo22_raised_deploy``: "X is set / poised / slated / about to rush / redeploy / dispatch
  thousands more troops to Y": the deployment X -> Y, `possible` (rows for "rush", "pour",
  "redeploy" troops);
- ``lo22_denied_report``: "X denied / dismissed / rejected reports (claims, allegations) that it
  had V-ed Y": the denial (016) and the denied act itself, X -> Y `negated` (GUIDE rule 2's
  round-12 settlement);
- ``lo22_no_plans``: "X has no plans / no intention to V Y", "has no intention of V-ing Y": the
  act not intended, `negated`; "X has plans to V Y" `possible` (GUIDE rule 4, leftovers22);
- ``lo22_in_talks``: "X is in talks / negotiations to V Y": the negotiated act, `possible`;
- ``lo22_verge``: "X is on the verge / brink of V-ing Y": an act close at hand, `possible`,
  never asserted;
- ``lo22_could_said``: "X could / may, officials said, V Y": the parenthetical attribution
  leaves X the doer, `possible`;
- ``lo22_kept_from``: "X prevented / barred / blocked / stopped Y from V-ing (Z)": X's act on
  Y (120, PETRARCH2's PREVENT), and Y's act is not done (nothing asserted of it, and never the
  stopper's).

Scores on main (79072f6) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _r,
    _time,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


# (past participle phrase with {T}, its CAMEO roots): hostile deeds one is charged with.
_DEEDS = (("sent troops to {T}", "07", "15"), ("attacked {T}", "19", "19"), ("shelled {T}", "19", "19"),
          ("launched airstrikes on {T}", "19", "19"), ("bombed {T}", "19", "19"),
          ("invaded {T}", "19", "19"), ("deployed troops to {T}", "15", "07"))  # fmt: skip
_DENYING = ("denied reports", "dismissed reports", "rejected reports", "denied claims",
            "denied allegations", "flatly denied reports", "dismissed claims")  # fmt: skip


def lo22_denied_report(sc: Scene) -> Built:
    """ "Egypt dismissed reports that it had shelled Sudan"."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    deed, *roots = sc.rng.choice(_DEEDS)
    deed = deed.format(T=tname)
    text = f"{_cap(sname)} {sc.rng.choice(_DENYING)} that it had {deed}{_time(sc)}."
    want = (_e(sc.s, sc.t, _r(*roots), NEGATED), _e(sc.s, sc.t, _r("01")))
    allowed = (_e(sc.s, sc.t, _r("01", *roots), NOT_ASSERTED),)
    return text, want, allowed


# (infinitive phrase with {T}, gerund phrase, root)
_ACTS = (("send tanks to {T}", "sending tanks to {T}", "07"),
         ("impose sanctions on {T}", "imposing sanctions on {T}", "16"),
         ("expel {Tdem} diplomats", "expelling {Tdem} diplomats", "16"),
         ("deploy troops to {T}", "deploying troops to {T}", "15"),
         ("send troops to {T}", "sending troops to {T}", "07"),
         ("attack {T}", "attacking {T}", "19"),
         ("invade {T}", "invading {T}", "19"),
         ("recognise {T}", "recognising {T}", "05"))  # fmt: skip
_NO_PLANS = ("has no plans to {inf}", "has no intention to {inf}", "had no plans to {inf}",
             "has no intention of {ger}", "currently has no plans to {inf}")  # fmt: skip


def _act(sc: Scene) -> tuple[str, str, str]:
    inf, ger, root = sc.rng.choice(_ACTS)
    tname = sc.name(sc.t, capital=0.3)
    return inf.format(T=tname, Tdem=sc.t.demonym), ger.format(T=tname, Tdem=sc.t.demonym), root


def lo22_no_plans(sc: Scene) -> Built:
    """ "Japan has no plans to impose sanctions on Russia" negated; "has plans to" possible."""
    inf, ger, root = _act(sc)
    sname = sc.name(sc.s, capital=0.3)
    if sc.rng.random() < 0.25:
        text, facts = f"{_cap(sname)} has plans to {inf}.", POSSIBLE
    else:
        text, facts = f"{_cap(sname)} {sc.rng.choice(_NO_PLANS).format(inf=inf, ger=ger)}.", NEGATED
    # (a plan to give aid or recognition is an intent, 03x, as "plans to V" codes it; a plan
    # of force or sanctions is the act itself, GUIDE rule 4)
    if facts == POSSIBLE:
        want = Expect(sc.s.iso3, sc.t.iso3, _r(root, "03"), POSSIBLE | ASSERTED)
    else:
        want = _e(sc.s, sc.t, _r(root, "03"), facts)
    return text, (want,), (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)


# (infinitive phrase with {T}, root) of deals one negotiates.
_DEALS = (("buy jets from {T}", "06"), ("sell jets to {T}", "06"), ("supply gas to {T}", "06"),  # (trade: fact27)
          ("sign a defence pact with {T}", "05"), ("buy drones from {T}", "06"),
          ("sell howitzers to {T}", "06"), ("sign a trade deal with {T}", "05"))  # fmt: skip
_TALKS = ("is in talks to", "is in negotiations to", "is now in talks to", "was in talks to")


def lo22_in_talks(sc: Scene) -> Built:
    """ "Turkey is in talks to buy jets from the United States"."""
    deal, root = sc.rng.choice(_DEALS)
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    text = f"{_cap(sname)} {sc.rng.choice(_TALKS)} {deal.format(T=tname)}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.t, sc.s, frozenset(), NOT_ASSERTED))
    return text, (_e(sc.s, sc.t, _r(root, "03"), POSSIBLE),), allowed


_VERGE = (
    "is on the verge of",
    "is on the brink of",
    "was on the verge of",
    "appears on the brink of",
)
_IMMINENT = (("invading {T}", "19"), ("attacking {T}", "19"), ("signing a deal with {T}", "05"),
             ("imposing sanctions on {T}", "16"), ("expelling {Tdem} diplomats", "16"),
             ("sending troops to {T}", "07"))  # fmt: skip


def lo22_verge(sc: Scene) -> Built:
    """ "Israel is on the verge of invading Lebanon": possible, never asserted."""
    act, root = sc.rng.choice(_IMMINENT)
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    verge = sc.rng.choice(_VERGE)
    text = f"{_cap(sname)} {verge} {act.format(T=tname, Tdem=sc.t.demonym)}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.t, sc.s, frozenset(), NOT_ASSERTED))
    return text, (_e(sc.s, sc.t, _r(root, "03"), POSSIBLE),), allowed


_KEEPING = ("prevented", "barred", "blocked", "stopped")
_KEPT_ACTS = ("deploying troops to {Z}", "attacking {Z}", "joining the alliance",
              "drilling for oil", "exporting grain to {Z}", "building the dam",
              "sending warships to {Z}")  # fmt: skip


def lo22_kept_from(sc: Scene) -> Built:
    """ "Kenya prevented Somalia from deploying troops to Ethiopia": 120 Kenya -> Somalia; the
    deployment is not done."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act = sc.rng.choice(_KEPT_ACTS).format(Z=sc.name(sc.z, capital=0.0))
    text = f"{_cap(sname)} {sc.rng.choice(_KEEPING)} {tname} from {act}{_time(sc)}."
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("12")),), allowed


_RAISING = ("is set to", "is poised to", "is slated to", "is about to", "is due to")
_TROOP_VERBS = ("rush", "redeploy", "pour", "dispatch", "deploy", "send", "move")
_MORE = ("thousands more troops", "an additional 3,000 troops", "more soldiers", "extra troops",
         "hundreds more troops")  # fmt: skip


def lo22_raised_deploy(sc: Scene) -> Built:
    """ "Russia is set to rush thousands more troops to Belarus": the deployment, possible."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    verb = sc.rng.choice(_TROOP_VERBS)
    into = "into" if verb == "pour" else "to"
    text = f"{_cap(sname)} {sc.rng.choice(_RAISING)} {verb} {sc.rng.choice(_MORE)} {into} {tname}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("15", "07"), POSSIBLE),), allowed


_MODALS = ("could", "may", "might", "would")
_SAYERS = ("officials said", "diplomats said", "analysts said", "two officials said",
           "sources said", "a diplomat said")  # fmt: skip
_HEDGED = (("impose sanctions on {T}", "16"), ("expel {Tdem} diplomats", "16"),
           ("invade {T}", "19"), ("recall its ambassador from {T}", "16"),
           ("impose tariffs on {T}", "16"), ("retaliate against {T}", "19"))  # fmt: skip


def lo22_could_said(sc: Scene) -> Built:
    """ "China could, diplomats said, impose sanctions on Japan": the subject hung on the modal
    is the act's doer; modality beats attribution (GUIDE rule 4's layering), possible."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, root = sc.rng.choice(_HEDGED)
    act = act.format(T=tname, Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_MODALS)}, {sc.rng.choice(_SAYERS)}, {act}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(root, "13"), POSSIBLE),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo22_could_said": lo22_could_said,
    "lo22_raised_deploy": lo22_raised_deploy,
    "lo22_denied_report": lo22_denied_report,
    "lo22_no_plans": lo22_no_plans,
    "lo22_in_talks": lo22_in_talks,
    "lo22_verge": lo22_verge,
    "lo22_kept_from": lo22_kept_from,
}
# Floors (fewest right of 24, most false assertions). On main (79072f6) before the fix, 16
# sentences each (seed 0): raised_deploy misses "rush / pour / redeploy" (no event),
# denied_report 0 (only the 016), no_plans 6 (no event for sanctions, expulsions, force),
# in_talks 0 (no event), verge 0 (4 false: asserted), kept_from 0 (10 false: the kept act
# asserted, the keeper its doer), could_said 5 false on this branch before _stray_modal (the
# modal hung off the verb). After: 16/16 each, 0 false, but could_said 15/16 ("could,
# diplomats said, expel Syrian diplomats" gives none) and, at seeds 1 and 3, verge 15/16 ("on
# the brink of expelling Mexican diplomats" parsed with "expelling" as an adjective).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
