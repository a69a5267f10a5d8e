"""Round 18's leftover classes (leftovers18) on minimal sentences: criminals fought at home,
prices charged, pacts signed in a planned passive, an unnamed office-holder answering a request,
each side's own envoys, accusations and fire traded, rates multiplied or cut, valenced responses,
individuals given hours to leave, fined foreign firms. The suite's tables:
``phenomena_leftovers18.py``; the party stages' cases: ``party_cases_leftovers18.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    "text",
    [
        "Mexico clashed with drug gangs inside its own territory.",
        "Honduran soldiers clashed with drug traffickers near the border with Guatemala.",
        "Brazil's army fought against smugglers along the border with Peru.",
        "Kenyan police battled cattle rustlers in the north.",
        "Nigerian troops skirmished with kidnappers on Monday.",
    ],
)
def test_criminals_fought_at_home_are_no_act(extract: Extract, text: str) -> None:
    """A state's fight with criminals names no party and no interstate act (GUIDE rule 7)."""
    assert code_events(extract(text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Uganda charges Kenya more for fuel.",
        "Ghana charged Togo less for electricity than Benin.",
        "Egypt charges Sudan $5 a barrel for oil.",
        "Russia charged Belarus twice as much for gas.",
    ],
)
def test_prices_charged_are_no_accusation(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert not [k for k in got if k[2].startswith("11")], got


def test_a_charge_with_an_offence_stays_an_accusation(extract: Extract) -> None:
    got = code_events(extract("India charged Pakistan with sponsoring terrorism."))
    assert ("IND", "PAK", "112", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The agreement between Japan and India is to be signed in March.", ("JPN", "IND")),
        ("Norway's treaty with Iceland is to be ratified next year.", ("NOR", "ISL")),
        ("A defence pact between Kenya and Uganda is set to be signed in Kampala.",
         ("KEN", "UGA")),
        ("Peru and Chile reached a trade deal on Monday. The deal is to be signed next month.",
         ("PER", "CHL")),
    ],
)  # fmt: skip
def test_planned_signing_is_possible_both_ways(
    extract: Extract, text: str, pair: tuple[str, str]
) -> None:
    """ "Is to be signed": the signing `possible` (GUIDE rule 4), the pact's or story's pair."""
    got = code_events(extract(text))
    a, b = pair
    signed = {(k[0], k[1]) for k in got if k[2][:2] in ("05", "03") and k[3] == "possible"}
    assert {(a, b), (b, a)} <= signed, got


@pytest.mark.parametrize(
    "text",
    [
        "The agreement between Japan and India was signed in March.",
        "The accord between Japan and India was initialled in Brussels.",
        "The deal between Japan and India was finalised on Friday.",
    ],
)
def test_a_signed_pact_is_asserted_both_ways(extract: Extract, text: str) -> None:
    got = code_events(extract(text))
    assert {("JPN", "IND", "057", "asserted"), ("IND", "JPN", "057", "asserted")} <= got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt asked Sudan to send water engineers, and the ambassador agreed.",
         ("SDN", "EGY", "030", "asserted")),
        ("Germany asked France to extradite the suspect. The minister refused.",
         ("FRA", "DEU", "120", "asserted")),
        ("Kenya urged Uganda to reopen the border. The president declined.",
         ("UGA", "KEN", "120", "asserted")),
    ],
)  # fmt: skip
def test_unnamed_office_holder_answers_for_the_asked_state(
    extract: Extract, text: str, want: Key
) -> None:
    got = code_events(extract(text))
    assert want in got, got
    assert not [k for k in got if k[0] == want[1] and k[2] == want[2]], got  # never the asker's


@pytest.mark.parametrize(
    ("text", "pair", "fact"),
    [
        ("Armenia and Azerbaijan traded fire on the border. Neither side has recalled its"
         " ambassador.", ("ARM", "AZE"), "negated"),
        ("Talks between Peru and Chile collapsed. Neither government has expelled the other's"
         " diplomats.", ("PER", "CHL"), "negated"),
        ("Ghana and Togo clashed over the border. Both countries recalled their ambassadors.",
         ("GHA", "TGO"), "asserted"),
    ],
)  # fmt: skip
def test_each_sides_own_envoys_are_in_the_other_side(
    extract: Extract, text: str, pair: tuple[str, str], fact: str
) -> None:
    got = code_events(extract(text))
    a, b = pair
    assert {(a, b, "161", fact), (b, a, "161", fact)} <= got, got
    assert not [k for k in got if k[2] == "161" and k[1] in ("", "---")], got


