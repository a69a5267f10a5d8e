"""Round 17's leftover classes (leftovers17) on minimal sentences: pending acts ("yet to V"),
acts of a group a state is named among or joins, deadlines to leave (expulsions), mediators'
offers, debts paid for another state, and arms systems named by what they defend. The suite's
tables: ``phenomena_leftovers17.py``."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events

Key = tuple[str, str, str, str]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Iraq is still yet to voice anger at Turkey's strike.", ("IRQ", "TUR", "111", "negated")),
        ("Iraq is yet to voice anger at Turkey's strike.", ("IRQ", "TUR", "111", "negated")),
        ("Ethiopia has still yet to condemn Brazil.", ("ETH", "BRA", "111", "negated")),
        ("France has still yet to voice concern over London's move.",
         ("FRA", "GBR", "012", "negated")),
        ("South Korea has still yet to voice concern over Minsk's move.",
         ("KOR", "BLR", "012", "negated")),
        ("Belarus was still yet to voice concern over Amman's move.",
         ("BLR", "JOR", "012", "negated")),
    ],
)  # fmt: skip
def test_pending_acts_are_negated(extract: Extract, text: str, want: Key) -> None:
    """ "Yet to V": the act pending, negated (GUIDE rules 4-5), also where the tagger read the
    verb as a noun or made it the root under "has"."""
    got = code_events(extract(text))
    assert want in got, got
    assert not [k for k in got if k[3] == "asserted" and k[0] == want[0]], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brazil was among 40 countries that voted to condemn Russia.",
         {("BRA", "RUS", "111", "asserted")}),
        ("Brazil was one of 40 countries that condemned Russia.",
         {("BRA", "RUS", "111", "asserted")}),
        ("Indonesia was one of 90 states that voted for the resolution condemning Myanmar.",
         {("IDN", "MMR", "111", "asserted")}),
        ("Mexico voted for a motion condemning Israel.", {("MEX", "ISR", "111", "asserted")}),
        ("Ireland joined Norway and Spain in recognising Palestine.",
         {("IRL", "PSE", "054", "asserted"), ("NOR", "PSE", "054", "asserted"),
          ("ESP", "PSE", "054", "asserted")}),
        ("Spain joined 20 other states in condemning Russia.",
         {("ESP", "RUS", "111", "asserted")}),
        ("Ghana joined Nigeria in imposing sanctions on Niger.",
         {("GHA", "NER", "163", "asserted"), ("NGA", "NER", "163", "asserted")}),
    ],
)  # fmt: skip
def test_acts_of_listed_and_joining_states(extract: Extract, text: str, want: set[Key]) -> None:
    """The state named among the group, or joining others "in V-ing", does the act; the group
    names no state."""
    got = code_events(extract(text))
    assert want <= got, got


def test_joined_act_aimed_at_no_state_gives_no_cross_pair(extract: Extract) -> None:
    """ "Ghana joined Nigeria in demanding the release of the detained traders": no doer's
    target is the other doer's people."""
    got = code_events(
        extract("Ghana joined Nigeria in demanding the release of the detained traders.")
    )
    assert not {k for k in got if {k[0], k[1]} == {"GHA", "NGA"}}, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Turkish diplomats were given 72 hours to leave Iraq.",
         ("IRQ", "TUR", "161", "asserted")),
        ("Four Russian diplomats were given a week to leave Poland.",
         ("POL", "RUS", "161", "asserted")),
        ("Three Kenyan envoys were granted 72 hours to leave Kampala.",
         ("UGA", "KEN", "161", "asserted")),
        ("Iraq gave the Turkish ambassador 72 hours to leave the country.",
         ("IRQ", "TUR", "161", "asserted")),
        ("Iran gave Greece's ambassador 24 hours to leave the country.",
         ("IRN", "GRC", "161", "asserted")),
        ("Brasilia gave five South African embassy staff 48 hours to leave late on Sunday.",
         ("BRA", "ZAF", "161", "asserted")),
        ("The Turkish ambassador was given 72 hours to leave the country, Iraq's foreign"
         " ministry said.", ("IRQ", "TUR", "161", "reported")),
        ("The Turkish ambassador was summoned, Iraq's foreign ministry said.",
         ("IRQ", "TUR", "110", "reported")),
    ],
)  # fmt: skip
def test_deadlines_to_leave_are_expulsions(extract: Extract, text: str, want: Key) -> None:
    """A deadline to leave is the expulsion (161 for diplomats, GUIDE rule 7), by the state
    left, the giver or the ministry announcing it; nothing given (070)."""
    got = code_events(extract(text))
    assert want in got, got
    assert not [k for k in got if k[2].startswith("07")], got


