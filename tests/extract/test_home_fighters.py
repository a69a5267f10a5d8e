"""Force at a place no table knows (``parties.unknown_places``): a state's forces there are never
aimed at their own state, but rebels and insurgents fighting at home are (practice14's "Abkhaz
separatist fighters overran TOWN": GEOREB -> GEO)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Chechen rebels shelled the village of Khalkino on Monday, Russian officials said.",
         ("RUS", "RUS", "19")),
        ("Ethiopian jets bombed the port of Assab on Tuesday, Eritrea said.", ("ETH", "ERI", "19")),
    ],
)  # fmt: skip
def test_rebels_at_home_states_abroad(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = {e for e in country_roots(extract(text)) if e[2] == "19"}
    assert got == {want}, got
