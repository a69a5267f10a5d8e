"""The registry scan after the third speed round: it visits only words that start a name, and
tries longer names only when the next word can continue one; what it finds is unchanged."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry, Entry
from realpolitik.actors._phoenix import phoenix_pending
from realpolitik.actors._tables import project_entries

_TEXT = (
    "The Zorgon Prime Alliance met Zorgon on Monday, and Zorgon Prime on Tuesday in Kyiv. "
    "North Korea fired missiles; South Korean President Yoon Suk Yeol met Japan's Kishida, "
    "and the Kremlin said Sergei Lavrov would visit Pyongyang. Hamas and the Houthis, "
    "Tehran-backed groups, attacked a Liberian-flagged tanker. U.S. Secretary of State "
    "Antony Blinken spoke with the Saudi foreign minister and the African Union."
)


def _spans(registry: ActorRegistry, text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.ref.code, m.kind) for m in registry.find_mentions(text, "2024-06-20")]


def test_names_sharing_a_first_word_match_longest_first() -> None:
    registry = ActorRegistry.default().with_entries(
        [
            Entry("Zorgon", "ZRG", "ZRG", None, "custom"),
            Entry("Zorgon Prime Alliance", "ZRGNGO", "ZRG", None, "custom"),
        ]
    )
    got = [(text, code) for text, code, _ in _spans(registry, _TEXT) if "Zorgon" in text]
    assert got == [
        ("Zorgon Prime Alliance", "ZRGNGO"),
        ("Zorgon", "ZRG"),  # "Zorgon on": the next word continues no name
        ("Zorgon", "ZRG"),  # "Zorgon Prime on": "Prime" continues one, "on" ends it
    ]


@pytest.mark.slow
def test_names_indexed_during_a_scan_are_those_indexed_before_it() -> None:
    # a fresh registry indexes the Phoenix names under a first word when a text first holds
    # it (the scan lists its starts again after each); indexing all first must find the same
    during = ActorRegistry(project_entries(), pending=phoenix_pending())
    before = ActorRegistry(project_entries(), pending=phoenix_pending())
    before.index_all()
    found = _spans(during, _TEXT)
    assert found == _spans(before, _TEXT)
    codes = {code for _, code, _ in found}
    assert {"PRK", "RUS", "USA"} <= {code[:3] for code in codes}
    assert len(found) >= 12
