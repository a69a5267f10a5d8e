"""Round 27's practice set (issue 9, practice8) as suite constructions crossed with the suite's
states named by name, capital or demonym, leaders, and several phrasings each:

- ``p8_contrast_perfect``: "X signed a trade deal with Y, while Z has warned Y that it will
  close the border", "..., whereas Z had recalled its ambassador from Y-capital": a contrast
  clause in the perfect is news of its own as much as one in the simple past (class WC): both
  acts asserted, the second never background;
- ``p8_listed_relative``: "X's president A and Z's prime minister B, who met in CAPITAL on
  Monday, called on Y to ...": a list of titled doers with a relative clause set off by commas
  is the subject of the verb after it (class RL): X -> Y and Z -> Y asserted. (The parser's
  misreading, the verb hung on the last name as a participle, is rare with the suite's names:
  23/24 before the repair; the construction keeps the reading from breaking.)
- ``p8_called_verdict``: "X closed its ports to Y's ships. Y's foreign minister called the move
  'another stunt' (a hostage-taking of trade, a form of blackmail)": a verdict noun of bad
  faith or coercion as the object complement of "called", quoted or not, is criticism of the
  act judged (class CQ): Y -> X 11 asserted, the judged move resolved to its doer;
- ``p8_counted_owned``: "X's navy arrested 22 Y-ian fishermen and seized three of their
  trawlers": a count of the seized things owns through its "of" phrase, so "their" is the
  people of the act before (class OT): X -> Y 17 for both acts, never X -> X or no target;
- ``p8_diplomatic_note``: "X sent Y five diplomatic notes on the matter", "X's foreign ministry
  dispatched a diplomatic note to Y-capital over ...": a diplomatic note sent is the formal
  written protest, as one handed or delivered (class DN): X -> Y 11, never a plain statement;
- ``p8_refusal_served``: "X will not open the crossing to Z-ian refugees unless Y guarantees
  their return": a refusal held against a condition is aimed at the state that must meet it,
  not at the people the refused act would serve (class RU): X -> Y 12 asserted, never X -> Z;
- ``p8_pushed_into``: "X's border guards pushed 57 people into Y", "... across the frontier
  into Y": people forced over a border are expelled there (class LX): X -> Y 17;
- ``p8_sent_chief``: "X sent its army chief to Y-capital in January": a commander sent to a
  capital visits it for his state (class LX): X -> Y 04 asserted, never aid.

Scores on main (76d2a5cf) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice8_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Scene, State, _cap, _e, _poss, _r

_FIRST = (("signed a trade deal with {T}", "05"), ("praised {T}", "05"),
          ("held talks with {T}", "04"), ("pledged aid to {T}", "03"),
          ("met {Tlead}", "04"))  # fmt: skip
_PERFECT = (("has warned {T} that it will close the border", "13"),
            ("has recalled its ambassador from {Tcap}", "16"),
            ("has condemned {T}", "11"), ("had expelled {Tposs} ambassador", "16"),
            ("has imposed sanctions on {T}", "16"), ("have accused {T} of arming rebels", "11"),
            ("has summoned {Tposs} envoy", "11"), ("had threatened {T} with sanctions", "13"),
            ("has sent troops to the border with {T}", "15"))  # fmt: skip
_MARKS = (", while", ", whereas", " while", ", whilst")


def p8_contrast_perfect(sc: Scene) -> Built:
    """ "Peru praised Chile, while Bolivia has condemned Chile": both acts asserted."""
    first, froot = sc.rng.choice(_FIRST)
    second, sroot = sc.rng.choice(_PERFECT)
    tname = sc.name(sc.t, capital=0.0)
    if second.startswith("have "):
        zname = f"{sc.z.demonym} officials"
    else:
        zname = sc.name(sc.z, capital=0.3)
    fill = {"T": tname, "Tcap": sc.t.capital, "Tposs": _poss(tname), "Tlead": sc.leader(sc.t)}
    text = (f"{_cap(sc.name(sc.s, capital=0.3))} {first.format(**fill)}{sc.rng.choice(_MARKS)} "
            f"{zname} {second.format(**fill)}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(froot), ASSERTED), _e(sc.z, sc.t, _r(sroot), ASSERTED))
    allowed = (_e(sc.t, sc.s, frozenset(), NOT_ASSERTED), _e(sc.t, sc.z, frozenset(), ANY))
    return text, want, allowed


_TITLES = ("President", "Prime Minister", "Foreign Minister", "Defence Minister")
_RELATIVES = ("who met in {cap} on Monday", "who spoke by phone on Tuesday",
              "who held talks on the sidelines of the summit", "who met on the sidelines",
              "who were both in {cap} for the talks")  # fmt: skip
_LIST_ACTS = (("called on {T} to release the detained fishermen", "02"),
              ("urged {T} to reopen the border", "02"), ("condemned {T}", "11"),
              ("accused {T} of violating the ceasefire", "11"),
              ("demanded that {T} withdraw its troops", "10"),
              ("criticised {Tposs} decision to close the border", "11"),
              ("signed a trade agreement with {T}", "05"))  # fmt: skip


def _titled(sc: Scene, st: State) -> str:
    lead = st.leader(sc.date)
    if lead and sc.rng.random() < 0.7:
        return f"{st.demonym} {sc.rng.choice(_TITLES)} {lead}"
    return f"the {st.demonym} {sc.rng.choice(_TITLES).lower()}"


def p8_listed_relative(sc: Scene) -> Built:
    """ "Greek Prime Minister A and Cypriot President B, who met on the sidelines, called on
    Libya to stop the boats": GRC -> LBY and CYP -> LBY asserted."""
    act, root = sc.rng.choice(_LIST_ACTS)
    tname = sc.name(sc.t, capital=0.0)
    rel = sc.rng.choice(_RELATIVES).format(cap=sc.s.capital)
    first, second = _titled(sc, sc.s), _titled(sc, sc.z)
    text = f"{_cap(first)} and {second}, {rel}, {act.format(T=tname, Tposs=_poss(tname))}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.z, sc.t, _r(root), ASSERTED))
    allowed = (_e(sc.s, sc.z, frozenset(), ANY), _e(sc.z, sc.s, frozenset(), ANY),
               _e(sc.t, sc.s, frozenset(), NOT_ASSERTED), _e(sc.t, sc.z, frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


_MOVES = (("closed its ports to {T} ships", "the move"),
          ("expelled two {T} diplomats", "the expulsions"),
          ("imposed new tariffs on {T} steel", "the tariffs"),
          ("blocked {T} bid to join the customs union", "the veto"),
          ("banned {T} airlines from its airspace", "the decision"),
          ("suspended gas deliveries to {T} buyers", "the suspension"))  # fmt: skip
_VERDICTS = ("another stunt", "a cheap political stunt", "a hostage-taking of regional trade",
             "a form of blackmail", "a ploy to distract voters", "economic extortion",
             "a witch hunt", "a charade", "an act of war", "a publicity stunt",
             "a smokescreen", "a land grab")  # fmt: skip
_JUDGES = ("{Tdem} Foreign Minister {Tlead}", "the {Tdem} foreign minister",
           "{Tposs} foreign ministry", "{Tlead}", "A {Tdem} government spokesman")  # fmt: skip


def p8_called_verdict(sc: Scene) -> Built:
    """ "Turkey closed its ports to Israeli ships. Israel's minister called the move 'another
    stunt'": ISR -> TUR 111 asserted."""
    move, noun = sc.rng.choice(_MOVES)
    sname, tname = sc.name(sc.s, capital=0.2), sc.name(sc.t, capital=0.0)
    verdict = sc.rng.choice(_VERDICTS)
    if sc.rng.random() < 0.5:
        verdict = f'"{verdict}"'
    judge = sc.rng.choice(_JUDGES).format(
        Tdem=sc.t.demonym, Tlead=sc.leader(sc.t), Tposs=_poss(tname)
    )
    text = (f"{_cap(sname)} {move.format(T=sc.t.demonym)}{sc.rng.choice(_TIMES)}. "
            f"{_cap(judge)} called {noun} {verdict}.")  # fmt: skip
    want = (_e(sc.t, sc.s, _r("11"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), ANY),)
    return text, want, allowed


_TIMES = ("", " on Monday", " this week", " on Friday")


_HOLDERS = ("The {Sdem} navy", "The {Sdem} coast guard", "{Sdem} police",
            "{Sdem} border guards", "{Sname}")  # fmt: skip
_HELD = (("fishermen", ("trawlers", "boats", "fishing boats", "nets")),
         ("traders", ("lorries", "goods", "trucks")), ("drivers", ("lorries", "trucks")),
         ("sailors", ("boats", "vessels")))  # fmt: skip
_TAKEN = ("seized", "impounded", "confiscated", "took")
_COUNTS = ("three of", "two of", "some of", "most of", "all of", "five of", "half of")


def p8_counted_owned(sc: Scene) -> Built:
    """ "The Sri Lankan navy arrested 22 Indian fishermen and seized three of their trawlers":
    LKA -> IND 17 for both acts."""
    people, things = sc.rng.choice(_HELD)
    holder = sc.rng.choice(_HOLDERS).format(Sdem=sc.s.demonym, Sname=sc.name(sc.s, capital=0.0))
    n = sc.rng.choice(("22", "14", "seven", "31", "nine"))
    text = (f"{_cap(holder)} arrested {n} "
            f"{sc.t.demonym} {people} and {sc.rng.choice(_TAKEN)} "
            f"{sc.rng.choice(_COUNTS)} their {sc.rng.choice(things)}{sc.rng.choice(_TIMES)}.")  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_NOTES = ("sent {T} a diplomatic note", "sent {T} five diplomatic notes on the matter",
          "sent diplomatic notes to {T}", "dispatched a diplomatic note to {T}",
          "sent a diplomatic note to {T} over the detention of its fishermen",
          "sent {T} a strongly worded diplomatic note",
          "has sent three diplomatic notes to {T} since March")  # fmt: skip
_NOTE_SENDERS = ("{S}", "{Sposs} foreign ministry", "The {Sdem} foreign ministry", "{S}")


def p8_diplomatic_note(sc: Scene) -> Built:
    """ "Dhaka sent New Delhi five diplomatic notes on the matter": BGD -> IND 11."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.3)
    sender = sc.rng.choice(_NOTE_SENDERS).format(S=sname, Sposs=_poss(sname), Sdem=sc.s.demonym)
    note = sc.rng.choice(_NOTES).format(T=tname)
    if sc.rng.random() < 0.3:
        text = f"{_cap(sender)} said it had {note.removeprefix('has ')}{sc.rng.choice(_TIMES)}."
        facts = frozenset({"reported"})
    else:
        text = f"{_cap(sender)} {note}{sc.rng.choice(_TIMES)}."
        facts = ASSERTED
    return text, (_e(sc.s, sc.t, _r("11"), facts),), ()


_REFUSED = ("will not open the crossing to {Zdem} refugees",
            "will not reopen its border to {Zdem} refugees",
            "would not admit more {Zdem} migrants", "will not take in {Zdem} evacuees",
            "would not open its border to {Zdem} refugees")  # fmt: skip
_CONDITIONS = ("unless {T} guarantees their return", "unless {T} pays for the camps",
               "until {T} takes back those already there", "unless {T} shares the cost",
               "until {T} reopens its own border")  # fmt: skip


def p8_refusal_served(sc: Scene) -> Built:
    """ "Egypt will not open the crossing to Sudanese refugees unless Chad pays for the camps":
    EGY -> TCD 12 asserted, never EGY -> SDN."""
    sname, tname = sc.name(sc.s, capital=0.3), sc.name(sc.t, capital=0.2)
    refused = sc.rng.choice(_REFUSED).format(Zdem=sc.z.demonym)
    cond = sc.rng.choice(_CONDITIONS).format(T=tname)
    said = sc.rng.choice(("", "", ", the foreign minister said", ", officials said"))
    text = f"{_cap(sname)} {refused} {cond}{said}."
    want = (_e(sc.s, sc.t, _r("12"), ASSERTED),)
    allowed = (_e(sc.s, sc.t, frozenset(), NOT_ASSERTED),)
    return text, want, allowed


_PUSHERS = ("{Sdem} border guards", "{Sdem} guards", "{Sdem} police", "{Sdem} troops",
            "{Sdem} coast guards")  # fmt: skip
_PUSHED = ("57 people", "more than 1,200 people", "40 migrants", "dozens of refugees",
           "300 {Tdem} nationals", "12 families", "about 80 villagers")  # fmt: skip
_INTO = ("into {T}", "across the border into {T}", "across the frontier into {T}",
         "into {Tposs} territory")  # fmt: skip


def p8_pushed_into(sc: Scene) -> Built:
    """ "Indian guards pushed 57 people into Bangladesh": IND -> BGD 17."""
    tname = sc.name(sc.t, capital=0.0)
    who = sc.rng.choice(_PUSHERS).format(Sdem=sc.s.demonym)
    whom = sc.rng.choice(_PUSHED).format(Tdem=sc.t.demonym)
    into = sc.rng.choice(_INTO).format(T=tname, Tposs=_poss(tname))
    text = f"{_cap(who)} pushed {whom} {into}{sc.rng.choice(_TIMES)}."
    return text, (_e(sc.s, sc.t, _r("17"), ASSERTED),), ()


_CHIEFS = ("its army chief", "its navy chief", "its air force commander", "its top general",
           "the army chief", "its chief of army staff")  # fmt: skip


def p8_sent_chief(sc: Scene) -> Built:
    """ "Bangladesh sent its army chief to Islamabad in January": BGD -> PAK 04."""
    sname = sc.name(sc.s, capital=0.2)
    when = sc.rng.choice(("", " in January", " last week", " for talks", " on Monday"))
    text = f"{_cap(sname)} sent {sc.rng.choice(_CHIEFS)} to {sc.t.capital}{when}."
    want = (_e(sc.s, sc.t, _r("04"), ASSERTED),)
    return text, want, (_e(sc.t, sc.s, _r("04"), ASSERTED),)


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "p8_contrast_perfect": p8_contrast_perfect,
    "p8_listed_relative": p8_listed_relative,
    "p8_called_verdict": p8_called_verdict,
    "p8_counted_owned": p8_counted_owned,
    "p8_diplomatic_note": p8_diplomatic_note,
    "p8_refusal_served": p8_refusal_served,
    "p8_pushed_into": p8_pushed_into,
    "p8_sent_chief": p8_sent_chief,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
