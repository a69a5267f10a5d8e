"""A reaction's label phrase names no target (issue 9, eye8: error class of the blind fresh2 review).

"Condemned the strikes as a violation of X's sovereignty": X is the victim, the target only where
nothing names the strikes' doer; the label noun's own modifier or "by" phrase ("as North
Korea's latest provocation") names the doer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from extract_helpers import root_events

from realpolitik.extract._label_phrases import label_phrase_tokens
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        (
            "Peru bombed a town in Ecuador on Monday. Colombia condemned the attack as a breach"
            " of Ecuador's sovereignty.",
            ("COL", "PER", "11", "asserted"),
            ("COL", "ECU", "11", "asserted"),
        ),
        (
            "Kenya denounced the missile test as a violation of U.N. Security Council resolutions.",
            ("KEN", "IGO", "11", "asserted"),  # no doer named anywhere: the label's victim
            ("KEN", "", "11", "asserted"),
        ),
        (
            "Japan condemned the launch as North Korea's latest provocation.",
            ("JPN", "PRK", "11", "asserted"),
            ("JPN", "", "11", "asserted"),
        ),
        (
            "China denounced the drills as a provocation by Vietnam against Laos.",
            ("CHN", "VNM", "11", "asserted"),
            ("CHN", "LAO", "11", "asserted"),
        ),
        (
            "Chile criticized Argentina's blockade of Bolivia as an attack on Bolivia's economy"
            " and of Peru's trade.",
            ("CHL", "ARG", "11", "asserted"),
            ("CHL", "PER", "11", "asserted"),
        ),
    ],
)
def test_label_phrase_names_no_target(
    extract: Extract,
    text: str,
    want: tuple[str, str, str, str],
    wrong: tuple[str, str, str, str],
) -> None:
    got = root_events(extract(text))
    assert want in got and wrong not in got


def test_label_phrase_tokens_keep_the_doers_modifier(nlp: Any) -> None:
    doc = nlp("Iran condemned the strikes as Israeli aggression against Syria.")
    toks = label_phrase_tokens(doc[1])
    words = {doc[i].text for i in toks}
    assert {"against", "Syria"} <= words and not {"Israeli", "aggression"} & words
    assert label_phrase_tokens(doc[0]) == frozenset()  # no labelling verb: nothing held back


def test_label_victim_is_read_after_every_doer_reading() -> None:
    from realpolitik.extract.parties import POLICY

    names = [stage.__name__ for stage in POLICY.roles]
    assert names.index("label_victim") > names.index("earlier_act_doer")
    assert names.index("label_victim") > names.index("verb_phrase_actor")
