"""Round 20's leftovers of earlier branches (issue 9, leftovers23) as suite constructions
crossed with the suite's states named by name or capital, each with several acts and phrasings:

- ``lo23_kept_passive``: "Y was prevented / barred / stopped / blocked from V-ing (Z) by X": X's
  act on Y, 120, as the active "X prevented Y from V-ing" (leftovers22); Y's act is not done;
- ``lo23_talks_with``: "X is / remains / has been in talks (negotiations) with Y", "X and Y are
  in talks": the talks X -> Y (04x, as "held talks"), hedged or negated with the copula
  ("could be", "is not in talks": possible, negated);
- ``lo23_gerund_demonym``: "X is on the brink of / refrained from / stopped short of expelling
  Mexican diplomats": the gerund read as an adjective of the demonym's noun is the act, X -> Y
  with its frame's factuality;
- ``lo23_should_threat``: "Should Y refuse / continue its attacks, X will / is ready to V (Y)":
  the inverted condition names the state that must meet it, the threat's target (as "if Y
  refuses"); the condition's own act is not asserted;
- ``lo23_could_unless``: "X could / might close the border unless Y stops the attacks", "... if
  Y does not / fails to V": a guess (GUIDE rule 7's expulsion note), the act X -> Y `possible`;
- ``lo23_modal_aside``: "Peru may, two officials said / according to two officials, expel
  Chilean diplomats": the attribution between the modal and its verb leaves the parties, X -> Y
  `possible`;
- ``lo23_conveyed``: "The ambassador conveyed / offered / extended Kenya's condolences (sympathy,
  congratulations, support) to Peru": the owner named on the carried noun is the doer, Kenya
  -> Peru; the bearer of no state only carries it;
- ``lo23_titled_pair``: "Talks between Kenyan President A and Ugandan President B ended", "Talks
  were held / a deal was signed between President A and Prime Minister B": the act both ways;
- ``lo23_received_surname``: "T's leader A B arrived in S's capital. S's president received B":
  the guest by surname alone, S -> T hosting (043) and T -> S visit (042), GUIDE rule 6;
- ``lo23_story_ban``: "S banned maize imports from T last year. S's ban on T remains in force":
  the bare ban is the story's embargo (16); after a ban on T's officials it stays 17.

Scores on main (3bf26c5) before the fix, ``bench/phenomena.py``, are beside FLOORS.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import (
    ASSERTED,
    NEGATED,
    NOT_ASSERTED,
    POSSIBLE,
    REPORTED,
    Built,
    Expect,
    Scene,
    _cap,
    _poss,
    _r,
    _time,
)


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str] = ASSERTED) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


_KEPT = ("was prevented", "was barred", "was stopped", "was blocked", "has been prevented",
         "had been barred", "was effectively prevented")  # fmt: skip
_KEPT_ACTS = ("deploying troops to {Z}", "attacking {Z}", "joining the alliance",
              "drilling for oil", "exporting grain to {Z}", "building the dam",
              "sending warships to {Z}", "arming rebels in {Z}")  # fmt: skip


def lo23_kept_passive(sc: Scene) -> Built:
    """ "Somalia was prevented from deploying troops to Ethiopia by Kenya": 120 Kenya ->
    Somalia; the deployment is not done."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act = sc.rng.choice(_KEPT_ACTS).format(Z=sc.name(sc.z, capital=0.0))
    kept = sc.rng.choice(_KEPT)
    if sc.rng.random() < 0.3:
        text = f"{_cap(tname)} {kept} by {sname} from {act}{_time(sc)}."
    else:
        text = f"{_cap(tname)} {kept} from {act} by {sname}{_time(sc)}."
    allowed = (Expect("*", "*", frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r("12")),), allowed


_IN_TALKS = (("is in talks with {T}", ASSERTED), ("is in negotiations with {T}", ASSERTED),
             ("remains in talks with {T}", ASSERTED), ("has been in talks with {T}", ASSERTED),
             ("is not in talks with {T}", NEGATED), ("could be in talks with {T} soon", POSSIBLE),
             ("is now in direct talks with {T}", ASSERTED),
             ("is in talks with {T} over the border dispute", ASSERTED))  # fmt: skip


