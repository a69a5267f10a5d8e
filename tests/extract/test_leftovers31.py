"""Leftovers31 (issue 9): a grievance's that-clause ("protested that Y had V-ed") is the
complainer's claim, reported, beside the complaint (114); a denied breach of an agreement is a
denied charge (016) beside the breach, negated (``_denied_charge.CHARGED_CODES``)."""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events


@pytest.mark.parametrize("verb", ["complained", "protested", "objected"])
def test_a_complained_of_act_is_reported(extract: Extract, verb: str) -> None:
    ex = extract(f"Ghana {verb} that Togo had detained Ghanaian fishermen.")
    got = {(s, t, c[:2], f) for s, t, c, f in code_events(ex)}
    assert ("GHA", "TGO", "11", "asserted") in got
    assert ("TGO", "GHA", "17", "reported") in got
    assert not any(s == "TGO" and f == "asserted" for s, _, _, f in got)


def test_only_a_clause_is_complained_of() -> None:
    from realpolitik.extract._accused_conjunct import complained_arc

    class _Tok:
        dep_ = "dobj"

    assert not complained_arc("protest", _Tok())  # type: ignore[arg-type]


@pytest.mark.parametrize("verb", ["breached", "violated", "broken"])
def test_a_denied_breach_is_a_denied_charge(extract: Extract, verb: str) -> None:
    ex = extract(f"Russia denied that it had {verb} the agreement with Ukraine.")
    got = {(s, t, c, f) for s, t, c, f in code_events(ex)}
    assert ("RUS", "UKR", "016", "asserted") in got
    assert ("RUS", "UKR", "128", "negated") in got


def test_a_denied_rejection_charges_no_one(extract: Extract) -> None:
    ex = extract("Kenya denied that it had rejected Uganda's offer.")
    assert not any(c == "016" for _, _, c, _ in code_events(ex))


@pytest.mark.parametrize(
    "text",
    [
        "Russia massed troops near Kessar.",  # no phrase places the town
        "Russia massed troops near Kessar, a town on the Russian border.",  # its own border
    ],
)
def test_a_town_placed_on_no_other_border_names_no_target(extract: Extract, text: str) -> None:
    ex = extract(text)
    assert not any(t for _, t, _, _ in code_events(ex))


def test_a_town_on_a_named_border_gives_its_state(extract: Extract) -> None:
    ex = extract("Ghana reopened the crossing at Tarvo on the Togolese border.")
    assert any((s, t) == ("GHA", "TGO") for s, t, _, _ in code_events(ex))
