"""pairs22 (issue 9, round 17): fresh11's plural role nouns and pairs, each tested on short
sentences with states and words other than the set's.

- "the foreign ministers of the two countries" / "their foreign ministers" are the story's pair,
  one office each (``_pair_roles``; class J), and a meeting place is no party;
- "A and B urged both governments" aims the appeal at the story's pair, not at each other
  (``_referring._straddles``; class CJ);
- "neither president has offered to talk" is the pair, negated (class NE);
- "X, whom he accused of ..." is X (``_relative_objects``; class RP);
- "cut the aid it gives X" is aimed at X (``parties.relative_recipient``; class RL);
- "X's envoy was summoned in Y's capital and handed a protest" is Y -> X
  (``parties.summoned_and_handed``; class AP);
- "the ambassador" is the ambassador the story named, "the deportees" the people of the
  story's deportation and the unplaced officers who beat them the deporter's
  (``_pair_roles.same_envoy``, ``story_group``, ``parties.story_groups``; class G).
"""

from __future__ import annotations

from typing import Any

import pytest
from extract_helpers import Extract, country_roots, root_events, word

from realpolitik.extract._relative_objects import relative_antecedent


@pytest.mark.parametrize(
    ("text", "pronoun", "want"),
    [
        ("Lula would not take lectures from Milei, whom he accused of lying.", "whom", "Milei"),
        ("Ruto praised Museveni, with whom he held talks.", "whom", "Museveni"),
        ("Ruto praised Museveni, who signed the deal.", "who", "Museveni"),
        ("Nobody knows whom he accused.", "whom", None),  # (no relative clause)
        ("Ruto praised the deal, which Museveni signed.", "which", None),  # (a thing)
    ],
)  # fmt: skip
def test_relative_antecedent(nlp: Any, text: str, pronoun: str, want: str | None) -> None:
    got = relative_antecedent(word(nlp(text), pronoun))
    assert (got.text if got is not None else None) == want


_BOTH_WAYS = {("PER", "BOL", "04"), ("BOL", "PER", "04")}


@pytest.mark.parametrize(
    "text",
    [
        "Peru recalled its ambassador from Bolivia on Monday. The foreign ministers of the two "
        "countries spoke by telephone on Tuesday and agreed to meet in Quito next week.",
        "Peru accused Bolivia of violating the treaty. The leaders of both nations met in "
        "Santiago on Friday.",
        "Peru and Bolivia are locked in a dispute over the lake. Their foreign ministers met "
        "in Quito on Friday.",
        "Peru and Bolivia are locked in a dispute over the lake. The envoys of the two "
        "neighbours held talks in Quito on Friday.",
    ],
)
def test_role_nouns_of_the_pair(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    assert got >= _BOTH_WAYS
    assert not {k for k in got if "ECU" in k[:2] or "CHL" in k[:2]}  # (the meeting place)


def test_the_foreign_ministers_and_their_meeting_place(extract: Extract) -> None:
    """Uncounted office-holders are the story's pair as "the ministers" are; where they agree
    to meet is a venue, never a target (also when the doers are not read)."""
    text = (
        "Peru accused Bolivia of violating the treaty. The foreign ministers spoke by telephone "
        "and agreed to meet in Quito."
    )
    got = country_roots(extract(text, date="2025-03-10"))
    assert {("PER", "BOL", "04"), ("BOL", "PER", "04"), ("PER", "BOL", "03")} <= got
    unread = (
        "Peru accused Bolivia of lying. Officials spoke by telephone and agreed to meet in Quito."
    )
    assert not {k for k in country_roots(extract(unread)) if k[1] == "ECU"}


def test_their_without_a_coordinated_subject_is_not_the_pair(extract: Extract) -> None:
    """ "Chile accused Peru ... Their ministers": "their" names no pair by itself."""
    text = "Peru accused Bolivia of violating the treaty. Their foreign ministers met on Friday."
    got = country_roots(extract(text, date="2025-03-10"))
    assert ("BOL", "PER", "04") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Colombia imposed tariffs on Ecuador last month. Brazil and Chile on Tuesday urged both "
        "governments to return to talks.",
        "Colombia and Ecuador have traded accusations for months. Brazil and Chile have called "
        "on the two sides to settle the dispute through talks.",
    ],
)
def test_coordinated_appellants_are_not_each_others_targets(extract: Extract, text: str) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    want = {(a, b, "02") for a in ("BRA", "CHL") for b in ("COL", "ECU")}
    assert want <= got
    assert ("BRA", "CHL", "02") not in got and ("CHL", "BRA", "02") not in got


