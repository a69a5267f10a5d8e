"""Round 16c lexicon conventions (lex21) on minimal sentences with several states: arms sales
and purchases are military cooperation (062, GUIDE rule 7 "Arms sales"; PETRARCH2's SELL /
PURCHASE &WEAPON rows), while arms delivered stay military aid (072) and goods that are no
weapons stay 061; a "call" with an object complement ("called the decision irresponsible") is
criticism (111), no phone call; the folded rows for people sent / pushed / turned back (174).
The suite's tables: ``phenomena_lex21.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France sold 24 Rafale jets to Egypt.", ("FRA", "EGY", "062", "asserted")),
        ("Turkey has sold drones to Ukraine.", ("TUR", "UKR", "062", "asserted")),
        ("Drones were sold to Azerbaijan by Israel.", ("ISR", "AZE", "062", "asserted")),
        ("Germany sold howitzers to Lithuania last year.", ("DEU", "LTU", "062", "asserted")),
        ("Poland bought 180 tanks from South Korea.", ("POL", "KOR", "062", "asserted")),
        ("Egypt bought missiles from Russia.", ("EGY", "RUS", "062", "asserted")),
        ("Vietnam purchased fighter jets from Russia.", ("VNM", "RUS", "062", "asserted")),
        ("Greece has ordered 20 F-35 jets from the United States.",
         ("GRC", "USA", "062", "asserted")),
        ("Seoul's sale of howitzers to Warsaw was completed in March.",
         ("KOR", "POL", "062", "asserted")),
    ],
)  # fmt: skip
def test_arms_sales_are_military_cooperation(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    got = code_events(extract(text))
    assert want in got, got
    assert not [e for e in got if e[2] == "061"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France sold wheat to Algeria.", ("FRA", "DZA", "061", "asserted")),
        ("Brazil bought oil from Venezuela.", ("BRA", "VEN", "061", "asserted")),
        ("Russia delivered S-400 missiles to India.", ("RUS", "IND", "072", "asserted")),
    ],
)
def test_goods_and_deliveries_keep_their_codes(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    """Goods that are no weapons stay trade (061); arms delivered stay military aid (072)."""
    got = code_events(extract(text))
    assert want in got, got
    assert not [e for e in got if e[2] == "062"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tokyo called Seoul's move dangerous and provocative.", ("JPN", "KOR", "111")),
        ("Japan called China's move reckless.", ("JPN", "CHN", "111")),
        ("Kenya's president called the decision irresponsible.", ("KEN", "", "111")),
        ("Beijing called the sanctions a grave mistake.", ("CHN", "", "111")),
    ],
)
def test_a_call_with_a_complement_is_criticism(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = code_events(extract(text))
    assert (*want, "asserted") in got, got
    assert not [e for e in got if e[2] == "041"], got


def test_a_call_on_someone_stays_an_appeal(extract: Extract) -> None:
    """ "called on China to stop its reckless manoeuvres": an appeal, the adjective no verdict."""
    got = code_events(extract("Japan called on China to stop its reckless manoeuvres."))
    assert ("JPN", "CHN", "020", "asserted") in got, got
    assert not [e for e in got if e[2] == "111"], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Croatian police sent nine people back into Bosnia.", ("HRV", "BIH")),
        ("Greek border guards pushed back 40 migrants into Turkey.", ("GRC", "TUR")),
        ("Polish guards turned back asylum seekers at the border with Belarus.", ("POL", "BLR")),
    ],
)
def test_people_sent_back_folded_rows(extract: Extract, text: str, want: tuple[str, str]) -> None:
    """The folded lex20 / clauses20 rows still code removal of individuals (174)."""
    got = code_events(extract(text))
    assert (*want, "174", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("China slapped a levy on Australian wine.", ("CHN", "AUS")),
        ("The United States slapped tariffs on Chinese steel.", ("USA", "CHN")),
        ("India slapped a 20 percent duty on Bangladeshi jute.", ("IND", "BGD")),
    ],
)
def test_a_levy_slapped_on_is_a_sanction(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    got = code_events(extract(text))
    assert (*want, "163", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Germany made good on its promise to send aid to Ukraine.", ("DEU", "UKR", "070")),
        ("France fulfilled its pledge to send troops to Estonia.", ("FRA", "EST", "074")),
        ("Japan honoured its commitment to lift sanctions on Iran.", ("JPN", "IRN", "085")),
        ("Brazil made good on its vow to expel the Venezuelan ambassador.", ("BRA", "VEN", "161")),
        ("Norway has kept its promise to send aid to Sudan.", ("NOR", "SDN", "070")),
    ],
)
def test_a_kept_promise_asserts_the_promised_act(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    """ "made good on / fulfilled / honoured its promise to V": V asserted, no promise (03)."""
    got = code_events(extract(text))
    assert (*want, "asserted") in got, got
    assert not [e for e in got if e[2].startswith("03")], got


@pytest.mark.parametrize(
    "text",
    [
        "Germany broke its promise to send aid to Ukraine.",
        "Germany did not keep its promise to send aid to Ukraine.",
    ],
)
def test_a_broken_promise_asserts_nothing(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not [e for e in got if e[3] == "asserted" and e[2][:2] in ("03", "07")], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan paid off Iraq's arrears.", ("JPN", "IRQ", "071")),
        ("Germany paid off Greece's debts.", ("DEU", "GRC", "071")),
        ("Kenya paid off its debt to China.", ("KEN", "CHN", "061")),
        ("Pakistan has paid off its loan to China.", ("PAK", "CHN", "061")),
    ],
)
def test_a_debt_paid_off(extract: Extract, text: str, want: tuple[str, str, str]) -> None:
    """Another state's arrears paid: monetary aid (071); its own debt to X: a settlement (061)."""
    got = code_events(extract(text))
    assert (*want, "asserted") in got, got
