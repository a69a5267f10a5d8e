"""Round 24 party leftovers of parties34 (issue 9; recurring.md's titles, missions and places)
as suite constructions, crossed with the suite's states named by name, capital or demonym:

- ``p34_military_title``: "Brigadier Tomas Varga of Chad's army accused Niger of ...", "Chad's
  Field Marshal Varga warned Niger", "Air Chief Marshal Varga, Chad's air force chief, met ...":
  a military or ceremonial rank before a name is a title like "General" (sectors.tsv's MIL
  titles), so the holder keeps the state of the phrase that places him, whatever the rank;
- ``p34_mission_complaint``: "Chad's embassy in Niamey complained / objected that ...", "lodged
  a complaint with the host", "objected to the detention of ...": a mission's complaint is
  aimed at the state it is posted in (S -> T 11), as lex30's "protested that";
- ``p34_region_office``: "The governor of the Kessar region met Chad's ambassador in Niamey": a
  region no table knows gives its office no state, and the place where the meeting happened
  (Niamey) is never a party;
- ``p34_after_possessive``: "Japan summoned China's ambassador after Beijing's coast guard
  rammed a Japanese vessel" (also "the Philippines' navy"): the parser read "after" as the
  ambassador's phrase and the ambassador as the subject of "rammed"; the main act keeps its
  object (``_occasion_subjects``);
- ``p34_story_officials``: "Kenya and Uganda have argued over the border. The two ministers
  signed a deal": officials counted as a pair are the story's two states' (both ways);
- ``p34_particle_leader``: every office-holder of the people table with an "al-", "el-", "bin"
  or "ibn" particle, dated in his tenure, keeps his state (a guard: main already reads them).

Scores on main (0c8438c) before the fix are beside FLOORS.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date

from phenomena_tables import _table
from phenomena_words import ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _poss

ANY = ASSERTED | NOT_ASSERTED
SAID = frozenset({"asserted", "reported"})


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


# Ranks written before a name (facts: the usual English ranks of armies, navies and air forces).
_RANKS = ("Marshal", "Field Marshal", "Air Chief Marshal", "Air Marshal", "Admiral",
          "Vice Admiral", "Rear Admiral", "Brigadier", "Brigadier General", "Colonel",
          "Lieutenant Colonel", "Lieutenant General", "Major General", "General")  # fmt: skip
_FORCES = ("army", "armed forces", "navy", "air force", "military")
_SURNAMES = ("Varga", "Halvorsen", "Petrauskas", "Okonkwo", "Mendoza", "Haddad", "Rahimi",
             "Soini", "Kovacs", "Lindqvist", "Ferreira")  # fmt: skip
_GIVEN = ("Tomas", "Ahmed", "Daniel", "Musa", "Ivan", "Carlos", "Yusuf", "Peter")
# (phrase with {T}, root): acts a commander states of another state.
_ACTS = (("accused {T} of violating the ceasefire", "11"),
         ("accused {T} of massing troops on the border", "11"),
         ("criticised {T} over the border clashes", "11"),
         ("warned {T} against any incursion", "13"),
         ("threatened {T} with retaliation", "13"),
         ("met {Tposs} defence minister", "04"),
         ("visited {T} on Monday", "04"),
         ("praised {Tposs} cooperation on border security", "05"))  # fmt: skip


def _officer(sc: Scene) -> str:
    rank = sc.rng.choice(_RANKS)
    if sc.rng.random() < 0.5:
        return f"{rank} {sc.rng.choice(_GIVEN)} {sc.rng.choice(_SURNAMES)}"
    return f"{rank} {sc.rng.choice(_SURNAMES)}"


def p34_military_title(sc: Scene) -> Built:
    """ "Brigadier Ahmed Haddad of Chad's army accused Niger of violating the ceasefire": a rank
    before a name is a title; the holder's state is the one that places him (of-phrase,
    possessive, apposition), never none or the target's."""
    s, t = sc.s, sc.t
    act, root = sc.rng.choice(_ACTS)
    t_name = sc.name(t, capital=0.0)
    did = act.format(T=t_name, Tposs=_poss(t_name))
    officer, force = _officer(sc), sc.rng.choice(_FORCES)
    form = sc.rng.randrange(4)
    if form == 0:
        text = f"{officer} of {_poss(s.name)} {force} {did}."
    elif form == 1:
        text = f"{_poss(s.name)} {officer} {did}."
    elif form == 2:
        text = f"{officer}, {_poss(s.name)} {force} chief, {did}."
    else:
        text = f"{s.demonym} {officer} {did}."
    want = (_e(s.iso3, t.iso3, root, SAID),)
    # (the accused act, reported, is the accused state's own: "massing troops on the border")
    allowed = (Expect(t.iso3, s.iso3, frozenset({"04"}), ANY),
               Expect(t.iso3, s.iso3, frozenset(), NOT_ASSERTED))  # fmt: skip
    return _cap(text), want, allowed


