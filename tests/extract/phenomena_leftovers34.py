"""Round 25's leftovers (issue 9, leftovers34) as suite constructions crossed with the suite's
states named by name, capital or demonym, each with several acts and phrasings:

- ``lo34_wished_participle``: "Kenya wants Uganda's diplomats expelled", "Germany would like
  Russian troops withdrawn", "Poland wants Belarus's officials punished": the wish is X's
  appeal to Y (02, as "wants Y to V"; the triggers block ``# leftovers34``), asserted; Y's
  state is never the doer of the participle's act (no Y -> * event);
- ``lo34_crossed_ground``: "Finland said Russian jets crossed (strayed, intruded) into its
  airspace (waters, territory)", "Lithuania said Russia's jets entered its territory": the
  incursion Y -> X 150 `reported`, "its" the speaker's state (``parties.speakers_ground`` now
  reads the "into" phrase's object as well as the verb's);
- ``lo34_fined_reason``: "Estonia fined (penalised, punished) the Russian crew (Russia's
  airline) for violating its airspace": the penalty X -> Y 17 asserted; the reason is the
  penaliser's charge, Y -> X 15 `reported` (``_accused_conjunct.penalty_reason_arc``);
- ``lo34_refused_until``: "Turkey would not (refused to) sign the trade deal (resume talks)
  until Greece withdrew its ships": the refusal X -> Y 12 asserted, aimed at the state that
  must meet the condition (``parties.told.refusal_condition``; GUIDE rule 5's note);
- ``lo34_reacted_proposal``: "Uganda rejected (rebuffed, welcomed) Kenya's offer to host
  talks": Y -> X 12 (05) asserted, the offer no new asserted act of X's, and "welcomed X's
  offer to V" approval (051; the triggers row ``welcome obj=offer...,after=to``), no hosting.
- ``lo34_or_so``: "China has sent aid to Pakistan, or so it says (insists, Beijing claims)":
  the act X -> Y `reported` (``_reporter_repairs.trailing_reporter`` takes "or so" before the
  reporter; "insist" closes a sentence as a reporter).

Before the fix, on main (996d2918): lo34_wished_participle gave the participle's act with Y's
state as its doer (Y 166 / 0874 / 170 `possible`, no target) and no appeal; lo34_crossed_ground
gave no event for "crossed / strayed into" and no target where a state's name was the doer;
lo34_fined_reason stated the fine's reason as Y's new violation, asserted (a false assertion);
lo34_refused_until gave the refusal no target; lo34_reacted_proposal read "welcomed X's offer
to host talks" as hosting a visit (043 and 042, asserted); lo34_or_so stated the act as
asserted after "or so it says".
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_tables import State
from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap

REPORTED = frozenset({"reported"})


def _e(src: State, tgt: State, roots: frozenset[str], facts: frozenset[str]) -> Expect:
    return Expect(src.iso3, tgt.iso3, roots, facts)


def _r(*roots: str) -> frozenset[str]:
    return frozenset(roots)


def _poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


_WANTS = ("wants", "would like", "wants", "now wants", "still wants")
_WHO = ("{Tposs} diplomats", "{Tdem} diplomats", "{Tposs} troops", "{Tdem} troops",
        "{Tposs} officials", "the {Tdem} officials", "{Tposs} ambassador", "{Tdem} soldiers")  # fmt: skip
_DONE = ("expelled", "withdrawn", "punished", "withdrawn from the border", "prosecuted",
         "expelled from the country", "recalled", "punished for the attack", "pulled back")  # fmt: skip


def lo34_wished_participle(sc: Scene) -> Built:
    """ "Kenya wants Uganda's diplomats expelled": Kenya -> Uganda 02 asserted; nothing done
    by Uganda."""
    sname, tname = sc.name(sc.s, capital=0.25), sc.name(sc.t, capital=0.0)
    who = sc.rng.choice(_WHO).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {sc.rng.choice(_WANTS)} {who} {sc.rng.choice(_DONE)}."
    want = (_e(sc.s, sc.t, _r("02"), ASSERTED),)
    # (a demand, 10, is the other reading a coder could take; the wished act itself is at
    # most X's own, never asserted)
    allowed = (
        _e(sc.s, sc.t, _r("10"), ASSERTED),
        Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(sc.s.iso3, "", frozenset(), NOT_ASSERTED),
    )
    return text, want, allowed


_SAID = ("said", "said that", "complained that", "said on Monday that", "charged that",
         "told reporters that", "reported that")  # fmt: skip
_CROSSED = ("crossed into its airspace", "had crossed into its airspace",
            "strayed into its airspace", "had strayed into its territory",
            "crossed into its territorial waters", "crossed into its waters",
            "entered its territory", "had entered its territory", "intruded into its airspace",
            "strayed into its territory")  # fmt: skip
_CROSSER = ("{T}", "{Tdem} jets", "{Tdem} warships", "{Tposs} drones", "{Tdem} military aircraft",
            "{Tposs} jets", "a {Tdem} drone", "two {Tdem} fighter jets")  # fmt: skip


def lo34_crossed_ground(sc: Scene) -> Built:
    """ "Finland said Russian jets crossed into its airspace": Russia -> Finland 150
    reported."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    said = sc.rng.choice(_SAID)
    who = sc.rng.choice(_CROSSER).format(T=tname, Tdem=sc.t.demonym, Tposs=_poss(tname))
    text = f"{_cap(sname)} {said} {who} {sc.rng.choice(_CROSSED)}."
    want: tuple[Expect, ...] = (_e(sc.t, sc.s, _r("15"), REPORTED),)
    if said.startswith(("complained", "charged")):
        want += (_e(sc.s, sc.t, _r("11"), ASSERTED),)
    return text, want, ()


