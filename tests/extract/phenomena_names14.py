"""Office-holders of small states, namesakes, joint subjects and plural ethnonyms (issue 9,
names14: fresh6's classes A, NM and DM), as suite constructions crossed with the suite's states
and with small states read from the actor tables (their leaders, capitals and demonyms),
invented names and several phrasings each.

- ``n14_small_leader``: "Prime Minister NAME phoned T's president" with a leader of a small
  state that the people table holds at the sentence's date (no country written);
- ``n14_namesake``: "S's GIVEN SURNAME criticized T" where SURNAME is the surname of another
  state's leader in the tables: the written state wins over the table's surname;
- ``n14_joint_counterpart``: "SCAP, March 3 (Wire) - President NAME and her Tdem counterpart
  NAME signed a pact": the dateline's state for the first name, the demonym's for the second;
- ``n14_joint_unplaced``: the same without the dateline: the first name stays unplaced (never
  the counterpart's own state, in either direction);
- ``n14_her_government``: "S's President NAME visited T. Her government pledged aid to T": the
  pronoun's person's state, not the state the act is aimed at;
- ``n14_wanted_for``: "Two Tdem men wanted for fraud were arrested in SCAP by Sdem police":
  asserted, with the men's state as target ("wanted" is no hedge).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from phenomena_tables import State, states_of
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _article, _cap, _poss, _time

_ANYROOT: frozenset[str] = frozenset()
# Small states of fresh6's regions and others, with the office whose holder is in the news.
_SMALL = {
    "GMB": "HOS", "SLE": "HOS", "GIN": "HOS", "LSO": "HOG", "SWZ": "HOS", "TON": "HOG",
    "WSM": "HOG", "FSM": "HOS", "MHL": "HOS", "ISL": "HOG", "LIE": "HOG", "SVN": "HOG",
    "SYC": "HOS", "BRN": "HOS", "BHS": "HOG", "ATG": "HOG", "KNA": "HOG", "LCA": "HOG",
    "DMA": "HOG", "GRD": "HOG", "STP": "HOS", "MLT": "HOG", "MNE": "HOG", "BWA": "HOS",
}  # fmt: skip
_FIRST = ("Kofi", "Ana", "Tomas", "Lina", "Jorge", "Mira", "Dickon", "Sela")
_LAST = ("Temba", "Vesk", "Malvik", "Dravon", "Kettel", "Quorven", "Brenik", "Halvorsen")
_TITLES = {"HOS": ("President", "President"), "HOG": ("Prime Minister", "prime minister")}
_ACTS = (
    ("criticized {T}", "11"),
    ("accused {T} of meddling in its affairs", "11"),
    ("praised {T}", "05"),
    ("thanked {T} for its support", "05"),
)  # fmt: skip
_PACTS = (
    "signed a trade pact",
    "signed an agreement on fisheries",
    "signed a memorandum on visas",
)  # fmt: skip
_MEN = (
    ("Two {Tdem} men wanted for a robbery in {Tcap} were arrested in {Scap} by {Sdem} police",
     "17"),
    ("{a_Tdem} national wanted for fraud was detained in {Scap} by {Sdem} police", "17"),
    ("Three {Tdem} sailors wanted for smuggling were arrested in {Scap} by {Sdem} police", "17"),
)  # fmt: skip


@cache
def _small_states() -> tuple[State, ...]:
    """The small states with their table leaders (the office ``_SMALL`` names)."""
    return states_of(_SMALL, lambda c: _SMALL.get(c, ""), monarchs=False)


def _small(sc: Scene, *avoid: State) -> State:
    taken = {st.iso3 for st in avoid}
    return sc.rng.choice([st for st in _small_states() if st.iso3 not in taken])


def _name(sc: Scene, other: str = "") -> str:
    """An invented name, none of whose words is in ``other`` (a second person's is his own)."""
    taken = set(other.split())
    first = sc.rng.choice([w for w in _FIRST if w not in taken])
    return f"{first} {sc.rng.choice([w for w in _LAST if w not in taken])}"


def n14_small_leader(sc: Scene) -> Built:
    """ "Prime Minister Sam Matekane phoned Kenya's president and offered talks": a small
    state's leader of the tables, with no country written."""
    t = sc.t
    s = _small(sc)
    leader = s.leader(sc.date)
    if leader is None:  # (a date before the tables' terms of that state)
        return n14_namesake(sc)
    title = _TITLES[_SMALL[s.iso3]][0]
    act, root = sc.rng.choice(_ACTS)
    text = f"{title} {leader} {act.format(T=sc.name(t, 0.0))}{_time(sc)}."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


def n14_namesake(sc: Scene) -> Built:
    """ "Grenada's Dickon Hague criticized Kenya": a surname of another state's leader, after
    a given name that is not his and the written state of the person."""
    s, t, z = sc.s, sc.t, sc.z
    other = z.leader(sc.date) or ""
    words = other.split()
    own = len(words) > 1 and words[-1].isalpha() and not set(words[-1]) <= set("IVX")
    last = words[-1] if own else sc.rng.choice(_LAST)  # (not "VI" of "Mohammed VI")
    name = f"{sc.rng.choice(_FIRST)} {last}"
    act, root = sc.rng.choice(_ACTS)
    act = act.format(T=sc.name(t, 0.0))
    text = sc.rng.choice(
        (
            f"{_poss(s.name)} {name} {act}{_time(sc)}.",
            f"{name} of {s.name} {act}{_time(sc)}.",
            f"{_poss(s.name)} foreign minister, {name}, {act}{_time(sc)}.",
        )
    )
    want = (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),)
    return _cap(text), want, ()


