"""Round 25's leftovers (issue 9, leftovers33) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo33_denied_gerund``: "Russia denied on Friday breaching the accord with Ukraine", "Uganda
  denied yesterday attacking Kenyan troops": a gerund after a time phrase or an adverb is the
  denied act (``_denied_gerunds.denied_gerund``): X -> Y 016 asserted and the act X -> Y
  `negated` (GUIDE rule 2's denials);
- ``lo33_complaint_participle``: "Kenya summoned Uganda's ambassador on Monday, complaining
  (protesting, objecting) that Uganda had detained Kenyan fishermen": the complaint X -> Y 11
  asserted, the complained-of act Y -> X `reported` (``_added_reports.GRIEVING``; the row
  ``protest V clause,before=summon 114``), never asserted;
- ``lo33_speakers_ground``: "Greece said (complained) that Turkey had violated its airspace
  (waters, territory, border)": "its" is the speaker's state (``parties.speakers_ground``), the
  violation Y -> X 15 (or 12 for sovereignty) `reported`;
- ``lo33_met_with``: "Kenya's proposal was met with a rebuff (protests, condemnation) from
  Uganda", "Uganda met Kenya's offer with a flat rejection": the reaction Y -> X by its noun's
  kind (12, 11), no meeting; silence is no event (``parties.drawn``, ``answer_with``);
- ``lo33_compensation``: "Japan paid 5 million dollars to South Korea's fishermen to compensate
  them", "Japan compensated South Korean fishermen": monetary aid X -> Y 07 asserted, the
  purpose no second act (``_compensation``).

Before the fix, on main (d9dbc0a): lo33_denied_gerund lost the act after a time phrase (the
gerund an adverbial clause); lo33_complaint_participle lost the complained-of act (a scene of
the participle) and "protesting" after a summons was no event; lo33_speakers_ground gave no
target with a state's name as the violator ("its" read as the violator's own) and 128 for
waters, territory and borders; lo33_met_with read "met" as a meeting (040) and "a rebuff" as no
event; lo33_compensation coded the payment 061.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_WHEN = ("on Friday", "on Monday", "yesterday", "on Tuesday", "on Wednesday evening",
         "again on Sunday", "strongly", "flatly", "again")  # fmt: skip
# (denied gerund, the denied act's root)
_GERUNDS = (("breaching the accord with {T}", "12"), ("violating its treaty with {T}", "12"),
            ("having violated the agreement with {T}", "12"),
            ("breaking the border agreement with {T}", "12"),
            ("attacking {Tdem} border posts", "19"), ("shelling {Tdem} villages", "19"),
            ("attacking {Tdem} troops", "19"), ("detaining {Tdem} fishermen", "17"),
            ("having shelled {Tdem} positions", "19"), ("seizing {Tdem} fishing boats", "17"))  # fmt: skip


def lo33_denied_gerund(sc: Scene) -> Built:
    """ "Russia denied on Friday breaching the accord with Ukraine": Russia -> Ukraine 016
    asserted, the breach (attack, detention) Russia -> Ukraine negated."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.2)
    gerund, root = sc.rng.choice(_GERUNDS)
    act = gerund.format(T=tname, Tdem=sc.t.demonym)
    when = sc.rng.choice(_WHEN)
    text = f"{_cap(sname)} denied {when} {act}."
    want = (_e(sc.s, sc.t, _r("01"), ASSERTED), _e(sc.s, sc.t, _r(root), NEGATED))
    return text, want, ()


# (the complainer's act at Y, its roots)
_FIRST = (("summoned {Tposs} ambassador", "11"), ("summoned the {Tdem} envoy", "11"),
          ("summoned {Tposs} charge d'affaires", "11"),
          ("lodged a formal protest with {T}", "11"))  # fmt: skip
_GRIEF = ("complaining", "protesting", "objecting", "complaining", "protesting")
_TIMES = ("", " on Monday", " on Friday", " late on Tuesday")
# (what Y had done to the complainer, its roots)
_DONE = (("had detained {Sdem} fishermen", "17"), ("had expelled two {Sdem} diplomats", "16"),
         ("had shelled {Sdem} border villages", "19"), ("had seized {Sdem} fishing boats", "17"),
         ("had arrested {Sdem} traders", "17"), ("had deported {Sdem} workers", "17"),
         ("had imposed tariffs on {S}", "16"))  # fmt: skip


