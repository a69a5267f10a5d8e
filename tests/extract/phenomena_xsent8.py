"""Acts whose target only the document's earlier acts name (issue 9, xsent8): two- and
three-sentence documents (sometimes across a paragraph break) whose last act continues a gift
("pledged more of the jets", "another package", "a second battalion": g1), has no single
earlier recipient to go to (g2: two other donors' recipients, which must not be chosen), or
acts on "the deal" / "the talks" / "the visit" an earlier sentence named (d1; d2 with the doer
one of its parties). Earlier sentences' own events are acceptable readings; distractor states
named there are never the last act's target."""

from __future__ import annotations

from phenomena_tables import State, load_states
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss, _time

# Gifts: (first act on {T}, its things, the last act continuing them, CAMEO root, factuality).
_GIFTS = (
    ("sent F-16 jets to {T}", "jets"), ("delivered tanks to {T}", "tanks"),
    ("sent artillery shells to {T}", "shells"), ("supplied drones to {T}", "drones"),
    ("sent troops to {T}", "troops"), ("delivered air defence systems to {T}", "systems"),
)  # fmt: skip
_AGAIN = (
    ("pledged more of the {X}", "03", ASSERTED), ("promised further aid", "03", ASSERTED),
    ("will send another package", "03", ANY), ("said it would send a second battalion", "03", ANY),
    ("promised additional {X}", "03", ASSERTED), ("pledged more {X}", "03", ASSERTED),
    ("delivered the {X}", "07", ASSERTED),
)  # fmt: skip
_BREAKS = (" ", " ", "\n\n")


def _pair_events(a: State, b: State) -> tuple[Expect, ...]:
    return (Expect(a.iso3, b.iso3, frozenset(), ANY), Expect(b.iso3, a.iso3, frozenset(), ANY))


def _doer(sc: Scene, st: State, phrase: str = "") -> str:
    """A name, capital or leader (not a leader before "it" / "its": a person is no "it")."""
    person = not ({"it", "its"} & set(phrase.split()))
    return sc.leader(st) if person and sc.rng.random() < 0.2 else sc.name(st)


def g1_given_again(sc: Scene, others: list[State]) -> Built:
    """ "Norway sent jets to Ukraine. Poland sent tanks to Chile. Norway pledged more of the
    jets": the doer's own latest gift names the recipient; another donor's gift (its
    recipient a distractor) and a praise of a third state do not."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, d = others[0], others[1]
    gift, things = rng.choice(_GIFTS)
    again, root, facts = rng.choice(_AGAIN)
    lines = [_cap(f"{sc.name(s)} {gift.format(T=sc.name(t))}{_time(sc)}.")]
    allowed = [*_pair_events(s, t)]
    if rng.random() < 0.5:  # another donor, after the doer's own gift
        other, _ = rng.choice(_GIFTS)
        lines.append(_cap(f"{sc.name(z)} {other.format(T=sc.name(d))}."))
        allowed += _pair_events(z, d)
    elif rng.random() < 0.5:  # a backing act of the doer to a third state
        lines.append(_cap(f"{sc.name(s)} praised {sc.name(d)}."))
        allowed += _pair_events(s, d)
    lines.append(f"{_doer(sc, s, again)} {again.format(X=things)}.")
    text = rng.choice(_BREAKS).join(lines[:-1]) + rng.choice(_BREAKS) + lines[-1]
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), facts),), tuple(allowed)


def g2_no_one_recipient(sc: Scene, others: list[State]) -> Built:
    """ "Sweden sent tanks to Ukraine. Poland sent tanks to Chile. Italy pledged more of the
    tanks": two other donors' recipients fit; neither is the doer's, so no target."""
    rng, s, t = sc.rng, sc.s, sc.t
    z, y, d = sc.z, others[0], others[1]
    gift, things = rng.choice(_GIFTS)
    first = _cap(f"{sc.name(z)} {gift.format(T=sc.name(t))}{_time(sc)}.")
    second = _cap(f"{sc.name(y)} {gift.format(T=sc.name(d))}.")
    last = f"{sc.name(s)} pledged more of the {things}."
    text = f"{first} {second}{rng.choice(_BREAKS)}{last}"
    allowed = (*_pair_events(z, t), *_pair_events(y, d), Expect(s.iso3, s.iso3, frozenset(), ANY))
    return text, (Expect(s.iso3, "", frozenset({"03"}), ASSERTED),), allowed


