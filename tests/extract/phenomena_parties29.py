"""Round 21 party classes of parties29 (issue 9; fresh15_classes.md X, PR, EM, AP) as suite
constructions, crossed with the suite's states named by name, capital, demonym or leader:

- ``p29_story_threat`` (X): "X guards shot three Y men. X-or-Y-capital threatened (warned) to
  close the crossing / demanded an investigation": a threat or demand naming no one is aimed at
  the story's other state (Y -> X 13 / 10);
- ``p29_patrol_order`` (X): "X soldiers fired on Y smugglers. X's president ordered the army to
  reinforce patrols along the border": the show of force is aimed at Y (X -> Y 15);
- ``p29_conjoined_seizure`` (X): "X police detained 12 Y drivers and confiscated (impounded) four
  lorries": the seizure takes the drivers' state (X -> Y 17 twice);
- ``p29_conjoined_return`` (X): "X freed the Y drivers and returned their lorries": the return
  is to Y (X -> Y 08);
- ``p29_trip_noun`` (X): "X police detained Y fishermen. The May trip by X's prime minister
  yielded an accord": the trip went to Y (X -> Y 04);
- ``p29_asked_him`` (PR): "X asked Y to hand over (extradite) a former general who fled to
  Y-capital, accusing him of ...": "him" is X's own national: no accusation X -> Y (only the
  request);
- ``p29_high_commission`` (EM): "X's high commission (representative office) in Y-capital asked
  for consular access to the traders": X -> Y 02;
- ``p29_released_held`` (AP): "X police detained three Y reporters. (Y asked X to explain the
  arrests.) The reporters (the three, they) were released on Saturday": the release is the
  holder's (X -> Y 08).

Scores on main (0631f34) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, NOT_ASSERTED, REPORTED, Built, Expect, Scene, _cap, _poss, _r

TOLD = frozenset({"asserted", "reported"})


_SHOOTERS = ("{Sdem} border guards", "{Sdem} soldiers", "{Sdem} troops", "{Sposs} border guards")
_SHOT = ("shot and wounded three {Tdem} men who tried to cross the river",
         "fired on {Tdem} herders near the border", "shot two {Tdem} smugglers",
         "opened fire on {Tdem} traders at the crossing")  # fmt: skip
_ANSWERS = (("threatened to close the crossing", "13"),
            ("threatened to shut the border post", "13"),
            ("warned that it would close the crossing if such shootings continued", "13"),
            ("demanded an investigation", "10"),
            ("demanded an explanation", "10"),
            ("demanded a full inquiry into the shooting", "10"))  # fmt: skip


def _shooting(sc: Scene) -> str:
    who = sc.rng.choice(_SHOOTERS).format(Sdem=sc.s.demonym, Sposs=_poss(sc.s.name))
    return f"{who} {sc.rng.choice(_SHOT).format(Tdem=sc.t.demonym)}."


def p29_story_threat(sc: Scene) -> Built:
    """ "Togolese guards shot three Beninese men. Cotonou threatened to close the crossing":
    BEN -> TGO 13 (or 10 for a demand), never BEN -> none."""
    act, root = sc.rng.choice(_ANSWERS)
    doer = sc.rng.choice((sc.t.capital, sc.t.name, sc.leader(sc.t)))
    text = f"{_shooting(sc)} {doer} {act}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("19", "18"), ASSERTED),
            Expect(sc.t.iso3, sc.s.iso3, _r(root), ASSERTED))  # fmt: skip
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("19"), NOT_ASSERTED),
               Expect(sc.t.iso3, sc.s.iso3, _r("13", "10", "11"), ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_ORDERS = ("ordered the army to reinforce patrols along the border",
           "ordered troops to reinforce patrols along the western border",
           "sent more troops to the border", "reinforced patrols along the frontier",
           "deployed more soldiers to the border")  # fmt: skip
_LEADERS = ("{Sposs} president", "{Sposs} defence minister", "{Slead}", "{S}")


def p29_patrol_order(sc: Scene) -> Built:
    """ "Chilean soldiers fired on Argentine smugglers. Chile's president ordered the army to
    reinforce patrols along the border": CHL -> ARG 15."""
    name = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_LEADERS).format(Sposs=_poss(name), Slead=sc.leader(sc.s), S=name)
    text = f"{_shooting(sc)} {who} {sc.rng.choice(_ORDERS)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("19", "18"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("15"), ASSERTED))  # fmt: skip
    return _cap(text), want, ()


