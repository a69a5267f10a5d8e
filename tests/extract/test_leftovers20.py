"""Round 18's third leftover classes (leftovers20) on minimal sentences: measures removed (and
the pronoun that stands for one), refusals to reopen what was demanded, a symmetric act's venue,
the demanded act's pronoun subject, obligations. The suite's tables: ``phenomena_leftovers20.py``.
"""

from __future__ import annotations

import pytest
from extract_helpers import Extract, code_events, root_events

from realpolitik.extract._measure_pronouns import measure_words
from realpolitik.extract._obligations import obligation


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenya scrapped the border checks on Ugandan goods.", ("KEN", "UGA", "081")),
        ("Peru ended the tariffs on Chilean wine.", ("PER", "CHL", "085")),
        ("Ghana abolished the quotas on Togolese fish.", ("GHA", "TGO", "081")),
        ("Japan repealed the sanctions on Russian steel.", ("JPN", "RUS", "085")),
        ("Egypt dropped the ban on Sudanese trucks.", ("EGY", "SDN", "081")),
    ],
)
def test_removed_measure_is_eased(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    """A removal verb with a measure object eases it: 085 economic, 081 administrative."""
    got = {(s[:3], t[:3], c, f) for s, t, c, f in code_events(extract(text))}
    assert (*key, "asserted") in got, got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenya imposed tariffs on Ugandan goods. Uganda said Kenya should scrap them.",
         ("KEN", "UGA", "08", "possible")),
        ("Russia imposed a ban on Estonian fish. Russia lifted it on Monday.",
         ("RUS", "EST", "08", "asserted")),
        ("Chile imposed curbs on Peruvian trucks. A year later, Santiago removed them.",
         ("CHL", "PER", "08", "asserted")),
    ],
)  # fmt: skip
def test_pronoun_stands_for_the_measure(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    got = {(s[:3], t[:3], r, f) for s, t, r, f in root_events(extract(text))}
    assert key in got, got


def test_measure_pronoun_needs_a_measure(nlp: object) -> None:
    """ "Tbilisi said Moscow should remove them" (the troops): no measure, no easing word; the
    goods of "tariffs on Ugandan goods" are not what "them" stands for."""
    doc = nlp("Russia sent troops to Georgia. Tbilisi said Moscow should remove them.")  # type: ignore[operator]
    assert measure_words(doc[-2]) == set()
    doc = nlp("Kenya imposed tariffs on Ugandan goods. Uganda said Kenya should scrap them.")  # type: ignore[operator]
    assert measure_words(doc[-2]) == {"tariff"}
    doc = nlp("Kenya imposed a tariff on Ugandan goods. Uganda said Kenya should scrap them.")  # type: ignore[operator]
    assert measure_words(doc[-2]) == set()  # (number disagrees)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Egypt demanded that Sudan reopen the border crossing. Sudan said it would not reopen"
         " it until the attacks stop.", ("SDN", "EGY")),
        ("Turkey asked Greece to reopen the ports. Greece said it would not reopen them until"
         " talks resume.", ("GRC", "TUR")),
        ("Japan urged China to lift the sanctions. China said it would not lift them.",
         ("CHN", "JPN")),
    ],
)  # fmt: skip
def test_refusing_what_was_demanded(extract: Extract, text: str, key: tuple[str, str]) -> None:
    """ "would not reopen it" after a demand: a refusal (12x) of the thing demanded."""
    got = {(s[:3], t[:3], r) for s, t, r, f in root_events(extract(text)) if f == "asserted"}
    assert (*key, "12") in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Iran and Iraq traded accusations at the UN.",
        "Peru and Chile exchanged insults at the UN Security Council on Monday.",
        "Kenya and Somalia traded threats at the African Union summit.",
    ],
)
def test_venue_of_traded_charges_is_no_target(extract: Extract, text: str) -> None:
    got = {(s, t) for s, t, _r, _f in root_events(extract(text))}
    assert got and all(not s.startswith("IGO") and not t.startswith("IGO") for s, t in got), got
    assert len({s[:3] for s, _ in got}) == 2, got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Ghana fined a Nigerian oil company and demanded that it pay the taxes.",
         ("GHA", "NGA")),
        ("Nigeria accused Ghana of smuggling and demanded that it pay compensation.",
         ("NGA", "GHA")),
        ("Iraq invaded Kuwait. The UN demanded that it pay reparations.", ("IGO", "IRQ")),
        ("Kenya seized a Chinese ship. Beijing demanded that it pay for the damage.",
         ("CHN", "KEN")),
    ],
)  # fmt: skip
def test_demanded_it_pay(extract: Extract, text: str, pair: tuple[str, str]) -> None:
    """ "demanded that it pay": "it" is who was named before, never the demander."""
    got = {(s[:3], t[:3], r) for s, t, r, _f in root_events(extract(text))}
    assert (*pair, "10") in got, got


def test_demanded_standing_keeps_the_demander(extract: Extract) -> None:
    """ "demanded that it be allowed": the demander's own standing, no target of its own."""
    got = {(s[:3], t[:3], r) for s, t, r, _f in root_events(
        extract("Iran demanded that it be allowed to enrich uranium."))}  # fmt: skip
    assert not [k for k in got if k[0] == "IRN" and k[1] and k[1] != "IRN" and k[2] == "10"], got


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Kenya is going to have to negotiate with Uganda.", ("KEN", "UGA", "04")),
        ("Japan has to impose sanctions on China.", ("JPN", "CHN", "16")),
        ("Egypt needs to send aid to Sudan.", ("EGY", "SDN", "07")),
    ],
)
def test_obligation_is_possible(extract: Extract, text: str, key: tuple[str, ...]) -> None:
    got = {(s[:3], t[:3], r, f) for s, t, r, f in root_events(extract(text))}
    assert (*key, "possible") in got, got


def test_past_obligation_is_no_plan(nlp: object) -> None:
    """ "had to negotiate" tells what was done; "has to negotiate" what is not yet."""
    doc = nlp("Kenya had to negotiate with Uganda.")  # type: ignore[operator]
    assert not obligation(next(t for t in doc if t.lower_ == "negotiate"))
    doc = nlp("Kenya has to negotiate with Uganda.")  # type: ignore[operator]
    assert obligation(next(t for t in doc if t.lower_ == "negotiate"))
