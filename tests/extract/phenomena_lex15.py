"""fresh7's lexicon classes EN, RF, RQ and L (issue 9, round 13b, lex15: fresh7_classes.md) as
suite constructions. Each phrasing is the project's own, written from the phenomenon and the
CAMEO codebook's definitions, crossed with the suite's states named by name, capital, leader or
demonym.

Lexicon rows, in the past, perfect and progressive (``phenomena_lex8.build``):

- ``l15_ended_aid``: "ended / phased out / wound down / scrapped its aid to X": a reduction of
  aid (16, CAMEO 162), never the aid itself (07);
- ``l15_attended_inauguration``: "attended X's inauguration": a visit (04, 042);
- ``l15_defended_choice``: "defended X's choice / vote": a verbal defence (05, 052);
- ``l15_frozen_at_request``: "froze the accounts at X's request": judicial cooperation with X
  (06, CAMEO 063), no sanction.

Frames (sentences of their own):

- ``l15_elided_refusal``: "Y asked X to V, but X said it would not": a refusal (12) aimed at who
  asked; "X said it would not" with nothing asked, and "X said it would not accept further
  incursions", refuse nothing (the GUIDE's rule 5);
- ``l15_appealed_act``: "X asked Y's prime minister to press for more observers", "X invited
  the pope to visit CAPITAL": the act asked for is the one asked's (at most possible), never the
  appealer's, never aimed at the doer's own state.
"""

from __future__ import annotations

from collections.abc import Callable

from phenomena_classes import class_builders, speaker
from phenomena_lex8 import Code
from phenomena_words import ANY, ASSERTED, Built, Expect, Scene, _cap, _time

# fmt: off
CLASSES: dict[str, tuple[Code, ...]] = {
    "l15_ended_aid": (
        Code("162", "dip", ("end its development aid to {T}", "end its aid to {T}",
                            "phase out its bilateral aid to {T}",
                            "wind down its aid to {T}",
                            "terminate its military assistance to {T}",
                            "discontinue its budget aid to {T}",
                            "scrap its development assistance to {T}",
                            "slash its aid to {T}")),
    ),
    "l15_attended_inauguration": (
        Code("042", "dip", ("attend {Tposs} inauguration",
                            "attend the inauguration of {Tposs} president",
                            "attend {Tposs} presidential inauguration",
                            "attend the inauguration of {Tposs} new president")),
    ),
    "l15_frozen_at_request": (
        Code("063", "dip", ("freeze the accounts at {Tposs} request",
                            "freeze the bank accounts of two businessmen at the request of {T}",
                            "freeze the assets of the former minister on {Tposs} request",
                            "freeze the suspects' accounts at the request of {T}")),
    ),
    "l15_defended_choice": (
        Code("052", "dip", ("defend {Tposs} choice in public", "defend {Tposs} choice",
                            "defend {Tposs} vote at the UN",
                            "defend {Tposs} decision")),
    ),
}
# fmt: on

_NOTHING: tuple[Expect, ...] = ()

_ASKED = (
    ("{T} asked {S} to take in 40 refugees, but {S} said {it} would not", "12"),
    ("{T} asked {S} on Tuesday to reopen the border, but {S} said {it} would not", "12"),
    ("{T} urged {S} to extradite the suspect. {S} said {it} would not", "12"),
    ("{T} had asked {S} to send troops. {S} said {it} will not", "12"),
)
_UNASKED = (
    "{S} said {it} would not",
    "{S} said {it} would not accept further incursions",
    "{S} said {it} would not tolerate any further attacks",
    "{S} would not accept any more incursions",
)


def l15_elided_refusal(sc: Scene) -> Built:
    """ "Kenya asked Uganda to take in refugees, but Kampala said it would not": the asked act
    refused with its verb elided (CAMEO 12x), aimed at who asked; with nothing asked, or "would
    not accept further incursions" (a hostile act nobody asks for), no refusal."""
    who, it = speaker(sc)
    tname = sc.name(sc.t)
    if sc.rng.random() < 0.6:
        phrase, root = sc.rng.choice(_ASKED)
        text = phrase.replace("{it}", it).replace("{S}", who).replace("{T}", tname)
        appeal = (Expect(sc.t.iso3, sc.s.iso3, frozenset({"02"}), ASSERTED),)
        return (
            _cap(text + "."),
            (Expect(sc.s.iso3, sc.t.iso3, frozenset({root}), ASSERTED),),
            (
                *appeal,
                Expect(sc.t.iso3, sc.s.iso3, frozenset({"04", "07", "17", "19"}), ANY),
            ),
        )
    phrase = sc.rng.choice(_UNASKED).replace("{it}", it).replace("{S}", who)
    negated = frozenset({"negated"})
    return _cap(phrase + _time(sc) + "."), _NOTHING, (Expect(sc.s.iso3, "", frozenset(), negated),)


_APPEALED = (
    "{T} asked {Sposs} prime minister to use the chairmanship to press for more observers",
    "{T} urged {Sposs} foreign minister to press for a new inquiry",
    "{T} asked {S} to use its seat on the council to demand more monitors",
    "{Tposs} president invited the pope to visit {Tcap}",
    "{Tposs} prime minister invited the Dalai Lama to visit {Tcap}",
    "{T} invited UN inspectors to visit its nuclear sites",
)


def l15_appealed_act(sc: Scene) -> Built:
    """ "Nepal asked India's prime minister to press for more observers": the appeal (02) is
    the act; what it asks for is the one asked's, at most possible, never aimed at its own
    state, and never the appealer's own act ("invited the pope to visit Nairobi")."""
    phrase = sc.rng.choice(_APPEALED)
    sname = sc.name(sc.s, capital=0.0)
    tname = sc.name(sc.t, capital=0.0)
    text = phrase.format(
        S=sname, Sposs=_possessive(sname), T=tname, Tposs=_possessive(tname), Tcap=sc.t.capital
    )
    if "{S" in phrase:
        appeal = Expect(sc.t.iso3, sc.s.iso3, frozenset({"02"}), ASSERTED)
        asked = Expect(sc.s.iso3, "", frozenset(), frozenset({"possible"}))
        return _cap(text + _time(sc) + "."), (appeal,), (asked,)
    invite = Expect(sc.t.iso3, "*", frozenset({"02", "03"}), ANY)
    guests = Expect("IGO", sc.t.iso3, frozenset({"04"}), frozenset({"possible"}))  # UN inspectors
    return _cap(text + _time(sc) + "."), _NOTHING, (invite, guests)


def _possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


SCENE_CONSTRUCTIONS: dict[str, Callable[[Scene], Built]] = class_builders(CLASSES, "lex15")
SCENE_CONSTRUCTIONS |= {
    "l15_elided_refusal": l15_elided_refusal,
    "l15_appealed_act": l15_appealed_act,
}
# (fewest right of 24, most false) on sample(construction, 24, seed=0), for test_phenomena;
# on main before lex15 (8512103) the same 24 scored (right, false assertions):
# l15_ended_aid 0/22 (the ended aid read as aid), l15_attended_inauguration 0/0 (no event),
# l15_defended_choice 4/0, l15_frozen_at_request 0/24 (a sanction on the requester),
# l15_elided_refusal 1/6 (no refusal read; unrequested ones read),
# l15_appealed_act 10/0 (the inviter as visitor, the asked act aimed home); after, all 24/0.
FLOORS = {name: (24, 0) for name in SCENE_CONSTRUCTIONS}
