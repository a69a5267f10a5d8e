"""Minimal sentences for the party stages of clause10 (issue 9 sections 1, 3 and 7: a promise
about the party a ruled-out act would aim at, a trip at home, a comment declined to no one), in
``test_parties.py``'s shape (stage, text, trigger, slot, expected), so that
``test_every_stage_has_a_case`` sees them and ``test_stage_on_a_minimal_sentence`` runs them."""

from __future__ import annotations

from typing import Any

STAGE_CASES: list[tuple[str, str, str, str, set[Any]]] = [
    (
        "assured_content_target",  # no one assured: whom the ruled-out act would be aimed at
        "Nepal pledged that it would not let its soil be used against China.",
        "pledged",
        "targets",
        {"CHN"},
    ),
    (
        "home_trip",  # a town on the traveller's own side: no visit
        "Chilean President Boric flew to a frontier town on his side of the river.",
        "flew",
        "pairs",
        set(),
    ),
    (
        "comment_needs_target",  # declined to comment, to no one: no event
        "The Turkish foreign ministry declined to comment.",
        "declined",
        "pairs",
        set(),
    ),
]
