"""Round 18's second leftover classes (issue 9, leftovers19) as suite constructions crossed
with the suite's states named by name, capital or demonym + sector, each with several
phrasings:

- ``lo19_going_plan``: "X is / was going to impose sanctions on Y (send aid to Y, recall its
  ambassador from Y ...)", "X says it is going to ...": a plan, the act `possible` (GUIDE rule
  4), as "is set to";
- ``lo19_sent_back_people``: "X sent back N Y migrants / nationals / people / workers", "sent N Y
  nationals back to Y", "sent back N Tunisians" (a plural demonym): people removed, 174 (GUIDE rule 7 "Border and migration acts"), never
  aid (07); remains and artefacts sent back stay a return (084);
- ``lo19_people_assaulted``: "X's border guards roughed up / beat / whipped / mistreated /
  manhandled Y fishermen / migrants / nationals": physical assault (18x); "pushed back Y
  migrants": removal (174);
- ``lo19_individuals_expelled``: "X expelled N Y seafarers / fishermen / nationals / crew
  members", "N of Y's seafarers", "N Malians": individuals deported (174, GUIDE rule 7 "Expulsions"), not a
  group (166); diplomats stay 161;
- ``lo19_promised_protest``: "X said it would protest Y's decision / the arrests to Y", "X
  will lodge a protest with Y": the diplomatic protest (114) `possible` (GUIDE rule 4), no
  threat (13).

Scores on main (8d1086c) before the fix, ``bench/phenomena.py --n 3000``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, POSSIBLE, Built, Expect, Scene, _cap, _poss, _time


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(root: str) -> frozenset[str]:
    return frozenset({root})


def _plural(st: State) -> str:
    """The state's people by a plural demonym ("Tunisians", "Pakistanis"); a demonym that makes
    no plural by "-s" ("Polish", "Japanese") names its nationals."""
    dem = st.demonym
    return f"{dem}s" if dem.endswith(("an", "i")) else f"{dem} nationals"


_GOING = ("{S} is going to", "{S} was going to", "{Sposs} government is going to",
          "{S} says it is going to", "{S} is now going to")  # fmt: skip
_PLANNED_ACTS = (
    ("impose sanctions on {T}", "16"),
    ("impose tariffs on {Tposs} steel", "16"),
    ("send aid to {T}", "07"),
    ("send humanitarian aid to {T}", "07"),
    ("recall its ambassador from {T}", "16"),
    ("cut aid to {T}", "16"),
    ("sign a trade deal with {T}", "05"),
    ("expel {Tposs} ambassador", "16"),
)


def lo19_going_plan(sc: Scene) -> Built:
    """ "Mexico is going to impose tariffs on Canada's steel": X -> Y, the act possible."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    going = sc.rng.choice(_GOING)
    act, root = sc.rng.choice(_PLANNED_ACTS)
    act = act.format(T=tname, Tposs=_poss(tname))
    text = f"{going.format(S=sname, Sposs=_poss(sname))} {act}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root), POSSIBLE),), ()


_PEOPLE = ("migrants", "nationals", "people", "workers", "asylum seekers", "citizens",
           "immigrants", "refugees")  # fmt: skip
_COUNTS = ("40", "120", "dozens of", "some 300", "at least 65", "nearly 200", "12")


