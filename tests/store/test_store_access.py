"""Opening the store: what is refused and why (one line each), readers from threads, and the
migrations registry's own rules."""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, migrations
from realpolitik.store.migrations import Migrations


def test_a_duckdb_file_of_something_else_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "theirs.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (region VARCHAR, amount DOUBLE)")
    con.close()
    for read_only in (False, True):
        with pytest.raises(RealpolitikError) as err:
            Store(path, read_only=read_only)
        assert err.value.code == "E103" and str(path) in str(err.value)
    con = duckdb.connect(str(path), read_only=True)
    tables = {
        r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
    }
    con.close()
    assert tables == {"sales"}  # nothing of ours was created in it
    Store(path.with_name("ours.duckdb")).close()  # an empty new file is ours to set up


def test_a_refused_file_is_not_left_locked(tmp_path: Path) -> None:
    path = tmp_path / "newer.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    (version,) = con.execute(
        "SELECT version FROM schema_versions WHERE component = 'core'"
    ).fetchall()[0]
    con.execute("UPDATE schema_versions SET version = 99 WHERE component = 'core'")
    con.close()
    with pytest.raises(RealpolitikError):
        Store(path)
    con = duckdb.connect(str(path))  # would fail if the refused Store still held the file
    con.execute("UPDATE schema_versions SET version = ? WHERE component = 'core'", [version])
    con.close()
    Store(path).close()


def test_a_cursor_reads_from_another_thread(store: Store) -> None:
    store.rows("CREATE TABLE t AS SELECT range AS x FROM range(100)")
    found: list[int] = []
    cursor = store.cursor()

    def read() -> None:
        found.append(int(cursor.value("SELECT sum(x) FROM t")))

    thread = threading.Thread(target=read)
    thread.start()
    thread.join(timeout=30)
    cursor.close()
    assert found == [4950]
    assert store.document_status("none.txt", "hash") == "new"


def test_reads_never_leave_a_half_read_result(store: Store) -> None:
    store.rows("CREATE TABLE big AS SELECT range AS x FROM range(5000)")
    assert store.row("SELECT x FROM big ORDER BY x") == (0,)
    assert store.value("SELECT x FROM big ORDER BY x DESC") == 4999
    assert store.count("big") == 5000  # the next statement runs: nothing was left pending


def test_tables_and_views_are_listed(store: Store) -> None:
    kinds = dict(store.tables())
    assert kinds["events"] == "table" and kinds["un_votes_successor"] == "view"
    assert kinds["schema_versions"] == "table"


def test_migrations_registry_rules() -> None:
    assert Migrations("x", ("a", "b")).version == 2
    assert migrations.components()[:3] == ["core", "datasets", "analysis"]
    saved = dict(migrations._REGISTERED)
    try:
        migrations.register("lazy", "realpolitik.store.schema:CORE")
        (lazy,) = [m for m in migrations.registered() if m.component == "lazy"]
        assert lazy.scripts == tuple(migrations.registered()[0].scripts)  # loaded on first use
        migrations.register("core", ["SELECT 1"])  # registering again keeps the place
        assert migrations.components()[0] == "core"
        with pytest.raises(ModuleNotFoundError):
            migrations.register("missing", "realpolitik.no_such_module:X")
            migrations.registered()
    finally:
        migrations._REGISTERED.clear()
        migrations._REGISTERED.update(saved)
