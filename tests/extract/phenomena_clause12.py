"""Clause classes of round 12 (issue 9, task clause12; classes DN, BY, R and H of
``bench/gold/reviews/fresh5_classes.md``, and the suite's seed-1/seed-2 false assertions),
crossed with states, namings (name, capital, leader, demonym with a sector) and phrasings.

DN: "X denied that its troops fired on Y" is X -> Y (or the accuser) 016, asserted, beside the
negated firing; "rejected / dismissed the accusation" is 016 aimed at the accuser. BY: "X
responded / retaliated by V-ing Y" is the gerund's act, X its doer. R: an act in a relative
clause on what a plan needs, or in a main clause that is a noun phrase, sets the scene. H: the
possessive of a threat is its maker, never its target; a conditional act aimed at no one is no
event. And: the arrangement "for X to V" is what a noun arranges, a probe's topic is no act, an
order to one's own forces names no state abroad. The sentences are the project's own.
"""

from __future__ import annotations

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _time,
)

_NONE: tuple[Expect, ...] = ()
_NOT_ASSERTED_ANY = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def _doer(sc: Scene) -> str:
    """The source state by name, capital or "the S-ian government"."""
    s = sc.s
    return sc.rng.choice((sc.name(s), f"the {s.demonym} government"))


_DEEDS = (
    ("fired on {Tdem} police", "fire on {Tdem} police"),
    ("shelled {Tdem} border villages", "shell {Tdem} border villages"),
    ("attacked {Tdem} border posts", "attack {Tdem} border posts"),
    ("opened fire on {Tdem} fishermen", "open fire on {Tdem} fishermen"),
)
_FORCE_WORDS = ("troops", "soldiers", "forces", "border guards")


def c12_denied_deed(sc: Scene) -> Built:
    """ "T accused S of shelling its villages. S denied that its troops had fired on T-ian
    police": the denial is S -> T 016, asserted (the deed stays negated)."""
    rng, s, t = sc.rng, sc.s, sc.t
    done, _ = rng.choice(_DEEDS)
    forces = rng.choice(_FORCE_WORDS)
    verb = rng.choice(("denied", "has denied", "flatly denied"))
    had = rng.choice(("had ", ""))
    denial = f"{_doer(sc)} {verb}{_time(sc)} that its {forces} {had}{sc.fill(done)}."
    want = [Expect(s.iso3, t.iso3, frozenset({"01"}), ASSERTED)]
    if rng.random() < 0.5:
        accusation = f"{sc.name(t)} accused {sc.name(s)} of provocations at the border. "
        want.append(Expect(t.iso3, s.iso3, frozenset({"11"}), ASSERTED))
        text = accusation + _cap(denial)
    else:
        text = _cap(denial)
    allowed = (Expect(s.iso3, "*", frozenset(), frozenset({"negated"})),)
    return text, tuple(want), allowed


