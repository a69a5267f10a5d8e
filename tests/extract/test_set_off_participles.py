"""A set-off participle on the subject with its own "by" doer is news beside the main clause
(``_set_off_participles.supplied_aside``, leftovers27)."""

from __future__ import annotations

from typing import Any

import pytest

from realpolitik.extract._set_off_participles import supplied_aside


def _tok(nlp: Any, text: str, word: str) -> Any:
    return next(t for t in nlp(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        ("Serbia, supplied with drones by China, has stepped up border patrols.", "supplied", True),
        (
            "Mexico, armed with missiles supplied by Korea, has beefed up its patrols.",
            "supplied",
            True,
        ),
        ("Serbia, supplied with drones, has stepped up border patrols.", "supplied", False),
        ("The tariffs imposed by China in October hurt Serbia.", "imposed", False),
        ("China supplied Serbia with drones.", "supplied", False),
    ],
)
def test_supplied_aside(nlp: Any, text: str, word: str, want: bool) -> None:
    assert supplied_aside(_tok(nlp, text, word)) is want
