"""Every member state's demonym or adjectival form names that state (issue 9, lexicon gaps):
"Icelandic officials", "Cabo Verdean troops", "Comorian diplomats" are sources and targets like
the state's name. The forms live in the registry's own table (actors/data/demonyms.tsv)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from extract_helpers import country_triples

from realpolitik.actors import ActorRegistry, countries
from realpolitik.models import Extraction

Extract = Callable[..., Extraction]
_DATA = Path(__file__).resolve().parents[2] / "src" / "realpolitik" / "actors" / "data"
# "Dominican" names the Dominican Republic in wire copy; Dominica has no form of its own.
AMBIGUOUS = frozenset({"DMA"})


def _rows(name: str) -> list[list[str]]:
    lines = (_DATA / name).read_text(encoding="utf-8").splitlines()
    return [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")][1:]


def _members() -> list[str]:
    """Current UN members: a UN name and no end year in countries.tsv."""
    return [r[0] for r in _rows("countries.tsv") if len(r) > 6 and r[4] and not r[6]]


def test_every_member_state_has_a_demonym_row() -> None:
    forms = {r[0] for r in _rows("demonyms.tsv") if len(r) > 1 and r[1]}
    members = _members()
    assert len(members) > 180
    assert sorted(set(members) - forms - AMBIGUOUS) == []


def test_every_states_adjective_resolves_to_it(registry: ActorRegistry) -> None:
    """The first form of each row (the adjective) and every form this task added."""
    added = {"Icelandic", "Cabo Verdean", "Comorian", "Basotho", "Batswana", "Luxembourgish",
             "Vincentian", "Salvadorian", "Salvadorean", "Ivoirian", "Tobagonian", "Nigerien",
             "Burkinabè", "South Sudanese"}  # fmt: skip
    wrong = []
    for iso3, cell in ((r[0], r[1]) for r in _rows("demonyms.tsv") if len(r) > 1):
        forms = cell.split("|")
        for form in [forms[0], *(f for f in forms[1:] if f in added)]:
            found = list(registry.find_mentions(f"{form} officials met reporters.", "2024-06-20"))
            codes = {m.ref.code[:3] for m in found if m.start == 0}
            if countries.cameo_code(iso3) not in codes:
                wrong.append((form, iso3, sorted(codes)))
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Icelandic officials met Norwegian diplomats.", ("ISL", "NOR", "040")),
        ("Cabo Verdean officials met Portuguese diplomats on Monday.", ("CPV", "PRT", "040")),
        ("Comorian officials met French diplomats.", ("COM", "FRA", "040")),
        ("Burkinabè troops attacked Malian positions.", ("BFA", "MLI", "190")),
        ("Nigerien soldiers attacked Malian positions.", ("NER", "MLI", "190")),
        ("Emirati warplanes attacked Yemeni positions.", ("ARE", "YEM", "190")),
        ("Kyrgyz forces clashed with Tajik border guards.", ("KGZ", "TJK", "190")),
        ("Salvadorian officials met Guatemalan diplomats.", ("SLV", "GTM", "040")),
        ("Bahraini police arrested Iranian nationals.", ("BHR", "IRN", "173")),
        ("Basotho officials met South African diplomats.", ("LSO", "ZAF", "040")),
    ],
)
def test_demonym_with_a_sector_is_a_party(extract: Extract, text: str, want: tuple) -> None:
    got = {(s, t, (c or "")[:3]) for s, t, c in country_triples(extract(text))}
    assert want in got, got
