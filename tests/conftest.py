"""Shared fixtures: real database files in temporary folders."""

from __future__ import annotations

import shutil
import signal
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from realpolitik.store import Store, migrations

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.duckdb"


@pytest.fixture(scope="session")
def empty_store_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store as ``Store`` first writes it (every table, no rows, no summaries built), made once
    a session: a copy costs a fraction of writing the schema again for each test."""
    path = tmp_path_factory.mktemp("empty-store") / "empty.duckdb"
    Store(path).close(refresh=False)  # closing as is: a new store's summaries are not built yet
    return path


@pytest.fixture
def store(db_path: Path, empty_store_file: Path) -> Iterator[Store]:
    shutil.copyfile(empty_store_file, db_path)
    with Store(db_path) as s:
        yield s


# Files that test how a store is created or migrated: their new stores run every migration.
REAL_MIGRATIONS = {
    ROOT / "tests" / "store" / name
    for name in ("test_store.py", "test_layers.py", "test_upgrade.py", "test_store_access.py",
                 "test_describe.py")
}  # fmt: skip
_template: dict[str, migrations.Template] = {}  # the session's, once written
_on = {"on": False}  # the test being set up may start its new stores from it


def _use_template() -> None:
    migrations.use_template(_template.get("template") if _on["on"] else None)


@pytest.fixture(scope="session", autouse=True)
def _new_stores_from_the_template(empty_store_file: Path) -> Iterator[None]:
    """A writer's ``Store`` on a file that does not exist yet starts from a copy of the session's
    empty store, the schema every migration writes (``migrations.use_template``): DuckDB's copy
    costs ~0.02 CPU-s against ~0.08 for running the migrations (several hundred new stores a
    run). Not in the files of REAL_MIGRATIONS; the store itself runs the scripts while a test
    has registered or swapped migrations (the template would not be what they write); the
    template is written by the migrations, once a process, and the CLI's subprocesses always
    run them."""
    _template["template"] = migrations.Template.of(empty_store_file)
    _use_template()
    yield
    _template.clear()
    _use_template()


def pytest_runtest_setup(item: pytest.Item) -> None:
    """Before the test's fixtures (module-scoped ones included) are built."""
    _on["on"] = item.path not in REAL_MIGRATIONS
    _use_template()


def pytest_configure(config: pytest.Config) -> None:
    """Ctrl-C as in a terminal, whichever shell or tool started the tests: a background job
    (``make test &``) may inherit SIGINT ignored or blocked, and every process the tests start
    would inherit that too and never see the Ctrl-C the interruption tests send. A Python
    handler is reset to the default in a started program, so its own Ctrl-C handling runs."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    if hasattr(signal, "pthread_sigmask"):  # POSIX
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On pytest-xdist's workers, the files that hold slow tests go first, then the others by
    their number of tests, so that no long file starts last while the other processes sit idle
    (the order within a file stays as written). ``make unit`` passes ``--no-loadscope-reorder``:
    xdist's own order (by number of tests alone) would put the slow files, which hold few
    tests, last."""
    if not hasattr(config, "workerinput"):
        return
    slow = {item.path for item in items if item.get_closest_marker("slow")}
    counts = Counter(item.path for item in items)
    items.sort(key=lambda item: (item.path not in slow, -counts[item.path]))
