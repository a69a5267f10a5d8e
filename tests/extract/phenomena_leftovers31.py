"""Round 24's leftovers (issue 9, leftovers31) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo31_complained_that``: "Kenya complained (protested, objected, charged) that Uganda had
  expelled two Kenyan diplomats": the grievance is the complainer's asserted act at the
  clause's subject (X -> Y 11, GUIDE rule 2), and the clause's act is stated only by the
  complainer, Y -> X `reported` (GUIDE rule 3), never `asserted`
  (``_accused_conjunct.complained_arc``; "protested / objected that" a complaint, 114);
- ``lo31_denied_breach``: "Russia denied that it had breached (violated, broken) the agreement
  with Ukraine": the denial of a breach answers a charge, X -> Y 016 asserted (GUIDE rule 2's
  denials), and the breach itself X -> Y 12 (128) `negated` (``_denied_charge.CHARGED_CODES``;
  "breach" and "break" an agreement are 128 as "violate").

Before the fix, on main (0c8438c): every lo31_complained_that case with "complained",
"protested" or "objected" gave the clause's act asserted (a false assertion), "protested that"
a demonstration with no target and "objected that" no complaint at all; lo31_denied_breach gave
no 016 (a breach of an agreement was no charge) and "breached" / "broken" no act at all.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ASSERTED, Built, Expect, Scene, _cap

REPORTED = frozenset({"reported"})
NEGATED = frozenset({"negated"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


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
    that = "that " if sc.rng.random() < 0.85 or verb.startswith("ob") else ""
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


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo31_complained_that": lo31_complained_that,
    "lo31_denied_breach": lo31_denied_breach,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