def lo23_talks_with(sc: Scene) -> Built:
    """ "Egypt is in talks with Sudan": the talks Egypt -> Sudan (04x) as "held talks"; "A and B
    are in talks" both ways."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    if sc.rng.random() < 0.25:
        text = f"{_cap(sname)} and {tname} are in talks{_time(sc)}."
        want = (_e(sc.s, sc.t, _r("04")), _e(sc.t, sc.s, _r("04")))
        return text, want, ()
    phrase, facts = sc.rng.choice(_IN_TALKS)
    text = f"{_cap(sname)} {phrase.format(T=tname)}."
    allowed = (_e(sc.t, sc.s, _r("04"), facts),)
    return text, (_e(sc.s, sc.t, _r("04"), facts),), allowed


# (frame with {ger}, factuality of the act): preposition frames that hold a gerund.
_GERUND_FRAMES = (("is on the brink of {ger}", POSSIBLE), ("is on the verge of {ger}", POSSIBLE),
                  ("stopped short of {ger}", NEGATED), ("refrained from {ger}", NEGATED),
                  ("has no intention of {ger}", NEGATED), ("was accused of {ger}", REPORTED),
                  ("appears on the brink of {ger}", POSSIBLE))  # fmt: skip
# (gerund phrase with the target's demonym, its CAMEO roots)
_DEMONYM_ACTS = (("expelling {Tdem} diplomats", "16"), ("detaining {Tdem} fishermen", "17"),
                 ("arresting {Tdem} sailors", "17"), ("seizing {Tdem} fishing boats", "17"),
                 ("deporting {Tdem} nationals", "17"), ("shelling {Tdem} positions", "19"),
                 ("sanctioning {Tdem} officials", "16"))  # fmt: skip


def lo23_gerund_demonym(sc: Scene) -> Built:
    """ "Japan is on the brink of expelling Mexican diplomats": the parser reads the gerund as
    an adjective of the demonym's noun; the act is Japan -> Mexico with the frame's hedge."""
    frame, facts = sc.rng.choice(_GERUND_FRAMES)
    act, root = sc.rng.choice(_DEMONYM_ACTS)
    sname = sc.name(sc.s, capital=0.3)
    text = f"{_cap(sname)} {frame.format(ger=act.format(Tdem=sc.t.demonym))}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(root, "03"), facts),), allowed


# Conditions another state must meet, inverted ("Should Y refuse, ..."), with {T} the state.
_INVERTED = ("Should {T} refuse", "Should {T} continue its attacks", "Should {T} fail to withdraw",
             "Should {T} reject the offer", "Should {T} attack again",
             "Should {Tposs} army cross the border again", "Should {T} press ahead")  # fmt: skip
# (act with {T} or none, its CAMEO root)
_HELD_ACTS = (("close its border with {T}", "19"), ("impose sanctions on {T}", "16"),
              ("expel {Tdem} diplomats", "16"), ("retaliate against {T}", "19"),
              ("recall its ambassador from {T}", "16"), ("close the border", "19"),
              ("retaliate", "19"), ("suspend trade with {T}", "16"))  # fmt: skip
_WILL = ("will", "would", "is ready to")


def lo23_should_threat(sc: Scene) -> Built:
    """ "Should Somalia refuse, Kenya will close the border": the inverted condition names the
    state that must meet it, the threat's target; the condition's act is not asserted."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    cond = sc.rng.choice(_INVERTED).format(T=tname, Tposs=_poss(tname))
    act, root = sc.rng.choice(_HELD_ACTS)
    act = act.format(T=sc.name(sc.t, capital=0.3), Tdem=sc.t.demonym)
    text = f"{cond}, {sname} {sc.rng.choice(_WILL)} {act}."
    want = (_e(sc.s, sc.t, _r(root, "13"), POSSIBLE | ASSERTED),)
    allowed = (
        _e(sc.t, sc.s, frozenset(), NOT_ASSERTED),
        _e(sc.s, sc.t, _r(root, "13"), NOT_ASSERTED),
    )
    return text, want, allowed


_GUESSES = ("could", "might", "may", "could also")
_DEMANDS = ("releases the traders", "stops the attacks", "withdraws its troops",
            "lifts the ban", "pays its debts", "frees the sailors")  # fmt: skip
_NOT_DEMANDS = ("does not release the traders", "does not stop the attacks",
                "fails to withdraw its troops", "refuses to lift the ban")  # fmt: skip