_HOLDERS = ("{Sdem} police", "{Sdem} border guards", "{Sdem} customs officers", "Police in {S}")
_DRIVERS = ("truck drivers", "traders", "lorry drivers", "fishermen", "smugglers")
_TAKEN = ("confiscated four lorries", "impounded their trucks", "seized two vehicles",
          "confiscated their boats", "seized their goods", "impounded six lorries")  # fmt: skip


def p29_conjoined_seizure(sc: Scene) -> Built:
    """ "Argentine police detained 12 Chilean drivers and confiscated four lorries": ARG -> CHL
    17 for both acts."""
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym, S=sc.s.name)
    n = sc.rng.choice(("12", "eight", "five", "20"))
    verb = sc.rng.choice(("detained", "arrested"))
    text = f"{who} {verb} {n} {sc.t.demonym} {sc.rng.choice(_DRIVERS)} and {sc.rng.choice(_TAKEN)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),)
    return _cap(text), want, ()  # (a seizure with no target beside the detention is wrong)


_FREERS = ("{S}", "{Sdem} authorities", "{Sdem} police", "{Sposs} government")
_RETURNED = ("returned their lorries", "returned their trucks", "returned their boats",
             "returned their vehicles", "returned the seized lorries")  # fmt: skip
# ("handed back / gave back their boats" is read as aid, 07: a lexicon gap left to lex rounds)
_SAID = ("", ", an adviser said", " on Monday", ", officials said")


def p29_conjoined_return(sc: Scene) -> Built:
    """ "Chile freed the Argentine drivers and returned their lorries": CHL -> ARG 08, never
    CHL -> none."""
    name = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_FREERS).format(S=name, Sdem=sc.s.demonym, Sposs=_poss(name))
    freed = sc.rng.choice(("freed", "released"))
    tail = sc.rng.choice(_SAID)
    facts = REPORTED if tail.endswith("said") else ASSERTED
    text = f"{who} {freed} the {sc.t.demonym} {sc.rng.choice(_DRIVERS)} and {sc.rng.choice(_RETURNED)}{tail}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("08"), facts),)
    return _cap(text), want, ()


_TRIPS = ("The May trip by {Sposs} prime minister", "A visit by {Sposs} president in June",
          "The June visit by {Sposs} foreign minister", "Last month's trip by {Sposs} president")  # fmt: skip
_YIELDED = ("yielded an accord on fishing", "produced a deal on border trade",
            "ended with a pledge to reopen the crossing talks", "eased the tension")  # fmt: skip


def p29_trip_noun(sc: Scene) -> Built:
    """ "Chilean coast guards detained Argentine fishermen in March. The May trip by Chile's
    prime minister yielded an accord": CHL -> ARG 04 (the visit's host is the story's other
    state)."""
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym, S=sc.s.name)
    first = f"{who} detained {sc.t.demonym} {sc.rng.choice(_DRIVERS)} in March."
    trip = sc.rng.choice(_TRIPS).format(Sposs=_poss(sc.name(sc.s, capital=0.0)))
    text = f"{first} {trip} {sc.rng.choice(_YIELDED)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("04"), ASSERTED))  # fmt: skip
    allowed = (Expect("*", "*", _r("03", "05", "06", "08"), TOLD),)
    return _cap(text), want, allowed


_ASKED = ("has asked {T} to hand over", "asked {T} to extradite", "has asked {T} to extradite",
          "asked {T} to return", "urged {T} to hand over")  # fmt: skip