# Occasions: (first sentence of {A} and {B}, the noun that names it again).
_OCCASIONS = (
    ("{A} and {B} signed a trade deal{w}.", "the deal"),
    ("{A} signed a security pact with {B}{w}.", "the pact"),
    ("{A} and {B} agreed to a ceasefire{w}.", "the ceasefire"),
    ("{A} and {B} signed a peace agreement{w}.", "the agreement"),
    ("{A} and {B} held talks{w}.", "the talks"),
    ("{A} held talks with {B}{w}.", "the talks"),
    ("{Aposs} president visited {B}{w}.", "the visit"),
)  # fmt: skip
_ON_OCCASION = (
    ("welcomed {N}", "05"), ("praised {N}", "05"), ("criticized {N}", "11"),
    ("condemned {N}", "11"),
)  # fmt: skip
_PASSIVE = (("{N} was welcomed by {S}", "05"), ("{N} was praised by {S}", "05"))
# Acts of one party on the occasion it shared: aimed at the other party.
_PARTY_ON = (("later suspended {N}", "16"), ("later withdrew from {N}", "16"))


def _occasion(sc: Scene, a: State, b: State) -> tuple[str, str]:
    first, noun = sc.rng.choice(_OCCASIONS)
    if "president" in first:  # (a capital has no president)
        first = first.format(Aposs=_poss(a.name), B=sc.name(b), w=_time(sc))
    else:
        first = first.format(A=sc.name(a), B=sc.name(b), w=_time(sc))
    return _cap(first), noun


def d1_referred_occasion(sc: Scene, others: list[State]) -> Built:
    """ "Chile signed a trade deal with Peru. Argentina welcomed the deal": an act on the deal,
    talks or visit named before is aimed at its two parties (a distractor's unrelated act in
    between changes nothing)."""
    rng, s, a, b = sc.rng, sc.s, sc.t, sc.z
    first, noun = _occasion(sc, a, b)
    lines = [first]
    allowed = [*_pair_events(a, b)]
    if rng.random() < 0.4:  # an unrelated act of other states in between
        y, d = others[0], others[1]
        lines.append(f"{_cap(sc.name(y))} expelled {_poss(sc.name(d))} ambassador.")
        allowed += _pair_events(y, d)
    if rng.random() < 0.25:
        phrase, root = rng.choice(_PASSIVE)
        last = _cap(phrase.format(N=noun, S=sc.name(s)))
    else:
        phrase, root = rng.choice(_ON_OCCASION)
        last = f"{_doer(sc, s)} {phrase.format(N=noun)}"
    text = " ".join(lines) + rng.choice(_BREAKS) + last + "."
    want = (
        Expect(s.iso3, a.iso3, frozenset({root}), ASSERTED),
        Expect(s.iso3, b.iso3, frozenset({root}), ASSERTED),
    )
    return text, want, tuple(allowed)


def d2_party_on_occasion(sc: Scene) -> Built:
    """ "Chile signed a trade deal with Peru. Chile later suspended the deal": a party's act on
    the deal it shared is aimed at the other party, never at itself."""
    rng, a, b = sc.rng, sc.t, sc.z
    first, noun = rng.choice((*_OCCASIONS[:2], _OCCASIONS[3]))  # (a ceasefire: 08 / 19)
    first = _cap(first.format(A=sc.name(a), B=sc.name(b), w=_time(sc)))
    doer, other = (a, b) if rng.random() < 0.5 else (b, a)
    phrase, root = rng.choice(_PARTY_ON)
    text = f"{first}{rng.choice(_BREAKS)}{_doer(sc, doer)} {phrase.format(N=noun)}."
    return text, (Expect(doer.iso3, other.iso3, frozenset({root}), ASSERTED),), _pair_events(a, b)


