"""parties32 on minimal sentences: a state whose own name is plural ("The Philippines", "the
Solomon Islands", "the United Arab Emirates", tagged NNPS) is one singular antecedent, so the
plural-group rule of ``_plural_owner`` leaves its "its" alone; a plural group of a demonym
("Argentine forces") still passes it on. The suite's tables: ``phenomena_parties32.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Philippines has made good on its pledge to lift its sanctions on Armenia.",
         ("PHL", "ARM", "08", "asserted")),
        ("The Solomon Islands has kept its promise to withdraw its troops from Fiji.",
         ("SLB", "FJI", "08", "asserted")),
        ("The United Arab Emirates has honoured its pledge to lift its embargo on Qatar.",
         ("ARE", "QAT", "08", "asserted")),
        ("The Bahamas have kept their promise to send aid to Haiti.",
         ("BHS", "HTI", "07", "asserted")),
        ("The Maldives said Indian jets had violated its airspace.",
         ("IND", "MDV", "15", "reported")),
    ],
)  # fmt: skip
def test_plural_named_state_owns_its(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """The pronoun is the plural-named state."""
    got = root_events(extract(text))
    assert key in got, got


def test_plural_group_still_passed_over(extract: Extract) -> None:
    """A demonym's plural group is still no antecedent of "its" (leftovers26)."""
    got = root_events(extract("Chile alleged Argentine troops had detained its fishermen."))
    assert ("ARG", "CHL", "17", "reported") in got, got
