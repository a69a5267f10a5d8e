"""Round 25 lexicon and act-frame classes of fresh19 (issue 9, lex32; fresh19_classes.md A, D,
J) as suite constructions, written from the GUIDE and the CAMEO codebook, crossed with the
suite's states named by name, capital, leader or demonym:

- ``l32_visas_scrapped``: "X and Y agreed to scrap (abolish, drop, waive, lift) visas (visa
  requirements) for each other's citizens": a barrier removed, an intent to cooperate (03) both
  ways, never a threat to cut relations (13); done by one state ("X scrapped visas for Y-ian
  citizens") an easing of administrative sanctions (08);
- ``l32_visa_exemption``: "X scrapped (ended, suspended, revoked) the visa exemption (visa-free
  travel, the visa waiver) for Y's citizens": an administrative sanction (172), and "would not
  scrap the visa exemption ... despite calls from lawmakers" that act negated (GUIDE rule 5: the
  calls are domestic, no refusal);
- ``l32_transit_permits``: "X has stopped (halted, suspended) issuing transit permits to Y-ian
  lorries (at a crossing)": Y's lorries barred, a restriction of movement (191, GUIDE rule 7),
  not a generic cut of relations (160);
- ``l32_released_home``: "X released the six Y-ian fishermen and flew (sent) them home": the
  release (084) and no deportation (174) beside it; "detained ... and sent them home" is one;
- ``l32_own_sent_home``: "Y-ian police detained three X-ian soldiers. X's defence ministry
  apologised and said the three men had been sent home": the own side's recall of people in
  its service, no deportation by the host.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NEGATED, Built, Expect, Scene, _cap, _poss

SAID = frozenset({"asserted", "reported"})
LATER = frozenset({"possible", "asserted"})


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_REMOVE = ("scrap", "abolish", "drop", "waive", "lift", "remove")
_VISAS = ("visas", "visa requirements", "visa fees")
_FOR_EACH = (
    "{S} and {T} agreed on Tuesday to {v} {visas} for each other's citizens.",
    "{S} and {T} agreed to {v} {visas} for each other's citizens on trips of up to 60 days.",
    "The leaders of {S} and {T} agreed to {v} {visas} for each other's nationals.",
    "{S} and {T} have agreed to {v} {visas} for each other's citizens, officials said.",
)
_ONE_WAY = (
    "{S} agreed to {v} {visas} for {Tdem} citizens.",
    "{Sposs} government agreed on Monday to {v} {visas} for {Tdem} tourists.",
)
_DONE = (
    "{S} {ved} visas for {Tdem} citizens on Monday.",
    "{S} has {ved} visa requirements for {Tdem} nationals.",
    "{Sposs} government {ved} visas for {Tdem} tourists.",
)
_PAST = {"scrap": "scrapped", "abolish": "abolished", "drop": "dropped", "waive": "waived",
         "lift": "lifted", "remove": "removed"}  # fmt: skip


def l32_visas_scrapped(sc: Scene) -> Built:
    """ "Chile and Argentina agreed to scrap visas for each other's citizens": an intent to
    cooperate (03) both ways, no threat (13); "Kenya scrapped visas for Tanzanian citizens" an
    easing (08)."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s), sc.name(t)
    v = sc.rng.choice(_REMOVE)
    words = {"S": sname, "T": tname, "Sposs": _poss(sname), "Tdem": t.demonym, "v": v,
             "visas": sc.rng.choice(_VISAS), "ved": _PAST[v]}  # fmt: skip
    roll = sc.rng.random()
    if roll < 0.5:
        text = sc.rng.choice(_FOR_EACH).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "03", SAID), _e(t.iso3, s.iso3, "03", SAID)), ()
    if roll < 0.75:
        text = sc.rng.choice(_ONE_WAY).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "03"),), ()
    text = sc.rng.choice(_DONE).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "08"),), ()


_EXEMPTIONS = ("the visa exemption", "visa-free travel", "the visa waiver", "visa-free entry",
               "the visa-free regime")  # fmt: skip
_ENDED = ("scrapped", "ended", "suspended", "revoked", "cancelled", "abolished")
_SANCTIONED = (
    "{S} {ved} {x} for {Tdem} citizens on Monday.",
    "{Sposs} government has {ved} {x} for {Tdem} nationals.",
    "{S} {ved} {x} for {Tdem} citizens, the interior ministry said.",
)
_KEPT = (
    "Officials said {S} would not scrap {x} for {Tdem} citizens.",
    "{Sposs} interior minister said {Scap} would not scrap {x} for {Tdem} citizens despite calls "
    "from nationalist lawmakers.",
    "{S} will not end {x} for {Tdem} nationals, its foreign ministry said.",
)


