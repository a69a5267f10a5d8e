"""Parties read from the rest of the document: "the bloc" is the organisation named last,
"its forces" are of the state "its" refers to, and a reaction to an act an earlier sentence
named targets that act's doer (issue 9: targets named elsewhere in the record). Sentences are
the project's own."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in country_triples(ex)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Mali said on Sunday it was leaving the Economic Community of West African States, "
            "accusing the bloc of imposing sanctions.",
            ("MLI", "IGO", "11"),
        ),
        ("Ukraine said its forces had shelled Russian positions near Belgorod.", ("UKR", "RUS", "19")),
        (
            "India tested a long-range missile on Monday. Pakistan condemned the test.",
            ("PAK", "IND", "11"),
        ),
        (
            "Chile recalled its ambassador from Peru. Peru said it regretted the decision.",
            ("PER", "CHL", "11"),
        ),
    ],
)  # fmt: skip
def test_parties_from_the_document(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in roots(extract(text))


def test_no_earlier_act_leaves_the_reaction_untargeted(extract: Extract) -> None:
    # the only earlier act is the reacting state's own: no target is guessed
    got = roots(extract("Peru recalled its ambassador. Peru said it regretted the decision."))
    assert got and all(t in ("", "PER") for _, t, r in got if r == "11")


def test_a_named_doer_wins_over_the_earlier_act(extract: Extract) -> None:
    ex = extract(
        "India tested a missile. Pakistan condemned the Chinese decision to sell it drones."
    )
    assert ("PAK", "IND", "11") not in roots(ex)
