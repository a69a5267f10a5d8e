"""A hand-built extraction with every field set, for tests of the record contract and of what
the store keeps (no parser runs)."""

from __future__ import annotations

from realpolitik.models import (
    ActorRef,
    Claim,
    Document,
    Event,
    Evidence,
    Extraction,
    Mention,
    Sentence,
)

TEXT = "Russia shelled Ukraine on 3 May. China supplied 80 percent of Iran's drones in 2022."
SECOND = TEXT.index("China")


def extraction(doc_id: str = "wire-1", text: str = TEXT, *, with_claim: bool = True) -> Extraction:
    doc = Document(doc_id, text, f"{doc_id}.txt", title="Wire", date="2024-05-04",
                   url="https://example.org/wire")  # fmt: skip
    first = Evidence(text[:SECOND].strip(), 0, SECOND - 1, "shelled")
    event = Event(
        doc_id, 0, ActorRef("Russia", "RUSMIL", "RUS", "Russian armed forces"),
        ActorRef("Ukraine", "UKR", "UKR"), "195", "ASSAULT", "aerial", -10.0, 4, "asserted",
        "2024-05-03", "day", first, 0.8749,
    )  # fmt: skip
    claim = Claim(
        doc_id, 1, ActorRef("China", "CHN", "CHN"), ActorRef("Iran", "IRN", "IRN"),
        "arms_share", 0.8, "fraction", 2022, "reported",
        Evidence(text[SECOND:], SECOND, len(text), "supplied"), ">=", "at least", 0.005,
        (2022, 2022), True, "drones",
    )  # fmt: skip
    sentences = [
        Sentence(doc_id, 0, 0, SECOND - 1, text[: SECOND - 1]),
        Sentence(doc_id, 1, SECOND, len(text), text[SECOND:]),
    ]
    mentions = [
        Mention(doc_id, 0, "Russia", "RUS", 0, 6),
        Mention(doc_id, 1, "China", "CHN", SECOND, SECOND + 5),
    ]
    return Extraction(doc, sentences, [event], [claim] if with_claim else [], mentions)