def _joint(sc: Scene, dateline: bool) -> tuple[str, State, State]:
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.5:
        s = _small(sc, t)
    pact = sc.rng.choice(_PACTS)
    first = _name(sc)
    other = _name(sc, first)
    second = sc.rng.choice(
        (f"her {t.demonym} counterpart {other}", f"{_poss(t.name)} President {other}")
    )
    head = f"{s.capital.upper()}, March 3 (Wire) - " if dateline else ""
    text = f"{head}President {first} and {second} {pact}{_time(sc)}."
    return text, s, t


def n14_joint_counterpart(sc: Scene) -> Built:
    """ "BANJUL, March 3 (Wire) - President NAME and her Senegalese counterpart NAME signed a
    pact": the dateline places the first name; the pact goes both ways."""
    text, s, t = _joint(sc, True)
    want = (
        Expect(s.iso3, t.iso3, frozenset({"05"}), ASSERTED),
        Expect(t.iso3, s.iso3, frozenset({"05"}), ASSERTED),
    )
    return text, want, ()


def n14_joint_unplaced(sc: Scene) -> Built:
    """The same with no dateline: the first name is of no state the text gives; neither
    direction may make the counterpart's state its own partner."""
    text, _s, t = _joint(sc, False)
    allowed = (
        Expect("---", t.iso3, _ANYROOT, ANY),
        Expect(t.iso3, "---", _ANYROOT, ANY),
        Expect(t.iso3, "", _ANYROOT, ANY),
    )
    return text, (), allowed


def n14_her_government(sc: Scene) -> Built:
    """ "Ghana's President NAME visited Togo. Her government pledged aid to Togo": the
    pronoun's person's state (a dateline places an unlisted name the same way)."""
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.5:
        s = _small(sc, t)
    who = sc.rng.choice(
        (
            f"{_poss(s.name)} President {_name(sc)}",
            f"President {_name(sc)} of {s.name}",
            f"{s.capital.upper()}, March 3 (Wire) - President {_name(sc)}",
        )
    )
    tname = sc.name(t, 0.0)
    then = sc.rng.choice(
        (
            "Her government pledged aid to {T}.",
            "Her government promised {T} new loans.",
            "Her government pledged to help {T} rebuild its ports.",
        )
    ).format(T=tname)
    text = f"{who} visited {tname}{_time(sc)}. {then}"
    want = (
        Expect(s.iso3, t.iso3, frozenset({"04"}), ASSERTED),
        Expect(s.iso3, t.iso3, frozenset({"03"}), ASSERTED),
    )
    return text, want, ()


def n14_wanted_for(sc: Scene) -> Built:
    """ "Two Batswana men wanted for a robbery in Gaborone were arrested in Harare by
    Zimbabwean police": asserted, the men's state the target."""
    s, t = sc.s, sc.t
    if sc.rng.random() < 0.5:
        t = _small(sc, s)
    phrase, root = sc.rng.choice(_MEN)
    text = phrase.format(
        Tdem=t.demonym, a_Tdem=_cap(_article(t.demonym)), Tcap=t.capital, Scap=s.capital,
        Sdem=s.demonym,
    )  # fmt: skip
    text += "."
    return text, (Expect(s.iso3, t.iso3, frozenset({root}), ASSERTED),), ()


NAMES14_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "n14_small_leader": n14_small_leader,
    "n14_namesake": n14_namesake,
    "n14_joint_counterpart": n14_joint_counterpart,
    "n14_joint_unplaced": n14_joint_unplaced,
    "n14_her_government": n14_her_government,
    "n14_wanted_for": n14_wanted_for,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
# On main before names14 (0772518) the same 24 scored (right, false assertions):
# n14_small_leader 13/11, n14_namesake 11/13, n14_joint_counterpart 0/5, n14_joint_unplaced
# 20/4, n14_her_government 0/24, n14_wanted_for 7/6; after names14 all 24/0.
FLOORS = {name: (24, 0) for name in NAMES14_CONSTRUCTIONS}
