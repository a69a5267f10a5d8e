"""Which build of the rule code runs: pure Python, or compiled by mypyc.

``scripts/compile_rules.py`` (optional, never run by ``make``) compiles ``realpolitik.extract`` with mypyc and puts
the extension modules beside their sources, where Python's importer finds them before the
``.py`` files; it writes ``STAMP`` last. A compiled module is used only while it is current: if
any source of the package is newer than the stamp (an edit, a checkout), or REALPOLITIK_PURE=1 is
set, ``guard`` makes ``realpolitik.extract`` and its modules load from their sources (with a
warning for stale ones), so that an edit is never shadowed by an old build. Without a build
(no stamp: a clean clone, a machine with no C compiler) nothing here runs but one ``stat``.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

PACKAGE = "realpolitik.extract"
FOLDER = Path(__file__).resolve().parent / "extract"
STAMP = FOLDER / ".compiled"
_SUFFIXES = tuple(importlib.machinery.EXTENSION_SUFFIXES)


def _newest_source(folder: Path) -> float:
    newest = 0.0
    for entry in os.scandir(folder):
        if entry.is_dir():
            newest = max(newest, _newest_source(Path(entry.path)))
        elif entry.name.endswith(".py"):
            newest = max(newest, entry.stat().st_mtime)
    return newest


def stale() -> bool:
    """Whether a compiled build exists and some source of the package is newer than it."""
    try:
        built = STAMP.stat().st_mtime
    except OSError:
        return False
    return _newest_source(FOLDER) > built


class _Sources(importlib.abc.MetaPathFinder):
    """Finds the package's modules as their ``.py`` sources where an extension module stands
    beside them (the compiled build is set aside)."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        if fullname != PACKAGE and not fullname.startswith(PACKAGE + "."):
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None or spec.origin is None or not spec.origin.endswith(_SUFFIXES):
            return spec
        base = spec.origin[: -len(next(s for s in _SUFFIXES if spec.origin.endswith(s)))]
        source = base + ".py"
        if not os.path.exists(source):
            return spec
        return importlib.util.spec_from_file_location(
            fullname, source, submodule_search_locations=spec.submodule_search_locations
        )


def guard() -> None:
    """Load the package from its sources where the compiled build is stale or not wanted."""
    if not STAMP.exists():
        return
    if os.environ.get("REALPOLITIK_PURE") == "1":
        pass
    elif stale():
        print(
            "realpolitik: the compiled rules are older than their sources; running them as "
            "Python (scripts/compile_rules.py builds them again, --clean removes them)",
            file=sys.stderr,
        )
    else:
        return
    if not any(isinstance(f, _Sources) for f in sys.meta_path):
        sys.meta_path.insert(0, _Sources())


def build() -> str:
    """Which build of the rules this process runs, in words (the benches print it)."""
    module = sys.modules.get(PACKAGE) or importlib.import_module(PACKAGE)
    origin = getattr(module, "__file__", "") or ""
    if origin.endswith(_SUFFIXES):
        compiled = sum(
            1
            for name, m in list(sys.modules.items())
            if name.startswith(PACKAGE) and (getattr(m, "__file__", "") or "").endswith(_SUFFIXES)
        )
        return f"compiled (mypyc: {compiled} modules loaded compiled)"
    return "pure Python" + (" (a compiled build is present, set aside)" if STAMP.exists() else "")
