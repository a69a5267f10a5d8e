"""The quantity stage of claim extraction on its own (words only, no parse): each figure's
value, unit, measure, comparator, stated precision and scope, and what is never a quantity."""

from __future__ import annotations

import pytest

from realpolitik.extract._claim_numbers import find_quantities

CASES = [
    # text, (value, unit, measure, comparator, precision, exact, scope)
    ("China accounts for 90 percent of North Korea's trade.",
     (0.9, "fraction", "trade_share", "=", 0.05, True, None)),
    ("China accounts for 82 percent of North Korea's trade.",
     (0.82, "fraction", "trade_share", "=", 0.005, True, None)),
    ("Russia sold $2.3 billion of arms.",
     (2.3e9, "USD", "arms_value", "=", 5e7, True, None)),
    ("It deployed more than 11,000 troops.",
     (11000.0, "count", "troops", ">", 500.0, True, None)),
    ("China buys a third of its imports.",
     (0.333333, "fraction", "import_share", "=", 0.05, True, None)),
    ("It sent thousands of troops.",
     (2000.0, "count", "troops", ">=", None, False, None)),
    ("It supplied up to 300 drones.",
     (300.0, "count", "drones", "<=", 30.0, True, None)),
    ("Iraq supplies about 40 percent of its oil imports.",
     (0.4, "fraction", "import_share", "=", 0.05, True, "oil")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "want"), CASES, ids=[c[0][:30] for c in CASES])
def test_one_quantity(text: str, want: tuple[object, ...]) -> None:
    (q,) = find_quantities(text)
    value, unit, measure, comparator, precision, exact, scope = want
    assert q.value == pytest.approx(value)
    assert (q.unit, q.measure, q.comparator, q.exact, q.scope) == (
        unit, measure, comparator, exact, scope,
    )  # fmt: skip
    assert q.precision == (pytest.approx(precision) if precision is not None else None)
    assert 0 <= q.start <= q.at < q.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Exports rose by 20 percent.",  # growth, not a share
        "Russia sent KN-23 missiles to Iran.",  # a model name
        "The Su-30 and S-400 systems arrived.",
        "Nothing was said.",
    ],
)
def test_no_quantity(text: str) -> None:
    assert find_quantities(text) == []


def test_qualifiers_are_read_before_the_number() -> None:
    text = "It sent more than 11,000 troops."
    (q,) = find_quantities(text)
    assert q.qualifier == "more than" and text[q.at : q.at + 6] == "11,000"
    assert text[q.start : q.at].strip() == "more than"


def test_several_quantities_in_text_order() -> None:
    text = "China took 60 percent of its exports and supplied 70 percent of its imports."
    found = find_quantities(text)
    assert [(q.value, q.measure) for q in found] == [(0.6, "export_share"), (0.7, "import_share")]
    assert found[0].end <= found[1].start


@pytest.mark.parametrize(
    ("text", "value"),
    [("It sent 40 \u017foldiers.", 40.0), ("It sent thou\u017fands of troops.", 2000.0)],
)
def test_a_letter_that_only_folds_to_ascii_reads_like_its_ascii_form(
    text: str, value: float
) -> None:
    """The pattern matches case-insensitively, so a long s matches "s": the noun is looked up
    by its case-folded form (a KeyError before)."""
    (q,) = find_quantities(text)
    assert (q.measure, q.value) == ("troops", value)
