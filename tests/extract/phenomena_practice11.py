"""Round 29's practice set (issue 9, practice11) as suite constructions crossed with the suite's
states named by name, capital or demonym, and several phrasings each:

- ``pr11_named_incursion``: "X-ian warships entered Y's waters", "X's navy sailed into Y-ian
  territorial waters", "X-ian jets flew into the airspace of Y": an incursion into the waters or
  airspace of a state the sentence names is the show of force of "entered its airspace" (150,
  GUIDE rule 4's leftovers33), aimed at the ground's owner: X -> Y 15 (asserted, or reported
  under an attribution), and the owner's judgement of "the incursion" in the same or the next
  sentence is aimed back at X (class IN);
- ``pr11_regional_body``: "CARICOM condemned X's incursion", "the Caribbean Community urged X
  to ...", "UNASUR (CELAC, SICA, the OECS) criticised X": the regional bodies of the Americas by
  name or acronym are parties (IGO), never a region ("Caribbean") or no one (class BD);
- ``pr11_judged_it``: "X-ian jets bombed a Y-ian town. Z condemned the attack, while W welcomed
  it": a judgement whose object is "it" for the act another judgement of the sentence named is
  aimed at the act's doer, as the first one is (class PJ): Z -> X 11 and W -> X 05 or 11.

Scores on main (bd81051b) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice11_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ASSERTED, REPORTED, Built, Expect, Scene, _cap, _e, _poss, _r

# (who crossed, by X's demonym {Sdem} or name {S})
_CRAFT = ("{Sdem} warships", "{Sdem} navy vessels", "a {Sdem} navy patrol boat",
          "{Sposs} navy", "{Sdem} coast guard ships", "two {Sdem} frigates")  # fmt: skip
# ("X's air force jets entered ..." is left out: practice9's row for ground forces entering a
# state reads "force" before "entered" as troops, 190; see reviews/practice11_classes.md.)
_JETS = ("{Sdem} fighter jets", "two {Sdem} military aircraft", "{Sdem} warplanes")
# (verb and ground at sea; {T} Y's name, {Tposs} its possessive, {Tdem} its demonym)
_SEA = ("entered {Tposs} waters", "entered {Tdem} waters", "entered {Tdem} territorial waters",
        "entered the territorial waters of {T}", "sailed into {Tposs} waters",
        "sailed into {Tdem} territorial waters", "entered {Tposs} territorial waters")  # fmt: skip
_AIR = ("entered {Tposs} airspace", "entered {Tdem} airspace", "flew into {Tdem} airspace",
        "entered the airspace of {T}", "flew into {Tposs} airspace")  # fmt: skip
_WHEN = ("", " on Monday", " on Saturday", " late on Friday", " twice this week")
_PLACE = ("", " near an offshore oil field", " without permission", " close to the coast")
# (the owner's judgement of "the incursion"; CAMEO roots)
_JUDGED = (("condemned the incursion", ("11",)), ("protested against the incursion", ("11", "14")),
           ("called the incursion a provocation", ("11",)),
           ("denounced the incursion", ("11",)))  # fmt: skip


def pr11_named_incursion(sc: Scene) -> Built:
    """ "Venezuelan warships entered Guyana's waters on Saturday (, Georgetown said). Guyana
    condemned the incursion": X -> Y 15, and Y -> X 11 when the judgement follows."""
    rng, s, t = sc.rng, sc.s, sc.t
    sname, tname = sc.name(s, capital=0.0), sc.name(t, capital=0.0)
    air = rng.random() < 0.4
    who = rng.choice(_JETS if air else _CRAFT).format(Sdem=s.demonym, Sposs=_poss(sname))
    went = rng.choice(_AIR if air else _SEA).format(T=tname, Tposs=_poss(tname), Tdem=t.demonym)
    said = rng.random() < 0.3
    tail = f", {sc.name(t)} said" if said else ""
    text = f"{_cap(who)} {went}{rng.choice(_WHEN)}{rng.choice(_PLACE)}{tail}."
    want = [_e(s, t, _r("15"), REPORTED if said else ASSERTED)]
    if rng.random() < 0.5:
        judged, roots = rng.choice(_JUDGED)
        text += f" {_cap(sc.name(t))} {judged}."
        want.append(_e(t, s, _r(*roots), ASSERTED))
    return text, tuple(want), ()


