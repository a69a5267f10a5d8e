"""State names written without "the" after "of" and common long forms (issue 9, names15:
fresh7's class SN): "The Republic of Congo" is the Republic of the Congo, "Republic of Sudan"
the Republic of the Sudan, "the Republic of Ireland" Ireland; both in the name table
(``to_iso3``) and in running text. The suite crosses the same with many states
(phenomena_names15.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots

from realpolitik.actors.countries import all_countries, to_iso3


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Republic of Congo", "COG"),
        ("the Republic of Congo", "COG"),
        ("Republic of the Congo", "COG"),
        ("Democratic Republic of Congo", "COD"),
        ("Republic of Sudan", "SDN"),
        ("Republic of Gambia", "GMB"),
        ("Republic of Philippines", "PHL"),
        ("Commonwealth of Bahamas", "BHS"),
        ("Kingdom of Netherlands", "NLD"),
        ("Republic of Marshall Islands", "MHL"),
        ("the Republic of Ireland", "IRL"),
        ("Republic of Turkey", "TUR"),
        ("Republic of Macedonia", "MKD"),
        ("Republic of the Maldives", "MDV"),
        ("Federated States of Micronesia", "FSM"),
        ("Kingdom of Morocco", "MAR"),
    ],
)
def test_long_forms_resolve(name: str, iso3: str) -> None:
    assert to_iso3(name) == iso3


def test_every_of_the_form_has_its_short_spelling() -> None:
    """Each "X of the Y" alias of the table is also found as "X of Y"."""
    for c in all_countries():
        for alias in c.aliases:
            if " of the " in alias and not any(ch in alias for ch in "(),"):
                assert to_iso3(alias.replace(" of the ", " of ")) == c.iso3, alias


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Republic of Congo protested to Gabon on Tuesday.", ("COG", "GAB", "11")),
        ("Republic of Congo criticized Gabon on Tuesday.", ("COG", "GAB", "11")),
        ("The Republic of Sudan protested to Chad on Tuesday.", ("SDN", "TCD", "11")),
        ("The Republic of Ireland protested to Britain on Tuesday.", ("IRL", "GBR", "11")),
        ("Gabon criticized the Republic of Congo on Tuesday.", ("GAB", "COG", "11")),
    ],
)
def test_long_forms_in_text(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    assert want in country_roots(extract(text, date="2025-03-01"))
