"""One store for the interface conventions: a bit of every kind of data, each shaped to test one
convention (coverage ends, two vote sources, a product subset of trade, a partial year, a
state with few shared votes). Written through the real store API and SQL into a DuckDB file."""

from __future__ import annotations

from pathlib import Path

from row_inserts import insert_rows
from sample_store import RUS, UKR, populate

from realpolitik.models import Document, Event, Evidence, Extraction, Sentence
from realpolitik.store import Store

VOTERS = ("USA", "RUS", "PRK", "CHN", "VNM", "STP")
FORMULA = '=HYPERLINK("http://evil.example") Russia warned Ukraine.'


def _formula_event(store: Store) -> None:
    """A document whose evidence a spreadsheet would run as a formula."""
    doc = Document("formula", FORMULA, title="@SUM(A1)", date="2024-08-01")
    ev = Evidence(FORMULA, 0, len(FORMULA), "warned")
    event = Event("formula", 0, RUS, UKR, "130", "THREATEN", None, -4.4, 3, "asserted",
                  "2024-08-01", "day", ev, 0.9)  # fmt: skip
    sentence = Sentence("formula", 0, 0, len(FORMULA), FORMULA)
    store.save_extraction(Extraction(doc, [sentence], [event], [], []))


ATOP_CHN_PRK, ATOP_PRK_RUS, ATOP_RUS_BLR = 3290, 4185, 4020


def _vote(state: str, k: int, year: int) -> str:
    """Deterministic votes: the US apart from RUS/PRK/CHN, who move together from 2023."""
    if state == "USA":
        return "Y" if k % 3 else "N"
    if state in ("RUS", "PRK"):
        return "N" if k % 3 else "Y"
    if state == "CHN":
        return ("N" if k % 3 else "Y") if year >= 2023 else ("A" if k % 2 else "Y")
    if state == "VNM":
        return "A" if k % 4 == 0 else "Y"
    return "Y"  # São Tomé votes yes to everything


def _roll_calls(store: Store) -> None:
    rc: list[tuple[object, ...]] = []
    votes: list[tuple[str, str, str]] = []
    plan = {2022: 25, 2023: 25, 2024: 4}  # the UN Digital Library extract ends in March 2024
    for year, count in plan.items():
        for k in range(count):
            month, day = (10 + k // 10, 1 + k % 10) if year < 2024 else (1 + k // 2, 10 + k)
            date = f"{year}-{month:02d}-{day:02d}"
            rcid = f"undl:{year}{k:02d}"
            rc.append((rcid, "GA", f"A/RES/{year}/{k}", date, year, None, "undl"))
            votes += [(rcid, s, _vote(s, k, year)) for s in VOTERS]
            if year == 2023 and k < 13:  # Cuba: 13 shared votes only
                votes.append((rcid, "CUB", _vote("RUS", k, year)))
    for year in (2022, 2023):  # the unvotes data, with issue codes, for the same years
        for k in range(25):
            rcid = f"unvotes:{year}{k:02d}"
            issue = "nu" if k < 12 else "hr"
            rc.append((rcid, "GA", None, f"{year}-11-{1 + k % 28:02d}", year, issue, "unvotes"))
            votes += [(rcid, s, _vote(s, k + (1 if issue == "hr" else 0), year)) for s in VOTERS]
    with store.transaction() as con:
        insert_rows(
            con,
            "INSERT INTO un_roll_calls (rcid, body, symbol, date, year, issue, origin)"
            " VALUES (?, ?, ?, CAST(? AS DATE), ?, ?, ?)",
            rc,
        )
        insert_rows(con, "INSERT INTO un_votes (rcid, iso3, vote) VALUES (?, ?, ?)", votes)


def _alliances(store: Store) -> None:
    rows = []
    for year in range(2000, 2019):
        rows += [("PRK", "CHN", year, 1, 0, 0, 0, 1, str(ATOP_CHN_PRK)),
                 ("CHN", "PRK", year, 1, 0, 0, 0, 1, str(ATOP_CHN_PRK)),
                 ("RUS", "BLR", year, 1, 0, 0, 0, 0, str(ATOP_RUS_BLR)),
                 ("BLR", "RUS", year, 1, 0, 0, 0, 0, str(ATOP_RUS_BLR))]  # fmt: skip
        if year >= 2001:
            rows += [("PRK", "RUS", year, 0, 0, 0, 0, 1, str(ATOP_PRK_RUS)),
                     ("RUS", "PRK", year, 0, 0, 0, 0, 1, str(ATOP_PRK_RUS))]  # fmt: skip
    with store.transaction() as con:
        insert_rows(
            con,
            "INSERT INTO alliance_dyad_years (state_a, state_b, year, defense, offense, neutrality,"
            " nonaggression, consultation, atopids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        insert_rows(
            con,
            "INSERT INTO alliances (atopid, year_start, year_end, defense, consultation, members)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(ATOP_CHN_PRK, 1961, None, 1, 1, "CHN,PRK"), (ATOP_PRK_RUS, 2000, None, 0, 1,
             "PRK,RUS"), (ATOP_RUS_BLR, 1992, None, 1, 0, "RUS,BLR")],
        )  # fmt: skip
        con.execute(
            "INSERT INTO dataset_loads (kind, path, rows, min_year, max_year, citation, source)"
            " VALUES ('atop', 'atop5_1_directed_dyad_year.csv', ?, 2000, 2018, 'ATOP', ?)",
            [len(rows), "atop5_1_directed_dyad_year.csv"],
        )
        members = {"PRK": 731, "CHN": 710, "RUS": 365, "BLR": 370, "USA": 2, "VNM": 816}
        insert_rows(
            con,  # the state system (COW) the panel's rows come from
            "INSERT INTO system_members (system, ccode, iso3, year) VALUES ('cow', ?, ?, ?)",
            [(c, s, y) for s, c in members.items() for y in range(2000, 2017)],
        )


