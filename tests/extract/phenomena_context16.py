"""A party named only in an earlier sentence (issue 9, the X class of fresh5 to fresh8,
context16), crossed with states, capitals, demonyms and phrasings (told, reported, hedged,
negated, partitive, passive).

c16a: "S's navy detained 20 T fishermen. CAPITAL released eight of them / the detainees": the
release is aimed at T, the state of the people S's earlier act held (also in a new paragraph).
c16b: "S seized two T fishing boats. CAPITAL returned them / the boats / both of them": the
return is aimed at T.
c16c: "S offered T a loan. T accepted": the acceptance is aimed at S, the offer's maker.
c16d: "S offered T a loan. The offer was rejected / The request was turned down": T rejects S.
c16e: "S deployed troops on the border with T. T condemned it": T condemns S.
c16f: "S detained 12 T fishermen. T demanded that they be freed": T demands of S.
c16g: "S asked T to extradite the suspect. T extradited him": T's extradition is aimed at S
(also in a new paragraph).
c16h: "S's navy detained 20 T fishermen. T welcomed the release of the fishermen": T welcomes S.
"""

from __future__ import annotations

from phenomena_tables import State
from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _article,
    _cap,
    _poss,
    _time,
)

# How often a builder hedges its second sentence ("may release them", "is expected to").
HEDGED_SHARE = 0.25


