"""Factuality scope and spurious events of analysis text (issue 9, sections 3 and 4), crossed
with states, phrasings and embedding depths (bare; "..., analysts said"; "officials in Z said
that analysts believe that ..."; a concessive clause before it).

Scope (section 4): a hedge or negation governs its own clause ("might not" is possible, not
negated; a hedged side clause leaves the main act asserted), an unconfirmed act is not asserted
("neither side confirmed the transfer"), "cannot substitute for S's aid to T" does not negate
the aid, and a condition ("should either be attacked") does not leak into the pact or summit.
Spurious events (section 3): agentless hypotheticals, quoted labels, "show that" read as a
protest, "what S calls aggression by T", and "experts caution that S could act on T" (S's
possible act, not the experts' threat)."""

from __future__ import annotations

from phenomena_tables import ACTS, State
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    NOTHING_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _one,
    _poss,
    _time,
    conjugate,
)

_ACTS = [a for a in ACTS if a.domain in ("dip", "mil", "econ") and a.root not in ("01", "09")]


_LOWER = frozenset({"The", "Officials", "Neither", "No", "It", "Nothing"})


def _frame(sc: Scene, clause: str) -> str:
    """``clause`` at depth 0, 1 or 2, or after a concessive clause naming a third state."""
    rng, z = sc.rng, sc.z
    r = rng.randrange(5)
    if r == 1:
        return f"{clause}, analysts said"
    low = clause if clause.split()[0] not in _LOWER else clause[:1].lower() + clause[1:]
    if r == 2:
        return f"Officials in {z.capital} said that analysts believe that {low}"
    if r == 3:
        return f"Although {z.name} is watching closely, {low}"
    if r == 4:
        return f"Diplomats say {low}"
    return clause