def lo23_could_unless(sc: Scene) -> Built:
    """ "Turkey could close the border unless Syria stops the attacks": a guess (GUIDE rule 7's
    expulsion note: "could" there is `possible`), aimed at the state that must meet the
    condition: the act Turkey -> Syria `possible` (a threat's 13 accepted)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, root = sc.rng.choice(_HELD_ACTS)
    act = act.format(T=sc.name(sc.t, capital=0.3), Tdem=sc.t.demonym)
    if sc.rng.random() < 0.5:
        cond = f"unless {tname} {sc.rng.choice(_DEMANDS)}"
    else:
        cond = f"if {tname} {sc.rng.choice(_NOT_DEMANDS)}"
    text = f"{_cap(sname)} {sc.rng.choice(_GUESSES)} {act} {cond}."
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(root, "13"), POSSIBLE),), allowed


_MODALS = ("may", "could", "might", "would")
_ASIDES = ("two officials said", "two senior officials said on Monday", "diplomats said",
           "according to two officials", "a diplomat told reporters", "sources said",
           "officials in the region said")  # fmt: skip
_ASIDE_ACTS = (("expel {Tdem} diplomats", "16"), ("impose sanctions on {T}", "16"),
               ("arrest {Tdem} sailors", "17"), ("seize {Tdem} fishing boats", "17"),
               ("recall its ambassador from {T}", "16"), ("send troops to {T}", "15", "07", "03"),
               ("deport {Tdem} nationals", "17"))  # fmt: skip


def lo23_modal_aside(sc: Scene) -> Built:
    """ "Peru may, two officials said, expel Chilean diplomats": the attribution between the
    modal and the verb leaves Peru the doer and Chile the target, `possible` (modality beats
    attribution, GUIDE rule 4's layering)."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    act, *roots = sc.rng.choice(_ASIDE_ACTS)
    act = act.format(T=tname, Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_MODALS)}, {sc.rng.choice(_ASIDES)}, {act}."
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(*roots, "13"), POSSIBLE),), allowed


_BEARERS = ("The ambassador", "The foreign minister", "An envoy", "The special envoy",
            "The deputy minister", "A senior diplomat")  # fmt: skip
_SYMPATHY = ("conveyed", "offered", "extended", "expressed", "relayed")
# (noun phrase carried, the verbs that carry it, its CAMEO roots): an offered protest or
# delivered sympathy reads as the verb's own act (a threat, aid), not this class.
_CARRIED = (("condolences", _SYMPATHY, ("01",)), ("sympathy", _SYMPATHY, ("01",)),
            ("congratulations", ("conveyed", "expressed", "relayed"), ("05", "01")),
            ("protest", ("conveyed",), ("11",)), ("gratitude", ("expressed",), ("05", "01")),
            ("support", ("conveyed", "expressed"), ("05",)))  # fmt: skip


def lo23_conveyed(sc: Scene) -> Built:
    """ "The ambassador offered Kenya's condolences to Peru": the owner named on the carried
    noun is the doer, the bearer (of no state) only carries it: Kenya -> Peru."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    noun, verbs, roots = sc.rng.choice(_CARRIED)
    carried = f"{_poss(sname)} {noun}"
    text = f"{sc.rng.choice(_BEARERS)} {sc.rng.choice(verbs)} {carried} to {tname}{_time(sc)}."
    allowed = (_e(sc.s, sc.t, _r(*roots), NOT_ASSERTED),)
    return text, (_e(sc.s, sc.t, _r(*roots)),), allowed


# (the suite's leaders carry no office, so the titles are those any head of state or
# government may bear; a wrong title, "King" for a president, is no phrasing news writes)
# (frame with {A} and {B}, the acts' roots)
_PAIR_FRAMES = (("Talks between {A} and {B} ended{time}.", "04"),
                ("Talks were held between {A} and {B}{time}.", "04"),
                ("A meeting between {A} and {B} took place in Geneva{time}.", "04"),
                ("A deal was signed between {A} and {B}{time}.", "05"),
                ("An accord was signed between {A} and {B}{time}.", "05"),
                ("A phone call between {A} and {B} took place{time}.", "04"))  # fmt: skip


def _titled(sc: Scene, st: State) -> str:
    """ "Kenyan President William Ruto", "President Ruto": a leader with a title, the demonym
    before it at times (the state by name where the suite has no leader at the date)."""
    leader = st.leader(sc.date)
    if not leader:
        return st.name
    r = sc.rng.random()
    if r < 0.4:
        return f"{st.demonym} President {leader}"
    return f"President {leader}" if r < 0.75 else f"{st.demonym} leader {leader}"


def lo23_titled_pair(sc: Scene) -> Built:
    """ "Talks between Kenyan President William Ruto and Ugandan President Yoweri Museveni
    ended": the act both ways, each leader of his state."""
    frame, root = sc.rng.choice(_PAIR_FRAMES)
    text = frame.format(A=_titled(sc, sc.s), B=_titled(sc, sc.t), time=_time(sc))
    return text, (_e(sc.s, sc.t, _r(root)), _e(sc.t, sc.s, _r(root))), ()


_ARRIVALS = ("arrived in {C} on Monday", "flew to {C} for a two-day visit",
             "began a state visit to {S} on Tuesday", "landed in {C} late on Sunday")  # fmt: skip
