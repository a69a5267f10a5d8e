"""Actor classes of fresh9 (issue 9, names19), as suite constructions crossed with the suite's
states and several phrasings each.

- ``n19_state_surname``: "Montenegro banned a Belgian journalist", "Kenya summoned
  Montenegro's ambassador": a state's name that is also a foreign leader's surname (Portugal's
  prime minister Luis Montenegro) is the state; with his first name or title it is he;
- ``n19_group_province``: "Rioters in Katanga province set fire to lorries carrying Kenyan
  copper": a group placed in a province the tables do not hold is of no state (not the state
  of the goods, the trucks or the shops it attacks);
- ``n19_court_case``: "Kenya accused Uganda of grabbing land. Kenya has not ruled out taking
  the dispute to the International Court of Justice": the case is against the other state of
  the sentence or of the story, never the court;
- ``n19_home_help``: "Nor has Kenya helped itself: its government has not sent a single consul
  to the camps": help not given at home has no own-state target (a guard: aid abroad keeps it);
- ``n19_held_soldiers``: "Kenyan officials say several soldiers captured in the war are still
  held in Uganda": the held are not placed in, nor is the holding aimed at, the state they are
  held in;
- ``n19_agentless_waters``: "The boat is the fourth from Kenya seized in Ugandan waters this
  year": an agentless seizure "in Y's waters" is not the boat's state seizing from Y;
- ``n19_story_concession``: "Kenya protested to Uganda over raids. Uganda's president could
  ease the pressure by suspending the raids": a concession with no target yields to the
  story's other state, not to the conceding state itself.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _poss,
    _time,
)

_STATE, _NAMESAKE = "MNE", "PRT"  # Montenegro, and the state of the leader of that surname
_MONTENEGRO = "Montenegro"
_SURNAME_ACTS = (
    ("{X} banned {A_TD} journalist from entering the country{time}.", "17", "xt"),
    ("{PT} foreign ministry summoned {PX} ambassador{time}.", "11", "tx"),
    ("{T} criticized {X}{time}.", "11", "tx"),
    ("{X} and {T} signed a trade deal{time}.", "05", "both"),
    ("{PX} parliament condemned {T}{time}.", "11", "xt"),
    ("{PT} president telephoned {PX} prime minister{time}.", "04", "tx"),
    ("{X} accused {T} of meddling{time}.", "11", "xt"),
    ("{X} expelled {A_TD} diplomat{time}.", "16", "xt"),
)  # fmt: skip
_PERSON_ACTS = (
    ("Portugal's prime minister, Luis Montenegro, criticized {T}{time}.", "11"),
    ("Luis Montenegro, Portugal's prime minister, praised {T}{time}.", "05"),
    ("Portuguese Prime Minister Luis Montenegro criticized {T}{time}.", "11"),
)  # fmt: skip


def _e(src: str, tgt: str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src, tgt, frozenset({root}), facts)


def n19_state_surname(sc: Scene) -> Built:
    """ "Montenegro banned a Belgian journalist": MNE -> BEL, not Portugal's prime minister."""
    t = next(x for x in (sc.t, sc.s, sc.z) if x.iso3 not in (_STATE, _NAMESAKE))
    fill = {"T": t.name, "PT": _poss(t.name), "TD": t.demonym, "time": _time(sc)}
    if sc.rng.random() < 0.2:
        act, root = sc.rng.choice(_PERSON_ACTS)
        return _cap(act.format(**fill)), (_e(_NAMESAKE, t.iso3, root),), ()
    act, root, way = sc.rng.choice(_SURNAME_ACTS)
    x = _MONTENEGRO
    text = act.format(X=x, PX=_poss(x), A_TD=_article(t.demonym), **fill)
    if way == "both":
        want: tuple[Expect, ...] = (_e(_STATE, t.iso3, root), _e(t.iso3, _STATE, root))
    elif way == "xt":
        want = (_e(_STATE, t.iso3, root),)
    else:
        want = (_e(t.iso3, _STATE, root),)
    return _cap(text), want, ()


# Provinces and regions the tables do not hold (no state's name).
PROVINCES = (
    "Katanga", "Tete", "Kivu", "Zambezia", "Nampula", "Manica", "Niassa", "Luapula", "Kasai",
    "Ituri", "Sool", "Kunene",
)  # fmt: skip
_GROUP_ACTS = (
    "Rioters in {P} province set fire to lorries carrying {TD} copper{time}.",
    "Protesters in the {P} region attacked {TD} trucks{time}.",
    "Rioters in the {P} region looted {TD} shops{time}.",
    "Demonstrators in {P} province blocked {TD} lorries{time}.",
    "Gunmen in {P} province attacked {TD} traders{time}.",
)  # fmt: skip


