"""Round 34's leftovers (issue 9, stop 47: reactions, parties, venues and hosts the helpers
before noticed) as suite constructions crossed with the suite's states named by name, capital or
demonym, and several phrasings each:

- ``lo58_ruling_reaction``: "A T-ian court ruled on Monday that ... . S welcomed (criticised,
  rejected) the ruling": the ruling gave no event, the reaction is aimed at its doer's state
  (S -> T), never at no one or at a state the ruling's clause names;
- ``lo58_pressing_answer``: "T held drills near Z. S condemned the drills. It demanded
  restraint": a bare answer after the reacting side's own judgement presses the same doer
  (S -> T 11 and S -> T 10), never Z;
- ``lo58_two_sides_rebels``: "S's army clashed with S-ian rebels. The two sides agreed to a
  ceasefire", "The S government met the rebels in Z-CAPITAL. The two sides signed an accord":
  "the two sides" are the state and its own armed group (S <-> SREB, read S -> S), never the
  venue's state;
- ``lo58_truce_venue``: "S and S-ian rebels signed a truce in Z-CAPITAL": a venue is no party;
- ``lo58_summit_pledge``: "At a summit hosted by Z, S pledged $2 billion in aid to T": S -> T
  03 only; hosting a gathering is no Z -> S (nor Z -> T) 043;
- ``lo58_partyless_fighting``: "After months of fighting, S and T agreed to a ceasefire" (S <->
  T only), "Fighting between the army and rebels killed 30 people" (no event: an event with no
  party never comes out).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _e, _poss, _r

_WHEN = ("", " on Monday", " on Thursday", " last week")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


_COURTS = ("a {Tdem} court", "{Tposs} supreme court", "a court in {Tc}", "{Tposs} top court",
           "the {Tdem} supreme court", "a {Tdem} appeals court")  # fmt: skip
_RULINGS = ("the fishermen must be freed", "the deal was illegal", "the ban was lawful",
            "the detained sailors must be released", "the election was valid",
            "the company must pay a fine")  # fmt: skip
_JUDGED = (("welcomed", "05"), ("criticised", "11"), ("condemned", "11"), ("praised", "05"),
           ("rejected", "12"), ("criticized", "11"), ("hailed", "05"))  # fmt: skip


def lo58_ruling_reaction(sc: Scene) -> Built:
    """ "A Kenyan court ruled on Monday that the deal was illegal. Uganda welcomed the ruling":
    UGA -> KEN 05."""
    s, t = sc.s, sc.t
    court = sc.rng.choice(_COURTS).format(Tdem=t.demonym, Tposs=_poss(t.name), Tc=t.capital)
    verb, root = sc.rng.choice(_JUDGED)
    first = _cap(f"{court} ruled{sc.rng.choice(_WHEN)} that {sc.rng.choice(_RULINGS)}.")
    text = f"{first} {sc.name(s)} {verb} the ruling."
    allowed = (Expect(t.iso3, "*", frozenset(), ANY),)
    return text, (_e(s, t, _r(root), ASSERTED),), allowed


_DEEDS = (("held military drills near {Z}", "the drills"),
          ("deployed troops to the border with {Z}", "the deployment"),
          ("sent warships near {Z}", "the move"),
          ("launched air strikes in {Z}", "the strikes"),
          ("tested a missile near {Z}", "the test"))  # fmt: skip
_CONDEMN = (("condemned", "11"), ("denounced", "11"), ("criticised", "11"),
            ("called {N} a provocation", "11"), ("condemned", "11"))  # fmt: skip
_PRESS = (("demanded an explanation", "10"), ("demanded restraint", "10"),
          ("demanded an end to the provocations", "10"), ("demanded an apology", "10"),
          ("lodged a formal protest", "11"))  # fmt: skip


def lo58_pressing_answer(sc: Scene) -> Built:
    """ "China held drills near Taiwan. Japan condemned the drills. It demanded restraint":
    JPN -> CHN 11 and JPN -> CHN 10 (never -> TWN)."""
    s, t, z = sc.s, sc.t, sc.z
    deed, noun = sc.rng.choice(_DEEDS)
    judge, root = sc.rng.choice(_CONDEMN)
    judged = judge.format(N=noun) if "{N}" in judge else f"{judge} {noun}"
    press, asked = sc.rng.choice(_PRESS)
    who = sc.rng.choice(("It", "It also", s.capital, f"{s.capital} also"))
    first = f"{sc.name(t, 0.0)} {deed.format(Z=z.name)}{sc.rng.choice(_WHEN)}."
    text = f"{first} {sc.name(s, 0.0)} {judged}. {who} {press}."
    wants = (_e(s, t, _r(root), ASSERTED), _e(s, t, _r(asked), ASSERTED))
    allowed = (Expect(t.iso3, "*", frozenset(), ANY),)
    return text, wants, allowed


_ARMIES = ("{Sposs} army", "{Sdem} troops", "{Sdem} forces", "The {Sdem} army")
_FOES = ("{Sdem} rebels", "{Sdem} insurgents", "{Sdem} guerrillas", "{Sdem} militants",
         "{Sdem} rebel fighters")  # fmt: skip
_FIGHTS = ("clashed with {F} in the north", "fought {F} near the border",
           "attacked {F} in the east")  # fmt: skip
_AFTER = (("agreed to a ceasefire", "03"), ("signed a truce", "08"), ("held talks", "04"),
          ("agreed to a truce", "03"), ("signed a peace deal", "05"))  # fmt: skip
_MET = ("met {F} in {Zc}", "held talks with {F} in {Zc}")


def lo58_two_sides_rebels(sc: Scene) -> Built:
    """ "Colombian troops clashed with rebels in the north. The two sides agreed to a ceasefire"
    and "The Colombian government met the rebels in Havana. The two sides signed a truce": COL
    <-> COLREB (COL -> COL), never -> CUB."""
    s, z = sc.s, sc.z
    foe = sc.rng.choice(_FOES).format(Sdem=s.demonym)
    act, root = sc.rng.choice(_AFTER)
    if sc.rng.random() < 0.5:
        army = sc.rng.choice(_ARMIES).format(Sposs=_poss(s.name), Sdem=s.demonym)
        first = f"{_cap(army)} {sc.rng.choice(_FIGHTS).format(F=foe)}{sc.rng.choice(_WHEN)}."
    else:
        gov = sc.rng.choice((f"The {s.demonym} government", f"{_poss(s.name)} government"))
        met = sc.rng.choice(_MET).format(F=foe, Zc=z.capital)
        first = f"{gov} {met}{sc.rng.choice(_WHEN)}."
    text = f"{first} The two sides {act}{sc.rng.choice(('', ' on Friday', ' later'))}."
    allowed = (Expect(s.iso3, s.iso3, frozenset(), ANY),)
    return text, (_e(s, s, _r(root), ASSERTED),), allowed


_TRUCES = ("signed a truce", "signed a ceasefire", "signed a ceasefire agreement",
           "signed a truce agreement")  # fmt: skip
_GROUPS = ("{Sdem} rebels", "the rebels", "{Sdem} insurgents", "insurgents")


def lo58_truce_venue(sc: Scene) -> Built:
    """ "Colombia and the rebels signed a truce in Oslo": COL <-> COLREB 08 (COL -> COL),
    never -> NOR."""
    s, z = sc.s, sc.z
    group = sc.rng.choice(_GROUPS).format(Sdem=s.demonym)
    state = sc.rng.choice((s.name, f"{_poss(s.name)} government", f"the {s.demonym} government"))
    pair = f"{group} and {state}" if s.demonym in group else f"{state} and {group}"
    text = f"{_cap(pair)} {sc.rng.choice(_TRUCES)} in {z.capital}{sc.rng.choice(_WHEN)}."
    allowed = (Expect(s.iso3, s.iso3, frozenset(), ANY),)
    return text, (_e(s, s, _r("08"), ASSERTED),), allowed


_GATHERINGS = ("a summit", "a conference", "a donor conference", "a meeting", "talks")
_PLEDGES = (("pledged $2 billion in aid to {T}", "03"), ("pledged support for {T}", "03"),
            ("pledged 500 million euros to {T}", "03"),
            ("promised $300 million in aid to {T}", "03"))  # fmt: skip


def lo58_summit_pledge(sc: Scene) -> Built:
    """ "At a summit hosted by Japan, India pledged $2 billion in aid to Sri Lanka": IND -> LKA
    03; no JPN -> IND / JPN -> LKA 043."""
    s, t, z = sc.s, sc.t, sc.z
    pledge, root = sc.rng.choice(_PLEDGES)
    where = sc.rng.choice(("At", "During"))
    text = (f"{where} {sc.rng.choice(_GATHERINGS)} hosted by {z.name}{sc.rng.choice(_WHEN)}, "
            f"{sc.name(s)} {pledge.format(T=t.name)}.")  # fmt: skip
    return text, (_e(s, t, _r(root), ASSERTED),), ()


_SPANS = ("months", "weeks", "years", "days")
_FIGHTING = ("fighting", "heavy fighting", "fierce fighting", "clashes")
_TOLLS = ("killed 30 people", "killed dozens of civilians", "left 12 people dead",
          "killed thousands of people")  # fmt: skip
_ENDS = (("agreed to a ceasefire", "03"), ("signed a peace deal", "05"),
         ("signed a truce", "08"), ("agreed to talks", "03"))  # fmt: skip


def lo58_partyless_fighting(sc: Scene) -> Built:
    """ "After months of fighting, S and T agreed to a ceasefire": S <-> T only; "Fighting
    (between the army and rebels) killed 30 people": no event (no party: never --- -> --- 19)."""
    s, t = sc.s, sc.t
    fighting = sc.rng.choice(_FIGHTING)
    if sc.rng.random() < 0.5:
        end, root = sc.rng.choice(_ENDS)
        place = sc.rng.choice(("", " along the border", " in the region"))
        span = sc.rng.choice(_SPANS)
        text = (
            f"After {span} of {fighting}{place}, {s.name} and {t.name} {end}{sc.rng.choice(_WHEN)}."
        )
        return text, (_e(s, t, _r(root), ASSERTED), _e(t, s, _r(root), ASSERTED)), ()
    between = sc.rng.choice(("", " between the army and rebels", " in the north"))
    text = f"{_cap(fighting)}{between} {sc.rng.choice(_TOLLS)}{sc.rng.choice(_WHEN)}."
    # (an army and rebels of no state are GUIDE rule 6's "no state's": ---MIL <-> ---REB may stand)
    sides = (Expect("---", "---", _r("19"), ANY),) if "army" in between else ()
    return text, (), sides


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo58_ruling_reaction": lo58_ruling_reaction,
    "lo58_pressing_answer": lo58_pressing_answer,
    "lo58_two_sides_rebels": lo58_two_sides_rebels,
    "lo58_truce_venue": lo58_truce_venue,
    "lo58_summit_pledge": lo58_summit_pledge,
    "lo58_partyless_fighting": lo58_partyless_fighting,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (20, 0) for name in SCENE_CONSTRUCTIONS}
