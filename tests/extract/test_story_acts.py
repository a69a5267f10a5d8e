"""``story_acts.story_act_partner`` (parties29) gives an untargeted threat or demand of a STATE
the paragraph's other state; people named by a demonym ("Ethnic Albanians", "Uzbeks") are no
government, so a state the sentence names only as a place is never their act's target."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    ("text", "doer", "other"),
    [
        ("Ethnic Albanians have sworn to fight until they gain control of villages near "
         "Macedonia's border with Bulgaria, officials said.", "MKD", "BGR"),
        ("Armenians have vowed to resist until they regain the pastures near Georgia's border "
         "with Azerbaijan, local officials said.", "ARM", "AZE"),
    ],
)  # fmt: skip
def test_people_are_no_government(extract: Extract, text: str, doer: str, other: str) -> None:
    got = code_events(extract(text))
    assert not any(e[1].startswith(other) for e in got), got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Estonian guards detained three Latvian drivers in March. Riga threatened to close the "
         "crossing.", ("LVA", "EST")),
        ("Togolese soldiers shot two Beninese farmers. Cotonou demanded an inquiry.",
         ("BEN", "TGO")),
    ],
)  # fmt: skip
def test_a_government_act_takes_the_story_state(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    got = {(e[0][:3], e[1][:3]) for e in code_events(extract(text))}
    assert want in got, got
