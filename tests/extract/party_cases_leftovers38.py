"""Minimal documents for the party stages of leftovers38 (issue 9: acts of a state on itself):
an unplaced organ or a pronoun-owned group of a reported clause is the framing speaker's, never
the other party's own state; a release demanded in a conjoined clause is asked of the holder of
the sentence's first clause; in ``test_parties.py``'s shape (stage, text, trigger, slot,
expected)."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "locate_unplaced",  # "its diplomats": the speaker's, not the expeller's own
        "Russia said Poland would expel its diplomats.",
        "expel",
        "pairs",
        {("POL", "RUSGOV")},
    ),
    (
        "locate_unplaced",  # "the army" of a told clause: the teller's state's
        "Turkey's minister told parliament the army would deploy troops to Syria.",
        "deploy",
        "pairs",
        {("TURMIL", "SYR")},
    ),
    (
        "released_holder",  # the holder of the sentence's own first clause
        "Ghana arrested Togolese traders, and Togo's envoy demanded their release.",
        "demanded",
        "targets",
        {"GHA"},
    ),
]
