"""bench/stage_times.py wraps the extractor's stages by name: every name it patches must still
exist where the extractor looks it up, or `bench/throughput.py --rules-only` stops with an
AttributeError after a rename (as it did when `_obligations` became `_act_coding.obligations`)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import stage_times  # noqa: E402

from realpolitik.extract import _extract, _triggers  # noqa: E402


def test_every_timed_stage_is_where_the_extractor_looks_it_up() -> None:
    missing = [n for n in stage_times._EXTRACT_STAGES if not hasattr(_extract, n)]
    missing += [n for n in stage_times._TRIGGER_STAGES if not hasattr(_triggers, n)]
    missing += [n for n in stage_times._LOOP if not hasattr(_extract._Run, n)]
    assert missing == []


def test_timed_stages_wrap_and_put_back() -> None:
    before = _extract.find_triggers
    clock = stage_times.StageClock()
    with stage_times.timed_stages(clock):
        assert _extract.find_triggers is not before
    assert _extract.find_triggers is before
    assert clock.group["obligations"] == "triggers"
