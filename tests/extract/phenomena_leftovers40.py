"""Round 28's leftovers (issue 9, leftovers40): self-aimed events, as suite constructions
crossed with the suite's states named by name, capital or demonym and several phrasings:

- ``lo40_taken_back``: "Russia's forces fully retook the Kursk region", "Ukrainian troops
  liberated Kherson": taking ground back is done against a foe the sentence does not name; no
  state acts on itself (main gave S -> S 19 asserted, ``home_target``'s domestic reading);
- ``lo40_own_government``: "Peru expelled two Chilean diplomats. Chile's opposition criticised
  the government": "the government" of a domestic body is its own, T -> T (11/12), never the
  story's foreign doer (T -> S asserted on main, ``answered_act_doer``).

Scores on main (f9e7e42) before the fix, 28 cases each, seed 0 with ``--n 30000``: wrong
taken_back 18 (the false S -> S where a row reads the verb), own_government 28 (T -> S),
its_crew 28 (T -> S), demanded_it 28 (no demand), bare_title 28 (---GOV, no target); 0 wrong
after.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_FORCES = ("{Sposs} forces", "{Sdem} forces", "{Sdem} troops", "the {Sdem} army",
           "{Sposs} military", "{Sdem} soldiers")  # fmt: skip
_TOOK_BACK = ("retook", "fully retook", "recaptured", "regained", "liberated", "reclaimed",
              "have retaken", "had recaptured", "regained control of")  # fmt: skip
_GROUND = ("the {r} region", "the city of {c}", "the border town", "the border district",
           "the {r} province", "the village", "the last positions in the {r} region")  # fmt: skip
# No named region or town: "Italian soldiers retook the Kursk region" is ground taken from Russia
# (ITA -> RUS 19 is right), not the doer's own ground.
_REGIONS = ("northern", "eastern", "border", "southern", "western")
_SAID = ("", ", {S} said", ", the {Sdem} defence ministry said", " on Monday")


def lo40_taken_back(sc: Scene) -> Built:
    """ "Russia's forces fully retook the Kursk region": no target (never S -> S)."""
    s_name = sc.name(sc.s, capital=0.0)
    forces = sc.rng.choice(_FORCES).format(Sposs=_poss(s_name), Sdem=sc.s.demonym)
    ground = sc.rng.choice(_GROUND).format(r=sc.rng.choice(_REGIONS), c=sc.s.capital)
    said = sc.rng.choice(_SAID).format(S=sc.name(sc.s), Sdem=sc.s.demonym)
    text = f"{_cap(forces)} {sc.rng.choice(_TOOK_BACK)} {ground}{said}."
    return text, (), (Expect(sc.s.iso3, "", _r("19"), ANY),)  # (no row for some verbs)


_STORY = ("expelled two {Tdem} diplomats", "detained {Tdem} fishermen",
          "closed its border with {T}", "banned imports from {T}",
          "summoned the {Tdem} ambassador")  # fmt: skip
_OPPOSITION = ("{Tposs} opposition", "the {Tdem} opposition", "{Tdem} opposition lawmakers",
               "{Tposs} main opposition party", "opposition parties in {T}")  # fmt: skip
_BLAMED = ("criticised the government", "criticized the government",
           "condemned the government", "slammed the government",
           "criticised the government again", "accused the government of weakness")  # fmt: skip
_LINKS = ("{A}. {B}.", "{A}. On Tuesday {b}.", "{A} on Monday. {B}.")


def lo40_own_government(sc: Scene) -> Built:
    """ "Peru expelled two Chilean diplomats. Chile's opposition criticised the government":
    T -> T (domestic), never T -> S."""
    s_name = sc.name(sc.s, capital=0.3)
    t_name = sc.name(sc.t, capital=0.0)
    act = sc.rng.choice(_STORY).format(T=t_name, Tdem=sc.t.demonym)
    opp = sc.rng.choice(_OPPOSITION).format(T=t_name, Tposs=_poss(t_name), Tdem=sc.t.demonym)
    blamed = f"{opp} {sc.rng.choice(_BLAMED)}"
    text = sc.rng.choice(_LINKS).format(A=f"{_cap(s_name)} {act}", B=_cap(blamed), b=blamed)
    want = (_e(sc.t, sc.t, _r("11", "12"), ASSERTED),)
    allowed = (Expect(sc.s.iso3, "*", frozenset(), ANY),)  # (the story's act)
    return text, want, allowed


_SEIZERS = ("{S}", "{Sposs} navy", "the {Sdem} coast guard", "{Sdem} forces")
_CRAFTS = ("a {Tdem} tanker", "a {Tdem} fishing boat", "a {Tdem} cargo ship",
           "a {Tdem}-flagged vessel", "two {Tdem} trawlers")  # fmt: skip
_CREW = ("Its crew were detained", "Its crew were arrested", "Its crew have been held",
         "Its captain was arrested", "Its sailors were detained on Monday")  # fmt: skip


def lo40_its_crew(sc: Scene) -> Built:
    """ "Iran seized a British tanker. Its crew were detained": the crew are the craft's
    state's, held by the seizer, S -> T 17 (T -> S on main: "its" read as the seizer)."""
    s_name = sc.name(sc.s, capital=0.3)
    seizer = sc.rng.choice(_SEIZERS).format(S=s_name, Sposs=_poss(s_name), Sdem=sc.s.demonym)
    craft = sc.rng.choice(_CRAFTS).format(Tdem=sc.t.demonym)
    crew = sc.rng.choice(_CREW)
    if craft.startswith("two"):
        crew = crew.replace("Its", "Their").replace(" was ", " were ")
    text = f"{_cap(seizer)} seized {craft}. {crew}."
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_FIRST = ("lodged a protest with {T}", "lodged a formal protest with {T}", "protested to {T}",
          "complained to {T}", "summoned {Tposs} ambassador", "lodged a complaint with {T}")  # fmt: skip
