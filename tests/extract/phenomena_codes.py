"""Codebook conventions of issue 9 as templates: mediation (CAMEO 045) aimed at each party it
mediates between, an appeal for restraint (02) aimed at each named party, and the rows that
cross one CAMEO root's acts with every construction (criticism 11 incl. predicted harm,
rejection 12 with an agreement's other party as target, reduced relations 16)."""

from __future__ import annotations

from phenomena_tables import SECTORS, State
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _time

# Rows that cross one act (by its key in ``ACTS``) with the constructions over acts.
ROOT_ROWS = {"root11_criticism": "disapprove", "root12_reject": "reject", "root16_reduce": "reduce"}
_CONSULT = frozenset({"04"})
_INTENT = frozenset({"03"})
_APPEAL = frozenset({"02"})


def _who(sc: Scene) -> str:
    """The acting state as a name, capital, leader at the date or demonym with a sector."""
    r = sc.rng.random()
    if r < 0.2 and sc.s.leader(sc.date):
        return sc.leader(sc.s)
    if r < 0.4:
        return sc.rng.choice(SECTORS["dip"]).format(sc.s.demonym)
    return sc.name(sc.s)


def mediation(sc: Scene, others: list[State]) -> Built:
    """ "X mediated talks between A and B": X's mediation (045) with A and with B; the talks
    between A and B are theirs (acceptable both ways). An offer to mediate is an intent (03)."""
    rng, s = sc.rng, sc.s
    a, b = others[0], others[1]
    who = _who(sc)
    pa, pb = sc.name(a), sc.name(b)
    talks = tuple(Expect(x.iso3, y.iso3, _CONSULT, ANY) for x, y in ((a, b), (b, a)))
    if rng.random() < 0.2:
        how = rng.choice(("offered to mediate between", "offered to act as a mediator between",
                          "proposed to mediate between"))  # fmt: skip
        text = f"{who} {how} {pa} and {pb}{_time(sc)}."
        want = tuple(Expect(s.iso3, x.iso3, _INTENT, ASSERTED) for x in (a, b))
        return _cap(text), want, ()
    how = rng.choice(("mediated talks between", "mediated between", "brokered talks between",
                      "acted as a mediator between", "hosted mediated talks between",
                      "mediated a prisoner exchange between"))  # fmt: skip
    text = f"{who} {how} {pa} and {pb}{_time(sc)}."
    want = tuple(Expect(s.iso3, x.iso3, _CONSULT, ASSERTED) for x in (a, b))
    return _cap(text), want, talks


def restraint(sc: Scene, others: list[State]) -> Built:
    """ "X called for restraint" is an appeal (02) to each party named as needing it, also when
    they are named as the parties of the clash it follows."""
    rng, s = sc.rng, sc.s
    a, b = others[0], others[1]
    who = _who(sc)
    pa, pb = sc.name(a), sc.name(b)
    want = tuple(Expect(s.iso3, x.iso3, _APPEAL, ASSERTED) for x in (a, b))
    r = rng.randrange(5)
    if r == 0:
        text = f"{who} called for restraint from {pa} and {pb}{_time(sc)}."
    elif r == 1:
        verb = rng.choice(("urged", "called on", "appealed to"))
        what = rng.choice(("exercise restraint", "show restraint", "avoid escalation"))
        text = f"{who} {verb} {pa} and {pb} to {what}{_time(sc)}."
    elif r == 2:
        text = f"{who} urged restraint on both {pa} and {pb}{_time(sc)}."
    elif r == 3:
        text = f"{who} appealed to {pa} and {pb} for calm{_time(sc)}."
    else:
        clash = rng.choice(("clashes", "border clashes", "an exchange of fire"))
        text = f"{who} called for restraint after {clash} between {a.name} and {b.name}{_time(sc)}."
        fight = frozenset({"19"})
        allowed = tuple(Expect(x.iso3, y.iso3, fight, ANY) for x, y in ((a, b), (b, a)))
        return _cap(text), want, allowed
    return _cap(text), want, ()


CODE_CONSTRUCTIONS = {"mediation_045": mediation, "restraint_02": restraint}
