"""Counterparts the story or another clause names (issue 9, fresh7's classes X, J, RQ and A,
context14), crossed with states, capitals, leaders' offices and phrasings.

c14a: a refusal that names nothing refused, followed by a conjunct that asks a third state for
help, answers the request made to the refuser the sentence before (or in the same sentence).
c14b: a pledge of a shared act ("joint patrols", "border patrols", "the crossing") or a refusal
of an act, naming no other state, after a meeting, visit or talks the sentence before: the other
party of that act.
c14c: "criticised the refusal" after a refusal of a request ("B refused A's request", "A asked B
..., but CAPITAL said it would not"): A criticises B.
c14d: "the two governments" / "the two sides" inside a conditional or a hedged clause, with
envoys or missions as the object: the story's pair, both ways, the hedge kept.
c14e: "A asked B to freeze the accounts": A appeals to B; B's freeze is requested, not done (no
asserted or reported act by B); also told by A's ministry ("A's justice ministry" / "the
ministry of justice of A said it had asked"), where "it" is A, never B.
c14f: "A and B threatened to deploy warships near C": both threaten C; "A and B promised to
defend each other": each other.
c14g: "A asked B to extradite the suspect. B did so on Monday": B's extradition, asserted, at
A (negated for "B has not done so").
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


def _any(a: State, b: State | str) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset(), ANY)


# -- c14a -----------------------------------------------------------------------------------
_ASK_PAY = (
    "asked the {Tdem} government to pay in cash", "asked {T} to pay its debt in cash",
    "urged {T} to repay the loan this year", "asked {T} to settle the debt in dollars",
)  # fmt: skip
_REFUSED_BARE = ("has refused", "refused", "has declined", "declined")
_INSTEAD = (
    "has asked {Z} for help instead", "asked {Z} for a loan instead",
    "has asked {Z} for help", "appealed to {Z} for help instead",
)  # fmt: skip


def c14a_refused_then_asked(sc: Scene) -> Built:
    """ "Beijing has asked the Laotian government to pay in cash. Laos's prime minister has
    refused, officials say, and has asked Vietnam for help instead": T refuses S, not Z (nor
    no one); "refused, officials say" is asserted, "has refused, officials say" reported."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    ask = rng.choice(_ASK_PAY).format(T=sc.name(t, capital=0.3), Tdem=t.demonym)
    who = rng.choice((f"{_poss(t.name)} prime minister", f"{_poss(t.name)} government", t.name))
    said = rng.random() < 0.5
    middle = ", officials say," if said else ","
    instead = rng.choice(_INSTEAD).format(Z=z.name)
    head = f"{_cap(sc.name(s, capital=0.5))} {ask}{_time(sc)}. {_cap(who)} "
    refused = rng.choice(_REFUSED_BARE)
    text = f"{head}{refused}{middle} and {instead}."
    # (told by officials of no state: a refusal in the simple past is the refuser's own act,
    # asserted; "has refused" a deed told after the fact, reported - GUIDE rule 7, round 33)
    facts = REPORTED if said and refused.startswith("has") else ASSERTED
    # (the conjunct's own appeal to Z may be parsed under "officials say": allowed, any way)
    return text, (_e(s, t, "02"), _e(t, s, "12", facts)), (_e(t, z, "02", ANY),)


# -- c14b -----------------------------------------------------------------------------------
_MET = (
    "{Sposs} president met {Tposs} president in {Sc}",
    "{Sposs} prime minister held talks with {Tposs} prime minister in {Sc}",
    "{Sposs} president visited {T}", "{Sposs} foreign minister arrived in {Tc}",
)  # fmt: skip
_SHARED_PLEDGE = (
    "pledged to step up joint patrols on the border",
    "pledged to step up border patrols against smugglers",
    "promised to build a joint border post",
    "pledged to reopen the border crossing within a week",
)  # fmt: skip
_REFUSED_ACT = (
    "refused to reopen the border crossing", "declined to set up joint patrols",
    "refused to open a second border crossing", "declined to sign a joint statement",
)  # fmt: skip