def n19_group_province(sc: Scene) -> Built:
    """ "Rioters in Katanga province looted Kenyan shops": no act of Kenya's on Kenya; a
    closure by a named state in the same sentence keeps its parties."""
    s, t, z = sc.s, sc.t, sc.z
    group = sc.rng.choice(_GROUP_ACTS).format(
        P=sc.rng.choice(PROVINCES), TD=t.demonym, time=_time(sc)
    )
    allowed = (Expect("---", "*", frozenset(), ANY),)  # the group, of no state
    if sc.rng.random() < 0.3:
        lead = f"{s.name} closed its border with {z.name} after "
        text = lead + group[:1].lower() + group[1:]
        return _cap(text), (_e(s.iso3, z.iso3, "19"),), allowed
    return group, (), allowed


_ICJ = "the International Court of Justice"
_COURT_ACTS = (
    ("{S} accused {T} of grabbing land{time}. {S} has not ruled out taking the dispute to "
     "{C}.", (("11", ASSERTED), ("11", ANY))),
    ("{S} said it would take the border dispute with {T} to {C}.", (("11", ANY),)),
    ("{S} took {T} to {C}{time}.", (("11", ASSERTED),)),
    ("{S} criticized {T} over the border{time}. {SN} later took the dispute to {C}.",
     (("11", ASSERTED), ("11", ANY))),
    ("{S} accused {T} of seizing its trawlers{time}. {S} filed a case at {C} a week later.",
     (("11", ASSERTED), ("11", ANY))),
)  # fmt: skip


def n19_court_case(sc: Scene) -> Built:
    """ "Kenya took the dispute to the ICJ": against the other state (Uganda), not the court."""
    s, t = sc.s, sc.t
    act, roots = sc.rng.choice(_COURT_ACTS)
    text = act.format(S=s.name, SN=sc.name(s, 0.5), T=t.name, C=_ICJ, time=_time(sc))
    want = (_e(s.iso3, t.iso3, roots[0][0], roots[0][1]),)
    allowed = tuple(_e(s.iso3, t.iso3, r, f) for r, f in roots)
    allowed += (Expect(t.iso3, "", frozenset(), ANY),)  # (the accused act, where read)
    allowed += (Expect(t.iso3, s.iso3, frozenset(), ANY - ASSERTED),)  # (at the accuser: lex19)
    return _cap(text), want, allowed


_HOME_ACTS = (
    "Nor has {S} helped itself: its government has not sent a single consul to the camps.",
    "Nor has {S} helped itself: its government has not sent any aid to the flooded towns.",
    "{PS} government has not sent a single doctor to the camps{time}.",
    "Nor has {S} helped itself: its government has not sent a single doctor to the camps.",
)  # fmt: skip


def n19_home_help(sc: Scene) -> Built:
    """ "Its government has not sent a single consul to the camps": no act at its own state;
    "Kenya's government sent aid to Uganda" (a guard) keeps Uganda."""
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.25:
        text = f"{_poss(s.name)} government sent aid to {t.name}{_time(sc)}."
        return _cap(text), (_e(s.iso3, t.iso3, "07"),), ()
    text = sc.rng.choice(_HOME_ACTS).format(S=s.name, PS=_poss(s.name), time=_time(sc))
    not_asserted = frozenset({"possible", "reported", "negated"})
    return _cap(text), (), (Expect(s.iso3, "", frozenset(), not_asserted),)


_HELD = (
    "{TD} officials say several soldiers captured in the war are still held in {S}.",
    "{TD} officials said 12 soldiers captured last year are still held in {S}.",
    "Several soldiers captured in the war are still held in {S}, {TD} officials say.",
    "{TD} officials say several soldiers captured in the war are still jailed in {SC}.",
)  # fmt: skip


