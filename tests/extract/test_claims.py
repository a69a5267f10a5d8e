"""Claims: shares, amounts and counts with subject, object, measure, value and unit."""

from __future__ import annotations

import re
from typing import Any

import pytest

from realpolitik.extract.claims import find_claims
from realpolitik.models import ActorRef, Claim

spacy = pytest.importorskip("spacy")

CODES = {
    "China": "CHN",
    "Beijing": "CHN",
    "North Korea": "PRK",
    "North Korean": "PRK",
    "DPRK": "PRK",
    "Pyongyang": "PRK",
    "Russia": "RUS",
    "Moscow": "RUS",
    "Iran": "IRN",
    "the United States": "USA",
    "Ukraine": "UKR",
    "Kyiv": "UKR",
    "Seoul": "KOR",
    "Vietnam": "VNM",
    "India": "IND",
}
_NAMES = re.compile("|".join(sorted(map(re.escape, CODES), key=len, reverse=True)))


# ``nlp`` is conftest.py's: the pipeline as the extractor runs it (``load_nlp``: no NER, actors
# come from the registry), loaded once a process for every extraction test, not again here.


def claims_in(
    nlp: Any, sentence: str, doc_date: str | None = "2024-06-21", **kw: Any
) -> list[Claim]:
    """Parse the sentence as the second paragraph of a document, as the extractor does."""
    prefix = "An unrelated heading\n\n"
    document = prefix + sentence
    actors = [
        (m.start(), m.end(), ActorRef(m.group(), CODES[m.group()], CODES[m.group()]))
        for m in _NAMES.finditer(document)
    ]
    sent = next(nlp(sentence).sents)  # offsets relative to the paragraph parse
    return find_claims(sent, actors, "doc1", 1, doc_date, sent_start=len(prefix), **kw)


STATEMENT_UNITS = ("rank", "flag", "change", "index")


def one(nlp: Any, sentence: str, **kw: Any) -> tuple[Any, ...]:
    """The one quantity claim of a sentence (rankings and alliance statements aside)."""
    claims = [c for c in claims_in(nlp, sentence, **kw) if c.unit not in STATEMENT_UNITS]
    assert len(claims) == 1, claims
    c = claims[0]
    return (
        c.subject.code if c.subject else None,
        c.object.code if c.object else None,
        c.measure,
        c.value,
        c.unit,
        c.year,
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Beijing is Pyongyang's lifeline, accounting for 90 percent of DPRK's trade.",
            ("CHN", "PRK", "trade_share", 0.9, "fraction", None),
        ),
        (
            "China accounts for more than 95% of North Korea's foreign trade.",
            ("CHN", "PRK", "trade_share", 0.95, "fraction", None),
        ),
        (
            "China's share of North Korea's trade rose to 98 percent in 2019.",
            ("CHN", "PRK", "trade_share", 0.98, "fraction", 2019),
        ),
        (
            "Russia supplies a third of India's imports of oil.",
            ("RUS", "IND", "import_share", pytest.approx(1 / 3, abs=1e-5), "fraction", None),
        ),
        (
            "Two-thirds of Vietnam's exports go to China.",
            ("CHN", "VNM", "export_share", pytest.approx(2 / 3, abs=1e-5), "fraction", None),
        ),
        (
            "Russia accounted for 36 per cent of India's arms imports.",
            ("RUS", "IND", "arms_share", 0.36, "fraction", None),
        ),
        (
            "China is North Korea's main partner, accounting for 90 percent of its trade.",
            ("CHN", "PRK", "trade_share", 0.9, "fraction", None),
        ),
        (
            "Half of North Korea's trade is with China.",
            ("CHN", "PRK", "trade_share", 0.5, "fraction", None),
        ),
    ],
)
def test_shares(nlp: Any, sentence: str, expected: tuple[Any, ...]) -> None:
    assert one(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Trade between China and Russia reached $240 billion in 2023.",
            ("CHN", "RUS", "trade_value", 240e9, "USD", 2023),
        ),
        (
            "China and Russia recorded bilateral trade of 1.5 trillion yuan last year.",
            ("CHN", "RUS", "trade_value", 1.5e12, "CNY", 2023),
        ),
        (
            "China-Russia trade grew to US$ 190.3bn.",
            ("CHN", "RUS", "trade_value", pytest.approx(190.3e9), "USD", None),
        ),
        (
            "the United States approved $61 billion in aid for Ukraine.",
            ("USA", "UKR", "aid_value", 61e9, "USD", None),
        ),
        (
            "China's exports to Russia reached $110 billion.",
            ("CHN", "RUS", "export_value", 110e9, "USD", None),
        ),
        (
            "China's imports from Russia were worth $129 billion.",
            ("RUS", "CHN", "import_value", 129e9, "USD", None),
        ),
        (
            "Russia delivered weapons worth 1,200 million TIV to India.",
            ("RUS", "IND", "arms_value", 1.2e9, "TIV", None),
        ),
        (
            "Seoul pledged 2 billion euros in loans to Ukraine.",
            ("KOR", "UKR", "aid_value", 2e9, "EUR", None),
        ),
    ],
)
def test_amounts(nlp: Any, sentence: str, expected: tuple[Any, ...]) -> None:
    assert one(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "North Korea sent about 11,000 troops to Russia.",
            ("PRK", "RUS", "troops", 11_000.0, "count", None),
        ),
        (
            "Some 11,000 North Korean soldiers are fighting in Russia.",
            ("PRK", "RUS", "troops", 11_000.0, "count", None),
        ),
        (
            "Pyongyang has shipped millions of artillery shells to Moscow.",
            ("PRK", "RUS", "shells", 2_000_000.0, "count", None),
        ),
        (
            "Iran supplied dozens of ballistic missiles to Russia.",
            ("IRN", "RUS", "missiles", 24.0, "count", None),
        ),
        (
            "North Korea delivered 1 million shells to Russia last year.",
            ("PRK", "RUS", "shells", 1e6, "count", 2023),
        ),
        (
            "Russia received thousands of drones from Iran.",
            ("IRN", "RUS", "drones", 2_000.0, "count", None),
        ),
        (
            "Pyongyang sent three thousand workers to Russia.",
            ("PRK", "RUS", "workers", 3_000.0, "count", None),
        ),
        (
            "Iran has provided Russia with several ballistic missiles.",
            ("IRN", "RUS", "missiles", 3.0, "count", None),
        ),
        (
            "Russian forces fired more than 40 missiles at Kyiv and Dnipro.",
            ("RUS", "UKR", "missiles", 40.0, "count", None),
        ),
        (
            "Moscow received dozens of KN-23 and KN-24 ballistic missiles from Pyongyang.",
            ("PRK", "RUS", "missiles", 24.0, "count", None),
        ),
    ],
)
def test_counts(nlp: Any, sentence: str, expected: tuple[Any, ...]) -> None:
    assert one(nlp, sentence) == expected