def c12_rejected_charge(sc: Scene) -> Built:
    """ "T accused S of arming rebels. S rejected the accusation": 016 aimed at the accuser."""
    rng, s, t = sc.rng, sc.s, sc.t
    what = rng.choice(("arming the rebels", "meddling in its elections", "spying on its navy",
                       "smuggling weapons across the border"))  # fmt: skip
    verb = rng.choice(("rejected", "dismissed", "denied", "flatly rejected"))
    noun = rng.choice(("the accusation", "the charge", "the claims", "the allegations"))
    who = rng.choice((sc.name(s), f"the {s.demonym} government", s.capital))
    text = f"{sc.name(t)} accused {sc.name(s)} of {what}{_time(sc)}. {_cap(who)} {verb} {noun}."
    want = (
        Expect(t.iso3, s.iso3, frozenset({"11"}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({"01"}), ASSERTED),
    )
    # (the accused spying is the charge's content, S -> T reported: leftovers35)
    return text, want, (Expect(s.iso3, t.iso3, frozenset({"09"}), NOT_ASSERTED),)


_MEANS = (
    ("expelling three {Tdem} diplomats", "16"),
    ("recalling its ambassador from {T}", "16"),
    ("imposing sanctions on {T}", "16"),
    ("closing its border with {T}", "19"),
    ("praising {Tposs} leaders", "05"),
)


def c12_by_means(sc: Scene) -> Built:
    """ "S responded by expelling three T-ian diplomats": the gerund's act, S its doer."""
    rng, s, t = sc.rng, sc.s, sc.t
    frame = rng.choice(("responded", "retaliated", "answered", "reacted", "has responded"))
    means, root = rng.choice(_MEANS)
    if root == "05":
        frame = rng.choice(("responded", "answered", "reacted"))
    text = f"{_doer(sc)} {frame}{_time(sc)} by {sc.fill(means)}."
    return _cap(text), (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def c12_needed_mandate(sc: Scene) -> Built:
    """ "If the bloc were to send troops, it would need a mandate that S and Z have declined to
    back": the relative clause on what the plan needs is the state of play, no news."""
    rng, s, z = sc.rng, sc.s, sc.z
    who = rng.choice((f"{sc.name(s)} and {sc.name(z)}", sc.name(s), f"the {s.demonym} government"))
    have = "have" if " and " in who else "has"
    opening = rng.choice((
        "If the bloc were to send troops, it would need",
        "Any deployment would require",
        "The mission would need",
        "A peacekeeping force would require",
    ))  # fmt: skip
    thing = rng.choice(("a mandate", "a resolution", "approval", "a vote"))
    clause = rng.choice((
        f"{have} so far declined to back", f"{have} refused to support",
        f"{have} blocked for months", f"{have} long opposed",
    ))  # fmt: skip
    return f"{opening} {thing} that {who} {clause}.", _NONE, ()


def c12_noun_phrase_relative(sc: Scene) -> Built:
    """ "The first of three flights that S promised T after the storm.": a main clause that is
    a noun phrase reports nothing; its relative clause describes the noun."""
    rng, s, t = sc.rng, sc.s, sc.t
    head = rng.choice(("The first of three flights", "The last of two shipments",
                       "The second of four convoys", "The first of five aid flights"))  # fmt: skip
    verb = rng.choice(("promised", "pledged", "offered"))
    after = rng.choice(("after the storm", "after the floods", "after the earthquake", ""))
    tail = f" {after}" if after else ""
    text = f"{head} that {sc.name(s)} {verb} to {sc.name(t)}{tail}."
    return text, _NONE, _NOT_ASSERTED_ANY


def c12_possessive_threat(sc: Scene) -> Built:
    """ "Should the S-ian prime minister carry out his threat to halt gas exports, prices would
    rise": his threat is his own, never aimed at his own state; in a condition, no event."""
    rng, s = sc.rng, sc.s
    who = rng.choice((f"the {s.demonym} prime minister", f"{_poss(s.name)} president",
                      f"the {s.demonym} leader"))  # fmt: skip
    what = rng.choice(("halt gas exports", "close the pipeline", "cut off electricity sales",
                       "block the transit of grain"))  # fmt: skip
    opening = rng.choice(("Should", "If"))
    carry = "carry out" if opening == "Should" else "carries out"
    main = rng.choice(("prices would rise", "the region would suffer", "the talks would fail"))
    text = f"{opening} {who} {carry} his threat to {what}, {main}."
    allowed = (Expect(s.iso3, "", frozenset(), ANY),)  # the threat itself, aimed at no one
    return text, _NONE, allowed


def c12_conditional_veto(sc: Scene) -> Built:
    """ "If S keeps vetoing joint purchases, the deal would collapse": a conditional act aimed
    at no one is no event."""
    rng, s = sc.rng, sc.s
    cond = rng.choice((
        "If {S} keeps vetoing joint purchases", "If {S} vetoes the budget",
        "Should {S} veto the package", "If {S} blocks the reform again",
    ))  # fmt: skip
    main = rng.choice(("the deal would collapse", "the union would stall",
                       "the plan would have to wait", "diplomats fear a long delay"))  # fmt: skip
    return cond.format(S=sc.name(s)) + f", {main}.", _NONE, ()


def c12_arranged_act(sc: Scene) -> Built:
    """ "S condemned the arrangement for T to train soldiers in Z": what the noun arranges is no
    act of its own (the suite's a1_object_clause false assertion)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    verb, root = rng.choice((("condemned", "11"), ("criticised", "11"), ("denounced", "11")))
    noun = rng.choice(("the arrangement", "the plan", "the deal", "the agreement"))
    act = rng.choice(("train soldiers in", "sell jets to", "station troops in",
                      "supply weapons to"))  # fmt: skip
    text = f"{_doer(sc)} {verb} {noun} for {sc.name(t)} to {act} {sc.name(z)}{_time(sc)}."
    # the criticism's target (the arranging state, or none) is not this construction's point
    allowed = (Expect(s.iso3, "*", frozenset({root}), ASSERTED),) + _NOT_ASSERTED_ANY
    return _cap(text), _NONE, allowed


def c12_probe_topic(sc: Scene) -> Built:
    """ "S opened an investigation into T's role in the attack": the attack is what is probed,
    no act of S or T (the suite's lex8_r09 false assertion)."""
    rng, s, t = sc.rng, sc.s, sc.t
    verb = rng.choice(("opened", "launched", "has opened", "announced"))
    probe = rng.choice(("an investigation", "an inquiry", "a probe"))
    what = rng.choice(("the attack", "the bombing", "the raid", "the shelling"))
    who = rng.choice((sc.name(s), f"{s.demonym} officials", f"the {s.demonym} government"))
    text = f"{who} {verb} {probe} into {_poss(sc.name(t))} role in {what}{_time(sc)}."
    want = (Expect(s.iso3, t.iso3, frozenset({"09"}), ASSERTED),)
    return _cap(text), want, ()


def c12_own_forces_abroad(sc: Scene) -> Built:
    """ "S ordered its forces to prepare a rescue mission in T": command at home, no demand on
    T (the suite's o1_own_forces_order false assertion)."""
    rng, s, t = sc.rng, sc.s, sc.t
    forces = rng.choice(("its forces", "its troops", "its navy", "the army"))
    what = rng.choice(("prepare a rescue mission in", "get ready for a rescue mission in",
                       "prepare an airlift from", "stand by for a rescue mission in"))  # fmt: skip
    text = f"{sc.name(s)} ordered {forces} to {what} {sc.name(t)}{_time(sc)}."
    return text, _NONE, _NOT_ASSERTED_ANY


CLAUSE12_CONSTRUCTIONS = {
    "c12_denied_deed": c12_denied_deed,
    "c12_rejected_charge": c12_rejected_charge,
    "c12_by_means": c12_by_means,
    "c12_needed_mandate": c12_needed_mandate,
    "c12_noun_phrase_relative": c12_noun_phrase_relative,
    "c12_possessive_threat": c12_possessive_threat,
    "c12_conditional_veto": c12_conditional_veto,
    "c12_arranged_act": c12_arranged_act,
    "c12_probe_topic": c12_probe_topic,
    "c12_own_forces_abroad": c12_own_forces_abroad,
}
# Right of 24 (seed 0) on main before this task (7fa1d07), false assertions in brackets:
# denied_deed 0 (0), rejected_charge 24 (0), by_means 3 (5), needed_mandate 0 (17),
# noun_phrase_relative 0 (24), possessive_threat 0 (0), conditional_veto 8 (0), arranged_act 24
# (0), probe_topic 20 (4), own_forces_abroad 9 (15). After: 24 (0) each.
FLOORS = {name: (24, 0) for name in CLAUSE12_CONSTRUCTIONS}
