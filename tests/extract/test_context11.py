"""Reactions whose counterpart is only in an earlier sentence or the other side of a condition
(issue 9, fresh4/fresh3 classes X and E; ``parties.context_earlier``): minimal documents for
each reading and for the guards that keep it from inventing a target."""

from __future__ import annotations

import pytest
from extract_helpers import WANT_NOT_WRONG, Extract, RootEvent, assert_read_not, root_events

# (document, the reading it gives, the reading it must not give)
READINGS: list[tuple[str, RootEvent, RootEvent]] = [
    # X: a protest naming no act answers the act done to the protester a sentence before
    (
        "Russia seized a Norwegian fishing boat. Oslo lodged a formal complaint.",
        ("NOR", "RUS", "11", "asserted"),
        ("NOR", "", "11", "asserted"),
    ),
    (
        "Somalia shelled a Kenyan border town. Nairobi demanded compensation.",
        ("KEN", "SOM", "10", "asserted"),
        ("KEN", "", "10", "asserted"),
    ),
    # X: the act named by a noun of another word, and by a deed noun with no act before
    (
        "France withdrew its troops from Niger. Niger had demanded the withdrawal.",
        ("NER", "FRA", "10", "asserted"),
        ("NER", "", "10", "asserted"),
    ),
    (
        "Greece kept Turkey out of the talks. Ankara condemned the exclusion.",
        ("TUR", "GRC", "11", "asserted"),
        ("TUR", "TUR", "11", "asserted"),
    ),
    # X: no act extracted before: the previous sentence's doer of that word, or of any deed
    (
        "Israel reopened the Rafah crossing. Egypt welcomed the move.",
        ("EGY", "ISR", "05", "asserted"),
        ("EGY", "", "05", "asserted"),
    ),
    # X: never the protesting state's own
    (
        "Kosovo protested the exclusion.",
        ("KSV", "", "11", "asserted"),
        ("KSV", "KSV", "11", "asserted"),
    ),
    # X: the other side of a condition; "the X government" keeps its subject when reordered
    (
        "Should the Venezuelan government refuse to pay, Spain could step in.",
        ("VEN", "ESP", "12", "possible"),
        ("VEN", "VEN", "12", "possible"),
    ),
    (
        "If Kenya asks for help, Uganda would step in.",
        ("KEN", "UGA", "02", "possible"),
        ("KEN", "", "02", "possible"),
    ),
    # E: the decision done to the rejecting state, not the latest deed of the story
    (
        "Nigeria imposed sanctions on Mali. Ghana sent troops to Niger. Mali rejected the "
        "decision.",
        ("MLI", "NGA", "12", "asserted"),
        ("MLI", "GHA", "12", "asserted"),
    ),
]


@pytest.mark.parametrize(WANT_NOT_WRONG, READINGS)
def test_counterpart_from_the_story(
    extract: Extract, text: str, want: RootEvent, wrong: RootEvent
) -> None:
    assert_read_not(extract(text), want, wrong)


# Guards: documents where no earlier act may lend a target.
NO_TARGET: list[tuple[str, RootEvent]] = [
    # the act was done to a third state: the protest answers nothing named
    (
        "Russia seized a Norwegian fishing boat. Sweden lodged a protest.",
        ("SWE", "RUS", "11", "asserted"),
    ),
    # a state named before, in no dyad with the reacting one and with no act of that word
    ("Togo held elections. China opposed the listing.", ("CHN", "TGO", "11", "asserted")),
    # a pledge of one's own act answers no attack
    (
        "Somalia attacked Kenya. Kenya pledged to rebuild its army.",
        ("KEN", "SOM", "03", "asserted"),
    ),
    # E: hosting the summit is no decision
    (
        "The African Union suspended Mali at a summit hosted by Ethiopia's prime minister. "
        "Mali's junta rejected the decision.",
        ("MLI", "ETH", "12", "asserted"),
    ),
]


@pytest.mark.parametrize(("text", "wrong"), NO_TARGET)
def test_no_counterpart_invented(extract: Extract, text: str, wrong: RootEvent) -> None:
    assert wrong not in root_events(extract(text))


def test_a_named_target_of_its_own_wins(extract: Extract) -> None:
    """The sentence names whom the demand is aimed at: the earlier act lends nothing."""
    got = root_events(
        extract("Russia seized a Norwegian fishing boat. Norway demanded that Denmark pay.")
    )
    assert ("NOR", "DNK", "10", "asserted") in got, got
    assert ("NOR", "RUS", "10", "asserted") not in got, got


def test_people_protesting_at_home_keep_their_state(extract: Extract) -> None:
    """ "Kenyan students protested the decision": a domestic protest (PLOVER) is not a state
    answering another's act; ``answer_not_home`` leaves it its own state."""
    got = root_events(extract("Kenyan students protested the decision."))
    assert ("KEN", "KEN", "14", "asserted") in got, got