_MISSIONS = ("embassy", "high commission", "mission", "consulate")
_COMPLAINED = (
    "complained that {Tdem} police had beaten two {Sdem} traders",
    "complained that the traders had been held for a week without charge",
    "objected that {Sdem} nationals had been denied consular access",
    "complained that its diplomats had been followed by {Tdem} agents",
    "lodged a complaint over the detention of three {Sdem} fishermen",
    "objected to the detention of three {Sdem} fishermen",
    "lodged a formal complaint after police raided a {Sdem} school",
)


def p34_mission_complaint(sc: Scene) -> Built:
    """ "Chad's embassy in Niamey complained that Nigerien police had beaten two Chadian
    traders": a mission's complaint is the sender's disapproval (11) aimed at the state it is
    posted in (the capital's), never at no one."""
    s, t = sc.s, sc.t
    mission = sc.rng.choice(_MISSIONS)
    owner = _poss(s.name) if sc.rng.random() < 0.6 else f"the {s.demonym}"
    said = sc.rng.choice(_COMPLAINED).format(Tdem=t.demonym, Sdem=s.demonym)
    text = f"{_cap(owner)} {mission} in {t.capital} {said}."
    if sc.rng.random() < 0.25:  # the host named by the story's act, the mission by no capital
        text = (
            f"{t.demonym} police detained 14 {s.demonym} traders. {_cap(owner)} {mission} {said}."
        )
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY), Expect("---", s.iso3, frozenset(), ANY),
               Expect("---", "", frozenset(), ANY), Expect(t.iso3, "", frozenset(), ANY),
               Expect(s.iso3, t.iso3, frozenset(), ANY))  # fmt: skip
    return text, (_e(s.iso3, t.iso3, "11"),), allowed


_REGIONS = ("Kessar", "Tarvo", "Malbeni", "Orrava", "Sunday Hills", "Dzolu", "Velmar")
_OFFICES = ("the governor of the {R} region", "the {R} district commissioner",
            "the governor of {R} province", "the {R} regional governor",
            "the mayor of {R}")  # fmt: skip
_MET = ("met {Sposs} ambassador in {Z} on Monday", "signed a trade memorandum with {Sposs} "
        "ambassador in {Z}", "held talks with {Sposs} envoy in {Z}")  # fmt: skip


def p34_region_office(sc: Scene) -> Built:
    """ "The governor of the Kessar region met Chad's ambassador in Niamey": an office of a
    region no table knows has no state, and the meeting's place (Niger) is no party."""
    s, z = sc.s, sc.z
    office = sc.rng.choice(_OFFICES).format(R=sc.rng.choice(_REGIONS))
    met = sc.rng.choice(_MET).format(Sposs=_poss(s.name), Z=sc.name(z, capital=0.6))
    text = f"{office} {met}."
    allowed = (Expect("---", s.iso3, frozenset(), ANY), Expect(s.iso3, "", frozenset(), ANY),
               Expect(s.iso3, "---", frozenset(), ANY), Expect("---", "", frozenset(), ANY))  # fmt: skip
    return _cap(text), (), allowed


_MAIN = (("summoned {Tposs} ambassador", "11"), ("summoned {Tposs} envoy", "11"),
         ("expelled {Tposs} ambassador", "16"), ("summoned {Tposs} charge d'affaires", "11"))  # fmt: skip
_AFTER_DOERS = ("{Tcap}'s coast guard", "{Tcap}'s navy", "{Tposs} coast guard", "{Tposs} navy",
                "{Tcap}'s border police")  # fmt: skip
_AFTER_ACTS = ("rammed a {Sdem} vessel", "detained {Sdem} fishermen near the reef",
               "seized a {Sdem} tanker", "fired water cannon at a {Sdem} boat")  # fmt: skip


def p34_after_possessive(sc: Scene) -> Built:
    """ "Japan summoned China's ambassador after Beijing's coast guard rammed a Japanese vessel":
    the after-clause's possessed subject (a capital's or a plural-named state's "Y' N") is the
    clause's own, so the main act keeps its object (S -> T), never the ambassador as a doer."""
    s, t = sc.s, sc.t
    main, root = sc.rng.choice(_MAIN)
    words = {"Tposs": _poss(t.name), "Tcap": t.capital, "Sdem": s.demonym}
    doer = sc.rng.choice(_AFTER_DOERS).format(**words)
    did = sc.rng.choice(_AFTER_ACTS).format(**words)
    text = f"{sc.name(s, capital=0.3)} {main.format(**words)} after {doer} {did}."
    # (the after-clause's act is scene-setting, GUIDE rule 1: any reading of T -> S)
    allowed = (Expect(t.iso3, s.iso3, frozenset(), ANY),)
    return _cap(text), (_e(s.iso3, t.iso3, root),), allowed


