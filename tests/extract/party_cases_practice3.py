"""Minimal sentences for the party stages of practice3 (issue 9, round 16): the state a lifted
or extended measure was imposed on, named in the measure's own relative clause; the target of a
"similar" act, the earlier act's; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected), so that ``test_every_stage_has_a_case`` sees them and
``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "imposed_measure_target",
        "The United States lifted the sanctions it had imposed on Syria in 2011.",
        "lifted",
        "targets",
        {"SYR"},
    ),
    (
        "imposed_measure_target",
        "Japan eased the export curbs it placed on South Korea in 2019.",
        "eased",
        "targets",
        {"KOR"},
    ),
    (
        "similar_act_target",
        "Ghana asked Togo on Monday to reopen the border. Benin has made a similar request.",
        "request",
        "targets",
        {"TGO"},
    ),
    (
        "similar_act_target",
        "Peru protested to Chile over the arrest of its fishermen. Ecuador lodged a similar "
        "protest on Tuesday.",
        "protest",
        "targets",
        {"CHL"},
    ),
]
