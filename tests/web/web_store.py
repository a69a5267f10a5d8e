"""A store for the dashboard tests: text events, GDELT events, UN votes, arms, trade, alliances
and ideal points, written through the real store API and plain SQL into a real DuckDB file."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "cli"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analysis"))

from measures_data import add_event, add_roll_call  # noqa: E402
from row_inserts import insert_rows
from sample_store import CHN, PRK, RUS, RUSGOV, UKR, populate  # noqa: E402

from realpolitik.models import (  # noqa: E402
    ActorRef,
    Document,
    Event,
    Evidence,
    Extraction,
    Sentence,
)
from realpolitik.store import Store  # noqa: E402

EVIDENCE_2023 = "Russia and North Korea held talks on military cooperation in Pyongyang."
HOSTILE_TITLE = '<script>alert("x")</script> Hostile feed item'
HOSTILE_URL = "javascript:alert(document.cookie)"
FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")'
VNM = ActorRef("Vietnam", "VNM", "VNM")
STATES = ("USA", "RUS", "PRK", "CHN", "VNM", "UKR", "IND")


def _text_event(store: Store, doc_id: str, date: str, text: str, trigger: str, src, tgt,
                cameo: str, plover: str, gs: float, quad: int, *, title: str, url: str | None,
                body: str | None = None) -> None:  # fmt: skip
    body = body or f"Intro line.\n{text}\nClosing line."
    start = body.index(text)
    doc = Document(doc_id, body, f"/corpus/{doc_id}.txt", title=title, date=date, url=url)
    ev = Evidence(text, start, start + len(text), trigger)
    event = Event(
        doc_id, 1, src, tgt, cameo, plover, None, gs, quad, "asserted", date, "day", ev, 0.9
    )
    sentence = Sentence(doc_id, 1, start, start + len(text), text)
    store.save_extraction(Extraction(doc, [sentence], [event], [], []))


def build(path: Path) -> Path:
    """Write the store to ``path`` and close it (the dashboard opens it read-only)."""
    with Store(path) as store:
        populate(store)  # 2024 text events: RUS-PRK, PRK-RUS, RUS-UKR, CHN-RUS (+ a claim)
        _text_event(store, "talks2023", "2023-09-13", EVIDENCE_2023, "held talks", RUS, PRK,
                    "043", "CONSULT", 2.8, 1, title="Talks in 2023",
                    url="https://example.org/talks")  # fmt: skip
        _text_event(store, "hostile", "2023-03-01", "Russia attacked Ukraine again.", "attacked",
                    RUSGOV, UKR, "190", "ASSAULT", -10.0, 4, title=HOSTILE_TITLE, url=HOSTILE_URL)  # fmt: skip
        _text_event(store, "formula", "2022-01-05", "China praised Vietnam.", "praised",
                    CHN, VNM, "051", "SUPPORT", 3.4, 1, title=FORMULA_TITLE, url="data:text/html,x")  # fmt: skip
        for i, (src, tgt, date, quad, gs) in enumerate([
            ("RUS", "PRK", "2023-05-01", 1, 3.0), ("RUS", "PRK", "2024-05-01", 2, 7.0),
            ("PRK", "RUS", "2024-06-01", 1, 4.0), ("USA", "CHN", "2023-02-01", 3, -4.0),
            ("USA", "VNM", "2023-09-10", 1, 3.5), ("USA", "VNM", "2024-01-10", 2, 6.0),
            ("CHN", "VNM", "2024-03-10", 3, -2.0),
        ]):  # fmt: skip
            add_event(store, origin="gdelt", external_id=f"g{i}", date=date, source_code=src,
                      source_country=src, target_code=tgt, target_country=tgt, cameo="040",
                      quad_class=quad, goldstein=gs, factuality=None)  # fmt: skip
        _votes(store)
        _datasets(store)
    return path


def _votes(store: Store) -> None:
    """Roll calls 2021-2023: RUS and PRK vote alike more and more; USA apart."""
    patterns = {
        2021: [{"USA": "Y", "RUS": "N", "PRK": "Y", "CHN": "N", "VNM": "Y", "UKR": "Y", "IND": "A"},
               {"USA": "N", "RUS": "Y", "PRK": "N", "CHN": "Y", "VNM": "Y", "UKR": "N", "IND": "Y"}],
        2022: [{"USA": "Y", "RUS": "N", "PRK": "N", "CHN": "A", "VNM": "A", "UKR": "Y", "IND": "A"},
               {"USA": "N", "RUS": "Y", "PRK": "Y", "CHN": "Y", "VNM": "Y", "UKR": "N", "IND": "Y"}],
        2023: [{"USA": "Y", "RUS": "N", "PRK": "N", "CHN": "N", "VNM": "A", "UKR": "Y", "IND": "A"},
               {"USA": "N", "RUS": "Y", "PRK": "Y", "CHN": "Y", "VNM": "Y", "UKR": "N", "IND": "Y"},
               {"USA": "Y", "RUS": "N", "PRK": "N", "CHN": "A", "VNM": "Y", "UKR": "Y", "IND": "Y"}],
    }  # fmt: skip
    n = 0
    for year, calls in patterns.items():
        for votes in calls * 10:  # each pattern ten times: the default --min-votes is 20
            n += 1
            add_roll_call(store, f"undl:{n}", f"{year}-10-{n % 28 + 1:02d}", votes)


def _datasets(store: Store) -> None:
    con = store.con
    insert_rows(
        con,
        "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv) VALUES (?, ?, ?, ?)",
        [("RUS", "VNM", 2019, 300.0), ("RUS", "VNM", 2021, 120.0), ("USA", "VNM", 2022, 40.0),
         ("ISR", "VNM", 2023, 60.0), ("RUS", "IND", 2022, 900.0), ("PRK", "RUS", 2023, 250.0),
         ("RUS", "PRK", 2023, 20.0), ("USA", "UKR", 2023, 800.0)],
    )  # fmt: skip
    insert_rows(
        con,
        "INSERT INTO trade_flows (reporter, partner, year, flow, value, origin) VALUES (?, ?, ?, 'export', ?, 'baci')",
        [("CHN", "VNM", 2023, 140e9), ("VNM", "CHN", 2023, 60e9), ("VNM", "USA", 2023, 97e9),
         ("USA", "VNM", 2023, 10e9), ("CHN", "PRK", 2023, 2e9), ("PRK", "CHN", 2023, 0.3e9),
         ("RUS", "PRK", 2023, 0.05e9), ("CHN", "USA", 2023, 430e9), ("USA", "CHN", 2023, 150e9),
         ("RUS", "CHN", 2023, 129e9), ("CHN", "RUS", 2023, 111e9)],
    )  # fmt: skip
    insert_rows(
        con,
        "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense, neutrality,"
        " nonaggression, consultation) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [("PRK", "CHN", 2017, 1, 0, 0, 0, 1), ("CHN", "PRK", 2017, 1, 0, 0, 0, 1),
         ("PRK", "CHN", 2018, 1, 0, 0, 0, 1), ("CHN", "PRK", 2018, 1, 0, 0, 0, 1),
         ("RUS", "PRK", 2018, 0, 0, 0, 0, 1), ("PRK", "RUS", 2018, 0, 0, 0, 0, 1)],
    )  # fmt: skip
    insert_rows(
        con,
        "INSERT INTO ideal_points (iso3, year, ideal_point, sd, n_votes, model) VALUES (?, ?, ?, ?, ?, ?)",
        [(s, y, v + 0.1 * (y - 2021), 0.2, 3, "bsv2017-dynamic-ordinal-probit")
         for s, v in (("VNM", -0.6), ("USA", 2.0), ("RUS", -1.2)) for y in (2021, 2022, 2023)],
    )  # fmt: skip
