"""Office-holders of small states, namesakes, joint subjects and ethnonyms (issue 9, names14:
fresh6's classes A, NM and DM), on minimal documents: the people table holds the heads of state
and government of the UN's members (2022-2026); a written possessive or "of STATE" beside a
name beats the table's surname of another person; a given name alone is no short form; a
titled name conjoined to a counterpart is placed by the dateline, never in the counterpart's
state; "her government" is the state of the person she is; "wanted for" is no hedge. The suite
crosses the same with many states (phenomena_names14.py)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, country_roots, root_events

from realpolitik.actors import ActorRegistry
from realpolitik.actors._tables import _people

# -- the people table --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "date", "code"),
    [
        ("Adama Barrow", "2025-03-01", "GMBGOV"),
        ("Sam Matekane", "2025-03-01", "LSOGOV"),
        ("Kristrun Frostadottir", "2025-03-01", "ISLGOV"),
        ("Hilda Heine", "2025-03-01", "MHLGOV"),
        ("Wesley Simina", "2025-03-01", "FSMGOV"),
        ("Julius Maada Bio", "2025-03-01", "SLEGOV"),
        ("Mamady Doumbouya", "2025-03-01", "GINGOV"),
        ("Gaston Browne", "2025-03-01", "ATGGOV"),
        ("Terrance Drew", "2025-03-01", "KNAGOV"),
        ("Natasa Pirc Musar", "2025-03-01", "SVNGOV"),
        ("Luca Beccari", "2025-03-01", "SMRGOV"),
        ("Brigitte Haas", "2025-06-01", "LIEGOV"),
        ("Daniel Risch", "2025-06-01", "LIEELI"),  # (out of office: the state's elite)
        ("Wavel Ramkalawan", "2024-06-01", "SYCGOV"),
        ("Aisake Eke", "2025-03-01", "TONGOV"),
        ("Mohamed Muizzu", "2024-06-20", "MDVGOV"),
        ("Sonexay Siphandone", "2024-06-20", "LAOGOV"),
    ],
)
def test_small_states_office_holders(
    registry: ActorRegistry, name: str, date: str, code: str
) -> None:
    ref = registry.resolve(name, date)
    assert ref is not None and ref.code == code, (name, ref)


def test_every_un_member_has_a_head_in_the_table() -> None:
    """Each UN member state has a head of state or of government in 2025 (realms whose head of
    state is the British king, and states led by a collective or rotating body, aside)."""
    held = {
        e.code[:3]
        for e in _people()
        if e.office in ("HOS", "HOG")
        and (e.valid_from or "") <= "2025-03-01"
        and (e.valid_until is None or e.valid_until >= "2025-03-01")
    }
    for iso3 in ("GMB", "LSO", "TON", "WSM", "ISL", "LIE", "MHL", "FSM", "SYC", "BRN", "SLE"):
        assert iso3 in held, iso3
    for iso3 in ("SWZ", "KNA", "LCA", "BHS", "ATG", "SVN", "STP", "MCO", "AND", "GIN", "GNB"):
        assert iso3 in held, iso3


@pytest.mark.parametrize(
    "word", ["Ibrahim", "Meta", "Davis", "Pierre", "Henry", "Boko", "Chapo", "Mason", "Smith"]
)
def test_no_short_form_from_a_given_name_or_a_common_word(
    registry: ActorRegistry, word: str
) -> None:
    """ "Ibrahim" is not Anwar Ibrahim; "Meta", "Davis" or "Pierre" alone are no leader."""
    ref = registry.resolve(word, "2025-03-01")
    assert ref is None or ref.name is None, (word, ref)


def test_boko_haram_stays_the_group(registry: ActorRegistry) -> None:
    ref = registry.resolve("Boko Haram", "2025-03-01")
    assert ref is not None and ref.code == "NGAREB"


# -- a namesake of a table leader ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "wrong"),
    [
        ("Grenada's Dickon Hague criticized Dominica.", ("GRD", "DMA", "11"), "GBR"),
        ("Dickon Hague of Grenada criticized Dominica.", ("GRD", "DMA", "11"), "GBR"),
        ("Grenadian Prime Minister Dickon Hague criticized Dominica.", ("GRD", "DMA", "11"), "GBR"),
        ("Tonga's Lina Barrow praised Fiji.", ("TON", "FJI", "05"), "GMB"),
        ("The United States' Lina Buhari thanked Syria for its support.", ("USA", "SYR", "05"),
         "NGA"),
    ],
)  # fmt: skip
def test_the_written_state_beats_a_namesake(
    extract: Extract, text: str, want: tuple[str, str, str], wrong: str
) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert want in got
    assert not any(wrong in (s, t) for s, t, _ in got), got


def test_the_leader_himself_is_still_his(extract: Extract) -> None:
    """The same surname after his own given name, or after his own state, stays the leader."""
    got = country_roots(extract("Britain's William Hague criticized Iran.", date="2012-03-01"))
    assert ("GBR", "IRN", "11") in got


def test_a_given_name_alone_is_not_a_leader(extract: Extract) -> None:
    got = country_roots(extract("Nigeria's Ibrahim Temba criticized Ghana.", date="2025-03-01"))
    assert got == {("NGA", "GHA", "11")}


# -- joint subjects, "her government" -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("ACCRA, March 3 (Wire) - President Lina Vesk and her Togolese counterpart Kofi Temba "
         "signed a trade pact.", "GHA"),
        ("BANJUL, March 3 (Wire) - President Ana Malvik and Senegal's President Kofi Temba "
         "signed an agreement on fisheries.", "GMB"),
        # parsed "[NAME and Senegal]'s President NAME": a titled person owns no president
        ("MAJURO, March 3 (Wire) - President Dickon Quorven and Azerbaijan's President Sela "
         "Temba signed an agreement on fisheries on Tuesday.", "MHL"),
        ("MAJURO, March 3 (Wire) - President Dickon Quorven and Azerbaijan's president, Sela "
         "Temba, signed an agreement on fisheries.", "MHL"),
        ("Ghana's President Lina Vesk and her Togolese counterpart Kofi Temba signed a trade "
         "pact.", "GHA"),
    ],
)  # fmt: skip
def test_joint_subject_two_makers(extract: Extract, text: str, first: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    other = "SEN" if "Senegal" in text else "AZE" if "Azerbaijan" in text else "TGO"
    assert (first, other, "05") in got and (other, first, "05") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "President Lina Vesk and her Togolese counterpart Kofi Temba signed a trade pact.",
        "President Lina Vesk and Togo's President Kofi Temba criticized Benin.",
        "President Tomas Kettel and her Indian counterpart Sela Dravon signed a trade pact.",
    ],
)
def test_unplaced_first_maker_is_not_the_counterparts(extract: Extract, text: str) -> None:
    """No dateline and no country for the first name: never the counterpart's state, in
    either direction."""
    for src, tgt, _root, _fact in root_events(extract(text, date="2025-03-01")):
        assert src != tgt, (src, tgt)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's President Lina Vesk visited Togo. Her government pledged aid to Togo.",
        "President Lina Vesk of Ghana visited Togo. Her government sent relief supplies to Lome.",
        "ACCRA, March 3 (Wire) - President Lina Vesk visited Togo. Her government pledged aid to "
        "Togo.",
        "Ghana's president visited Togo. His government pledged aid to Togo.",
    ],
)
def test_her_government_is_her_state(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-01"))
    assert any(s == "GHA" and t == "TGO" and r in ("03", "07") for s, t, r in got), got
    assert not any(s == "TGO" for s, _, _ in got), got


def test_unresolved_government_is_not_the_addressee(extract: Extract) -> None:
    got = root_events(
        extract("President Lina Vesk visited Togo. Her government pledged aid to Togo.")
    )
    assert not any(s == t for s, t, _, _ in got), got


# -- "wanted for" ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two Batswana men wanted for a robbery in Gaborone were arrested in Harare by "
         "Zimbabwean police.", ("ZWE", "BWA", "17", "asserted")),
        ("Two Nauruans wanted for fraud in Yaren were arrested in Suva by Fijian police.",
         ("FJI", "NRU", "17", "asserted")),
        ("A Tongan national wanted for fraud was detained in Suva by Fijian police.",
         ("FJI", "TON", "17", "asserted")),
    ],
)  # fmt: skip
def test_wanted_for_is_no_hedge(
    extract: Extract, text: str, want: tuple[str, str, str, str]
) -> None:
    assert want in root_events(extract(text, date="2025-03-01"))


def test_wanting_an_arrest_is_still_possible(extract: Extract) -> None:
    got = root_events(extract("Kenya wanted to arrest two Ugandan men.", date="2025-03-01"))
    assert ("KEN", "UGA", "17", "possible") in got