def l32_visa_exemption(sc: Scene) -> Built:
    """ "Kenya suspended the visa exemption for Tanzanian citizens": an administrative sanction
    (172), not a generic cut (160); "would not scrap it despite calls from lawmakers" negated."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    words = {"S": sname, "Sposs": _poss(sname), "Scap": s.capital, "Tdem": t.demonym,
             "x": sc.rng.choice(_EXEMPTIONS), "ved": sc.rng.choice(_ENDED)}  # fmt: skip
    if sc.rng.random() < 0.65:
        text = sc.rng.choice(_SANCTIONED).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "17", SAID),), ()
    text = sc.rng.choice(_KEPT).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "17", NEGATED),), ()


_PERMITS = (
    "{S} has stopped issuing transit permits to {Tdem} lorries at the main crossing.",
    "{S} stopped issuing transit permits to {Tdem} lorries until the drivers are freed, "
    "{Sposs} transport ministry said.",
    "{S} halted issuing permits to {Tdem} trucks at the border.",
    "{Sposs} government has suspended the issuing of transit permits to {Tdem} hauliers.",
    "{S} stopped issuing licences to {Tdem} trucks on Monday.",
    "{S} has suspended transit permits for {Tdem} lorries.",
)


def l32_transit_permits(sc: Scene) -> Built:
    """ "Kenya has stopped issuing transit permits to Tanzanian lorries at Namanga": Y's lorries
    barred, a restriction of movement (191, GUIDE rule 7)."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.2)
    text = sc.rng.choice(_PERMITS).format(S=sname, Sposs=_poss(sname), Tdem=t.demonym)
    return _cap(text), (_e(s.iso3, t.iso3, "19", SAID),), ()


_PEOPLE = ("fishermen", "sailors", "traders", "students", "lorry drivers")
_RELEASED = (
    "{S} released the six {Tdem} {p} held since March and flew them home on Friday.",
    "{S} freed the six {Tdem} {p} and sent them home.",
    "{Sdem} authorities released four {Tdem} {p} on Monday and flew them back to {Tcap}.",
    "{S} released the {Tdem} {p} and sent them home, {Tposs} foreign ministry said.",
)
_DEPORTED = (
    "{Sdem} police detained 40 {Tdem} {p} and sent them home on Monday.",
    "{S} arrested six {Tdem} {p} and flew them home.",
)


def l32_released_home(sc: Scene) -> Built:
    """ "Peru released the six Chilean fishermen and flew them home": the release (084), and
    the trip home no deportation (174) of its own; "detained ... and sent them home" is both a
    detention and a deportation (17)."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s, capital=0.0), sc.name(t, capital=0.0)
    words = {"S": sname, "Sdem": s.demonym, "Tdem": t.demonym, "Tcap": t.capital,
             "Tposs": _poss(tname), "p": sc.rng.choice(_PEOPLE)}  # fmt: skip
    if sc.rng.random() < 0.7:
        text = sc.rng.choice(_RELEASED).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "08", SAID),), ()
    text = sc.rng.choice(_DEPORTED).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "17"),), ()


_SERVICE = ("soldiers", "sailors", "officers", "servicemen")
_HELD = (
    "{Tdem} police detained three {Sdem} {p} after a fight in a bar on Friday.",
    "{Tdem} police arrested two {Sdem} {p} after a brawl on Saturday.",
)
_RECALLED = (
    "{Sposs} defence ministry apologised to {Tcap} for the men's behaviour and said the three "
    "men had been sent home.",
    "{Sposs} defence ministry apologised and said both men had been sent home.",
    "{Sposs} foreign ministry apologised to {Tcap} and said the {p} had been flown home.",
)


def l32_own_sent_home(sc: Scene) -> Built:
    """ "Danish police detained three Norwegian sailors. Norway's defence ministry apologised
    and said the three men had been sent home": the detention (17) and the apology (05); the
    men's own side sent them home, no deportation by the host."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    words = {"Sposs": _poss(sname), "Sdem": s.demonym, "Tdem": t.demonym, "Tcap": t.capital,
             "p": sc.rng.choice(_SERVICE)}  # fmt: skip
    text = f"{sc.rng.choice(_HELD).format(**words)} {sc.rng.choice(_RECALLED).format(**words)}"
    want = (_e(t.iso3, s.iso3, "17"),)
    apology = Expect(s.iso3, "*", frozenset({"05"}), ANY)
    return _cap(text), want, (apology,)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l32_visas_scrapped": l32_visas_scrapped,
    "l32_visa_exemption": l32_visa_exemption,
    "l32_transit_permits": l32_transit_permits,
    "l32_released_home": l32_released_home,
    "l32_own_sent_home": l32_own_sent_home,
}

# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex32 (5ac82f4) the same 24 scored (right, false assertions):
# l32_visas_scrapped 20/1 (a threat, 131, for "agreed to scrap visas"); l32_visa_exemption 0/1
# (160); l32_transit_permits 4/4 (160, or nothing for "halted issuing"); l32_released_home 8/12
# (a deportation, 174, beside the release); l32_own_sent_home 5/0 (the host's 174 reported).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
