"""Wrong parties in a slot (issue 9 section 1, targets9), crossed with states and phrasings.

t1: a weapon's maker or supplier ("struck X with Iranian-made drones", "fired North Korean
missiles at X") is no target; the target is the state struck, or none when the place struck is
not a state's name. A weapon shot down or destroyed is its owner's: that owner stays the target.
t2: the outlet of a statement ("in an interview with a French newspaper", "in comments to
German media", "in a statement carried by Saudi state media") is no target.
t3: a government's or military's disapproval of an act naming no doer ("condemned the launch"),
or its appeal for a thing of no one named ("urged restraint"), is not aimed at its own state.
t4: where the speaker is ("in a speech in Paris", "during a visit to Egypt" for talk) is no
target; aid pledged on a visit goes to the host (the control).
t5: the state a cooperation is against ("cooperation against X's threat", "unity against X") is
no target; a named partner is.
"""

from __future__ import annotations

from phenomena_words import ASSERTED, Built, Expect, Scene, _cap, _poss, _time

_FORCE = frozenset({"18", "19", "20"})
_WEAPONS = (
    "drones", "missiles", "rockets", "cruise missiles", "ballistic missiles", "warplanes",
    "fighter jets", "artillery shells", "attack drones", "rocket launchers",
)  # fmt: skip
# How a weapon names its maker: before the noun ({D} the demonym) or after it ({Z} the name).
_MADE_BEFORE = ("{D}", "{D}-made", "{D}-built", "{D}-supplied", "{D}-designed")
_MADE_AFTER = ("supplied by {Z}", "made in {Z}", "bought from {Z}", "provided by {Z}")
# Acts of force done with a weapon, at a named state ({T}) or at a place no table names.
_WITH_ACTS = (
    "struck {T} with {W}", "attacked {T} with {W}", "bombed {T} with {W}",
    "pounded {T} with {W}", "shelled {T} using {W}", "attacked {T} using {W}",
)  # fmt: skip
_SENT_ACTS = ("fired {W} at {T}", "launched {W} at {T}", "fired {W} towards {T}")
_PROJECTILES = (
    "drones", "missiles", "rockets", "cruise missiles", "ballistic missiles", "attack drones",
    "artillery shells",
)  # fmt: skip
_PLACES = (
    "a fuel depot", "an air base", "the port", "a military airfield", "a border town",
    "an ammunition depot", "the rebel-held city", "a power station",
)  # fmt: skip


def _weapon(sc: Scene, after: bool = True) -> str:
    """A weapon phrase naming its maker, the scene's third state (``after``: also "drones made
    in Z", which the parser may hang a following aim phrase on)."""
    rng, z = sc.rng, sc.z
    w = rng.choice(_WEAPONS if after else _PROJECTILES)
    if not after or rng.random() < 0.7:
        return f"{rng.choice(_MADE_BEFORE).format(D=z.demonym)} {w}"
    return f"{w} {rng.choice(_MADE_AFTER).format(Z=sc.name(z, capital=0.0))}"


def t1_weapon_maker(sc: Scene) -> Built:
    """ "Russia struck Odesa with Iranian-made drones": the drones' maker is no target; the
    state struck is ("struck Ukraine with ..."), or none when the place names no state. A
    weapon of another state shot down is that state's (the control)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    doer = sc.name(s)
    r = rng.random()
    if r < 0.15:  # the control: the other state's weapons are what is hit
        act = rng.choice(("shot down", "destroyed"))
        text = f"{doer} {act} {z.demonym} {rng.choice(('drones', 'missiles', 'warplanes'))}"
        text += f"{_time(sc)}."
        return _cap(text), (Expect(s.iso3, z.iso3, _FORCE | {"17"}, ASSERTED),), ()
    named = r < 0.55
    place = sc.name(t) if named else rng.choice(_PLACES)
    act = rng.choice(_WITH_ACTS + (_SENT_ACTS if named else ()))
    act = act.format(T=place, W=_weapon(sc, after=not act.startswith(("fired", "launched"))))
    text = f"{doer} {act}{_time(sc)}."
    want = Expect(s.iso3, t.iso3 if named else "", _FORCE, ASSERTED)
    return _cap(text), (want,), ()


_OUTLETS = (
    "in an interview with {a} {D} newspaper", "in an interview with {D} television",
    "in comments to {D} media", "in remarks to {D} state television",
    "in a statement carried by {D} state media", "in an interview with {a} {D} news agency",
    "in remarks broadcast by {D} television", "in an interview given to {a} {D} daily",
    "in an interview on {D} television", "in comments on {D} state radio",
)  # fmt: skip
# Verbal acts with an object that names no party, and their roots.
_SPOKEN = (
    ("criticized the sanctions", "11"), ("condemned the decision", "11"),
    ("rejected the proposal", "12"), ("urged restraint", "02"),
    ("denounced the blockade", "11"), ("praised the agreement", "05"),
    ("called for a ceasefire", "02"),
)  # fmt: skip
# Verbal acts at a named state ({T}).
_SPOKEN_AT = (
    ("criticized {T}", "11"), ("accused {T} of arming the rebels", "11"), ("praised {T}", "05"),
    ("urged {T} to show restraint", "02"), ("condemned {Tposs} missile test", "11"),
)  # fmt: skip


def t2_statement_outlet(sc: Scene) -> Built:
    """ "Brazil criticized the sanctions in an interview with a French newspaper": the outlet
    is no target; a state the act names ("criticized Israel in an interview ...") is."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    article = "an" if z.demonym[:1] in "AEIOU" else "a"
    outlet = rng.choice(_OUTLETS).format(a=article, D=z.demonym)
    doer = sc.leader(s) if rng.random() < 0.3 else sc.name(s)
    if rng.random() < 0.5:
        act, root = rng.choice(_SPOKEN)
        target = ""
    else:
        act, root = rng.choice(_SPOKEN_AT)
        tname = sc.name(t)
        act = act.format(T=tname, Tposs=_poss(tname))
        target = t.iso3
    if rng.random() < 0.5:
        text = f"{doer} {act} {outlet}{_time(sc)}."
    else:
        text = f"{_cap(outlet)}, {doer} {act}{_time(sc)}."
    roots = frozenset({root, "11", "12"} if root in ("11", "12") else {root})
    return _cap(text), (Expect(s.iso3, target, roots, ASSERTED),), ()


