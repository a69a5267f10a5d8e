"""The store's named reads and its transactions on a real file: each read's shape, empty
results, a transaction that fails (or is interrupted) leaving the file as it was, a reader
that cannot write, and a second process that sees only committed rows."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import numpy as np
import pytest
from row_inserts import insert_rows

from realpolitik.store import Store

ROWS = [("CHN", "USA", 2020, "export", 5.0), ("USA", "CHN", 2020, "export", 2.0),
        ("CHN", "RUS", 2021, "export", 1.0)]  # fmt: skip


def fill(store: Store) -> None:
    with store.transaction() as con:
        insert_rows(
            con,
            "INSERT INTO trade_flows (reporter, partner, year, flow, value) VALUES (?, ?, ?, ?, ?)",
            ROWS,
        )


def test_each_read_has_its_shape(store: Store) -> None:
    fill(store)
    sql = "SELECT reporter, value FROM trade_flows WHERE year = ? ORDER BY value DESC"
    assert store.rows(sql, [2020]) == [("CHN", 5.0), ("USA", 2.0)]
    assert store.row(sql, [2020]) == ("CHN", 5.0)
    assert store.value(sql, [2020]) == "CHN"
    assert store.dicts(sql, [2021]) == [{"reporter": "CHN", "value": 1.0}]
    table = store.arrow(sql, [2020])
    assert table.column_names == ["reporter", "value"] and table.num_rows == 2
    arrays = store.numpy(sql, [2020])
    assert list(arrays["reporter"]) == ["CHN", "USA"]
    assert np.allclose(arrays["value"], [5.0, 2.0])
    assert store.count("trade_flows") == 3
    assert store.distinct("trade_flows", "reporter") == ["CHN", "USA"]
    assert store.distinct("trade_flows", "year") == ["2020", "2021"]  # as strings
    assert store.exists("trade_flows", "partner = ?", ["RUS"])
    assert not store.exists("trade_flows", "partner = ?", ["PRK"])


def test_empty_results(store: Store) -> None:
    assert store.rows("SELECT * FROM trade_flows") == []
    assert store.row("SELECT * FROM trade_flows") is None
    assert store.value("SELECT value FROM trade_flows") is None
    assert store.dicts("SELECT * FROM trade_flows") == []
    assert store.arrow("SELECT * FROM trade_flows").num_rows == 0
    assert store.count("trade_flows") == 0 and store.distinct("trade_flows", "reporter") == []
    assert not store.exists("trade_flows")


def test_a_failed_transaction_leaves_the_file_as_it_was(db_path: Path) -> None:
    with Store(db_path) as store:
        fill(store)
        with pytest.raises(duckdb.Error), store.transaction() as con:
            con.execute("DELETE FROM trade_flows WHERE reporter = 'CHN'")
            con.execute("INSERT INTO trade_flows (reporter) VALUES ('X')")  # NOT NULL columns
        assert store.count("trade_flows") == 3
        with pytest.raises(KeyboardInterrupt), store.transaction() as con:
            con.execute("DELETE FROM trade_flows")
            raise KeyboardInterrupt  # an interrupt rolls back too
        assert store.count("trade_flows") == 3
    with Store(db_path, read_only=True) as again:
        assert again.rows("SELECT * EXCLUDE (product, origin, source) FROM trade_flows"
                          " ORDER BY value DESC") == [ROWS[0], ROWS[1], ROWS[2]]  # fmt: skip


def test_a_reader_cannot_write(db_path: Path) -> None:
    with Store(db_path) as store:
        fill(store)
    with Store(db_path, read_only=True) as reader:
        with pytest.raises(duckdb.Error):
            reader.rows("DELETE FROM trade_flows")
        assert reader.count("trade_flows") == 3


def test_another_process_reads_only_what_was_committed(db_path: Path) -> None:
    with Store(db_path) as store:
        fill(store)
    code = (
        "import sys\nfrom realpolitik.store import Store\n"
        "with Store(sys.argv[1], read_only=True) as s:\n"
        "    print(s.count('trade_flows'), s.value('SELECT sum(value) FROM trade_flows'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(db_path)], capture_output=True, text=True, check=True,
        timeout=120,
    )  # fmt: skip
    assert done.stdout.split() == ["3", "8.0"]


def test_a_cursor_sees_the_same_rows(store: Store) -> None:
    fill(store)
    cursor = store.cursor()
    try:
        assert cursor.count("trade_flows") == 3
        assert cursor.rows("SELECT max(value) FROM trade_flows") == [(5.0,)]
    finally:
        cursor.close()
