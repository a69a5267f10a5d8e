"""Round 26's leftovers (issue 9, leftovers36) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo36_resolved_act``: "Russia has made up its mind (has resolved, is
  determined) to attack Ukraine": a decision, not the act; the act X -> Y is `possible` (GUIDE
  rule 4; as "will attack", a stated plan may read as the threat 13x), never asserted
  (``_factuality_words.resolved_to``);
- ``lo36_border_troops``: "Ecuador sent (dispatched) troops (soldiers, reinforcements) along
  (on, at, near) its border with Colombia (the Colombian border)": a buildup aimed at the
  neighbour, X -> Y 154 (GUIDE: patrols along Y's border), never military aid 074 (triggers
  block ``# leftovers36``).
- ``lo36_including_list``: "Russia extended visa-free entry to citizens (nationals) of 33
  countries, including France, Germany and Italy": each listed state is a target, as for
  "citizens of France, Germany and Italy" (``_composed_actors.named_instances``).

(Dropped: scheduled 172 measures as `possible` lowered plover tune 0.721 -> 0.711 and penta
check 0.809 -> 0.808; "decided to V" as `possible` lowered penta 0.806/0.809 -> 0.800/0.808.)

Before the fix, on main (ebd5f1c3): every lo36_resolved_act sentence asserted the act;
"sent / dispatched troops along the border with Y" was 074; "citizens of N countries,\nincluding A, B and C" gave A only.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State, load_states
from phenomena_words import ASSERTED, NOT_ASSERTED, POSSIBLE, Built, Expect, Scene, _cap


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _not_done(st: State) -> tuple[Expect, ...]:
    """Nothing ``st`` does is asserted."""
    return (
        Expect(st.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(st.iso3, "", frozenset(), NOT_ASSERTED),
    )


_RESOLVED = ("has made up its mind to", "made up its mind to", "is resolved to",
             "has resolved to", "resolved to", "is determined to", "was determined to", "remains determined to",
             "appears determined to", "has firmly resolved to")  # fmt: skip
# (the act, with {T} the target, and its root)
_ACTS = (("attack {T}", "19"), ("invade {T}", "19"), ("strike {T}", "19"),
         ("bomb {T}", "19"), ("expel {Tposs} diplomats", "17"),
         ("attack {Tposs} forces", "19"), ("launch strikes on {T}", "19"),
         ("sever diplomatic ties with {T}", "16"), ("impose sanctions on {T}", "16"),
         ("blockade {Tposs} ports", "19"))  # fmt: skip


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def lo36_resolved_act(sc: Scene) -> Built:
    """ "Russia has made up its mind to attack Ukraine": the act X -> Y `possible` (or the
    plan's threat 13x), never asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    act, root = sc.rng.choice(_ACTS)
    text = f"{_cap(sname)} {sc.rng.choice(_RESOLVED)} {act.format(T=tname, Tposs=_poss(tname))}."
    want = (_e(sc.s, sc.t, _r(root, "13"), POSSIBLE),)
    allowed = (_e(sc.s, sc.t, _r(root, "13", "15", "16", "17", "19"), POSSIBLE),)
    return text, want, allowed + _not_done(sc.s) + _not_done(sc.t)


_SENT = ("sent", "dispatched", "has sent", "has dispatched", "sent more", "dispatched extra")
_UNITS = ("troops", "soldiers", "reinforcements", "2,000 troops", "thousands of soldiers",
          "two battalions", "army units", "special forces")  # fmt: skip
_ALONG = ("along", "along", "on", "at", "near")
_BORDER = ("its border with {T}", "the border with {T}", "the {Tdem} border",
           "its frontier with {T}", "the frontier with {T}", "its {Tdem} border")  # fmt: skip


def lo36_border_troops(sc: Scene) -> Built:
    """ "Ecuador sent troops along its border with Colombia": X -> Y 154 asserted (a show of
    force 15), never aid 07."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    border = sc.rng.choice(_BORDER).format(T=tname, Tdem=sc.t.demonym)
    units = sc.rng.choice(_UNITS)
    text = f"{_cap(sname)} {sc.rng.choice(_SENT)} {units} {sc.rng.choice(_ALONG)} {border}."
    return text, (_e(sc.s, sc.t, _r("15"), ASSERTED),), _not_done(sc.t)


# (the act on the listed people, its root and factuality)
_ON_LISTED = (("extended visa-free entry to {P}", "03", "asserted"),
              ("will grant visa exemptions to {P}", "03", "possible"),
              ("granted visa-free travel to {P}", "08", "asserted"),
              ("banned {P} from entering", "17", "asserted"),
              ("invited {P} to the summit", "03", "asserted"),
              ("barred {P} from entering its territory", "17", "asserted"))  # fmt: skip
_PEOPLE = ("citizens", "nationals", "travellers", "leaders", "diplomats", "citizens")
_COUNT = ("33 countries", "several countries", "a dozen countries", "12 states",
          "15 nations", "more than 20 countries")  # fmt: skip


def lo36_including_list(sc: Scene) -> Built:
    """ "Russia extended visa-free entry to citizens of 33 countries, including France,
    Germany and Italy": X -> each listed state, the act's root."""
    pool = [o for o in load_states() if o.iso3 not in (sc.s.iso3, sc.t.iso3, sc.z.iso3)]
    listed = [sc.t, sc.z, sc.rng.choice(pool)]
    names = [sc.name(st, capital=0.0) for st in listed]
    named = ", ".join(names[:-1]) + " and " + names[-1]
    act, root, fact = sc.rng.choice(_ON_LISTED)
    people = f"{sc.rng.choice(_PEOPLE)} of {sc.rng.choice(_COUNT)}, including {named},"
    if act.endswith("{P}"):
        people = people.rstrip(",")
    sname = sc.name(sc.s, capital=0.2)
    text = f"{_cap(sname)} {act.format(P=people)}."
    roots = _r(root, "03", "08") if root in ("03", "08") else _r(root, "16", "19")
    want = tuple(_e(sc.s, st, roots, frozenset({fact})) for st in listed)
    return text, want, ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo36_resolved_act": lo36_resolved_act,
    "lo36_border_troops": lo36_border_troops,
    "lo36_including_list": lo36_including_list,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
