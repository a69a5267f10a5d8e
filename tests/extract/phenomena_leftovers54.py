"""Round 33's leftovers (issue 9, stop 46: parties and actors the helpers before noticed) as
suite constructions crossed with the suite's states named by name, capital, government or
demonym, and several phrasings each:

- ``lo54_state_and_rebels``: "S and S-ian rebels signed a truce", "S's government and the
  rebels resumed talks", "CAPITAL and insurgents agreed to a ceasefire": a state and its own
  armed group are two parties (GUIDE rule 6, "a government and its own rebels"): S <-> SREB,
  which the scorer reads S -> S; no longer dropped as "one state twice";
- ``lo54_story_army_rebels``: "S and S-ian rebels resumed talks. The army clashed with
  insurgents in the north": the story's one state's army against its rebels (SMIL -> SREB),
  never an army of no state;
- ``lo54_seat_body``: "NATO's chief said ... Brussels condemned T": the seat stands for the
  body the story names (NATO or the EU), IGO -> T 11, never Belgium;
- ``lo54_flew_back``: "S's leader visited T-CAPITAL. He returned (flew back) to S-CAPITAL":
  the visit S -> T 042, no visit home;
- ``lo54_neighbour_request``: "S asked T to V. T rejected its neighbour's request": T -> S 12;
- ``lo54_host_pledge``: "At the T-hosted summit, S pledged $2 billion in aid": a pledge naming
  no recipient is aimed at no one, never at the summit's host; "... pledged $2 billion to T"
  is S -> T 03.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _poss, _r

_GROUPS = ("{Sdem} rebels", "the rebels", "{Sdem} insurgents", "{Sdem} guerrillas",
           "insurgents", "{Sdem} militants")  # fmt: skip
_JOINT = (("signed a truce", "08"), ("agreed to a ceasefire", "03"), ("resumed talks", "04"),
          ("signed a peace deal", "05"), ("held talks", "04"), ("agreed to a truce", "03"),
          ("met for talks", "04"), ("signed a ceasefire agreement", "08"))  # fmt: skip
_TIMES = ("", " on Monday", " on Thursday", " last week", " after weeks of talks")


def _state(sc: Scene) -> str:
    """ "Colombia", "Bogota", "Colombia's government", "the Colombian government"."""
    s = sc.s
    return sc.rng.choice(
        (s.name, s.capital, f"{_poss(s.name)} government", f"the {s.demonym} government")
    )


def _pair(sc: Scene) -> str:
    """ "Colombia and the rebels", "Colombian rebels and the Colombian government" (a group
    named by the demonym comes first: "Kenya and Kenyan militants" parses as one noun
    phrase, "[Kenya and Kenyan] militants", which is no party pair)."""
    group = sc.rng.choice(_GROUPS).format(Sdem=sc.s.demonym)
    state = _state(sc)
    return f"{group} and {state}" if sc.s.demonym in group else f"{state} and {group}"


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo54_state_and_rebels(sc: Scene) -> Built:
    """ "Colombia and Colombian rebels signed a truce": COL <-> COLREB (COL -> COL)."""
    s = sc.s
    act, root = sc.rng.choice(_JOINT)
    text = _cap(f"{_pair(sc)} {act}{sc.rng.choice(_TIMES)}.")
    return text, (_e(s, s, _r(root), ASSERTED),), (Expect(s.iso3, s.iso3, frozenset(), ANY),)


_ARMIES = ("The army", "Troops", "Government troops", "Security forces", "Government forces",
           "Soldiers")  # fmt: skip
_FOES = ("insurgents", "rebels", "the rebels", "militants", "guerrillas", "rebel fighters")
_FIGHTS = ("clashed with {F} in the north", "attacked {F} near the border",
           "killed 12 {F} in the south", "fought {F} in the mountains",
           "shelled {F} in the east", "ambushed {F} in the hills")  # fmt: skip


def lo54_story_army_rebels(sc: Scene) -> Built:
    """ "Colombia and Colombian rebels resumed talks. The army clashed with insurgents in the
    north": COLMIL -> COLREB 19 (COL -> COL)."""
    s = sc.s
    act, _ = sc.rng.choice(_JOINT)
    first = _cap(f"{_pair(sc)} {act}{sc.rng.choice(_TIMES)}.")
    fight = sc.rng.choice(_FIGHTS).format(F=sc.rng.choice(_FOES))
    text = f"{first} {sc.rng.choice(_ARMIES)} {fight}{sc.rng.choice(_TIMES[:3])}."
    return text, (_e(s, s, _r("19"), ASSERTED),), (Expect(s.iso3, s.iso3, frozenset(), ANY),)