_WANTED = ("a former general who fled to {Tcap}", "a former minister who fled to {Tcap} in May",
           "an opposition leader living in {Tcap}", "a former army chief")  # fmt: skip
_CHARGES = ("of plotting a coup", "of organising attacks", "of embezzling public funds",
            "of inciting a mutiny")  # fmt: skip


def p29_asked_him(sc: Scene) -> Built:
    """ "Togo has asked Benin to hand over a former general who fled to Cotonou, accusing him
    of plotting a coup": TGO -> BEN asks (02 / 10); no accusation TGO -> BEN (11): "him" is
    Togo's own national."""
    ask = sc.rng.choice(_ASKED).format(T=sc.name(sc.t, capital=0.0))
    wanted = sc.rng.choice(_WANTED).format(Tcap=sc.t.capital)
    text = f"{sc.name(sc.s)} {ask} {wanted}, accusing him {sc.rng.choice(_CHARGES)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("02", "10", "06", "04"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, "", _r("11"), ASSERTED),)
    return _cap(text), want, allowed


_MISSIONS = ("{Sposs} high commission in {Tcap}", "The {Sdem} high commission in {Tcap}",
             "{Sposs} representative office in {Tcap}", "{Sposs} embassy in {Tcap}")  # fmt: skip
_ACCESS = ("asked for consular access to the {p}", "requested access to the detained {p}",
           "asked to see the {p}")  # fmt: skip


def p29_high_commission(sc: Scene) -> Built:
    """ "Uganda's high commission in Nairobi asked for consular access to the traders": UGA ->
    KEN 02 (the host state asked), never UGA -> none."""
    name = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_MISSIONS).format(Sposs=_poss(name), Sdem=sc.s.demonym, Tcap=sc.t.capital)
    ask = sc.rng.choice(_ACCESS).format(p=sc.rng.choice(_DRIVERS))
    text = f"{who} {ask}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("02", "10"), ASSERTED),)
    return _cap(text), want, ()


_HELD = ("reporters", "journalists", "traders", "fishermen", "students")
_FREED = ("were released on Saturday without charge", "were freed on Tuesday evening",
          "were released two days later", "have been released", "were freed on Monday")  # fmt: skip
# ("were set free" is no release trigger: a lexicon gap left to lex rounds)


def p29_released_held(sc: Scene) -> Built:
    """ "Latvian police detained three Estonian reporters on Friday. The reporters were
    released on Saturday": LVA -> EST 08 (the holder's release)."""
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym, S=sc.s.name)
    held = sc.rng.choice(_HELD)
    first = f"{who} detained three {sc.t.demonym} {held} on Friday."
    again = sc.rng.choice((f"The {held}", "They", f"The three {held}", "The three", "All three"))
    between = sc.rng.choice(("", f" {sc.name(sc.t)} asked {sc.name(sc.s)} to explain the arrests."))
    text = f"{first}{between} {again} {sc.rng.choice(_FREED)}."
    want = (Expect(sc.s.iso3, sc.t.iso3, _r("17"), ASSERTED),
            Expect(sc.s.iso3, sc.t.iso3, _r("08"), ASSERTED))  # fmt: skip
    allowed = (Expect(sc.t.iso3, sc.s.iso3, _r("02", "10"), ASSERTED),)  # (the request between)
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p29_story_threat": p29_story_threat,
    "p29_patrol_order": p29_patrol_order,
    "p29_conjoined_seizure": p29_conjoined_seizure,
    "p29_conjoined_return": p29_conjoined_return,
    "p29_trip_noun": p29_trip_noun,
    "p29_asked_him": p29_asked_him,
    "p29_high_commission": p29_high_commission,
    "p29_released_held": p29_released_held,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before parties29 (0631f34) the same 24 scored: p29_story_threat 13/3 (no target),
# p29_asked_him 0/24 (the state asked accused), p29_high_commission 4/0 (no target),
# p29_conjoined_seizure 14/0 (the seizure with no target), the
# other four 0/0 (no target, or no release).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
