"""GDELT exports stream into events in one statement: bad rows are still named by line and
column (first by check, as before), nothing is stored from a bad file, earlier rows stay, and
the DuckDB settings of the append are put back whatever happens."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import gdelt2_row, write

from realpolitik import datasets
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


def _rows(n: int, start: int = 1) -> list[str]:
    states = ["RUS", "UKR", "CHN", "PRK", "USA"]
    return [
        gdelt2_row(start + i, f"2024010{1 + i % 9}", states[i % 5], states[(i + 1) % 5],
                   ["190", "042", "111"][i % 3], f"https://example.org/{i}")
        for i in range(n)
    ]  # fmt: skip


def _cell(row: str, column: int, value: str) -> str:
    cells = row.rstrip("\n").split("\t")
    cells[column] = value
    return "\t".join(cells) + "\n"


def _settings(store: Store) -> tuple[object, ...]:
    row = store.row(
        "SELECT current_setting('preserve_insertion_order'), current_setting('memory_limit')"
    )
    assert row is not None
    return tuple(row)


@pytest.fixture
def loaded(store: Store, tmp_path: Path) -> Store:
    datasets.load(store, "gdelt", [write(tmp_path / "first.export.CSV", "".join(_rows(6)))])
    assert store.count("events") == 6
    return store


@pytest.mark.parametrize(
    ("line", "column", "value", "code", "named"),
    [
        (4, 30, "strong", "E302", "'GoldsteinScale' has 'strong'"),
        (7, 29, "four", "E302", "'QuadClass' has 'four'"),
        (2, 1, "2024-01-05", "E302", "'SQLDATE' has '2024-01-05'"),
        (9, 0, "x17", "E302", "'GLOBALEVENTID' has 'x17'"),
        (5, 26, "", "E374", "column 'EventCode'"),
    ],
)
def test_a_bad_value_is_named_by_line_and_nothing_is_stored(
    loaded: Store, tmp_path: Path, line: int, column: int, value: str, code: str, named: str
) -> None:
    before = _settings(loaded)
    rows = _rows(10, start=100)
    rows[line - 1] = _cell(rows[line - 1], column, value)
    bad = write(tmp_path / "bad.export.CSV", "".join(rows))
    with pytest.raises(RealpolitikError) as err:
        datasets.load(loaded, "gdelt", [bad])
    assert err.value.code == code
    assert f"bad.export.CSV:{line}:" in str(err.value) and named in str(err.value)
    assert loaded.count("events") == 6  # the earlier file's rows, and nothing else
    assert _settings(loaded) == before


def test_checks_report_in_their_order_not_by_line(loaded: Store, tmp_path: Path) -> None:
    rows = _rows(10, start=100)
    rows[1] = _cell(rows[1], 29, "many")  # QuadClass on line 2
    rows[7] = _cell(rows[7], 0, "")  # GLOBALEVENTID missing on line 8: checked first
    with pytest.raises(RealpolitikError) as err:
        datasets.load(loaded, "gdelt", [write(tmp_path / "two.export.CSV", "".join(rows))])
    assert "two.export.CSV:8:" in str(err.value) and "GLOBALEVENTID" in str(err.value)


def test_a_short_row_is_named_by_line(loaded: Store, tmp_path: Path) -> None:
    rows = _rows(5, start=100)
    rows[2] = "\t".join(rows[2].split("\t")[:40]) + "\n"
    with pytest.raises(RealpolitikError) as err:
        datasets.load(loaded, "gdelt", [write(tmp_path / "short.export.CSV", "".join(rows))])
    assert err.value.code == "E312" and "short.export.CSV:3:" in str(err.value)
    assert loaded.count("events") == 6


def test_reloading_replaces_by_event_id_and_keeps_the_rest(loaded: Store, tmp_path: Path) -> None:
    before = _settings(loaded)
    rows = _rows(6)
    rows[0] = _cell(rows[0], 30, "-3.5")
    newer = rows[:2] + _rows(3, start=500)
    datasets.load(loaded, "gdelt", [write(tmp_path / "second.export.CSV.gz", "".join(newer))])
    assert loaded.count("events") == 6 + 3
    assert loaded.value("SELECT goldstein FROM events WHERE external_id = 'gdelt:1'") == -3.5
    ids = loaded.rows("SELECT external_id, count(*) FROM events GROUP BY 1 HAVING count(*) > 1")
    assert ids == []
    assert _settings(loaded) == before
    loads = {d.source: d.rows for d in datasets.list_loaded(loaded)}
    assert loads == {"first.export.CSV": 6, "second.export.CSV.gz": 5}
