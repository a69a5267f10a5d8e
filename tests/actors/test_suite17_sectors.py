"""A commentator noun after a field word (task suite17, issue 9 round 16): "military experts",
"army analysts" comment on the military and are EDU, not MIL (the suite's seed 8 read
"Military experts in Kabul warn Kim Jong Un could warn Greece" as Afghanistan's military warning
North Korea); a field word before another sector ("military officials", "police officers")
still decides."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian military experts", "RUSEDU"),
        ("Japanese military analysts", "JPNEDU"),
        ("Turkish army analysts", "TUREDU"),
        ("Kenyan police experts", "KENEDU"),
        ("Iranian military scholars", "IRNEDU"),
        ("Indian navy researchers", "INDEDU"),
        # a field word before a sector that is no commentator keeps deciding
        ("Russian military officials", "RUSMIL"),
        ("Japanese police officers", "JPNCOP"),
        ("North Korean troops", "PRKMIL"),
    ],
)
def test_the_commentator_head_decides(reg: ActorRegistry, text: str, code: str) -> None:
    ref = reg.resolve(text)
    assert ref is not None and ref.code == code, (text, ref)
