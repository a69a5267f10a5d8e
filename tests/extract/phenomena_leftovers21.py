"""Round 19's leftover classes (issue 9, leftovers21) as suite constructions crossed with the
suite's states named by name, capital or leader, each with several phrasings:

- ``lo21_refused_pronoun``: "X demanded that Y reopen the crossings. Y refused to reopen them":
  the refusal never takes Y itself from the pronoun; it answers X (12x);
- ``lo21_its_refuser``: "X asked Y to hand over Z, but its ambassador refused": the refuser is
  the one asked (Y's), answering X, never the asker's own envoy;
- ``lo21_pact_due``: "the pact between X and Y is due to be inked / concluded", "X and Y agreed
  on a treaty. It is to be signed in May": a planned signing, both ways, `possible`;
- ``lo21_surname_pair``: "the deal between <surname> and <surname> was signed": the two
  office-holders' states (a surname shared by people of one state counts: "Sharif");
- ``lo21_obliged_talks``: "X is going to have to hold talks with Y": the event noun of an
  obliged or planned light verb is `possible`;
- ``lo21_measure_nouns``: "X tightened visa rules for Y citizens", "imposed / eased export
  curbs on Y": measures as sanctions are (17, 16, 08);
- ``lo21_high_commissioner``: "X recalled its high commissioner from Y", "expelled /
  summoned Y's high commissioner": as ambassadors (161, 110);
- ``lo21_trip_purpose``: "X's foreign minister is going to CAPITAL to sign a deal with Y":
  the trip's purpose is not yet done, `possible`;
- ``lo21_unlisted_minister``: "X criticised Y. Foreign Minister NAME accused Y of ...": a
  titled name no table holds is of the one state the story leaves besides Y (X); with a third
  state in the story, of none.

Scores on main (dbd9764) before the fix, ``bench/phenomena.py --n 30000``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, POSSIBLE, Built, Expect, Scene, _cap, _poss, _r, _time

from realpolitik.actors._registry import ActorRegistry


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


_DEMANDED = ("demanded that {T} {act}", "asked {T} to {act}", "urged {T} to {act}",
             "called on {T} to {act}")  # fmt: skip
# (the act demanded, the refusal's verb and its pronoun object)
_ASKED_ACTS = (("reopen the border crossings", "reopen them"),
               ("release the fishermen", "release them"), ("return the paintings", "return them"),
               ("lift the ban", "lift it"), ("reopen the border", "reopen it"),
               ("hand over the suspects", "hand them over"), ("scrap the tariffs", "scrap them"),
               ("return the seized ship", "return it"))  # fmt: skip
_REFUSING = ("refused to", "declined to", "flatly refused to", "has refused to")


def lo21_refused_pronoun(sc: Scene) -> Built:
    """ "Egypt demanded that Sudan reopen the crossings. Sudan refused to reopen them"."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, again = sc.rng.choice(_ASKED_ACTS)
    demand = sc.rng.choice(_DEMANDED).format(T=tname, act=act)
    refuser = sc.name(sc.t, capital=0.3)
    text = f"{_cap(sname)} {demand}{_time(sc)}. {_cap(refuser)} {sc.rng.choice(_REFUSING)} {again}."
    allowed = (_e(sc.s, sc.t, frozenset(), ANY),)
    return text, (_e(sc.t, sc.s, _r("12")),), allowed


_ENVOYS = ("its ambassador", "its envoy", "its foreign minister", "its government",
           "its officials")  # fmt: skip
_HANDED = ("hand over the suspects", "extradite the former minister", "return the paintings",
           "release the detained sailors", "hand over the rebels", "extradite the banker")  # fmt: skip
_ITS_REFUSAL = ("refused", "refused to do so", "declined", "rejected the request")


