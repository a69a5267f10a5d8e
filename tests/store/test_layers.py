"""The store sits below everything: it imports no analysis or dataset module, and components
register their own migrations with it."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from cli_inprocess import run_cli

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, migrations


def _modules_after(statement: str) -> list[str]:
    code = f"import sys, json\n{statement}\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    return [m for m in json.loads(out) if m.startswith("realpolitik")]


def test_importing_the_store_imports_nothing_above_it() -> None:
    loaded = _modules_after("import realpolitik.store")
    assert "realpolitik.store" in loaded
    assert not [m for m in loaded if m.startswith(("realpolitik.analysis", "realpolitik.datasets"))]
    above = [m for m in loaded if m != "realpolitik" and not m.startswith("realpolitik.store")]
    assert above == [], above


def test_opening_a_store_loads_schemas_but_no_loader_or_measure(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    loaded = _modules_after(f"from realpolitik.store import Store\nStore({str(path)!r}).close()")
    assert "realpolitik.datasets.schema" in loaded and "realpolitik.analysis.schema" in loaded
    # the components' schemas, read on their own: none of their packages' code (loaders,
    # measures, the actor registry) loads to open a store
    allowed = {"realpolitik", "realpolitik.errors", "realpolitik.models",
               "realpolitik.datasets.schema", "realpolitik.analysis.schema"}  # fmt: skip
    extra = [m for m in loaded if m not in allowed and not m.startswith("realpolitik.store")]
    assert extra == [], extra


def test_import_realpolitik_is_lazy() -> None:
    loaded = _modules_after("import realpolitik")
    assert "realpolitik.extract" not in loaded and "realpolitik.ingest" not in loaded
    eager = _modules_after("import realpolitik\nrealpolitik.Document")
    assert "realpolitik.models" in eager


@pytest.fixture
def plugin() -> Iterator[str]:
    """A component registered by a test, unregistered afterwards."""
    name = "test_plugin"
    migrations.register(name, ["CREATE TABLE plugin_notes (note VARCHAR)"])
    yield name
    migrations._REGISTERED.pop(name, None)


def test_a_registered_component_is_migrated_and_versioned(db_path: Path, plugin: str) -> None:
    with Store(db_path) as store:
        assert store.schema_version(plugin) == 1
        assert ("plugin_notes", "table") in store.tables()
    migrations.register(plugin, ["CREATE TABLE plugin_notes (note VARCHAR)",
                                 "ALTER TABLE plugin_notes ADD COLUMN stars INTEGER"])  # fmt: skip
    with Store(db_path) as store:
        assert store.schema_version(plugin) == 2
        store.rows("INSERT INTO plugin_notes VALUES ('kept', 3)")
    assert migrations.components()[:3] == ["core", "datasets", "analysis"]


def test_reference_must_name_an_attribute() -> None:
    with pytest.raises(ValueError, match="module:ATTRIBUTE"):
        migrations.register("bad", "realpolitik.datasets.schema")


def test_newer_schema_is_refused_read_write_and_read_only(db_path: Path) -> None:
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE schema_versions SET version = 99 WHERE component = 'datasets'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(RealpolitikError) as err:
            Store(db_path, read_only=read_only)
        assert err.value.code == "E102"
        assert "'datasets'" in str(err.value) and "99" in str(err.value)


def test_cannot_open_is_e101_naming_the_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.duckdb"
    folder.mkdir()
    with pytest.raises(RealpolitikError) as err:
        Store(folder)
    assert err.value.code == "E101" and str(folder) in str(err.value)
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_bytes(b"this is not a database file at all" * 200)
    with pytest.raises(RealpolitikError) as err:
        Store(garbage, read_only=True)
    assert err.value.code == "E101"


def test_read_only_never_creates_a_file(tmp_path: Path) -> None:
    path = tmp_path / "none.duckdb"
    with pytest.raises(RealpolitikError) as err:
        Store(path, read_only=True)
    assert err.value.code == "E018"
    assert not path.exists()


def test_read_only_upgrades_an_older_file_first(db_path: Path) -> None:
    Store(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("DROP TABLE ideal_point_runs")
    con.execute("UPDATE schema_versions SET version = 1 WHERE component = 'analysis'")
    con.close()
    with Store(db_path, read_only=True) as store:
        assert store.schema_version("analysis") == 2
        assert store.exists("ideal_point_runs") is False


def test_named_reads(store: Store) -> None:
    store.rows("CREATE TABLE t (a INTEGER, b VARCHAR)")
    store.rows("INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, NULL)")
    assert store.rows("SELECT a FROM t WHERE a > ? ORDER BY a", [1]) == [(2,), (3,)]
    assert store.row("SELECT b FROM t WHERE a = ?", [2]) == ("y",)
    assert store.row("SELECT b FROM t WHERE a = ?", [9]) is None
    assert store.value("SELECT max(a) FROM t") == 3
    assert store.dicts("SELECT * FROM t WHERE a = 1") == [{"a": 1, "b": "x"}]
    table = store.arrow("SELECT a, b FROM t WHERE a < ? ORDER BY a", [3])
    assert table.column_names == ["a", "b"] and table.to_pydict() == {"a": [1, 2], "b": ["x", "y"]}
    assert list(store.numpy("SELECT a FROM t ORDER BY a")["a"]) == [1, 2, 3]
    assert store.exists("t", "b = ?", ["y"]) and not store.exists("t", "b = ?", ["z"])
    assert store.distinct("t", "b") == ["x", "y"]
    assert store.count("t") == 3


def _hold_read_only(path: Path) -> subprocess.Popen[str]:
    """Another process holding the store open read-only (as a long `report` does)."""
    code = (
        "import sys\nfrom realpolitik.store import Store\n"
        f"s = Store({str(path)!r}, read_only=True)\nprint('open', flush=True)\nsys.stdin.read()\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_a_reader_does_not_lock_out_the_query_commands(db_path: Path) -> None:
    Store(db_path).close()
    holder = _hold_read_only(db_path)
    try:
        for command in (["events"], ["dyads"], ["summary"], ["data", "list"]):
            # in this process (cli_inprocess): the holder is the other process that matters
            done = run_cli("--db", db_path, *command)
            assert done.returncode == 0, (command, done.stderr)
    finally:
        holder.communicate("")
