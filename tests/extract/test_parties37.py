"""parties37 (fresh19's B): a pronoun object that stands for a request is no party of the act
that controls it; the co-visitors of a site are no visit to each other."""

from __future__ import annotations

from collections.abc import Callable

from realpolitik.models import Extraction


def _keys(ex: Extraction) -> set[tuple[str, str, str]]:
    return {
        (e.source.code[:3], e.target.code[:3] if e.target else "", e.cameo[:2]) for e in ex.events
    }


def test_reviewed_request_is_no_own_sector(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Kenya asked Tokyo to send coastguard ships. Japan declined the request, saying its "
        "navy needed the ships, but promised to review it in the spring."
    )
    keys = _keys(ex)
    assert ("JPN", "KEN", "12") in keys
    assert not any(s == t for s, t, _ in keys)  # never Japan toward its own navy


def test_joint_tour_is_no_visit(extract: Callable[..., Extraction]) -> None:
    ex = extract(
        "Kenyan President William Ruto arrived in Kampala and was received by President Yoweri "
        "Museveni. The two leaders toured a new oil refinery."
    )
    tours = [e for e in ex.events if e.evidence.trigger == "toured"]
    assert tours == []
    assert ("KEN", "UGA", "04") in _keys(ex)
