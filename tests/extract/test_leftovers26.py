"""Round 21's leftovers (leftovers26) on minimal sentences: a singular "its" after a plural
subject named by a demonym or possessor ("Argentine forces had violated its airspace") is not
that subject's state but the reporter's; a demanded release's "from Y" names the holder; a
readiness told before its unplaced home office is stated. The suite's tables:
``phenomena_leftovers26.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Ghana claimed Togolese forces had seized its boats.", ("TGO", "GHA", "17", "reported")),
        ("Chile alleged Argentine troops had detained its fishermen.",
         ("ARG", "CHL", "17", "reported")),
        ("Peru claimed that Bolivia's soldiers had shelled its villages.",
         ("BOL", "PER", "19", "reported")),
        ("Germany called for the release of German hostages from Mali.",
         ("DEU", "MLI", "02", "asserted")),
        ("Togo was ready to hold joint patrols with Benin, the defence minister said.",
         ("TGO", "BEN", "03", "asserted")),
        ("Chad was willing to hold talks with Sudan, the foreign ministry said in a statement.",
         ("TCD", "SDN", "03", "asserted")),
    ],
)  # fmt: skip
def test_plural_subject_its(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """The act is the group's state against the reporter."""
    got = root_events(extract(text))
    assert key in got, got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a singular subject keeps the nearest-subject reading ("Chile ... its fishermen")
        ("Peru alleged that Chile had detained its fishermen.", ("CHL", "PER", "17", "reported")),
    ],
)  # fmt: skip
def test_singular_subject_kept(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    got = root_events(extract(text))
    """The plural rule does not touch a singular subject."""
    assert key in got, got