@pytest.mark.parametrize(
    ("text", "pair", "code"),
    [
        ("India and Pakistan traded accusations over the attack.", ("IND", "PAK"), "112"),
        ("Armenia traded accusations with Mexico on Monday.", ("ARM", "MEX"), "112"),
        ("Russia and Ukraine traded blame for the strike.", ("RUS", "UKR"), "112"),
        ("Serbia and Kosovo exchanged barbs on Monday.", ("SRB", "KSV"), "111"),
        ("Greece exchanged insults with Turkey.", ("GRC", "TUR"), "111"),
        ("Peru and Chile exchanged threats.", ("PER", "CHL"), "130"),
        ("Ethiopia and Eritrea traded fire along the border.", ("ETH", "ERI"), "193"),
        ("India and Pakistan exchanged shells across the frontier.", ("IND", "PAK"), "194"),
    ],
)  # fmt: skip
def test_traded_accusations_and_fire_go_both_ways(
    extract: Extract, text: str, pair: tuple[str, str], code: str
) -> None:
    got = code_events(extract(text))
    a, b = pair
    assert {(a, b, code, "asserted"), (b, a, code, "asserted")} <= got, got
    assert not [k for k in got if k[2].startswith("06")], got  # no trade


def test_fire_traded_with_a_named_side_is_the_subjects(extract: Extract) -> None:
    """ "A traded fire with B": A's force on B (as "exchanged fire with", lex9_r19)."""
    got = code_events(extract("Israel traded fire with Egypt on Tuesday."))
    assert ("ISR", "EGY", "193", "asserted") in got, got


def test_goods_traded_stay_trade(extract: Extract) -> None:
    got = code_events(extract("Japan and South Korea traded goods worth $10 billion."))
    assert ("JPN", "KOR", "061", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Canada tripled the fee on Chinese steel.", ("CAN", "CHN", "163", "asserted")),
        ("China doubled the tariff on Australian wine.", ("CHN", "AUS", "163", "asserted")),
        ("Brazil quadrupled import duties on Argentine cars.", ("BRA", "ARG", "163", "asserted")),
        ("Kenya halved the levy on Ugandan sugar.", ("KEN", "UGA", "085", "asserted")),
        ("India slashed tariffs on Bhutanese goods.", ("IND", "BTN", "085", "asserted")),
    ],
)
def test_rates_multiplied_or_cut(extract: Extract, text: str, want: Key) -> None:
    got = code_events(extract(text))
    assert want in got, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan responded positively to China's proposal.", ("JPN", "CHN", "051", "asserted")),
        ("France responded favourably to Germany's offer.", ("FRA", "DEU", "051", "asserted")),
        ("Iran responded negatively to Qatar's request.", ("IRN", "QAT", "120", "asserted")),
    ],
)
def test_valenced_responses(extract: Extract, text: str, want: Key) -> None:
    assert want in code_events(extract(text))


def test_a_bare_response_codes_nothing(extract: Extract) -> None:
    assert code_events(extract("Iran responded to Qatar's request for talks.")) == set()


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russia gave five Estonian nationals 48 hours to leave the country.",
         ("EST", "174")),
        ("Two Kenyan journalists were given 72 hours to leave Tanzania.", ("KEN", "174")),
        ("Mali ordered French nationals to leave the country.", ("FRA", "174")),
        ("Russia told two British journalists to leave the country.", ("GBR", "174")),
        ("Iran gave the British ambassador a week to leave.", ("GBR", "161")),
        ("Iceland gave three Russian journalists until Friday to leave.", ("RUS", "174")),
        ("Iceland gave the Russian ambassador until Friday to leave the country.", ("RUS", "161")),
        ("Brazil ordered two Qatari nationals to leave.", ("QAT", "174")),
        ("Chad ordered the French ambassador to leave the country.", ("FRA", "161")),
    ],
)  # fmt: skip
def test_individuals_given_hours_to_leave_are_deported(
    extract: Extract, text: str, want: tuple[str, str]
) -> None:
    """Individuals deported 174, diplomats expelled 161 (GUIDE rule 7 "Expulsions")."""
    got = code_events(extract(text))
    assert [k for k in got if k[1] == want[0] and k[2] == want[1]], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zambia fined a Chinese-owned company $2 million.", {("ZMB", "CHN", "172", "asserted")}),
        ("Chile fined a Peru-based firm $1 million.", {("CHL", "PER", "172", "asserted")}),
        # (the ordered compensation a demand of economic aid, 1031, as PETRARCH2's DEMAND
        # COMPENSATION row, since leftovers33 made "compensate" monetary aid)
        ("Kenya fined an Indian-run plant and ordered the firm to compensate farmers.",
         {("KEN", "IND", "172", "asserted"), ("KEN", "IND", "1031", "asserted")}),
        ("Latvia fined a Russian company and demanded that the firm pay damages.",
         {("LVA", "RUS", "172", "asserted"), ("LVA", "RUS", "100", "asserted")}),
    ],
)  # fmt: skip
def test_fined_firm_is_its_states_business(extract: Extract, text: str, want: set[Key]) -> None:
    assert want <= code_events(extract(text))
