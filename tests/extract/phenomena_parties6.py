"""Issue 9, phenomenon 1 (the wrong party fills a slot), as templates with the suite's states:
a state named only for comparison ("Unlike Z, ...") is no party and holds no claim (p6_contrast);
the act a rejected request asks for is the rejecting side's, aimed at whom its object names
(p6_rejected_request); a "by X" agent the parser hangs on another noun is the doer of the act
it belongs to (p6_by_agent); an agentless attack names no attacker, or the one named in its
clause (p6_agentless); an enacted order, decree or package does the act its gerund names
(p6_enacted); a host or mediator acts toward the parties of what it hosts (p6_host_role); an
elided clause ("and so did Z") repeats the act for its own subject (p6_ellipsis); "met
visiting T's minister" meets the visitor (p6_visiting).

Every case crosses the construction with states drawn as in the suite (names, capitals,
leaders, demonyms) and several phrasings; the expected events follow the README's conventions.
"""

from __future__ import annotations

from phenomena_claims import ClaimWant
from phenomena_tables import ACTS, State
from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _one,
    _poss,
    _time,
    conjugate,
)

_ANY_EVENT = (Expect("*", "*", frozenset(), ANY),)
_MEASURES = (("trade", "trade_share"), ("imports", "import_share"), ("exports", "export_share"),
             ("debt", "debt_share"))  # fmt: skip


def _compared(sc: Scene) -> str:
    """How the compared state is named: its name, or its people's government."""
    z = sc.z
    return sc.rng.choice(
        (z.name, z.name, f"the {z.demonym} government", f"{_poss(z.name)} leaders")
    )


def p6_contrast(sc: Scene) -> Built:
    """ "Unlike Z, S imposed sanctions on T", "S, like Z, ...", "As with Z, S accounts for 40
    percent of T's imports": the compared state is neither a party nor a claim's holder."""
    rng, s, t = sc.rng, sc.s, sc.t
    z = _compared(sc)
    if rng.random() < 0.4:
        m, measure = rng.choice(_MEASURES)
        n = rng.choice((20, 35, 40, 55, 60, 70, 85))
        a, b = sc.name(s), sc.name(t)
        text = rng.choice(
            (
                f"Unlike {z}, {a} accounts for {n} percent of {_poss(b)} {m}.",
                f"{a}, unlike {z}, accounts for {n} percent of {_poss(b)} {m}.",
                f"Like {z}, {a} accounts for {n} percent of {_poss(b)} {m}.",
                f"As with {z}, {a} holds {n} percent of {_poss(b)} {m}.",
                f"In contrast to {z}, {a} accounts for {n} percent of {_poss(b)} {m}.",
            )
        )
        sc.claims = (ClaimWant(s.iso3, t.iso3, measure, n / 100),)
        return _cap(text), (), _ANY_EVENT
    act = rng.choice([a for a in ACTS if a.domain != "civ"])
    phrase = rng.choice([p for p in act.base if " its " not in f" {p} "] or list(act.base))
    vp = sc.fill(conjugate(phrase, "past"))
    src = sc.name(s)
    text = rng.choice(
        (
            f"Unlike {z}, {src} {vp}{_time(sc)}.",
            f"{src}, unlike {z}, {vp}{_time(sc)}.",
            f"Like {z}, {src} {vp}{_time(sc)}.",
            f"As with {z}, {src} {vp}{_time(sc)}.",
            f"{src} {vp}{_time(sc)}, unlike {z}.",
            f"Much like {z}, {src} {vp}{_time(sc)}.",
        )
    )
    allowed = ()
    if act.also:
        allowed += (Expect(s.iso3, t.iso3, act.also, ANY),)
    if act.answer:
        allowed += (Expect(t.iso3, s.iso3, frozenset({act.answer}), ASSERTED),)
    return _cap(text), (_one(s, t.iso3, act.root, ASSERTED),), allowed


_CAPTIVES = ("soldiers", "sailors", "fishermen", "prisoners of war", "pilots", "border guards")
_HELD = ("captured", "detained", "seized", "imprisoned")


