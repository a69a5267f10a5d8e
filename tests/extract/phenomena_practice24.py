"""Round 35's practice set (issue 9, practice24: great-power diplomacy around the war in
Ukraine) as suite constructions crossed with the suite's states named by name, capital or
leader, and several phrasings:

- ``pr24_pressed_threat``: "A and B demanded that Y accept a ceasefire, warning that sanctions
  on its banks would follow if it did not", "A urged Y to free the sailors, threatening to cut
  aid": a trailing threat participle with no target of its own is aimed at the party the main
  demand or appeal presses, never at the doers' own states nor at the place they travelled to
  (class TH, ``participles.participle_threat_target``); "A hosted Y's leader, warning that ..."
  (a visit presses no one) is the near miss: no threat aimed at Y's leader is required;
- ``pr24_called_on_warning``: "A called on Y to release the prisoners, warning of new
  sanctions": the participle hung on the infinitive is the caller's act, not the one called on
  (class PC, ``_reading._trailing_after_control``);
- ``pr24_joint_agreed``: "Y and Z signed a deal. A and Y (also) agreed to restore a channel
  between their militaries": a joint act of two doers that names what they agree is theirs
  with each other, never an answer to the story's earlier act (class JP,
  ``context_earlier._joint_named_act``); a bare "A and Y agreed" after a proposal is no case
  here;
- ``pr24_the_three``: "LEADER-A hosted LEADER-B and LEADER-C ... Z accused the three of
  ...", "A, B and C signed a pact. Z criticised the three": a bare "the three" names the last
  three states named before its sentence (class TR, ``_counted_trio``; GUIDE rule 6, "Counted
  trios"); after only two states named, "the three" names no one;
- ``pr24_lifted_pause``: "A lifted the pause on intelligence sharing with Y", "A ended its
  suspension of arms deliveries to Y": the act resumed (06, 07), no eased sanction (08); "A
  lifted its ban on Y-ian steel" keeps 08 (class LP, ``triggers.tsv``);
- ``pr24_measure_clause``: "X approved new sanctions, which target Y-ian banks", "X adopted a
  package of sanctions, which bans imports of Y-ian oil": the measure's own relative clause names
  whom it hits (class SR, ``imposed_on._aimed_at``, ``triggers.tsv``'s "approved sanctions" and
  "passed a sanctions package"); "..., which target arms dealers" names no one (the near miss);
- ``pr24_era_officials``: "Dan Driscoll met Y-ian officials", "Vladimir Medinsky criticised
  Y", "Dmytro Lubinets thanked Y", "Maria Lvova-Belova condemned Y": the office-holders of
  2025-2026 the tables lacked (class EA, ``people.tsv``).

Scores on main (ac0a8cfb) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice24_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _poss,
    _r,
)

_DAYS = ("on Monday", "on Tuesday", "on Thursday", "last week", "on Saturday")

_DEMANDS = (
    "demanded that {T} accept an unconditional ceasefire",
    "demanded that {T} free the detained sailors",
    "urged {T} to withdraw its troops from the border",
    "called on {T} to release the prisoners",
    "urged {T} to halt its drone strikes",
    "condemned {Tposs} missile tests",
)  # fmt: skip
_THREATS = (
    "warning that new sanctions on its banks would follow if it did not",
    "warning that sanctions would follow if it refused",
    "threatening to cut aid",
    "warning of new sanctions",
    "threatening new tariffs",
)  # fmt: skip


def _doers(sc: Scene) -> tuple[str, tuple[str, ...]]:
    """One doer or two ("S and Z"), and their ISO3 codes."""
    s, z = sc.s, sc.z
    if sc.rng.random() < 0.6:
        return f"{sc.name(s, capital=0.0)} and {sc.name(z, capital=0.0)}", (s.iso3, z.iso3)
    return sc.name(s, capital=0.0), (s.iso3,)


def pr24_pressed_threat(sc: Scene) -> Built:
    """ "A and B demanded that Y accept a ceasefire, warning that sanctions would follow if it
    did not": A -> Y 13, B -> Y 13 (beside the demand); the near miss "A hosted Y's leader,
    warning that any attack would be met with force" requires no threat at Y."""
    rng, t = sc.rng, sc.t
    sc.date = "2025-05-10"
    doers, codes = _doers(sc)
    tname = sc.name(t, capital=0.0)
    day = rng.choice(_DAYS)
    if rng.random() < 0.2:  # the near miss: a visit presses no one
        text = (f"{doers} hosted {_poss(tname)} foreign minister {day}, warning that any attack "
                "on their ships would be met with force.")  # fmt: skip
        want = tuple(Expect(c, t.iso3, _r("04"), ASSERTED) for c in codes)
        allowed = tuple(Expect(t.iso3, c, _r("04"), ASSERTED) for c in codes)
        return text, want, allowed + tuple(Expect(c, "", _r("13"), ASSERTED) for c in codes)
    demand = rng.choice(_DEMANDS).format(T=tname, Tposs=_poss(tname))
    trip = rng.choice(("", f" travelled to {sc.z.capital} {day} and"))
    if trip and len(codes) == 2:
        trip = ""  # (the second doer's capital is no trip)
    text = f"{doers}{trip} {demand}{'' if trip else ' ' + day}, {rng.choice(_THREATS)}."
    want = tuple(Expect(c, t.iso3, _r("13"), ASSERTED) for c in codes)
    allowed = tuple(Expect(c, "*", frozenset(), ASSERTED) for c in codes)
    return text, want, allowed


