"""``realpolitik codes``: the CAMEO and PLOVER rows each --format writes are the twin's
(``ontology.search``, ``plover_types``), with the coding facts analysts rely on (QuadClass of
a root, Goldstein weights, PLOVER types) and an empty answer that keeps its header."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pytest
from click.testing import CliRunner, Result

from realpolitik import ontology
from realpolitik.cli import cli
from realpolitik.cli._codes import CAMEO_FIELDS, PLOVER_FIELDS


def invoke(*args: str) -> Result:
    result = CliRunner().invoke(cli, ["codes", *args])
    assert result.exit_code == 0, (args, result.output)
    return result


def jsonl(result: Result) -> list[dict[str, Any]]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def csv_rows(result: Result) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("query", ["19", "057", "sanction", "military aid", "Sanction", ""])
def test_cameo_rows_are_the_ontology_search(query: str) -> None:
    want = [{f: getattr(c, f) for f in CAMEO_FIELDS} for c in ontology.search(query)]
    assert want
    assert jsonl(invoke(query, "--format", "jsonl")) == want
    table = csv_rows(invoke(query, "--format", "csv", "--raw"))
    assert [r["code"] for r in table] == [w["code"] for w in want]
    assert list(table[0]) == list(CAMEO_FIELDS)


def test_a_prefix_finds_the_root_and_every_code_under_it() -> None:
    rows = jsonl(invoke("19", "--format", "jsonl"))
    codes = [r["code"] for r in rows]
    assert codes[0] == "19" and set(codes) >= {"190", "193", "195", "196"}
    assert {c[:2] for c in codes} == {"19"}
    assert {r["root"] for r in rows} == {"19"}
    assert {r["quad_class"] for r in rows} == {4}  # fight: material conflict
    assert {r["plover"] for r in rows if r["code"] == "195"} == {"ASSAULT"}


def test_the_weights_analysts_quote() -> None:
    (sign,) = jsonl(invoke("057", "--format", "jsonl"))
    assert (sign["name"], sign["goldstein"], sign["quad_class"]) == (
        "Sign formal agreement", 8.0, 1,
    )  # fmt: skip
    assert sign["plover"] == "SUPPORT" and sign["root"] == "05"
    weights = {r["code"]: r["goldstein"] for r in jsonl(invoke("", "--format", "jsonl"))}
    assert len(weights) > 250
    assert min(weights.values()) == -10.0 and max(weights.values()) == 10.0
    assert weights["195"] < 0 < weights["057"]


def test_quad_class_follows_the_root_across_the_whole_codebook() -> None:
    """CAMEO roots 01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal
    conflict, 14-20 material conflict (Duval and Thompson's QuadClass)."""
    expected = {**dict.fromkeys(range(1, 6), 1), **dict.fromkeys(range(6, 9), 2),
                **dict.fromkeys(range(9, 14), 3), **dict.fromkeys(range(14, 21), 4)}  # fmt: skip
    rows = jsonl(invoke("", "--format", "jsonl"))
    roots = {int(r["root"]) for r in rows}
    assert roots == set(range(1, 21))
    wrong = [r["code"] for r in rows if r["quad_class"] != expected[int(r["root"])]]
    assert wrong == []


def test_words_match_name_or_description_in_any_case() -> None:
    lower = jsonl(invoke("military aid", "--format", "jsonl"))
    upper = jsonl(invoke("MILITARY AID", "--format", "jsonl"))
    assert lower == upper
    assert "072" in [r["code"] for r in lower]


def test_no_match_is_an_empty_answer_with_its_header() -> None:
    assert invoke("zzzqqq", "--format", "jsonl").stdout == ""
    assert invoke("zzzqqq", "--format", "csv").stdout.splitlines() == [",".join(CAMEO_FIELDS)]
    table = invoke("zzzqqq").stdout
    assert "(no rows)" in table


def test_plover_rows_are_the_ontology_types() -> None:
    want = ontology.plover_types()
    rows = jsonl(invoke("--plover", "--format", "jsonl"))
    assert [r["plover"] for r in rows] == [p.name for p in want]
    assert [r["quad_class"] for r in rows] == [p.quad_class for p in want]
    assert [r["default_cameo"] for r in rows] == [p.default_cameo for p in want]
    assert list(csv_rows(invoke("--plover", "--format", "csv"))[0]) == list(PLOVER_FIELDS)
    by_name = {r["plover"]: r for r in rows}
    assert by_name["ASSAULT"]["quad_class"] == 4 and by_name["AGREE"]["quad_class"] == 1
    assert by_name["SANCTION"]["default_cameo"] == "160"


def test_plover_filter_keeps_the_types_that_mention_the_words() -> None:
    rows = jsonl(invoke("--plover", "sanction", "--format", "jsonl"))
    names = [r["plover"] for r in rows]
    assert "SANCTION" in names and "AGREE" not in names
    for row in rows:
        text = f"{row['plover']} {row['description']} {row['modes']}".lower()
        assert "sanction" in text
    assert jsonl(invoke("--plover", "zzzqqq", "--format", "jsonl")) == []


def test_parquet_of_codes_reads_back(tmp_path: Any) -> None:
    import pyarrow.parquet as pq

    result = invoke("19", "--format", "parquet")
    path = tmp_path / "codes.parquet"
    path.write_bytes(result.stdout_bytes)
    table = pq.read_table(path)
    assert table.column_names == list(CAMEO_FIELDS)
    assert table.column("code").to_pylist() == [c.code for c in ontology.search("19")]
