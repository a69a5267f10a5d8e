"""Minimal documents for the party stages of leftovers58: reactions to an act with no event of
its own, bare answers after the reacting side's own judgement, "the two sides" of a state and
its own rebels, a truce's venue and the other side of a clash, in ``test_parties.py``'s shape
(stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "earlier_act_doer",  # the ruling gave no event: its doer, the previous verb's subject
        "A Pakistani court ruled on Monday that the fisherman must be freed. India welcomed"
        " the ruling.",
        "welcomed",
        "targets",
        {"PAKJUD"},
    ),
    (
        "earlier_act_doer",  # an act of no one named (an agentless passive): no event
        "Kenyan troops were pulled back from the border. Somalia welcomed the pullback.",
        "welcomed",
        "sources",
        set(),
    ),
    (
        "answered_act_doer",  # the reacting side's own judgement names whom it presses
        "China held drills near Taiwan. Japan condemned the drills. It demanded restraint.",
        "demanded",
        "targets",
        {"CHN"},
    ),
    (
        "verb_subject",  # "the two sides" of a clash between a state and its own rebels
        "Colombian troops clashed with Colombian rebels. The two sides agreed to a ceasefire.",
        "agreed",
        "sources",
        {"COL", "COLREB"},
    ),
    (
        "pair_up",  # a truce's venue is no party, also for a state and its own rebels
        "Sri Lanka and the Tamil Tigers signed a truce in Oslo.",
        "signed",
        "pairs",
        {("LKA", "LKAREB"), ("LKAREB", "LKA")},
    ),
    (
        "pair_up",  # "clashed with rebel fighters": the other side, never a weapon (a jet)
        "Colombian troops clashed with Colombian rebel fighters.",
        "clashed",
        "pairs",
        {("COLMIL", "COLREB")},
    ),
]
