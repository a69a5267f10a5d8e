"""Parties inside another act's argument and what a speaker says (issue 9 sections 1, 3 and 7,
args8's classes of the wire6 tune analysis), as templates with the suite's states and several
phrasings each:

- ``a1_object_clause``: "S rejected the agreement under which Z would lease a port to T": the
  reaction targets the arrangement's parties (Z and T); the embedded act is never asserted;
- ``a2_countered_act``: "S troops repelled an incursion by T forces", "were fighting to repel
  an incursion by T": force against another force's act is aimed at its doer (S -> T, 19);
- ``a3_quoted_threat``: " 'We will strike back,' S's defence minister said of T": the speaker's
  own threat (13) against the state the quote is said of;
- ``a4_predicted_harm``: "S said the measures would destabilise markets" is no event; "S said
  T's plan would destabilise the region" is S's criticism of T (11);
- ``a5_claimed_act``: "S claims (that) Z massed troops near T": Z's act, reported; never an
  act of the claimer's own;
- ``a6_domestic``: "S's president urged parliament to approve the budget": acts between a
  state's own bodies are kept as same-state events (the README's PLOVER conventions).
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
    _one,
    _poss,
    _time,
)

_SAID = frozenset({"asserted", "possible"})  # a threat stated ("will strike") or hedged

# Reactions to an arrangement: (verb, CAMEO root).
_REACTIONS = (
    ("rejected", "12"), ("condemned", "11"), ("criticized", "11"), ("denounced", "11"),
    ("opposed", "11"), ("protested against", "11"), ("slammed", "11"),
)  # fmt: skip
_ARRANGEMENTS = ("agreement", "deal", "accord", "pact", "plan", "arrangement")
# Terms naming both parties: {Z} the doer, {T} the other party.
_TERMS = (
    "under which {Z} would lease a port to {T}",
    "under which {Z} would supply gas to {T}",
    "under which {Z} would sell fighter jets to {T}",
    "that lets {Z} base warplanes in {T}",
    "that allows {Z} to build a naval base in {T}",
    "that would let {Z} station troops in {T}",
    "for {Z} to train soldiers in {T}",
)  # fmt: skip


def a1_object_clause(sc: Scene) -> Built:
    """ "S rejected an agreement under which Z would lease a port to T": S -> Z and S -> T
    (the arrangement's parties); Z's lease to T is an argument, never asserted."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    verb, root = rng.choice(_REACTIONS)
    det = rng.choice(("the", "an", "a new")) if rng.random() < 0.5 else "the"
    noun = rng.choice(_ARRANGEMENTS)
    if det == "an" and noun[0] not in "aeiou":
        det = "a"
    if det == "a" and noun[0] in "aeiou":
        det = "an"
    who = rng.choice((sc.name(s), sc.name(s), sc.leader(s), f"the {s.demonym} foreign ministry"))
    terms = rng.choice(_TERMS).format(Z=sc.name(z, 0.2), T=sc.name(t, 0.2))
    when = _time(sc)
    # wire style: "rejected on Tuesday an agreement under which ..."
    if when and " " not in verb and rng.random() < 0.5:
        text = f"{who} {verb}{when} {det} {noun} {terms}."
    else:
        text = f"{who} {verb} {det} {noun} {terms}{when}."
    # (a leader's "protested against" is coded a protest, 14; a state's a diplomatic one, 114)
    roots = frozenset({root, "14"}) if verb.startswith("protested") else frozenset({root})
    want = (Expect(s.iso3, z.iso3, roots, ASSERTED), Expect(s.iso3, t.iso3, roots, ASSERTED))
    allowed = (
        Expect(z.iso3, "*", frozenset(), NOT_ASSERTED),  # the embedded act, not asserted
        Expect(t.iso3, "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), want, allowed


_INCURSIONS = ("an incursion", "an attack", "a cross-border incursion", "an assault", "a raid")
_DOERS = ("troops", "forces", "soldiers")


def a2_countered_act(sc: Scene) -> Built:
    """ "S troops repelled an incursion by T forces (into the border region)", "S troops were
    fighting to repel an incursion by T forces": S -> T, force (19), asserted."""
    rng, s, t = sc.rng, sc.s, sc.t
    doer = rng.choice((f"{s.demonym} {rng.choice(_DOERS)}", f"{_poss(s.name)} army"))
    by = rng.choice((f"{t.demonym} {rng.choice(_DOERS)}", f"{_poss(t.name)} forces"))
    what = rng.choice(_INCURSIONS)
    into = rng.choice(("", "", " into the border region", f" into {_poss(s.name)} north"))
    frame = rng.randrange(3)
    if frame == 0:
        verb = rng.choice(("repelled", "repulsed"))
        text = f"{doer} {verb} {what} by {by}{into}{_time(sc)}."
    elif frame == 1:
        text = f"{doer} were fighting{_time(sc)} to repel {what} by {by}{into}."
    else:
        text = f"{doer} fought{_time(sc)} to repulse {what} by {by}{into}."
    allowed = (
        Expect(t.iso3, "*", frozenset({"19", "18", "17", "15"}), ANY),  # the incursion itself
        Expect(s.iso3, t.iso3, frozenset({"19"}), ANY),
    )
    return _cap(text), (_one(s, t.iso3, "19", ASSERTED),), allowed


_QUOTES = (
    "We will strike back", "We will retaliate", "We will respond with force",
    "Our forces will retaliate", "Our army will strike back", "Our army will retaliate",
    "We will strike back with full force", "We will retaliate against any attack",
    "We are ready to strike back", "We stand ready to retaliate",
    "We will not hesitate to strike back", "Our army will not hesitate to retaliate",
)  # fmt: skip
_SPEAKERS = ("defence minister", "foreign minister", "president", "army chief", "prime minister")


def a3_quoted_threat(sc: Scene) -> Built:
    """ " 'We will strike back,' S's defence minister said of T": the speaker's own threat
    (13) against T ("said of / about T", "said, referring to T"), stated, hedged or
    reported ("we are ready to"); never T's act, never the minister's "said"."""
    rng, s, t = sc.rng, sc.s, sc.t
    role = rng.choice(_SPEAKERS)
    who = rng.choice((f"{_poss(s.name)} {role}", f"the {s.demonym} {role}"))
    prep = rng.choice(("said of", "said of", "said about", "said, referring to",
                       "told reporters, referring to"))  # fmt: skip
    quote = rng.choice(_QUOTES)
    text = f'"{quote}," {who} {prep} {sc.name(t, 0.2)}{_time(sc)}.'
    ready = quote.startswith(("We are", "We stand"))
    facts = _SAID | {"reported"} if ready else _SAID
    return text, (_one(s, t.iso3, "13", facts),), ()


_MEASURES = ("the measures", "the sanctions", "the tariffs", "the decision", "the move",
             "the new restrictions")  # fmt: skip
_HARMS = ("would destabilise global markets", "would harm the world economy",
          "would hurt global trade", "could damage regional stability",
          "would undermine the recovery", "would destabilize the region")  # fmt: skip
_PLANS = ("plan", "decision", "move", "new tariffs", "sanctions")


def a4_predicted_harm(sc: Scene) -> Built:
    """ "S said the measures would destabilise markets": a predicted harm whose author the
    sentence does not name is no event; "S said T's plan would ..." criticises T (11)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.name(s), sc.leader(s), f"the {s.demonym} government"))
    # (a bare "warned the decision could ..." is read as a warning with an object, a threat:
    # a lexicon matter left out here)
    verb = rng.choice(("said", "said that", "warned that"))
    harm = rng.choice(_HARMS)
    if rng.random() < 0.5:
        text = f"{who} {verb} {rng.choice(_MEASURES)} {harm}{_time(sc)}."
        return _cap(text), (), ()
    text = f"{who} {verb} {_poss(sc.name(t))} {rng.choice(_PLANS)} {harm}{_time(sc)}."
    # T's measures themselves, as a hedged act of T's, are an acceptable reading
    allowed = (Expect(t.iso3, "", frozenset(), NOT_ASSERTED),)
    return _cap(text), (_one(s, t.iso3, "11", ASSERTED),), allowed


# (a bare "alleged X ..." reads as the adjective, "the alleged X": only with "that")
_CLAIM_VERBS = ("claims", "claimed", "alleges", "alleged that", "says", "said")
# Acts the claimer reports: (phrase with {T}, CAMEO roots accepted).
_CLAIMED = (
    ("massed troops near {T}", frozenset({"15"})),
    ("shelled {T}", frozenset({"19"})),
    ("fired missiles at {T}", frozenset({"19"})),
    ("sent troops into {T}", frozenset({"15", "19", "07"})),
    ("supplied drones to {T}", frozenset({"07"})),
    ("violated {Tposs} airspace", frozenset({"19", "15", "17"})),
)  # fmt: skip


def a5_claimed_act(sc: Scene) -> Built:
    """ "S claims (that) Z massed troops near T": Z's act as reported (Z -> T), never the
    claimer's own act; an accusation of Z by S is an acceptable reading."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    phrase, roots = rng.choice(_CLAIMED)
    verb = rng.choice(_CLAIM_VERBS)
    that = "" if verb.endswith("that") else rng.choice(("", "that "))
    doer = sc.name(z, 0.4)
    text = f"{sc.name(s)} {verb} {that}{doer} {sc.fill(phrase)}."
    want = (Expect(z.iso3, t.iso3, roots, frozenset({"reported"})),)
    allowed = (Expect(s.iso3, z.iso3, frozenset({"11"}), ANY),)
    return _cap(text), want, allowed


_BODIES = ("parliament", "lawmakers", "the legislature", "parliament")
_APPEALS = (("urged", "02"), ("called on", "02"), ("asked", "02"), ("pressed", "10"),
            ("pressed", "02"))  # fmt: skip
_BILLS = ("approve the budget", "pass the reform bill", "approve the new defence spending",
          "ratify the treaty", "approve aid to {T}")  # fmt: skip


def a6_domestic(sc: Scene) -> Built:
    """ "S's president urged parliament to approve the budget": an act between a state's own
    bodies is kept, as the codebooks code it, as a same-state event (S -> S, 02 or 10)."""
    rng, s = sc.rng, sc.s
    who = rng.choice((f"{_poss(s.name)} president", f"the {s.demonym} prime minister",
                      sc.leader(s)))  # fmt: skip
    verb, _ = rng.choice(_APPEALS)
    bill = sc.fill(rng.choice(_BILLS))
    text = f"{who} {verb} {rng.choice(_BODIES)} to {bill}{_time(sc)}."
    want = (Expect(s.iso3, s.iso3, frozenset({"02", "10"}), ASSERTED),)
    allowed = (Expect(s.iso3, sc.t.iso3, frozenset({"02", "10", "03", "07"}), ANY),)
    return _cap(text), want, allowed


ARGS8_CONSTRUCTIONS = {
    "a1_object_clause": a1_object_clause,
    "a2_countered_act": a2_countered_act,
    "a3_quoted_threat": a3_quoted_threat,
    "a4_predicted_harm": a4_predicted_harm,
    "a5_claimed_act": a5_claimed_act,
    "a6_domestic": a6_domestic,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), test_phenomena's floors;
# main before args8, right of 24 (false): a1 0 (1), a2 7 (17), a3 0 (0), a4 15 (9), a5 24 (0),
# a6 24 (0) -- claims and same-state acts were already read so; their rows keep them so
FLOORS = {
    "a1_object_clause": (24, 0),
    "a2_countered_act": (24, 0),
    "a3_quoted_threat": (24, 0),
    "a4_predicted_harm": (24, 0),
    "a5_claimed_act": (24, 0),
    "a6_domestic": (24, 0),
}
