"""Minimal documents for the party stages of lex16 (issue 9, fresh7's classes RF and PL: the
refuser of a reply that "the decision was final" / "the answer was no", the inviter's own
state as an invitation's destination), in ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "final_answer_refuser",  # RF: the speaker of the reply refuses
        "Kenya asked Uganda to return the cattle, but Kampala said the decision was final.",
        "was",
        "sources",
        {"UGA"},
    ),
    (
        "final_answer_refuser",  # RF: no speaker: the state the sentence before asked
        "Chile asked Bolivia to reopen the border. The answer was no.",
        "was",
        "sources",
        {"BOL"},
    ),
    (
        "pair_up",  # PL: "to Jordan", the inviter's own state, is where the pope is asked to come
        "Jordan has invited the pope to Jordan.",
        "invited",
        "pairs",
        {("JOR", "")},
    ),
]