_BODY_FIRST = (("NATO's secretary-general said the alliance would reinforce its eastern flank.", "NATO"),
               ("NATO said it was watching the border closely.", "NATO"),
               ("NATO allies met to discuss the crisis.", "NATO"),
               ("The EU said it was studying the move.", "EU"),
               ("EU foreign ministers met to discuss the crisis.", "EU"))  # fmt: skip
_BODY_JUDGES = ("condemned {T}", "criticised {T}", "condemned {Tposs} military drills",
                "accused {T} of provoking the crisis", "denounced {Tposs} missile test")  # fmt: skip


def lo54_seat_body(sc: Scene) -> Built:
    """ "NATO said it was watching the border. Brussels condemned Russia's drills": NATO -> RUS
    11 (the IGO the story names), never BEL -> RUS."""
    t = sc.t
    first, _ = sc.rng.choice(_BODY_FIRST)
    tname = sc.name(t, 0.0)
    judge = sc.rng.choice(_BODY_JUDGES).format(T=tname, Tposs=_poss(tname))
    later = sc.rng.choice(("", " later", " also"))
    text = f"{first} Brussels{later} {judge}{sc.rng.choice(_TIMES[:3])}."
    allowed = (Expect("IGO", "*", frozenset(), ANY), Expect("*", "*", frozenset(), ANY - ASSERTED))
    return text, (Expect("IGO", t.iso3, _r("11"), ASSERTED),), allowed


_BACK = ("returned to {C}", "flew back to {C}", "flew home to {C}", "was back in {C}")


def lo54_flew_back(sc: Scene) -> Built:
    """ "Kenya's president visited Kampala on Monday. He flew back to Nairobi on Tuesday": KEN ->
    UGA 042; no visit to Kenya."""
    s, t = sc.s, sc.t
    who = sc.rng.choice((f"{_poss(s.name)} foreign minister", f"{_poss(s.name)} president",
                         f"The {s.demonym} prime minister"))  # fmt: skip
    pron = sc.rng.choice(("He", "She"))
    back = sc.rng.choice(_BACK).format(C=s.capital)
    text = f"{who} visited {t.capital} on Monday. {pron} {back} on Tuesday."
    return text, (_e(s, t, _r("04"), ASSERTED),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


_ASKED = ("asked {T} to reopen the border", "asked {T} to extradite the suspects",
          "asked {T} to return the seized boats", "asked {T} to allow its inspectors in")  # fmt: skip
_REJECTS = ("rejected its neighbour's request", "rejected their neighbour's request",
            "turned down its neighbour's request", "refused its neighbour's request")  # fmt: skip


def lo54_neighbour_request(sc: Scene) -> Built:
    """ "Kenya asked Uganda to reopen the border. Uganda rejected its neighbour's request":
    UGA -> KEN 12."""
    s, t = sc.s, sc.t
    tname = sc.name(t, 0.0)
    asked = sc.rng.choice(_ASKED).format(T=tname)
    text = f"{sc.name(s, 0.0)} {asked}. {tname} {sc.rng.choice(_REJECTS)}."
    return text, (_e(t, s, _r("12"), ASSERTED),), (Expect(s.iso3, t.iso3, frozenset(), ANY),)


_HOSTED = ("At the {T}-hosted summit", "At a summit hosted by {T}", "At the summit {T} hosted",
           "At a donors' conference hosted by {T}")  # fmt: skip
_PLEDGES = ("pledged $2 billion in aid", "pledged $500 million in loans",
            "pledged 300 million euros for reconstruction", "promised $1 billion in aid")  # fmt: skip


def lo54_host_pledge(sc: Scene) -> Built:
    """ "At the Japan-hosted summit, India pledged $2 billion in aid": IND 03 with no target
    (never IND -> JPN); "... pledged $2 billion to Japan": IND -> JPN 03."""
    s, t = sc.s, sc.t
    tname = sc.name(t, 0.0)
    hosted = sc.rng.choice(_HOSTED if not tname.startswith("the ") else _HOSTED[1:])
    pledge = sc.rng.choice(_PLEDGES)
    named = sc.rng.random() < 0.3
    tail = f" to {tname}" if named else ""
    text = f"{hosted.format(T=tname)}, {sc.name(s, 0.0)} {pledge}{tail}."
    want = _e(s, t if named else None, _r("03"), ASSERTED)
    return text, (want,), (Expect(t.iso3, s.iso3, _r("04"), ANY),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo54_state_and_rebels": lo54_state_and_rebels,
    "lo54_story_army_rebels": lo54_story_army_rebels,
    "lo54_seat_body": lo54_seat_body,
    "lo54_flew_back": lo54_flew_back,
    "lo54_neighbour_request": lo54_neighbour_request,
    "lo54_host_pledge": lo54_host_pledge,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
