"""Issue 9's lex7 classes, each on several states and phrasings: a speaker's own announced act
is its threat ("X warned that it would strike Y"); welcoming a visiting leader hosts the visit;
"came under fire / shelling from X" is X's attack; talks "hosted by Z" as a modifier give Z its
host role beside the meeting. The suite rows are in ``phenomena_lex7.py``."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str]]:
    """(source country, target country or "", CAMEO code) of every event."""
    return {
        (e.source.country or e.source.code, (e.target.country or "") if e.target else "", e.cameo)
        for e in ex.events
    }


def _roots(ex: Extraction) -> set[tuple[str, str, str]]:
    return {(s, t, c[:2]) for s, t, c in _events(ex)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iran warned that it would strike Israel if the attacks continued.", ("IRN", "ISR")),
        ("China warned it would take countermeasures against Japan.", ("CHN", "JPN")),
        ("North Korea warned that it would attack South Korea.", ("PRK", "KOR")),
        ("Turkey threatened that it would launch an offensive against Syria.", ("TUR", "SYR")),
        (
            "Egypt warned that its forces would strike Ethiopia if the dam was filled.",
            ("EGY", "ETH"),
        ),
        ("Russia warned that it would retaliate against Poland.", ("RUS", "POL")),
        (
            "The Kremlin warned that it would cut gas supplies to Moldova if Chisinau joined.",
            ("RUS", "MDA"),
        ),
        ("The Vietnamese government said that its forces would attack Colombia.", ("VNM", "COL")),
        ("Serbia said that it would launch strikes on Argentina.", ("SRB", "ARG")),
        ("Nigeria declared on Friday that it would launch strikes on Niamey.", ("NGA", "NER")),
        ("Iran said it would carry out attacks on Israel.", ("IRN", "ISR")),
    ],
)
def test_a_speakers_own_act_is_its_threat(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    got = _roots(extract(text))
    assert (*want, "13") in got, (text, got)
    assert not any(s == t for s, t, _ in got), (text, got)  # never a self-threat


def test_a_named_other_doer_is_not_the_speaker(extract: Extract) -> None:
    # "X warned that Y would attack Z" keeps Y's act (README), not a threat of X's against Z
    got = _roots(extract("Iran warned that Israel would attack Lebanon."))
    assert ("IRN", "LBN", "13") not in got and ("ISR", "LBN", "13") in got, got


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("India welcomed visiting Bangladeshi Foreign Minister Touhid Hossain.", "IND", "BGD"),
        ("Tokyo welcomed visiting Australian Prime Minister Anthony Albanese.", "JPN", "AUS"),
        ("Kenya welcomed the visiting Somali delegation on Tuesday.", "KEN", "SOM"),
        ("Brazil welcomed Argentina's president to Brasilia.", "BRA", "ARG"),
        ("Canada welcomed Russia's prime minister to Ottawa.", "CAN", "RUS"),
        ("South Korea's president welcomed Abdel Fattah el-Sisi to Seoul.", "KOR", "EGY"),
    ],
)
def test_welcoming_a_visitor_hosts_the_visit(
    extract: Extract, text: str, host: str, guest: str
) -> None:
    got = _events(extract(text))
    assert (host, guest, "043") in got and (guest, host, "042") in got, (text, got)
    assert not any(c == "051" for _, _, c in got), (text, got)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("France welcomed the decision of Germany.", ("FRA", "DEU")),
        ("Japan welcomed South Korea's decision to lift the restrictions.", ("JPN", "KOR")),
    ],
)
def test_welcoming_a_decision_stays_praise(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    assert (*want, "051") in _events(extract(text))


@pytest.mark.parametrize(
    ("text", "doer", "victim"),
    [
        ("The Armenian positions came under shelling from Azerbaijan.", "AZE", "ARM"),
        ("A Ukrainian patrol came under fire from Russia.", "RUS", "UKR"),
        ("Indian troops came under attack from Pakistani forces.", "PAK", "IND"),
        ("A Turkish convoy came under heavy fire from Syrian forces.", "SYR", "TUR"),
        ("A Belarusian outpost came under shelling from Algerian forces.", "DZA", "BLR"),
        ("Israeli troops opened fire on Lebanese soldiers.", "ISR", "LBN"),
    ],
)
def test_coming_under_fire_is_the_named_doers_attack(
    extract: Extract, text: str, doer: str, victim: str
) -> None:
    got = _roots(extract(text))
    assert got == {(doer, victim, "19")}, (text, got)


def test_under_pressure_is_no_attack(extract: Extract) -> None:
    assert not any(
        r == "19" for _, _, r in _roots(extract("Seoul came under pressure from Washington."))
    )


@pytest.mark.parametrize(
    ("text", "a", "b", "host", "root"),
    [
        ("Iran and the United States met in talks hosted by Oman.", "IRN", "USA", "OMN", "04"),
        ("Russia and Ukraine held talks hosted by Turkey.", "RUS", "UKR", "TUR", "04"),
        ("Armenia and Azerbaijan met at a summit hosted by Kazakhstan.", "ARM", "AZE", "KAZ", "04"),
        (
            "Sudan and South Sudan signed an agreement at talks hosted by Ethiopia.",
            "SDN",
            "SSD",
            "ETH",
            "05",
        ),
    ],
)
def test_talks_hosted_by_a_third_state(
    extract: Extract, text: str, a: str, b: str, host: str, root: str
) -> None:
    got = _roots(extract(text))
    assert {(a, b, root), (b, a, root), (host, a, "04"), (host, b, "04")} <= got, (text, got)
    assert (a, host, root) not in got or root == "04", got  # the host is no party of a pact
    assert not any(t == host and c != "04" for _, t, c in got), got


def test_a_hunger_strike_is_no_attack(extract: Extract) -> None:
    got = _events(extract("Prisoners launched a hunger strike on Monday."))
    assert {c for _, _, c in got} == {"142"}, got


@pytest.mark.parametrize(
    "text",
    [
        "After talks hosted by Oman, Iran released two American prisoners.",
        "Following a summit hosted by Qatar, Egypt reopened its border with Gaza.",
        "Iran released two American prisoners after talks hosted by Oman.",
    ],
)
def test_a_hosted_scene_is_no_news(extract: Extract, text: str) -> None:
    # talks "hosted by Z" in an "after / following" phrase set the scene: no host event of Z's
    assert not any(c[:2] == "04" for _, _, c in _events(extract(text))), text
