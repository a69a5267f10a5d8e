"""fresh7's open lexicon, refusal and factuality classes (issue 9, round 14, lex16:
fresh7_classes.md L, RF, EN, RQ, DN, PL) as suite constructions. Each phrasing is the
project's own, written from the phenomenon, the GUIDE and the CAMEO codebook, crossed with the
suite's states named by name, capital, leader or demonym, in several tenses.

- ``l16_struck_off_register``: "struck 20 X-owned tankers off its register", "deregistered /
  delisted X-flagged ships": an administrative sanction (17, CAMEO 172) on the owners' or the
  flag's state, never an attack (19);
- ``l16_final_answer``: "Y asked X to V, but X said the decision was final", "... The answer was
  no": a refusal (12) aimed at who asked; "X said the decision was final" with nothing asked
  refuses nothing (GUIDE rule 5);
- ``l16_rejected_accusation``: "X rejected / rebuffed / brushed aside / repudiated Y's
  accusation that ...": a denial (01, CAMEO 016, GUIDE rule 2) aimed at the accuser, whatever
  the verb (a claim to land is left as it is: "claim ... to" is no phrase a row can tell);
- ``l16_elided_negation``: "X expelled Y's envoys; Z did not": X's act stays asserted, Z's
  (its verb elided) is negated or nothing; "X will impose sanctions on Y; Z will not" is no
  refusal by Z (nothing was asked);
- ``l16_not_ruled_out``: "X did not rule out / refused to rule out / did not exclude V-ing":
  V is possible, neither negated nor dropped;
- ``l16_invited_visit``: "X invited Y's president to visit X's capital / to X", "extended an
  invitation to ...": an intent to meet (03, CAMEO 036) aimed at the invitee, never at the
  inviter's own state or capital; the visit itself at most possible;
- ``l16_is_to_future``: "X is to phase out its aid to Y", "is to visit Y next week": a
  scheduled act is possible (GUIDE rule 4), never asserted.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import speaker
from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_NOTHING: tuple[Expect, ...] = ()
_NOT_ASSERTED = frozenset({"possible", "reported", "negated"})
_POSSIBLE = frozenset({"possible"})


def _tense(sc: Scene, past: str, perfect: str) -> str:
    return sc.rng.choice((past + _time(sc), perfect))


# (past, perfect) of a deregistration; {D} the owners' or flag's demonym
_REGISTER = (
    ("struck 20 {D}-owned tankers off its register", "has struck 20 {D}-owned tankers off its register"),
    ("struck 12 {D}-flagged vessels off its registry", "has struck 12 {D}-flagged vessels off its registry"),
    ("deregistered five {D}-owned ships", "has deregistered five {D}-owned ships"),
    ("delisted three {D}-owned tankers", "has delisted three {D}-owned tankers"),
    ("removed 14 {D}-owned tankers from its shipping register",
     "has removed 14 {D}-owned tankers from its shipping register"),
)  # fmt: skip


def l16_struck_off_register(sc: Scene) -> Built:
    """ "Panama has struck 20 Greek-owned tankers off its register": an administrative sanction
    (CAMEO 172) on the owners' state, never an attack."""
    who = sc.name(sc.s)
    past, perfect = sc.rng.choice(_REGISTER)
    vp = _tense(sc, past, perfect).replace("{D}", sc.t.demonym)
    sanction = Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED)
    return _cap(f"{who} {vp}."), (sanction,), ()


_ASKS = (
    "{T} asked {S} to reopen the border",
    "{T} asked {S} on Tuesday to take in 40 refugees",
    "{T} urged {S} to reconsider",
    "{T} appealed to {S} to lift the ban",
    "{T} had asked {S} to extradite the suspect",
)
_REPLIES = (
    ", but {S} said the decision was final",
    ", but {Sdem} officials said the decision was final",
    ". {S} said the answer was no",
    ". The answer was no",
    ". {S} replied that its decision was irreversible",
    ". {Sposs} foreign ministry said the decision was final",
)
_UNASKED = (
    "{S} said the decision was final",
    "{S} said its decision on the port fees was final",
    "A court in {Scap} said the decision was final",
)


def l16_final_answer(sc: Scene) -> Built:
    """ "Kenya asked Uganda to return the cattle, but Kampala said the decision was final": a
    refusal (12x) aimed at who asked; with nothing asked, no event."""
    who, _ = speaker(sc)
    fill = {"S": who, "Sdem": sc.s.demonym, "Sposs": _poss(sc.name(sc.s, capital=0.0)),
            "T": sc.name(sc.t), "Scap": sc.s.capital}  # fmt: skip
    if sc.rng.random() < 0.7:
        text = sc.rng.choice(_ASKS) + sc.rng.choice(_REPLIES)
        refusal = Expect(sc.s.iso3, sc.t.iso3, frozenset({"12"}), ASSERTED)
        appeal = Expect(sc.t.iso3, sc.s.iso3, frozenset({"02"}), ASSERTED)
        asked = Expect(sc.s.iso3, "*", frozenset(), _NOT_ASSERTED)  # the act asked for
        return _cap(text.format(**fill) + "."), (refusal, appeal), (asked,)
    text = sc.rng.choice(_UNASKED).format(**fill)
    return _cap(text + _time(sc) + "."), _NOTHING, ()


