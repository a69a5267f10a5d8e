"""Round 36's party leftovers (issue 9, stop 49: leftovers63) as suite constructions crossed
with the suite's states named by name, capital or demonym, and several phrasings each:

- ``lo63_conjoined_demonyms``: "Qatari and Iranian navy ships seized a Kenyan tanker", "Omani
  and Indian coast guard vessels ...": two demonyms conjoined before a compound head are both
  the craft's states (S -> Z and T -> Z), and a later "the two navies" takes them both; near
  miss "Z seized Qatari navy ships and an Iranian tanker": Z -> S, Z -> T;
- ``lo63_placed_attack``: "A market was bombed in Kharkiv", "a convoy was shelled near TCAP": an
  attack with no doer named whose target is the place it happened in is `---` -> the place's
  state, never T -> T (the README's attack rule over PLOVER's domestic one); near misses "a
  minefield explosion killed two T-ian youths" (T -> T, victims of a named state) and "S-ian
  jets bombed a market in TCAP" (S -> T);
- ``lo63_teamed_force``: "S teamed up (joined forces) with T to crush Z-ian rebels": a purpose
  infinitive is no asserted act; as leftovers61's "agreed with T to crush Z" it is S's and T's
  threat aimed at Z (13), never asserted force; near miss "teamed up with T to build a railway":
  S -> T 03;
- ``lo63_own_troops_out``: "S pulled S-ian troops out of T": the troops, named by S's own
  demonym, are what the withdrawal moves, the place left the target (S -> T 08, never S -> S);
  near miss "S pulled its troops out of T": unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _e,
    _r,
)

_TIMES = ("", " on Monday", " on Thursday", " last week")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


_CRAFT = ("navy ships", "coast guard vessels", "navy patrol boats", "naval vessels",
          "coast guard ships", "air force jets")  # fmt: skip
# (the act on Z's craft or people, its root); {Zdem} and {a_Zdem} are Z's
_ON_Z = (("seized {a_Zdem} tanker{time}.", "17"), ("detained {Zdem} fishermen{time}.", "17"),
         ("fired on {a_Zdem} fishing boat{time}.", "19"))  # fmt: skip
_DRILLS = ("held joint drills{time}.", "carried out joint patrols{time}.",
           "held a joint exercise off the coast{time}.")  # fmt: skip
_ACCUSED = ("{Z} accused the two navies of trespassing.",
            "{Zposs} foreign ministry accused the two navies of violating its waters.")  # fmt: skip


def lo63_conjoined_demonyms(sc: Scene) -> Built:
    """ "Qatari and Iranian navy ships seized a Kenyan tanker": QAT -> KEN and IRN -> KEN 17;
    "Omani and Indian coast guard vessels held joint drills. Kenya accused the two navies of
    trespassing": KEN -> OMN and KEN -> IND 11; near miss "Kenya seized Qatari navy ships and
    an Iranian tanker": KEN -> QAT, KEN -> IRN 17."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    time = rng.choice(_TIMES)
    r = rng.random()
    if r < 0.25:  # near miss: the first demonym has a noun of its own
        text = f"{z.name} seized {s.demonym} navy ships and {_article(t.demonym)} tanker{time}."
        return text, (_e(z, s, _r("17"), ASSERTED), _e(z, t, _r("17"), ASSERTED)), ()
    craft = rng.choice(_CRAFT)
    if r < 0.6:
        act, root = rng.choice(_ON_Z)
        done = act.format(Zdem=z.demonym, a_Zdem=_article(z.demonym), time=time)
        text = f"{s.demonym} and {t.demonym} {craft} {done}"
        return text, (_e(s, z, _r(root), ASSERTED), _e(t, z, _r(root), ASSERTED)), ()
    craft = rng.choice(_CRAFT[:-1])  # (ships of two navies)
    drills = rng.choice(_DRILLS).format(time=time)
    accused = rng.choice(_ACCUSED).format(Z=z.name, Zposs=z.name + "'s")
    text = f"{s.demonym} and {t.demonym} {craft} {drills} {accused}"
    allowed = (_e(s, t, _r("06", "04"), ANY), _e(t, s, _r("06", "04"), ANY),
               _e(s, z, frozenset(), NOT_ASSERTED), _e(t, z, frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, (_e(z, s, _r("11"), ASSERTED), _e(z, t, _r("11"), ASSERTED)), allowed


_SITES = ("A market", "A school", "A convoy", "A bus station", "A fuel depot", "A police post")
_STRUCK = (("was bombed", "19"), ("was shelled", "19"), ("was attacked", "19"),
           ("was ambushed", "19"), ("was shelled overnight", "19"))  # fmt: skip
_AT_PLACE = ("in", "near", "outside")
_NAMED_HARM = ("A minefield explosion killed two {Tdem} youths{time}.",
               "A roadside bomb killed three {Tdem} farmers{time}.")  # fmt: skip


def lo63_placed_attack(sc: Scene) -> Built:
    """ "A market was bombed in Kyiv on Monday": --- -> UKR 19, never UKR -> UKR; near misses
    "a minefield explosion killed two Iraqi youths" (IRQ -> IRQ) and "Russian jets bombed a
    market in Kyiv" (RUS -> UKR)."""
    rng, s, t = sc.rng, sc.s, sc.t
    time = rng.choice(_TIMES)
    r = rng.random()
    if r < 0.15:  # near miss: victims of a named state, the domestic reading
        text = rng.choice(_NAMED_HARM).format(Tdem=t.demonym, time=time)
        return text, (Expect(t.iso3, t.iso3, _r("18", "19"), ASSERTED),), ()
    place = rng.choice((t.capital, t.capital, t.name))
    if r < 0.3:  # near miss: the doer named
        text = f"{s.demonym} jets bombed a market in {place}{time}."
        return text, (_e(s, t, _r("19"), ASSERTED),), ()
    struck, root = rng.choice(_STRUCK)
    at = rng.choice(_AT_PLACE) if place == t.capital else "in"
    text = f"{rng.choice(_SITES)} {struck} {at} {place}{time}."
    return text, (Expect("---", t.iso3, _r(root, "18"), ASSERTED),), ()


_TEAMED = ("teamed up with {T} to", "has teamed up with {T} to", "joined forces with {T} to",
           "has joined forces with {T} to", "teamed up with {T} on Monday to")  # fmt: skip
_FORCE = ("crush {Zdem} rebels", "fight {Z}", "attack {Z}", "defeat the {Zdem} militants")
_BUILD = ("build a railway", "expand trade", "build a new pipeline")


def lo63_teamed_force(sc: Scene) -> Built:
    """ "Kenya teamed up with Uganda to crush Somali rebels": KEN -> SOM and UGA -> SOM 13,
    never asserted force (19) nor KEN -> UGA force; near miss "... to build a railway": KEN ->
    UGA 03."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    teamed = rng.choice(_TEAMED).format(T=sc.name(t, 0.0))
    if rng.random() < 0.25:
        text = f"{sc.name(s, 0.0)} {teamed} {rng.choice(_BUILD)}."
        return text, (_e(s, t, _r("03"), ASSERTED),), ()
    force = rng.choice(_FORCE).format(Z=z.name, Zdem=z.demonym)
    text = f"{sc.name(s, 0.0)} {teamed} {force}."
    want = (_e(s, z, _r("13"), ASSERTED), _e(t, z, _r("13"), ASSERTED))
    allowed = (_e(s, t, _r("03"), ANY), _e(t, s, _r("03"), ANY))
    return text, want, allowed


_PULLED = ("pulled {Sdem} troops out of {T}", "withdrew {Sdem} forces from {T}",
           "pulled {Sdem} soldiers out of {T}", "has withdrawn {Sdem} troops from {T}")  # fmt: skip


def lo63_own_troops_out(sc: Scene) -> Built:
    """ "France pulled French soldiers out of Mali": FRA -> MLI 08, never FRA -> FRA; near
    miss "France pulled its soldiers out of Mali": FRA -> MLI 08."""
    rng, s, t = sc.rng, sc.s, sc.t
    pulled = rng.choice(_PULLED).format(Sdem=s.demonym, T=t.name)
    if rng.random() < 0.25:
        pulled = pulled.replace(f"{s.demonym} ", "its ", 1)
    text = f"{sc.name(s, 0.25)} {pulled}{rng.choice(_TIMES)}."
    return text, (_e(s, t, _r("08"), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo63_conjoined_demonyms": lo63_conjoined_demonyms,
    "lo63_placed_attack": lo63_placed_attack,
    "lo63_teamed_force": lo63_teamed_force,
    "lo63_own_troops_out": lo63_own_troops_out,
}
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
