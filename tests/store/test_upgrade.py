"""A database written by the previous release (its migrations only) opens in this one: the
schema is brought up to date and every row stays as it was."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pytest

from realpolitik.errors import RealpolitikError
from realpolitik.store import Store, migrations, queries

# What release 0.1.0 shipped: core 1, datasets 4 (up to event_dyad_years), analysis 2.
PREVIOUS = {"core": 1, "datasets": 4, "analysis": 2}


@contextmanager
def previous_release() -> Iterator[None]:
    """The migrations as the previous release registered them (each component's first N)."""
    saved = dict(migrations._REGISTERED)
    current = {m.component: m.scripts for m in migrations.registered()}
    try:
        for component, count in PREVIOUS.items():
            migrations.register(component, current[component][:count])
        yield
    finally:
        migrations._REGISTERED.clear()
        migrations._REGISTERED.update(saved)


def _old_store(path: Path) -> dict[str, int]:
    """Rows written as the previous release wrote them (SQL of its schema: this release's code
    writes this release's columns)."""
    with previous_release(), Store(path) as store:
        assert {c: store.schema_version(c) for c in PREVIOUS} == PREVIOUS
        with store.transaction() as con:
            con.execute(
                "INSERT INTO documents (doc_id, source, title, published, content_hash, text)"
                " VALUES ('d1', '/c/d1.txt', 'A treaty', DATE '2024-06-19', 'h1',"
                " 'Putin signed a treaty with North Korea.')"
            )
            con.execute(
                "INSERT INTO events (origin, doc_id, date, source_code, source_country,"
                " target_code, target_country, cameo, quad_class, goldstein, factuality,"
                " evidence_sentence) VALUES ('text', 'd1', DATE '2024-06-19', 'RUSGOV', 'RUS',"
                " 'PRK', 'PRK', '057', 1, 8.0, 'asserted', 'Putin signed a treaty with North Korea.')"
            )
            con.execute(
                "INSERT INTO claims (doc_id, subject_country, object_country, measure, value,"
                " year) VALUES ('d1', 'CHN', 'PRK', 'trade_share', 0.9, 2023)"
            )
            con.execute(
                "INSERT INTO un_roll_calls (rcid, body, year, origin) VALUES ('undl:1', 'GA', 2020, 'undl')"
            )
            con.execute("INSERT INTO un_votes (rcid, iso3, vote) VALUES ('undl:1', 'RUS', 'Y')")
            con.execute(
                "INSERT INTO dataset_loads (kind, path, rows, min_year, max_year, source)"
                " VALUES ('unga-votes', 'v.csv', 1, 2020, 2020, 'v.csv')"
            )
            con.execute(
                "INSERT INTO ideal_points (iso3, year, ideal_point, model) VALUES ('RUS', 2020, -1.0, 'm')"
            )
        columns = {
            t: store.count(t)
            for t in ("documents", "events", "claims", "un_votes", "dataset_loads", "ideal_points")
        }
    return columns


def test_an_old_store_is_upgraded_with_its_data_intact(db_path: Path) -> None:
    counts = _old_store(db_path)
    con = duckdb.connect(str(db_path), read_only=True)
    old_columns = {r[0] for r in con.execute("DESCRIBE dataset_loads").fetchall()}
    con.close()
    assert "replaced_by" not in old_columns  # a column the current release added
    with Store(db_path) as store:
        latest = {m.component: m.version for m in migrations.registered()}
        assert {c: store.schema_version(c) for c in latest} == latest
        assert {t: store.count(t) for t in counts} == counts
        assert store.value("SELECT vote FROM un_votes WHERE rcid = 'undl:1'") == "Y"
        assert "replaced_by" in {r[0] for r in store.rows("DESCRIBE dataset_loads")}
        claim_columns = {r[0] for r in store.rows("DESCRIBE claims")}
        assert {"comparator", "period_start"} <= claim_columns  # core's second script
        assert store.value("SELECT comparator FROM claims") is None  # old rows: new columns empty
        assert store.exists("system_members") is False  # a table the current release added
        rows = store.dicts("SELECT source_code, cameo FROM events ORDER BY event_id")
        assert rows[0] == {"source_code": "RUSGOV", "cameo": "057"}


def test_a_reader_upgrades_an_old_store_first(db_path: Path) -> None:
    counts = _old_store(db_path)
    with Store(db_path, read_only=True) as store:
        assert store.read_only
        assert store.schema_version("datasets") > PREVIOUS["datasets"]
        assert {t: store.count(t) for t in counts} == counts
        with pytest.raises(duckdb.Error):  # and stays a reader
            store.rows("DELETE FROM events")


def test_an_upgrade_that_fails_leaves_the_file_as_it_was(db_path: Path) -> None:
    counts = _old_store(db_path)
    bad = "bad_component"
    migrations.register(bad, ["CREATE TABLE ok_table (x INTEGER)", "THIS IS NOT SQL"])
    try:
        with pytest.raises(RealpolitikError) as err:
            Store(db_path)
    finally:
        migrations._REGISTERED.pop(bad, None)
    # E104 names the file, the component and the failed step, and says what the database said
    message = str(err.value)
    assert err.value.code == "E104" and str(db_path) in message
    assert "'bad_component' to version 2" in message and "syntax error" in message.lower()
    assert isinstance(err.value.__cause__, duckdb.Error)
    with Store(db_path) as store:
        assert store.schema_version(bad) == 1  # script 1 committed, script 2 rolled back
        assert {t: store.count(t) for t in counts} == counts


def test_a_newer_component_version_is_refused(db_path: Path) -> None:
    _old_store(db_path)
    with Store(db_path) as store:
        store.rows("UPDATE schema_versions SET version = version + 5 WHERE component = 'core'")
    with pytest.raises(RealpolitikError) as err:
        Store(db_path)
    assert err.value.code == "E102" and "'core'" in str(err.value)


@contextmanager
def before_respelling() -> Iterator[None]:
    """The migrations as they were before core 3 (KSV -> XKX) and summaries 3."""
    saved = dict(migrations._REGISTERED)
    current = {m.component: m.scripts for m in migrations.registered()}
    try:
        migrations.register("core", current["core"][:2])
        migrations.register("summaries", current["summaries"][:2])
        yield
    finally:
        migrations._REGISTERED.clear()
        migrations._REGISTERED.update(saved)


def test_an_upgrade_respells_cameo_country_codes_as_stored_iso3(db_path: Path) -> None:
    """Files written before countries were stored as ISO3 kept CAMEO's KSV/TMP (text events,
    claims) or NULL (GDELT rows, whose codes still say KSV, or the older ROM and ZAR); the
    upgrade finds them again."""
    with before_respelling(), Store(db_path) as store, store.transaction() as con:
        con.executemany(
            "INSERT INTO events (origin, source_code, source_country, target_code,"
            " target_country, cameo) VALUES (?, ?, ?, ?, ?, '042')",
            [
                ("text", "KSVGOV", "KSV", "SRB", "SRB"),
                ("gdelt", "SRBGOV", "SRB", "KSV", None),
                ("gdelt", "TMP", None, "AUS", "AUS"),
                ("text", "IDN", "IDN", "TMPGOV", "TMP"),
                ("gdelt", "ROMGOV", None, "ZAR", None),  # older CAMEO: Romania, Zaire
                ("gdelt", "AFR", None, "EUR", None),  # regions stay without a country
            ],
        )
        con.execute(
            "INSERT INTO claims (doc_id, subject_country, object_country, measure, value)"
            " VALUES ('d1', 'SRB', 'KSV', 'trade_share', 0.3), ('d1', 'TMP', 'AUS', 'aid', 1)"
        )
    with Store(db_path) as store:
        assert store.schema_version("core") >= 3
        assert store.rows(
            "SELECT source_code, source_country, target_code, target_country FROM events"
            " ORDER BY event_id"
        ) == [
            ("KSVGOV", "XKX", "SRB", "SRB"), ("SRBGOV", "SRB", "KSV", "XKX"),
            ("TMP", "TLS", "AUS", "AUS"), ("IDN", "IDN", "TMPGOV", "TLS"),
            ("ROMGOV", "ROU", "ZAR", "COD"), ("AFR", None, "EUR", None),
        ]  # fmt: skip
        assert store.rows("SELECT subject_country, object_country FROM claims ORDER BY value") == [
            ("SRB", "XKX"), ("TLS", "AUS"),
        ]  # fmt: skip
    # the summaries built at the old store's close are rebuilt: a query that reads them (a whole
    # dyad with a limit) finds Kosovo's events under the ISO3 code
    with Store(db_path, read_only=True) as store:
        assert store.summaries_fresh()
        got = queries.events(store, dyad=("XKX", "SRB"), both_ways=True, limit=10).to_pylist()
        assert sorted((e["source_code"], e["target_code"]) for e in got) == [
            ("KSVGOV", "SRB"), ("SRBGOV", "KSV"),
        ]  # fmt: skip
