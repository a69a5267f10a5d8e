"""Round 34's leftovers (issue 9, stop 47: leftovers59) as suite constructions crossed with the
suite's states named by name, capital or demonym, and several phrasings each:

- ``lo59_dateline_force``: "NAIROBI, March 3 (Reuters) - Security forces (the army, the police)
  arrested 20 migrants from Uganda": a force with nothing naming its state is the dateline
  state's, as a bare "the ministry" is (``unplaced_people.story_doer``), never the state of a
  "from Y" / "near Y" phrase or a demonym in the same sentence; so are its office-holders
  named by office alone ("the spy chief", "the army chief");
- ``lo59_office_of_body``: "The head (director, chief) of Kenya's intelligence service met
  Uganda's president": the holder is the body his "of" phrase names, KEN -> UGA;
- ``lo59_agency_director``: "Kenya's intelligence agency ... The agency's director (the head
  of the agency) criticised Uganda": "the agency" is the agency named before, KEN -> UGA;
- ``lo59_released_water``: "Kenya released water from the dam, flooding Ugandan farms": a
  substance let out is no release (084) of anyone's people or goods, no event;
- ``lo59_no_choice``: "Kenya's decision left Uganda (the bloc) no choice but to V": a figure of
  speech, never an exit from the bloc (161);
- ``lo59_until_threat``: "Kenya said it would keep the border shut until Uganda handed over the
  suspects": the measure held out until Y acts is a threat aimed at Y (GUIDE rule 5, 13);
- ``lo59_join_sanctions``: "Norway said it would join the EU's sanctions on Russia" is the
  joiner's 163 `possible` at Y, never a threat of sanctions (1312) nor an act at the imposer.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _e,
    _poss,
    _r,
    scene_words,
)

_WIRES = ("Reuters", "AP", "AFP")
_FORCES = (("Security forces", "they"), ("The army", "it"), ("The police", "they"),
           ("Police", "they"), ("The military", "it"), ("Riot police", "they"),
           ("The armed forces", "they"))  # fmt: skip
# (act with {T} / {Tdem}, root)
_FORCE_ACTS = (
    ("arrested 20 migrants from {T}", "17"), ("detained five {Tdem} nationals", "17"),
    ("arrested three {Tdem} fishermen", "17"), ("detained 12 traders from {T}", "17"),
    ("arrested two {Tdem} journalists near the border", "17"),
    ("seized a {Tdem} fishing boat", "17"), ("deported 40 {Tdem} migrants", "17"),
    ("opened fire on {Tdem} smugglers", "19"), ("shot down a {Tdem} drone", "19"),
    ("fired on a {Tdem} patrol boat", "19"),
)  # fmt: skip
_TIMES = ("", " on Monday", " on Thursday", " overnight", " last week")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def lo59_dateline_force(sc: Scene) -> Built:
    """ "NAIROBI - Security forces arrested 20 migrants from Uganda": KEN -> UGA 17, never
    UGA -> UGA; "..., the army said" reported."""
    rng, s, t = sc.rng, sc.s, sc.t
    if rng.random() < 0.5:
        line = f"{s.capital.upper()}, March {rng.randint(2, 27)} ({rng.choice(_WIRES)}) - "
    else:
        line = f"{s.capital.upper()} - "
    force, pron = rng.choice(_FORCES)
    act, root = rng.choice(_FORCE_ACTS)
    said = act.format(T=t.name, Tdem=t.demonym)
    if rng.random() < 0.25:
        text = f"{line}{force} said {pron} had {said}{rng.choice(_TIMES)}."
        fact = REPORTED
    else:
        text = f"{line}{force} {said}{rng.choice(_TIMES)}."
        fact = ASSERTED
    allowed = (Expect(s.iso3, t.iso3, frozenset(), ANY),)
    return _cap(text), (_e(s, t, _r(root), fact),), allowed


# (act on {T}, root)
_ON_T = (
    ("visited {T}", "04"), ("met {Tposs} president", "04"), ("criticised {T}", "11"),
    ("accused {T} of backing the rebels", "11"), ("held talks with {Tdem} officials", "04"),
    ("praised {T}", "05"), ("met {Tposs} foreign minister", "04"), ("condemned {T}", "11"),
)  # fmt: skip
_HEADS = ("head", "director", "chief", "boss")
_BODIES = (("intelligence service", "SPY"), ("intelligence agency", "SPY"), ("army", "MIL"),
           ("navy", "MIL"), ("spy agency", "SPY"), ("police", "COP"))  # fmt: skip


def _on_t(sc: Scene) -> tuple[str, str]:
    act, root = sc.rng.choice(_ON_T)
    return act.format(T=sc.t.name, Tposs=_poss(sc.t.name), Tdem=sc.t.demonym), root


def lo59_office_of_body(sc: Scene) -> Built:
    """ "The head of Kenya's intelligence service met Uganda's president": KEN -> UGA 04."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = _on_t(sc)
    body = rng.choice(_BODIES)[0]
    sname = sc.name(s, 0.0)
    owner = rng.choice((f"{_poss(sname)} {body}", f"the {s.demonym} {body}"))
    text = f"The {rng.choice(_HEADS)} of {owner} {act}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r(root), ASSERTED),), _met_back(sc)


