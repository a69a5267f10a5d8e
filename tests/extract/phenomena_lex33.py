"""Round 26 lexicon classes of fresh20 (issue 9, lex33; fresh20_classes.md D and the lexicon
parts of C and E) as suite constructions, written from the GUIDE and the CAMEO codebook,
crossed with the suite's states named by name, capital, leader or demonym:

- ``l33_honour``: "X conferred on Y's president the Order of X (the Legion of Honour, an
  honorary knighthood)", "bestowed / awarded / presented with a medal": praise (051), never a
  consultation (040, "conferred with");
- ``l33_boat_stopped``: "X's coast guard intercepted (stopped) a boat (vessel, dhow) carrying
  40 Y-ian migrants" (also in the passive, "a boat carrying ... was intercepted by X's navy"):
  movement restricted (191), not a seizure of property (171);
- ``l33_base_granted``: "X granted (gave, offered, leased) Y a naval base (basing rights,
  access to its ports)": military cooperation (062), not generic aid (070); "is unlikely to
  grant" the same act possible;
- ``l33_people_returned``: "X returned 40 Y-ian nationals (citizens, migrants) to Y's
  capital": deportation (174), not a release (084); detained fishermen returned stay 084;
- ``l33_money_poured``: "X poured (pumped, ploughed) money (billions) into Y's north": economic
  aid (071);
- ``l33_refugees_taken``: "X has taken in (admitted, hosted) thousands of Y-ian refugees":
  asylum (075), never a hosted visit (043).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _poss

SAID = frozenset({"asserted", "reported"})
MAYBE = frozenset({"possible"})


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


_HONOURS = ("the Legion of Honour", "an honorary knighthood", "the Order of Merit",
            "the Grand Cross of the Order of the Star", "a medal of honour",
            "its highest state honour")  # fmt: skip
_CONFERRED = (
    "{S} conferred {h} on {Tdem} President {Tlead}.",
    "{Sposs} president conferred on the {Tdem} foreign minister {h}.",
    "{S} bestowed {h} on {Tposs} foreign minister on Monday.",
    "{S} awarded {Tposs} president {h} for his role in the peace talks.",
    "{Sposs} president presented the {Tdem} prime minister with {h}.",
    "{S} has awarded {h} to {Tposs} defence minister.",
)
_RECEIVED = (
    "{Sposs} president received {Tdem} President {Tlead} at the palace on Monday and "
    "conferred on him {h}."
)


def l33_honour(sc: Scene) -> Built:
    """ "France conferred on Kenya's president the Legion of Honour": praise (051), never a
    consultation (040)."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s, capital=0.0), sc.name(t, capital=0.0)
    words = {"S": sname, "Sposs": _poss(sname), "Tdem": t.demonym, "Tposs": _poss(tname),
             "Tlead": sc.leader(t), "h": sc.rng.choice(_HONOURS)}  # fmt: skip
    if sc.rng.random() < 0.25:
        text = _RECEIVED.format(**words)
        visit = Expect("*", "*", frozenset({"04"}), ANY)
        return _cap(text), (_e(s.iso3, t.iso3, "05"),), (visit,)
    text = sc.rng.choice(_CONFERRED).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "05"),), ()


_FORCES = ("coast guard", "navy", "border police", "maritime police")
_BOATS = ("boat", "vessel", "dhow", "wooden boat", "fishing boat")
_STOPPED = (
    "The {Sdem} {f} intercepted a {b} carrying 40 {Tdem} migrants off the coast.",
    "The {Sdem} {f} stopped a {b} carrying 12 {Tdem} nationals on Monday.",
    "The {Sdem} {f} intercepted a {b} with 60 {Tdem} migrants aboard.",
    "{Sposs} {f} intercepted a {b} carrying 35 {Tdem} asylum seekers, the ministry said.",
    "The {Sdem} {f} intercepted a {b} carrying 40 {Tdem} migrants and detained them.",
    "A {b} carrying 40 {Tdem} migrants was intercepted by the {Sdem} {f} on Monday.",
    "A {b} with 25 {Tdem} nationals aboard was stopped by the {Sdem} {f}.",
)


