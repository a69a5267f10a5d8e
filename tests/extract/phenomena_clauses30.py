"""Round 24's clause-structure classes of fresh18 (issue 9, clauses30) as suite constructions
crossed with the suite's states named by name, capital, leader or demonym, each with several
acts and phrasings:

- ``c30_resisted_calls`` (RC): "Kenya resisted the calls at home to bar Ugandan lorries",
  "withstood pressure to expel Y's ambassador": the asked-for act is not done (at most
  negated), never asserted (``_resisted_calls``);
- ``c30_step_threat`` (TH): "X said it would take the matter to the European Commission /
  file a complaint with the UN / seek arbitration / refer the dispute to the WTO if Y did not
  ... / unless Y ...": a step of any kind held out on Y's non-compliance is X -> Y 13
  asserted, aimed at Y, never at the body (GUIDE rule 7's conditional threat);
- ``c30_lifted_measure`` (LM): "When X shut out Y's beef, ... the licences were restored",
  "X suspended import licences for Y's milk. The licences were restored a month later": the
  agentless act on the measure is the imposer's, X -> Y 08 (``parties.lifted_measures``);
- ``c30_relative_request`` (RF): "X said it would not reopen the crossing, which Y's officials
  have asked CAPITAL to reconsider": a refusal X -> Y 12 (``parties.relative_requests``);
- ``c30_judged_measure`` (NE): "X's border checks have done little to stop smugglers and a
  great deal to annoy Y": background, no asserted act of X's with no target;
- ``c30_bounding_scene`` (TN): "X said it would hand the crew over to Y once its own
  investigation ended": the inquiry bounds the act in time, no event of its own;
- ``c30_restrictive_conjunct`` (PU): "X's president cited the plight of the X workers who live
  near the border and phoned Y's president to discuss the checks": the call is the
  president's, X -> Y 04 asserted, never the workers' (``_relative_conjuncts``).

Before the fix, on main (540b34d): c30_resisted_calls gave X -> Y asserted for the asked act
(a false assertion) on most cases, c30_step_threat no threat (a 114 ``possible`` to the body or
nothing), c30_lifted_measure no 08, c30_relative_request a refusal with no target (or none),
c30_judged_measure and c30_bounding_scene an asserted act with no target, and
c30_restrictive_conjunct the call lost.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_RESIST = ("resisted", "has resisted", "withstood", "resisted", "has so far resisted")
_CALLS = ("the calls at home", "calls", "pressure", "domestic pressure", "the calls",
          "mounting pressure at home")  # fmt: skip
_ASKED = ("bar {Tdem} lorries", "expel {Tposs} ambassador", "impose tariffs on {T}",
          "ban imports from {T}", "close the border with {T}", "expel {Tdem} diplomats",
          "impose sanctions on {T}")  # fmt: skip


def c30_resisted_calls(sc: Scene) -> Built:
    """ "Kenya resisted the calls at home to bar Ugandan lorries": no asserted act; the bar
    at most Kenya -> Uganda negated."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    asked = sc.rng.choice(_ASKED).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_RESIST)} {sc.rng.choice(_CALLS)} to {asked}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED), _e(sc.s, sc.t, _r("12"), ANY))
    return text, (), allowed


_STEPS = ("take the matter to the European Commission", "file a complaint with the United Nations",
          "seek international arbitration", "refer the dispute to the World Trade Organization",
          "raise the matter at the United Nations", "take the dispute to the European Union",
          "file a complaint against {T}", "take {T} to the International Court of Justice",
          "recall its ambassador from {T}")  # fmt: skip
_SAID = ("said", "warned", "said on Tuesday", "announced")
_IF_NOT = ("if {Tc} did not release the detained traders", "if {Tc} did not lift the ban",
           "if {Tc} did not share its safety studies", "if {Tc} did not restore the licences")  # fmt: skip
_UNLESS = ("unless {Tc} released the detained traders", "unless {Tc} lifted the ban",
           "unless {Tc} restored the licences within 30 days",
           "unless {Tc} shared its safety studies")  # fmt: skip


def c30_step_threat(sc: Scene) -> Built:
    """ "Austria said it would take the matter to the European Commission if Budapest did not
    share its safety studies": Austria -> Hungary 13, asserted (never the body)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    tcond = sc.name(sc.t, capital=0.5)
    step = sc.rng.choice(_STEPS).format(T=tname)
    cond = sc.rng.choice(_IF_NOT if sc.rng.random() < 0.5 else _UNLESS).format(Tc=tcond)
    text = f"{_cap(sname)} {sc.rng.choice(_SAID)} it would {step} {cond}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), allowed


_SHUT = ("shut out {Tdem} beef", "banned {Tdem} beef", "shut out {Tdem} milk",
         "banned {Tdem} cheese", "shut out {Tdem} lorries", "banned imports of {Tdem} wine")  # fmt: skip
_MONTH = (" in June", " in March", "", " last year")
_RESTORED = ("the licences were restored within a month", "the ban was lifted within weeks",
             "the licences were restored in July", "the ban was lifted a month later")  # fmt: skip
_SUSPENDED = ("suspended import licences for {Tdem} beef", "suspended import licences for {Tdem} milk",
              "suspended import permits for {Tdem} fruit", "banned {Tdem} poultry")  # fmt: skip
_AGAIN = ("The licences were restored a month later.", "The licences were restored in July.",
          "The permits were restored within weeks.", "The ban was lifted a month later.")  # fmt: skip


def c30_lifted_measure(sc: Scene) -> Built:
    """ "When Chile shut out Argentine beef in June, the licences were restored within a
    month": Chile -> Argentina 08, asserted (the imposer's); the measure itself may be told."""
    sname = sc.name(sc.s, capital=0.2)
    measure_said = _e(sc.s, sc.t, _r("16", "19", "17"), ANY)
    if sc.rng.random() < 0.5:
        shut = sc.rng.choice(_SHUT).format(Tdem=sc.t.demonym)
        text = f"When {sname} {shut}{sc.rng.choice(_MONTH)}, {sc.rng.choice(_RESTORED)}."
    else:
        susp = sc.rng.choice(_SUSPENDED).format(Tdem=sc.t.demonym)
        text = f"{_cap(sname)} {susp}{sc.rng.choice(_MONTH)}. {sc.rng.choice(_AGAIN)}"
    return _cap(text), (_e(sc.s, sc.t, _r("08"), ASSERTED),), (measure_said,)