_OVER = (("the remarks", "they be withdrawn"), ("the new law", "it be repealed"),
         ("the decision", "it be reversed"), ("the ban", "it be lifted"),
         ("the tariffs", "they be scrapped"), ("the order", "it be withdrawn"))  # fmt: skip
_AND = (", and demanded that", " and demanded that", " and has demanded that", ", and asked that")


def lo40_demanded_it(sc: Scene) -> Built:
    """ "Peru lodged a protest with Chile over the new law, and demanded that it be repealed":
    the demand's "it" is the law, no party; the demand is aimed where the protest is, S -> T
    10 (no event on main: "it" read as Peru, a self-aimed pair dropped)."""
    s_name = sc.name(sc.s, capital=0.3)
    t_name = sc.name(sc.t, capital=0.3)
    first = sc.rng.choice(_FIRST).format(T=t_name, Tposs=_poss(t_name))
    thing, done = sc.rng.choice(_OVER)
    text = f"{_cap(s_name)} {first} over {thing}{sc.rng.choice(_AND)} {done}."
    want = (_e(sc.s, sc.t, _r("10", "02"), ASSERTED),)  # ("asked that": an appeal, 02)
    allowed = (_e(sc.s, sc.t, frozenset(), ASSERTED), Expect(sc.s.iso3, "", frozenset(), ANY))
    return text, want, allowed  # (the first act; a no-target reading of the thing's noun)


_JUDGED = ("condemned {Tposs} decision", "criticised {Tposs} move", "protested to {T}",
           "condemned the {Tdem} decision", "accused {T} of provocation")  # fmt: skip
_TITLES = ("The president", "The President", "The prime minister", "The Prime Minister",
           "The premier")  # fmt: skip
_THEN = ("recalled the ambassador", "recalled its ambassador", "summoned the ambassador",
         "recalled the ambassador for consultations", "summoned the envoy on Monday")  # fmt: skip


def lo40_bare_title(sc: Scene) -> Built:
    """ "Chile condemned Peru's decision. The president recalled the ambassador": a bare title
    is the story doer's office-holder, placed as a bare "the ministry" is, S -> T (---GOV with
    no target on main)."""
    s_name = sc.name(sc.s, capital=0.0)
    t_name = sc.name(sc.t, capital=0.3)
    judged = sc.rng.choice(_JUDGED).format(T=t_name, Tposs=_poss(t_name), Tdem=sc.t.demonym)
    text = f"{_cap(s_name)} {judged}. {sc.rng.choice(_TITLES)} {sc.rng.choice(_THEN)}."
    want = (_e(sc.s, sc.t, _r("11"), ASSERTED), _e(sc.s, sc.t, _r("16", "11"), ASSERTED))
    return text, want, (_e(sc.s, sc.t, frozenset(), ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo40_taken_back": lo40_taken_back,
    "lo40_own_government": lo40_own_government,
    "lo40_its_crew": lo40_its_crew,
    "lo40_demanded_it": lo40_demanded_it,
    "lo40_bare_title": lo40_bare_title,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