def l33_boat_stopped(sc: Scene) -> Built:
    """ "The Kenyan navy intercepted a boat carrying 40 Somali migrants": movement restricted
    (191), no seizure (171)."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    words = {"Sdem": s.demonym, "Sposs": _poss(sname), "Tdem": t.demonym,
             "f": sc.rng.choice(_FORCES), "b": sc.rng.choice(_BOATS)}  # fmt: skip
    text = sc.rng.choice(_STOPPED).format(**words)
    held = Expect(s.iso3, t.iso3, frozenset({"17"}), ANY)
    return _cap(text), (_e(s.iso3, t.iso3, "19", SAID),), (held,)


_GRANTED = (
    "{S} granted {T} a naval base on its northern coast.",
    "{S} has given {T} basing rights at its main port.",
    "{S} offered {T} access to its ports for its warships.",
    "{S} leased {T} a naval base for 25 years.",
    "{S} granted {Tposs} navy access to its ports.",
    "{S} granted {T} docking rights for its navy.",
    "{S} has offered {Tposs} navy docking rights at its main port.",
)
_UNLIKELY = (
    "{S} is unlikely to grant {T} a second naval base.",
    "{S} may grant {T} a naval base, officials said.",
)


def l33_base_granted(sc: Scene) -> Built:
    """ "Sudan granted Russia a naval base": military cooperation (062), no aid (070)."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s), sc.name(t, capital=0.0)
    words = {"S": sname, "T": tname, "Tposs": _poss(tname)}
    if sc.rng.random() < 0.75:
        text = sc.rng.choice(_GRANTED).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "06"),), ()
    text = sc.rng.choice(_UNLIKELY).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "06", MAYBE),), ()


_RETURNED = (
    "{S} returned 40 {Tdem} nationals to {Tcap} on Monday.",
    "{Sdem} authorities returned 300 {Tdem} citizens across the border.",
    "{S} returned the 12 {Tdem} migrants to {Tcap}.",
    "{S} has returned 150 {Tdem} nationals who had crossed illegally.",
    "{S} returned 60 {Tdem} families to {Tcap} this week.",
)
_FREED = (
    "{S} returned 22 {Tdem} fishermen held since March.",
    "{S} returned the captured {Tdem} soldiers on Friday.",
)


def l33_people_returned(sc: Scene) -> Built:
    """ "Kenya returned 40 Somali nationals to Mogadishu": deportation (174), no release (084);
    detainees returned stay a release (08)."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    words = {"S": sname, "Sdem": s.demonym, "Tdem": t.demonym, "Tcap": t.capital}
    if sc.rng.random() < 0.75:
        text = sc.rng.choice(_RETURNED).format(**words)
        return _cap(text), (_e(s.iso3, t.iso3, "17"),), ()
    text = sc.rng.choice(_FREED).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "08"),), ()


_MONEY = ("money", "billions", "millions of dollars", "funds")
_POURED = (
    "{S} has poured {m} into {Tposs} northern region.",
    "{S} pumped {m} into {Tposs} economy last year.",
    "{S} ploughed {m} into {Tposs} border provinces.",
    "{S} has poured {m} into {T} since the war ended.",
)


def l33_money_poured(sc: Scene) -> Built:
    """ "Norway poured money into Kenya's Turkana county": economic aid (071)."""
    s, t = sc.s, sc.t
    sname, tname = sc.name(s), sc.name(t, capital=0.0)
    words = {"S": sname, "T": tname, "Tposs": _poss(tname), "m": sc.rng.choice(_MONEY)}
    text = sc.rng.choice(_POURED).format(**words)
    return _cap(text), (_e(s.iso3, t.iso3, "07"),), ()


_TAKEN = (
    "{S} has taken in thousands of {Tdem} refugees.",
    "{S} took in 600,000 {Tdem} refugees during the war.",
    "{S} has hosted {Tdem} refugees for decades.",
    "{S} admitted 20,000 {Tdem} refugees last year.",
    "{S} has taken in more {Tdem} refugees than any other country.",
)


def l33_refugees_taken(sc: Scene) -> Built:
    """ "Kenya has taken in thousands of Somali refugees": asylum (075), no hosted visit."""
    s, t = sc.s, sc.t
    sname = sc.name(s, capital=0.0)
    text = sc.rng.choice(_TAKEN).format(S=sname, Tdem=t.demonym)
    return _cap(text), (_e(s.iso3, t.iso3, "07"),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "l33_honour": l33_honour,
    "l33_boat_stopped": l33_boat_stopped,
    "l33_base_granted": l33_base_granted,
    "l33_people_returned": l33_people_returned,
    "l33_money_poured": l33_money_poured,
    "l33_refugees_taken": l33_refugees_taken,
}

# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
