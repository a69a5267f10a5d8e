"""Round 20 party classes of parties27 (issue 9; fresh14_classes.md AP, X, EM, BT, PR) as suite
constructions, crossed with the suite's states named by name, capital, demonym or leader:

- ``p27_mission_in_capital`` (EM): "X police arrested 20 Y students. Y's foreign minister said
  the consulate in X-capital had requested access to the students": the mission is Y's, its
  request made to X (Y -> X 02), never X's own;
- ``p27_refused_access`` (AP, EM): "... the embassy in X-capital had asked for consular access
  but had been refused": the refuser is the state asked (X -> Y 12);
- ``p27_announced_release`` (AP): "X soldiers detained 14 Y herders. X's president announced
  that the herders had been freed": the release is the holder's (X -> Y 08, reported);
- ``p27_announced_gift`` (AP): "X deported 80 Y workers. X officials said the deportees had been
  given food": the gift is the expelling state's (X -> Y 07, reported);
- ``p27_accusing_him`` (PR): "X declared a Y diplomat persona non grata, accusing him of ...":
  "him" is the expelled diplomat (X -> Y 11), never X's own;
- ``p27_closed_crossing`` (BT): "X closed its border crossing at PLACE after Y protesters
  blocked the bridge": the closure is aimed at Y (X -> Y 19);
- ``p27_refused_requests`` (X): "X arrested a Y journalist. X-capital had rejected several
  earlier requests to free him": the requests are Y's (X -> Y 12);
- ``p27_visiting_fans`` (X): "X police arrested 30 Y football supporters. X's minister accused
  the visiting fans of rioting": the fans are the Y people arrested (X -> Y 11);
- ``p27_joint_project`` (X): "X and Y signed an agreement to finance a dam. Y pledged to buy a
  third of the dam's power": the pledge is made to the co-signer (Y -> X 03).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, NOT_ASSERTED, REPORTED, Built, Expect, Scene, _cap, _poss

TOLD = frozenset({"asserted", "reported"})
_ARRESTERS = ("{Sdem} police", "Police in {S}", "{Sdem} border guards", "{Sdem} security forces")
_STUDENTS = ("students", "football supporters", "fishermen", "truck drivers", "traders", "miners")
_N = ("12", "20", "eight", "30", "five", "14")
_MINISTERS = ("{Tposs} foreign minister", "{Tposs} foreign ministry", "{Tdem} officials",
              "{Tposs} government", "A {Tdem} government spokesman")  # fmt: skip
_MISSIONS = ("the consulate in {Scap}", "the embassy in {Scap}", "its embassy in {Scap}",
             "the {Tdem} embassy in {Scap}", "the {Tdem} consulate in {Scap}")  # fmt: skip
_REQUESTS = ("had requested access to the {p}", "had asked for consular access to the {p}",
             "had requested a visit to the detained {p}", "had asked to see the {p}")  # fmt: skip


def _arrest(sc: Scene, people: str) -> str:
    who = sc.rng.choice(_ARRESTERS).format(Sdem=sc.s.demonym, S=sc.s.name)
    verb = sc.rng.choice(("arrested", "detained"))
    return f"{who} {verb} {sc.rng.choice(_N)} {sc.t.demonym} {people}{sc.rng.choice(_WHEN)}."


_WHEN = ("", " on Saturday", " in the port city", " after a match", " last week")


def _speaker(sc: Scene) -> str:
    t = sc.name(sc.t, capital=0.0)
    return sc.rng.choice(_MINISTERS).format(Tposs=_poss(t), Tdem=sc.t.demonym)


def p27_mission_in_capital(sc: Scene) -> Built:
    """ "... Latvia's foreign minister said the consulate in Tallinn had requested access to
    the students": LVA -> EST 02 (reported), not EST -> EST."""
    people = sc.rng.choice(_STUDENTS)
    mission = sc.rng.choice(_MISSIONS).format(Scap=sc.s.capital, Tdem=sc.t.demonym)
    ask = sc.rng.choice(_REQUESTS).format(p=people)
    text = f"{_arrest(sc, people)} {_speaker(sc)} said {mission} {ask}."
    want = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"02", "10"}), REPORTED),)
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),)
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED), *want), allowed


_REFUSED = ("but had been refused", "but had been turned down", "but had been rebuffed")


def p27_refused_access(sc: Scene) -> Built:
    """ "... said the embassy in Tallinn had asked for consular access to the students but had
    been refused": EST -> LVA 12 (reported), the asked state's refusal."""
    people = sc.rng.choice(_STUDENTS)
    mission = sc.rng.choice(_MISSIONS).format(Scap=sc.s.capital, Tdem=sc.t.demonym)
    ask = sc.rng.choice(_REQUESTS).format(p=people)
    text = f"{_arrest(sc, people)} {_speaker(sc)} said {mission} {ask} {sc.rng.choice(_REFUSED)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"12"}), REPORTED),
    )
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"02", "10"}), REPORTED),)
    return _cap(text), want, allowed


