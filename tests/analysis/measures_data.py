"""Small hand-made datasets for the measures, written straight into real DuckDB stores."""

from __future__ import annotations

from typing import Any

from row_inserts import insert_rows

from realpolitik.store import Store

# Year 2000, General Assembly: USA / RUS / PRK (X = absent). Hand-computed in the tests.
VOTES_2000 = {
    "undl:1": {"USA": "Y", "RUS": "Y", "PRK": "N"},
    "undl:2": {"USA": "N", "RUS": "A", "PRK": "N"},
    "undl:3": {"USA": "Y", "RUS": "N", "PRK": "X"},
    "undl:4": {"USA": "A", "RUS": "A", "PRK": "Y"},
}


def add_roll_call(
    store: Store, rcid: str, date: str, votes: dict[str, str], body: str = "GA"
) -> None:
    symbol = f"A/RES/{rcid[5:]}" if body == "GA" else f"S/RES/{rcid[5:]}"
    store.con.execute(
        "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, origin)"
        " VALUES (?, ?, ?, CAST(? AS DATE), year(CAST(? AS DATE)), 'undl')",
        [rcid, body, symbol, date, date],
    )
    insert_rows(
        store.con,
        "INSERT INTO un_votes (rcid, iso3, vote) VALUES (?, ?, ?)",
        [(rcid, iso3, vote) for iso3, vote in votes.items()],
    )


def fill_votes(store: Store) -> None:
    for i, (rcid, votes) in enumerate(VOTES_2000.items(), start=1):
        add_roll_call(store, rcid, f"2000-10-0{i}", votes)
    # A Security Council vote in 2000 that the General Assembly default must not count.
    add_roll_call(store, "undl:90", "2000-06-01", {"USA": "N", "RUS": "Y"}, body="SC")
    # 1990: the USSR seat (SUN) and the ROC seat (TWN, as the loaders store "CHINA" before 1971).
    add_roll_call(store, "undl:50", "1990-11-01", {"USA": "Y", "SUN": "Y"})
    add_roll_call(store, "undl:51", "1990-11-02", {"USA": "N", "SUN": "Y"})
    add_roll_call(store, "undl:60", "1965-11-01", {"USA": "Y", "TWN": "Y"})


def add_event(store: Store, **values: Any) -> None:
    row = {"origin": "text", "factuality": "asserted", **values}
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    store.con.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", list(row.values()))  # noqa: S608


def add_document(store: Store, doc_id: str, url: str) -> None:
    store.con.execute(
        "INSERT INTO documents (doc_id, source, url, title, content_hash, text)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [doc_id, f"{doc_id}.txt", url, "A report", f"hash-{doc_id}", "text"],
    )