_CALLED = (
    ("called on {T} to release the prisoners", "02"),
    ("called on {T} to free the detained fishermen", "02"),
    ("called on {T} to return the seized tanker", "02"),
    ("appealed to {T} to reopen the border", "02"),
)  # fmt: skip
_WARNINGS = ("warning of new sanctions", "threatening to cut aid", "warning of retaliation",
             "threatening to expel its diplomats")  # fmt: skip


def pr24_called_on_warning(sc: Scene) -> Built:
    """ "A called on Y to release the prisoners, warning of new sanctions": A -> Y 02 and A -> Y
    13, never Y -> A."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-09-12"
    act, root = rng.choice(_CALLED)
    tname = sc.name(t, capital=0.0)
    text = (f"{sc.name(s)} {act.format(T=tname)} {rng.choice(_DAYS)}, "
            f"{rng.choice(_WARNINGS)}.")  # fmt: skip
    return text, (Expect(s.iso3, t.iso3, _r(root), ASSERTED),
                  Expect(s.iso3, t.iso3, _r("13"), ASSERTED)), ()  # fmt: skip


_BEFORE = (
    "{Z} and {T} signed a grain deal {day}.",
    "{Z} and {T} held talks in Geneva {day}.",
    "{Z} seized a {Tdem} tanker {day}.",
)  # fmt: skip
_AGREED = (
    ("agreed to restore a channel between their militaries", "03"),
    ("also agreed to reopen their embassies", "03"),
    ("agreed to resume direct flights", "03"),
    ("had also agreed to hold further talks", "03"),
    ("signed a visa agreement", "05"),
)  # fmt: skip


def pr24_joint_agreed(sc: Scene) -> Built:
    """ "Z and Y signed a deal. S and Y agreed to restore a channel": S <-> Y 03, never S -> Z
    nor Y -> Z (the earlier act's other party)."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    sc.date = "2026-02-05"
    day = rng.choice(_DAYS)
    tname, zname = sc.name(t, capital=0.0), sc.name(z, capital=0.0)
    first = rng.choice(_BEFORE).format(Z=zname, T=tname, Tdem=t.demonym, day=day)
    act, root = rng.choice(_AGREED)
    said = rng.choice(("", "Officials said ", "The envoy said "))
    pair = f"{sc.name(s, capital=0.0)} and {tname}"
    second = f"{said}{pair if not said else pair} {act}."
    if not said:
        second = second[0].upper() + second[1:]
    text = f"{first} {second}"
    fact = ASSERTED if not said else ASSERTED | NOT_ASSERTED
    want = (Expect(s.iso3, t.iso3, _r(root), fact), Expect(t.iso3, s.iso3, _r(root), fact))
    # (the first sentence's own pair, either way; the joint act's doers toward Z are what the
    # construction tests)
    allowed = (
        Expect(z.iso3, t.iso3, frozenset(), ASSERTED | NOT_ASSERTED),
        Expect(t.iso3, z.iso3, frozenset(), ASSERTED | NOT_ASSERTED),
    )
    return text, want, allowed


_ACCUSED = (
    ("accused the three of conspiring against {S}", "11"),
    ("criticised the three for ignoring the ruling", "11"),
    ("praised the three for their restraint", "05"),
    ("condemned the three", "11"),
)  # fmt: skip


def pr24_the_three(sc: Scene, others: list[State]) -> Built:
    """ "A, B and C signed a pact. S criticised the three": S -> A, B, C; "A hosted the leaders
    of B and C" the same; after only two states named, "the three" names no one."""
    rng, s, t, z = sc.rng, sc.s, sc.t, sc.z
    sc.date = "2025-09-03"
    w = others[0]
    act, root = rng.choice(_ACCUSED)
    day = rng.choice(_DAYS)
    said = act.format(S=sc.name(s, capital=0.0))
    names = [sc.name(x, capital=0.0) for x in (t, z, w)]
    r = rng.random()
    if r < 0.2:  # the near miss: two states named, no trio
        text = f"{names[0]} and {names[1]} signed a security pact {day}. {sc.name(s, capital=0.0)} {said}."
        allowed = (Expect(t.iso3, z.iso3, _r("05"), ASSERTED), Expect(z.iso3, t.iso3, _r("05"), ASSERTED),
                   Expect(s.iso3, "", _r(root), ASSERTED))  # fmt: skip
        return text, allowed[:2], allowed[2:]
    if r < 0.6:
        first = f"{names[0]}, {names[1]} and {names[2]} signed a security pact {day}."
    else:
        first = f"{names[0]} hosted the leaders of {names[1]} and {names[2]} {day}."
    text = f"{first} {sc.name(s, capital=0.0)} {said}."
    want = tuple(Expect(s.iso3, x.iso3, _r(root), ASSERTED) for x in (t, z, w))
    allowed = (Expect("*", "*", frozenset(), ASSERTED | NOT_ASSERTED),)
    return text, want, allowed


_RESUMED = (
    ("lifted the pause on intelligence sharing with {T}", "06"),
    ("ended the pause on intelligence sharing with {T}", "06"),
    ("lifted its suspension of arms deliveries to {T}", "07"),
    ("lifted its freeze on aid to {T}", "07"),
    ("ended its suspension of military aid to {T}", "07"),
    ("lifted its ban on {Tdem} steel", "08"),
    ("lifted the suspension of {Tdem} flights", "08"),
)  # fmt: skip


def pr24_lifted_pause(sc: Scene) -> Built:
    """ "A lifted the pause on intelligence sharing with Y": A -> Y 06; "... its suspension of
    arms deliveries to Y": 07; "lifted its ban on Y-ian steel": 08 (the near miss)."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-03-12"
    act, root = rng.choice(_RESUMED)
    tname = sc.name(t, capital=0.0)
    text = f"{sc.name(s)} {act.format(T=tname, Tdem=t.demonym)} {rng.choice(_DAYS)}."
    return text, (Expect(s.iso3, t.iso3, _r(root), ASSERTED),), ()


_PACKAGES = ("approved new sanctions", "adopted a new package of sanctions",
             "adopted a raft of sanctions", "approved a fresh round of sanctions",
             "imposed new sanctions")  # fmt: skip
_CLAUSES = ("which target {Tdem} banks", "which ban imports of {Tdem} oil",
            "that hit {Tdem} shipping firms", "which list {Tdem} officials",
            "which penalise {Tdem} refiners")  # fmt: skip
_NO_STATE = ("which target arms dealers", "which ban imports of luxury goods")


def pr24_measure_clause(sc: Scene) -> Built:
    """ "X approved new sanctions, which target Y-ian banks": X -> Y 16 (the measure's own
    clause names whom it hits); "..., which target arms dealers" names no one: X -> (none) 16."""
    rng, s, t = sc.rng, sc.s, sc.t
    sc.date = "2025-10-23"
    package = rng.choice(_PACKAGES)
    day = rng.choice(_DAYS)
    if rng.random() < 0.2:  # the near miss: a clause that names no state
        text = f"{sc.name(s, capital=0.0)} {package} {day}, {rng.choice(_NO_STATE)}."
        return text, (Expect(s.iso3, "", _r("16"), ASSERTED),), ()
    clause = rng.choice(_CLAUSES).format(Tdem=t.demonym)
    text = f"{sc.name(s, capital=0.0)} {package} {day}, {clause}."
    return text, (Expect(s.iso3, t.iso3, _r("16"), ASSERTED),), ()


# (name as written, the state, a date in office)
_ERA_PEOPLE = (
    ("Army Secretary Dan Driscoll", "USA", "2025-11-25"),
    ("Dan Driscoll", "USA", "2025-11-24"),
    ("Vladimir Medinsky", "RUS", "2025-05-16"),
    ("Kremlin aide Vladimir Medinsky", "RUS", "2025-06-02"),
    ("Dmytro Lubinets", "UKR", "2025-06-12"),
    ("Maria Lvova-Belova", "RUS", "2025-06-12"),
)  # fmt: skip
_ERA_ACTS = (("criticised {T}", "11"), ("praised {T}", "05"), ("met {Tdem} officials", "04"),
             ("accused {T} of stalling", "11"), ("thanked {T} for its mediation", "05"))  # fmt: skip


def pr24_era_officials(sc: Scene) -> Built:
    """ "Vladimir Medinsky criticised Y" (2025): RUS -> Y 11 (the office dated in the era)."""
    rng, t = sc.rng, sc.t
    name, home, date = rng.choice([p for p in _ERA_PEOPLE if p[1] != t.iso3])
    sc.date = date
    act, root = rng.choice(_ERA_ACTS)
    tname = sc.name(t, capital=0.0)
    text = f"{name} {act.format(T=tname, Tdem=t.demonym)} {rng.choice(_DAYS)}."
    return text, (Expect(home, t.iso3, _r(root), ASSERTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr24_pressed_threat": pr24_pressed_threat,
    "pr24_called_on_warning": pr24_called_on_warning,
    "pr24_joint_agreed": pr24_joint_agreed,
    "pr24_lifted_pause": pr24_lifted_pause,
    "pr24_era_officials": pr24_era_officials,
    "pr24_measure_clause": pr24_measure_clause,
}

OTHERS_CONSTRUCTIONS: dict[str, Callable[[Scene, list[State]], Built]] = {
    "pr24_the_three": pr24_the_three,
}

# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
OTHERS_FLOORS = {name: (22, 0) for name in OTHERS_CONSTRUCTIONS}
