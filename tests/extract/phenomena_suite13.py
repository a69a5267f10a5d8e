"""Parser errors behind the suite's weak rows (issue 9, round 12, task suite13), crossed with
states, namings and phrasings: two leaders named in a row ("Keir Starmer and Emmanuel Macron
met", hyphenated names, a name that is also a modal), commentators in a place whose verb the
tagger reads as a noun ("Analysts in Tokyo caution S might ..."), an instrument's gerund read
as a noun ("a decree sanctioning T was signed by S"), and an elided clause after a semicolon or
on the act's complement ("...; Z followed suit", "threatened to ..., as did Z"). The sentences
are the project's own."""

from __future__ import annotations

from phenomena_tables import ACTS
from phenomena_words import (
    _FUTURE,
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _hedged,
    _one,
    _time,
    conjugate,
)

_MEET = ("met", "held talks", "met for talks", "held a meeting")
_PAIR_ROOT = frozenset({"04"})


def s13_leader_pair(sc: Scene) -> Built:
    """ "S's leader and T's leader met in Z": each meets the other, whatever the names' shapes
    (hyphenated, a modal's spelling, one name read as the other's modifier)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    a, b = sc.leader(s), sc.leader(t)
    text = f"{a} and {b} {rng.choice(_MEET)} in {z.capital}{_time(sc)}."
    want = (
        Expect(s.iso3, t.iso3, _PAIR_ROOT, ASSERTED),
        Expect(t.iso3, s.iso3, _PAIR_ROOT, ASSERTED),
    )
    return _cap(text), want, ()


_COMMENTATORS = ("Analysts", "Experts", "Commentators", "Some analysts", "Military experts")
_FORECASTS = ("caution", "warn", "predict", "fear")
_ACTS = [a for a in ACTS if a.domain in ("mil", "dip")]


def s13_commentators_in_place(sc: Scene) -> Built:
    """ "Analysts in Z caution (that) S might <act> T": S's possible act; the commentators and
    their place are no party, however the tagger reads the forecasting verb."""
    rng, z = sc.rng, sc.z
    act = rng.choice(_ACTS)
    phrase = rng.choice(act.base)
    src = sc.source(act, phrase)
    where = rng.choice((z.capital, z.name))
    who = f"{rng.choice(_COMMENTATORS)} in {where} {rng.choice(_FORECASTS)}"
    that = rng.choice(("that ", "", ""))
    modal = rng.choice(("could", "might", "may"))
    text = f"{who} {that}{src} {modal} {sc.fill(phrase)}{rng.choice(_FUTURE)}."
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({act.answer}), ANY),) if act.answer else ()
    return text, (_hedged(sc, act),), allowed


_INSTRUMENTS = ("A decree", "A law", "A bill", "An executive order", "A measure")
_SIGNED = ("was signed by", "was approved by", "was signed into law by")


def s13_instrument_gerund(sc: Scene) -> Built:
    """ "A decree sanctioning T was signed by S": the enactor sanctions T (the gerund's object
    is no second subject of the signing)."""
    rng, s, t = sc.rng, sc.s, sc.t
    who = rng.choice((sc.leader(s), f"the {s.demonym} president", f"{s.name}'s parliament"))
    text = f"{rng.choice(_INSTRUMENTS)} sanctioning {sc.name(t)} {rng.choice(_SIGNED)} {who}"
    return f"{text}{_time(sc)}.", (Expect(s.iso3, t.iso3, frozenset({"16", "17"}), ASSERTED),), ()


_HARM = frozenset({"15", "16", "17", "18", "19", "20"})  # (acts one threatens)


def s13_elided_after(sc: Scene) -> Built:
    """ "S <act> T; Z followed suit", "S threatened to <act> T, as did Z": the elided clause
    repeats the act for Z, whether the parser hangs it on the act or on its complement."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    threat = rng.random() < 0.5
    act = rng.choice([a for a in ACTS if a.domain != "civ" and (not threat or a.root in _HARM)])
    phrase = rng.choice([p for p in act.base if " its " not in f" {p} "] or list(act.base))
    a, b = sc.name(s), sc.name(z)
    if not threat:
        vp = sc.fill(conjugate(phrase, "past"))
        end = rng.choice(("followed suit", "did the same", "did likewise"))
        text = f"{a} {vp}{_time(sc)}; {b} {end}."
        root = act.root
    else:
        text = f"{a} threatened to {sc.fill(phrase)}{_time(sc)}, {rng.choice(('as did', 'and so did'))} {b}."
        root = "13"
    expected = (_one(s, t.iso3, root, ASSERTED), _one(z, t.iso3, root, ASSERTED))
    allowed: tuple[Expect, ...] = ()
    for x in (s, z):
        allowed += (Expect(x.iso3, t.iso3, frozenset({act.root, *act.also}), ANY),)
        if act.answer:
            allowed += (Expect(t.iso3, x.iso3, frozenset({act.answer}), ASSERTED),)
    return _cap(text), expected, allowed


SUITE13_CONSTRUCTIONS = {
    "s13_leader_pair": s13_leader_pair,
    "s13_commentators_in_place": s13_commentators_in_place,
    "s13_instrument_gerund": s13_instrument_gerund,
    "s13_elided_after": s13_elided_after,
}
# (fewest right of 24, most false) on sample(name, 24, seed=0). Main before suite13 (5540bdf),
# right of 24: leader_pair 22 (a first name read as the second's modifier, a split hyphenated
# name), commentators_in_place 23 (one left: "Analysts in South Africa caution X could ..." read
# as a relative clause), instrument_gerund 24, elided_after 12 ("; Z did the same" read as
# the act's governor, "threatened to ..., as did Z" hung on the complement).
FLOORS = {name: (24, 0) for name in SUITE13_CONSTRUCTIONS}
