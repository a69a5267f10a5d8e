"""The lexicon classes of the blind fresh3 review (issue 9 section 2, lex10), as suite
constructions: each phrasing the project's own, written from the class's phenomenon (never the
held-out wording) and the CAMEO codebook's definitions, crossed with the suite's states named by
name, capital, leader or demonym with a sector, in the past, perfect and progressive
(``phenomena_lex8.build``).

- ``f3lex_judged``: "called X's sanctions deplorable / regrettable" (111, 110), concerns raised
  with or voiced to X (110), all disapproval (11);
- ``f3lex_blocked``: armed or state vessels blocking a vessel (191, not a protest's 144);
- ``f3lex_sent``: warships or troops sent toward X's border or coast (154, not aid 07);
- ``f3lex_case``: taking X to the WTO, asking the WTO or the ICJ to rule on X's acts (115);
- ``f3lex_mediation``: "invited X to mediate in the dispute" (a party accepting mediation,
  038), "... between the army and the rebels" (a third party's appeal to mediate, 028);
- ``f3lex_open``: "remained open to talks with X" (the talks as an intent, 036);
- ``f3lex_ordered``: "ordered its troops to shell X's positions" (the ordered act, not a demand
  on the state's own military).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders
from phenomena_lex8 import Code
from phenomena_words import Built, Scene

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "f3lex_judged": (
        Code("111", "dip", ("call {Tposs} sanctions deplorable",
                            "call {Tposs} expulsion of the diplomats intolerable",
                            "describe {Tposs} decision as deplorable")),
        Code("110", "dip", ("call {Tposs} decision regrettable",
                            "call {Tposs} move counterproductive",
                            "raise concerns with {T} over the border closure",
                            "voice its worries to {T} about the dam",
                            "raise its objections with {T} over the dam")),
    ),
    "f3lex_blocked": (
        Code("191", "mil", ("block a {Tdem} survey vessel", "block {a_Tdem} supply ship",
                            "block a {Tdem} fishing boat near the reef")),
    ),
    "f3lex_sent": (
        Code("154", "dip", ("send warships to {Tposs} coast",
                            "send frigates to the strait off {T}",
                            "send troops to the border with {T}",
                            "send thousands of soldiers to the frontier with {T}")),
    ),
    "f3lex_case": (
        Code("115", "dip", ("take {T} to the WTO over its tariffs",
                            "ask the WTO to rule on {Tposs} tariffs",
                            "ask the World Trade Organization to rule on the duties {T} imposed",
                            "ask the ICJ to rule on {Tposs} occupation of the islands")),
    ),
    "f3lex_mediation": (
        Code("038", "dip", ("invite {T} to mediate in the dispute",
                            "invite {T} to mediate in its dispute with the rebels")),
        Code("028", "dip", ("invite {T} to mediate between the army and the rebels",
                            "invite {T} to mediate between the government and the rebels")),
    ),
    "f3lex_open": (
        Code("036", "dip", ("remain open to talks with {T}",
                            "remain open to negotiations with {T}",
                            "remain open to dialogue with {T}")),
    ),
    "f3lex_ordered": (
        Code("19", "dip", ("order its troops to shell {Tposs} positions",
                           "order its army to attack {Tdem} outposts",
                           "order its navy to fire on {Tdem} boats")),
    ),
}
# fmt: on


CODES = tuple(c for codes in CLASSES.values() for c in codes)
SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "fresh3 lexicon")
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