def lo21_its_refuser(sc: Scene) -> Built:
    """ "Kenya asked Uganda to hand over the rebels, but its ambassador refused"."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    ask = sc.rng.choice(_DEMANDED).format(T=tname, act=sc.rng.choice(_HANDED))
    refusal = f"{sc.rng.choice(_ENVOYS)} {sc.rng.choice(_ITS_REFUSAL)}"
    if sc.rng.random() < 0.5:
        text = f"{_cap(sname)} {ask}{_time(sc)}, but {refusal}."
    else:
        text = f"{_cap(sname)} {ask}{_time(sc)}. {_cap(refusal)}."
    allowed = (_e(sc.s, sc.t, frozenset(), ANY),)
    return text, (_e(sc.t, sc.s, _r("12")),), allowed


_PACTS = ("pact", "treaty", "deal", "accord", "agreement")
_DUE = ("is due to be inked", "is due to be concluded", "is due to be signed", "is to be signed",
        "is to be inked", "is set to be concluded")  # fmt: skip
_WHEN = ("next month", "in May", "on Friday", "later this year", "next week")
_AGREED = ("agreed on {a} {p}", "negotiated {a} {p}", "reached {a} {p}", "agreed on the {p}")


def lo21_pact_due(sc: Scene) -> Built:
    """ "The pact between Kenya and Uganda is due to be inked next month"; "Kenya and Uganda
    agreed on a treaty. It is to be signed in May": K <-> U 05, `possible`."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    pact, due, when = sc.rng.choice(_PACTS), sc.rng.choice(_DUE), sc.rng.choice(_WHEN)
    if sc.rng.random() < 0.5:
        text = f"The {pact} between {sname} and {tname} {due} {when}."
    else:
        agreed = sc.rng.choice(_AGREED).format(a="an" if pact[0] in "aeiou" else "a", p=pact)
        first = f"{sname} and {tname} {agreed}"
        text = f"{_cap(first)}. It {due} {when}."
    signing = _r("05", "03")
    want = (_e(sc.s, sc.t, signing, POSSIBLE), _e(sc.t, sc.s, signing, POSSIBLE))
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, want, allowed


def _surname(sc: Scene, st: State) -> str:
    """The leader's surname where it alone names the leader's state on the date, else the
    leader's full name (family-first names, common surnames), else the state's name."""
    full = st.leader(sc.date)
    if not full:
        return st.name
    last = full.split()[-1]
    ref = ActorRegistry.default().resolve(last, sc.date)
    return last if ref is not None and ref.country == st.iso3 else full


_PAIR_ACTS = (("The deal between {S} and {T} was signed on Monday.", "05"),
              ("Talks between {S} and {T} were held in Geneva.", "04"),
              ("The agreement between {S} and {T} was signed in Vienna.", "05"),
              ("The meeting between {S} and {T} took place in Oslo.", "04"),
              ("Talks between {S} and {T} were held on Tuesday.", "04"))  # fmt: skip


def lo21_surname_pair(sc: Scene) -> Built:
    """ "The deal between Modi and Sharif was signed": India <-> Pakistan."""
    template, root = sc.rng.choice(_PAIR_ACTS)
    text = template.format(S=_surname(sc, sc.s), T=_surname(sc, sc.t))
    roots = _r("04", "03") if root == "04" else _r(root)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))
    return text, (_e(sc.s, sc.t, roots), _e(sc.t, sc.s, roots)), allowed


_OBLIGED = ("{S} is going to have to hold {n} with {T}", "{S} has to hold {n} with {T}",
            "{S} is going to hold {n} with {T}", "{S} needs to hold {n} with {T}",
            "{Sposs} government is going to have to hold {n} with {T}")  # fmt: skip
_TALKS = ("talks", "negotiations", "consultations", "direct talks")


def lo21_obliged_talks(sc: Scene) -> Built:
    """ "Kenya is going to have to hold talks with Uganda": K -> U 04, `possible`."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    obliged = sc.rng.choice(_OBLIGED)
    text = obliged.format(S=sname, Sposs=_poss(sname), T=tname, n=sc.rng.choice(_TALKS))
    want = _e(sc.s, sc.t, _r("04", "03"), POSSIBLE)
    return _cap(text) + ".", (want,), (_e(sc.s, sc.t, frozenset(), POSSIBLE),)


_MEASURED = (("tightened visa rules for {Tdem} citizens", "17"),
             ("imposed new entry rules on {Tdem} travellers", "17"),
             ("introduced visa rules for {Tdem} nationals", "17"),
             ("imposed export curbs on {T}", "16"), ("tightened export curbs on {T}", "16"),
             ("introduced import quotas on {Tdem} steel", "16"),
             ("eased export curbs on {T}", "08"), ("relaxed export curbs on {T}", "08"),
             ("loosened entry rules for {Tdem} students", "08"))  # fmt: skip


def lo21_measure_nouns(sc: Scene) -> Built:
    """ "India tightened visa rules for Pakistani citizens": India -> Pakistan 17."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    phrase, root = sc.rng.choice(_MEASURED)
    text = f"{sname} {phrase.format(T=tname, Tdem=sc.t.demonym)}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root)),), ()


_COMMISSIONER = (("recalled its high commissioner from {T}", "16"),
                 ("recalled its high commissioner to {T}", "16"),
                 ("withdrew its high commissioner from {T}", "16"),
                 ("pulled its high commissioner out of {T}", "16"),
                 ("expelled {Tposs} high commissioner", "16"),
                 ("summoned {Tposs} high commissioner", "11"),
                 ("summoned {Tposs} chargé d'affaires", "11"),
                 ("expelled {Tposs} chargé d'affaires", "16"))  # fmt: skip