# Acts judged by a state's government or military with no doer named, and their roots.
_JUDGED = (
    ("condemned the launch", "11"), ("criticized the decision", "11"),
    ("denounced the vote", "11"), ("condemned the expulsion", "11"),
    ("condemned the seizure", "11"), ("dismissed the report", "01"),
    ("condemned the test", "11"), ("criticized the election", "11"),
    ("condemned the arrests", "11"), ("rejected the accusations", "01"),
)  # fmt: skip
# Who judges: the state's offices, diplomats (some posted abroad) and forces.
_JUDGES = (
    "{D} foreign ministry", "{D} government", "{D} prime minister", "{D} president",
    "{D} defence ministry", "{D} ambassador to {Z}", "{D} embassy in {Zcap}", "{D} military",
)  # fmt: skip


def t3_judged_act(sc: Scene) -> Built:
    """ "Japan's prime minister condemned the launch", "the foreign ministry urged restraint":
    a state's government or military that judges an act whose doer the sentence does not name,
    or asks for a thing of no one named, is aimed abroad or at no one named,
    never at its own state; the doer, when named ("the launch by X"), is the target. The
    opposition's judgement ("the Indian opposition condemned the vote") stays at home (the
    control)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    act, root = rng.choice(_JUDGED)
    judge = rng.choice(_JUDGES).format(D=s.demonym, Z=sc.name(z, capital=0.0), Zcap=z.capital)
    judge = "the " + judge if rng.random() < 0.6 else judge.replace(s.demonym, _poss(s.name), 1)
    roots = frozenset({"11", "12", root})  # (a report or accusation rejected is denied: 01)
    r = rng.random()
    if r < 0.1:  # the control: a party's judgement at home
        party = rng.choice(("{D} opposition", "{D} opposition leader", "{D} opposition party"))
        act = rng.choice(("criticized the decision", "denounced the vote", "condemned the test"))
        text = f"the {party.format(D=s.demonym)} {act}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, s.iso3, frozenset({"11"}), ASSERTED),), ()
    if r < 0.35:  # the doer named: the target
        text = f"{judge} {act} by {sc.name(t)}{_time(sc)}."
        return _cap(text), (Expect(s.iso3, t.iso3, roots, ASSERTED),), ()
    if r < 0.55:  # an appeal for a thing, to no one named
        act, root = rng.choice(_APPEALS)
        roots = frozenset({root})
    text = f"{judge} {act}{_time(sc)}."
    return _cap(text), (Expect(s.iso3, "", roots, ASSERTED),), ()


_APPEALS = (
    ("urged restraint", "02"), ("called for a ceasefire", "02"), ("appealed for calm", "02"),
    ("called for an immediate truce", "02"), ("urged dialogue", "02"),
)  # fmt: skip


# Where the speaker is ({Z} a state's name or capital): a speech's place, a visit's host.
_SPEECH_PLACES = (
    "in a speech in {Z}", "at a rally in {Z}", "speaking in {Z}", "at a news conference in {Z}",
    "during a visit to {Z}", "on a visit to {Z}", "in an address in {Z}", "on a trip to {Z}",
)  # fmt: skip
_TALK = (
    ("condemned the strikes", "11"), ("criticized the coup", "11"),
    ("denounced the sanctions", "11"), ("condemned the missile launch", "11"),
    ("criticized the decision", "11"), ("urged restraint", "02"),
)  # fmt: skip


def t4_speaker_place(sc: Scene) -> Built:
    """ "During a visit to Egypt, the Turkish president condemned the strikes", "in a speech
    in Paris, X criticized the coup": where the speaker is says where the act was done, not
    whom it is aimed at. A state the act names ("criticized Peru") is its target; a pledge on a
    visit ("on a visit to X, pledged more aid") is aimed at the host (the control)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    speaker = f"the {s.demonym} {rng.choice(('president', 'prime minister', 'foreign minister'))}"
    r = rng.random()
    if r < 0.15:  # the control: aid pledged on a visit goes to the host
        place = rng.choice(("On a visit to {Z}", "During a visit to {Z}"))
        text = f"{place.format(Z=sc.name(z))}, {speaker} pledged more military aid{_time(sc)}."
        want = Expect(s.iso3, z.iso3, frozenset({"03", "07"}), ASSERTED)
        return text, (want,), ()
    place = rng.choice(_SPEECH_PLACES).format(Z=sc.name(z))
    if r < 0.4:
        tname = sc.name(t)
        act, root = rng.choice((("criticized {T}", "11"), ("condemned {Tposs} attack", "11")))
        act, target = act.format(T=tname, Tposs=_poss(tname)), t.iso3
    else:
        (act, root), target = rng.choice(_TALK), ""
    if rng.random() < 0.5:
        text = f"{_cap(place)}, {speaker} {act}{_time(sc)}."
    else:
        sep = ", " if place.startswith("speaking") else " "  # (a participle set off)
        text = _cap(f"{speaker} {act}{sep}{place}{_time(sc)}.")
    return text, (Expect(s.iso3, target, frozenset({root}), ASSERTED),), ()


