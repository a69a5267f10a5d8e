"""The claim stage on hand-written parses (no model): a share with its subject, object, period
and precision; negation from the tree; document offsets when the parse is of one paragraph;
and the sentences that give no claim (no states, only unplaced actors, no figure)."""

from __future__ import annotations

from hand_parse import Row, parse, sentence

from realpolitik.extract.claims import find_claims
from realpolitik.models import ActorRef

CHN = ActorRef("China", "CHN", "CHN")
PRK = ActorRef("North Korea", "PRK", "PRK")

# "China accounts for 90 percent of North Korea's trade in 2023."
SHARE: list[Row] = [
    ("China", 1, "nsubj", "PROPN", "China"), ("accounts", 1, "ROOT", "VERB", "account"),
    ("for", 1, "prep", "ADP", "for"), ("90", 4, "nummod", "NUM", "90"),
    ("percent", 2, "pobj", "NOUN", "percent"), ("of", 4, "prep", "ADP", "of"),
    ("North", 7, "compound", "PROPN", "North"), ("Korea_", 9, "poss", "PROPN", "Korea"),
    ("'s", 7, "case", "PART", "'s"), ("trade", 5, "pobj", "NOUN", "trade"),
    ("in", 1, "prep", "ADP", "in"), ("2023_", 10, "pobj", "NUM", "2023"),
    (".", 1, "punct", "PUNCT", "."),
]  # fmt: skip


def actors(text: str, offset: int = 0) -> list[tuple[int, int, ActorRef]]:
    north = text.index("North")
    return [(offset, offset + 5, CHN), (offset + north, offset + north + 11, PRK)]


def test_a_share_with_its_states_period_and_precision() -> None:
    doc = parse(SHARE)
    (claim,) = find_claims(sentence(doc), actors(doc.text), "d", 3, "2024-03-01")
    assert (claim.subject, claim.object) == (CHN, PRK)
    assert (claim.measure, claim.value, claim.unit) == ("trade_share", 0.9, "fraction")
    assert (claim.year, claim.period, claim.precision) == (2023, (2023, 2023), 0.05)
    assert (claim.factuality, claim.comparator, claim.sentence_index) == ("asserted", "=", 3)
    assert claim.evidence.trigger == "90 percent"
    assert (claim.evidence.start, claim.evidence.end) == (0, len(doc.text))


def test_negation_in_the_tree_reaches_the_claim() -> None:
    rows: list[Row] = [
        ("China", 3, "nsubj", "PROPN", "China"),
        ("does", 3, "aux", "AUX", "do"),
        ("not", 3, "neg", "PART", "not"),
        ("account", 3, "ROOT", "VERB", "account"),
        *[(w, h + 2 if h != 1 else 3, d, p, lem) for w, h, d, p, lem in SHARE[2:]],
    ]
    doc = parse(rows)
    assert doc.text == "China does not account for 90 percent of North Korea's trade in 2023."
    (claim,) = find_claims(sentence(doc), actors(doc.text), "d", 0, "2024-03-01")
    assert claim.factuality == "negated" and claim.value == 0.9


def test_offsets_are_the_documents_when_the_parse_is_one_paragraph() -> None:
    doc = parse(SHARE)
    start = 120  # the paragraph begins 120 characters into the document
    (claim,) = find_claims(
        sentence(doc), actors(doc.text, start), "d", 0, "2024-03-01", sent_start=start
    )
    assert (claim.evidence.start, claim.evidence.end) == (start, start + len(doc.text))
    assert (claim.subject, claim.object) == (CHN, PRK)
    # actors outside this sentence are not its parties
    assert find_claims(sentence(doc), actors(doc.text), "d", 0, None, sent_start=start) == []


def test_sentences_that_give_no_claim() -> None:
    doc = parse(SHARE)
    assert find_claims(sentence(doc), [], "d", 0, "2024-03-01") == []
    unplaced = [(0, 5, ActorRef("rebels", "---REB", None))]
    assert find_claims(sentence(doc), unplaced, "d", 0, "2024-03-01") == []
    plain = parse([
        ("China", 1, "nsubj", "PROPN", "China"), ("trades", 1, "ROOT", "VERB", "trade"),
        ("with", 1, "prep", "ADP", "with"), ("Korea_", 2, "pobj", "PROPN", "Korea"),
        (".", 1, "punct", "PUNCT", "."),
    ])  # fmt: skip
    assert find_claims(sentence(plain), [(0, 5, CHN), (18, 23, PRK)], "d", 0, None) == []
