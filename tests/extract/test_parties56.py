"""parties56 (issue 9 round 36, fresh30's classes B and D): the requester of an act done "at
X's request" is no party of it, a reaction's "at" still names what it answers, and declining to
answer is never aimed at one's own state."""

from __future__ import annotations

from extract_helpers import Extract, code_events


def test_at_request_names_no_target(extract: Extract) -> None:
    """ "arrested ... at Quito's request": the arrest is never aimed at Ecuador (B)."""
    ex = extract("Colombian police arrested a Peruvian smuggler at Quito's request on Monday.")
    got = {(s, t, c[:2]) for s, t, c, _ in code_events(ex)}
    assert ("COL", "PER", "17") in got
    assert not any(t == "ECU" for _, t, _ in got)


def test_reaction_at_a_demand_keeps_its_target(extract: Extract) -> None:
    """ "protested at Uganda's demand": a reaction's "at" names the act it answers."""
    ex = extract("Kenya protested at Uganda's demand for compensation.")
    assert any(s == "KEN" and t == "UGA" for s, t, _, _ in code_events(ex))


def test_declining_to_respond_is_not_at_home(extract: Extract) -> None:
    """ "the Spanish leader declined to respond": never ESP -> ESP (D)."""
    ex = extract(
        "Pakistan's foreign office criticised Spain's support for the Indian bid, but the "
        "Spanish leader declined to respond."
    )
    assert not any(s == t == "ESP" for s, t, _, _ in code_events(ex))


def test_title_named_object_placed_by_the_title_told_before(extract: Extract) -> None:
    """ "a Norwegian fisheries minister ... Fisheries Minister A met Foreign Minister B":
    NOR -> CHL 04 (D)."""
    ex = extract(
        "Norway and Chile signed a fisheries accord, during the first visit to Santiago by a "
        "Norwegian fisheries minister. Fisheries Minister Lina Vesk met Foreign Minister Rui "
        "Alvesson."
    )
    assert ("NOR", "CHL", "040", "asserted") in code_events(ex)
