"""The CAMEO / PLOVER tables: values, mappings, search and the codes command."""

from __future__ import annotations

import json

import pytest
from cli_inprocess import Done, run_cli

from realpolitik import ontology
from realpolitik.errors import RealpolitikError


def test_every_cameo_code_is_complete() -> None:
    codes = ontology.all_cameo()
    assert len(codes) >= 300
    roots = {c.root for c in codes}
    assert roots == {f"{i:02d}" for i in range(1, 21)}
    for c in codes:
        assert c.code.startswith(c.root)
        assert len(c.code) in (2, 3, 4)
        assert -10.0 <= c.goldstein <= 10.0
        assert c.quad_class in (1, 2, 3, 4)
        assert c.penta == (0 if c.root == "01" else c.quad_class)
        assert c.name
        if c.root != "01":
            assert c.plover is not None, c.code
        if c.mode is not None:
            assert c.plover is not None
            assert c.mode in ontology.plover(c.plover).mode_names, (c.code, c.mode)


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "penta"),
    [
        ("010", 0.0, 1, 0),
        ("042", 1.9, 1, 1),
        ("057", 8.0, 1, 1),
        ("072", 8.3, 2, 2),
        ("0874", 10.0, 2, 2),
        ("112", -2.0, 3, 3),
        ("138", -7.0, 3, 3),
        ("163", -8.0, 4, 4),
        ("195", -10.0, 4, 4),
        ("2042", -10.0, 4, 4),
    ],
)
def test_goldstein_and_classes(code: str, goldstein: float, quad: int, penta: int) -> None:
    assert ontology.goldstein_of(code) == goldstein
    assert ontology.quad_of(code) == quad
    assert ontology.penta_of(code) == penta


@pytest.mark.parametrize(
    ("code", "plover", "mode"),
    [
        ("036", "AGREE", None),
        ("042", "CONSULT", "visit"),
        ("041", "CONSULT", "phone"),
        ("057", "SUPPORT", None),
        ("072", "AID", None),
        ("0841", "RETREAT", "release"),
        ("0871", "RETREAT", "ceasefire"),
        ("1123", "ACCUSE", "allege"),
        ("163", "COERCE", "restrict"),
        ("195", "ASSAULT", "aerial"),
        ("026", "REQUEST", "meet"),
        ("010", None, None),
    ],
)
def test_cameo_to_plover(code: str, plover: str | None, mode: str | None) -> None:
    assert ontology.cameo_to_plover(code) == (plover, mode)


def test_unknown_codes_raise_coded_errors() -> None:
    with pytest.raises(RealpolitikError, match=r"E203.*'999'"):
        ontology.cameo("999")
    with pytest.raises(RealpolitikError, match=r"E210.*FIGHT"):
        ontology.plover("FIGHT")
    assert not ontology.is_cameo("0599")
    assert ontology.is_cameo("057")


def test_plover_types_and_modes() -> None:
    types = ontology.plover_types()
    assert [t.name for t in types][:3] == ["AGREE", "CONSULT", "SUPPORT"]
    assert len(types) == 16
    assert ontology.plover("assault").quad_class == 4
    assert "aerial" in ontology.plover("ASSAULT").mode_names
    assert ontology.plover("CONSULT").mode_names == (
        "visit",
        "third-party",
        "multilateral",
        "phone",
    )
    assert all(t.description for t in types)
    assert {ontology.plover_to_quad(t.name) for t in types} == {1, 2, 3, 4}
    assert ontology.plover_to_quad("AID") == 2
    assert ontology.plover_to_quad("threaten") == 3


def test_plover_default_cameo_round_trips() -> None:
    for t in ontology.plover_types():
        code = ontology.plover_default_cameo(t.name)
        assert ontology.cameo(code).plover == t.name
    assert ontology.plover_default_cameo("AID") == "070"
    assert ontology.plover_default_cameo("CONSULT", "phone") == "041"
    assert ontology.plover_default_cameo("CONSULT", "no-such-mode") == "040"


def test_search_by_prefix_and_words() -> None:
    assert [c.code for c in ontology.search("19")][:3] == ["19", "190", "191"]
    assert all(c.code.startswith("057") for c in ontology.search("057"))
    names = {c.code for c in ontology.search("military aid")}
    assert {"072", "0332", "1032"} <= names
    assert "163" in {c.code for c in ontology.search("SANCTION")}
    assert "057" in {c.code for c in ontology.search("treaty")}
    assert ontology.search("zzzz-nothing") == []
    assert len(ontology.search("")) == len(ontology.all_cameo())


def _cli(*args: str) -> Done:
    """``realpolitik ARGS`` in this process (cli_inprocess), 200 columns wide."""
    return run_cli(*args, env={"COLUMNS": "200"})


def test_codes_command_jsonl_and_plover() -> None:
    out = _cli("codes", "ultimatum", "--format", "jsonl")
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in out.stdout.splitlines()]
    assert [r["code"] for r in rows] == ["13", "139"]
    assert rows[1]["plover"] == "THREATEN"
    out = _cli("codes", "--plover", "--format", "csv")
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("plover,quad_class")
    assert len(lines) == 17
    out = _cli("codes", "057")
    assert out.returncode == 0 and "Sign formal" in out.stdout


def test_a_code_prefix_finds_its_subcodes_only() -> None:
    from realpolitik import ontology

    found = [c.code for c in ontology.search("19")]
    assert found and all(code.startswith("19") for code in found)
