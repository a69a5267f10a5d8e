"""clauses44's readings (fresh31's classes C, E and D's "welcome the business"), each on a
minimal sentence, with a near miss that keeps its old reading."""

from __future__ import annotations

from realpolitik import extract_text


def _events(text: str) -> set[tuple[str, str, str, str]]:
    got = extract_text(text, date="2025-05-01")
    return {
        (
            e.source.country or "",
            (e.target.country or "") if e.target else "",
            e.cameo,
            e.factuality,
        )
        for e in got.events
    }


def test_weighed_act_has_no_014() -> None:
    got = _events("Ghana would consider more visas for Peruvian miners.")
    assert not any(c == "014" for _, _, c, _ in got)
    got = _events("Canada would consider expelling Russian diplomats.")
    assert not any(c == "014" for _, _, c, _ in got)
    assert got and all(c[:2] in ("13", "16") and f == "possible" for _, _, c, f in got)


def test_deliberation_stays_014() -> None:
    assert ("JPN", "RUS", "014", "asserted") in _events("Japan is considering sanctions on Russia.")
    # A deliberation told as it stands, with a gerund: the codebook's "consider policy option".
    got = _events("Canada is considering expelling Russian diplomats.")
    assert any(c == "014" and f == "asserted" for _, _, c, f in got)


def test_firms_money_is_investment() -> None:
    got = _events("Chilean firms have put more money into Peruvian copper mines.")
    assert ("CHL", "PER", "061", "asserted") in got
    got = _events("Japan has put more money into Indonesia than any state except China.")
    assert any(c[:2] == "07" for _, _, c, _ in got)


def test_bloc_warning_is_no_threat() -> None:
    assert not _events("Russia warned Norway against blocs.")
    got = _events("China warned the United States against interfering in Taiwan.")
    assert any(c[:2] == "13" for _, _, c, _ in got)


def test_ship_sent_to_exercise() -> None:
    got = _events("Mexico said it would send a destroyer to take part in Chile's naval exercise.")
    assert got == {("MEX", "CHL", "062", "possible")}


def test_future_arms_sale_keeps_062() -> None:
    got = _events("Brazil would sell Nigeria up to ten patrol aircraft.")
    assert got == {("BRA", "NGA", "062", "possible")}


def test_expected_redress_is_an_appeal() -> None:
    got = _events("Kenya's foreign minister said Nairobi expected Kampala to apologise.")
    assert any(s == "KEN" and t == "UGA" and c[:2] == "02" for s, t, c, _ in got)


def test_kept_ban_answers_request_two_sentences_back() -> None:
    got = _events(
        "Chile's trade ministry said it had asked Peru to lift a ban on Chilean pork. Chile's "
        "minister wrote to Peru's minister, but Lima has not replied. Peruvian officials said "
        "the ban would stay until Chilean inspectors proved the farms were clean."
    )
    assert ("PER", "CHL", "120", "asserted") in got
    near = _events(
        "Chile asked Peru to return the seized trucks. Chile's minister wrote to Peru's "
        "minister, but Lima has not replied. Peruvian officials said the ban would stay."
    )
    assert not any(c[:2] == "12" for _, _, c, _ in near)


def test_welcomed_business_is_no_act() -> None:
    got = _events(
        "If Germany cut its gas purchases, Norway could turn to Poland, which would welcome "
        "the business."
    )
    assert not any(s == "POL" for s, _, _, _ in got)
