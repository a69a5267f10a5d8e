"""Acts named by a common verb with its object or phrase, and objects behind a quantity."""

from __future__ import annotations

from collections.abc import Callable

from extract_helpers import country_triples

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def test_opening_fire_is_force(extract: Extract) -> None:
    ex = extract("Indian troops opened fire on Pakistani positions in Kashmir.")
    assert country_triples(ex) == {("IND", "PAK", "190")}
    ex = extract("India opened its border to refugees.")
    assert "190" not in {c for _, _, c in country_triples(ex)}


def test_alerts_are_mobilization(extract: Extract) -> None:
    ex = extract("Turkish troops remained on high alert along the Syrian border.")
    assert {c for _, _, c in country_triples(ex)} == {"152"}
    ex = extract("Chile put its army on alert on Tuesday.")
    assert country_triples(ex) == {("CHL", "", "152")}  # the army is what is put on alert


def test_placed_under_arrest_or_investigation(extract: Extract) -> None:
    ex = extract("Iran placed a French journalist under house arrest.")
    assert country_triples(ex) == {("IRN", "FRA", "173")}
    ex = extract("Italian prosecutors put the Russian consul under investigation.")
    assert {c for _, t, c in country_triples(ex) if t == "RUS"} == {"090"}


def test_cyber_operations_are_coercion(extract: Extract) -> None:
    for text in (
        "Russian hackers defaced hundreds of Estonian websites.",
        "Russian hackers launched a cyber attack on Estonian banks.",
    ):
        ex = extract(text)
        assert {(e.source.code[:3], e.plover, e.mode) for e in ex.events} == {
            ("RUS", "COERCE", "cyber")
        }, text


def test_an_object_behind_a_quantity_counts(extract: Extract) -> None:
    ex = extract("Japan suspended part of its economic aid to Myanmar.")
    assert country_triples(ex) == {("JPN", "MMR", "162")}


def test_tightening_and_reopening(extract: Extract) -> None:
    ex = extract("The EU tightened sanctions on Belarus on Monday.")
    assert {(e.target.code[:3] if e.target else "", e.plover) for e in ex.events} == {
        ("BLR", "SANCTION")
    }
    ex = extract("NATO warships tightened the blockade of Libya.")
    assert {c for _, t, c in country_triples(ex) if t == "LBY"} == {"191"}
    ex = extract("Kenya reopened its borders to Somali refugees.")
    assert country_triples(ex) == {("KEN", "SOM", "075")}


def test_readying_force_is_mobilization(extract: Extract) -> None:
    ex = extract("The Georgian army prepared to resume shelling rebel positions in Abkhazia.")
    assert {(e.cameo, e.plover, e.factuality) for e in ex.events} == {
        ("150", "MOBILIZE", "asserted")
    }
    ex = extract("Georgia said it would attack Russia.")  # announcing force stays a threat
    assert {e.plover for e in ex.events} == {"THREATEN"}


def test_peacekeepers_sent_are_military_protection(extract: Extract) -> None:
    for text in (
        "The deployment of Kenyan peacekeeping troops in Somalia began on Monday.",
        "Kenya deployed peacekeeping troops in Somalia.",
    ):
        assert {(e.cameo, e.plover) for e in extract(text).events} == {("074", "AID")}, text
    ex = extract("Kenya deployed troops along the Somali border.")
    assert {e.plover for e in ex.events} == {"MOBILIZE"}


def test_formal_protests_by_note_or_demarche(extract: Extract) -> None:
    # a note handed, delivered or sent in protest is a formal complaint (114), not a message
    # (010) nor a delivery of aid (07)
    for text, want in (
        ("Vietnam handed a protest note to China's ambassador.", ("VNM", "CHN", "114")),
        ("Greece delivered a note of protest to Turkey.", ("GRC", "TUR", "114")),
        ("Chile sent a protest note to Bolivia on Tuesday.", ("CHL", "BOL", "114")),
        ("Britain issued a demarche to Russia.", ("GBR", "RUS", "114")),
    ):
        assert country_triples(extract(text)) == {want}, text
    assert country_triples(extract("Russia delivered weapons to Syria.")) == {("RUS", "SYR", "072")}
    assert {c for _, _, c in country_triples(extract("Russia sent a message to Japan."))} == {"010"}