# (verb phrase before the accusation, after it); {A} the accuser's possessive
_REJECTING = (
    ("rejected {A} accusation that its troops had crossed the border", ""),
    ("rebuffed {A} accusation that its troops had crossed the border", ""),
    ("brushed aside {A} allegations that its guards had fired first", ""),
    ("repudiated {A} claim that its troops had crossed the border", ""),
    ("dismissed {A} allegations as baseless", ""),
    ("rejected as unfounded {A} accusation that its guards had fired first", ""),
    ("rejected {A} assertion that its troops had crossed the border", ""),
)


def l16_rejected_accusation(sc: Scene) -> Built:
    """ "Georgia rebuffed Armenia's accusation that its guards had crossed the border": a denial
    (016) aimed at the accuser whatever the verb."""
    who, _ = speaker(sc)
    accuser = _poss(sc.name(sc.t, capital=0.0))
    inner = Expect(sc.s.iso3, "*", frozenset(), _NOT_ASSERTED)  # the denied act, never stated
    vp, _ = sc.rng.choice(_REJECTING)
    denial = Expect(sc.s.iso3, sc.t.iso3, frozenset({"01"}), ASSERTED)
    return _cap(f"{who} {vp.format(A=accuser)}{_time(sc)}."), (denial,), (inner,)


# (act, root, the elided answer): Z's verb is elided after "did not" / "has not"
_DONE = (
    ("expelled two {Tdem} diplomats", "16|17", "did not"),
    ("imposed sanctions on {T}", "16", "did not"),
    ("has recalled its ambassador from {T}", "16", "has not"),
    ("condemned {Tposs} missile test", "11", "did not"),
    ("has suspended flights to {T}", "16|17|19", "has not"),
)
_JOINS = ("; {Z} {neg}", ", but {Z} {neg}", ", while {Z} {neg}")


def l16_elided_negation(sc: Scene) -> Built:
    """ "Hungary expelled the envoys; Poland did not": the first act stays asserted; the second
    state's elided act is negated or nothing."""
    who = sc.name(sc.s)
    act, roots, neg = sc.rng.choice(_DONE)
    tname = sc.name(sc.t)
    vp = act.format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    join = sc.rng.choice(_JOINS).format(Z=sc.name(sc.z), neg=neg)
    not_done = Expect(sc.z.iso3, "*", frozenset(), frozenset({"negated"}))
    if sc.rng.random() < 0.3:  # "X will impose sanctions on Y; Z will not": no one refuses
        vp, _ = sc.rng.choice(_FUTURE_DONE)
        neg = sc.rng.choice(("will not", "would not"))
        join = sc.rng.choice(_JOINS).format(Z=sc.name(sc.z), neg=neg)
        future = vp.format(T=tname, Tdem=sc.t.demonym, aux=neg.split()[0])
        planned = Expect(sc.s.iso3, sc.t.iso3, frozenset({"13", "16", "17"}), _POSSIBLE)
        return _cap(f"{who} {future}{join}."), (planned,), (not_done,)
    done = Expect(sc.s.iso3, sc.t.iso3, frozenset(roots.split("|")), ASSERTED)
    return _cap(f"{who} {vp}{join}."), (done,), (not_done,)


_FUTURE_DONE = (
    ("{aux} impose sanctions on {T}", "16"),
    ("{aux} expel two {Tdem} diplomats", "16|17"),
)


# (hedge, act, root)
_HEDGES = (
    "did not rule out",
    "has not ruled out",
    "did not exclude",
    "has not excluded",
    "refused to rule out",
    "declined to rule out",
)
_OPEN_ACTS = (
    ("imposing sanctions on {T}", "16"),
    ("expelling {Tposs} ambassador", "16|17"),
    ("cutting its aid to {T}", "16"),
    ("sanctions on {T}", "16"),
    ("recalling its ambassador from {T}", "16"),
)