_FINED = (("fined", "17"), ("fined", "17"), ("penalised", "17"), ("punished", "17"))
_FINED_WHO = ("{Tposs} national airline", "a {Tdem} airline", "the {Tdem} crew",
              "two {Tdem} trawlers", "the {Tdem} pilots", "{Tposs} flag carrier",
              "the {Tdem} captain")  # fmt: skip
_FINED_FOR = ("violating its airspace", "entering its airspace without permission",
              "violating its territorial waters", "entering its waters",
              "straying into its airspace")  # fmt: skip


def lo34_fined_reason(sc: Scene) -> Built:
    """ "Estonia fined the Russian crew for violating its airspace": Estonia -> Russia 17
    asserted; the violation named as the fine's reason is the fine's charge (Russia -> Estonia
    15 at most `reported`), never asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    verb, root = sc.rng.choice(_FINED)
    who = sc.rng.choice(_FINED_WHO).format(Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = f"{_cap(sname)} {verb} {who} for {sc.rng.choice(_FINED_FOR)}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),)
    allowed = (_e(sc.t, sc.s, _r("15"), NOT_ASSERTED),)
    return text, want, allowed


_WOULD_NOT = ("would not", "refused to", "said it would not", "has refused to", "refuses to")
_WITHHELD = ("sign the trade deal", "resume talks", "sign the border accord",
             "reopen its embassy", "sign the agreement", "resume the negotiations")  # fmt: skip
_UNTIL = ("until {T} lifted its tariffs", "until {T} withdrew its ships",
          "unless {T} released the detainees", "until {T} apologised",
          "until {T} released the fishermen", "unless {T} withdrew its troops")  # fmt: skip


def lo34_refused_until(sc: Scene) -> Built:
    """ "Turkey would not sign the trade deal until Greece withdrew its ships": a refusal held
    against a condition Y must meet, X -> Y 12 asserted (GUIDE rule 5; a threat, 13, `opt`);
    the condition's act is Y's, never asserted."""
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.2)
    cond = sc.rng.choice(_UNTIL).format(T=tname)
    would = sc.rng.choice(_WOULD_NOT)
    text = f"{_cap(sname)} {would} {sc.rng.choice(_WITHHELD)} {cond}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (
        _e(sc.s, sc.t, _r("13"), ANY),
        _e(sc.s, sc.t, _r("04", "05"), NOT_ASSERTED),
        Expect(sc.t.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(sc.t.iso3, "", frozenset(), NOT_ASSERTED),
    )
    return text, want, allowed


# (the reaction verb, its root)
_REACTED = (("rejected", "12"), ("dismissed", "12"), ("rebuffed", "12"), ("turned down", "12"),
            ("spurned", "12"), ("welcomed", "05"), ("welcomed", "05"))  # fmt: skip
_PROPOSED = ("proposal", "offer", "plan", "peace proposal", "offer of talks",
             "proposal to hold talks", "offer to host talks", "plan to hold joint patrols",
             "offer to mediate", "proposal for a ceasefire")  # fmt: skip


def lo34_reacted_proposal(sc: Scene) -> Built:
    """ "Uganda rejected (welcomed) Kenya's offer to host talks": the reaction Y -> X 12 (05)
    asserted; the proposal named as its object is no new asserted act of X's (03 at most
    not asserted), and welcoming an offer is no hosting."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.2)
    verb, root = sc.rng.choice(_REACTED)
    owner = _poss(sname) if sc.rng.random() < 0.75 else f"the {sc.s.demonym}"
    text = f"{_cap(tname)} {verb} {owner} {sc.rng.choice(_PROPOSED)}."
    want = (_e(sc.t, sc.s, _r(root), ASSERTED),)
    allowed = (
        Expect(sc.s.iso3, "*", frozenset(), NOT_ASSERTED),
        Expect(sc.s.iso3, "", frozenset(), NOT_ASSERTED),
    )
    return text, want, allowed


# (the act claimed, its root)
_CLAIMED = (("has sent aid to {T}", "07"), ("has released the {Tdem} fishermen", "08"),
            ("delivered food aid to {T}", "07"), ("has freed the {Tdem} sailors", "08"),
            ("sent humanitarian aid to {T}", "07"))  # fmt: skip
_OR_SO = ("or so it says", "or so it insists", "or so it claims", "or so {Sref} says",
          "or so {Sref} insists")  # fmt: skip


def lo34_or_so(sc: Scene) -> Built:
    """ "China has sent aid to Pakistan, or so it says (insists)": the closing "or so X says"
    is the speaker's own claim, X -> Y `reported`, no demand (an "insists" read as one)."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.2)
    act, root = sc.rng.choice(_CLAIMED)
    hedge = sc.rng.choice(_OR_SO).format(Sref=sc.s.capital)
    text = f"{_cap(sname)} {act.format(T=tname, Tdem=sc.t.demonym)}, {hedge}."
    return text, (_e(sc.s, sc.t, _r(root), REPORTED),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "lo34_wished_participle": lo34_wished_participle,
    "lo34_crossed_ground": lo34_crossed_ground,
    "lo34_fined_reason": lo34_fined_reason,
    "lo34_refused_until": lo34_refused_until,
    "lo34_reacted_proposal": lo34_reacted_proposal,
    "lo34_or_so": lo34_or_so,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
