"""Name tokens of a titled person read as other actors (issue 9, names12: fresh5's class NM), on
minimal documents: a first name that is a body's or a capital's name ("Duma", "Rada",
"Santiago") and a surname after the particle "e" that is another state's office-holder's
("e Silva") stay the person's, placed by the title's state; a body named alone is still the
body. The suite crosses the same with many states (phenomena_names12.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # (a king welcomed is a guest hosted, 043, since practice6's class WL; was 051)
        ("South African minister Duma Nkosi welcomed Lesotho's king.", ("ZAF", "LSO", "04")),
        ("Botswana's President Duma Keabetswe criticized Zambia.", ("BWA", "ZMB", "11")),
        (
            "Mozambique's president thanked Prime Minister Duma Gideon of Eswatini.",
            ("MOZ", "SWZ", "05"),
        ),
        ("President Rada Temba of Ethiopia criticized Kenya.", ("ETH", "KEN", "11")),
        ("Spanish foreign minister Santiago Marek praised Vietnam.", ("ESP", "VNM", "05")),
        ("Ghana's finance minister Kofi Mensah e Silva criticized Togo.", ("GHA", "TGO", "11")),
        ("Foreign Minister Ana Temba e Lula of Chile praised Peru.", ("CHL", "PER", "05")),
    ],
)
def test_name_tokens_stay_the_persons(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text))
    assert want in got
    assert not {e for e in got if e[0] in ("RUS", "UKR", "BRA") and e[0] != want[0]}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The Duma criticized Ukraine.", ("RUS", "UKR", "11")),
        ("Russian President Vladimir Putin praised the Duma.", ("RUS", "RUS", "05")),
        ("Brazil's President Lula da Silva criticized Argentina.", ("BRA", "ARG", "11")),
    ],
)
def test_bodies_and_known_people_alone_keep_their_reading(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    assert want in country_roots(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Duma Gideon thanked Mozambique for the aid.",
        "President Rada Temba criticized Kenya.",
        "Mozambique's president thanked Prime Minister Duma Gideon.",
    ],
)
def test_a_first_name_without_a_state_is_still_no_body(extract: Extract, text: str) -> None:
    """No state written for the person: the name is still no parliament."""
    got = country_roots(extract(text))
    assert got
    assert not {e for e in got if "RUS" in e[:2] or "UKR" in e[:2]}