def f9_might_not(sc: Scene) -> Built:
    """ "S might not <act> T" is possible, not negated, at any depth; a hedged side clause
    ("though it may not <act> Z") leaves the main clause asserted."""
    rng, s, z = sc.rng, sc.s, sc.z
    act = rng.choice(_ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    if rng.random() < 0.6:
        modal = rng.choice(("might not", "may not", "might never", "may never", "is unlikely to"))
        clause = f"{src} {modal} {sc.fill(phrase)}{rng.choice(_FUTURE)}"
        answer = (Expect(sc.t.iso3, s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
        return _cap(_frame(sc, clause)) + ".", (_hedged(sc, act),), answer
    other = rng.choice(("follow suit", "go further", "do the same with its other neighbours"))
    tail = rng.choice((f", though {z.name} may not {other}",
                       f", even if {z.name} might not {other}",
                       f", although analysts say {z.name} may not {other}"))  # fmt: skip
    text = f"{src} {sc.fill(conjugate(phrase, 'past'))}{_time(sc)}{tail}."
    # (the act's other side, asserted too: "S received T's leader" is also T's visit)
    answer = (Expect(sc.t.iso3, s.iso3, frozenset({act.answer}), ASSERTED),) if act.answer else ()
    return _cap(text), (_one(s, sc.t.iso3, act.root, ASSERTED),), NOTHING_ASSERTED + answer


_TRANSFERS = (
    "the transfer of drones from {S} to {T}", "the delivery of missiles by {S} to {T}",
    "{Sposs} arms shipments to {T}", "the deployment of {Sdem} troops to {T}",
    "{Sposs} weapons transfer to {T}",
)  # fmt: skip


def f9_unconfirmed(sc: Scene) -> Built:
    """ "Neither side confirmed the transfer", "S has not confirmed that it sent drones to T",
    "officials would not confirm reports that S had ...": no asserted act."""
    rng, s, t = sc.rng, sc.s, sc.t
    src = sc.name(s)
    what = sc.fill(rng.choice(_TRANSFERS), src)
    r = rng.randrange(6)
    if r == 5:  # "stopped / fell short of <act>": not done
        act = rng.choice([a for a in _ACTS if a.root in ("10", "13", "16", "17", "19")])
        done = sc.fill(conjugate(rng.choice(act.base), "ing"), src)
        text = f"{src} {rng.choice(('stopped', 'fell'))} short of {done}{_time(sc)}"
    elif r == 4:  # an act named by a participle on the unconfirmed noun is unconfirmed too
        what = rng.choice(("the prisoner exchange mediated by {S}", "the ceasefire brokered by {S}",
                           "the arms deal signed by {S} and {T}",
                           "the loan agreement signed by {S} and {T}"))  # fmt: skip
        who = rng.choice(("Neither side", f"No official in {t.capital}", "Neither government"))
        text = f"{who} has confirmed {sc.fill(what, src)}"
    elif r == 0:
        who = rng.choice(("Neither side", f"Neither {sc.name(s)} nor {sc.name(t)}",
                          f"No official in {s.capital} or {t.capital}"))  # fmt: skip
        text = f"{who} has confirmed {what}"
    elif r == 1:
        verb = rng.choice(("has not confirmed", "did not confirm", "has yet to confirm"))
        text = f"{src} {verb} {what}"
    elif r == 2:
        act = rng.choice([a for a in _ACTS if a.root in ("07", "15", "16", "17", "19")])
        done = sc.fill(conjugate(rng.choice(act.base), "pp"))
        who = rng.choice(("Officials in {}", "The government in {}"))
        text = f"{who.format(s.capital)} did not confirm reports that {src} had {done}"
    else:
        text = f"It could not be confirmed whether {what} had taken place"
    return _cap(_frame(sc, text)) + ".", (), NOTHING_ASSERTED


_AIDS = (
    ("military aid to {T}", "07"), ("arms deliveries to {T}", "07"),
    ("economic aid to {T}", "07"), ("weapons shipments to {T}", "07"),
    ("weapons deliveries to {T}", "07"), ("humanitarian aid to {T}", "07"),
)  # fmt: skip


def f9_substitute(sc: Scene) -> Built:
    """ "Z's money cannot substitute for S's military aid to T": the aid is stated, not
    negated; the negation governs the substitution."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    aid, root = rng.choice(_AIDS)
    who = rng.choice((f"{z.demonym} money", f"loans from {z.name}", f"{_poss(z.name)} pledges",
                      "nothing else", f"{z.name}"))  # fmt: skip
    verb = rng.choice(("cannot substitute for", "cannot replace", "is no substitute for",
                       "will not make up for", "could never replace"))  # fmt: skip
    if who.startswith("loans") or "pledges" in who:
        verb = verb.replace("is no", "are no")
    if rng.random() < 0.3:  # the weighed act is a subject too: "Z's aid to T cannot match ..."
        own = rng.choice(("aid to {T}", "loans to {T}", "arms deliveries to {T}"))
        verb = rng.choice(("cannot match", "could never match", "cannot rival", "cannot replace"))
        who = f"{_poss(z.name)} {own.format(T=sc.name(t))}"
        clause = f"{who} {verb} {_poss(sc.name(s))} {aid.format(T=sc.name(t))}"
        text = _cap(_frame(sc, clause)) + "."
        facts = frozenset({"asserted", "reported"}) if text != _cap(clause) + "." else ASSERTED
        want = (_one(s, t.iso3, root, facts), _one(z, t.iso3, "07", facts))
        return text, want, (Expect(z.iso3, t.iso3, frozenset({"03", "07"}), facts),)
    clause = f"{who} {verb} {_poss(sc.name(s))} {aid.format(T=sc.name(t))}"
    text = _cap(_frame(sc, clause)) + "."
    facts = frozenset({"asserted", "reported"}) if text != _cap(clause) + "." else ASSERTED
    # the substitute's own loans or pledges are its acts, with no target and not asserted of T
    allowed = (Expect(z.iso3, "*", frozenset({"03", "07"}), ANY),)
    return text, (_one(s, t.iso3, root, facts),), allowed


def f9_conditional(sc: Scene) -> Built:
    """A condition ("should either party be attacked", "if Z attacks either") governs its own
    clause: the pact signed or the summit held stays asserted."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    cond = rng.choice(("should either party be attacked", "should either be attacked",
                       "if either is attacked", f"should {z.name} attack either of them",
                       f"if {z.name} attacks either side"))  # fmt: skip
    r = rng.randrange(3)
    if r == 0:
        deal = rng.choice(("a defence pact", "a mutual defence treaty", "a security agreement"))
        how = rng.choice(("that obliges each to help the other", ", pledging to aid each other",
                          "under which each would defend the other"))  # fmt: skip
        text = f"{sc.name(s)} and {sc.name(t)} signed {deal}{_time(sc)} {how} {cond}."
        text = text.replace(" ,", ",")
        roots = frozenset({"05", "03", "06"})
    else:
        met = rng.choice(("met", "held talks with", "hosted"))
        lead_s, lead_t = sc.leader(s), sc.leader(t)
        rest = rng.choice(("discussed how each would respond", "said they would consult closely",
                           "discussed what each would do"))  # fmt: skip
        text = f"{lead_s} {met} {lead_t}{_time(sc)} and {rest} {cond}."
        roots = frozenset({"04", "03", "05"})
    pair = (Expect(s.iso3, t.iso3, roots, ASSERTED), Expect(t.iso3, s.iso3, roots, ASSERTED))
    allowed = NOTHING_ASSERTED + tuple(Expect(a.iso3, b.iso3, roots, ANY)
                                        for a, b in ((s, t), (t, s)))  # fmt: skip
    if r != 0:  # one side's meeting with the other is enough (the host, the guest)
        return _cap(text), pair[:1], allowed
    return _cap(text), pair, allowed


_HYPO_SUBJECTS = (
    "any strike on {Sposs} ships", "any attack on {S}", "an invasion of {S}",
    "a blockade of {Sposs} ports", "any incursion into {Sposs} waters",
    "a missile attack on {S}", "any seizure of {Sdem} tankers",
)  # fmt: skip
_HYPO_PREDICATES = (
    "would trigger its defence pact with {T}", "would draw a response from {T}",
    "could drag {T} into the war", "would force {T} to intervene",
    "would be treated by {T} as an attack on itself", "might prompt {T} to send warships",
)  # fmt: skip


def f9_agentless(sc: Scene) -> Built:
    """ "Any strike on S's ships would trigger its defence pact with T": a hypothetical act
    with no doer asserts nothing, at any depth."""
    rng = sc.rng
    subj = sc.fill(rng.choice(_HYPO_SUBJECTS), sc.name(sc.s))
    pred = sc.fill(rng.choice(_HYPO_PREDICATES))
    return _cap(_frame(sc, f"{subj} {pred}")) + ".", (), NOTHING_ASSERTED


_LABELS = (
    "a rogue state", "a terrorist regime", "the aggressor in this conflict",
    "a threat to the whole region", "an occupier", "a danger to peace",
    "a puppet of {Z}", "a nest of spies",
)  # fmt: skip


def f9_quoted_label(sc: Scene) -> Built:
    """A quoted insult or label ("T is a rogue state," S's minister said) is at most S's
    disapproval of T; the label is no act of T or of a third state."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    label = rng.choice(_LABELS).format(Z=z.name)
    who = rng.choice((f"the {s.demonym} foreign minister", f"{_poss(s.name)} president",
                      f"a spokesman for the {s.demonym} government", sc.leader(s)))  # fmt: skip
    r = rng.randrange(3)
    if r == 0:
        text = f'"{sc.name(t, 0.0)} is {label}," {who} said{_time(sc)}.'
    elif r == 1:
        text = f'{who} called {sc.name(t, 0.0)} "{label}"{_time(sc)}.'
    else:
        text = f'"We will not be lectured by {label}," {who} said of {sc.name(t, 0.0)}.'
    allowed = NOTHING_ASSERTED + (Expect(s.iso3, t.iso3, frozenset({"11", "01"}), ANY),)
    return _cap(text), (), allowed


def f9_show_that(sc: Scene) -> Built:
    """ "The figures demonstrate that S remains T's largest creditor": demonstrate, show or
    prove that is no protest and no event."""
    rng, s = sc.rng, sc.s
    subj = rng.choice(("The figures", "The vote", "The satellite images", "The episode",
                       "These data", "The latest trade numbers", "The crisis"))  # fmt: skip
    verb = rng.choice(("demonstrate", "demonstrated", "show", "showed", "prove", "illustrate",
                       "make clear"))  # fmt: skip
    if subj in ("The vote", "The episode", "The crisis") and verb.endswith(("e", "w")):
        verb = {"demonstrate": "demonstrates", "show": "shows", "prove": "proves",
                "illustrate": "illustrates", "make clear": "makes clear"}.get(verb, verb)  # fmt: skip
    what = rng.choice(("{S} remains {Tposs} largest creditor", "{S} can no longer count on {T}",
                       "{S} is still {Tposs} main arms supplier",
                       "{Sposs} influence over {T} is growing",
                       "{S} and {T} remain close partners"))  # fmt: skip
    clause = f"{subj} {verb} that {sc.fill(what, sc.name(s))}"
    return _cap(_frame(sc, clause)) + ".", (), ()


def f9_calls_aggression(sc: Scene) -> Built:
    """ "What S calls aggression by T" is S's label (at most its disapproval of T), never T's
    asserted attack."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    what = rng.choice(("what {S} calls aggression by {T}", "what {S} calls {Tposs} aggression",
                       "what {S} describes as an invasion by {T}",
                       "what {S} terms provocations by {T}",
                       "what {S} calls a blockade by {T}"))  # fmt: skip
    named = what.format(S=sc.name(s), T=sc.name(t), Tposs=_poss(sc.name(t)))
    r = rng.randrange(3)
    if r == 0:
        text = f"{_cap(named)} is, in the view of diplomats in {z.capital}, a response to years of pressure."
    elif r == 1:
        text = f"{z.name} has stayed silent on {named}."
    else:
        text = f"Analysts in {z.capital} doubt {named} will last."
    allowed = NOTHING_ASSERTED + (Expect(s.iso3, t.iso3, frozenset({"11"}), ANY),)
    return text, (), allowed