_QUARRELS = ("{S} and {T} have argued over the border for years.",
             "{S} and {T} have quarrelled over fishing rights since 2019.",
             "Relations between {S} and {T} have been strained over smuggling.")  # fmt: skip
_OFFICIALS = ("the two ministers", "the two foreign ministers", "both ministers",
              "the two trade ministers", "the two envoys", "the two presidents")  # fmt: skip
_SIGNED = (("signed a deal to reopen the crossing", "05"),
           ("signed a fisheries accord{where}", "05"),
           ("signed a memorandum on customs cooperation{where}", "05"),
           ("met{where} to discuss the dispute", "04"))  # fmt: skip


def p34_story_officials(sc: Scene) -> Built:
    """ "Kenya and Uganda have argued over the border. On Monday the two ministers signed a
    deal": officials counted as a pair, with no person named before, are the story's two
    states' (both ways); the place of signing is no party."""
    s, t, z = sc.s, sc.t, sc.z
    first = sc.rng.choice(_QUARRELS).format(S=s.name, T=t.name)
    act, root = sc.rng.choice(_SIGNED)
    where = sc.rng.choice(("", f" in {z.capital}", " on Monday"))
    who = sc.rng.choice(_OFFICIALS)
    lead = sc.rng.choice(("", "On Monday ", "Last week "))
    second = _cap(f"{lead}{who} {act.format(where=where)}.")
    want = (_e(s.iso3, t.iso3, root), _e(t.iso3, s.iso3, root))
    return f"{first} {second}", want, (Expect(s.iso3, t.iso3, frozenset(), ANY),
                                       Expect(t.iso3, s.iso3, frozenset(), ANY))  # fmt: skip


_PARTICLE = re.compile(r"\b(?:[Aa]l|[Ee]l|bin|ibn)[- ]")
_HELD = frozenset({"HOS", "HOG", "FM", "DM"})


@functools.cache
def _particle_people() -> tuple[tuple[str, str, str, str], ...]:
    """(name, ISO3, from, until) of every state office-holder in the shipped people table whose
    name has an "al-", "el-", "bin" or "ibn" particle (facts, read from the table)."""
    out = []
    for r in _table("people.tsv"):
        name, _aliases, code, held, start, until = (r + [""] * 6)[:6]
        if held in _HELD and _PARTICLE.search(name) and start and code[3:6] != "REB":
            out.append((name, code[:3], start, until or "2025-06-30"))
    return tuple(out)


_NAMED_ACTS = (("criticised {T} over the border clashes", "11"),
               ("accused {T} of stalling the talks", "11"),
               ("met {Tposs} foreign minister{where}", "04"),
               ("telephoned {Tposs} president on Monday", "04"),
               ("warned {T} against any escalation", "13"),
               ("praised {Tposs} mediation", "05"))  # fmt: skip


def p34_particle_leader(sc: Scene) -> Built:
    """ "Abdel Fattah el-Sisi criticised Ethiopia", "Mohammed Shia al-Sudani met Turkey's
    foreign minister": a leader whose name has a hyphenated or spaced particle (every such
    office-holder in the table, dated within his tenure) keeps his state, whatever the act."""
    name, iso3, start, until = sc.rng.choice(_particle_people())
    t = sc.t if sc.t.iso3 != iso3 else sc.z
    lo, hi = date.fromisoformat(start), date.fromisoformat(until)
    sc.date = (lo + (hi - lo) * sc.rng.choice((0.3, 0.5, 0.7))).isoformat()
    act, root = sc.rng.choice(_NAMED_ACTS)
    t_name = sc.name(t, capital=0.0)
    did = act.format(T=t_name, Tposs=_poss(t_name), where=sc.rng.choice(("", " in Geneva")))
    lead = sc.rng.choice(("", "On Monday, ", "In a statement, "))
    text = f"{lead}{name} {did}."
    allowed = (Expect(t.iso3, iso3, frozenset(), ANY),)
    return _cap(text), (_e(iso3, t.iso3, root, SAID),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p34_military_title": p34_military_title,
    "p34_mission_complaint": p34_mission_complaint,
    "p34_region_office": p34_region_office,
    "p34_after_possessive": p34_after_possessive,
    "p34_story_officials": p34_story_officials,
    "p34_particle_leader": p34_particle_leader,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before parties34 (0c8438c) the same 24 scored (right, false assertions):
# p34_military_title 23/0 ("Brigadier NAME of X's army": no event); p34_mission_complaint 9/0 (no
# target, or none: the sender's own people); p34_region_office 9/19 (the meeting place's state);
# p34_after_possessive 24/0 on seed 0 but 22, 21, 20, 22 on seeds 1-4 (the ambassador as the
# rammer, no summons); p34_story_officials 0/20 (---GOV with no target); p34_particle_leader 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
