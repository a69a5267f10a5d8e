"""The lexicon and frame classes of the fresh4 review (issue 9, round 11, lex11), as suite
constructions. Each phrasing is the project's own, written from the class's phenomenon (never
the held-out wording) and the CAMEO codebook's definitions, crossed with the suite's states
named by name, capital, leader or demonym with a sector.

Class L (lexicon rows), in the past, perfect and progressive (``phenomena_lex8.build``):

- ``f4lex_excluded``: "barred X from the summit", "kept X out of the talks" (160);
- ``f4lex_mandate``: "authorised a stabilisation force for X", "extended the mandate of its
  mission in X" (074);
- ``f4lex_reinforced``: "reinforced its army units along the border with X" (154);
- ``f4lex_opened``: "opened the crossing / its airspace to X's trucks / airlines" (081);
- ``f4lex_waters``: "closed its waters / fishing grounds to X's trawlers" (191);
- ``f4lex_handover``: "handed over its last base to X" (0874), "handed over 40 trucks to X's
  army" (the parser hangs "over" on the number: 07);
- ``f4lex_praise``: "called X's election a historic day", "... a model" (051);
- ``f4lex_purchase``: "bought rice from X" (the buyer's 061, class Z).

Frames (sentences of their own):

- ``f4_held_out``: "X said it might close its waters to Y's trawlers", "said it would
  retaliate against Y": the speaker's threat, asserted 13x (classes L and Q);
- ``f4_foreign_warning``: "X warned that its investors might leave Y": no threat (class K);
- ``f4_disavowed``: "X said it was not looking for a fight with Y": no event (class S);
- ``f4_evacuation``: "X sent two aircraft to bring its nationals home from Y": no aid (L).
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders, speaker
from phenomena_lex8 import Code
from phenomena_words import (
    ASSERTED,
    NOT_ASSERTED,
    Built,
    Expect,
    Scene,
    _cap,
    _time,
)

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "f4lex_excluded": (
        Code("160", "dip", ("bar {T} from the summit", "bar {Tdem} officials from the meeting",
                            "exclude {T} from the talks", "keep {T} out of the summit")),
    ),
    "f4lex_mandate": (
        Code("074", "dip", ("authorize a stabilisation force for {T}",
                            "authorize a peacekeeping mission for {T}",
                            "extend the mandate of its mission in {T}")),
    ),
    "f4lex_reinforced": (
        Code("154", "dip", ("reinforce its army units along the border with {T}",
                            "reinforce its positions on the frontier with {T}",
                            "bolster its units along the border with {T}")),
    ),
    "f4lex_opened": (
        Code("081", "dip", ("open the border crossing to {Tdem} trucks",
                            "reopen its airspace to {Tdem} airlines",
                            "open its ports to {Tdem} ships")),
    ),
    "f4lex_waters": (
        Code("191", "dip", ("close its waters to {Tdem} trawlers",
                            "shut its fishing grounds to {Tdem} boats",
                            "close its territorial waters to {Tdem} vessels")),
    ),
    "f4lex_handover": (
        Code("0874", "dip", ("hand over its last military base to {T}",
                             "hand over the barracks to {Tposs} army",
                             "hand over its military camps to {T}")),
        Code("072", "dip", ("hand over 40 military trucks to the {Tdem} army",
                            "hand over 12 armoured vehicles to {Tposs} army")),
    ),
    "f4lex_praise": (
        Code("051", "dip", ("call {Tposs} election a historic day",
                            "call {Tposs} reforms a model for the region",
                            "call the accord with {T} a milestone",
                            "describe {Tposs} reforms as a model for the region")),
    ),
    "f4lex_purchase": (
        Code("061", "econ", ("buy most of its rice from {T}", "import wheat from {T}",
                             "buy liquefied gas from {T}")),
    ),
}
# fmt: on


CODES = tuple(c for codes in CLASSES.values() for c in codes)


_HELD_OUT = (
    "said {it} might close its waters to {Tdem} trawlers",
    "said {it} could impose sanctions on {T}",
    "said {it} might suspend trade with {T}",
    "said {it} could expel {Tposs} diplomats",
    "said {it} would retaliate against {T}",
    "said {it} would strike {Tposs} bases",
)


def f4_held_out(sc: Scene) -> Built:
    """ "Morocco said it might close its waters to Spanish trawlers", "said it would retaliate
    against X": the speaker's own hostile act held out or pledged is its threat (13x),
    asserted."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_HELD_OUT).replace("{it}", it)
    text = f"{who} {sc.fill(phrase)}{_time(sc)}."
    return _cap(text), (Expect(sc.s.iso3, sc.t.iso3, frozenset({"13"}), ASSERTED),), ()


_FEARED = (
    "warned that {Sdem} investors might leave {T}",
    "warned that {Sdem} firms could pull out of {T}",
    "warned that its companies might stop investing in {T}",
    "warned that {Sdem} tourists might stay away from {T}",
)
_ANY_UNASSERTED = (Expect("*", "*", frozenset(), NOT_ASSERTED),)


def f4_foreign_warning(sc: Scene) -> Built:
    """ "Japan warned that Japanese investors might leave China": the feared act is the firms',
    no consequence the speaker imposes: no threat (GUIDE rule 2), nothing asserted."""
    who, _ = speaker(sc)
    text = f"{who} {sc.fill(sc.rng.choice(_FEARED))}{_time(sc)}."
    return _cap(text), (), _ANY_UNASSERTED


_DISAVOWED = (
    "said {it} was not looking for a fight with {T}",
    "is not seeking a war with {T}",
    "said {it} was not seeking a confrontation with {T}",
    "said {it} did not want a conflict with {T}",
)


def f4_disavowed(sc: Scene) -> Built:
    """ "Iran said it was not looking for a fight with Israel": a disavowal, no appeal and no
    fight (class S): no event at all."""
    who, it = speaker(sc)
    phrase = sc.rng.choice(_DISAVOWED).replace("{it}", it)
    return _cap(f"{who} {sc.fill(phrase)}{_time(sc)}."), (), ()


_EVACUATION = (
    "sent two aircraft to bring its nationals home from {T}",
    "sent planes to fly its citizens home from {T}",
    "dispatched a ship to bring its nationals back from {T}",
    "has sent a plane to bring its diplomats home from {T}",
)


def f4_evacuation(sc: Scene) -> Built:
    """ "Nepal sent two aircraft to bring its nationals home from Lebanon": an evacuation of
    one's own people, no aid to the state they leave: no event."""
    who = sc.name(sc.s)
    return _cap(f"{who} {sc.fill(sc.rng.choice(_EVACUATION))}{_time(sc)}."), (), ()


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "fresh4 lexicon")
SCENE_CONSTRUCTIONS |= {
    "f4_held_out": f4_held_out,
    "f4_foreign_warning": f4_foreign_warning,
    "f4_disavowed": f4_disavowed,
    "f4_evacuation": f4_evacuation,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex11 (4fc32a8) the same 24 scored (right, false assertions):
# f4lex_excluded 0/0, f4lex_mandate 0/0, f4lex_reinforced 0/0, f4lex_opened 0/10,
# f4lex_waters 0/0, f4lex_handover 3/9, f4lex_praise 0/0, f4lex_purchase 10/14,
# f4_held_out 0/0, f4_foreign_warning 0/24, f4_disavowed 3/0, f4_evacuation 8/16;
# after lex11 every one is 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
