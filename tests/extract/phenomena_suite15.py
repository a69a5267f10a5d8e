"""Issue 9's phenomena the suite crossed least (round 14, task suite15), crossed with states,
capitals, leaders and phrasings: a time phrase inside a noun phrase of another act dates no
event ("criticized T's March decision" happened on the document's day; "on Tuesday, weeks
after the 2019 summit" on Tuesday); a label of the speaker's ("condemned what it called T's
provocations") is the speaker's disapproval of T and no act of T's; an agentless
hypothetical act stated by a government ("an attack on T would be an act of war, S warned")
is no asserted act of anyone's; the qualifier of a count or share kept in other phrasings
("troops numbering more than 3,000", "about 40 percent of T's imports come from S"). The
sentences are the project's own."""

from __future__ import annotations

import datetime as dt

from phenomena_claims import ClaimWant
from phenomena_dates import _WEEKDAYS, _fronted, weekday_date
from phenomena_tables import Act
from phenomena_words import (
    ANY,
    ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _one,
    _poss,
    conjugate,
)

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
# Another act named by a noun phrase with its own time: ({Y} a year, {M} a month, {T} the
# target's name). Only the document's or the clause's date may date the sentence's act.
_DATED_NOUNS = (
    ", weeks after the {Y} summit", ", months after {Tposs} {M} decision",
    ", citing the {Y} accord", ", recalling {Tposs} {M} vote",
    " over {Tposs} {M} announcement", ", a year after the {M} talks",
)  # fmt: skip


def su15_date_in_noun(sc: Scene, act: Act) -> Built:
    """ "S criticized T, citing the 2019 accord", "... on Tuesday, months after T's March
    decision": a time phrase inside another act's noun phrase does not date the act; the
    clause's own weekday does, else the document."""
    phrase = sc.rng.choice(act.base)
    src, vp = sc.source(act, phrase), sc.fill(conjugate(phrase, "past"))
    doc = dt.date.fromisoformat(sc.date)
    tname = sc.name(sc.t, capital=0.0)
    noun = sc.rng.choice(_DATED_NOUNS).format(
        Y=doc.year - sc.rng.randrange(2, 12), M=sc.rng.choice(_MONTHS), Tposs=_poss(tname)
    )
    if sc.rng.random() < 0.5:
        day = sc.rng.randrange(7)
        sc.when = f"{weekday_date(doc, day).isoformat()}/day"
        if _fronted(sc, vp):  # (the act's phrase holds another verb the day could date)
            text = f"On {_WEEKDAYS[day]}, {src} {vp}{noun}."
        else:
            text = f"{src} {vp} on {_WEEKDAYS[day]}{noun}."
    else:
        sc.when = f"{sc.date}/document"
        text = f"{src} {vp}{noun}."
    return _cap(text), (_one(sc.s, sc.t.iso3, act.root, ASSERTED),), ()


# The speaker's label for the other side's conduct ({T} its name, {Tposs} its possessive).
_CALLED = (
    "what it called {Tposs} provocations", "what it called aggression by {T}",
    "what it described as {Tposs} illegal blockade", "what it termed an invasion by {T}",
    "what it called {Tposs} interference", "what it called repeated incursions by {T}",
    "what it called {Tdem} incursions", "what it labelled {Tdem} aggression",
)  # fmt: skip
# The speaker: a name or capital, its government or its foreign ministry (all "it").
_LABELLERS = ("{S}", "{S}", "{Sposs} government", "the {Sdem} foreign ministry")
_CONDEMNING = ("condemned", "denounced", "criticized", "protested against", "decried")


def su15_called_label(sc: Scene) -> Built:
    """ "S condemned what it called T's provocations", "denounced what it termed an invasion
    by T": S disapproves of T (11); the label is S's word, no asserted act of T's."""
    s, t = sc.s, sc.t
    sname = sc.name(s)
    who = sc.rng.choice(_LABELLERS).format(S=sname, Sposs=_poss(sname), Sdem=s.demonym)
    tname = sc.name(t)
    label = sc.rng.choice(_CALLED).format(T=tname, Tposs=_poss(tname), Tdem=t.demonym)
    verb = sc.rng.choice(_CONDEMNING)
    time = sc.rng.choice(("", " on Tuesday", " this week", " late on Sunday"))
    text = f"{who} {verb} {label}{time}."
    want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), frozenset({"possible", "reported"})),)
    return _cap(text), want, allowed


# A hypothetical act with no doer ({T} the state acted on) and what it would be or do.
_AGENTLESS = (
    "an attack on {T} would be an act of war", "any blockade of {Tposs} ports would be met with force",
    "an invasion of {T} would be a grave mistake", "sanctions on {T} would hurt everyone",
    "any strike on {Tposs} nuclear sites could ignite a regional war",
    "a seizure of {Tdem} tankers would be an act of piracy",
)  # fmt: skip
_SPEAKERS = ("{S} warned", "{S} said", "officials in {C} said", "{S} has said", "{Slead} said")