def c14b_met_pledge(sc: Scene) -> Built:
    """ "Bolivia's president met Peru's president in La Paz. He pledged to step up joint patrols
    on the border" / "... refused to reopen the crossing": the pledge or refusal is made to T."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_MET).format(
        Sposs=_poss(s.name), Tposs=_poss(t.name), Sc=s.capital, T=t.name, Tc=t.capital
    )
    who = rng.choice(("He", f"{_poss(s.name)} government", s.name))
    if rng.random() < 0.65:
        act, root = rng.choice(_SHARED_PLEDGE), "03"
    else:
        act, root = rng.choice(_REFUSED_ACT), "12"
    text = f"{_cap(first)}{_time(sc)}. {who} {act}."
    return text, (_e(s, t, "04"), _e(s, t, root)), (_any(t, s),)


# -- c14c -----------------------------------------------------------------------------------
_REFUSED_REQUEST = (
    "{T} refused {Sposs} request to take in 40 refugees",
    "{T} rejected {Sposs} request for more troops",
    "{T} turned down {Sposs} request to extradite the suspect",
)  # fmt: skip
_ASKED_WOULD_NOT = (
    "{S} asked {T}{when} to take in 40 refugees, but {Tc} said it would not",
    "{S} asked {T}{when} to return the boats, but {Tc} said it would not",
)  # fmt: skip
_BETWEEN = (
    "",
    " Officials there said the camps were full.",
    " Its minister said the army was stretched.",
)
_CRITICISED = (
    "{Sposs} interior minister criticised the refusal", "{S} criticised the refusal",
    "{Sposs} foreign minister condemned the refusal", "{Sposs} president criticised the decision",
)  # fmt: skip


def c14c_criticised_refusal(sc: Scene) -> Built:
    """ "Uganda refused Kenya's request to take in refugees. Kenya's interior minister criticised
    the refusal": S criticises T (the refuser), never itself or no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    names = {"S": s.name, "Sposs": _poss(s.name), "T": t.name, "Tc": t.capital}
    want = [_e(t, s, "12"), _e(s, t, "11")]
    if rng.random() < 0.5:
        first = rng.choice(_REFUSED_REQUEST).format(**names) + _time(sc)
    else:
        first = rng.choice(_ASKED_WOULD_NOT).format(when=_time(sc), **names)
        want.append(_e(s, t, "02"))
    second = rng.choice(_CRITICISED).format(**names)
    text = f"{_cap(first)}.{rng.choice(_BETWEEN)} {_cap(second)}."
    return text, tuple(want), ()


# -- c14d -----------------------------------------------------------------------------------
_CLOSER = (
    "{S} and {T} have edged closer this year", "{S} and {T} resumed talks this year",
    "Relations between {S} and {T} have thawed",
)  # fmt: skip
_HEDGED_PAIR = (
    ("If the two governments exchange ambassadors next year, it would be the first time since "
     "1980", "05"),
    ("Should the two governments exchange ambassadors, trade could double", "05"),
    ("If the two sides reopen their embassies, flights could resume", "05"),
    ("If the two governments reopen embassies, it would end a long freeze", "05"),
    ("Should the two governments agree to exchange ambassadors, it would end a long freeze",
     "03"),
)  # fmt: skip


def c14d_two_hedged(sc: Scene) -> Built:
    """ "Egypt and Iran have edged closer this year. If the two governments exchange
    ambassadors next year, ...": S and T, both ways, possible (never "the ambassadors")."""
    rng, s, t = sc.rng, sc.s, sc.t
    first = rng.choice(_CLOSER).format(S=s.name, T=t.name)
    hedged, root = rng.choice(_HEDGED_PAIR)
    text = f"{_cap(first)}. {hedged}."
    want = (_e(s, t, root, POSSIBLE), _e(t, s, root, POSSIBLE))
    return text, want, (_any(s, t), _any(t, s))


# -- c14e -----------------------------------------------------------------------------------
_ASK_FREEZE = (
    "asked {T} to freeze the accounts of a former minister",
    "asked {T} to freeze bank accounts linked to the former president",
    "has asked {T} to freeze the former minister's accounts",
    "urged {T} to freeze the accounts of two businessmen",
)  # fmt: skip
_MINISTRY = ("justice ministry", "foreign ministry", "finance ministry", "interior ministry")


