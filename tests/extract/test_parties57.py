"""parties57 (issue 9 round 36, fresh30's class A): acts said inside a condition ("Were Z1 to V
Z2, ...") set no story pair, a sentence opening on two states with no act between them names the
pair, an object "both" / "either of them" is that pair, and how little two states do together
("trade little", "rarely cooperate") is no act."""

from __future__ import annotations

from extract_helpers import Extract, code_events


def test_both_after_a_supposed_case_is_the_opening_pair(extract: Extract) -> None:
    """The op-ed's pair, a supposed invasion, then "both" / "either of them": the pair."""
    ex = extract(
        "Chile and Norway have rarely been close. Were Peru to invade Bolivia, Chile would "
        "probably not send troops. Lima has accused both of 'bloc thinking' but has not "
        "sanctioned either of them."
    )
    got = {(s, t, c[:2], f) for s, t, c, f in code_events(ex)}
    assert ("PER", "CHL", "11", "asserted") in got
    assert ("PER", "NOR", "11", "asserted") in got
    assert not any(t == "BOL" and f == "asserted" and c == "11" for _, t, c, f in got)


def test_both_countries_after_an_asserted_act_is_the_newer_pair(extract: Extract) -> None:
    """Near miss: the act between the two others is told as done: they are "both countries"."""
    ex = extract(
        "Chile and Norway trade little. Peru invaded Bolivia last week. Ghana has criticised "
        "both countries."
    )
    got = {(s, t, c[:2]) for s, t, c, _ in code_events(ex)}
    assert ("GHA", "PER", "11") in got
    assert ("GHA", "BOL", "11") in got


def test_scarce_acts_are_no_events(extract: Extract) -> None:
    """ "trade little", "rarely cooperate", "has seldom criticised": no act."""
    for text in (
        "Kenya and Egypt trade little.",
        "Kenya and Egypt rarely cooperate.",
        "Kenya has seldom criticised Egypt.",
    ):
        assert not code_events(extract(text)), text


def test_an_act_after_a_scarce_one_stays(extract: Extract) -> None:
    """Near miss: "has rarely criticised Y, but on Monday condemned ...": the condemnation."""
    ex = extract(
        "Kenya has rarely criticised Egypt, but on Monday Kenya condemned the Egyptian tariffs."
    )
    assert any(s == "KEN" and t == "EGY" and c[:2] == "11" for s, t, c, _ in code_events(ex))


def test_little_aid_is_still_aid(extract: Extract) -> None:
    """Near miss: "gave little aid to Y": "little" is the aid's, the act stays."""
    ex = extract("Japan gave little aid to Peru.")
    assert any(s == "JPN" and t == "PER" for s, t, _, _ in code_events(ex))


def test_government_after_strikes_is_the_struck_states(extract: Extract) -> None:
    """ "X's jets struck YCAP. The government demanded an end to the strikes": Y -> X 10."""
    ex = extract("Indian jets bombed Lahore. The government demanded an end to the strikes.")
    assert any(s == "PAK" and t == "IND" and c[:2] == "10" for s, t, c, _ in code_events(ex))


def test_promise_at_a_meeting_is_to_the_one_met(extract: Extract) -> None:
    """ "met Y's president and promised to press for the ratification of the EU's agreement
    with Y": X -> Y 03, not at the EU."""
    ex = extract(
        "Spain's foreign minister met Chile's president and promised to press for the "
        "ratification of the EU's agreement with Chile."
    )
    got = code_events(ex)
    assert any(s == "ESP" and t == "CHL" and c[:2] == "03" for s, t, c, _ in got)
    assert not any(c[:2] == "03" and t != "CHL" for _, t, c, _ in got)