def lo21_high_commissioner(sc: Scene) -> Built:
    """ "Kenya recalled its high commissioner from Uganda": 161."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    phrase, root = sc.rng.choice(_COMMISSIONER)
    text = f"{sname} {phrase.format(T=tname, Tposs=_poss(tname))}{_time(sc)}."
    return _cap(text), (_e(sc.s, sc.t, _r(root)),), ()


_TRAVELLERS = ("foreign minister", "president", "prime minister", "trade minister")
_GOING = ("is going to", "is heading to", "is now going to")
_SIGNED = ("sign a trade deal with {T}", "sign a border treaty with {T}",
           "sign a security pact with {T}")  # fmt: skip


def lo21_trip_purpose(sc: Scene) -> Built:
    """ "Kenya's foreign minister is going to Kampala to sign a deal with Uganda": 05, not yet
    signed (`possible`); the trip itself may be read as the visit."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    who = f"{_poss(sname)} {sc.rng.choice(_TRAVELLERS)}"
    goal = sc.rng.choice(_SIGNED).format(T=tname)
    going = sc.rng.choice(_GOING).format(T=tname)
    text = f"{who} {going} {sc.t.capital} to {goal}."
    allowed = (_e(sc.s, sc.t, _r("04"), ANY), _e(sc.t, sc.s, _r("04"), ANY))
    return _cap(text), (_e(sc.s, sc.t, _r("05", "03"), POSSIBLE),), allowed


# Names no actor table holds: the titled holder is placed by the story alone.
_UNLISTED = ("Juma Okello", "Elin Marek", "Dario Velasko", "Sadia Rahimova", "Tomas Varga",
             "Lina Haddad", "Petra Lindqvist", "Joao Mabote")  # fmt: skip
_TITLES = ("Foreign Minister", "Defence Minister", "Prime Minister", "Trade Minister")
# (a first act of another root, so the minister's own 11 is told apart)
_STORY = (("recalled its ambassador from {T}", "16"), ("expelled two {Tdem} diplomats", "16"),
          ("summoned {Tposs} ambassador", "11"), ("cut aid to {T}", "16"))  # fmt: skip
_ACCUSED = ("accused {T} of harbouring rebels", "condemned {T} for the raid",
            "criticised {T} over the dam")  # fmt: skip


def lo21_unlisted_minister(sc: Scene) -> Built:
    """ "Kenya criticised Uganda over the border. Foreign Minister Juma Okello accused Uganda of
    harbouring rebels": the minister is Kenya's, the one state left besides Uganda; with a
    third state in the story ("Kenya and Tanzania criticised Uganda"), of no state."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.0)
    story, root = sc.rng.choice(_STORY)
    who = f"{sc.rng.choice(_TITLES)} {sc.rng.choice(_UNLISTED)}"
    accused = sc.rng.choice(_ACCUSED).format(T=tname)
    third = sc.rng.random() < 0.3
    doers = f"{sname} and {sc.name(sc.z, capital=0.0)}" if third else sname
    first = story.format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{doers} {first}{_time(sc)}. {who} {accused}."
    want = [_e(sc.s, sc.t, _r(root))]
    allowed = [_e(sc.z, sc.t, frozenset(), ANY), Expect("---", sc.t.iso3, _r("11"), ANY)]
    if third:
        want.append(_e(sc.z, sc.t, _r(root)))
    else:
        want.append(_e(sc.s, sc.t, _r("11")))
    return _cap(text), tuple(want), tuple(allowed)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo21_refused_pronoun": lo21_refused_pronoun,
    "lo21_its_refuser": lo21_its_refuser,
    "lo21_pact_due": lo21_pact_due,
    "lo21_surname_pair": lo21_surname_pair,
    "lo21_obliged_talks": lo21_obliged_talks,
    "lo21_measure_nouns": lo21_measure_nouns,
    "lo21_high_commissioner": lo21_high_commissioner,
    "lo21_trip_purpose": lo21_trip_purpose,
    "lo21_unlisted_minister": lo21_unlisted_minister,
}
# Floors (fewest right of 24, most false assertions). On main (dbd9764) before the fix, 24
# sentences each (seed 0): refused_pronoun 7 (0 false), its_refuser 10 (14 false: the asker's
# own envoy refusing it), pact_due 3, surname_pair 23, obliged_talks 0 (24 false: asserted),
# measure_nouns 10, high_commissioner 11 (2 false), trip_purpose 0 (24 false),
# unlisted_minister 12; after: 40/40 each at 40 sentences but surname_pair 39 (a pair of
# kings), 0 false.
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
