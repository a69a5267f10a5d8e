"""fresh20's parties across the discourse (issue 9, parties40) as suite constructions crossed
with the suite's states named by name, capital or demonym, and several phrasings each:

- ``p40_ruler_title``: "Qatar's emir received the Kenyan president ... The Kenyan president
  invited the emir to visit Nairobi": a ruler's title alone ("the emir", "the sultan", "the
  king", "the crown prince", "the grand duke") is the titled person named before: T -> S 03
  asserted (class L);
- ``p40_office_again``: "X's foreign ministry said Y-ian police had detained five X-ian traders.
  The ministry summoned Y's ambassador": "the ministry" / "the embassy" / "the high commission"
  is the office the story placed last: X -> Y (class A);
- ``p40_sent_envoy``: "X's president sent his deputy to CAPITAL with a message for NAME. NAME
  received the envoy(, NAME,) on Monday": the envoy the story never named is the sender's:
  Y -> X 04 (class A);
- ``p40_mission_clause``: "X expelled three Y-ian nationals ..., and Y's embassy objected that
  it had not been told": a mission named with no capital complains to the other side of its own
  sentence's earlier act: Y -> X 11 (class A). Each sentence dates the first act: without it
  the parser may read "expelled two Y-ian journalists, and Y's embassy" as two objects of
  "expelled" and the complaint is lost or reversed (seen on seeds 1 and 4; main does the same);
- ``p40_idle_advice``: "Y keeps asking X for more. X's president should not yield": advice with
  no object takes no story target and is no event (class I);
- ``p40_patient_noun``: "X denied that it had made the loan to Y conditional on the sailors'
  release", "Y's embassy objected that it had not been told of their arrest": an event noun
  whose possessor is its patient is no act of the clause's subject (class G).

- ``p40_reopened_after``: "X reopened the crossing after Y's president sent his prime minister
  to CAPITAL": a reopened crossing (081) has the two sides of a closed one, the after-clause's
  state: X -> Y 08 (class B);
- ``p40_handover_pledge``: "Gunmen from Y killed four X-ian police officers. CAPITAL pledged to
  hand over any suspects": judicial cooperation owed to the victims' state: Y -> X 03 (class B).

Scores on main (5d993d2) before the fixes, 24 cases each (``phenomena.sample``, seed 0):
p40_ruler_title 19/24, p40_office_again 0/24 (21 false: the office unplaced), p40_sent_envoy
0/24, p40_mission_clause 0/24, p40_idle_advice 0/24, p40_patient_noun 6/24, p40_reopened_after
0/24, p40_handover_pledge 10/24; after: 24/24 each, 0 false.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NOT_ASSERTED,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _poss,
    _r,
)

_TITLES = ("emir", "sultan", "king", "crown prince", "grand duke", "queen")
_INVITES = (
    ("invited the {title} to visit {Tcap} next year", "03"),
    ("thanked the {title} for his hospitality", "05"),
    ("invited the {title} to a summit in {Tcap}", "03"),
)  # fmt: skip


def p40_ruler_title(sc: Scene) -> Built:
    """ "Qatar's emir received the Kenyan president in Doha. The Kenyan president invited the
    emir to visit Nairobi": KEN -> QAT 03 asserted."""
    title = sc.rng.choice(_TITLES)
    if title == "queen":
        title = "king"
    guest = f"the {sc.t.demonym} president"
    act, root = sc.rng.choice(_INVITES)
    first = f"{_poss(sc.s.name)} {title} received {guest} in {sc.s.capital} on Monday."
    text = f"{first} {_cap(guest)} {act.format(title=title, Tcap=sc.t.capital)}."
    want = (_e(sc.t, sc.s, _r(root), ASSERTED),)
    allowed = (_e(sc.s, sc.t, _r("04", "03"), ANY), _e(sc.t, sc.s, _r("04", "03", "05"), ANY))
    return text, want, allowed


_OFFICES = (
    ("{Sposs} foreign ministry", "The ministry"),
    ("The {Sdem} foreign ministry", "The ministry"),
    ("{Sposs} embassy in {Tcap}", "The embassy"),
    ("{Sposs} high commission in {Tcap}", "The high commission"),
)  # fmt: skip
_STORIES = (
    "{Tdem} police had detained five {Sdem} traders",
    "{Tdem} soldiers had beaten two {Sdem} fishermen",
    "{Tdem} officials had seized a {Sdem} cargo ship",
)  # fmt: skip
_OFFICE_ACTS = (
    ("summoned {Tposs} ambassador", "11"),
    ("urged {T} to free the men", "02"),
    ("protested to {T} over the incident", "11"),
    ("demanded an apology from {T}", "10"),
)  # fmt: skip


