"""Actor mentions in running text: offsets that cut the text exactly, no overlaps, case rules for
short codes, dated offices, sector words, modifiers, and user entries with dates of their own."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry, Entry

REG = ActorRegistry.default()

TEXTS = [
    ("The US and the UK met us in Geneva.", "2020-01-01"),
    ("Sino-Russian ties deepened.", None),
    ("Tehran-backed militias attacked U.S. troops.", None),
    ("President Biden met Xi Jinping in Bali.", "2022-11-14"),
    ("The rebels fled to Chad, officials in N'Djamena said.", None),
    ("South Korean and Japanese diplomats met in Seoul.", "2023-03-16"),
]


@pytest.mark.parametrize(("text", "date"), TEXTS)
def test_offsets_cut_the_text_and_never_overlap(text: str, date: str | None) -> None:
    found = REG.find_mentions(text, date)
    assert found
    for m in found:
        assert text[m.start : m.end] == m.text and m.ref.code
    ends = [(m.start, m.end) for m in found]
    assert ends == sorted(ends)
    assert all(a[1] <= b[0] for a, b in zip(ends, ends[1:], strict=False))


def test_short_codes_keep_their_case() -> None:
    found = REG.find_mentions("The US and the UK met us in Geneva.", "2020-01-01")
    assert [(m.text, m.ref.code) for m in found] == [("The US", "USA"), ("the UK", "GBR")]
    # "us" the pronoun is no state; "The Gambia" needs its capital
    assert [m.text for m in REG.find_mentions("the gambia and The Gambia")] == ["The Gambia"]


def test_an_office_holder_is_coded_by_the_date() -> None:
    text = "President Biden met Xi Jinping in Bali."
    during = {m.text: m.ref.code for m in REG.find_mentions(text, "2022-11-14")}
    after = {m.text: m.ref.code for m in REG.find_mentions(text, "2026-01-01")}
    assert during["President Biden"] == "USAGOV" and after["President Biden"] == "USAELI"
    assert during["Xi Jinping"] == after["Xi Jinping"] == "CHNGOV"


def test_sector_words_and_modifiers() -> None:
    text = "Tehran-backed militias attacked U.S. troops."
    plain = [(m.text, m.ref.code, m.kind) for m in REG.find_mentions(text)]
    assert plain == [("militias", "---REB", "sector"), ("U.S. troops", "USAMIL", "country")]
    marked = [(m.text, m.kind) for m in REG.find_mentions(text, modifiers=True)]
    assert ("Tehran", "modifier") in marked
    no_sectors = [m.text for m in REG.find_mentions(text, sectors=False)]
    assert no_sectors == ["U.S. troops"]


def test_combining_forms_and_place_names() -> None:
    pair = [m.ref.country for m in REG.find_mentions("Sino-Russian ties deepened.")]
    assert pair == ["CHN", "RUS"]
    assert REG.find_mentions("Ships sailed through the South China Sea.") == []


def test_a_users_entry_is_valid_between_its_dates() -> None:
    reg = REG.with_entries(
        [
            Entry(
                "Grand Vizier", "OTTGOV", "TUR", "The Vizier", "person", "1900-01-01", "1910-12-31"
            ),  # fmt: skip
            Entry("Grand Vizier", "TURELI", "TUR", "The Vizier", "person", "1911-01-01", None),
        ]
    )
    inside = reg.resolve("the Grand Vizier", "1905-06-01")
    later = reg.resolve("the Grand Vizier", "1950-06-01")
    assert inside is not None and inside.code == "OTTGOV" and inside.name == "The Vizier"
    assert later is not None and later.code == "TURELI"
    assert REG.resolve("the Grand Vizier", "1905-06-01") is None  # the default one is untouched
    listed = [e for e in reg.entries() if e.phrase == "Grand Vizier"]
    assert [(e.ref.code, e.valid_from, e.valid_until) for e in listed] == [
        ("OTTGOV", "1900-01-01", "1910-12-31"), ("TURELI", "1911-01-01", None),
    ]  # fmt: skip


def test_resolve_prefers_a_known_country_then_the_longest() -> None:
    ref = REG.resolve("rebels and the Chadian army")
    assert ref is not None and ref.country == "TCD"
    assert REG.resolve("") is None and REG.resolve("   ") is None
