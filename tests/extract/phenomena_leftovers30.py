"""Round 23's leftovers (issue 9, leftovers30) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo30_plan_subject``: "Russia's plan to deploy troops to Belarus drew criticism", "Kenya's
  plans to expel Uganda's diplomats were announced on Monday": the plan's owner does the
  planned act, X -> Y `possible` (GUIDE rule 4, as "X plans to V Y"), never nothing at all
  (``parties.decided``: a plan noun's infinitive is its owner's act, as a decision's);
- ``lo30_vowed_retaliation``: "Iran vowed (pledged) to retaliate (respond, hit back) by
  expelling Britain's diplomats": one threat, X -> Y 13 asserted (the by-act's sub-code),
  never a second 030 beside it (``_vowed_retaliation``);
- ``lo30_scrambled_as``: "Pakistan scrambled jets as Nigeria launched missiles at Italy", the
  opening verb read as the noun's adjective (no verb): Pakistan -> Nigeria 154 asserted, the
  strike background and never Pakistan's (``_scene_clause_verbs``);
- ``lo30_firm_assurances``: "Germany gave Poland firm guarantees (assurances) of support":
  "firm" tagged as a noun is the adjective, no business as the giver: X -> Y 03 asserted
  (``_firm_adjective``);
- ``lo30_widened_sanctions``: "France expanded (widened, broadened, tightened) sanctions on
  Moscow": a measure made wider or harder is its doer's, X -> Y 16 asserted (the verbs carry
  the measure noun as light verbs; "extended" already did);
- ``lo30_after_in_kind``: "Poland expelled Russia's ambassador after Moscow expelled its
  envoy": an act answered in kind (the same verb) in an "after" clause with its own subject is
  the other half of the exchange, news too (Y -> X asserted); dated earlier ("in March") it
  stays background (``_tit_for_tat``);
- ``lo30_asked_whether``: "Ghana asked whether Togo's closure of the border was temporary":
  an open question put to no one is no appeal (no 02 event; ``_asked_questions``).

Before the fix, on main (c2a30f1): a subject "X's plan to V Y" of a hostile act gave nothing
(an aid or withdrawal plan already gave its 03x intent through the noun's own row), every
lo30_vowed_retaliation case gave the 030 beside the threat, and every lo30_asked_whether case
X -> Y 020 asserted (a false assertion).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

_PLAN = ("plan", "plan", "plans")
# (planned act with the target, CAMEO roots)
_PLANNED = (("deploy troops to {T}", ("15",)), ("expel {Tposs} ambassador", ("16",)),
            ("impose tariffs on {T}", ("16",)), ("impose sanctions on {T}", ("16",)),
            ("cut diplomatic ties with {T}", ("16",)), ("expel {Tdem} diplomats", ("16",)),
            ("suspend trade with {T}", ("16",)))  # fmt: skip
# An aid or yielding plan keeps the intent's code, asserted, as "plans to send troops" (GUIDE rule 4).
_AID_PLANNED = ("send troops to {T}", "send aid to {T}", "pull its troops out of {T}")
_AFTER = ("drew criticism", "was announced on Monday", "was welcomed by its allies",
          "drew sharp criticism at home", "was unveiled on Friday")  # fmt: skip


def lo30_plan_subject(sc: Scene) -> Built:
    """ "Russia's plan to deploy troops to Belarus drew criticism": Russia -> Belarus, the
    planned act, `possible`."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.2)
    act, roots = sc.rng.choice(_PLANNED)
    aid = sc.rng.random() < 0.2
    if aid:
        act, roots = sc.rng.choice(_AID_PLANNED), ("03",)
    clause = act.format(T=tname, Tposs=_poss(sc.name(sc.t, capital=0.0)), Tdem=sc.t.demonym)
    plan = sc.rng.choice(_PLAN)
    after = sc.rng.choice(_AFTER)
    if plan == "plans":
        after = after.replace("was ", "were ")
    text = f"{_cap(_poss(sname))} {plan} to {clause} {after}."
    want = (_e(sc.s, sc.t, _r(*roots), ASSERTED if aid else NOT_ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, want, allowed


_VOWED = ("vowed", "pledged", "has vowed", "vowed on Monday", "pledged on Friday")
_ANSWER = ("retaliate", "respond", "hit back", "retaliate swiftly")
_BY = ("expelling {Tdem} diplomats", "expelling {Tposs} diplomats", "imposing sanctions on {T}",
       "expelling the {Tdem} ambassador", "cutting diplomatic ties with {T}",
       "banning imports from {T}")  # fmt: skip


def lo30_vowed_retaliation(sc: Scene) -> Built:
    """ "Iran vowed to retaliate by expelling British diplomats": Iran -> Britain 13,
    asserted, and no 030 beside it."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    by = sc.rng.choice(_BY).format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(sname)} {sc.rng.choice(_VOWED)} to {sc.rng.choice(_ANSWER)} by {by}."
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()


_ASK = ("asked", "asked on Monday", "wondered", "questioned", "has asked")
_QUESTION = ("whether {Tposs} closure of the border was temporary",
             "whether {Tposs} decision was final", "if {Tposs} troops would stay",
             "whether {Tposs} ban on imports would last", "whether {T} would reopen the border",
             "whether {Tposs} drills would continue")  # fmt: skip


def lo30_asked_whether(sc: Scene) -> Built:
    """ "Ghana asked whether Togo's closure of the border was temporary": no appeal, no
    asserted event between the two."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    question = sc.rng.choice(_QUESTION).format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(sname)} {sc.rng.choice(_ASK)} {question}."
    allowed = (Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),)
    return text, (), allowed


_SCRAMBLED = ("scrambled jets", "scrambled fighter jets", "scrambled warplanes",
              "scrambled its jets", "scrambled fighter jets")  # fmt: skip
_SCENE = ("as", "after", "as", "when")
_STRUCK = ("launched missiles at {Z}", "fired missiles at {Z}", "launched rockets at {Z}",
           "fired rockets at {Z}", "launched drones at {Z}")  # fmt: skip


def lo30_scrambled_as(sc: Scene) -> Built:
    """ "Pakistan scrambled jets as Nigeria launched missiles at Italy": Pakistan -> Nigeria
    154, asserted (GUIDE 7: the scramble answers the clause's act, its scene); the strike
    Nigeria -> Italy is background, never Pakistan's."""
    sname, tname, zname = sc.s.name, sc.t.name, sc.name(sc.z, capital=0.0)
    struck = sc.rng.choice(_STRUCK).format(Z=zname)
    text = f"{_cap(sname)} {sc.rng.choice(_SCRAMBLED)} {sc.rng.choice(_SCENE)} {tname} {struck}."
    want = (_e(sc.s, sc.t, _r("15"), ASSERTED),)
    allowed = (_e(sc.t, sc.z, _r("19", "13", "15"), ANY),)
    return text, want, allowed


_GAVE = ("gave", "offered", "has given", "gave", "offered")
_FIRM_WHEN = ("", "", " on Monday", " on Friday")
_FIRM = ("firm guarantees", "firm assurances", "firm security guarantees",
         "firm guarantees of support", "firm assurances of support", "firm commitments")  # fmt: skip


def lo30_firm_assurances(sc: Scene) -> Built:
    """ "Germany gave Poland firm guarantees of support": Germany -> Poland 03, asserted;
    "firm" is the adjective, never a business as the giver."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    gave, firm = sc.rng.choice(_GAVE), sc.rng.choice(_FIRM)
    if sc.rng.random() < 0.5:
        text = f"{_cap(sname)} {gave} {tname} {firm}{sc.rng.choice(_FIRM_WHEN)}."
    else:
        text = f"{_cap(sname)} {gave} {firm} to {tname}{sc.rng.choice(_FIRM_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("03"), ASSERTED),), ()


_WIDENED = ("expanded", "widened", "extended", "broadened", "tightened", "toughened",
            "has expanded", "has widened")  # fmt: skip
_MEASURES = ("sanctions on {T}", "its sanctions on {T}", "sanctions against {T}",
             "its sanctions against {T}", "tariffs on {T}", "its tariffs on {T}")  # fmt: skip
_WIDE_WHEN = ("", " on Monday", " last week", "")


def lo30_widened_sanctions(sc: Scene) -> Built:
    """ "France expanded sanctions on Moscow", "Britain widened its sanctions against Tehran":
    France -> Russia 16 (163), asserted, the capital standing for its state."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.6)
    measure = sc.rng.choice(_MEASURES).format(T=tname)
    text = f"{_cap(sname)} {sc.rng.choice(_WIDENED)} {measure}{sc.rng.choice(_WIDE_WHEN)}."
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


# (main act, the clause's act in kind, CAMEO root)
_IN_KIND = (("expelled {Tposs} ambassador", "expelled its envoy", "16"),
            ("expelled two {Tdem} diplomats", "expelled two {Sdem} diplomats", "16"),
            ("banned imports from {T}", "banned {Sdem} goods", "16"),
            ("expelled {Tposs} envoy", "expelled its ambassador", "16"),
            ("summoned {Tposs} ambassador", "summoned its envoy", "11"))  # fmt: skip
_OLD = (" in March", " last year", " two years ago")


def lo30_after_in_kind(sc: Scene) -> Built:
    """ "Poland expelled Russia's ambassador after Moscow expelled its envoy": both acts are
    news, X -> Y and Y -> X, asserted; dated to an earlier time ("in March"), the clause's act
    is background (allowed, not required)."""
    sname = sc.name(sc.s, capital=0.2)
    tname, tref = sc.name(sc.t, capital=0.0), sc.name(sc.t, capital=0.6)
    main, answered, root = sc.rng.choice(_IN_KIND)
    main = main.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    answered = answered.format(Sdem=sc.s.demonym)
    old = sc.rng.choice(_OLD) if sc.rng.random() < 0.25 else ""
    text = f"{_cap(sname)} {main} after {_cap(tref)} {answered}{old}."
    first = _e(sc.s, sc.t, _r(root), ASSERTED)
    second = _e(sc.t, sc.s, _r(root), ASSERTED)
    if old:
        return text, (first,), (second,)
    return text, (first, second), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo30_plan_subject": lo30_plan_subject,
    "lo30_vowed_retaliation": lo30_vowed_retaliation,
    "lo30_asked_whether": lo30_asked_whether,
    "lo30_scrambled_as": lo30_scrambled_as,
    "lo30_firm_assurances": lo30_firm_assurances,
    "lo30_widened_sanctions": lo30_widened_sanctions,
    "lo30_after_in_kind": lo30_after_in_kind,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