_HOLDERS = ("{Sdem} soldiers", "{Sdem} police", "{Sdem} border guards", "{Sposs} army")
_HELD = ("herders", "fishermen", "traders", "farmers", "sailors")
_VOICES = ("{Sposs} president announced that", "{Sposs} interior ministry said",
           "{Slead} announced on Tuesday that", "{Scap} said on Tuesday that",
           "{Sdem} officials said that")  # fmt: skip
_FREED = ("had been freed", "had been released", "were released on Monday",
          "were freed on Monday", "have been released")  # fmt: skip


def _voice(sc: Scene) -> str:
    name = sc.name(sc.s, capital=0.0)
    return sc.rng.choice(_VOICES).format(
        Sposs=_poss(name), Slead=sc.leader(sc.s), Scap=sc.s.capital, Sdem=sc.s.demonym
    )


def p27_announced_release(sc: Scene) -> Built:
    """ "Angolan soldiers detained 14 Namibian herders in May. Angola's president announced
    that the herders had been freed": AGO -> NAM 08 (reported)."""
    held = sc.rng.choice(_HELD)
    who = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym, Sposs=_poss(sc.s.name))
    since = sc.rng.choice(("", " held since May", " who were held in May", " detained in May"))
    first = f"{who} detained {sc.rng.choice(_N)} {sc.t.demonym} {held} in May."
    text = f"{first} {_voice(sc)} the {held}{since} {sc.rng.choice(_FREED)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"08"}), REPORTED),
    )
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), NOT_ASSERTED),)
    return _cap(text), want, allowed


_EXPELS = ("deported", "deported", "expelled")
_WORKERS = ("workers", "migrants", "traders", "herders", "farm workers")
_GIVEN = ("had been given food and transport", "were given food and water",
          "had been provided with blankets and water", "were given food and blankets")  # fmt: skip
_RETURNED = ("deportees", "returnees", "{w}")


def p27_announced_gift(sc: Scene) -> Built:
    """ "Togo deported 80 Ghanaian workers. Togolese officials said the deportees had been
    given food": TGO -> GHA 07 (reported), the expelling state's gift."""
    w = sc.rng.choice(_WORKERS)
    first = f"{sc.name(sc.s)} {sc.rng.choice(_EXPELS)} {sc.rng.choice(_N)} {sc.t.demonym} {w}."
    who = sc.rng.choice(_RETURNED).format(w=w)
    text = f"{first} {_voice(sc)} the {who} {sc.rng.choice(_GIVEN)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"07"}), REPORTED),
    )
    return _cap(text), want, ()


_DECLARED = (
    ("declared {a_Tdem} diplomat persona non grata", "16"),
    ("expelled {a_Tdem} diplomat", "17"),
    ("declared {a_Tdem} consul persona non grata", "16"),
    ("expelled {a_Tdem} journalist", "17"),
    ("expelled {a_Tdem} consular officer", "17"),
    ("ordered {a_Tdem} envoy to leave the country", "16"),
)
_ACCUSED = ("of spying", "of funding protests", "of meddling in local politics",
            "of inciting unrest", "of activities incompatible with his status")  # fmt: skip


def p27_accusing_him(sc: Scene) -> Built:
    """ "Ghana declared a Togolese diplomat persona non grata on Monday, accusing him of
    funding protests": GHA -> TGO 11 as well as the expulsion."""
    frame, root = sc.rng.choice(_DECLARED)
    act = sc.fill(frame)
    when = sc.rng.choice(("", " on Monday", " late on Friday"))
    text = f"{sc.name(sc.s)} {act}{when}, accusing him {sc.rng.choice(_ACCUSED)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({root, "16", "17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED),
    )
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"16", "17"}), ASSERTED),)
    return _cap(text), want, allowed


_CLOSED = ("closed its border crossing at {p}", "shut its frontier post at {p}",
           "closed the border crossing at {p}", "shut its border post at {p}",
           "closed its border checkpoint at {p}")  # fmt: skip
_PLACES = ("Desaguadero", "Namanga", "Los Libertadores", "Komarno", "Oshikango", "Holili")
_BECAUSE = ("after {Tdem} protesters blocked the bridge", "after {Tdem} truckers blocked the road",
            "when {Tdem} farmers blocked the road", "after {Tdem} smugglers attacked a patrol",
            "after {Tdem} demonstrators occupied the bridge")  # fmt: skip
_BT_TAILS = ("", ", officials said", " on Monday")


