"""Clause structures of round 16 (issue 9, clauses20: fresh10's SA, RQ, V, OR and AC classes),
crossed with states, namings (name, capital, leader, demonym with a sector) and phrasings.

c20a (SA): "S said T's levies had broken trade rules and urged T to reverse them": the appeal
conjoined after the reported clause is the speaker's, asserted (``_said_conjunct``).
c20b (RQ): "S-ian farmers urged the government to press T for more water": "the government" is
S's own; no appeal to T (``parties.citizens``).
c20c (V): "S's president telephoned T's president and pledged his government's support": the
pledge (praise, thanks) is aimed at the party called, met or hosted
(``parties.conjoined_partner``).
c20d (OR): "If S or Z agreed to mediate, the standoff could end": alternatives, never S <-> Z
(``_alternatives``).
c20e (AC): "S accused T of sending back people who had never set foot in S": the accused act is
T's, reported (trigger rows for people sent, pushed or turned back).
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)


def _e(a: State, b: State | str, roots: set[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset(roots), facts)


def _hedged(a: State | str) -> Expect:
    """Any event of ``a`` that is not asserted (the reported clause's own verb)."""
    return Expect(a if isinstance(a, str) else a.iso3, "*", frozenset(), NOT_ASSERTED)


def _speaker(sc: Scene) -> str:
    """The speaking state: its name, capital, leader or foreign ministry."""
    s = sc.s
    return sc.rng.choice(
        (sc.name(s), s.capital, f"{_poss(s.name)} foreign ministry", f"the {s.demonym} government")
    )


# -- c20a -----------------------------------------------------------------------------------
_REPORTS = (
    "{Tposs} new levies had seriously broken trade rules",
    "{T} had violated the fisheries agreement",
    "{Tdem} troops had crossed the border illegally",
    "{T} would keep turning back its lorries at the border",
    "the {Tdem} measures were unjustified",
    "{Tdem} police had detained its fishermen without cause",
)
_APPEALS = (
    ("urged {T} to reverse them", {"02"}),
    ("called on {T} to lift the measures", {"02"}),
    ("asked {T} to reconsider", {"02"}),
    ("pressed {T} to withdraw them", {"02", "10"}),
    ("called for talks with {T}", {"02", "03", "04"}),
)


def c20a_said_and_urged(sc: Scene) -> Built:
    """ "S said T had violated the agreement and urged T to reverse it": S -> T appeal,
    asserted; the reported clause is at most reported."""
    rng, s, t = sc.rng, sc.s, sc.t
    report = sc.fill(rng.choice(_REPORTS))
    appeal, roots = rng.choice(_APPEALS)
    when = _time(sc)
    that = "that " if when else rng.choice(("", "that "))  # ("said on Tuesday X had ...": the
    # parser reads the time's noun as X's; the time is not this construction's phenomenon)
    comma = "," if that and rng.random() < 0.5 else ""
    text = f"{_cap(_speaker(sc))} said{when} {that}{report}{comma} and {sc.fill(appeal)}."
    judged = _e(s, t, {"11"})  # ("said the measures were unjustified": a criticism of T)
    return text, (_e(s, t, roots),), (judged, _hedged(s), _hedged(t), _hedged("---"))


# -- c20b -----------------------------------------------------------------------------------
_GROUPS = ("farmers", "fishing groups", "growers", "traders", "business groups", "exporters",
           "trade unions", "truckers")  # fmt: skip
_ADDRESS = ("urged the government to", "asked the government to", "called on the government to",
            "have urged the government to")  # fmt: skip
_REQUESTED = (
    "press {T} for more water", "press {T} for new fishing licences",
    "seek talks with {T} before the harvest", "demand compensation from {T}",
    "retaliate against {T}", "reopen the border with {T}",
)  # fmt: skip


def c20b_people_urged_government(sc: Scene) -> Built:
    """ "S-ian farmers urged the government to press T for more water": the appeal is to S's
    own government (S -> S); S -> T is the requested act's, never asserted."""
    rng, s = sc.rng, sc.s
    who = rng.choice(
        (f"{s.demonym} {rng.choice(_GROUPS)}", f"{_poss(s.name)} {rng.choice(_GROUPS)}")
    )
    text = f"{_cap(who)} {rng.choice(_ADDRESS)} {sc.fill(rng.choice(_REQUESTED))}{_time(sc)}."
    return text, (_e(s, s, {"02", "10"}),), (_hedged(s),)


# -- c20c -----------------------------------------------------------------------------------
_CONTACTS = (
    "telephoned {Tlead}", "telephoned {Tposs} president", "met {Tposs} president in {Scap}",
    "received {Tposs} president in {Scap}", "hosted {Tposs} foreign minister in {Scap}",
    "spoke by phone with {Tposs} president",
)  # fmt: skip
_SECOND = (
    ("pledged his government's support for the inquiry", {"03"}),
    ("promised his government's help with the investigation", {"03"}),
    ("praised what he called a turning point in ties", {"05"}),
    ("praised the growing ties", {"05"}),
    ("thanked him for his country's help", {"05"}),
    ("offered his country's support for the talks", {"03"}),
)


def c20c_contact_and_pledge(sc: Scene) -> Built:
    """ "S's president telephoned T's president and pledged his government's support": the
    call and the pledge are both S -> T (the hosting also T -> S as a visit)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((f"{_poss(s.name)} president", sc.leader(s)))
    contact = rng.choice(_CONTACTS).format(Tlead=sc.leader(t), Tposs=_poss(t.name), Scap=s.capital)
    second, roots = rng.choice(_SECOND)
    text = f"{_cap(who)} {contact}{_time(sc)} and {second}."
    want = (_e(s, t, {"04"}), _e(s, t, roots))
    return text, want, (_e(t, s, {"04"}),)


# -- c20d -----------------------------------------------------------------------------------
_IF = ("If {A} or {B} agreed to mediate", "If {A} or {B} offered to mediate",
       "Should {A} or {B} agree to mediate", "If either {A} or {B} agreed to host talks")  # fmt: skip
_THEN = (", the standoff could end quietly.", ", the dispute could be settled within weeks.",
         ", the crisis might ease.", ", diplomats say a deal would be within reach.")  # fmt: skip


def c20d_or_mediators(sc: Scene) -> Built:
    """ "If S or Z agreed to mediate, the standoff could end quietly": S and Z are alternative
    mediators, no pair: never S -> Z nor Z -> S (each alone, not asserted, is a reading)."""
    rng, s, z = sc.rng, sc.s, sc.z
    opening = rng.choice(_IF).format(A=sc.name(s), B=sc.name(z))
    text = f"{opening}{rng.choice(_THEN)}"
    allowed = (_e(s, "", set(), NOT_ASSERTED), _e(z, "", set(), NOT_ASSERTED))
    return text, (), allowed


# -- c20e -----------------------------------------------------------------------------------
_SENT_BACK = (
    "sending back people who had never set foot in {S}",
    "sending back {Sdem} migrants",
    "pushing back {Sdem} migrants at the border",
    "turning away {Sdem} asylum seekers at the border",
    "turning back {Sdem} migrants",
    "pushing {Sdem} migrants back into {S}",
)


def c20e_accused_of_sending_back(sc: Scene) -> Built:
    """ "S accused T of sending back people who had never set foot in S": S -> T accusation,
    asserted; T -> S deportation (17), reported."""
    rng, s, t = sc.rng, sc.s, sc.t
    accuser = rng.choice(
        (sc.name(s), f"the {s.demonym} government", f"{_poss(s.name)} interior ministry")
    )
    verb = rng.choice(("accused", "has accused", "on Monday accused"))
    deed = rng.choice(_SENT_BACK).format(S=s.name, Sdem=s.demonym)
    text = f"{_cap(accuser)} {verb} {sc.name(t)} of {deed}."
    want = (_e(s, t, {"11"}), _e(t, s, {"17"}, REPORTED))
    return text, want, ()


CLAUSES20_CONSTRUCTIONS = {
    "c20a_said_and_urged": c20a_said_and_urged,
    "c20b_people_urged_gov": c20b_people_urged_government,
    "c20c_contact_pledge": c20c_contact_and_pledge,
    "c20d_or_mediators": c20d_or_mediators,
    "c20e_accused_sent_back": c20e_accused_of_sending_back,
}
FLOORS = {name: (23, 0) for name in CLAUSES20_CONSTRUCTIONS}
# Main before clauses20 (f9ed3ec; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c20a 1/0 (the appeal lost, or reported, under the reported clause), c20b 0/24
# (every appeal aimed at T, asserted: the requested act's tuple), c20c 17/0 (the pledge or praise
# with no target, or "his government's" as its own), c20d 3/0 (S <-> Z 036 possible both ways),
# c20e 4/0 (no accused act for people sent, pushed or turned back). After: 24/0 each.
