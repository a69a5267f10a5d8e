"""Clause structure (issue 9, task clause11; classes R, B, V, H, I and U of
``bench/gold/reviews/fresh4_classes.md``), crossed with states, namings (name, capital, leader,
demonym with a sector) and phrasings.

R: an act in a relative clause on a subject or an appositive is no news, whatever the main
clause reports; B: a trailing participle of a second formal act (16x) is news beside its main
act; V: a predicate set against another by "but"/"yet" keeps its object to itself; H: a plan in
the past perfect is not asserted, and a hedged act aimed at no one is no event; I: an
appositive denial does not negate the accusation it answers; U: force "for X" fights on X's
side. The sentences are the project's own."""

from __future__ import annotations

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _time

_NONE: tuple[Expect, ...] = ()
_NOT_ASSERTED_ANY = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def _official(sc: Scene, st_is_s: bool = True) -> str:
    """A leader when the table has one, else "the <demonym> foreign minister"."""
    st = sc.s if st_is_s else sc.t
    lead = st.leader(sc.date)
    if lead and sc.rng.random() < 0.4:
        return lead
    role = sc.rng.choice(("foreign minister", "president", "prime minister"))
    return f"the {st.demonym} {role}"


def c11_subject_aside(sc: Scene) -> Built:
    """ "S and Z, which signed a gas deal with T last year, voted against": the subject's
    relative clause describes it, even with a target, when the main clause is no act."""
    rng, s, z = sc.rng, sc.s, sc.z
    subj = rng.choice((sc.name(s), f"{sc.name(s)} and {sc.name(z)}", f"the {s.demonym} government"))
    aside = rng.choice((
        "which signed a gas deal with {T} last year", "which sent troops to {T} in 2022",
        "which imposed sanctions on {T} in May", "which held talks with {T} in the spring",
    ))  # fmt: skip
    main = rng.choice(("voted against", "abstained", "stayed silent", "left the chamber early",
                       "is under pressure at home"))  # fmt: skip
    return _cap(f"{subj}, {sc.fill(aside)}, {main}{_time(sc)}."), _NONE, ()


def c11_claim_aside(sc: Scene) -> Built:
    """ "S pressed ahead with the pipeline, a plan T has repeatedly rejected": an appositive's
    relative clause is the other side's old stance, no news."""
    rng, s, t = sc.rng, sc.s, sc.t
    main = rng.choice(("went ahead with the pipeline", "went on with the dam project",
                       "kept building the port", "carried on with the canal"))  # fmt: skip
    noun = rng.choice(("a plan", "a project", "a scheme", "a move"))
    who = rng.choice((sc.name(t), f"the {t.demonym} government", f"the {t.demonym} leaders"))
    verb = rng.choice(("repeatedly rejected", "long opposed", "condemned", "criticised"))
    verb = ("have " if who.endswith("leaders") else "has ") + verb
    return _cap(f"{sc.name(s)} {main}{_time(sc)}, {noun} {who} {verb}."), _NONE, ()


_FORMAL_MAIN = (
    ("accused {T} of spying", "11"), ("condemned {Tposs} missile test", "11"),
    ("rejected {Tposs} demands", "12"), ("accused {T} of meddling in its elections", "11"),
)  # fmt: skip
_FORMAL_PARTICIPLE = (
    "suspending all cross-border trade", "declaring two {Tdem} diplomats persona non grata",
    "expelling two {Tdem} diplomats", "cutting diplomatic ties with {T}",
    "recalling its ambassador from {T}",
)  # fmt: skip


def c11_formal_participle(sc: Scene) -> Built:
    """ "S accused T of spying, expelling two T-ian diplomats": a trailing participle of a
    second formal act (16x) is the same doer's news, aimed where the main act is."""
    rng, s, t = sc.rng, sc.s, sc.t
    main, root = rng.choice(_FORMAL_MAIN)
    part = rng.choice(_FORMAL_PARTICIPLE)
    who = rng.choice((sc.name(s), _official(sc)))
    text = f"{who} {sc.fill(main)}{_time(sc)}, {sc.fill(part)}."
    want = (
        Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({"16"}), ASSERTED),
    )
    return _cap(text), want, ()


