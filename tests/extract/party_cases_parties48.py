"""Minimal documents for parties48 (issue 9: the wrong party in a slot): a pronoun after a
subject made by a parse repair takes that subject (``MentionMap.note_subjects``); "They were
deported" after a seizure of another state's people is the people, never the holder
(``_held_pronouns``); "to help Y fight rebels backed by Z" aims at Y (``_helped_fight``); in
``test_parties.py``'s shape (stage, text, trigger, slot, expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "verb_subject",  # the subject a fronted-date repair made is the antecedent of "it"
        "On Monday Uruguay again demanded compensation from Argentina. "
        "It also accused Argentina of lying.",
        "accused",
        "sources",
        {"URY"},
    ),
    (
        "verb_subject",  # the subject a fronted-phrase repair made, not the diplomats' state
        "Despite its ties with Armenia, South Africa expelled two Azerbaijani diplomats on "
        "Monday. It accused Azerbaijan of spying.",
        "accused",
        "sources",
        {"ZAF"},
    ),
    (
        "passive_subject",  # the people the navy seized, not the navy
        "The Indian navy seized a fishing boat carrying 12 Kenyan men off the coast on Sunday. "
        "They were deported on Tuesday.",
        "deported",
        "targets",
        {"KEN"},
    ),
    (
        "purpose_beneficiary",  # the helped state, not the rebels it fights
        "Kenya sent soldiers to help Uganda fight rebels backed by Sudan.",
        "sent",
        "targets",
        {"UGA"},
    ),
    (
        "controlled_object",  # the helped army, not the insurgents nor their backer
        "Cuba agreed to help Afghanistan's army fight insurgents armed by Ethiopia.",
        "agreed",
        "targets",
        {"AFGMIL"},
    ),
]
