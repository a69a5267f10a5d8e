"""Minimal documents for the party stages parties32 changed (issue 9): a scramble answers the
act of its "as / after / when" clause, after it in the sentence; a subject hung on the
perfect's "had" is the verb's; a light verb's indirect object read as a small clause's subject
("made China an offer") is the target. In ``test_parties.py``'s shape (stage, text, trigger,
slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "scrambled_craft_target",  # the act of the "as" clause, after the scramble: its doer
        "Poland scrambled aircraft as Russia struck Ukraine.",
        "scrambled",
        "pairs",
        {("POL", "RUS")},
    ),
    (
        "scrambled_craft_target",  # "when" read as an adverb, the clause as a relative
        "Poland has scrambled aircraft when Qatar fired rockets at Britain.",
        "scrambled",
        "pairs",
        {("POL", "QAT")},
    ),
    (
        "verb_subject",  # "it" hung on "had": the participle's subject all the same
        "Russia struck western Ukraine overnight. Poland said it had scrambled aircraft in "
        "response.",
        "scrambled",
        "sources",
        {"POL"},
    ),
    (
        "light_verb_subject",  # "made China an offer": China the dative, not the offer's owner
        "Japan made China an offer of talks.",
        "offer",
        "sources",
        {"JPN"},
    ),
]
