"""The fuzz suite at a small size: generated malformed inputs for every reader and loader, mixed
with valid files, through the real readers, loaders and DuckDB store (bench/fuzz.py: full size).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fuzz_run import run

pytestmark = pytest.mark.slow


def test_no_input_crashes_hangs_or_loses_valid_documents(tmp_path: Path) -> None:
    summary = run(seed=1, reader_inputs=50, loader_inputs=50, timeout=30, workdir=tmp_path)
    report = "\n".join(summary.lines())
    assert summary.inputs == 100 and summary.valid_files == 15, report
    assert summary.crashes == [], report
    assert summary.hangs == [], report
    assert summary.lost == [], report
    assert 0 < summary.peak_mb < 1500, report
    # the inputs really are malformed, in many ways: most are skipped, under many codes
    assert summary.skips >= 60 and len(summary.codes) >= 12, report
