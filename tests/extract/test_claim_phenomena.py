"""Claims, generated: whose share it is, the qualifier and stated precision on every claim,
and vague quantities and model names that are never exact counts (issue 9, phenomenon 5)."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest

from realpolitik.models import Claim, Extraction

Extract = Callable[..., Extraction]
STATES = [
    ("China", "CHN"), ("Russia", "RUS"), ("Japan", "JPN"), ("India", "IND"),
    ("Germany", "DEU"), ("Turkey", "TUR"), ("Brazil", "BRA"), ("Iran", "IRN"),
]  # fmt: skip
WHOLES = [("Laos", "LAO"), ("Vietnam", "VNM"), ("Mongolia", "MNG"), ("Cuba", "CUB"),
          ("Serbia", "SRB"), ("Nepal", "NPL")]  # fmt: skip
THIRD = [("the United States", "USA"), ("France", "FRA"), ("Egypt", "EGY")]
MEASURES = [("trade", "trade_share"), ("imports", "import_share"), ("exports", "export_share"),
            ("debt", "debt_share"), ("arms imports", "arms_share")]  # fmt: skip
HOLDER = [
    "{a} holds sway over {b}, holding {n} percent of its {m}.",
    "{a} dominates {b}, accounting for {n} percent of its {m}.",
    "Unlike {c}, {a} accounts for {n} percent of {b}'s {m}.",
    "{a} accounts for {n} percent of {b}'s {m}, far more than {c}.",
    "According to officials in {c}, {a} accounts for {n} percent of {b}'s {m}.",
    "{b} depends on {a}, which holds {n} percent of its {m}.",
    "{a}'s share of {b}'s {m} reached {n} percent, while {c} lagged behind.",
]


def shares(ex: Extraction) -> list[Claim]:
    return [c for c in ex.claims if c.unit == "fraction"]


def holder_cases() -> list[tuple[str, str, str, str]]:
    combos = itertools.cycle(itertools.product(STATES, WHOLES, THIRD, MEASURES))
    out = []
    for template in HOLDER:
        for _ in range(6):
            (a, a_code), (b, b_code), (c, _), (m, measure) = next(combos)
            text = template.format(a=a, b=b, c=c, m=m, n=70)
            out.append((text, a_code, b_code, measure))
    return out


@pytest.mark.parametrize(("text", "holder", "whole", "measure"), holder_cases())
def test_the_holder_is_the_phrases_own_subject(
    extract: Extract, text: str, holder: str, whole: str, measure: str
) -> None:
    found = shares(extract(text, "2024-03-01"))
    assert len(found) == 1, found
    claim = found[0]
    assert (claim.subject and claim.subject.code, claim.object and claim.object.code) == (
        holder,
        whole,
    )
    assert (claim.measure, claim.value) == (measure, 0.7)


QUALIFIERS = [
    ("more than", ">"), ("over", ">"), ("above", ">"), ("at least", ">="), ("less than", "<"),
    ("under", "<"), ("below", "<"), ("up to", "<="), ("at most", "<="), ("about", "="),
    ("around", "="), ("nearly", "="), ("roughly", "="), ("", "="),
]  # fmt: skip
KINDS = [
    ("{a} accounts for {q} 82 percent of {b}'s trade.", "trade_share", 0.82, 0.005, 0.05),
    ("{a} sold {q} $2.3 billion worth of goods in exports to {b}.", "export_value", 2.3e9,
     0.05e9, 0.23e9),
    ("{a} sent {q} 11,000 troops to {b}.", "troops", 11_000, 500, 1_100),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "measure", "value", "comparator", "qualifier", "precision"),
    [
        (
            kind.format(a=a, b=b, q=q).replace("  ", " "), measure, value, comparator, q or None,
            wide if comparator == "=" and q else exact,
        )
        for (kind, measure, value, exact, wide), (q, comparator), ((a, _), (b, _)) in zip(
            itertools.cycle(KINDS), QUALIFIERS * 3, itertools.cycle(zip(STATES, WHOLES, strict=False)),
            strict=False,
        )
    ],
)  # fmt: skip
def test_qualifier_and_stated_precision_are_kept(
    extract: Extract,
    text: str,
    measure: str,
    value: float,
    comparator: str,
    qualifier: str | None,
    precision: float,
) -> None:
    found = [c for c in extract(text, "2024-03-01").claims if c.measure == measure]
    assert len(found) == 1, (text, extract(text, "2024-03-01").claims)
    claim = found[0]
    assert claim.value == pytest.approx(value)
    assert (claim.comparator, claim.qualifier) == (comparator, qualifier)
    assert claim.precision == pytest.approx(precision)
    assert claim.exact is True
    assert qualifier is None or (claim.evidence.trigger or "").startswith(qualifier)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("several", 3), ("a few", 3), ("dozens of", 24), ("hundreds of", 200),
     ("thousands of", 2_000), ("tens of thousands of", 20_000)],
)  # fmt: skip
@pytest.mark.parametrize("noun", ["troops", "missiles", "drones", "artillery shells"])
def test_vague_quantities_are_lower_bounds_never_exact(
    extract: Extract, phrase: str, value: int, noun: str
) -> None:
    text = f"North Korea sent {phrase} {noun} to Russia."
    found = [c for c in extract(text, "2024-03-01").claims if c.unit == "count"]
    assert len(found) == 1, found
    claim = found[0]
    assert (claim.value, claim.comparator, claim.exact) == (value, ">=", False)
    assert claim.qualifier is not None and claim.qualifier.startswith(phrase.split()[0])


@pytest.mark.parametrize(
    "model",
    ["KN-23 missiles", "Su-30 jets", "S-400 launchers", "Hwasong-17 missiles",
     "Shahed-136 drones", "F-16 jets", "T-72 tanks", "Mi-8 helicopters"],
)  # fmt: skip
@pytest.mark.parametrize("verb", ["sent", "delivered", "supplied"])
def test_model_names_are_never_counts(extract: Extract, model: str, verb: str) -> None:
    text = f"Russia {verb} {model} to Iran."
    digits = "".join(ch for ch in model if ch.isdigit())
    counts = [c for c in extract(text, "2024-03-01").claims if c.unit == "count"]
    assert all(c.value != float(digits) for c in counts)
    assert not [c for c in counts if c.exact]
    counted = extract(f"Russia {verb} 12 {model} to Iran.", "2024-03-01").claims
    assert [(c.value, c.exact) for c in counted if c.unit == "count"] == [(12.0, True)]


STATEMENTS = [
    ("{a} is {b}'s largest arms supplier.", "arms_top_supplier", 1.0, None),
    ("{a} remains the top arms supplier to {b}.", "arms_top_supplier", 1.0, None),
    ("{b}'s second-largest trading partner is {a}.", "trade_top_partner", 2.0, None),
    ("{a} is the biggest market for {b}'s exports.", "export_top_partner", 1.0, None),
    ("{a}, {b}'s only treaty ally, urged restraint.", "alliance_only", 1.0, None),
    ("{a} was {b}'s closest partner in UN votes in 2020.", "un_closest_partner", 1.0, [2020, 2020]),
    ("{a} and {b} have been treaty allies since 1990.", "alliance_defense", 1.0, [1990, 2023]),
    ("{a} and {b} have had a mutual defence treaty since 1990.", "alliance_defense", 1.0,
     [1990, 2023]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "holder", "owner", "measure", "value", "period"),
    [
        (template.format(a=a, b=b), a_code, b_code, measure, value, period)
        for (template, measure, value, period), ((a, a_code), (b, b_code)) in zip(
            STATEMENTS * 3, itertools.cycle(zip(STATES, WHOLES, strict=False)), strict=False
        )
    ],
)
def test_rankings_and_alliances_name_holder_and_owner(
    extract: Extract,
    text: str,
    holder: str,
    owner: str,
    measure: str,
    value: float,
    period: list[int] | None,
) -> None:
    found = [c for c in extract(text, "2024-03-01").claims if c.measure == measure]
    assert len(found) == 1, (text, extract(text, "2024-03-01").claims)
    claim = found[0]
    assert (claim.subject and claim.subject.code, claim.object and claim.object.code) == (
        holder,
        owner,
    )
    assert claim.value == value
    assert (list(claim.period) if claim.period else None) == period