def p6_rejected_request(sc: Scene) -> Built:
    """ "S rejected calls to return captured T soldiers": a refusal (12) by S aimed at T, the
    captives' state; never at S's own state, whoever names S (its leader, "S's leader")."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((s.name, s.capital, sc.leader(s), f"{_poss(s.name)} leader",
                      f"the {s.demonym} government"))  # fmt: skip
    how = rng.choice(("rejected calls to", "rejected demands to", "ignored calls to",
                      "rejected appeals to", "dismissed demands to"))  # fmt: skip
    verb = rng.choice(("return", "release", "free", "hand back"))
    held = rng.choice(_HELD)
    captives = rng.choice(_CAPTIVES)
    whose = rng.choice((f"{held} {t.demonym} {captives}", f"{_poss(sc.name(t))} {held} {captives}"))
    text = f"{who} {how} {verb} {whose}{_time(sc)}."
    return _cap(text), (_one(s, t.iso3, "12", ASSERTED),), ()


def p6_by_agent(sc: Scene) -> Built:
    """ "The sanctions on T announced by S took effect", "Z condemned the deal with T signed by
    S": a "by" agent the parser hangs on the object of the noun's preposition (or on the
    reacting verb) is the doer of the event noun or participle it belongs to."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    a, b = sc.name(s), sc.name(t)
    pred = rng.choice(("took effect on Tuesday", "drew criticism", "surprised diplomats"))
    r = rng.randrange(7)
    if r == 0:
        verb = rng.choice(("announced", "imposed", "ordered", "unveiled"))
        noun = rng.choice(("sanctions", "tariffs", "an embargo", "a ban"))
        whom = rng.choice((b, f"{t.demonym} steel", f"{_poss(b)} oil sector", f"{t.demonym} banks"))
        text = f"{noun} on {whom} {verb} by {a} {pred}."
        return _cap(text), (Expect(s.iso3, t.iso3, frozenset({"16", "17"}), ASSERTED),), ()
    if r == 1:
        force = rng.choice(("air force", "navy", "army", "armed forces"))
        what = rng.choice((b, f"a {t.demonym} base", f"{t.demonym} positions"))
        text = f"The strike on {what} carried out by {_poss(s.name)} {force} {pred}."
        return text, (_one(s, t.iso3, "19", ASSERTED),), ()
    if r == 2:
        deal = rng.choice(("deal", "agreement", "accord", "pact"))
        when = rng.choice(("", " on Tuesday", " last year"))
        text = f"The {deal} with {b} signed by {a}{when} covers rare earths."
        back = (Expect(t.iso3, s.iso3, frozenset({"05"}), ASSERTED),)
        return text, (_one(s, t.iso3, "05", ASSERTED),), back
    if r == 3:
        what, root = rng.choice(
            (("the aid to", "07"), ("the loan to", "07"), ("the visit to", "04"))
        )
        verb = {"07": rng.choice(("extended", "provided", "delivered")), "04": "made"}[root]
        whom = sc.leader(s) if root == "04" else a
        place = t.capital if root == "04" else b
        text = f"{what} {place} {verb} by {whom} {pred}."
        return (
            _cap(text),
            (_one(s, t.iso3, root, ASSERTED),),
            (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),),
        )
    if r == 4:
        noun = rng.choice(("sanctions on", "tariffs on", "the deal with", "the strike on"))
        verb = {"sanctions on": "announced", "tariffs on": "imposed", "the deal with": "signed",
                "the strike on": "carried out"}[noun]  # fmt: skip
        react = rng.choice(("condemned", "criticised", "denounced"))
        text = f"{sc.name(z)} {react} {noun} {b} {verb} by {a}{_time(sc)}."
        roots = {
            "sanctions on": "16",
            "tariffs on": "16",
            "the deal with": "05",
            "the strike on": "19",
        }
        inner = Expect(s.iso3, t.iso3, frozenset({roots[noun]}), ANY)
        return _cap(text), (Expect(z.iso3, s.iso3, frozenset({"11"}), ASSERTED),), (inner,)
    if r == 5:
        text = f"The raid on the {t.demonym} village conducted by {s.demonym} forces {pred}."
        return text, (_one(s, t.iso3, "19", ASSERTED),), ()
    text = f"The seizure of the {t.demonym} tanker by {s.demonym} marines {pred}."
    return text, (_one(s, t.iso3, "17", ASSERTED),), ()


_VICTIMS = ("soldiers", "troops", "paratroopers", "marines")


