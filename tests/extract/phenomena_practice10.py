"""Round 28's practice set (issue 9, practice10) as suite constructions crossed with the suite's
states named by name, capital or demonym, and several phrasings each:

- ``pr10_judged_move_here``: "X expelled two Y-ian diplomats, and Y's foreign ministry condemned
  the move", "X closed its airspace to Y-ian aircraft; Y criticised the decision": a judgement
  of an act named by a definite noun ("the move", "the decision", "the step", "the arrests")
  whose act is told earlier in the judgement's own sentence is aimed at that act's doer (class
  JA): Y -> X 11 asserted, as it already was when the act stood in the sentence before;
- ``pr10_occasion_protest``: "Y protested after X expelled two Y-ian diplomats", "Y lodged a
  formal protest when X-ian drones violated its airspace", "Y demanded an explanation after X
  detained Y-ian fishermen": a protest, complaint or demand that names no target of its own is
  aimed at the doer of the act its "after / when / as" clause tells (class JO): Y -> X asserted;
- ``pr10_promised_answer``: "X promised to respond by expelling Y's diplomats", "X swore to
  retaliate by imposing tariffs on Y-ian goods", "X has promised to answer by seizing the assets
  of Y-ian firms": a promise or oath to answer by a hostile act is one threat, as a vow or pledge
  is (class PR): X -> Y 13 asserted, never a target-less 030 beside a possible act;
- ``pr10_pair_controlled``: "X and Y lost power on Monday. Z offered to help the two countries
  (rebuild)", "... Z pledged to assist both governments": the pair noun in a controlled
  infinitive's object or subject names the story's two, not the helper Z and the last of them
  (class TW): Z -> X and Z -> Y 03 asserted;
- ``pr10_asked_about``: "X's foreign ministry, (when) asked about Y's missile test (the pact
  between Y and Z), said ... / declined to comment": reporters asked X, and X makes no appeal to
  Y or Z (class QA); the parser reads "asked" as X's finite verb set off by commas or as a
  reduced participle, both no event (``_asked_questions.asked_by_reporters``).

Scores on main (072e2b73) before the fixes, 24 cases each (``phenomena.sample``, seed 0): see
``bench/gold/reviews/practice10_classes.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import ANY, ASSERTED, NOT_ASSERTED, Built, Expect, Scene, _cap, _e, _poss, _r

# (X's act on Y, with {T} Y's name, {Tdem} its demonym, {Tcap} its capital; CAMEO root)
_ACTS = (("expelled two {Tdem} diplomats", "16"), ("closed its airspace to {Tdem} aircraft", "19"),
         ("detained three {Tdem} fishermen", "17"), ("imposed tariffs on {Tdem} steel", "16"),
         ("seized a {Tdem} tanker", "17"), ("banned imports of {Tdem} beef", "16"),
         ("recalled its ambassador from {Tcap}", "16"),
         ("arrested five {Tdem} nationals", "17"))  # fmt: skip
_WHEN = ("", " on Monday", " on Tuesday", " last week")
_JOINS = (", and", " and", ";", ", but")
# (judgement of "the NOUN"; CAMEO roots)
_JUDGEMENTS = (("condemned the {n}", ("11",)), ("criticised the {n}", ("11",)),
               ("denounced the {n}", ("11",)), ("called the {n} unjustified", ("11",)),
               ("condemned the {n} as a provocation", ("11",)),
               ("protested against the {n}", ("11", "14")),
               ("sharply criticised the {n}", ("11",)))  # fmt: skip
_NOUNS = ("move", "decision", "step", "measure")
_JUDGES = ("{T}", "{Tposs} foreign ministry", "{Tposs} government", "the {Tdem} government",
           "{Tposs} foreign minister")  # fmt: skip


def pr10_judged_move_here(sc: Scene) -> Built:
    """ "Russia expelled two Estonian diplomats, and Estonia condemned the move": X -> Y the
    act and Y -> X 11 asserted, never a judgement with no target."""
    act, root = sc.rng.choice(_ACTS)
    tname = sc.name(sc.t, capital=0.3)
    act = act.format(Tdem=sc.t.demonym, Tcap=sc.t.capital)
    judged, roots = sc.rng.choice(_JUDGEMENTS)
    judged = judged.format(n=sc.rng.choice(_NOUNS))
    judge = sc.rng.choice(_JUDGES).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = (f"{_cap(sc.name(sc.s, capital=0.3))} {act}{sc.rng.choice(_WHEN)}"
            f"{sc.rng.choice(_JOINS)} {judge} {judged}.")  # fmt: skip
    want = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r(*roots), ASSERTED))
    return text, want, ()


# (X's act told in the reaction's time clause, {S} X's name, {Sdem} its demonym, {Tdem} Y's)
_OCCASIONS = ("{S} expelled two {Tdem} diplomats", "{Sdem} jets violated its airspace",
              "{S} detained three {Tdem} fishermen", "{Sdem} drones entered its airspace",
              "{S} seized a {Tdem} trawler", "{Sdem} troops fired on {Tdem} border guards",
              "{S} arrested five {Tdem} nationals", "{S} expelled {Tposs} ambassador")  # fmt: skip
# (reaction with no target of its own; CAMEO roots)
_REACTIONS = (("protested", ("11", "14")), ("lodged a protest", ("11",)),
              ("lodged a formal protest", ("11",)), ("filed a diplomatic protest", ("11",)),
              ("complained", ("11",)), ("demanded an explanation", ("10",)),
              ("lodged a strong protest", ("11",)))  # fmt: skip
# ("hours after" is parsed as the protest's object "protest hours": the protest then has no
# doer at all, on main as here; left over.)
_OCCASION_MARKS = ("after", "when", "shortly after", "soon after", "just after")
_REACTORS = ("{T}", "{Tposs} foreign ministry", "{Tposs} government", "the {Tdem} government")


def pr10_occasion_protest(sc: Scene) -> Built:
    """ "Estonia protested after Russia expelled two Estonian diplomats": Y -> X asserted (the
    protest or demand aimed at the doer of the act its time clause tells)."""
    tname, sname = sc.name(sc.t, capital=0.3), sc.name(sc.s, capital=0.3)
    occasion = sc.rng.choice(_OCCASIONS).format(
        S=sname, Sdem=sc.s.demonym, Tdem=sc.t.demonym, Tposs=_poss(tname)
    )
    reaction, roots = sc.rng.choice(_REACTIONS)
    reactor = sc.rng.choice(_REACTORS).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = f"{_cap(reactor)} {reaction} {sc.rng.choice(_OCCASION_MARKS)} {occasion}."
    want = (_e(sc.t, sc.s, _r(*roots), ASSERTED),)
    return text, want, (_e(sc.s, sc.t, frozenset(), ANY),)


_PROMISED = ("promised", "has promised", "swore", "had promised", "promised on Monday")
_ANSWER = ("answer", "respond", "retaliate", "hit back")
_BY_ACTS = ("expelling {Tposs} diplomats", "imposing tariffs on {Tdem} goods",
            "closing its border with {T}", "seizing the assets of {Tdem} firms",
            "banning imports from {T}", "expelling the {Tdem} ambassador")  # fmt: skip


def pr10_promised_answer(sc: Scene) -> Built:
    """ "Russia promised to respond by expelling Poland's diplomats": one threat, X -> Y 13
    asserted (a promise or oath to answer by a hostile act, as a vow or pledge is; class PR)."""
    tname = sc.name(sc.t, capital=0.2)
    act = sc.rng.choice(_BY_ACTS).format(T=tname, Tposs=_poss(tname), Tdem=sc.t.demonym)
    text = (f"{_cap(sc.name(sc.s, capital=0.3))} {sc.rng.choice(_PROMISED)} to "
            f"{sc.rng.choice(_ANSWER)} by {act}.")  # fmt: skip
    return text, (_e(sc.s, sc.t, _r("13"), ASSERTED),), ()


_PAIR_OPENERS = ("{A} and {B} were hit by floods on Monday.", "{A} and {B} lost power on Monday.",
                 "{A} and {B} signed a trade deal on Monday.",
                 "An earthquake struck {A} and {B} on Sunday.")  # fmt: skip
_CONTROLLED = ("offered to help", "pledged to help", "promised to help", "agreed to support",
               "offered to send aid to", "pledged to assist", "has offered to help")  # fmt: skip
_PAIR_NOUNS = ("the two countries", "both countries", "the two governments", "both governments")
_AFTER = ("", " rebuild", " with the repairs", " restore power")


def pr10_pair_controlled(sc: Scene) -> Built:
    """ "Spain and Portugal lost power. France offered to help the two countries": the pair is
    Spain and Portugal, never the helper and the last of them (the controlled infinitive's doer
    is its controller's subject; class TW): Z -> X and Z -> Y 03 asserted."""
    opener = sc.rng.choice(_PAIR_OPENERS).format(A=sc.s.name, B=sc.t.name)
    verb = sc.rng.choice(_CONTROLLED)
    after = sc.rng.choice(_AFTER) if verb.endswith("help") else ""
    text = (f"{opener} {_cap(sc.name(sc.z, capital=0.3))} {verb} "
            f"{sc.rng.choice(_PAIR_NOUNS)}{after}.")  # fmt: skip
    want = (_e(sc.z, sc.s, _r("03"), ASSERTED), _e(sc.z, sc.t, _r("03"), ASSERTED))
    return text, want, (_e(sc.s, sc.t, frozenset(), ANY), _e(sc.t, sc.s, frozenset(), ANY))


_ASKED_WHO = ("{Sposs} foreign ministry", "{Sposs} foreign minister", "{Sposs} president",
              "a spokesman for {Sposs} foreign ministry", "{Sposs} government")  # fmt: skip
_ASKED = ("asked about", "when asked about", "asked on Tuesday about", "asked about reports of")
_TOPICS = ("{Tposs} missile test", "{Tposs} decision", "the drills by {T}",
           "{Tposs} new tariffs", "the pact between {T} and {Z}")  # fmt: skip
_SAID = (("said it opposed bloc confrontation", ""), ("declined to comment", ""),
         ("said it was monitoring the situation", ""),
         ("urged {T} to show restraint", "02"))  # fmt: skip


def pr10_asked_about(sc: Scene) -> Built:
    """ "China's foreign ministry, asked about the pact between Japan and the Philippines, said
    ...": reporters asked; the one asked makes no appeal to the topic's states (class QA). Only
    the clause's own act, if any, is coded."""
    sname, tname = sc.name(sc.s, capital=0.0), sc.name(sc.t, capital=0.2)
    who = sc.rng.choice(_ASKED_WHO).format(Sposs=_poss(sname))
    topic = sc.rng.choice(_TOPICS).format(T=tname, Tposs=_poss(tname), Z=sc.z.name)
    said, root = sc.rng.choice(_SAID)
    said = said.format(T=tname)
    text = f"{_cap(who)}, {sc.rng.choice(_ASKED)} {topic}, {said}."
    want = (_e(sc.s, sc.t, _r(root), ASSERTED),) if root else ()
    # (no event at all where the clause names none; an appeal to the topic's states is wrong)
    # ("reports of Y's test": Y's act, hedged, may be coded; the clause's own statement too)
    allowed = (_e(sc.s, sc.t, _r("11"), ANY), _e(sc.s, sc.z, _r("11"), ANY),
               Expect(sc.s.iso3, "", _r("11"), ANY),
               Expect(sc.t.iso3, "", frozenset(), NOT_ASSERTED))  # fmt: skip
    return text, want, allowed


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "pr10_asked_about": pr10_asked_about,
    "pr10_pair_controlled": pr10_pair_controlled,
    "pr10_promised_answer": pr10_promised_answer,
    "pr10_judged_move_here": pr10_judged_move_here,
    "pr10_occasion_protest": pr10_occasion_protest,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (22, 0) for name in SCENE_CONSTRUCTIONS}
