"""Invariants of the CAMEO and PLOVER tables that the measures rely on: the QuadClass of each
root block, a parent for every subcode, code order, PLOVER defaults that are real codes of
their own type, modes that map back, and what search and the lookups give at their edges."""

from __future__ import annotations

import pytest

from realpolitik import ontology
from realpolitik.errors import RealpolitikError

CODES = ontology.all_cameo()
BY_CODE = {c.code: c for c in CODES}


def quad_of_root(root: str) -> int:
    """GDELT's and ICEWS's QuadClass of a CAMEO root: 01-05, 06-08, 09-13, 14-20."""
    n = int(root)
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def test_each_root_block_has_its_quad_class() -> None:
    wrong = [c.code for c in CODES if c.quad_class != quad_of_root(c.root)]
    assert wrong == []
    assert [ontology.quad_of(c) for c in ("051", "061", "091", "141")] == [1, 2, 3, 4]


def test_every_subcode_has_its_parent_and_order_puts_it_after() -> None:
    assert len(CODES) >= 300
    position = {c.code: i for i, c in enumerate(CODES)}
    for c in CODES:
        if len(c.code) == 2:  # a root
            continue
        parent = c.code[:-1] if len(c.code) == 4 else c.root
        assert parent in BY_CODE, c.code
        assert position[parent] < position[c.code], c.code
        assert ontology.root_of(c.code) == c.root == c.code[:2]
    assert [c.code for c in CODES] == sorted(BY_CODE)


def test_codes_are_unique_and_looked_up_after_trimming() -> None:
    assert len(BY_CODE) == len(CODES)
    assert ontology.cameo(" 190 ").code == "190" and ontology.is_cameo("190\n")
    assert not ontology.is_cameo("1900") and not ontology.is_cameo("21")
    for bad in ("", "999", "19a"):
        with pytest.raises(RealpolitikError) as err:
            ontology.cameo(bad)
        assert err.value.code == "E203"


def test_each_plover_type_defaults_to_a_code_of_its_own_type() -> None:
    types = ontology.plover_types()
    assert len(types) == 16 and len({t.name for t in types}) == 16
    for t in types:
        default = ontology.cameo(t.default_cameo)
        assert default.plover == t.name, t.name
        assert ontology.plover_default_cameo(t.name) == t.default_cameo
        assert ontology.plover_to_quad(t.name) == t.quad_class
        assert ontology.plover(t.name.lower()) == t  # names are case-insensitive


def test_the_plover_and_cameo_quad_classes_agree_but_for_concessions() -> None:
    """PLOVER counts a concession as verbal cooperation; CAMEO's 08 block is material."""
    differ = {
        t.name
        for t in ontology.plover_types()
        if t.quad_class != ontology.cameo(t.default_cameo).quad_class
    }
    assert differ == {"CONCEDE"}


def test_modes_map_to_codes_that_carry_them() -> None:
    seen = 0
    for t in ontology.plover_types():
        for mode in t.mode_names:
            code = ontology.plover_default_cameo(t.name, mode)
            c = ontology.cameo(code)
            assert c.plover == t.name
            if c.mode == mode:
                seen += 1
            else:  # no code carries this mode: the type's default
                assert code == t.default_cameo, (t.name, mode)
        assert ontology.plover_default_cameo(t.name, "no-such-mode") == t.default_cameo
    assert seen >= 20  # most modes have a code of their own
    assert ontology.plover_default_cameo("CONSULT", " Visit ") == ontology.plover_default_cameo(
        "CONSULT", "visit"
    )
    with pytest.raises(RealpolitikError) as err:
        ontology.plover("EMBRACE")
    assert err.value.code == "E210"


def test_plain_statements_have_no_plover_type() -> None:
    statements = [c for c in CODES if c.root == "01"]
    assert statements and {ontology.cameo_to_plover(c.code) for c in statements} == {(None, None)}
    assert {ontology.penta_of(c.code) for c in statements} == {0}
    assert ontology.cameo_to_plover("190") == ("ASSAULT", ontology.cameo("190").mode)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", len(CODES)),  # every code
        ("!!", 0),  # no words, no match
        ("19", len([c for c in CODES if c.code.startswith("19")])),
    ],
)
def test_search_edges(query: str, expected: int) -> None:
    assert len(ontology.search(query)) == expected


def test_search_needs_every_word() -> None:
    both = ontology.search("sanction impose")
    one = ontology.search("sanction")
    assert both and set(c.code for c in both) < set(c.code for c in one)
    for c in both:
        text = f"{c.name} {c.description}".lower()
        assert "sanction" in text and "impose" in text
    assert ontology.search("SANCTION") == one  # case does not matter
