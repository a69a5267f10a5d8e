"""A store with known events, saved through the real store API (no extraction involved)."""

from __future__ import annotations

from realpolitik.models import ActorRef, Claim, Document, Event, Evidence, Extraction, Sentence
from realpolitik.store import Store

RUS = ActorRef("Russia", "RUS", "RUS")
RUSGOV = ActorRef("Putin", "RUSGOV", "RUS", "Vladimir Putin")
PRK = ActorRef("North Korea", "PRK", "PRK")
CHN = ActorRef("Beijing", "CHN", "CHN")
UKR = ActorRef("Ukraine", "UKR", "UKR")

# (doc date, sentence, trigger, source, target, cameo, plover, goldstein, quad, factuality)
EVENTS = [
    ("2024-06-19", "Putin signed a treaty with North Korea.", "signed", RUSGOV, PRK, "057", "AGREE", 8.0, 1, "asserted"),
    ("2024-06-19", "North Korea praised Russia.", "praised", PRK, RUS, "051", "SUPPORT", 3.4, 1, "asserted"),
    ("2024-07-08", "Russia attacked Ukraine with missiles.", "attacked", RUS, UKR, "195", "ASSAULT", -10.0, 4, "asserted"),
    ("2024-07-08", "Russia could send aid to North Korea.", "send", RUS, PRK, "070", "AID", 7.0, 2, "possible"),
    ("2024-10-18", "Officials said North Korea sent troops to Russia.", "sent", PRK, RUS, "074", "AID", 8.5, 2, "reported"),
    ("2024-05-16", "Beijing criticised Moscow's <b>bold</b> plan & more.", "criticised", CHN, RUS, "111", "DISAPPROVE", -2.0, 3, "asserted"),
]  # fmt: skip


def populate(store: Store, prefix: str = "") -> None:
    for i, (date, text, trigger, src, tgt, cameo, plover, gs, quad, fact) in enumerate(EVENTS):
        doc_id = f"{prefix}doc{i}"
        doc = Document(doc_id, text, f"/corpus/{doc_id}.txt", title=f"Title {i}", date=date)
        ev = Evidence(text, 0, len(text), trigger)
        event = Event(
            doc_id, 0, src, tgt, cameo, plover, None, gs, quad, fact, date, "day", ev, 0.9
        )
        claims = []
        if i == 0:
            claims.append(
                Claim(doc_id, 0, CHN, PRK, "trade_share", 0.9, "fraction", 2023, "asserted", ev)
            )
        sentence = Sentence(doc_id, 0, 0, len(text), text)
        store.save_extraction(Extraction(doc, [sentence], [event], claims, []))