# Cooperation against a common adversary ({Z}); {P} the partner when one is named.
_ALLIED = (
    ("called for closer security cooperation against {Zposs} threat", "02", False),
    ("called for unity against {Zdem} aggression", "02", False),
    ("urged closer coordination against {Zposs} nuclear programme", "02", False),
    ("called for a united front against {Z}", "02", False),
    ("urged allies to stand together against {Z}", "02", False),
    ("sought support against {Zposs} coercion", "02", False),
    ("agreed with {P} to cooperate against {Zposs} missile threat", "03", True),
    ("urged {P} to join the fight against {Zdem} militants", "02", True),
    ("asked {P} for help against {Zposs} drones", "02", True),
)  # fmt: skip


def t5_common_adversary(sc: Scene) -> Built:
    """ "Japan called for closer cooperation against North Korea's threat": the state a
    cooperation is against is no target; the partner, when named, is. A conflictual act
    "against" a state (the control: "imposed sanctions against X") keeps it."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    doer = sc.leader(s) if rng.random() < 0.3 else sc.name(s)
    zname = sc.name(z)
    if rng.random() < 0.15:  # the control
        act = rng.choice(("imposed sanctions against {Z}", "filed a complaint against {Z}"))
        text = f"{doer} {act.format(Z=zname)}{_time(sc)}."
        roots = frozenset({"16", "11"})
        return _cap(text), (Expect(s.iso3, z.iso3, roots, ASSERTED),), ()
    act, root, partner = rng.choice(_ALLIED)
    act = act.format(Z=zname, Zposs=_poss(zname), Zdem=z.demonym, P=sc.name(t))
    text = f"{doer} {act}{_time(sc)}."
    roots = frozenset({root, "02", "03", "06"})
    return _cap(text), (Expect(s.iso3, t.iso3 if partner else "", roots, ASSERTED),), ()


TARGETS9_CONSTRUCTIONS = {
    "t1_weapon_maker": t1_weapon_maker,
    "t2_statement_outlet": t2_statement_outlet,
    "t3_judged_act": t3_judged_act,
    "t4_speaker_place": t4_speaker_place,
    "t5_common_adversary": t5_common_adversary,
}
# (fewest right of 24, most false assertions) on test_phenomena's fixed sample. Main before
# targets9 (29b75ac), right of 24 (seed 0): t1 21 (3 false: the weapon's maker as target), t2 17
# (7 false: the outlet or the home state), t3 18 (6 false: the home state), t4 4 (20 false: the
# speech's place or the visit's host), t5 11 (13 false: the common adversary).
FLOORS = {name: (23, 0) for name in TARGETS9_CONSTRUCTIONS}