def l16_not_ruled_out(sc: Scene) -> Built:
    """ "Japan did not rule out imposing sanctions on Russia": the act is possible, neither
    negated nor dropped."""
    who, _ = speaker(sc)
    act, roots = sc.rng.choice(_OPEN_ACTS)
    tname = sc.name(sc.t)
    text = f"{who} {sc.rng.choice(_HEDGES)} {act.format(T=tname, Tposs=_poss(tname))}"
    hedged = Expect(sc.s.iso3, sc.t.iso3, frozenset(roots.split("|")), _POSSIBLE)
    return _cap(text + _time(sc) + "."), (hedged,), ()


_INVITES = (
    "{Sposs} president invited {Tposs} president to visit {Scap}",
    "{S} invited {Tposs} foreign minister to come to {Scap} for talks",
    "{S} has invited {Tposs} prime minister to {Sname}",
    "{S} extended an invitation to {Tposs} president to visit {Scap}",
    "{Sposs} president invited {Tposs} leader to visit {Sname}",
    "{Tposs} president was invited by {Sposs} president to visit {Scap}",
    "{Tposs} foreign minister was invited by {S} to come to {Scap}",
)
_UNPLACED_GUESTS = (
    "{Sposs} president invited the pope to visit {Scap}",
    "{Sposs} president invited the pope to visit {Sname}",
    "{S} has invited the pope to {Sname}",
    "{Sposs} prime minister invited the Dalai Lama to {Sname}",
    "{Sposs} prime minister invited the Dalai Lama to visit {Scap}",
    "The pope was invited by {Sposs} president to visit {Sname}",
)


def l16_invited_visit(sc: Scene) -> Built:
    """ "Togo's president invited Ghana's president to visit Lome": an intent to meet (036)
    aimed at the invitee, never at the inviter's own state or capital; the visit at most
    possible."""
    sname = sc.name(sc.s, capital=0.0)
    fill = {"S": sname, "Sposs": _poss(sname), "Sname": sc.s.name, "Scap": sc.s.capital,
            "Tposs": _poss(sc.name(sc.t, capital=0.0))}  # fmt: skip
    visit = Expect(sc.t.iso3, sc.s.iso3, frozenset({"04"}), _POSSIBLE)
    if sc.rng.random() < 0.4:
        text = sc.rng.choice(_UNPLACED_GUESTS).format(**fill)
        invite = Expect(sc.s.iso3, "", frozenset({"03"}), ASSERTED)
        return _cap(text + _time(sc) + "."), (invite,), ()
    text = sc.rng.choice(_INVITES).format(**fill)
    invite = Expect(sc.s.iso3, sc.t.iso3, frozenset({"03"}), ASSERTED)
    return _cap(text + _time(sc) + "."), (invite,), (visit,)


# (act after "is to", roots): a planned act, stated as a schedule
_SCHEDULED = (
    ("phase out its aid to {T}", "16"),
    ("end its development aid to {T}", "16"),
    ("visit {T} next week", "04"),
    ("expel two {Tdem} diplomats", "16|17"),
    ("impose new sanctions on {T}", "16"),
)


def l16_is_to_future(sc: Scene) -> Built:
    """ "Norway is to phase out its aid to Malawi", "Japan is to visit China next week": an act
    announced as scheduled is possible (GUIDE rule 4), never asserted."""
    who = sc.name(sc.s)
    act, roots = sc.rng.choice(_SCHEDULED)
    tname = sc.name(sc.t)
    aux = sc.rng.choice(("is to", "is due to", "was to"))
    text = f"{who} {aux} {act.format(T=tname, Tdem=sc.t.demonym)}"
    # the act itself or (the project's reading of a stated future act) an intent or threat
    readings = frozenset(roots.split("|")) | {"03", "13"}
    return _cap(text + "."), (Expect(sc.s.iso3, sc.t.iso3, readings, _POSSIBLE),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l16_struck_off_register": l16_struck_off_register,
    "l16_final_answer": l16_final_answer,
    "l16_rejected_accusation": l16_rejected_accusation,
    "l16_elided_negation": l16_elided_negation,
    "l16_not_ruled_out": l16_not_ruled_out,
    "l16_invited_visit": l16_invited_visit,
    "l16_is_to_future": l16_is_to_future,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex16 (1fcd7eb) the same 24 scored (right, false assertions):
# l16_struck_off_register 0/11 (an attack, 190); l16_final_answer 9/0 (no refusal read);
# l16_rejected_accusation 6/16 (rebuffed / brushed aside / "rejected as baseless" / an
# assertion read as a refusal, 12; "repudiated" no event); l16_elided_negation 15/2 (the first
# clause negated; a refusal read in "Z will not"); l16_not_ruled_out 9/0 ("did not exclude"
# negated, "refused to rule out" dropped); l16_invited_visit 16/7 (the inviter's own state as
# target, or no event; the inviter as the visitor of a passive invitation); l16_is_to_future
# 6/18 ("is to V" asserted). After, all 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