def f9_caution_could(sc: Scene) -> Built:
    """ "Experts caution that S could <act> T": S's possible act on T, not a threat by the
    experts (or by the state they sit in) against S or T."""
    rng, z = sc.rng, sc.z
    act = rng.choice([a for a in _ACTS if a.domain in ("mil", "dip")])
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    who = rng.choice(("Experts caution", "Analysts warn", f"Analysts in {z.capital} caution",
                      "Diplomats fear", f"Some officials in {z.capital} worry",
                      f"Experts in {z.name} have warned"))  # fmt: skip
    modal = rng.choice(("could", "might", "may"))
    that = rng.choice(("that ", ""))
    text = f"{who} {that}{src} {modal} {sc.fill(phrase)}{rng.choice(_FUTURE)}."
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
    return text, (_hedged(sc, act),), allowed


_FORCES = ("reassurance force", "peacekeeping mission", "naval patrol", "monitoring mission")
_OPEN_HEDGES = ("could deploy troops to", "might send soldiers to", "would station forces in",
                "may send peacekeepers to")  # fmt: skip
_REFUSALS = ("has ruled out sending soldiers to", "has refused to send troops to",
             "has declined to deploy forces in")  # fmt: skip


def f9_oped(sc: Scene, others: list[State]) -> Built:
    """An analysis paragraph: hedged offers by two states, a denying subject ("no government
    has committed a brigade"), a refusal by a third (asserted, CAMEO 12) and a condition
    about "such a force" that asserts nothing and places the force in no state."""
    rng, t, z = sc.rng, sc.t, sc.z
    a, b, w, r = sc.s, others[0], others[1], others[2]
    force = rng.choice(_FORCES)
    tname = sc.name(t, 0.0)
    first = _cap(f"{_poss(z.name)} talk of a {force} for {tname} is still mostly talk.")
    offer = rng.choice(_OPEN_HEDGES)
    when = rng.choice(("once a ceasefire holds", "if the fighting stops", "after a truce"))
    refusal = rng.choice(_REFUSALS)
    second = _cap(
        f"{a.name} and {b.name} say they {offer} {tname} {when}, yet no government has "
        f"committed a single brigade, and {w.name} {refusal} {tname}."
    )
    third = rng.choice((
        f"Should {r.name} attack such a force, nobody knows who would respond.",
        f"If {r.name} were to attack such a {force.split()[-1]}, the answer is unclear.",
        "Whether it will ever deploy is another matter.",
    ))  # fmt: skip
    hedged = frozenset({"03", "04", "07", "13", "15", "19"})  # (future force: 13, as the suite)
    want = (
        Expect(a.iso3, t.iso3, hedged, frozenset({"possible"})),
        Expect(b.iso3, t.iso3, hedged, frozenset({"possible"})),
        Expect(w.iso3, t.iso3, frozenset({"12"}), ASSERTED),
    )
    allowed = NOTHING_ASSERTED + (Expect(w.iso3, t.iso3, frozenset(), frozenset({"negated"})),)
    return f"{first} {second} {third}", want, allowed


FACT9_WITH_OTHERS = {"f9_oped": f9_oped}


FACT9_CONSTRUCTIONS = {
    "f9_might_not": f9_might_not,
    "f9_unconfirmed": f9_unconfirmed,
    "f9_substitute": f9_substitute,
    "f9_conditional": f9_conditional,
    "f9_agentless": f9_agentless,
    "f9_quoted_label": f9_quoted_label,
    "f9_show_that": f9_show_that,
    "f9_calls_aggression": f9_calls_aggression,
    "f9_caution_could": f9_caution_could,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before fact9, right of 24:
# might_not 20 (4 false: "though Z may not follow suit" made Z a doer), unconfirmed 24,
# substitute 20 ("is no substitute for X's aid" negated the aid), conditional 24, agentless 24,
# quoted_label 21 (3 false: "called T 'a rogue state' on Monday" read as "call on"),
# show_that 24, calls_aggression 23 (1 false), caution_could 20 (3 false: "experts warned X
# might ..." read as the experts' threat against X).
FLOORS = {name: (24, 0) for name in [*FACT9_CONSTRUCTIONS, *FACT9_WITH_OTHERS]}
