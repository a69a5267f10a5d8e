"""leftovers67's actor rows: defence firms under their home state's business sector (BUS), one
row a firm, as the state energy firms are (Gazprom RUSBUS)."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Hanwha Aerospace", "KORBUS", "Hanwha Aerospace"),
        ("Rheinmetall", "DEUBUS", "Rheinmetall"),
        ("Embraer", "BRABUS", "Embraer"),
        ("Boeing", "USABUS", "Boeing"),
        ("RTX", "USABUS", "Raytheon"),
        ("Elbit", "ISRBUS", "Elbit Systems"),
        ("Norinco", "CHNBUS", "Norinco"),
        ("Rosoboronexport", "RUSBUS", "Rosoboronexport"),
        ("Gazprom", "RUSBUS", "Gazprom"),
    ],
)
def test_defence_firm_rows(reg: ActorRegistry, text: str, code: str, name: str) -> None:
    ref = reg.resolve(text, "2025-03-01")
    assert ref is not None and (ref.code, ref.name) == (code, name), (text, ref)


@pytest.mark.parametrize("text", ["Rafael", "Kongsberg", "Antonov"])
def test_given_names_and_places_are_no_firm(reg: ActorRegistry, text: str) -> None:
    ref = reg.resolve(text, "2025-03-01")
    assert ref is None or not ref.code.endswith("BUS"), (text, ref)
