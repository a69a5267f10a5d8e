"""Parties inside another act's argument (issue 9 sections 1 and 7, args8), on the real pipeline
with several states each: a reaction to an arrangement targets the parties its own clause names
("rejected an agreement under which Z would lease a port to Y"), and the embedded act is not
asserted; force against another force's act targets its doer ("repel an incursion by Y")."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, root_events


@pytest.mark.parametrize(
    ("text", "source", "targets", "root"),
    [
        (
            'Somalia rejected as "null and void" on Tuesday an agreement under which the '
            "breakaway region of Somaliland would lease a stretch of coast to Ethiopia.",
            "SOM", {"ETH"}, "12",
        ),
        ("Egypt condemned the agreement under which Israel would supply gas to Jordan.",
         "EGY", {"ISR", "JOR"}, "11"),
        ("Norway denounced the deal that lets Russia station troops in Belarus.",
         "NOR", {"RUS", "BLR"}, "11"),
        ("Peru criticized the plan for Chile to train soldiers in Bolivia.",
         "PER", {"CHL", "BOL"}, "11"),
        ("Kenya protested against the pact that allows Turkey to build a base in Somalia.",
         "KEN", {"TUR", "SOM"}, "11"),
    ],
)  # fmt: skip
def test_a_reaction_targets_the_parties_of_the_arrangement(
    extract: Extract, text: str, source: str, targets: set[str], root: str
) -> None:
    got = root_events(extract(text))
    hit = {e[1] for e in got if e[0] == source and e[2] == root and e[3] == "asserted"}
    assert hit == targets, got
    # the embedded act (the lease, the supply, the basing) is an argument, never asserted
    assert not [e for e in got if e[0] != source and e[3] == "asserted"], got


def test_an_arrangement_with_no_party_in_its_clause_keeps_its_own_target(
    extract: Extract,
) -> None:
    """ "The deal with X that would cut tariffs": the object's own phrase still names X."""
    got = root_events(extract("Brazil criticized the deal with Argentina that would cut tariffs."))
    assert ("BRA", "ARG", "11", "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian troops were fighting to repel an incursion by Ukrainian forces into the "
         "Kursk region.", "RUS", "UKR"),
        ("Indian soldiers repelled an attack by Pakistani troops.", "IND", "PAK"),
        ("Armenia's army repulsed an assault by Azerbaijani forces.", "ARM", "AZE"),
        ("Thai forces fought to repulse a raid by Cambodian soldiers.", "THA", "KHM"),
    ],
)  # fmt: skip
def test_force_against_another_force_targets_its_doer(
    extract: Extract, text: str, source: str, target: str
) -> None:
    got = root_events(extract(text))
    assert (source, target, "19", "asserted") in got, got
    assert not [e for e in got if e[0] == source and e[1] in ("", source)], got