_REFUSED = ("reopen the border crossing", "lift the ban on {Tdem} maize",
            "revive the 2018 agreement on joint patrols", "lift its ban on {Tdem} poultry",
            "reopen the crossing at the border")  # fmt: skip
_WOULD_NOT = ("said it would not", "said its government would not", "would not",
              "told reporters that it would not")  # fmt: skip
_WHICH = ("which {Tdem} officials have asked {Sc} to reconsider",
          "which {Tdem} ministers have urged {Sc} to reconsider",
          "which {T} has asked {Sc} to reconsider")  # fmt: skip


def c30_relative_request(sc: Scene) -> Built:
    """ "Kenya said it would not reopen the crossing, which Ugandan officials have asked
    Nairobi to reconsider": Kenya -> Uganda 12, asserted; the request is background."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    refused = sc.rng.choice(_REFUSED).format(Tdem=sc.t.demonym)
    which = sc.rng.choice(_WHICH).format(Tdem=sc.t.demonym, T=tname, Sc=sc.s.capital)
    text = f"{_cap(sname)} {sc.rng.choice(_WOULD_NOT)} {refused}, {which}."
    allowed = (_e(sc.t, sc.s, _r("02", "10"), ANY),)
    return text, (_e(sc.s, sc.t, _r("12"), ASSERTED),), allowed


_JUDGED = ("border checks", "import ban", "sanctions", "border controls", "visa curbs")
_DONE = ("have done little to stop smugglers and a great deal to annoy {T}",
         "have done nothing to change {Tposs} behaviour",
         "have failed to curb smuggling from {T}",
         "have done little to slow the trade with {T}")  # fmt: skip


def c30_judged_measure(sc: Scene) -> Built:
    """ "Austria's border checks have done little to stop smugglers and a great deal to
    annoy Hungary": background; no asserted act without a target."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    judged = sc.rng.choice(_JUDGED)
    done = sc.rng.choice(_DONE).format(T=tname, Tposs=_poss(tname))
    if judged == "import ban":
        done = done.replace("have ", "has ", 1)
    text = f"{_cap(_poss(sname))} {judged} {done}."
    return text, (), (_e(sc.s, sc.t, frozenset(), ANY),)


_HANDED = ("hand the crew over to {T}", "release the crew to {T}", "return the trawler to {T}",
           "hand the suspects over to {T}")  # fmt: skip
_BOUND = ("once its own investigation ended", "once its inquiry was complete",
          "once its own investigation was over", "once its investigation ended")  # fmt: skip


def c30_bounding_scene(sc: Scene) -> Built:
    """ "Chile said it would hand the crew over to Peru once its own investigation ended":
    the handover X -> Y (its code left open), and no event for the investigation."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    handed = sc.rng.choice(_HANDED).format(T=tname)
    text = f"{_cap(sname)} said it would {handed} {sc.rng.choice(_BOUND)}."
    return text, (), (_e(sc.s, sc.t, frozenset(), ANY),)


_GROUP = ("{Sdem} workers who live near the border", "{Sdem} nurses who commute each day",
          "{Sdem} traders who cross the border every week")  # fmt: skip
_MET = ("cited the plight of", "spoke of", "cited the hardship of")
_PHONED = ("phoned {Tl} to discuss the checks", "phoned {Tl} to discuss the new rules",
           "called {Tl} to discuss the checks")  # fmt: skip


def c30_restrictive_conjunct(sc: Scene) -> Built:
    """ "Kenya's president cited the plight of the Kenyan workers who live near the border and
    phoned Yoweri Museveni to discuss the checks": Kenya -> Uganda 04, asserted (the
    president's call, not the workers')."""
    tl = sc.leader(sc.t)
    speaker = sc.leader(sc.s) if sc.s.leader(sc.date) else f"{_poss(sc.s.name)} president"
    group = sc.rng.choice(_GROUP).format(Sdem=sc.s.demonym)
    phoned = sc.rng.choice(_PHONED).format(Tl=tl)
    text = f"{_cap(speaker)} {sc.rng.choice(_MET)} the {group} and {phoned}."
    allowed = (_e(sc.t, sc.s, _r("04"), ANY),)
    return text, (_e(sc.s, sc.t, _r("04"), ASSERTED),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c30_resisted_calls": c30_resisted_calls,
    "c30_step_threat": c30_step_threat,
    "c30_lifted_measure": c30_lifted_measure,
    "c30_relative_request": c30_relative_request,
    "c30_judged_measure": c30_judged_measure,
    "c30_bounding_scene": c30_bounding_scene,
    "c30_restrictive_conjunct": c30_restrictive_conjunct,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