def p40_office_again(sc: Scene) -> Built:
    """ "Kenya's foreign ministry said Ugandan police had detained five Kenyan traders. The
    ministry summoned Uganda's ambassador": KEN -> UGA 11 asserted."""
    office, again = sc.rng.choice(_OFFICES)
    t = sc.name(sc.t, capital=0.0)
    office = _cap(office).format(Sposs=_poss(sc.s.name), Sdem=sc.s.demonym, Tcap=sc.t.capital)
    story = sc.rng.choice(_STORIES).format(Tdem=sc.t.demonym, Sdem=sc.s.demonym)
    act, root = sc.rng.choice(_OFFICE_ACTS)
    act = act.format(T=t, Tposs=_poss(t))
    text = f"{office} said on Monday that {story}. {again} {act}."
    roots = _r("10", "11", "02") if root in ("10", "11", "02") else _r(root)
    want = (_e(sc.s, sc.t, roots, ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("17", "18", "19"), NOT_ASSERTED),
               _e(sc.s, sc.t, _r("10", "11", "02", "04"), ANY),
               Expect(sc.t.iso3, "", _r("17", "18"), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


_ENVOYS = ("", ", James Otieno,", ", Ali Hassan,", ", Maria Lopes,", ", Ahmed Saleh,")
_SENT = ("his deputy", "his foreign minister", "his prime minister", "a special envoy")


def p40_sent_envoy(sc: Scene) -> Built:
    """ "Kenya's president sent his deputy to Kampala with a message for Uganda's president.
    Uganda's president received the envoy on Monday": UGA -> KEN 043, KEN -> UGA 042."""
    host = f"{_poss(sc.t.name)} president"
    sent = sc.rng.choice(_SENT)
    first = f"{_poss(sc.s.name)} president sent {sent} to {sc.t.capital} with a message for {host}."
    text = f"{first} {_cap(host)} received the envoy{sc.rng.choice(_ENVOYS)} on Monday."
    want = (_e(sc.t, sc.s, _r("04"), ASSERTED), _e(sc.s, sc.t, _r("04"), ASSERTED))
    allowed = (_e(sc.s, sc.t, _r("04", "03", "02", "01"), ANY),)
    return text, want, allowed


_EXPELLED = (
    "expelled three {Tdem} nationals accused of smuggling",
    "deported 40 {Tdem} traders",
    "detained two {Tdem} fishermen",
    "expelled two {Tdem} journalists",
)  # fmt: skip
_WHEN = (" on Monday", " last week", " on Friday", " this month")
_OBJECTED = (
    "objected that it had not been told",
    "complained that the men had been beaten",
    "objected that it had not been informed",
    "complained that the men had been denied lawyers",
)  # fmt: skip


def p40_mission_clause(sc: Scene) -> Built:
    """ "Chile expelled three Peruvian nationals accused of smuggling, and Peru's embassy
    objected that it had not been told": PER -> CHL 11 asserted."""
    s = sc.name(sc.s, capital=0.2)
    act = sc.rng.choice(_EXPELLED).format(Tdem=sc.t.demonym)
    when = sc.rng.choice(_WHEN)  # (with none the parser may read "A, and B's embassy" as two
    # objects of the first verb: a parse left to the clause rounds, see the module's note)
    text = f"{_cap(s)} {act}{when}, and {_poss(sc.t.name)} embassy {sc.rng.choice(_OBJECTED)}."
    want = (_e(sc.t, sc.s, _r("11"), ASSERTED),)
    # (the complained-of "had been denied lawyers": the holder's refusal, `reported`, GUIDE
    # rule 2's grievance; parties52)
    allowed = (_e(sc.s, sc.t, _r("17", "18"), ANY), _e(sc.s, sc.t, _r("12"), REPORTED))
    return text, want, allowed


_ASKING = ("{T} keeps asking {S} for more.", "{T} keeps pressing {S} for more access.",
           "{T} has asked {S} again and again for concessions.")  # fmt: skip
_ADVICE = ("should not yield", "must not back down", "should not give in",
           "must not yield", "should not back down")  # fmt: skip


def p40_idle_advice(sc: Scene) -> Built:
    """ "Uganda keeps asking Kenya for more. Kenya's president should not yield": no event of
    the advice."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    first = sc.rng.choice(_ASKING).format(T=t, S=s)
    who = sc.rng.choice((f"{_poss(s)} president", s, f"The {sc.s.demonym} government"))
    text = f"{first} {_cap(who)} {sc.rng.choice(_ADVICE)}."
    allowed = (_e(sc.t, sc.s, _r("02", "10"), ANY),)
    return text, (), allowed


_PATIENT = (
    "{S} denied that it had made the loan to {T} conditional on the sailors' release.",
    "{S} denied that it had tied the aid to {T} to the fishermen's release.",
    "{S} expelled three {Tdem} nationals, and {Tposs} embassy objected that it had not been "
    "told of their arrest.",
    "{S} deported two {Tdem} traders, and {Tposs} embassy said it had not been told of their "
    "detention.",
)  # fmt: skip


def p40_patient_noun(sc: Scene) -> Built:
    """ "Japan denied that it had made the loan to Peru conditional on the sailors' release":
    no release by Japan; "... not been told of their arrest": no arrest by Peru's embassy."""
    s, t = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    text = sc.rng.choice(_PATIENT).format(S=s, T=t, Tdem=sc.t.demonym, Tposs=_poss(t))
    allowed = (_e(sc.s, sc.t, _r("07", "01", "17"), ANY), _e(sc.t, sc.s, _r("11", "01"), ANY),
               Expect(sc.t.iso3, "", _r("11"), ANY))  # fmt: skip
    return text, (), allowed


_CROSSINGS = ("the main border crossing", "the crossing at Lunga", "its border posts",
              "the frontier post at Mabera", "the border crossing")  # fmt: skip
_AFTER = (
    "after {Tposs} president sent his prime minister to {Scap} with a message",
    "after {Tposs} foreign minister flew to {Scap} for talks",
    "after {Tdem} officials promised to tighten checks",
    "following a visit by {Tposs} interior minister",
)  # fmt: skip


def p40_reopened_after(sc: Scene) -> Built:
    """ "Kenya reopened the crossing after Tanzania's president sent his prime minister to
    Nairobi": KEN -> TZA 081 asserted (the after-clause names the side across)."""
    s, t = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    after = sc.rng.choice(_AFTER).format(Tposs=_poss(t), Tdem=sc.t.demonym, Scap=sc.s.capital)
    text = f"{_cap(s)} reopened {sc.rng.choice(_CROSSINGS)} on Friday {after}."
    want = (_e(sc.s, sc.t, _r("08"), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("04", "03", "01"), ANY), _e(sc.s, sc.t, _r("04", "03"), ANY))
    return text, want, allowed


_KILLINGS = (
    "Gunmen from {T} killed four {Sdem} police officers near the border on Monday.",
    "{Tdem} militiamen killed three {Sdem} soldiers in a raid last week.",
    "Armed men from {T} killed two {Sdem} gendarmes at a border post.",
)  # fmt: skip
_HANDOVERS = (
    "also pledged to hand over any suspects in the killing",
    "pledged to hand over the attackers",
    "promised to extradite any suspects",
    "has promised to hand over those responsible",
)  # fmt: skip


def p40_handover_pledge(sc: Scene) -> Built:
    """ "Gunmen from Uganda killed four Kenyan police officers. Kampala pledged to hand over any
    suspects": UGA -> KEN 03 asserted (the victims' state of the story's latest act)."""
    story = sc.rng.choice(_KILLINGS).format(
        T=sc.name(sc.t, capital=0.0), Tdem=sc.t.demonym, Sdem=sc.s.demonym
    )
    t = sc.rng.choice((sc.t.capital, sc.t.name, f"{_poss(sc.t.name)} government"))
    text = f"{story} {_cap(t)} {sc.rng.choice(_HANDOVERS)}."
    want = (_e(sc.t, sc.s, _r("03"), ASSERTED),)
    allowed = (
        _e(sc.t, sc.s, _r("18", "19", "20"), ANY),
        Expect("*", sc.s.iso3, _r("18", "19", "20"), ANY),
    )
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p40_ruler_title": p40_ruler_title,
    "p40_office_again": p40_office_again,
    "p40_sent_envoy": p40_sent_envoy,
    "p40_mission_clause": p40_mission_clause,
    "p40_idle_advice": p40_idle_advice,
    "p40_patient_noun": p40_patient_noun,
    "p40_reopened_after": p40_reopened_after,
    "p40_handover_pledge": p40_handover_pledge,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
