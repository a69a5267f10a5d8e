"""Round 21's leftovers (leftovers25) on minimal sentences: a claim verb without "that" read as
an adjective of the claimed clause's subject (or its conjunct), a bearer's future on the owner's act, "from
V-ing" hung on a participle inside the prevented object, a list's middle verb hung on the
first verb's object, quoted and hyphenated verdicts, an aircraft as the doer of "hit", a passive
refusal of entry, a "by" doer hung on the main verb. The
suite's tables: ``phenomena_leftovers25.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Chile alleged Argentine forces had violated its airspace.",
         ("CHL", "ARG", "11", "asserted")),
        ("India alleged Pakistani forces fired on its posts.", ("IND", "PAK", "11", "asserted")),
        ("Bolivia accused Peruvian troops had shelled its posts.",
         ("PER", "BOL", "19", "reported")),
        ("Kenya's envoy will convey Kenya's condolences to Peru.",
         ("KEN", "PER", "01", "possible")),
        ("Italy stopped two Tunisian boats carrying migrants from leaving.",
         ("ITA", "TUN", "12", "asserted")),
        ("Peru expelled three Chilean diplomats, criticised Chile and summoned Chile's envoy.",
         ("PER", "CHL", "11", "asserted")),
        ("Peru called Chile's decision 'a scandal'.", ("PER", "CHL", "11", "asserted")),
        ("Peru described Chile's decision as ill-conceived.", ("PER", "CHL", "11", "asserted")),
        ("Kenyan soldiers died when Somalia's aircraft hit their barracks.",
         ("SOM", "KEN", "19", "asserted")),
        ("Bogota charged Spanish gunboats shelled its border posts.",
         ("COL", "ESP", "11", "asserted")),
        ("Kenya's ministers were denied entry to Uganda.", ("UGA", "KEN", "12", "asserted")),
        ("Diplomats are weighing the prospect of joint exercises with Iran by Caracas.",
         ("VEN", "IRN", "06", "possible")),
    ],
)  # fmt: skip
def test_leftover_keys(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """Each class gives its act with its own parties and factuality."""
    got = root_events(extract(text))
    assert key in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Chile alleged Argentine forces had violated its airspace.",
        "Armenia alleged Azerbaijani forces had attacked its villages.",
        "Peru accused Chilean troops had shelled its posts.",
        "Egypt charged Sudanese troops had crossed into its territory.",
        "The envoy will convey Chile's condolences to Peru.",
    ],
)
def test_claimed_or_carried_acts_not_asserted(extract: Extract, text: str) -> None:
    """The claimed act and the carried future act are never asserted (only the accusation is)."""
    got = root_events(extract(text))
    assert all(f != "asserted" or r == "11" for _, _, r, f in got), got


def test_refused_entry_needs_another_state(extract: Extract) -> None:
    """With no state but the refused one named, no refuser is made up."""
    got = root_events(extract("Kenya's ministers had been denied entry, Kenya's ministry said."))
    assert not any(r == "12" for _, _, r, _ in got), got


def test_plain_alleged_adjective_kept(extract: Extract) -> None:
    """A real adjective ("the alleged Argentine spies were expelled") has no subject of its
    own and stays a modifier: no accusation is made up."""
    got = root_events(extract("Chile expelled the alleged Argentine spies."))
    assert not any(r == "11" for _, _, r, _ in got), got