@pytest.mark.parametrize("neither", ["Neither president", "Neither government", "Neither"])
def test_neither_is_the_pair_negated(extract: Extract, neither: str) -> None:
    text = f"Kenya and Uganda clashed on the border. {neither} has offered to talk."
    got = root_events(extract(text, date="2025-03-10"))
    assert {("KEN", "UGA", "03", "negated"), ("UGA", "KEN", "03", "negated")} <= got
    assert not {e for e in got if e[2] == "03" and e[3] == "asserted"}


def test_whom_he_accused(extract: Extract) -> None:
    text = (
        "President Lula said Brazil would not take lectures from Milei, whom he accused of lying."
    )
    got = country_roots(extract(text, date="2024-06-20"))
    assert ("BRA", "ARG", "11") in got and ("BRA", "BRA", "11") not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Japan cut the aid it gives Laos.", ("JPN", "LAO", "16")),
        ("Japan suspended the aid it sends to Laos.", ("JPN", "LAO", "16")),
        ("India raised the duty it charges on Nepalese goods.", ("IND", "NPL", "16")),
        ("Kazakhstan raised the fee it charges Uzbekistan to move gas.", ("KAZ", "UZB", "16")),
    ],
)  # fmt: skip
def test_recipient_in_the_objects_relative_clause(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    assert want in got
    assert (want[0], want[1], "11") not in got  # ("the fee it charges X": no accusation)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Argentina's ambassador was called in to the ministry in Santiago on Thursday and "
         "handed a formal protest.", ("CHL", "ARG", "11")),
        ("Peru's envoy was summoned to the foreign ministry in Quito and given a protest note.",
         ("ECU", "PER", "11")),
        ("India's high commissioner was called in by Nepal's foreign ministry and handed a "
         "formal protest.", ("NPL", "IND", "11")),
    ],
)  # fmt: skip
def test_handed_after_a_passive_summons(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    assert want in got
    assert not {k for k in got if k[0] == want[1] and k[2] == "11"}  # (never the envoy's)


def test_the_ambassador_is_the_one_named(extract: Extract) -> None:
    text = (
        "Ghana's foreign minister summoned Togo's ambassador on Monday. The ambassador "
        "rejected Ghana's protest."
    )
    got = country_roots(extract(text, date="2025-03-10"))
    assert ("TGO", "GHA", "12") in got
    assert not {k for k in got if k[0] == "---"}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kenya deported 40 Tanzanian traders last week. Officers had beaten several of the "
         "deportees, Tanzania's consul said.", ("KEN", "TZA", "18")),
        ("Botswana deported 200 Zimbabweans on Monday. Police had beaten some of the deportees, "
         "Zimbabwe's labour minister said.", ("BWA", "ZWE", "18")),
        ("Ghana detained 12 Togolese fishermen on Monday. Togo's consul said soldiers had beaten "
         "the detainees.", ("GHA", "TGO", "18")),
    ],
)  # fmt: skip
def test_the_deportees_and_their_handlers(
    extract: Extract, text: str, want: tuple[str, str, str]
) -> None:
    got = country_roots(extract(text, date="2025-03-10"))
    assert want in got
    assert not {k for k in got if k[2] == "18" and k[0] in ("---", want[1])}


def test_the_deportees_with_no_deportation_are_no_one(extract: Extract) -> None:
    """No act done to them before: "the deportees" name no state."""
    text = "Tanzania's consul said officers had beaten several of the deportees."
    got = country_roots(extract(text, date="2025-03-10"))
    assert not {k for k in got if k[2] == "18" and k[1] == "TZA" and k[0] not in ("---", "TZA")}