def su15_agentless_warning(sc: Scene) -> Built:
    """ "An attack on T would be an act of war, S warned", "S said that any blockade of T's
    ports would be met with force": no doer, no asserted act (at most S's warning)."""
    s, t = sc.s, sc.t
    clause = sc.rng.choice(_AGENTLESS).format(T=sc.name(t), Tposs=_poss(sc.name(t)),
                                              Tdem=t.demonym)  # fmt: skip
    who = sc.rng.choice(_SPEAKERS).format(S=sc.name(s), C=s.capital, Slead=sc.leader(s))
    fronted = sc.rng.random() < 0.5
    text = f"{_cap(clause)}, {who}." if fronted else f"{_cap(who)} that {clause}."
    allowed = NOTHING_ASSERTED + (Expect(s.iso3, "*", frozenset({"13", "11", "01"}), ANY),)
    return text, (), allowed


_QUALIFIERS = ("more than", "about", "up to", "nearly", "over", "around", "at least", "roughly")
_SHARES = (("imports", "import_share"), ("trade", "trade_share"), ("exports", "export_share"),
           ("debt", "debt_share"))  # fmt: skip
_PERCENTS = (20, 25, 30, 35, 40, 45, 55, 60, 65, 70)
_SHARE_PHRASINGS = (
    "{a} supplies {q} {n} percent of {bposs} {m}.", "{a} holds {q} {n} percent of {bposs} {m}.",
    "{aposs} share of {bposs} {m} is {q} {n} percent, officials said.",
    "{Q} {n} percent of {bposs} {m} come from {a}.",
    "{a}, which accounts for {q} {n} percent of {bposs} {m}, has said nothing.",
)  # fmt: skip
_COUNTS = (("troops", "troops"), ("drones", "drones"), ("tanks", "tanks"))
_NUMBERS = ((300, "300"), (1_200, "1,200"), (3_000, "3,000"), (40, "40"), (2_500, "2,500"))
_COUNT_PHRASINGS = (
    "{a} deployed a force of {q} {w} {c} to {b}.", "{a} has sent {b} {q} {w} {c}.",
    "{Q} {w} {d} {c} were sent to {b}.", "{a} sent {b} {q} {w} {c} this year.",
)  # fmt: skip
_ANY_EVENT = (Expect("*", "*", frozenset(), ANY),)


def su15_claim_qualifier(sc: Scene) -> Built:
    """The qualifier of a share or count, as written, kept in other phrasings than "accounts
    for" and "sent N to": "S supplies about 40 percent of T's imports", "about 40 percent of
    T's imports come from S", "S has sent T more than 300 drones", "More than 3,000 S troops
    were sent to T" (the qualifier keeps its capital)."""
    s, t = sc.s, sc.t
    q = sc.rng.choice(_QUALIFIERS)
    a, b = sc.name(s), sc.name(t)
    if sc.rng.random() < 0.55:
        m, measure = sc.rng.choice(_SHARES)
        n = sc.rng.choice(_PERCENTS)
        how = sc.rng.choice(_SHARE_PHRASINGS)
        text = how.format(a=a, aposs=_poss(a), bposs=_poss(b), q=q, Q=_cap(q), n=n, m=m)
        value = n / 100
    else:
        c, measure = sc.rng.choice(_COUNTS)
        num, w = sc.rng.choice(_NUMBERS)
        how = sc.rng.choice(_COUNT_PHRASINGS)
        text = how.format(a=a, b=b, q=q, Q=_cap(q), w=w, c=c, d=s.demonym)
        value = float(num)
    written = _cap(q) if how.startswith("{Q}") else q
    sc.claims = (ClaimWant(s.iso3, t.iso3, measure, value, written),)
    return _cap(text), (), _ANY_EVENT


SUITE15_OVER_ACTS = {"su15_date_in_noun": (su15_date_in_noun, lambda a: True)}
SUITE15_CONSTRUCTIONS = {
    "su15_called_label": su15_called_label,
    "su15_agentless_warning": su15_agentless_warning,
    "su15_claim_qualifier": su15_claim_qualifier,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before suite15 (1fcd7eb):
# su15_date_in_noun 24/0, su15_called_label 6 right / 4 false (no event, or the speaker's own
# "it" as the target), su15_agentless_warning 24/0, su15_claim_qualifier 24/0; after all 24/0.
FLOORS = {name: (24, 0) for name in (*SUITE15_OVER_ACTS, *SUITE15_CONSTRUCTIONS)}