def _e(a: State, b: State | str, root: str, facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(a.iso3, b if isinstance(b, str) else b.iso3, frozenset({root}), facts)


def _told(sc: Scene) -> tuple[str, frozenset[str]]:
    """The second sentence told plainly, or reported by officials (GUIDE rule 3)."""
    if sc.rng.random() < 0.35:
        return sc.rng.choice(
            (", officials said", ", officials say", ", state media said")
        ), REPORTED
    return _time(sc), ASSERTED


# How often the second sentence opens a new paragraph (another parse: news wires set one
# sentence to a paragraph).
PARAGRAPH_SHARE = 0.3


def _gap(sc: Scene) -> str:
    return "\n\n" if sc.rng.random() < PARAGRAPH_SHARE else " "


# -- c16a -----------------------------------------------------------------------------------
_HOLDERS = ("{Sposs} navy", "{Sposs} police", "{Sdem} border guards", "{Sdem} police", "{S}")
_HELD_PEOPLE = ("fishermen", "sailors", "traders", "migrant workers", "miners", "farmers")
_HELD = ("detained", "arrested", "seized")
_HEDGED_VERB = {"released": "release", "freed": "free"}
_RELEASED_THEM = (
    "released eight of them", "released them", "freed them", "freed the detainees",
    "released the {people}", "released all of them", "freed some of them",
)  # fmt: skip


def c16a_released_them(sc: Scene) -> Built:
    """ "Myanmar's navy detained 20 Thai fishermen. Naypyidaw released eight of them": the
    release is S's, at T."""
    rng, s, t = sc.rng, sc.s, sc.t
    holder = rng.choice(_HOLDERS).format(Sposs=_poss(s.name), Sdem=s.demonym, S=s.name)
    people = rng.choice(_HELD_PEOPLE)
    first = f"{holder} {rng.choice(_HELD)} {rng.choice(('20', '14', 'three', 'five'))} "
    first += f"{t.demonym} {people} last week"
    when, facts = _told(sc)
    second = rng.choice(_RELEASED_THEM).format(people=people)
    if rng.random() < HEDGED_SHARE:
        hedge = rng.choice(("may", "is expected to", "could"))
        second, when, facts = (
            f"{hedge} {_HEDGED_VERB[second.split()[0]]} {second.split(' ', 1)[1]}",
            _time(sc),
            POSSIBLE,
        )
    text = f"{_cap(first)}.{_gap(sc)}{_cap(sc.name(s, capital=0.6))} {second}{when}."
    return text, (_e(s, t, "17"), _e(s, t, "08", facts)), ()


# -- c16b -----------------------------------------------------------------------------------
_SEIZED_CRAFT = (
    ("two {Tdem} fishing boats", "boats"), ("three {Tdem} trawlers", "trawlers"),
    ("{a_Tdem} fishing boat", "boat"), ("{a_Tdem} tanker", "tanker"),
)  # fmt: skip
_RETURNED = ("returned {it}", "released {it}", "freed {it}")


def c16b_returned_boats(sc: Scene) -> Built:
    """ "Peru seized two Chilean fishing boats. Lima returned them / the boats": the return is
    S's, at T."""
    rng, s, t = sc.rng, sc.s, sc.t
    craft, word = rng.choice(_SEIZED_CRAFT)
    plural = word.endswith("s")
    pronoun = rng.choice(("them", "both of them", f"the {word}")) if plural else "it"
    if not plural and rng.random() < 0.5:
        pronoun = rng.choice(("the vessel", f"the {word}"))
    first = f"{_cap(sc.name(s, capital=0.2))} seized {craft.format(Tdem=t.demonym, a_Tdem=_article(t.demonym))}{_time(sc)}"
    when, facts = _told(sc)
    second = rng.choice(_RETURNED).format(it=pronoun)
    text = f"{first}. {_cap(sc.name(s, capital=0.6))} later {second}{when}."
    return text, (_e(s, t, "17"), _e(s, t, "08", facts)), ()


# -- c16c -----------------------------------------------------------------------------------
_OFFERED = (
    ("offered {T} a loan of 2 billion dollars", "03"),
    ("offered {T} a credit line for its railways", "03"),
    ("invited {Tposs} president to a summit", "03"),
)  # fmt: skip
_ACCEPTED = ("accepted", "has accepted", "accepted the loan", "accepted on Monday")


def c16c_accepted_offer(sc: Scene) -> Built:
    """ "Japan offered Vietnam a loan. Hanoi accepted": T accepts S's offer (no target, or a
    target not S, would be wrong)."""
    rng, s, t = sc.rng, sc.s, sc.t
    offer, root = rng.choice(_OFFERED)
    tname = sc.name(t, capital=0.0)
    first = f"{_cap(sc.name(s, capital=0.2))} {offer.format(T=tname, Tposs=_poss(tname))}"
    accepted = rng.choice(_ACCEPTED)
    if "loan" in accepted and "loan" not in offer:
        accepted = "accepted"
    when, facts = _told(sc)
    answer = "03" if "invited" in offer else "08"  # (an accepted invitation: 036; lex20)
    r = rng.random()
    if r < HEDGED_SHARE:
        accepted, when, facts = rng.choice(("is likely to accept", "may accept")), "", POSSIBLE
    elif r < HEDGED_SHARE * 1.5:  # a negated acceptance is a rejection (the "accept neg" row)
        accepted, when, facts, answer = "has not accepted", "", ASSERTED, "12"
    who = rng.choice((sc.name(t, capital=0.6), f"{_poss(t.name)} government"))
    text = f"{first}{_time(sc)}. {_cap(who)} {accepted}{when}."
    return text, (_e(s, t, root), _e(t, s, answer, facts)), ()


# -- c16d -----------------------------------------------------------------------------------
_ASKED = (
    ("offered {T} a loan of 2 billion dollars", "03", "offer"),
    ("asked {T} to extradite the suspect", "02", "request"),
    ("invited {Tposs} president to a summit", "03", "invitation"),
)  # fmt: skip
_ANSWERED_PASSIVE = ("was rejected", "was turned down", "has been rejected", "was declined")
_HEDGED_PASSIVE = ("may be rejected", "could be rejected", "could be turned down")


def c16d_offer_rejected(sc: Scene) -> Built:
    """ "Japan offered Vietnam a loan. The offer was rejected": T rejects S (never S itself)."""
    rng, s, t = sc.rng, sc.s, sc.t
    asked, root, noun = rng.choice(_ASKED)
    tname = sc.name(t, capital=0.0)
    first = f"{_cap(sc.name(s, capital=0.2))} {asked.format(T=tname, Tposs=_poss(tname))}"
    when, facts = _told(sc)
    answered = rng.choice(_ANSWERED_PASSIVE)
    if rng.random() < HEDGED_SHARE:
        answered, when, facts = rng.choice(_HEDGED_PASSIVE), "", POSSIBLE
    text = f"{first}{_time(sc)}. The {noun} {answered}{when}."
    return text, (_e(s, t, root), _e(t, s, "12", facts)), ()


# -- c16e -----------------------------------------------------------------------------------
_DONE_TO = (
    ("deployed troops on the border with {T}", "15"),
    ("expelled {Tposs} ambassador", "16"),
    ("sent warships to the border with {T}", "15"),
)  # fmt: skip
_REACTED_IT = (("condemned it", "11"), ("criticised it", "11"), ("denounced it", "11"))
_BARE = {"condemned": "condemn", "criticised": "criticise", "denounced": "denounce"}


def c16e_condemned_it(sc: Scene) -> Built:
    """ "Peru deployed troops on the border with Ecuador. Quito condemned it": T condemns S
    (never itself)."""
    rng, s, t = sc.rng, sc.s, sc.t
    done, root = rng.choice(_DONE_TO)
    tname = sc.name(t, capital=0.0)
    first = f"{_cap(sc.name(s, capital=0.2))} {done.format(T=tname, Tposs=_poss(tname))}"
    react, rroot = rng.choice(_REACTED_IT)
    when, facts = _told(sc)
    r = rng.random()
    if r < HEDGED_SHARE:
        react, when, facts = f"is expected to {_BARE[react.split()[0]]} it", "", POSSIBLE
    elif r < HEDGED_SHARE * 1.5:
        react, when, facts = f"has not {react}", "", NEGATED
    text = f"{first}{_time(sc)}. {_cap(sc.name(t, capital=0.6))} {react}{when}."
    return text, (_e(s, t, root, ANY), _e(t, s, rroot, facts)), ()


# -- c16f -----------------------------------------------------------------------------------
_ASKED_FREED = (
    ("demanded that they be freed", "10"), ("demanded that they be released", "10"),
    ("asked for them to be released", "02"), ("asked that they be released", "02"),
)  # fmt: skip


def c16f_demanded_they_be_freed(sc: Scene) -> Built:
    """ "Chile detained 12 Argentine fishermen. Argentina demanded that they be freed": T asks
    S, the holder of its people (never itself)."""
    rng, s, t = sc.rng, sc.s, sc.t
    holder = rng.choice(_HOLDERS).format(Sposs=_poss(s.name), Sdem=s.demonym, S=s.name)
    people = rng.choice(_HELD_PEOPLE)
    first = f"{holder} {rng.choice(_HELD)} {rng.choice(('20', '12', 'four'))} {t.demonym} {people}"
    asked, root = rng.choice(_ASKED_FREED)
    when, facts = _told(sc)
    who = rng.choice((sc.name(t, capital=0.5), f"{_poss(t.name)} foreign ministry"))
    text = f"{_cap(first)}{_time(sc)}. {_cap(who)} {asked}{when}."
    return text, (_e(s, t, "17"), _e(t, s, root, facts)), ()


# -- c16g -----------------------------------------------------------------------------------
_ASKED_DONE = (
    ("asked {T} to extradite the suspect", "extradited him", "06"),
    ("asked {T} to extradite the fugitive", "extradited the man", "06"),
    ("urged {T} to return the seized boats", "returned them", "08"),
    ("asked {T} to release the detained sailors", "released them", "08"),
)  # fmt: skip


def c16g_done_as_asked(sc: Scene) -> Built:
    """ "Kenya asked Uganda to extradite the suspect. Uganda extradited him": T's act, done as
    S asked, is aimed at S (never at no one)."""
    rng, s, t = sc.rng, sc.s, sc.t
    asked, done, root = rng.choice(_ASKED_DONE)
    first = f"{_cap(sc.name(s, capital=0.2))} {asked.format(T=sc.name(t, capital=0.0))}"
    when, facts = _told(sc)
    text = f"{first}{_time(sc)}.{_gap(sc)}{_cap(sc.name(t, capital=0.6))} {done}{when}."
    return text, (_e(s, t, "02"), _e(t, s, root, facts)), ()


# -- c16h -----------------------------------------------------------------------------------
_WELCOMED_RELEASE = (
    "welcomed the release of the {people}", "welcomed their release",
    "welcomed the release of eight of them", "welcomed the return of the {people}",
    "called for their release", "demanded their release",
)  # fmt: skip


def c16h_welcomed_release(sc: Scene) -> Built:
    """ "Myanmar's navy detained 20 Thai fishermen. Thailand welcomed the release of the
    fishermen": T welcomes S's release (or asks S for it), never no one."""
    rng, s, t = sc.rng, sc.s, sc.t
    holder = rng.choice(_HOLDERS).format(Sposs=_poss(s.name), Sdem=s.demonym, S=s.name)
    people = rng.choice(_HELD_PEOPLE)
    first = f"{holder} {rng.choice(_HELD)} {rng.choice(('20', '12', 'nine'))} {t.demonym} {people}"
    reaction = rng.choice(_WELCOMED_RELEASE).format(people=people)
    root = "05" if reaction.startswith("welcomed") else ("02" if "called" in reaction else "10")
    when, facts = _told(sc)
    who = rng.choice((sc.name(t, capital=0.5), f"{_poss(t.name)} foreign ministry"))
    text = f"{_cap(first)}{_time(sc)}. {_cap(who)} {reaction}{when}."
    return text, (_e(s, t, "17"), _e(t, s, root, facts)), ()


CONTEXT16_CONSTRUCTIONS = {
    "c16a_released_them": c16a_released_them,
    "c16b_returned_boats": c16b_returned_boats,
    "c16c_accepted_offer": c16c_accepted_offer,
    "c16d_offer_rejected": c16d_offer_rejected,
    "c16e_condemned_it": c16e_condemned_it,
    "c16f_demanded_they_be_freed": c16f_demanded_they_be_freed,
    "c16g_done_as_asked": c16g_done_as_asked,
    "c16h_welcomed_release": c16h_welcomed_release,
}
FLOORS = {name: (23, 0) for name in CONTEXT16_CONSTRUCTIONS}
# Main before context16 (be4b489; ``phenomena.sample(name, 24)``, right of 24 / false
# assertions): c16a 3/2 (the release with no target, or aimed at the doer's own forces: "them"
# read as the navy), c16b 1/0 (the return with no target), c16c 2/5 (the acceptance with no
# target), c16d 0/0 (no source for the agentless answer: no event), c16e 10/0 (the reaction
# to "it" aimed at the reacting state itself, then dropped), c16f 0/0 (the demand aimed at the
# asker's own people, then dropped), c16g 8/0 (the asked act with no target), c16h 6/0 (the
# welcome of a release with no target). After: 24/0 each.
