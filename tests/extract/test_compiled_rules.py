"""The rule code compiled by mypyc (``scripts/compile_rules.py``, optional) extracts what its
Python sources extract, and a build older than its sources is set aside (``realpolitik._compiled``).

The comparison runs where a build is present (it needs a C compiler and mypy); a clean clone has
none and skips it, saying so. ``bench/same_output.py check`` compares the two builds on all 2,537
documents; this checks a few in each test run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from realpolitik import _compiled

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]

# A few documents of the examples and some sentences of the suite's kinds, extracted in a fresh
# process (a build is chosen at the package's first import).
RUN = """
import json, sys
from pathlib import Path
from realpolitik._compiled import build
from realpolitik.extract.parallel import extract_many
from realpolitik.ingest import read_paths
from realpolitik.models import Document

docs = [d for d in read_paths([Path(sys.argv[1])]) if isinstance(d, Document)][:6]
docs += [
    Document("s1", "Russia did not send troops to Ukraine, officials in Kyiv said on Monday."),
    Document("s2", "China could impose sanctions on Japan, Beijing's foreign ministry warned."),
    Document("s3", "India refused to sign the agreement with Pakistan after Delhi expelled two envoys."),
]
out = [{"doc": ex.document.doc_id, "records": ex.records(mentions=True)}
       for ex in extract_many(docs, workers=1)]
print(json.dumps({"build": build(), "out": out}, sort_keys=True, default=str))
"""


def _extract(pure: bool) -> dict[str, object]:
    env = dict(os.environ, REALPOLITIK_PURE="1" if pure else "0")
    done = subprocess.run(
        [sys.executable, "-c", RUN, str(ROOT / "examples" / "wire")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    got: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return got


def test_compiled_rules_extract_what_the_sources_do() -> None:
    if not _compiled.STAMP.exists():
        pytest.skip("no compiled build of the rules (scripts/compile_rules.py: C compiler, mypy)")
    if _compiled.stale():
        pytest.skip("the compiled build is older than its sources (compile_rules.py rebuilds)")
    compiled, pure = _extract(pure=False), _extract(pure=True)
    assert str(compiled["build"]).startswith("compiled"), compiled["build"]
    assert str(pure["build"]).startswith("pure Python"), pure["build"]
    assert compiled["out"] == pure["out"]
    assert any(d["records"] for d in pure["out"])  # type: ignore[attr-defined]


def test_no_build_runs_the_sources() -> None:
    """Without a stamp (a clean clone) or with REALPOLITIK_PURE=1 the modules are the .py files."""
    done = subprocess.run(
        [sys.executable, "-c", "from realpolitik._compiled import build; print(build())"],
        env=dict(os.environ, REALPOLITIK_PURE="1"),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.strip().startswith("pure Python")


def test_stale_build_is_set_aside(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A source newer than the stamp makes the build stale; no stamp, no build to judge."""
    folder = tmp_path / "extract"
    (folder / "parties").mkdir(parents=True)
    source = folder / "parties" / "x.py"
    source.write_text("")
    stamp = folder / ".compiled"
    monkeypatch.setattr(_compiled, "FOLDER", folder)
    monkeypatch.setattr(_compiled, "STAMP", stamp)
    assert not _compiled.stale()
    stamp.write_text("")
    os.utime(source, (stamp.stat().st_mtime + 5, stamp.stat().st_mtime + 5))
    assert _compiled.stale()
    os.utime(source, (stamp.stat().st_mtime - 5, stamp.stat().st_mtime - 5))
    assert not _compiled.stale()
