"""parties32 on minimal sentences: a state whose own name is plural ("The Philippines", "the
Solomon Islands", "the United Arab Emirates", tagged NNPS) is one singular antecedent, so the
plural-group rule of ``_plural_owner`` leaves its "its" alone; a plural group of a demonym
("Argentine forces") still passes it on. The suite's tables: ``phenomena_parties32.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The Philippines has made good on its pledge to lift its sanctions on Armenia.",
         ("PHL", "ARM", "08", "asserted")),
        ("The Solomon Islands has kept its promise to withdraw its troops from Fiji.",
         ("SLB", "FJI", "08", "asserted")),
        ("The United Arab Emirates has honoured its pledge to lift its embargo on Qatar.",
         ("ARE", "QAT", "08", "asserted")),
        ("The Bahamas have kept their promise to send aid to Haiti.",
         ("BHS", "HTI", "07", "asserted")),
        ("The Maldives said Indian jets had violated its airspace.",
         ("IND", "MDV", "15", "reported")),
    ],
)  # fmt: skip
def test_plural_named_state_owns_its(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """The pronoun is the plural-named state."""
    got = root_events(extract(text))
    assert key in got, got


def test_plural_group_still_passed_over(extract: Extract) -> None:
    """A demonym's plural group is still no antecedent of "its" (leftovers26)."""
    got = root_events(extract("Chile alleged Argentine troops had detained its fishermen."))
    assert ("ARG", "CHL", "17", "reported") in got, got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Japan gave China a warning.", ("JPN", "CHN", "13", "asserted")),
        ("Japan gave China a stern warning over the islands.", ("JPN", "CHN", "13", "asserted")),
        ("Ukraine gave India assurances.", ("UKR", "IND", "03", "asserted")),
        ("Poland gave South Korea security guarantees.", ("POL", "KOR", "03", "asserted")),
        ("Kenya gave the United States assurances.", ("KEN", "USA", "03", "asserted")),
        ("Japan made China an offer of talks.", ("JPN", "CHN", "03", "asserted")),
        ("Kenya made Uganda a promise.", ("KEN", "UGA", "03", "asserted")),
    ],
)  # fmt: skip
def test_given_noun_is_its_act(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """The noun's act, from the giver to the indirect object; never aid."""
    got = root_events(extract(text))
    assert key in got, got
    assert not any(k[2] == "07" for k in got), got


@pytest.mark.parametrize(
    ("text", "key", "wrong"),
    [
        ("France scrambled jets after Brazil bombed Beijing.",
         ("FRA", "BRA", "15", "asserted"), ("FRA", "CHN", "19", "asserted")),
        ("France scrambled jets as Ethiopian missiles struck China.",
         ("FRA", "ETH", "15", "asserted"), ("FRA", "CHN", "19", "asserted")),
        ("Poland scrambled aircraft as Russia struck Ukraine.",
         ("POL", "RUS", "15", "asserted"), ("POL", "UKR", "19", "asserted")),
    ],
)  # fmt: skip
def test_occasion_clause_subject(
    extract: Extract, text: str, key: tuple[str, ...], wrong: tuple[str, ...]
) -> None:
    """ "after Brazil bombed": Brazil is the clause's subject (never the main subject's act)."""
    got = root_events(extract(text))
    assert key in got and wrong not in got, got


def test_subject_on_had(extract: Extract) -> None:
    """ "it had scrambled": the subject the parser hung on "had" is the participle's."""
    text = "Russia struck western Ukraine overnight. Poland said it had scrambled aircraft."
    got = root_events(extract(text))
    assert ("POL", "RUS", "15", "reported") in got, got