def test_two_claims_in_one_sentence(nlp: Any) -> None:
    claims = claims_in(
        nlp, "Russia accounted for 36 percent of India's arms imports, worth 900 million TIV."
    )
    assert [(c.measure, c.value, c.unit) for c in claims] == [
        ("arms_share", 0.36, "fraction"),
        ("arms_value", 9e8, "TIV"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade between China and Russia rose by 26 percent in 2023.",  # growth, not a share
        "Russia's economy grew 3 percent in 2023.",  # no relation measure
        "The summit in Beijing lasted two days.",  # a number, no measure word
        "About 11,000 troops took part in the parade.",  # no actor
        "Officials met 24 times.",
        "The talks began two days after Russian missiles hit Kyiv.",  # counts days, not missiles
    ],
)
def test_no_claim(nlp: Any, sentence: str) -> None:
    assert claims_in(nlp, sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin said that trade between the two countries reached $240 billion last year.",
        "Officials in Beijing said the two sides traded goods worth $240 billion.",
    ],
)
def test_the_speaker_holds_no_share_of_a_reported_figure(nlp: Any, sentence: str) -> None:
    claims = claims_in(nlp, sentence.replace("Putin", "Moscow").replace("Officials in ", ""))
    assert [c for c in claims if c.subject is not None] == []


def test_evidence_is_in_document_offsets(nlp: Any) -> None:
    sentence = "North Korea sent about 11,000 troops to Russia."
    (claim,) = claims_in(nlp, sentence)
    prefix_len = len("An unrelated heading\n\n")
    assert claim.evidence.start == prefix_len
    assert claim.evidence.end == prefix_len + len(sentence)
    assert claim.evidence.sentence == sentence
    assert claim.evidence.trigger == "about 11,000 troops"  # the qualifier is kept
    assert claim.doc_id == "doc1" and claim.sentence_index == 1
    record = claim.to_dict()
    assert record["kind"] == "claim" and record["subject"]["code"] == "PRK"


def test_actors_outside_the_sentence_are_ignored(nlp: Any) -> None:
    text = "Russia and China met. North Korea sent 11,000 troops."
    doc = nlp(text)
    sents = list(doc.sents)
    actors = [
        (m.start(), m.end(), ActorRef(m.group(), CODES[m.group()], CODES[m.group()]))
        for m in _NAMES.finditer(text)
    ]
    (claim,) = find_claims(sents[1], actors, "d", 1, None)
    assert claim.subject is not None and claim.subject.code == "PRK"
    assert claim.object is None


def test_factuality_callable_gets_the_governing_verb(nlp: Any) -> None:
    seen: list[str] = []

    def hedged(token: Any) -> Any:
        seen.append(token.lemma_)
        return "possible" if any(c.lower_ == "could" for c in token.children) else "asserted"

    (claim,) = claims_in(
        nlp, "Seoul said North Korea could send 10,000 more troops to Russia.", factuality=hedged
    )
    assert seen == ["send"]
    assert claim.factuality == "possible"
    assert (claim.subject and claim.subject.code, claim.object and claim.object.code) == (
        "PRK",
        "RUS",
    )


def test_sector_only_actors_are_not_subjects(nlp: Any) -> None:
    sentence = "North Korea sent about 11,000 soldiers to Russia."
    sent = next(nlp(sentence).sents)
    start = sentence.index("soldiers")
    actors = [
        (0, 11, ActorRef("North Korea", "PRK", "PRK")),
        (start, start + 8, ActorRef("soldiers", "---MIL", None)),
        (sentence.index("Russia"), sentence.index("Russia") + 6, ActorRef("Russia", "RUS", "RUS")),
    ]
    (claim,) = find_claims(sent, actors, "d", 0, None)
    assert (claim.subject and claim.subject.code, claim.object and claim.object.code) == (
        "PRK",
        "RUS",
    )
    only_sector = [actors[1]]
    assert find_claims(sent, only_sector, "d", 0, None) == []
