"""Data-only modules load without their package's code (a store opens without the loaders)."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_a_schema_loads_alone_and_the_package_still_imports_later() -> None:
    out = _run(
        "import sys\nfrom realpolitik.store.modules import data_module\n"
        "m = data_module('realpolitik.datasets.schema')\n"
        "print('realpolitik.datasets' in sys.modules, len(m.DATASETS) > 3)\n"
        "from realpolitik.datasets.schema import DATASETS\nimport realpolitik.datasets as d\n"
        "print(DATASETS is m.DATASETS, 'atop' in d.KINDS)"
    )
    assert out.splitlines() == ["False True", "True True"]


def test_a_loaded_package_is_used_as_it_is() -> None:
    out = _run(
        "import realpolitik.datasets\nfrom realpolitik.store.modules import data_module\n"
        "import realpolitik.datasets.citations as c\n"
        "print(data_module('realpolitik.datasets.citations') is c)"
    )
    assert out == "True"


def test_citing_a_source_loads_no_loader() -> None:
    out = _run(
        "import sys\nfrom realpolitik.analysis import citation\nprint(citation('atop')[:5])\n"
        "print(sorted(m for m in sys.modules if m.startswith('realpolitik.datasets')))"
    )
    first, second = out.splitlines()
    assert first == "Leeds" and second == "['realpolitik.datasets.citations']"