def _arms_and_trade(store: Store) -> None:
    with store.transaction() as con:
        con.execute(
            "INSERT INTO arms_transfers (supplier, recipient, delivery_year, tiv) VALUES"
            " ('RUS', 'VNM', 2012, 90), ('BLR', 'VNM', 2012, 10), ('RUS', 'VNM', 2021, 30),"
            " ('ISR', 'VNM', 2022, 70), ('RUS', 'VNM', 2013, 50), ('USA', 'VNM', 2014, 50)"
        )
        con.execute(  # raw-material products only (a BACI subset): not total trade
            "INSERT INTO trade_flows (reporter, partner, year, flow, product, value, origin) VALUES"
            " ('CHN', 'PRK', 2020, 'export', '2601', 90, 'baci'),"
            " ('PRK', 'CHN', 2020, 'export', '2601', 10, 'baci'),"
            " ('CHN', 'USA', 2020, 'export', '2709', 900, 'baci')"
        )


def _events_and_points(store: Store) -> None:
    with store.transaction() as con:
        insert_rows(con,   # GDELT rows in 2019 only
            "INSERT INTO events (origin, date, source_country, source_code, target_country,"
            " target_code, cameo, quad_class, goldstein) VALUES"
            " ('gdelt', CAST(? AS DATE), ?, ?, ?, ?, ?, ?, ?)",
            [("2019-03-01", "USA", "USA", "CHN", "CHN", "112", 3, -2.0),
             ("2019-04-01", "CHN", "CHN", "USA", "USA", "036", 1, 4.0)],
        )  # fmt: skip
        insert_rows(
            con,
            "INSERT INTO ideal_points (iso3, year, ideal_point, sd, n_votes, model)"
            " VALUES (?, ?, ?, ?, ?, 'bsv2017-dynamic-ordinal-probit')",
            [(s, y, v + 0.1 * (y - 2021), 0.2, 25)
             for s, v in (("USA", 2.0), ("RUS", -1.2), ("CHN", -0.9), ("PRK", -1.5),
                          ("VNM", -0.6)) for y in (2021, 2022, 2023)],
        )  # fmt: skip
        con.execute(
            "INSERT INTO ideal_point_runs (model, since_year, until_year, origin, citation)"
            " VALUES ('bsv2017-dynamic-ordinal-probit', 2021, 2023, 'undl', 'UNDL')"
        )


def build(path: Path) -> Path:
    with Store(path) as store:
        populate(store)  # 2024 text events between RUS, PRK, UKR and CHN, with a claim
        _formula_event(store)
        _roll_calls(store)
        _alliances(store)
        _arms_and_trade(store)
        _events_and_points(store)
    return path
