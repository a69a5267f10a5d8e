"""Compile the rule code (``realpolitik.extract``) with mypyc: an optional build step.

Never part of ``make install`` or ``make test`` (it takes 5-15 minutes on a 2-core machine):

    .venv/bin/python scripts/compile_rules.py
    .venv/bin/python scripts/compile_rules.py --jobs 8   # C compiler processes at once
    .venv/bin/python scripts/compile_rules.py --opt 3    # the C compiler's -O (default 1)
    .venv/bin/python scripts/compile_rules.py --clean    # back to pure Python

What compiled code needs of the sources (mypy strict checks it; the pure build is unchanged):
no ``functools.cached_property`` or other write to an instance's or a function's ``__dict__``
(a compiled class has none: ``parties._model`` keeps its lazy reads in fields), ``init=False``
dataclass fields set in ``__post_init__`` (their defaults are left unset), dataclass field types
imported at run time, no star inside an ``in`` tuple, and no read of a value a library's stub
types wrongly (spaCy's ``Token.conjuncts`` is ``Tuple[Token]``, one token; ``_dependents``
reads it as ``tuple[Token, ...]``): compiled code checks every typed value at run time.

Most of the rules' time is the interpreter's (callgrind: 72% of rule instructions), not
spaCy's; mypyc turns the typed modules into C extension modules that do the same work
(``bench/same_output.py``: the same events on every document). The extension modules go
beside their sources in ``src/realpolitik/extract`` (and the group's shared library in ``src``),
where Python finds them first; the C files and objects stay in ``build/mypyc``. The stamp
``realpolitik/extract/.compiled`` is written last: ``realpolitik._compiled`` runs the sources
instead of a build older than any of them (an edit, a checkout), and REALPOLITIK_PURE=1 runs
them always.

Nothing needs this: without a C compiler, Python headers or mypy (the dev extra), the script
says what is missing and exits 0, and the package runs as Python. The whole package is one
compile group (mypyc calls between its modules natively); its ~400 C files are compiled
``--jobs`` at a time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
PACKAGE = SRC / "realpolitik" / "extract"
BUILD = ROOT / "build" / "mypyc"
STAMP = PACKAGE / ".compiled"
GROUP = "realpolitik_rules"
SUFFIX = sysconfig.get_config_var("EXT_SUFFIX") or ".so"

# Run by the script in a child process, in BUILD: setuptools with mypyc's extension, the C files
# of the group's extension compiled in parallel (setuptools compiles one extension's files in turn;
# --parallel builds the modules' small shim extensions side by side).
SETUP = """
import glob, os
from concurrent.futures import ThreadPoolExecutor
from setuptools import setup
from setuptools._distutils import ccompiler
from mypyc.build import mypycify

_compile = ccompiler.CCompiler.compile

def _parallel(self, sources, *args, **kwargs):
    def one(source):
        return _compile(self, [source], *args, **kwargs)
    with ThreadPoolExecutor(int(os.environ["RULES_JOBS"])) as pool:
        return [obj for got in pool.map(one, sources) for obj in got]

ccompiler.CCompiler.compile = _parallel
paths = sorted(glob.glob(os.path.join("src", "realpolitik", "extract", "**", "*.py"), recursive=True))
# spaCy reads the signature of a pipeline component's factory, which a compiled function lacks:
# the two modules that register components stay Python.
keep = {os.path.join("src", "realpolitik", "extract", m) for m in ("_attribute_rules.py", "_verb_lemmas.py")}
setup(
    name="realpolitik-rules",
    package_dir={"": "src"},
    packages=[],
    ext_modules=mypycify(paths, only_compile_paths=[p for p in paths if p not in keep], opt_level=os.environ["RULES_OPT"], debug_level="0",
                         multi_file=True, group_name=os.environ["RULES_GROUP"]),
    script_args=["build_ext", "--build-lib", "lib", "--build-temp", "temp",
                 "--parallel", os.environ["RULES_JOBS"]],
)
"""


def built_files() -> list[Path]:
    """The extension modules of a build, where Python finds them."""
    return sorted(PACKAGE.rglob(f"*{SUFFIX}")) + sorted(SRC.glob(f"{GROUP}__mypyc*{SUFFIX}"))


def clean() -> None:
    STAMP.unlink(missing_ok=True)
    for path in built_files():
        path.unlink()


def missing() -> str | None:
    """Why this machine cannot build, or None."""
    try:
        import mypyc  # noqa: F401
    except ImportError:
        return "mypyc is not installed (it comes with mypy: pip install -e '.[dev]')"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler}) on PATH"
    include = sysconfig.get_paths()["include"]
    if not (Path(include) / "Python.h").exists():
        return f"no Python headers ({include}/Python.h: the python3-dev package)"
    return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="C compiler processes")
    ap.add_argument("--opt", default="1", help="mypyc's opt_level (the C compiler's -O)")
    ap.add_argument("--clean", action="store_true", help="remove a build: pure Python again")
    args = ap.parse_args()
    clean()
    if args.clean:
        print("compiled rules removed: pure Python")
        return 0
    why = missing()
    if why is not None:
        print(f"compile_rules: not compiled, the rules run as Python: {why}")
        return 0
    BUILD.mkdir(parents=True, exist_ok=True)
    shutil.rmtree(BUILD / "lib", ignore_errors=True)  # (no module of an earlier build is copied)
    (BUILD / "setup.py").write_text(SETUP)
    link = BUILD / "src"
    if not link.exists():
        link.symlink_to(SRC)
    env = dict(os.environ, RULES_JOBS=str(args.jobs), RULES_OPT=args.opt, RULES_GROUP=GROUP)
    t0, cpu0 = time.perf_counter(), os.times()
    done = subprocess.run([sys.executable, "setup.py"], cwd=BUILD, env=env, capture_output=True)
    cpu1 = os.times()
    if done.returncode != 0:
        sys.stdout.write(done.stdout.decode(errors="replace")[-4000:])
        sys.stderr.write(done.stderr.decode(errors="replace")[-4000:])
        print("compile_rules: the build failed; the rules run as Python")
        return 1
    lib = BUILD / "lib"
    for built in lib.rglob(f"*{SUFFIX}"):
        dest = SRC / built.relative_to(lib)
        shutil.copy2(built, dest)
    STAMP.write_text(f"mypyc opt_level {args.opt}\n")
    cpu = (cpu1.children_user + cpu1.children_system) - (cpu0.children_user + cpu0.children_system)
    print(
        f"compiled {len(built_files()) - 1} modules of realpolitik.extract in "
        f"{time.perf_counter() - t0:.0f} s ({cpu:.0f} CPU-s, {args.jobs} jobs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