# Treaty allies among the suite's states (the North Atlantic Treaty, the US treaties with Japan,
# South Korea, the Philippines and Australia, the CSTO, the treaties of North Korea with China
# and Russia): owner -> its allies; every other suite state is none of the owner's.
_NATO = ("USA", "CAN", "GBR", "FRA", "DEU", "ITA", "ESP", "GRC", "HUN", "POL", "TUR")
_ALLIES = {
    "USA": frozenset(_NATO) - {"USA"} | {"JPN", "KOR", "PHL", "AUS"},
    "RUS": frozenset({"BLR", "ARM", "PRK"}),
    "CHN": frozenset({"PRK"}),
    **{x: frozenset(_NATO) - {x} for x in ("FRA", "DEU", "GBR", "POL", "ITA", "ESP")},
}
_QUARREL = (
    "{Y} accused {X} of espionage{w}.", "{Y} expelled {Xdem} diplomats{w}.",
    "{Y} closed its border with {X}{w}.", "Talks between {Y} and {X} collapsed{w}.",
    "{X} accused {Y} of espionage{w}.", "{X} closed its border with {Y}{w}.",
)  # fmt: skip
_FOR_ALLY = (
    ("said it stood with its treaty ally", "05", ANY), ("praised its ally", "05", ASSERTED),
    ("backed its ally", "05", ASSERTED), ("criticized its ally", "11", ASSERTED),
)  # fmt: skip


def r1_ally_across_paragraphs(sc: Scene, others: list[State]) -> Built:
    """ "China fired water cannon at Philippine boats.\n\nThe United States said it stood with
    its treaty ally": a relation noun opening a paragraph reads the end of the one before; of
    the two states named there, "ally" is the one treaty-bound to the owner (the other, never
    its ally, is a distractor); with two allies, or none, no target."""
    rng = sc.rng
    pool = [sc.s, sc.t, sc.z, *others]
    by_code = {x.iso3: x for x in load_states()}
    owner = rng.choice(sorted(_ALLIES))
    s = by_code[owner]
    x = by_code[rng.choice(sorted(_ALLIES[owner] & set(by_code)))]
    foes = [y for y in pool + list(by_code.values()) if y.iso3 not in _ALLIES[owner] | {owner}]
    y = foes[0]
    two = rng.random() < 0.25 and len(_ALLIES[owner]) > 1  # two allies named: no reading
    if two:
        y = by_code[rng.choice(sorted(_ALLIES[owner] - {x.iso3}))]
    first = rng.choice(_QUARREL).format(X=sc.name(x), Y=sc.name(y), Xdem=x.demonym, w=_time(sc))
    phrase, root, facts = rng.choice(_FOR_ALLY)
    text = f"{_cap(first)}\n\n{_doer(sc, s, phrase)} {phrase}."
    want = Expect(owner, "" if two else x.iso3, frozenset({root}), facts)
    return text, (want,), _pair_events(x, y)


# Provocations of {Z} against {S}, and {S}'s answers "in response" that name no target.
_PROVOKE = (
    "{Z} expelled {Sposs} ambassador{w}.", "{Z} imposed sanctions on {S}{w}.",
    "{Z} accused {S} of espionage{w}.", "{Z} closed its border with {S}{w}.",
)  # fmt: skip
_ANSWER = (
    ("suspended trade in retaliation", "16"), ("imposed sanctions in response", "16"),
    ("recalled its ambassador in response", "16"), ("cut diplomatic ties in retaliation", "16"),
)  # fmt: skip


def a1_in_response(sc: Scene, others: list[State]) -> Built:
    """ "Algeria expelled Morocco's ambassador. Spain criticized Italy. Rabat suspended trade in
    retaliation": an act in response answers the latest act done to its doer (a quarrel of two
    other states in between is a distractor)."""
    rng, s, z = sc.rng, sc.s, sc.t
    first = rng.choice(_PROVOKE).format(
        Z=sc.name(z), S=sc.name(s), Sposs=_poss(sc.name(s)), w=_time(sc)
    )
    lines = [_cap(first)]
    allowed = [*_pair_events(s, z)]
    if rng.random() < 0.5:
        y, d = others[0], others[1]
        lines.append(f"{_cap(sc.name(y))} criticized {sc.name(d)}.")
        allowed += _pair_events(y, d)
    phrase, root = rng.choice(_ANSWER)
    text = " ".join(lines) + rng.choice(_BREAKS) + f"{_doer(sc, s, phrase)} {phrase}."
    return text, (Expect(s.iso3, z.iso3, frozenset({root}), ASSERTED),), tuple(allowed)