def _met_back(sc: Scene) -> tuple[Expect, ...]:
    """The met party's meeting back (GUIDE rule 6: ``opt``), placed or not."""
    return (Expect(sc.t.iso3, "*", _r("04"), ANY),)


_AGENCY_FIRST = ("named a new director on Monday", "has been reorganised this year",
                 "opened a new headquarters last month", "marked its 50th anniversary on Sunday")  # fmt: skip


def lo59_agency_director(sc: Scene) -> Built:
    """ "Kenya's intelligence agency named a new director. The agency's head criticised
    Uganda": KEN -> UGA."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = _on_t(sc)
    noun = rng.choice(("agency", "service"))
    sname = sc.name(s, 0.0)
    owner = rng.choice((f"{_poss(sname)} intelligence {noun}", f"the {s.demonym} spy {noun}",
                        f"{_poss(sname)} security {noun}"))  # fmt: skip
    head = rng.choice(_HEADS)
    holder = rng.choice((f"the {noun}'s {head}", f"the {head} of the {noun}"))
    text = f"{_cap(owner)} {rng.choice(_AGENCY_FIRST)}. {_cap(holder)} {act}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r(root), ASSERTED),), _met_back(sc)


_CHIEFS = ("The spy chief", "The army chief", "The intelligence chief", "The military chief")


def lo59_dateline_chief(sc: Scene) -> Built:
    """ "NAIROBI - The spy chief criticised Uganda": KEN -> UGA."""
    rng, s, t = sc.rng, sc.s, sc.t
    act, root = _on_t(sc)
    if rng.random() < 0.5:
        line = f"{s.capital.upper()}, March {rng.randint(2, 27)} ({rng.choice(_WIRES)}) - "
    else:
        line = f"{s.capital.upper()} - "
    text = f"{line}{rng.choice(_CHIEFS)} {act}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r(root), ASSERTED),), _met_back(sc)


_SUBSTANCES = ("water", "more water", "floodwater", "gas", "wastewater", "oil from its reserves",
               "water from its reservoirs", "steam")  # fmt: skip
_FROM_DAM = ("from the dam", "from the {Sdem} dam", "from a dam upstream", "into the river", "")
_AFTER = (", flooding {Tdem} farms", ", officials in {T} said", "", " on Monday",
          ", angering {T}", " as the river rose")  # fmt: skip


def lo59_released_water(sc: Scene) -> Built:
    """ "Kenya released water from the dam, flooding Ugandan farms": no event (an "officials
    said" voice changes nothing)."""
    rng, s, t = sc.rng, sc.s, sc.t
    subst = rng.choice(_SUBSTANCES)
    place = "" if " from " in subst else rng.choice(_FROM_DAM).format(Sdem=s.demonym)
    after = rng.choice(_AFTER).format(T=t.name, Tdem=t.demonym)
    text = f"{sc.name(s, 0.0)} released {subst}{' ' + place if place else ''}{after}."
    return _cap(text), (), (Expect(t.iso3, "*", frozenset(), ANY),)


_CHOICE = ("no choice", "little choice", "no option", "no alternative", "little room")
_BUT_TO = (" but to respond", " but to act", " but to retaliate", "", " but to seek talks")


def lo59_no_choice(sc: Scene) -> Built:
    """ "Kenya's decision left the bloc (Uganda) no choice": no exit from a bloc (161), no
    event of the leaving verb."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    subj = rng.choice(("{Sposs} decision", "{Sposs} move", "The {Sdem} decision",
                       "{Sposs} stance")).format(**w)  # fmt: skip
    who = rng.choice(("the bloc", "the alliance", "{T}", "the organisation")).format(**w)
    text = f"{subj} left {who} {rng.choice(_CHOICE)}{rng.choice(('',) + _BUT_TO[:2])}."
    allowed = (Expect(t.iso3, "*", frozenset(), ANY), Expect(s.iso3, t.iso3, frozenset(), ANY))
    return _cap(text), (), allowed


_KEPT_SHUT = ("keep the border shut", "keep the border closed", "keep its airspace closed",
              "keep the crossings closed", "keep the border crossings shut")  # fmt: skip
_UNTIL = ("{T} handed over the suspects", "{T} withdrew its troops", "{T} apologised",
          "{T} released the detained traders", "{T} paid compensation")  # fmt: skip


def lo59_until_threat(sc: Scene) -> Built:
    """ "Kenya said it would keep the border shut until Uganda handed over the suspects":
    KEN -> UGA 13 (19 accepted)."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    kept = rng.choice(_KEPT_SHUT).format(**w)
    until = rng.choice(_UNTIL).format(T=sc.name(t))
    text = f"{w['S']} said it would {kept} until {until}."
    allowed = (Expect(s.iso3, t.iso3, _r("13", "19", "16"), ANY),)
    return _cap(text), (_e(s, t, _r("13"), ASSERTED),), allowed


_IMPOSERS = ("the EU's", "the European Union's", "Washington's", "the bloc's", "Britain's",
             "the UN's", "the G7's")  # fmt: skip
_JOIN_SAID = ("said it would join", "will join", "said it will join", "plans to join",
              "is expected to join", "would adopt")  # fmt: skip
_MEASURES = ("sanctions on {T}", "new sanctions on {T}", "embargo on {Tdem} oil",
             "sanctions against {T}", "latest sanctions on {T}")  # fmt: skip


def lo59_join_sanctions(sc: Scene) -> Built:
    """ "Norway said it would join the EU's sanctions on Russia": NOR -> RUS 163 possible."""
    rng, s, t = sc.rng, sc.s, sc.t
    w = scene_words(sc)
    imposer = rng.choice(_IMPOSERS)
    measure = rng.choice(_MEASURES).format(T=sc.name(t, 0.0), Tdem=t.demonym)
    text = f"{w['S']} {rng.choice(_JOIN_SAID)} {imposer} {measure}{rng.choice(_TIMES[:3])}."
    return _cap(text), (_e(s, t, _r("16"), POSSIBLE),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo59_dateline_force": lo59_dateline_force,
    "lo59_office_of_body": lo59_office_of_body,
    "lo59_agency_director": lo59_agency_director,
    "lo59_dateline_chief": lo59_dateline_chief,
    "lo59_released_water": lo59_released_water,
    "lo59_no_choice": lo59_no_choice,
    "lo59_until_threat": lo59_until_threat,
    "lo59_join_sanctions": lo59_join_sanctions,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