def p6_agentless(sc: Scene) -> Built:
    """ "Five soldiers were killed in northern T", "a T convoy was ambushed near the Z border":
    violence with no doer named names no attacker (never the place, never the victims' own
    state); "... by militants from S" names it."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    n = rng.choice(("Five", "Three", "Two", "Seven", "Eleven"))
    harm = rng.choice(("killed", "wounded", "killed", "injured"))
    victims = rng.choice(_VICTIMS)
    r = rng.randrange(4)
    if r == 0:
        where = rng.choice((f"northern {t.name}", f"eastern {t.name}", t.name))
        text = f"{n} {victims} were {harm} in {where}{_time(sc)}."
        return text, (Expect("---", t.iso3, frozenset({"18", "19"}), ASSERTED),), ()
    if r == 1:
        what = rng.choice((f"A {t.demonym} convoy was ambushed", f"{n} {t.demonym} {victims} were {harm}",
                           f"A {t.demonym} patrol came under attack"))  # fmt: skip
        border = rng.choice((f"near the {z.demonym} border", f"on the border with {z.name}"))
        text = f"{what} {border}{_time(sc)}."
        return _cap(text), (Expect("---", t.iso3, frozenset({"18", "19"}), ASSERTED),), ()
    if r == 2:
        doers = rng.choice(("militants", "gunmen", "rebels", "fighters"))
        where = rng.choice((f"northern {t.name}", t.capital))
        text = (
            f"{n} {t.demonym} {victims} were {harm} in {where} by {doers} from {s.name}{_time(sc)}."
        )
        return text, (Expect(s.iso3, t.iso3, frozenset({"18", "19"}), ASSERTED),), ()
    text = f"{n} {victims} were {harm} in an attack in northern {t.name}{_time(sc)}."
    return text, (Expect("---", t.iso3, frozenset({"18", "19"}), ASSERTED),), ()


_INSTRUMENTS = ("an order", "an executive order", "a decree", "a directive", "a law", "a bill")
_ENACT = ("signed", "issued", "approved", "passed", "signed", "adopted")


def p6_enacted(sc: Scene) -> Built:
    """ "S signed an order imposing tariffs on T steel", "S approved a package sanctioning T":
    the act an enacted instrument does is its enactor's, aimed at whom the act names; enacting
    it is no other act (no aid from "approved a package")."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), sc.leader(s), f"the {s.demonym} government"))
    inst = rng.choice(_INSTRUMENTS)
    act = rng.choice((f"imposing tariffs on {t.demonym} steel", f"imposing sanctions on {sc.name(t)}",
                      f"banning {t.demonym} seafood imports", f"sanctioning {sc.name(t)}",
                      f"imposing new sanctions on {_poss(sc.name(t))} banks"))  # fmt: skip
    roots = frozenset({"16", "17"})
    r = rng.random()
    if r < 0.6:
        text = f"{who} {rng.choice(_ENACT)} {inst} {act}{_time(sc)}."
    elif r < 0.8:
        text = f"{who} approved a {rng.choice(('package', 'new package of measures'))} {act}{_time(sc)}."
    else:
        text = f"{inst} {act} was signed by {who}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, t.iso3, roots, ASSERTED),), ()


def p6_host_role(sc: Scene, others: list[State]) -> Built:
    """ "A and B held talks, with Z acting as mediator", "the talks between A and B were hosted
    by Z": the mediator (045) or host (043) acts toward both parties, and is no partner of
    their talks; the visit to the host (042) is an acceptable answer."""
    rng, a, b, z = sc.rng, sc.s, sc.t, sc.z
    x, y, h = sc.name(a), sc.name(b), sc.name(z, 0.0)
    role = rng.choice(("mediator", "host"))
    talks = (_one(a, b.iso3, "04", ASSERTED), _one(b, a.iso3, "04", ASSERTED))
    roles = (_one(z, a.iso3, "04", ASSERTED), _one(z, b.iso3, "04", ASSERTED))
    visits = (Expect(a.iso3, z.iso3, frozenset({"04"}), ASSERTED),
              Expect(b.iso3, z.iso3, frozenset({"04"}), ASSERTED))  # fmt: skip
    r = rng.randrange(4)
    if r == 0:
        clause = rng.choice(("held talks", "met", "resumed negotiations", "held talks on Tuesday"))
        how = rng.choice(("acting", "serving"))
        text = f"{x} and {y} {clause}, with {h} {how} as {role}."
        return _cap(text), talks + roles, visits
    if r == 1:
        text = f"The talks between {a.name} and {b.name} were hosted by {h}{_time(sc)}."
        return text, roles, talks + visits
    if r == 2:
        how = rng.choice(("acted", "served"))
        prep = "for" if role == "host" else "in"
        text = f"{h} {how} as {role} {prep} talks between {a.name} and {b.name}{_time(sc)}."
        return _cap(text), roles, talks + visits
    text = f"{x} and {y} signed a border pact, with {h} acting as {role}."
    pact = (_one(a, b.iso3, "05", ASSERTED), _one(b, a.iso3, "05", ASSERTED))
    return _cap(text), pact + roles, visits