def lo33_complaint_participle(sc: Scene) -> Built:
    """ "Kenya summoned Uganda's ambassador on Monday, complaining that Uganda had detained
    Kenyan fishermen": Kenya -> Uganda 11 asserted (the summons and the complaint), Uganda ->
    Kenya (the detention) reported."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    first, root = sc.rng.choice(_FIRST)
    tref = sc.name(sc.t, capital=0.0)
    main = first.format(T=tref, Tposs=_poss(tref), Tdem=sc.t.demonym)
    done, roots = sc.rng.choice(_DONE)
    sref = sc.name(sc.s, capital=0.0)
    what = done.format(S=sref, Sdem=sc.s.demonym)
    grief = sc.rng.choice(_GRIEF)
    text = f"{_cap(sname)} {main}{sc.rng.choice(_TIMES)}, {grief} that {tname} {what}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r(roots), REPORTED))
    return text, want, ()


_SAID = ("said", "said that", "complained that", "said on Monday that", "charged that",
         "protested that", "told reporters that")  # fmt: skip
# (the violation of the speaker's ground, its roots)
_GROUND = (("violated its airspace", "15"), ("had violated its airspace", "15"),
           ("had violated its territorial waters", "15"), ("violated its waters", "15"),
           ("had violated its territory", "15"), ("had violated its border", "15"),
           ("had entered its waters", "15"), ("had entered its airspace", "15"),
           ("had violated its sovereignty", "12"), ("violated its territorial waters", "15"))  # fmt: skip
# The violator: its name, its forces by demonym or its name's possessive.
_VIOLATOR = ("{T}", "{Tdem} jets", "{Tdem} warships", "{Tposs} drones", "{Tdem} troops",
             "{T}", "{Tdem} military aircraft", "{Tdem} coast guard vessels")  # fmt: skip


def lo33_speakers_ground(sc: Scene) -> Built:
    """ "Greece said that Turkey had violated its airspace": Turkey -> Greece, the violation
    reported ("its" the speaker's)."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    said = sc.rng.choice(_SAID)
    ground, root = sc.rng.choice(_GROUND)
    who = sc.rng.choice(_VIOLATOR).format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(sname)} {said} {who} {ground}."
    want: tuple[Expect, ...] = (_e(sc.t, sc.s, _r(root), REPORTED),)
    allowed: tuple[Expect, ...] = ()
    if said.startswith(("complained", "charged", "protested")):
        want += (_e(sc.s, sc.t, _r("11"), ASSERTED),)
    return text, want, allowed


_OFFER = ("proposal", "offer", "move", "plan", "peace proposal", "initiative", "overture")
# (the reaction noun, its root; "" no event)
_REACTION = (("a firm rebuff", "12"), ("a flat rejection", "12"), ("protests", "11"),
             ("condemnation", "11"), ("sharp criticism", "11"), ("a swift rejection", "12"),
             ("a rebuff", "12"), ("silence", ""))  # fmt: skip
_MET = ("was met with", "has been met with", "met with", "was greeted with")


def lo33_met_with(sc: Scene) -> Built:
    """ "Kenya's proposal was met with a rebuff from Uganda" / "Uganda met Kenya's proposal with
    a rebuff": Uganda -> Kenya by the reaction's kind (12, 11); silence is no event, and no
    meeting either way."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    offer = sc.rng.choice(_OFFER)
    reaction, root = sc.rng.choice(_REACTION)
    if sc.rng.random() < 0.6:
        owner = _poss(sname) if sc.rng.random() < 0.7 else f"the {sc.s.demonym}"
        met = sc.rng.choice(_MET)
        tail = f" from {tname}" if root else f" in {tname}"
        text = f"{_cap(owner)} {offer} {met} {reaction}{tail}."
    else:
        verb = "met" if sc.rng.random() < 0.7 else "greeted"
        owner = _poss(sc.name(sc.s, capital=0.0))
        text = f"{_cap(tname)} {verb} {owner} {offer} with {reaction}."
    want = (_e(sc.t, sc.s, _r(root), ASSERTED),) if root else ()
    # The offer or proposal itself (an intent, 03) is the proposer's own act: acceptable.
    allowed = (Expect(sc.s.iso3, "*", frozenset({"03"}), ANY),
               Expect(sc.s.iso3, "", frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


_PAID = ("paid {N} to {Tposs} fishermen", "paid {N} to {Tdem} farmers",
         "paid {N} to {Tdem} border towns", "gave {N} to {Tdem} families",
         "paid {N} to the {Tdem} fishermen")  # fmt: skip
_SUM = ("5 million dollars", "$2 million", "3 million euros", "10 million dollars")
_PURPOSE = (" to compensate them", " to compensate them for the spill",
            " to compensate them for their losses", " to compensate them for the floods")  # fmt: skip
_COMPENSATED = ("compensated {Tdem} fishermen", "compensated {Tposs} farmers for the spill",
                "has compensated {Tdem} families")  # fmt: skip


def lo33_compensation(sc: Scene) -> Built:
    """ "Japan paid 5 million dollars to South Korea's fishermen to compensate them":
    Japan -> South Korea 07 asserted, one act."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    if sc.rng.random() < 0.7:
        paid = sc.rng.choice(_PAID).format(N=sc.rng.choice(_SUM), Tposs=_poss(tname),
                                           Tdem=sc.t.demonym)  # fmt: skip
        text = f"{_cap(sname)} {paid}{sc.rng.choice(_PURPOSE)}."
    else:
        act = sc.rng.choice(_COMPENSATED).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
        text = f"{_cap(sname)} {act}."
    return text, (_e(sc.s, sc.t, _r("07"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo33_denied_gerund": lo33_denied_gerund,
    "lo33_complaint_participle": lo33_complaint_participle,
    "lo33_speakers_ground": lo33_speakers_ground,
    "lo33_met_with": lo33_met_with,
    "lo33_compensation": lo33_compensation,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
