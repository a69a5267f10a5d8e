"""Minimal sentences for the party stages of acts named by a noun (issue 9, args9): the
infinitive of a decision noun, a threat about an act its clause names, a reaction drawn by an
act an earlier sentence names, a threat to respond, a rejection of an act, "both sides", an
appeal for restraint; in ``test_parties.py``'s shape (stage, text, trigger, slot, expected), so
that ``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs
them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "decided_act_owner",
        "Hungary's decision to expel two Kenyan diplomats came after months of tension.",
        "expel",
        "sources",
        {"HUN"},
    ),
    (
        "decided_needs_target",
        "Burkina Faso's decision to leave the bloc was announced on Monday.",
        "leave",
        "pairs",
        set(),
    ),
    (
        "undone_decision_act",
        "Minsk reversed its decision to close its border with Iraq.",
        "close",
        "pairs",
        set(),
    ),
    (
        "judged_act_doer",
        "Russia warned that the attack by Ukraine would not go unpunished.",
        "warned",
        "targets",
        {"UKR"},
    ),
    (
        "drawn_earlier_doer",
        "North Korea fired a missile on Monday. The launch drew condemnation from Japan.",
        "condemnation",
        "targets",
        {"PRK"},
    ),
    (
        "drawn_not_home",
        "The launch prompted a protest from Tokyo.",
        "protest",
        "pairs",
        {("JPN", "")},
    ),
    (
        "response_threat_target",
        "Israel struck Iran on Friday. Iran vowed to strike back.",
        "vowed",
        "targets",
        {"ISR"},
    ),
    (
        "no_home_response",
        "South Korea's military said it would respond overwhelmingly.",
        "respond",
        "pairs",
        {("KORMIL", "")},
    ),
    (
        "rejected_act_not_home",
        "Iran's foreign ministry rejected the sanctions.",
        "rejected",
        "pairs",
        {("IRNGOV", "")},
    ),
    (
        "sides_of_the_dispute",
        # (mediators named in a sentence of their own: named in the pair's sentence,
        # ``_referring.StoryPair`` already reads "both sides" as the pair)
        "India and Pakistan agreed to a ceasefire. The talks were mediated by Qatar and Egypt. "
        "Hours later, both sides accused each other of violating it.",
        "accused",
        "sources",
        {"IND", "PAK"},
    ),
    (
        "restraint_parties",
        "India shelled Pakistani border posts on Monday. China urged restraint.",
        "urged",
        "targets",
        {"IND", "PAK"},
    ),
]