def p6_ellipsis(sc: Scene) -> Built:
    """ "S recognised T, and so did Z", "..., as did Z", "Z did the same", "Z followed suit":
    the elided clause repeats the act, with the same target, for its own subject."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act = rng.choice([a for a in ACTS if a.domain != "civ"])
    phrase = rng.choice([p for p in act.base if " its " not in f" {p} "] or list(act.base))
    vp = sc.fill(conjugate(phrase, "past"))
    a, b = sc.name(s), sc.name(z)
    text = rng.choice(
        (
            f"{a} {vp}{_time(sc)}, and so did {b}.",
            f"{a} {vp}{_time(sc)}, as did {b}.",
            f"{a} {vp}{_time(sc)}, and {b} did the same.",
            f"{a} {vp}{_time(sc)}; {b} followed suit.",
            f"{a} {vp}, and {b} did likewise.",
        )
    )
    expected = (_one(s, t.iso3, act.root, ASSERTED), _one(z, t.iso3, act.root, ASSERTED))
    allowed: tuple[Expect, ...] = ()
    for x in (s, z):
        if act.also:
            allowed += (Expect(x.iso3, t.iso3, act.also, ANY),)
        if act.answer:
            allowed += (Expect(t.iso3, x.iso3, frozenset({act.answer}), ASSERTED),)
    return _cap(text), expected, allowed


def p6_visiting(sc: Scene) -> Built:
    """ "S met visiting T Foreign Minister X", "S received / hosted visiting T President X": the
    visitor is the object of the meeting or hosting (S -> T, 04), and its visit the answer."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), sc.leader(s), f"{_poss(s.name)} president"))
    verb = rng.choice(("met", "received", "hosted", "met with", "held talks with"))
    role = rng.choice(("Foreign Minister", "Defence Minister", "Prime Minister", "President",
                       "Trade Minister"))  # fmt: skip
    named = sc.leader(t) if role == "President" and t.leader(sc.date) else ""
    visitor = f"visiting {t.demonym} {role}" + (f" {named}" if named else "")
    text = f"{who} {verb} {visitor}{_time(sc)}."
    back = (Expect(t.iso3, s.iso3, frozenset({"04"}), ASSERTED),)
    return _cap(text), (_one(s, t.iso3, "04", ASSERTED),), back


ONE_SCENE = {
    "p6_contrast": p6_contrast,
    "p6_rejected_request": p6_rejected_request,
    "p6_by_agent": p6_by_agent,
    "p6_agentless": p6_agentless,
    "p6_enacted": p6_enacted,
    "p6_ellipsis": p6_ellipsis,
    "p6_visiting": p6_visiting,
}
WITH_OTHERS = {"p6_host_role": p6_host_role}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena: what
# the extractor reaches now. Main before this round (587b883) on the same sample: contrast 19
# (4 false), rejected request 14 (6), by agent 18 (1), agentless 4 (20), enacted 0 (2), host
# role 0 (10), ellipsis 0 (every elided doer missed).
FLOORS = {
    "p6_contrast": (24, 0),
    "p6_rejected_request": (23, 0),
    "p6_by_agent": (24, 0),
    "p6_agentless": (24, 0),
    "p6_enacted": (23, 0),
    "p6_host_role": (24, 0),
    "p6_ellipsis": (24, 0),
    "p6_visiting": (24, 0),
}