_RECEIVING = ("received {G}", "received {G} at State House", "hosted {G} for talks",
              "received {G} in {C}", "later received {G}")  # fmt: skip


def lo23_received_surname(sc: Scene) -> Built:
    """ "Japan's Prime Minister Shigeru Ishiba arrived in Nairobi. Ruto received Ishiba": the
    guest by surname after a full mention; the hosting S -> T (043) and the visit T -> S."""
    guest, host = sc.t.leader(sc.date), sc.s.leader(sc.date)
    if not guest:
        return lo23_titled_pair(sc)
    sname, cap = sc.s.name, sc.s.capital
    parts = guest.split()
    # a surname where the name has one plain word after a given name; else the full name
    # (suffixes, "Kim Jong Un", "Al Thani" are no surname rule of this class)
    plain = len(parts) == 2 and parts[-1].isalpha() and not parts[-1].isupper()
    named = parts[-1] if plain else guest
    first = f"{_cap(_poss(sc.t.name))} leader {guest} {sc.rng.choice(_ARRIVALS).format(C=cap, S=sname)}."
    who = host if host and sc.rng.random() < 0.6 else f"The {sc.s.demonym} president"
    then = sc.rng.choice(_RECEIVING).format(G=named, C=cap)
    text = f"{first} {who} {then}."
    want = (_e(sc.s, sc.t, _r("04")), _e(sc.t, sc.s, _r("04")))
    return text, want, ()


_GOODS = ("maize", "poultry", "rice", "sugar", "beef", "timber", "cement")
_LATER_BANS = ("{Sposs} ban on {T} remains in force", "{S} extended the ban on {T} on Monday",
               "{Sposs} ban on {T} has hurt farmers on both sides")  # fmt: skip
_PEOPLE_BANS = ("officials", "journalists", "lawmakers")


def lo23_story_ban(sc: Scene) -> Built:
    """ "Tanzania banned maize imports from Kenya last year. Tanzania's ban on Kenya remains in
    force": the later bare ban is the story's embargo (16), as its goods were named before; after
    a ban on people it stays an administrative ban (17)."""
    sname, tname = sc.s.name, sc.name(sc.t, capital=0.3)
    if sc.rng.random() < 0.7:
        first = f"{_cap(sname)} banned {sc.rng.choice(_GOODS)} imports from {tname} last year."
        root = "16"
    else:
        first = f"{_cap(sname)} banned {sc.t.demonym} {sc.rng.choice(_PEOPLE_BANS)} last year."
        root = "17"
    later = sc.rng.choice(_LATER_BANS).format(Sposs=_cap(_poss(sname)), S=_cap(sname), T=tname)
    allowed = (Expect(sc.s.iso3, "*", _r(root), ASSERTED),)
    return f"{first} {later}.", (_e(sc.s, sc.t, _r(root)),), allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo23_kept_passive": lo23_kept_passive,
    "lo23_talks_with": lo23_talks_with,
    "lo23_gerund_demonym": lo23_gerund_demonym,
    "lo23_should_threat": lo23_should_threat,
    "lo23_could_unless": lo23_could_unless,
    "lo23_modal_aside": lo23_modal_aside,
    "lo23_conveyed": lo23_conveyed,
    "lo23_titled_pair": lo23_titled_pair,
    "lo23_received_surname": lo23_received_surname,
    "lo23_story_ban": lo23_story_ban,
}
# Floors (fewest right of 24, most false assertions). On main (3bf26c5) before the fix, 24
# sentences each (seed 0): kept_passive 9 (4 false: the kept act asserted, the "by" phrase hung
# on the gerund), talks_with 0 (no event), gerund_demonym 23 (seed 3, 120 sentences: 118; "on
# the brink of expelling Belarusian diplomats": no event where the tagger reads the demonym as
# a name), should_threat 21 (no target where "is ready to" holds the threat's verb or the
# condition is read as a complement), could_unless 17 (no event: "could close the border
# unless Y ...", no target and dropped), modal_aside 16 (no event where the subject hangs on
# the modal as a compound or the verb is read as an adjective), conveyed 15 (8 false: the
# bearer placed in the target's state, the owner its target), titled_pair 10 (no event: the
# second leader hung on the first's apposed name or read as the verb's subject; the pair of an
# agentless "was signed / held between"). After: 23/24; seeds 1-5 20-24/24, 0 false (left:
# hyphenated names, "al-Assad", parsed across the pair), received_surname 2 (no hosting:
# "received Ishiba" matches no title row; "hosted Ishiba" had no visit back), story_ban 9 (15
# false: the bare ban read as an administrative ban, 172, after a ban of goods).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS} | {"lo23_titled_pair": (22, 0)}