def n19_held_soldiers(sc: Scene) -> Built:
    """ "Kenyan officials say several soldiers captured in the war are still held in Uganda":
    the held are not Uganda's (the capture is no act of Uganda's on Uganda)."""
    s, t = sc.s, sc.t
    text = sc.rng.choice(_HELD).format(TD=t.demonym, S=s.name, SC=s.capital)
    allowed = tuple(Expect("---", x, frozenset(), ANY) for x in ("", "---", t.iso3))
    # (the holding by the place's state, where read: "jailed in Paris" as France's act)
    allowed += tuple(Expect(s.iso3, x, frozenset({"17"}), ANY) for x in ("", "---", t.iso3))
    return _cap(text), (), allowed


_WATERS = (
    ("The boat is the fourth from {S} seized in {TD} waters this year.", False),
    ("It is the third trawler from {S} seized in {TD} waters this year.", False),
    ("{A_SD} boat was seized in {TD} waters{time}.", True),
    ("Two {SD} fishermen were detained in {TD} waters{time}.", True),
)  # fmt: skip


def n19_agentless_waters(sc: Scene) -> Built:
    """ "The boat is the fourth from Kenya seized in Ugandan waters": the boat's state is no
    seizer and the waters' state no target (class AP); "a Kenyan boat was seized in Ugandan
    waters" is Uganda's seizure (a guard)."""
    s, t = sc.s, sc.t
    act, seized = sc.rng.choice(_WATERS)
    text = act.format(
        S=s.name, SD=s.demonym, A_SD=_article(s.demonym), TD=t.demonym, time=_time(sc)
    )
    if seized:
        return _cap(text), (_e(t.iso3, s.iso3, "17"),), ()
    allowed = tuple(Expect(x, y, frozenset({"17"}), ANY) for x in (t.iso3, "---") for y in
                    (s.iso3, ""))  # fmt: skip
    return _cap(text), (), allowed


_CONCESSIONS = (
    ("{S} protested to {T} over raids on its traders{time}. {PT} president could ease the "
     "pressure by suspending the raids.", "11"),
    ("{S} accused {T} of blocking its lorries{time}. {T} could ease the pressure by reopening "
     "the border.", "11"),
    ("{S} criticized {T} over the border closure{time}. {PT} government could end the dispute "
     "by lifting the ban.", "11"),
)  # fmt: skip


def n19_story_concession(sc: Scene) -> Built:
    """ "Kenya protested to Uganda ... Uganda's president could ease the pressure by suspending
    the raids": the concession yields to Kenya (possible), not to Uganda itself (class H)."""
    s, t = sc.s, sc.t
    act, root = sc.rng.choice(_CONCESSIONS)
    text = act.format(S=s.name, T=t.name, PT=_poss(t.name), time=_time(sc))
    possible = frozenset({"possible"})
    want = (_e(s.iso3, t.iso3, root), _e(t.iso3, s.iso3, "08", possible))
    allowed = (Expect(t.iso3, "", frozenset(), ANY),)  # (the accused act, where read)
    allowed += (Expect(t.iso3, s.iso3, frozenset(), ANY - ASSERTED),)  # (at the accuser: lex19)
    return _cap(text), want, allowed


NAMES19_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n19_state_surname": n19_state_surname,
    "n19_group_province": n19_group_province,
    "n19_court_case": n19_court_case,
    "n19_home_help": n19_home_help,
    "n19_held_soldiers": n19_held_soldiers,
    "n19_agentless_waters": n19_agentless_waters,
    "n19_story_concession": n19_story_concession,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names19 (4da45ea) the same 24 scored (right, false assertions):
# n19_state_surname 21/3 (seeds 1, 2: 16/8, 20/4: bare "Montenegro" read as Portugal's prime
# minister once he is in office), n19_group_province 6/18 (seeds 1, 2: 6/18, 6/18: the group
# placed in the state of the goods or trucks it attacks, both slots), n19_court_case 5/12
# (seeds 1, 2: 7/14, 5/9: the court as the case's target), n19_home_help 13/0 (seeds 1, 2:
# 11/0, 10/0: the own state as target of the help not given), n19_held_soldiers 0/0 (seeds 1,
# 2: 0/0, 0/0: the held soldiers placed in, or the holding aimed at, the state they are held
# in), n19_agentless_waters 12/12 (seeds 1, 2: 15/9, 15/9: "the fourth from X seized in Y's
# waters" as X seizing from Y), n19_story_concession 0/0 (seeds 1, 2: 0/0, 0/0: the concession
# aimed at the conceding state itself, possible); after names19 24/0 each (also at seeds 1, 2,
# 3).
FLOORS = {name: (24, 0) for name in NAMES19_CONSTRUCTIONS}