@pytest.mark.parametrize(
    "text",
    [
        "Iraq gave Turkey 48 hours to respond.",
        "Kenya was given two weeks to repay the loan.",
        "Two Turkish traders were detained, a Polish police spokesman said.",
    ],
)
def test_no_expulsion_without_leaving(extract: Extract, text: str) -> None:
    """A deadline to do anything else is no expulsion; an arrest its police announce keeps no
    guessed doer."""
    got = code_events(extract(text))
    assert not [k for k in got if k[2].startswith("16")], got
    assert not [k for k in got if k[2].startswith("17") and k[0] == "POL"], got


@pytest.mark.parametrize(
    ("text", "mediators", "sides"),
    [
        ("Qatar and Egypt offered to broker talks between Sudan and Chad.",
         {"QAT", "EGY"}, {"SDN", "TCD"}),
        ("Norway and Switzerland have offered to act as mediators between Colombia and"
         " Venezuela.", {"NOR", "CHE"}, {"COL", "VEN"}),
        ("Talks between Peru and Chile collapsed on Monday. Brazil and Argentina offered to act"
         " as mediators between the two countries.", {"BRA", "ARG"}, {"PER", "CHL"}),
    ],
)  # fmt: skip
def test_mediators_offer_to_the_sides(
    extract: Extract, text: str, mediators: set[str], sides: set[str]
) -> None:
    """Mediators' offer is aimed at the sides, never at each other."""
    got = code_events(extract(text))
    offers = {(k[0], k[1]) for k in got if k[2].startswith("03")}
    assert {(m, x) for m in mediators for x in sides} <= offers, got
    assert not [o for o in offers if set(o) <= mediators], got


def test_conditional_mediation_names_no_sides(extract: Extract) -> None:
    """ "If A or B agreed to mediate": alternatives in a condition, no offer to anyone."""
    got = code_events(
        extract(
            "Clashes between Armenia and Azerbaijan killed four soldiers. If Iran or Turkey"
            " agreed to mediate, the standoff could end."
        )
    )
    assert not [k for k in got if k[0] in ("IRN", "TUR")], got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan paid off Syria's arrears to the World Bank.", ("JPN", "SYR", "071", "asserted")),
        ("Saudi Arabia paid Sudan's debts to the IMF.", ("SAU", "SDN", "071", "asserted")),
        ("Saudi Arabia settled Sudan's arrears with the World Bank.",
         ("SAU", "SDN", "071", "asserted")),
        ("Tokyo has cleared Damascus' arrears to the African Development Bank.",
         ("JPN", "SYR", "071", "asserted")),
        ("Germany has repaid Ukraine's debts to the IMF.", ("DEU", "UKR", "071", "asserted")),
        ("Kenya paid off its debt to China.", ("KEN", "CHN", "061", "asserted")),
        ("Iraq settled its debts with Kuwait.", ("IRQ", "KWT", "061", "asserted")),
    ],
)  # fmt: skip
def test_debts_paid_for_another_are_aid(extract: Extract, text: str, want: Key) -> None:
    """Another state's debts paid, settled or cleared for it: monetary aid (071) to it, even with
    the lender named; one's own debt to a creditor: trade (061) with it (GUIDE rule 7)."""
    got = code_events(extract(text))
    assert want in got, got
    assert len({k[2] for k in got}) == 1, got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Hungary purchased air defence systems from Israel.", ("HUN", "ISR", "062", "asserted")),
        ("India acquired air-defence systems from Russia.", ("IND", "RUS", "062", "asserted")),
        ("Morocco ordered rocket systems from the United States.",
         ("MAR", "USA", "062", "asserted")),
        ("Poland acquired fighter jets from South Korea.", ("POL", "KOR", "062", "asserted")),
        ("Vietnam procured drones from Israel.", ("VNM", "ISR", "062", "asserted")),
        ("Israel sold air defence systems to Germany.", ("ISR", "DEU", "062", "asserted")),
        ("Germany's purchase of missile defence systems from Israel was completed.",
         ("DEU", "ISR", "062", "asserted")),
        ("Brazil bought computer systems from China.", ("BRA", "CHN", "061", "asserted")),
    ],
)  # fmt: skip
def test_defence_systems_are_arms(extract: Extract, text: str, want: Key) -> None:
    """Systems named by what they defend or fire are arms (062); a bare "system" is goods."""
    got = code_events(extract(text))
    assert want in got, got
    assert len({k[2] for k in got}) == 1, got
