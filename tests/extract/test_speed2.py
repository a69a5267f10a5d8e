"""Speed work on the rule stages that must not change behaviour: the heap settled once per
process (``batched.settle_heap``)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.slow

_SCRIPT = textwrap.dedent(
    """
    import gc
    from realpolitik.extract.parallel import extract_many
    from realpolitik.models import Document

    docs = [Document("a", "Russia attacked Ukraine on Monday.", "t", date="2024-06-20")]
    before = gc.get_freeze_count()
    first = list(extract_many(docs, workers=1))
    frozen = gc.get_freeze_count()
    garbage = [[i] for i in range(50_000)]  # new objects after the first extraction
    second = list(extract_many(docs, workers=1))
    print(before, frozen, gc.get_freeze_count(), len(first[0].events), len(second[0].events))
    """
)


def test_the_first_extraction_freezes_the_loaded_heap_once() -> None:
    out = subprocess.run(
        [sys.executable, "-c", _SCRIPT], capture_output=True, text=True, check=True
    ).stdout.split()
    before, frozen, after, first, second = map(int, out)
    assert before == 0
    assert frozen > 100_000  # the pipeline, registry and lexicon: long-lived objects
    assert after <= frozen  # nothing new is frozen (the 50,000 lists stay collectable)
    assert first == second == 1
