"""New stores from a template (``migrations.use_template``, the test suite's session store): a
writer's new file starts as a copy of it; an existing file, a reader, a missing folder, changed
registrations or no template leave the store to run its scripts, as without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, migrations


@pytest.fixture
def template(tmp_path: Path) -> Iterator[migrations.Template]:
    """A store the migrations wrote, plus a table they never write: it tells a copy apart."""
    migrations.use_template(None)
    path = tmp_path / "template.duckdb"
    Store(path).close(refresh=False)
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE copied_marker (x INTEGER)")
    made = migrations.Template.of(path)
    migrations.use_template(made)
    yield made
    migrations.use_template(None)  # the next test's set-up puts the session's back


def _tables(path: Path) -> set[str]:
    with duckdb.connect(str(path), read_only=True) as con:
        return {
            r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()
        }


def _versions(path: Path) -> list[tuple[str, int]]:
    with duckdb.connect(str(path), read_only=True) as con:
        return con.execute("SELECT * FROM schema_versions ORDER BY component").fetchall()


def test_a_writers_new_store_is_a_copy_of_the_template(
    template: migrations.Template, tmp_path: Path
) -> None:
    Store(tmp_path / "new.duckdb").close()
    assert "copied_marker" in _tables(tmp_path / "new.duckdb")
    assert _versions(tmp_path / "new.duckdb") == _versions(template.path)
    migrations.use_template(None)
    Store(tmp_path / "plain.duckdb").close()
    assert _tables(tmp_path / "plain.duckdb") == _tables(template.path) - {"copied_marker"}
    assert _versions(tmp_path / "plain.duckdb") == _versions(template.path)


def test_existing_files_readers_and_missing_folders_are_as_without_one(
    template: migrations.Template, tmp_path: Path
) -> None:
    migrations.use_template(None)
    Store(tmp_path / "old.duckdb").close()
    migrations.use_template(template)
    Store(tmp_path / "old.duckdb").close()
    assert "copied_marker" not in _tables(tmp_path / "old.duckdb")
    with pytest.raises(RealpolitikError, match=r"^\[E018\]"):
        Store(tmp_path / "absent.duckdb", read_only=True)
    assert not (tmp_path / "absent.duckdb").exists()
    with pytest.raises(RealpolitikError, match=r"^\[E101\]"):
        Store(tmp_path / "no-such-folder" / "s.duckdb")
    assert not migrations.copy_template(tmp_path / "old.duckdb")


def test_changed_registrations_run_the_scripts(
    template: migrations.Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(migrations._REGISTERED, "extra", ("CREATE TABLE extra_t (x INTEGER)",))
    assert not migrations.copy_template(tmp_path / "a.duckdb")
    Store(tmp_path / "a.duckdb").close()
    tables = _tables(tmp_path / "a.duckdb")
    assert "extra_t" in tables and "copied_marker" not in tables
    monkeypatch.delitem(migrations._REGISTERED, "extra")
    assert migrations.copy_template(tmp_path / "b.duckdb")
    assert "copied_marker" in _tables(tmp_path / "b.duckdb")


def test_an_in_memory_store_leaves_no_file(
    template: migrations.Template, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Store(":memory:") as store:
        assert store.count("trade_flows") == 0
    assert not (tmp_path / ":memory:").exists()