def c11_set_against(sc: Scene) -> Built:
    """ "Z promised to dispatch poll monitors yet held back from penalties against S-ian
    generals": the second predicate's object is no target of the first (the promise has
    none)."""
    rng, s, z = sc.rng, sc.s, sc.z
    verb = rng.choice(("promised", "pledged", "agreed"))
    what = rng.choice(("send observers", "dispatch poll monitors", "send a fact-finding mission",
                       "deploy election monitors"))  # fmt: skip
    cc = rng.choice(("yet", "but"))
    held = rng.choice(("held back from penalties against", "stopped short of sanctions on",
                       "shied away from sanctions against"))  # fmt: skip
    who = rng.choice((sc.name(z), f"the {z.demonym} government"))
    text = f"{who} {verb}{_time(sc)} to {what} {cc} {held} {s.demonym} generals."
    want = (Expect(z.iso3, "", frozenset({"03"}), ASSERTED),)
    allowed = (Expect(z.iso3, s.iso3, frozenset({"16"}), NOT_ASSERTED),)
    return _cap(text), want, allowed


def c11_pluperfect_plan(sc: Scene) -> Built:
    """ "S's foreign minister had intended to travel to T's capital": a plan told in the past
    perfect did not come about; nothing of it is asserted."""
    rng, t = sc.rng, sc.t
    who = rng.choice((_official(sc), sc.name(sc.s)))
    verb = rng.choice(("had intended", "had planned", "had hoped", "had wanted"))
    what = rng.choice((
        f"to travel to {t.capital} to sign the treaty", f"to visit {sc.name(t)} in May",
        f"to sign a trade deal with {sc.name(t)}", f"to send troops to {sc.name(t)}",
        f"to meet {_official(sc, st_is_s=False)} in the spring",
    ))  # fmt: skip
    return _cap(f"{who} {verb} {what}."), _NONE, _NOT_ASSERTED_ANY


def c11_idle_hedge(sc: Scene) -> Built:
    """ "S or Z might ask for the same deal": a hedged act aimed at no one is no event."""
    rng, s, z = sc.rng, sc.s, sc.z
    who = rng.choice((f"{sc.name(s)} or {sc.name(z)}", sc.name(s), f"the {s.demonym} government"))
    modal = rng.choice(("might", "could", "may"))
    what = rng.choice(("ask for the same deal", "seek a similar loan", "request more aid",
                       "call for new talks"))  # fmt: skip
    return _cap(f"{who} {modal} {what} before long."), _NONE, ()


def c11_denied_charge(sc: Scene) -> Built:
    """ "S accused T of jamming GPS signals, a charge T has denied": the denial answers the
    accusation; it does not negate it."""
    rng, s, t = sc.rng, sc.s, sc.t
    what = rng.choice(("jamming GPS signals", "pushing migrants across the border",
                       "arming the rebels", "violating its airspace"))  # fmt: skip
    noun = rng.choice(("a charge", "a claim", "an accusation", "an allegation"))
    who = rng.choice((sc.name(t), t.capital, f"the {t.demonym} government"))
    verb = rng.choice(("has denied", "denied", "has rejected"))
    text = f"{sc.name(s)} accused {sc.name(t)} of {what}{_time(sc)}, {noun} {who} {verb}."
    want = (Expect(s.iso3, t.iso3, frozenset({"11"}), ASSERTED),)
    allowed = (Expect(t.iso3, "*", frozenset({"01", "12"}), ANY),)  # the denial, a scene
    allowed += (Expect(t.iso3, s.iso3, frozenset(), frozenset({"reported"})),)  # accused (lex19)
    return _cap(text), want, allowed


def c11_war_for(sc: Scene) -> Built:
    """ "S has never gone to war for T": force "for X" is on X's side; X is no target."""
    rng, s = sc.rng, sc.s
    text = rng.choice((
        "{S} has never gone to war for {T}.", "{S} went to war for {T} in 1991.",
        "{S} would go to war for {T}.", "{S} fought for {T} in the 1980s.",
        "{S} waged a war for {T} a generation ago.",
    ))  # fmt: skip
    allowed = (Expect(s.iso3, "", frozenset({"19"}), ANY),)
    return sc.fill(text), _NONE, allowed


CLAUSE11_CONSTRUCTIONS = {
    "c11_subject_aside": c11_subject_aside,
    "c11_claim_aside": c11_claim_aside,
    "c11_formal_participle": c11_formal_participle,
    "c11_set_against": c11_set_against,
    "c11_pluperfect_plan": c11_pluperfect_plan,
    "c11_idle_hedge": c11_idle_hedge,
    "c11_denied_charge": c11_denied_charge,
    "c11_war_for": c11_war_for,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before clause11 (right of
# 24 / false assertions): subject_aside 0/31, claim_aside 0/24, formal_participle 0/0 (the 16x
# participle dropped), set_against 0/24 (the promise took the generals' state), pluperfect_plan
# 7/17, idle_hedge 0/0 (target-less possible events), denied_charge 23/0 (one parse hangs the
# appositive over the accusation), war_for 7/9.
FLOORS = {name: (24, 0) for name in CLAUSE11_CONSTRUCTIONS}