# Regional bodies of the Americas (all resolve to an IGO code).
_BODIES = ("CARICOM", "Caricom", "the Caribbean Community", "CELAC", "UNASUR", "the OECS",
           "the Organisation of Eastern Caribbean States", "SICA", "the Andean Community",
           "the Central American Integration System", "the Pacific Alliance")  # fmt: skip
# (the body's act at X; CAMEO root)
_BODY_ACTS = (("condemned {Sposs} incursion into {T}", "11"), ("criticised {S}", "11"),
              ("urged {S} to withdraw its troops", "02"), ("condemned {S}", "11"),
              ("called on {S} to respect the ruling", "02"),
              ("accused {S} of violating its commitments", "11"))  # fmt: skip


def pr11_regional_body(sc: Scene) -> Built:
    """ "CARICOM condemned Venezuela's incursion into Guyana", "UNASUR urged Chile to ...": the
    body -> X, never a region code or a target-less act."""
    rng, s = sc.rng, sc.s
    sname = sc.name(s, capital=0.0)
    body = rng.choice(_BODIES)
    phrase, root = rng.choice(_BODY_ACTS)
    act = phrase.format(S=sname, Sposs=_poss(sname), T=sc.name(sc.t, capital=0.0))
    text = f"{_cap(body)} {act}{rng.choice(_WHEN)}."
    return text, (Expect("IGO", s.iso3, _r(root), ASSERTED),), ()


# (X's act at Y, {Sdem} X's demonym, {Tdem} Y's; the noun that names it; its CAMEO root)
_DONE = (("{Sdem} jets bombed a {Tdem} town", "attack", "19"),
         ("{S} seized a {Tdem} tanker", "seizure", "17"),
         ("{S} expelled two {Tdem} diplomats", "move", "16"),
         ("{Sdem} troops shelled a {Tdem} border post", "attack", "19"),
         ("{S} imposed tariffs on {Tdem} steel", "decision", "16"))  # fmt: skip
# (first judgement of "the NOUN"; the second of "it"; its CAMEO roots)
_FIRST = ("condemned the {n}", "criticised the {n}", "denounced the {n}")
_SECOND = (("welcomed it", ("05",)), ("praised it", ("05",)), ("condemned it", ("11",)),
           ("backed it", ("05",)), ("criticised it", ("11",)))  # fmt: skip
_WHILE = (", while", ", but", " and", ", whereas")


def pr11_judged_it(sc: Scene) -> Built:
    """ "Russian jets bombed a Ukrainian town. Poland condemned the attack, while Hungary
    welcomed it": Z -> X 11 and W -> X by the second judgement's root, never W -> W."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    sname = sc.name(s, capital=0.0)
    done, noun, root = rng.choice(_DONE)
    first = f"{done.format(Sdem=s.demonym, S=sname, Tdem=t.demonym)}{rng.choice(_WHEN)}."
    second, roots = rng.choice(_SECOND)
    text = (f"{_cap(first)} {_cap(sc.name(t, capital=0.0))} {rng.choice(_FIRST).format(n=noun)}"
            f"{rng.choice(_WHILE)} {sc.name(z, capital=0.0)} {second}.")  # fmt: skip
    want = (
        _e(s, t, _r(root), ASSERTED),
        _e(t, s, _r("11"), ASSERTED),
        _e(z, s, _r(*roots), ASSERTED),
    )
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr11_regional_body": pr11_regional_body,
    "pr11_judged_it": pr11_judged_it,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
