"""leftovers37's rules, a few sentences each: a pledged hand-over of wanted people is 0313 and
the hand-over itself 063 whatever the verb; measures brought in or rolled out are coded as
imposed; "is set / due to V" with a misread "to" is the act, possible; a present of future time
and a decided act still ahead are possible; the codebook's judicial intent sub-code."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.extract._aid_intents import aid_subcode
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]


def _events(ex: Extraction) -> set[tuple[str, str, str, str]]:
    return {
        (e.source.country or "", e.target.country if e.target else "", e.cameo, e.factuality)
        for e in ex.events
    }


def test_a_promised_judicial_hand_over_is_0313() -> None:
    assert aid_subcode("031", "063") == "0313"
    assert aid_subcode("031", "062") == "031"  # other cooperation keeps the general code


def test_a_pledged_hand_over_is_an_intent_to_cooperate_on_judicial_matters(
    extract: Extract,
) -> None:
    for text in (
        "Kenya promised to deport the suspects to Uganda.",
        "Kenya vowed to return the attackers to Uganda.",
        "Kenya pledged to surrender the fugitives to Uganda.",
    ):
        assert _events(extract(text)) == {("KEN", "UGA", "0313", "asserted")}, text


def test_wanted_people_handed_to_a_state_are_judicial_cooperation(extract: Extract) -> None:
    for text in (
        "Kenya returned the suspects to Uganda.",
        "Kenya sent back the attackers to Uganda.",
        "Kenya deported the suspects to Uganda.",
    ):
        assert _events(extract(text)) == {("KEN", "UGA", "063", "asserted")}, text
    # other people deported stay a deportation
    assert ("KEN", "UGA", "174", "asserted") in _events(
        extract("Kenya deported 40 Ugandan migrants.")
    )


def test_a_measure_brought_in_is_the_measure(extract: Extract) -> None:
    got = _events(extract("Kenya will bring in tariffs on Ugandan goods from June."))
    assert got == {("KEN", "UGA", "163", "possible")}
    got = _events(extract("Kenya rolled out tariffs on Ugandan goods."))
    assert got == {("KEN", "UGA", "163", "asserted")}


def test_set_or_due_to_with_a_misread_to_is_the_act_possible(extract: Extract) -> None:
    got = _events(extract("Kenya is due to host Uganda's president."))
    assert ("KEN", "UGA", "043", "possible") in got
    got = _events(extract("Kenya is set to expel Uganda's ambassador."))
    assert {f for s, t, _, f in got if (s, t) == ("KEN", "UGA")} == {"possible"}
    assert not _events(extract("The delay is due to sanctions on Uganda."))


def test_a_present_of_future_time_is_possible(extract: Extract) -> None:
    got = _events(extract("Kenya's president is visiting Uganda next month."))
    assert got == {("KEN", "UGA", "042", "possible")}
    got = _events(extract("Kenya is expelling Uganda's diplomats next week, officials said."))
    assert {f for *_, f in got} == {"possible"}
    # no time phrase ahead: the act under way
    assert ("KEN", "UGA", "042", "asserted") in _events(
        extract("Kenya's president is visiting Uganda.")
    )


def test_a_decided_act_still_ahead_is_possible_an_enacted_one_is_done(extract: Extract) -> None:
    got = _events(extract("Kenya has decided to invade Uganda."))
    assert got and all(f == "possible" for *_, f in got)
    got = _events(extract("Kenya decided to expel Uganda's diplomats."))
    assert ("KEN", "UGA", "161", "asserted") in got
