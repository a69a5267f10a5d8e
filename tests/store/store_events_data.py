"""Events with every awkward case, written straight into a real store (shared by tests)."""

from __future__ import annotations

import random

from row_inserts import insert_rows

from realpolitik.store import Store

STATES = ["RUS", "PRK", "CHN", "USA", "UKR", "JPN"]


def fill(store: Store, n: int = 600, seed: int = 5) -> None:
    """Events of every origin with the awkward cases: no country, one country, the same on
    both sides, no date, no Goldstein score, a code that is not the country."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        origin = rng.choice(["text", "text", "gdelt", "icews"])
        src = rng.choice([*STATES, None])
        tgt = rng.choice([*STATES, None, src])
        src_code = rng.choice([src, (src or "") + "GOV", "GOV", None])
        tgt_code = rng.choice([tgt, (tgt or "") + "MIL", None])
        if rng.random() < 0.05:  # a code that names a state the country column does not
            src_code = rng.choice(STATES)
        date = (
            None
            if rng.random() < 0.05
            else f"{rng.randint(2016, 2021)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        )
        fact = (
            rng.choice(["asserted", "reported", "negated", "possible", None])
            if origin == "text"
            else None
        )
        quad = rng.choice([1, 2, 3, 4, None])
        gold = None if rng.random() < 0.1 else rng.choice([-10.0, -2.0, 0.0, 1.0, 3.4, 7.0])
        doc = f"d{i % 40}" if origin == "text" else None
        rows.append((origin, doc, i % 7, date, src_code, src, tgt_code, tgt, quad, gold, fact))  # fmt: skip
    if not rows:
        return
    insert_rows(
        store.con,
        "INSERT INTO events (origin, doc_id, sentence_index, date, source_code, source_country,"
        " target_code, target_country, quad_class, goldstein, factuality)"
        " VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    insert_rows(
        store.con,
        "INSERT INTO event_dyad_years (source_country, target_country, year, vc, mc, vk, mk,"
        " origin) VALUES (?, ?, ?, ?, ?, ?, ?, 'icews-counts')",
        [("RUS", "PRK", 2017, 3, 1, 0, 2), ("USA", "CHN", 2018, 0, 0, 4, 1),
         ("CHN", "JPN", 2020, 2, 2, 2, 2)],
    )  # fmt: skip