def lo19_sent_back_people(sc: Scene) -> Built:
    """ "Spain sent back 40 Moroccan migrants": X -> Y 174; "the remains" stay a return."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    n, who, dem = sc.rng.choice(_COUNTS), sc.rng.choice(_PEOPLE), sc.t.demonym
    shape = sc.rng.randrange(6)
    root = "17"
    if shape == 0:
        text = f"{sname} sent back {n} {dem} {who}{_time(sc)}."
    elif shape == 1:
        text = f"{sname} sent {n} {dem} {who} back to {tname}{_time(sc)}."
    elif shape == 2:
        text = f"{sc.s.demonym} authorities sent back {n} {who} to {tname}{_time(sc)}."
    elif shape == 3:
        text = f"{sname} has sent back {n} {who} to {tname} this year."
    elif shape == 4:  # a people by its plural demonym ("120 Tunisians")
        text = f"{sname} sent back {n} {_plural(sc.t)}{_time(sc)}."
    else:
        root = "08"
        text = f"{sname} sent back the remains of {n} {dem} soldiers to {tname}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root)),), ()


_GUARDS = ("{Sdem} border guards", "{Sdem} police", "{Sdem} coast guards", "{Sdem} soldiers",
           "{Sposs} border police", "{Sdem} guards")  # fmt: skip
_ASSAULTED = ("roughed up", "beat", "whipped", "mistreated", "manhandled", "beat up",
              "assaulted", "maltreated")  # fmt: skip
_VICTIMS = ("fishermen", "migrants", "nationals", "workers", "farmers", "traders")


def lo19_people_assaulted(sc: Scene) -> Built:
    """ "Greek coast guards roughed up Turkish fishermen": X -> Y 18; pushed back: 17."""
    sname = sc.name(sc.s, capital=0.0)
    who = sc.rng.choice(_GUARDS).format(Sdem=sc.s.demonym, Sposs=_poss(sname))
    victims = f"{sc.t.demonym} {sc.rng.choice(_VICTIMS)}"
    if sc.rng.random() < 0.2:
        text = f"{who} pushed back {sc.t.demonym} migrants{_time(sc)}."
        return _cap(text), (_e(sc.s, sc.t, _r("17")),), ()
    where = sc.rng.choice(("", " at the border", " near the frontier", " at sea"))
    text = f"{who} {sc.rng.choice(_ASSAULTED)} {victims}{where}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r("18")),), ()


_INDIVIDUALS = ("seafarers", "fishermen", "nationals", "workers", "crew members", "sailors",
                "citizens", "labourers")  # fmt: skip


def lo19_individuals_expelled(sc: Scene) -> Built:
    """ "Kuwait expelled 12 Egyptian seafarers": X -> Y 174; diplomats stay 161."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.0)
    n, who = sc.rng.choice(("12", "20", "35", "five", "eight")), sc.rng.choice(_INDIVIDUALS)
    shape = sc.rng.randrange(5)
    code = "17"
    if shape == 0:
        text = f"{sname} expelled {n} {sc.t.demonym} {who}{_time(sc)}."
    elif shape == 1:
        text = f"{sname} expelled {n} of {_poss(tname)} {who}{_time(sc)}."
    elif shape == 2:
        text = f"{sname} has expelled {n} {who} from {tname}{_time(sc)}."
    elif shape == 3:
        code = "16"
        text = f"{sname} expelled {n} {sc.t.demonym} diplomats{_time(sc)}."
    else:
        text = f"{sname} expelled {n} {_plural(sc.t)}{_time(sc)}."
    allowed = (Expect(sc.s.iso3, sc.t.iso3, frozenset(), ANY),) if shape == 2 else ()
    return _cap(text), (_e(sc.s, sc.t, _r(code)),), allowed


_PROTESTED = ("protest {Tposs} decision", "protest {Tposs} move", "protest the arrests to {T}",
              "formally protest {Tposs} actions", "lodge a protest with {T}",
              "protest the sanctions imposed by {T}", "protest to {T}")  # fmt: skip
_SAYS = ("{S} said it would", "{S} will", "{S} says it will", "{S} said it would soon")


def lo19_promised_protest(sc: Scene) -> Built:
    """ "Beijing said it would protest Manila's move": X -> Y 114 possible, no threat."""
    sname, tname = sc.name(sc.s, capital=0.5), sc.name(sc.t, capital=0.3)
    says = sc.rng.choice(_SAYS).format(S=sname)
    act = sc.rng.choice(_PROTESTED).format(T=tname, Tposs=_poss(tname))
    text = f"{says} {act}."
    return _cap(text), (_e(sc.s, sc.t, _r("11"), POSSIBLE),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo19_going_plan": lo19_going_plan,
    "lo19_sent_back_people": lo19_sent_back_people,
    "lo19_people_assaulted": lo19_people_assaulted,
    "lo19_individuals_expelled": lo19_individuals_expelled,
    "lo19_promised_protest": lo19_promised_protest,
}
# Floors (fewest right of 24, most false assertions). On main (8d1086c) before the fix, 103
# sentences each (``generate(60000)``): going_plan 0.000 (73 false), sent_back_people 0.864
# (14 false), people_assaulted 0.515, individuals_expelled 0.388 (43 false), promised_protest
# 0.612; after: 1.000, 1.000, 1.000, 0.990 ("Serbians" is not in the actor tables), 1.000.
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