def p27_closed_crossing(sc: Scene) -> Built:
    """ "Chile shut its frontier post at Los Libertadores after Argentine truckers blocked the
    road": CHL -> ARG 19 (the neighbour of the reason clause)."""
    act = sc.rng.choice(_CLOSED).format(p=sc.rng.choice(_PLACES))
    why = sc.rng.choice(_BECAUSE).format(Tdem=sc.t.demonym)
    tail = sc.rng.choice(_BT_TAILS)
    facts = REPORTED if tail.endswith("said") else ASSERTED
    text = f"{sc.name(sc.s)} {act} {why}{tail}."
    want = (Expect(sc.s.iso3, sc.t.iso3, frozenset({"19"}), facts),)
    allowed = (
        Expect(sc.t.iso3, "*", frozenset(), TOLD),
        Expect("*", "*", frozenset(), NOT_ASSERTED),
    )
    return _cap(text), want, allowed


_TAKEN = ("arrested {a_Tdem} journalist in March", "detained {a_Tdem} opposition activist",
          "jailed {a_Tdem} businessman last year", "arrested {a_Tdem} former mayor in May")  # fmt: skip
_REJECTED = ("had rejected several earlier requests to free him",
             "had turned down two earlier requests for his extradition",
             "has rejected repeated requests for his release",
             "had refused earlier requests to hand him over")  # fmt: skip


def p27_refused_requests(sc: Scene) -> Built:
    """ "Togo arrested a Ghanaian journalist in March. Lome had rejected several earlier
    requests to free him": TGO -> GHA 12 (the story's other state made the requests)."""
    first = f"{sc.name(sc.s)} {sc.fill(sc.rng.choice(_TAKEN))}."
    text = f"{first} {sc.name(sc.s, capital=0.6)} {sc.rng.choice(_REJECTED)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"12"}), ASSERTED),
    )
    return _cap(text), want, ()


_FANS = ("football supporters", "football fans", "students", "hockey fans", "supporters")
_RECALLED = ("the visiting fans", "the visiting supporters", "the foreign fans",
             "the detained supporters", "the arrested fans")  # fmt: skip
_MISDEEDS = ("of rioting", "of vandalising the stadium", "of starting the brawl",
             "of damaging shops")  # fmt: skip
_DEFENDERS = ("{Sposs} interior minister", "{Sposs} interior ministry", "{Sposs} government",
              "{Slead}")  # fmt: skip


def p27_visiting_fans(sc: Scene) -> Built:
    """ "Estonian police arrested 30 Latvian football supporters. Estonia's interior minister
    defended the arrests and accused the visiting fans of rioting": EST -> LVA 11 (the fans
    named by a modifier are the people arrested before)."""
    first = _arrest(sc, sc.rng.choice(_FANS))
    name = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_DEFENDERS).format(Sposs=_poss(name), Slead=sc.leader(sc.s))
    lead = sc.rng.choice(("defended the arrests and accused", "accused"))
    text = f"{first} {who} {lead} {sc.rng.choice(_RECALLED)} {sc.rng.choice(_MISDEEDS)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"17"}), ASSERTED),
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"11"}), ASSERTED),
    )
    return _cap(text), want, ()


_PROJECTS = ("dam", "pipeline", "railway", "power plant", "bridge")
_SIGNED = ("signed an agreement to finance a {p} on the border",
           "signed a deal to build a {p} on their border",
           "agreed to build a joint {p}")  # fmt: skip
_PLEDGED = ("pledged to buy a third of the {p}'s output", "pledged to buy most of the {p}'s power",
            "pledged to pay half of the {p}'s cost", "promised to pay half of the {p}'s cost")  # fmt: skip


def p27_joint_project(sc: Scene) -> Built:
    """ "Angola and Namibia signed an agreement to finance a dam. Namibia pledged to buy a third
    of the dam's power": NAM -> AGO 03 (the co-signer of the joint project)."""
    proj = sc.rng.choice(_PROJECTS)
    a, b = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = f"{a} and {b} {sc.rng.choice(_SIGNED).format(p=proj)}."
    doer = sc.name(sc.t, capital=0.4)
    text = f"{first} {doer} {sc.rng.choice(_PLEDGED).format(p=proj)}."
    want = (
        Expect(sc.s.iso3, sc.t.iso3, frozenset({"03", "05", "06"}), ASSERTED),
        Expect(sc.t.iso3, sc.s.iso3, frozenset({"03"}), ASSERTED),
    )
    allowed = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"03", "05", "06"}), ASSERTED),)
    return _cap(text), want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p27_mission_in_capital": p27_mission_in_capital,
    "p27_refused_access": p27_refused_access,
    "p27_announced_release": p27_announced_release,
    "p27_announced_gift": p27_announced_gift,
    "p27_accusing_him": p27_accusing_him,
    "p27_closed_crossing": p27_closed_crossing,
    "p27_refused_requests": p27_refused_requests,
    "p27_visiting_fans": p27_visiting_fans,
    "p27_joint_project": p27_joint_project,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena; on
# main before parties27 (634f0c0) the same 24 scored: p27_mission_in_capital 6/0 (the host as
# the mission's state), p27_accusing_him 11/0 (no target), the other five 0/0 (no doer or no
# target); p27_visiting_fans 10/0 and p27_joint_project 14/0 (no target).
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