def test_accusation_and_rejection_by_multiword_acts(extract: Extract) -> None:
    ex = extract("Russia held Ukraine responsible for the attack on the dam.")
    assert country_triples(ex) == {("RUS", "UKR", "112")}
    ex = extract("Venezuela brushed aside objections from Guyana.")
    assert ("VEN", "GUY", "120") in country_triples(ex)
    ex = extract("Hungary held talks with Austria.")  # "hold" alone stays a light verb
    assert {c[:2] for _, _, c in country_triples(ex)} == {"04"}


def test_halted_negotiations(extract: Extract) -> None:
    for text in (
        "China cut off military talks with the United States.",
        "Canada paused trade talks with India.",
        "Israel suspended negotiations with Egypt.",
        "Canada's suspension of talks with Argentina dominated the headlines.",
    ):
        assert {c for _, _, c in country_triples(extract(text))} == {"164"}, text


def test_travel_for_talks_is_a_visit(extract: Extract) -> None:
    ex = extract("Narendra Modi landed in Moscow for a two-day visit.")
    assert ("IND", "RUS", "042") in country_triples(ex)
    ex = extract("The Japanese prime minister headed to Washington for talks.")
    assert ("JPN", "USA", "042") in country_triples(ex)
    # a missile that lands somewhere pays no visit
    ex = extract("A North Korean missile landed in Japan's exclusive economic zone.")
    assert not {c for _, _, c in country_triples(ex) if c.startswith("04")}


def test_a_phone_call_on_a_weekday_is_no_appeal(extract: Extract) -> None:
    ex = extract("Moscow held a phone call with Kabul on Monday.")
    assert {c for _, _, c in country_triples(ex)} == {"041"}
    ex = extract("Poland's call on Germany to send tanks surprised observers.")
    assert {c[:2] for _, _, c in country_triples(ex)} == {"02"}


def test_representations_and_summons_to_protest(extract: Extract) -> None:
    ex = extract("Beijing lodged stern representations with Washington.")
    assert country_triples(ex) == {("CHN", "USA", "114")}
    # quotation marks on the object of a light verb give the official wording of the act
    ex = extract('China lodged "stern representations" with the Philippines on Monday.')
    assert country_triples(ex) == {("CHN", "PHL", "114")}
    ex = extract('Seoul called the launch a "grave provocation".')  # a label stays no act
    assert {c for _, _, c in country_triples(ex)} == {"111"}
    ex = extract("India registered a strong protest with Nepal.")
    assert country_triples(ex) == {("IND", "NPL", "114")}
    ex = extract("Jordan summoned the Israeli charge d'affaires to protest.")
    assert {(s, t, c[:2]) for s, t, c in country_triples(ex)} == {("JOR", "ISR", "11")}
    ex = extract("Britain reduced its diplomatic representation in Russia.")
    assert country_triples(ex) == {("GBR", "RUS", "161")}


def test_what_is_sent_decides_the_act(extract: Extract) -> None:
    ex = extract("China sent warships near Taiwan.")
    assert country_triples(ex) == {("CHN", "TWN", "150")}
    ex = extract("India sent an envoy to Bangladesh.")
    assert ("IND", "BGD", "042") in country_triples(ex)
    ex = extract("Germany sent humanitarian aid to Turkey.")
    assert {c[:2] for _, _, c in country_triples(ex)} == {"07"}


def test_meetings_by_a_multiword_act(extract: Extract) -> None:
    ex = extract("Oman facilitated indirect talks between Iran and the United States.")
    assert {("OMN", "IRN", "045"), ("OMN", "USA", "045")} <= country_triples(ex)
    ex = extract("Lavrov sat down with Wang Yi in Beijing.")
    assert ("RUS", "CHN", "040") in country_triples(ex)
    assert extract("The children sat down with their teachers.").events == []
    ex = extract("Japan held a video call with China.")
    assert {c for _, _, c in country_triples(ex)} == {"041"}


def test_force_by_a_light_verb_or_a_named_target(extract: Extract) -> None:
    ex = extract("Russia unleashed a barrage of missiles on Ukraine.")
    assert country_triples(ex) == {("RUS", "UKR", "190")}
    ex = extract("Houthi rebels targeted a British tanker.")
    assert country_triples(ex) == {("YEM", "GBR", "190")}
    # what sanctions "target" is no place under fire
    assert extract("The new sanctions target Russian banks.").events == []


def test_ties_restored_by_two_states_and_negotiations_entered(extract: Extract) -> None:
    ex = extract("Chile and Peru restored diplomatic relations on Tuesday.")
    assert country_triples(ex) == {("CHL", "PER", "050"), ("PER", "CHL", "050")}
    ex = extract("Britain entered into negotiations with Norway.")
    assert ("GBR", "NOR", "046") in country_triples(ex)
