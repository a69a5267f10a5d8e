"""lexicon62's actor rows: armed groups of the 2020s dated as the groups table dates others, and
breakaway regions as places of their state of international recognition (as Crimea is Ukraine's)."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("the New People's Army", "2024-03-01", "PHLREB"),
        ("NPA guerrillas", "2024-03-01", "PHLREB"),
        ("the Arakan Army", "2024-03-01", "MMRREB"),
        ("the TPLF", "2021-05-01", "ETHREB"),
        ("Tigrayan forces", "2022-01-10", "ETHREB"),
        ("Tuareg separatists", "2024-02-01", "MLIREB"),
        ("the Azawad Liberation Front", "2025-02-01", "MLIREB"),
        ("the Coordination of Azawad Movements", "2023-09-01", "MLIREB"),
        ("South Ossetia", "2025-01-01", "GEO"),
        ("Abkhazia", "2025-01-01", "GEO"),
        ("Transnistria", "2025-01-01", "MDA"),
        ("Nagorno-Karabakh", "2023-09-01", "AZE"),
        ("North Ossetia", "2025-01-01", "RUS"),
    ],
)
def test_lexicon62_actor_rows(reg: ActorRegistry, text: str, date: str, code: str) -> None:
    ref = reg.resolve(text, date)
    assert ref is not None and ref.code == code, (text, ref)
