"""An uncounted plural state noun after a list of three or more states is the whole list
(parties21); "the sides", a pair's noun, and a list of two keep their readings."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots


@pytest.mark.parametrize(
    "text",
    [
        "Mali, Burkina Faso and Niger left the bloc. The juntas accused France of meddling.",
        "Chile, Peru and Bolivia formed an alliance. The governments condemned Argentina.",
        "Laos, Cambodia and Myanmar signed a pact. The regimes criticised Japan sharply.",
    ],
)
def test_the_plural_is_the_whole_list(extract: Extract, text: str) -> None:
    got = {s for s, t, r in country_roots(extract(text)) if r == "11" and t not in ("", s)}
    assert len(got) == 3


def test_a_pair_keeps_the_pair(extract: Extract) -> None:
    got = country_roots(extract("Egypt and Sudan met. The governments condemned Ethiopia."))
    assert {s for s, t, r in got if r == "11"} == {"EGY", "SDN"}


def test_a_list_not_last_named_is_not_taken(extract: Extract) -> None:
    text = "Chile, Peru and Bolivia met. Brazil hosted Uruguay. The governments condemned Cuba."
    got = country_roots(extract(text))
    assert {s for s, t, r in got if r == "11"} <= {"BRA", "URY"}
