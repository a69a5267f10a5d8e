"""Round 27's clause, refusal and lexicon classes of fresh21 (issue 9, clauses33;
fresh21_classes.md A, H, D, J, N, P, E in part, and the gold question on sentences) as suite
constructions crossed with the suite's states named by name, capital, leader or demonym, each
with several acts and phrasings:

- ``c33_unasked_would_not`` (A): "Y's office said he would not apologise", "X said it would not
  apologise": "would not V" with nothing asked anywhere is the act `negated`, never a refusal
  (no false assertion, none aimed at the doer's own state);
- ``c33_asked_would_not`` (A's other side): "Y asked X to apologise. X said it would not
  apologise": the request makes it a refusal X -> Y (12x) asserted;
- ``c33_agreed_request`` (H): "X has not agreed to Y's request to let Y-ian trawlers resupply",
  "did not accept Y's demand", "agreed to Y's request": the yield (08), negated or asserted,
  never an intent (03) or a rejection (12);
- ``c33_granted_licences`` (D): "X granted / issued / awarded Y-ian trawlers (airlines, firms)
  licences (routes, permits, concessions, fishing rights)": economic cooperation (06), never a
  yield (08) or aid (07);
- ``c33_called_verdict`` (J): "X called Y's ban discriminatory (hostile, unjustified, ...)":
  criticism (11) of the measure's owner, whatever tag the adjective gets;
- ``c33_escorted_out`` (N): "X's navy escorted (chased, drove) a Y-ian fishing fleet out of
  waters near ...", "chased Y-ian jets out of its airspace": restriction of movement (19);
- ``c33_sends_tourists`` (P): "X sends more tourists (students) to Y than any other country":
  no event;
- ``c33_flew_home`` (P): "X released the 12 Y-ian fishermen ..., and they flew home to
  CAPITAL": the release (08) only, no visit;
- ``c33_joint_begin`` (E in part): "officials said X-ian and Y-ian soldiers would begin joint
  exercises (patrols) in May": the cooperation (06) `possible` both ways, no intent (03);
- ``c33_sentenced`` (the gold question): "A X-ian court sentenced a Y-ian citizen to six years
  in prison": an imprisonment, 173 (root 17; the GUIDE's note), not 116.

Before the fix, on main (7c654ac): A's unasked refusal came out 120 asserted aimed at the
doer's own state (or at the named other state); H's yield 030 (agree) or 120 (did not accept);
D's grants 080 or 070; J's "discriminatory" (and "arbitrary", "punitive", ... after a
possessive) nothing; N nothing; P's tourists aid (070) and "flew home" the releaser's visit
(042); E an intent (031) both ways; the sentence 116.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_words import (
    ANY,
    ASSERTED,
    NEGATED,
    POSSIBLE,
    Built,
    Expect,
    Scene,
    _cap,
    _e,
    _r,
    scene_words,
)

DONE = frozenset({"asserted", "reported"})


_UNASKED = (
    "{S} rejected the criticism on Monday, and {Sposs} foreign ministry said it would not "
    "apologise.",
    "{S} rejected the accusation, and {Slead}'s office said the president would not apologise.",
    "{S} said it would not apologise.",
    "{Sposs} government said on Tuesday that it would not apologise.",
    "{S} dismissed the report, and officials in {Sc} said they would not apologise.",
    "{Sposs} foreign minister said {Sc} would not apologise for the remarks.",
)


def c33_unasked_would_not(sc: Scene) -> Built:
    """ "Peru rejected the criticism, and its foreign ministry said it would not apologise":
    the apology negated (or nothing); no refusal asserted, none aimed at the doer's state. (A
    sentence that names another state keeps the refusal as a stance toward it, as the wire
    gold codes "would not send its ambassador back to Y".)"""
    text = _cap(sc.rng.choice(_UNASKED).format(**scene_words(sc)))
    allowed = (
        Expect(sc.s.iso3, "", _r("01", "12"), ASSERTED),  # ("dismissed the report")
        Expect(sc.s.iso3, "*", _r("05"), NEGATED),
        Expect(sc.s.iso3, "", _r("05"), NEGATED),
    )
    return text, (), allowed


_ASKED = (
    ("{T} asked {S} to apologise. {S} said it would not apologise.", "12"),
    ("{T} urged {S} to hand over the suspects. {Sposs} government said it would not hand them "
     "over.", "12"),
    ("{T} asked {Sc} to lift the ban on {Tdem} beef. {S} said it would not lift the ban.", "12"),
)  # fmt: skip


def c33_asked_would_not(sc: Scene) -> Built:
    """ "Chile asked Peru to apologise. Peru said it would not apologise": the refusal X -> Y."""
    template, root = sc.rng.choice(_ASKED)
    text = _cap(template.format(**scene_words(sc)))
    expected = (_e(sc.s, sc.t, _r(root), ASSERTED), _e(sc.t, sc.s, _r("02"), ASSERTED))
    return text, expected, (_e(sc.t, sc.s, _r("02", "10"), ASSERTED),)


_AGREED = (
    ("{S} has not agreed to {Tposs} request to let {Tdem} trawlers resupply in its ports.",
     NEGATED),
    ("{S} did not accept {Tposs} request to let {Tdem} boats refuel in its waters.", NEGATED),
    ("{S} has not agreed to {Tposs} demand for compensation, an official said.", NEGATED),
    ("{S} agreed to {Tposs} request to let {Tdem} trawlers resupply in its ports.", ASSERTED),
    ("{S} accepted {Tposs} request to extend the visas of {Tdem} workers.", ASSERTED),
    ("{S} agreed to {Tposs} demand for compensation on Monday.", ASSERTED),
    ("{S} has not agreed to {Tposs} request for landing rights.", NEGATED),
)  # fmt: skip


def c33_agreed_request(sc: Scene) -> Built:
    """ "Peru has not agreed to Japan's request to let Japanese trawlers resupply": the yield
    X -> Y (08) negated; asserted without "not"; never an intent or a rejection."""
    template, facts = sc.rng.choice(_AGREED)
    text = _cap(template.format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("08"), facts),), ()


_GRANT_VERBS = ("granted", "has granted", "issued", "awarded", "gave")
_GRANTS = (
    "{V} {Tdem} trawlers licences to fish in its waters",
    "{V} {Tdem} airlines six new routes",
    "{V} {Tdem} firms mining concessions",
    "{V} licences to {Tdem} trawlers",
    "{V} fishing permits to {Tdem} boats",
    "{V} {Tdem} carriers landing rights at two airports",
    "{V} {Tdem} companies drilling licences",
    "{V} {Tposs} airlines four new routes",
    "{V} fishing rights to {Tdem} trawlers",
)


def c33_granted_licences(sc: Scene) -> Built:
    """ "Norway has granted Icelandic trawlers licences to fish in its waters": economic
    cooperation X -> Y (06), never a yield (08) or aid (07)."""
    verb = sc.rng.choice(_GRANT_VERBS)
    grant = sc.rng.choice(_GRANTS).replace("{V}", verb).format(**scene_words(sc))
    when = sc.rng.choice(("", " last year", " on Monday", " this week"))
    text = f"{_cap(scene_words(sc)['S'])} {grant}{when}."
    return text, (_e(sc.s, sc.t, _r("06"), ASSERTED),), ()


_JUDGES = ("{Sposs} foreign ministry", "{S}", "{Sposs} foreign minister", "{Sposs} government")
_VERDICTS = ("discriminatory", "hostile", "unjustified", "illegal", "unacceptable",
             "provocative", "baseless", "arbitrary", "punitive", "insulting", "unwarranted",
             "retaliatory", "abusive", "coercive", "hypocritical")  # fmt: skip
_JUDGED = ("{Tposs} ban", "the {Tdem} ban", "{Tposs} decision", "{Tposs} new tariffs",
           "the {Tdem} measure", "{Tposs} move")  # fmt: skip


def c33_called_verdict(sc: Scene) -> Built:
    """ "Hungary called Slovakia's ban discriminatory": criticism X -> Y (11)."""
    w = scene_words(sc)
    judge = _cap(sc.rng.choice(_JUDGES).format(**w))
    judged = sc.rng.choice(_JUDGED).format(**w)
    text = f"{judge} called {judged} {sc.rng.choice(_VERDICTS)}."
    return text, (_e(sc.s, sc.t, _r("11"), ASSERTED),), ()


_NAVIES = ("{Sdem} navy ships", "The {Sdem} navy", "{Sdem} coast guard vessels", "{Sposs} navy")
_OUT = (
    "escorted a {Tdem} fishing fleet out of waters near the islands",
    "chased {Tdem} trawlers out of its waters",
    "drove a {Tdem} fishing fleet out of its exclusive economic zone",
    "escorted two {Tdem} research vessels out of its waters",
    "herded the {Tdem} fishing boats out of the bay",
)
_JETS = ("{Sdem} fighter jets", "{Sposs} air force")
_AIR = ("escorted a {Tdem} military plane out of its airspace",
        "chased two {Tdem} drones out of its airspace")  # fmt: skip


def c33_escorted_out(sc: Scene) -> Built:
    """ "Chilean navy ships escorted a Chinese fishing fleet out of waters near Easter Island":
    restriction of movement X -> Y (19)."""
    w = scene_words(sc)
    if sc.rng.random() < 0.7:
        doer, act = sc.rng.choice(_NAVIES), sc.rng.choice(_OUT)
    else:
        doer, act = sc.rng.choice(_JETS), sc.rng.choice(_AIR)
    when = sc.rng.choice(("", " on Sunday", " last week"))
    text = f"{_cap(doer.format(**w))} {act.format(**w)}{when}."
    return text, (_e(sc.s, sc.t, _r("19"), ASSERTED),), (_e(sc.s, sc.t, _r("17"), ANY),)


_SENDS = (
    "{S} sends more tourists to {T} than any other country.",
    "{S} sent more students to {T} last year than ever before.",
    "{S} now sends more visitors to {T} than {Z} does.",
    "{S} sends thousands of tourists to {Tposs} beaches every winter.",
)


def c33_sends_tourists(sc: Scene) -> Built:
    """ "Canada sends more tourists to Cuba than any other country": no event."""
    text = _cap(sc.rng.choice(_SENDS).format(**scene_words(sc)))
    return text, (), ()


_RELEASED = (
    "{S} released the 12 {Tdem} fishermen it had held since May, and they flew home to {Tc} "
    "on Monday.",
    "{S} freed the three {Tdem} aid workers on Friday, and they flew home to {Tc}.",
    "{Sposs} government released the {Tdem} sailors, who flew home to {Tc} on Sunday.",
)


def c33_flew_home(sc: Scene) -> Built:
    """ "Peru released the 12 Chilean fishermen ..., and they flew home to Santiago": the
    release X -> Y (08) only; flying home is no visit of the releaser."""
    text = _cap(sc.rng.choice(_RELEASED).format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("08"), ASSERTED),), ()


_SAYERS = ("{Sdem} officials said", "{Sposs} defence ministry said", "{Sposs} interior minister "
           "said", "A {Sdem} spokesman said")  # fmt: skip
_JOINT = ("{Sdem} and {Tdem} soldiers would begin joint exercises in May",
          "{Sdem} and {Tdem} police would begin joint patrols on the border next month",
          "{Sdem} and {Tdem} troops would hold joint drills in the autumn")  # fmt: skip


def c33_joint_begin(sc: Scene) -> Built:
    """ "Chilean officials said Chilean and Argentine soldiers would begin joint exercises":
    the military cooperation (06) `possible` both ways, no intent (03)."""
    w = scene_words(sc)
    joint = sc.rng.choice(_JOINT)
    text = f"{_cap(sc.rng.choice(_SAYERS).format(**w))} {joint.format(**w)}."
    expected = (_e(sc.s, sc.t, _r("06"), POSSIBLE), _e(sc.t, sc.s, _r("06"), POSSIBLE))
    return text, expected, ()


_COURTS = (
    "A {Sdem} court sentenced a {Tdem} citizen to six years in prison on Monday.",
    "A court in {Sc} sentenced two {Tdem} nationals to five years for spying.",
    "A {Sdem} court on Tuesday sentenced a {Tdem} journalist to three years in prison.",
    "A {Sdem} court sentenced a {Tdem} businessman to eight years, the state news agency said.",
)


def c33_sentenced(sc: Scene) -> Built:
    """ "A Russian court sentenced a Finnish citizen to six years": imprisonment (173)."""
    text = _cap(sc.rng.choice(_COURTS).format(**scene_words(sc)))
    return text, (_e(sc.s, sc.t, _r("17"), DONE),), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = {
    "c33_unasked_would_not": c33_unasked_would_not,
    "c33_asked_would_not": c33_asked_would_not,
    "c33_agreed_request": c33_agreed_request,
    "c33_granted_licences": c33_granted_licences,
    "c33_called_verdict": c33_called_verdict,
    "c33_escorted_out": c33_escorted_out,
    "c33_sends_tourists": c33_sends_tourists,
    "c33_flew_home": c33_flew_home,
    "c33_joint_begin": c33_joint_begin,
    "c33_sentenced": c33_sentenced,
}
# Floors (fewest right of 24, most false assertions).
FLOORS = {name: (23, 0) for name in SCENE_CONSTRUCTIONS}
