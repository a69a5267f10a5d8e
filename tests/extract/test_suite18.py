"""The suite's false assertions on other seeds (issue 9 round 17, suite18): a warning told to a
state about an act the sentence leaves unowned is no criticism of that state (GUIDE rule 2),
"demanded that the firm pay compensation" is the firm's clause, not the demander's own
state's; "the freezing of aid" is reduced aid; a statement saying a plain thing is no event; a
welcome after a long arrival clause is hosting."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from extract_helpers import root_events

from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


@pytest.mark.parametrize(
    "text",
    [
        "Japan warned China that the deployment would undermine the talks.",
        "The French foreign ministry warned Germany that this move would undermine the talks.",
        "Brazil's president warned Argentina that the decision could damage regional trade.",
        "Moscow told Kyiv that the plan would destabilise the region.",
    ],
)
def test_a_warning_told_to_a_state_about_an_unowned_act_is_no_event(
    extract: Extract, text: str
) -> None:
    assert root_events(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Japan warned China that China's deployment would undermine the talks.", "JPN", "CHN"),
        ("Turkey warned Greece that Cyprus's plan would undermine the talks.", "TUR", "CYP"),
    ],
)
def test_a_warning_about_an_owned_act_still_criticises_its_owner(
    extract: Extract, text: str, source: str, target: str
) -> None:
    assert (source, target, "11", "asserted") in root_events(extract(text))


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya ordered a Ugandan construction firm to stop work. Kenya's government later "
         "demanded that the firm pay compensation.", "KEN", "UGA"),
        ("Brazil ordered the Argentine-owned factory to halt operations. Brazil's environment "
         "minister later demanded that the firm pay compensation.", "BRA", "ARG"),
        ("Chile fined a Peruvian construction firm for polluting a river. Chile later demanded "
         "that the firm pay compensation.", "CHL", "PER"),
    ],
)  # fmt: skip
def test_a_demand_that_the_firm_pay_is_aimed_at_the_firm(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = root_events(extract(text))
    assert (source, target, "10", "asserted") in got, got
    assert not [e for e in got if e[0] == e[1] == source], got  # never the demander's own state


def test_a_demand_that_a_named_state_pay_is_unchanged(extract: Extract) -> None:
    got = root_events(extract("Pakistan insisted that Armenia pay compensation."))
    assert ("PAK", "ARM", "10", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The freezing of military aid to Britain by Belgrade took effect on Monday.", "SRB", "GBR"),
        ("The halting of economic aid to Kenya by Uganda was announced on Monday.", "UGA", "KEN"),
        ("Chile's cutting of development aid to Peru took effect.", "CHL", "PER"),
    ],
)  # fmt: skip
def test_the_freezing_of_aid_is_reduced_aid_never_aid_given(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = root_events(extract(text))
    assert (source, target, "16", "asserted") in got, got
    assert not [e for e in got if e[2] == "07"], got


@pytest.mark.parametrize(
    "text",
    [
        "A Polish embassy statement said Warsaw respected Athens' laws.",
        "A Polish embassy statement said Warsaw respected Greece's laws.",
        "A Kenyan government statement said the talks had been long.",
    ],
)
def test_a_statement_that_says_a_plain_thing_is_no_event(extract: Extract, text: str) -> None:
    assert root_events(extract(text)) == set()


@pytest.mark.parametrize(
    ("text", "visitor", "host"),
    [
        ("Syria's president arrived in Mexico City late on Sunday and was welcomed by Mexico's "
         "president.", "SYR", "MEX"),
        ("Brazil's prime minister landed in Addis Ababa late on Sunday night and was welcomed by "
         "Ethiopia's president.", "BRA", "ETH"),
    ],
)  # fmt: skip
def test_a_welcome_after_a_long_arrival_clause_is_hosting_no_praise(
    extract: Extract, text: str, visitor: str, host: str
) -> None:
    got = root_events(extract(text))
    assert (host, visitor, "04", "asserted") in got, got
    assert not [e for e in got if e[2] == "05"], got
