"""parties42 (fresh21's O): a hyphenated name matched whole, and the verb after it read as the
verb behind a demonym, a dateline and before a later clause."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from realpolitik.actors import ActorRegistry


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("President Lee Jae-myung hosted the delegation.", "Lee Jae-myung"),
        ("South Korean President Lee Jae-myung said.", "Lee Jae-myung"),
        ("President Lai Ching-te spoke.", "Lai Ching-te"),
    ],
)
def test_title_and_surname_alias_takes_the_whole_name(
    registry: ActorRegistry, text: str, name: str
) -> None:
    found = [m for m in registry.find_mentions(text, date="2025-09-15") if m.kind == "person"]
    assert len(found) == 1
    m = found[0]
    assert m.ref.name == name
    assert text[m.start : m.end].endswith(name)


@pytest.mark.parametrize(
    "text",
    [
        "SEOUL, Sep 15 - President Lee Jae-myung hosted Chilean President Gabriel Boric at the"
        " presidential office on Tuesday, and the two signed an agreement on trade.",
        "Egyptian President Abdel Fattah el-Sisi hosted Colombian leader Gustavo Petro in the"
        " capital late on Sunday.",
    ],
)
def test_verb_after_a_hyphenated_name(text: str, extract: Callable[..., Any]) -> None:
    keys = {(e.source.country, e.target.country if e.target else "", e.cameo[:2])
            for e in extract(text, date="2025-09-15").events}  # fmt: skip
    src = "KOR" if "Lee" in text else "EGY"
    tgt = "CHL" if "Lee" in text else "COL"
    assert (src, tgt, "04") in keys
    assert (tgt, src, "04") in keys
    if "signed" in text:
        assert (src, tgt, "05") in keys
        assert (tgt, src, "05") in keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Qatar halted aid to areas under Houthi control.", ("QAT", "YEM", "16")),
        ("Norway suspended aid to Taliban-held areas.", ("NOR", "AFG", "16")),
        ("Russia shelled Ukrainian-controlled territory.", ("RUS", "UKR", "19")),
        ("The Chilean navy seized a Peruvian-flagged speedboat.", ("CHL", "PER", "17")),
        ("The Russian coast guard seized an Armenian-flagged catamaran.", ("RUS", "ARM", "17")),
        (
            "Houthi gunmen detained three Kuwaiti aid workers. Kuwait said it would halt all aid"
            " to areas under the group's control if they were not freed.",
            ("KWT", "YEM", "13"),
        ),
    ],
)
def test_held_ground_and_flag_state_are_targets(
    text: str, key: tuple[str, str, str], extract: Callable[..., Any]
) -> None:
    keys = {(e.source.country, e.target.country if e.target else "", e.cameo[:2])
            for e in extract(text).events}  # fmt: skip
    assert key in keys


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria and Benin agreed to establish a joint border force.",
        "Ghana and Togo spoke by phone and agreed to set up a joint task force against poaching.",
    ],
)
def test_a_body_set_up_is_no_party(text: str, extract: Callable[..., Any]) -> None:
    events = extract(text).events
    agreed = [e for e in events if e.cameo.startswith("03")]
    assert agreed
    assert all(e.target is not None and e.target.country for e in agreed)