_RECEIVED = (
    "{T} received its first {X}{w}.", "{T} has received its first {X} from Western partners{w}.",
    "{T} obtained the first {X}{w}, its defence ministry said.",
)  # fmt: skip
_THINGS = ("jets", "tanks", "drones", "howitzers", "missiles")


def g3_received_before(sc: Scene, others: list[State]) -> Built:
    """ "Ukraine received its first F-16 jets. Norway pledged more of the jets", "Denmark
    pledged jets to Ukraine, and Belgium promised further deliveries": with no earlier gift of
    the family, the state that received the things named again (a quarrel of two other states
    in between is a distractor); a gift earlier in the same sentence names its recipient."""
    rng, s, t = sc.rng, sc.s, sc.t
    things = rng.choice(_THINGS)
    allowed = [Expect("*", t.iso3, frozenset({"07"}), ANY)]  # (reading "received from")
    if rng.random() < 0.3:
        z = sc.z
        text = f"{_cap(sc.name(z))} pledged {things} to {sc.name(t)}{_time(sc)}, and "
        text += f"{sc.name(s)} promised further deliveries."
        allowed += _pair_events(z, t)
        return text, (Expect(s.iso3, t.iso3, frozenset({"03"}), ASSERTED),), tuple(allowed)
    lines = [_cap(rng.choice(_RECEIVED).format(T=sc.name(t), X=things, w=_time(sc)))]
    if rng.random() < 0.5:
        y, d = others[0], others[1]
        lines.append(f"{_cap(sc.name(y))} accused {sc.name(d)} of espionage.")
        allowed += _pair_events(y, d)
    lines.append(f"{_doer(sc, s)} pledged more of the {things}.")
    text = " ".join(lines)
    return text, (Expect(s.iso3, t.iso3, frozenset({"03"}), ASSERTED),), tuple(allowed)


# Measures of {Z} against {S}, and {S}'s judgement of "the measure" in a later sentence.
_MEASURES = (
    "{Z} imposed tariffs on {Sdem} steel{w}.", "{Z} banned imports from {S}{w}.",
    "{Z} closed its airspace to {Sdem} flights{w}.", "{Z} imposed sanctions on {S}{w}.",
)  # fmt: skip
_JUDGED = (
    "said the measure was unjustified", "said the decision was illegal",
    "said the move was unjustified", "said the measures would destabilise markets",
)  # fmt: skip


def j1_judged_measure(sc: Scene, others: list[State]) -> Built:
    """ "Brazil imposed tariffs on Argentine steel. Buenos Aires said the measure was
    unjustified": a criticism of "the measure" judged in its clause is aimed at whoever took
    the latest measure named before (an older quarrel of two other states is a distractor)."""
    rng, s, z = sc.rng, sc.s, sc.t
    lines = []
    allowed = [*_pair_events(s, z)]
    if rng.random() < 0.5:
        y, d = others[0], others[1]
        lines.append(f"{_cap(sc.name(y))} criticized {sc.name(d)}{_time(sc)}.")
        allowed += _pair_events(y, d)
    measure = rng.choice(_MEASURES)
    lines.append(_cap(measure.format(Z=sc.name(z), S=sc.name(s), Sdem=s.demonym, w=_time(sc))))
    text = " ".join(lines) + rng.choice(_BREAKS) + f"{_doer(sc, s)} {rng.choice(_JUDGED)}."
    return text, (Expect(s.iso3, z.iso3, frozenset({"11"}), ASSERTED),), tuple(allowed)


XSENT8_CONSTRUCTIONS = {"d2_party_on_occasion": d2_party_on_occasion}
XSENT8_WITH_OTHERS = {
    "g1_given_again": g1_given_again,
    "g2_no_one_recipient": g2_no_one_recipient,
    "d1_referred_occasion": d1_referred_occasion,
    "r1_ally_across_paragraphs": r1_ally_across_paragraphs,
    "a1_in_response": a1_in_response,
    "g3_received_before": g3_received_before,
    "j1_judged_measure": j1_judged_measure,
}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample.
FLOORS = {name: (24, 0) for name in (*XSENT8_CONSTRUCTIONS, *XSENT8_WITH_OTHERS)}