def c14e_requested_freeze(sc: Scene) -> Built:
    """ "Peru asked Switzerland to freeze the accounts", "Peru's justice ministry said it had
    asked Switzerland to freeze the accounts": S appeals to T (reported when S's ministry says
    so: "it" is S); T's freeze is no act done (at most a possible one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    ask = rng.choice(_ASK_FREEZE).format(T=sc.name(t, capital=0.0))
    if rng.random() < 0.5:
        text = f"{_cap(sc.name(s, capital=0.4))} {ask}{_time(sc)}."
        want = (_e(s, t, "02"),)
    else:
        said = ask.replace("has asked", "asked").replace("asked", "had asked", 1)
        said = said.replace("urged", "had urged")
        ministry = rng.choice(_MINISTRY)
        if rng.random() < 0.4:  # "the ministry of justice of S", "the foreign ministry of S"
            office = ministry.split()[0]
            ministry = f"the {ministry} of {s.name}"
            if office in ("justice", "finance"):
                ministry = f"the ministry of {office} of {s.name}"
        else:
            ministry = f"{_poss(s.name)} {ministry}"
        text = f"{ministry} said it {said}{_time(sc)}."
        want = (_e(s, t, "02", REPORTED),)
    allowed = (Expect(t.iso3, "*", frozenset(), POSSIBLE),)
    return _cap(text), want, allowed


# -- c14f -----------------------------------------------------------------------------------
_JOINT_THREAT = (
    "threatened to deploy warships near {Z}", "threatened to deploy warships off {Zposs} coast",
    "threatened to send troops to the border with {Z}",
    "threatened to deploy troops along the border with {Z}",
)  # fmt: skip
_EACH_OTHER = (
    "promised to defend each other", "pledged to help each other",
    "pledged to protect each other",
)  # fmt: skip


def c14f_joint_threat(sc: Scene) -> Built:
    """ "Greece and Cyprus threatened to deploy warships near Turkey": S and T threaten Z, not
    each other; "... promised to defend each other": S and T, both ways."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    doers = f"{sc.name(s, capital=0.0)} and {sc.name(t, capital=0.0)}"
    if rng.random() < 0.7:
        act = rng.choice(_JOINT_THREAT).format(Z=z.name, Zposs=_poss(z.name))
        return _cap(f"{doers} {act}{_time(sc)}."), (_e(s, z, "13"), _e(t, z, "13")), ()
    act = rng.choice(_EACH_OTHER)
    return _cap(f"{doers} {act}{_time(sc)}."), (_e(s, t, "03"), _e(t, s, "03")), ()


# -- c14g -----------------------------------------------------------------------------------
_ASK_ACT = (
    ("asked {T} to extradite the suspect", "06"), ("urged {T} to hand over the suspect", "06"),
    ("asked {T} to release the fishermen", "08"), ("asked {T} to reopen the border", "08"),
    ("called on {T} to withdraw its troops from the island", "08"),
)  # fmt: skip
_DID_SO = (
    ("{T} did so on Monday", ASSERTED), ("{Tc} did so the same day", ASSERTED),
    ("{Tposs} government did so within a week", ASSERTED),
    ("{T} has not done so", frozenset({"negated"})),
)  # fmt: skip


def c14g_did_so(sc: Scene) -> Built:
    """ "Argentina asked Chile to extradite the suspect. Chile did so on Monday": S appeals to
    T, and T does the act asked for, at S (negated for "has not done so")."""
    rng, s, t = sc.rng, sc.s, sc.t
    ask, root = rng.choice(_ASK_ACT)
    did, facts = rng.choice(_DID_SO)
    first = f"{sc.name(s, capital=0.3)} {ask.format(T=t.name)}{_time(sc)}"
    second = did.format(T=t.name, Tc=t.capital, Tposs=_poss(t.name))
    text = f"{_cap(first)}. {_cap(second)}."
    return text, (_e(s, t, "02"), _e(t, s, root, facts)), ()


CONTEXT14_CONSTRUCTIONS = {
    "c14a_refused_then_asked": c14a_refused_then_asked,
    "c14b_met_pledge": c14b_met_pledge,
    "c14c_criticised_refusal": c14c_criticised_refusal,
    "c14d_two_hedged": c14d_two_hedged,
    "c14e_requested_freeze": c14e_requested_freeze,
    "c14f_joint_threat": c14f_joint_threat,
    "c14g_did_so": c14g_did_so,
}
FLOORS = {name: (23, 0) for name in CONTEXT14_CONSTRUCTIONS}
# Main before context14 (1fcd7eb; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c14a 0/14 (the refusal aimed at the conjunct's third state, or at no one),
# c14b 0/5 (the pledge or refusal with no target, or the doer's own state), c14c 24/0 (kept as
# a guard), c14d 4/0 (the envoys or missions as target, "---"), c14e 19/0 (the ministry's
# "it" read as the asked state), c14f 15/18 (each joint doer's warships placed in the other
# doer's state), c14g 0/0 (no act for "did so"). After: 24/0 each.
