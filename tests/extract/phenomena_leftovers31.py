"""Round 24's leftovers (issue 9, leftovers31) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo31_complained_that``: "Kenya complained (protested, objected, charged) that Uganda had
  expelled two Kenyan diplomats": the grievance is the complainer's asserted act at the
  clause's subject (X -> Y 11, GUIDE rule 2), and the clause's act is stated only by the
  complainer, Y -> X `reported` (GUIDE rule 3), never `asserted`
  (``_accused_conjunct.complained_arc``; "objected that" a complaint, 114, and a state's
  "protested that" aimed at the clause's subject, ``parties.complained_of``);
- ``lo31_denied_breach``: "Russia denied that it had breached (violated, broken) the agreement
  with Ukraine": the denial of a breach answers a charge, X -> Y 016 asserted (GUIDE rule 2's
  denials), and the breach itself X -> Y 12 (128) `negated` (``_denied_charge.CHARGED_CODES``;
  "breach" and "break" an agreement are 128 as "violate");
- ``lo31_border_town``: "Turkey shelled Kessar, a town on the Syrian border (on the border
  with Syria)": an act at a town no table knows is aimed at the state whose border its own
  apposition names, X -> Y asserted (``parties.border_towns``; made-up town names, no
  gazetteer);
- ``lo31_sanctions_on_capital``: "France expanded its sanctions on Moscow (on Putin, on
  Russia's government)": X -> Y 16 asserted (a guard: main already held it);
- ``lo31_plan_reaction``: "Russia's plan to deploy troops to Belarus alarmed observers
  (worried investors, sparked alarm)": the plan's act X -> Y `possible` (a guard: main
  already held it with these reaction verbs, not with a light verb's noun: "X's plan to hold
  drills near Y" gave no doer, ``nouns.light_verb_subject`` now takes the plan's owner, and
  ``context.reaction_object`` no longer drops the drills of "X plans to hold drills");
- ``lo31_plan_onlooker``: "Iran's plan to enrich uranium alarmed Israel": the alarmed state
  looks on, no partner of the plan (main gave Iran -> Israel 030 asserted through
  ``story_commitments``' one named state).

Before the fix, on main (0c8438c): every lo31_complained_that case with "complained",
"protested" or "objected" gave the clause's act asserted (a false assertion), "protested that"
a demonstration with no target and "objected that" no complaint at all; lo31_denied_breach gave
no 016 (a breach of an agreement was no charge) and "breached" / "broken" no act at all;
lo31_border_town gave no target when the town was the object or the subject named the troops
("Russian troops massed near ...").
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
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

# (grievance verb, its root): a complaint (114) or an accusation (112).
_COMPLAINED = (("complained", "11"), ("protested", "11"), ("objected", "11"),
               ("charged", "11"), ("complained on Monday", "11"), ("protested on Friday", "11"),
               ("has complained", "11"), ("formally protested", "11"))  # fmt: skip
# (the clause's act by Y aimed at the complainer, CAMEO roots)
_CLAUSE = (("had expelled two {Sdem} diplomats", ("16",)),
           ("had expelled {Sposs} ambassador", ("16",)),
           ("had detained {Sdem} fishermen", ("17",)),
           ("had shelled {Sdem} border villages", ("19",)),
           ("had banned imports from {S}", ("16",)),
           ("had seized {Sdem} fishing boats", ("17",)),
           ("had arrested {Sdem} traders", ("17",)),
           ("had closed its border with {S}", ("19",)),
           ("had imposed tariffs on {S}", ("16",)))  # fmt: skip


def lo31_complained_that(sc: Scene) -> Built:
    """ "Kenya complained that Uganda had expelled two Kenyan diplomats": Kenya -> Uganda 11
    asserted, Uganda -> Kenya (the clause's act) reported."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.25)
    verb, root = sc.rng.choice(_COMPLAINED)
    clause, roots = sc.rng.choice(_CLAUSE)
    sref = sc.name(sc.s, capital=0.0)
    what = clause.format(S=sref, Sposs=_poss(sref), Sdem=sc.s.demonym)
    bare = verb in ("complained", "has complained")  # ("complained Y had V-ed")
    that = "" if bare and sc.rng.random() < 0.2 else "that "
    text = f"{_cap(sname)} {verb} {that}{tname} {what}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r(*roots), REPORTED))
    return text, want, ()


_DENIED = ("denied", "denied on Monday", "has denied", "flatly denied", "denied on Friday")
_BREACHED = ("breached", "violated", "broken", "breached", "violated")
_PACT = ("the agreement with {T}", "its agreement with {T}", "the accord with {T}",
         "its treaty with {T}", "the trade deal with {T}", "the border agreement with {T}",
         "the 2015 accord with {T}", "its peace treaty with {T}")  # fmt: skip


def lo31_denied_breach(sc: Scene) -> Built:
    """ "Russia denied that it had breached the agreement with Ukraine": Russia -> Ukraine 016
    asserted, and the breach Russia -> Ukraine 12 negated."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.3)
    pact = sc.rng.choice(_PACT).format(T=tname)
    breached = sc.rng.choice(_BREACHED)
    if sc.rng.random() < 0.2:
        gerund = {"breached": "breaching", "violated": "violating", "broken": "breaking"}
        clause = f"having {breached}" if breached != "broken" else "having broken"
        clause = clause if sc.rng.random() < 0.5 else gerund[breached]
    else:
        clause = f"that it had {breached}"
    text = f"{_cap(sname)} {sc.rng.choice(_DENIED)} {clause} {pact}."
    want = (_e(sc.s, sc.t, _r("01"), ASSERTED), _e(sc.s, sc.t, _r("12"), NEGATED))
    return text, want, ()


# Town names of no state (made up for the suite: no gazetteer of real towns is copied).
_TOWNS = ("Kessar", "Tarvo", "Belmek", "Oskanu", "Durrin", "Valsk")
_TOWN_NOUN = ("a town", "a village", "a small town", "a border town", "a hamlet")
_ON_BORDER = ("on the {Tdem} border", "near the {Tdem} border", "on the border with {T}",
              "close to the {Tdem} border", "on the {Tdem} frontier")  # fmt: skip
# (act at the town, CAMEO roots)
_AT_TOWN = (("massed troops near {P}", ("15",)), ("deployed tanks to {P}", ("15",)),
            ("shelled {P}", ("19",)), ("massed troops at {P}", ("15",)),
            ("sent troops to {P}", ("15",)), ("fired artillery at {P}", ("19",)),
            ("closed the crossing at {P}", ("19",)))  # fmt: skip


def lo31_border_town(sc: Scene) -> Built:
    """ "Turkey shelled Kessar, a town on the Syrian border": Turkey -> Syria, the state whose
    border the apposition names (a town with no such phrase names no target)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    act, roots = sc.rng.choice(_AT_TOWN)
    place = sc.rng.choice(_TOWNS)
    side = sc.rng.choice(_ON_BORDER).format(T=tname, Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {act.format(P=place)}, {sc.rng.choice(_TOWN_NOUN)} {side}."
    return text, (_e(sc.s, sc.t, _r(*roots), ASSERTED),), ()


_WIDENED = ("expanded", "widened", "extended", "broadened", "has expanded", "tightened")
_ON_WHOM = ("{Tcap}", "{Tposs} government", "the government of {T}", "{Tlead}",
            "President {Tlead}", "{Tcap}'s government")  # fmt: skip


def lo31_sanctions_on_capital(sc: Scene) -> Built:
    """ "France expanded its sanctions on Moscow (on Putin, on Russia's government)": France
    -> Russia 16, asserted, the capital, leader or government standing for its state."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    lead = sc.leader(sc.t)
    whom = sc.rng.choice(_ON_WHOM)
    if lead == sc.t.name and "Tlead" in whom:
        whom = "{Tcap}"
    whom = whom.format(Tcap=sc.t.capital, T=tname, Tposs=_poss(tname), Tlead=lead)
    its = sc.rng.choice(("", "its "))
    text = f"{_cap(sname)} {sc.rng.choice(_WIDENED)} {its}sanctions on {whom}."
    return text, (_e(sc.s, sc.t, _r("16"), ASSERTED),), ()


_PLANNED = (("deploy troops to {T}", "15"), ("expel {Tposs} ambassador", "16"),
            ("impose tariffs on {T}", "16"), ("impose sanctions on {T}", "16"),
            ("cut diplomatic ties with {T}", "16"), ("send warships to {T}", "15"),
            ("ban imports from {T}", "16"), ("hold drills near {T}", "15"),
            ("stage military exercises near {T}", "15"), ("launch strikes on {T}", "19"),
            ("hold naval exercises near {T}", "15"))  # fmt: skip
_REACTION = ("alarmed observers", "worried investors", "angered lawmakers", "drew criticism",
             "sparked alarm", "prompted protests", "has alarmed diplomats", "alarmed analysts",
             "drew sharp criticism", "worried its neighbours", "sparked concern")  # fmt: skip


def lo31_plan_reaction(sc: Scene) -> Built:
    """ "Russia's plan to deploy troops to Belarus alarmed observers": Russia -> Belarus, the
    planned act, `possible` (the reaction verb a verb, never the plan's adjective)."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.25)
    act, root = sc.rng.choice(_PLANNED)
    clause = act.format(T=tname, Tposs=_poss(sc.name(sc.t, capital=0.0)))
    text = f"{_cap(_poss(sname))} plan to {clause} {sc.rng.choice(_REACTION)}."
    return text, (_e(sc.s, sc.t, _r(root), NOT_ASSERTED),), ()


# Plans whose act names no other state (the onlooker is the only other state named).
_OWN_PLANS = ("enrich uranium", "build a nuclear plant", "expand its navy",
              "double its defence budget", "test a new missile", "buy more fighter jets")  # fmt: skip
_STIRRED = ("alarmed", "worried", "angered", "unsettled", "has alarmed", "rattled")


def lo31_plan_onlooker(sc: Scene) -> Built:
    """ "Iran's plan to enrich uranium alarmed Israel": Israel feels the alarm, it is no
    partner of Iran's plan: nothing asserted between the two."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.25)
    plan = sc.rng.choice(_OWN_PLANS)
    text = f"{_cap(_poss(sname))} plan to {plan} {sc.rng.choice(_STIRRED)} {tname}."
    allowed = (Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),
               Expect(sc.s.iso3, "", frozenset(), ANY))  # fmt: skip
    return text, (), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo31_complained_that": lo31_complained_that,
    "lo31_denied_breach": lo31_denied_breach,
    "lo31_border_town": lo31_border_town,
    "lo31_sanctions_on_capital": lo31_sanctions_on_capital,
    "lo31_plan_reaction": lo31_plan_reaction,
    "lo31_plan_onlooker": lo31_plan_onlooker,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
