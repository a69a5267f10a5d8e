"""The Python API as the README presents it: names importable from where it says, a plain string
extracted in one call, Documents with defaults, and table results as pyarrow Tables."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pyarrow as pa
import pytest

import realpolitik
from realpolitik.models import Document

README = Path(__file__).resolve().parents[2] / "README.md"
DOTTED = re.compile(r"`(realpolitik(?:\.[a-z_][A-Za-z_0-9]*)+)")


def _resolve(dotted: str) -> object:
    """A module, or an attribute of the longest importable module prefix."""
    parts = dotted.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            obj: object = importlib.import_module(".".join(parts[:cut]))
        except ModuleNotFoundError:
            continue
        for name in parts[cut:]:
            obj = getattr(obj, name)
        return obj
    raise ModuleNotFoundError(dotted)


def test_every_name_the_readme_gives_is_importable() -> None:
    names = sorted({m.group(1).rstrip(".") for m in DOTTED.finditer(README.read_text())})
    names = [n for n in names if n != "realpolitik.duckdb"]  # the default database file name
    assert "realpolitik.extract_text" in names and "realpolitik.store.queries.events" in names
    missing = []
    for name in names:
        for part in name.split("/"):  # `queries.events/dyads/summary` lists siblings
            full = part if part.startswith("realpolitik") else name.rsplit(".", 1)[0] + "." + part
            try:
                _resolve(full)
            except (ModuleNotFoundError, AttributeError):
                missing.append(full)
    assert missing == []


def test_the_top_level_api_is_listed_and_resolves() -> None:
    assert "extract_text" in realpolitik.__all__
    for name in realpolitik.__all__:
        assert getattr(realpolitik, name) is not None
    with pytest.raises(AttributeError):
        realpolitik.no_such_name  # noqa: B018


def test_a_document_needs_only_an_id_and_text() -> None:
    doc = Document("note-1", "Russia signed a treaty with North Korea.")
    assert (doc.source, doc.date, doc.title, doc.language) == ("note-1", None, None, "en")
    assert Document("a", "x", "feed.xml#3").source == "feed.xml#3"
    assert doc.content_hash == Document("other", doc.text).content_hash


@pytest.mark.slow
def test_extract_text_from_a_plain_string() -> None:
    found = realpolitik.extract_text(
        "Russia condemned Ukraine on Monday.", date="2024-06-19", doc_id="s1"
    )
    assert found.document.doc_id == "s1" and found.document.source == "s1"
    (event,) = found.events
    assert (event.source.country, event.target.country if event.target else None) == ("RUS", "UKR")
    assert event.date == "2024-06-17" and event.date_precision == "day"  # "on Monday"
    assert [r["kind"] for r in found.records()][:1] == ["event"]


def test_table_results_are_pyarrow_tables_with_fixed_columns(tmp_path: Path) -> None:
    from realpolitik.analysis import allies, isolation
    from realpolitik.errors import RealpolitikError
    from realpolitik.store import Store, queries

    with Store(tmp_path / "t.duckdb") as store:
        for table in (queries.events(store), queries.dyads(store), queries.ties(store),
                      queries.claims(store), queries.documents(store)):  # fmt: skip
            assert isinstance(table, pa.Table) and table.num_rows == 0 and table.num_columns > 3
        assert queries.event_rows(store) == [] and queries.dyad_rows(store) == []
        with pytest.raises(RealpolitikError) as err:
            isolation(store, "RUS")
        assert err.value.code == "E402"
        with pytest.raises(RealpolitikError) as err:
            allies(store, "RUS", 2018)
        assert err.value.code == "E310"
        assert isinstance(isolation(store), pa.Table)
        assert isolation(store).column_names[:4] == ["year", "state", "mean", "rank"]
