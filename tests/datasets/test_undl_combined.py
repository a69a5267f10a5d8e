"""The UN Digital Library's combined GA voting CSV (votes and resolution metadata in one file)."""

from __future__ import annotations

import csv
import io
import random
from pathlib import Path

import pytest
from cli_inprocess import run_cli

from realpolitik import datasets
from realpolitik.analysis.alignment import REFERENCE, VoteOptions, agreement, isolation
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store

HEADER = (
    "undl_id,ms_code,ms_name,ms_vote,date,session,resolution,draft,committee_report,meeting,"
    "title,agenda_title,subjects,total_yes,total_no,total_abstentions,total_non_voting,"
    "total_ms,undl_link"
)
COMBINED = (
    HEADER
    + "\n"
    + """\
100,USA,UNITED STATES,Y,1965-12-01,20,A/RES/2000(XX),A/L.1,,A/PV.1,Question of X,Item 1,"POLITICS, ARMS",2,1,0,0,3,https://digitallibrary.un.org/record/100
100,CHN,CHINA,Y,1965-12-01,20,A/RES/2000(XX),A/L.1,,A/PV.1,Question of X,Item 1,"POLITICS, ARMS",2,1,0,0,3,https://digitallibrary.un.org/record/100
100,USR,USSR,N,1965-12-01,20,A/RES/2000(XX),A/L.1,,A/PV.1,Question of X,Item 1,"POLITICS, ARMS",2,1,0,0,3,https://digitallibrary.un.org/record/100
200,USA,UNITED STATES,N,2022-10-12,77,A/RES/77/1,A/77/L.5,A/77/400,A/PV.20,Territorial integrity,Item 2,,2,1,0,1,4,https://digitallibrary.un.org/record/200
200,RUS,RUSSIAN FEDERATION,Y,2022-10-12,77,A/RES/77/1,A/77/L.5,A/77/400,A/PV.20,Territorial integrity,Item 2,,2,1,0,1,4,https://digitallibrary.un.org/record/200
200,PRK,DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA,Y,2022-10-12,77,A/RES/77/1,A/77/L.5,A/77/400,A/PV.20,Territorial integrity,Item 2,,2,1,0,1,4,https://digitallibrary.un.org/record/200
200,CHN,CHINA,,2022-10-12,77,A/RES/77/1,A/77/L.5,A/77/400,A/PV.20,Territorial integrity,Item 2,,2,1,0,1,4,https://digitallibrary.un.org/record/200
300,RUS,RUSSIAN FEDERATION,A,2023-06-01,77,,A/77/L.99,,A/PV.70,Draft on Y,Item 3,,0,0,1,0,1,https://digitallibrary.un.org/record/300
300,CHN,CHINA,X,2023-06-01,77,,A/77/L.99,,A/PV.70,Draft on Y,Item 3,,0,0,1,0,1,https://digitallibrary.un.org/record/300
"""
)  # noqa: E501


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def rows(store: Store, sql: str) -> list[tuple[object, ...]]:
    return store.con.execute(sql).fetchall()


def test_votes_and_roll_calls_from_one_file(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "2024_ga_voting.csv", COMBINED)
    assert datasets.detect_kind(path) == "unga-votes"
    result = datasets.load(store, None, [path])
    assert result.rows == 9
    votes = {(r, i): v for r, i, v in rows(store, "SELECT rcid, iso3, vote FROM un_votes")}
    assert votes[("undl:100", "TWN")] == "Y"  # CHINA before 1971-10-25 is the ROC seat
    assert votes[("undl:100", "SUN")] == "N"
    assert votes[("undl:200", "CHN")] == "X"  # a blank vote is non-voting
    assert votes[("undl:200", "PRK")] == "Y"
    assert votes[("undl:300", "CHN")] == "X"
    assert len(votes) == 9
    calls = rows(
        store,
        "SELECT rcid, body, symbol, CAST(date AS VARCHAR), year, session, title, description,"
        " origin, recorded FROM un_roll_calls ORDER BY rcid",
    )
    assert calls == [
        ("undl:100", "GA", "A/RES/2000(XX)", "1965-12-01", 1965, 20, "Question of X", "Item 1",
         "undl", True),
        ("undl:200", "GA", "A/RES/77/1", "2022-10-12", 2022, 77, "Territorial integrity",
         "Item 2", "undl", True),
        ("undl:300", "GA", "A/77/L.99", "2023-06-01", 2023, 77, "Draft on Y", "Item 3", "undl",
         True),
    ]  # fmt: skip
    (entry,) = datasets.list_loaded(store)
    assert (entry.source, entry.rows, entry.min_year, entry.max_year) == (path.name, 9, 1965, 2023)
    assert "Digital Library" in entry.citation


def test_column_name_variants_and_case(store: Store, tmp_path: Path) -> None:
    text = (
        "Undl_Id,Country_Code,Country_Name,Vote,Vote_Date,Resolution,Title\n"
        "7,USA,UNITED STATES,y,2001-01-02,S/RES/1999(2001),Council\n"
        "7,RUS,RUSSIAN FEDERATION,A,2001-01-02,S/RES/1999(2001),Council\n"
    )
    datasets.load(store, None, [write(tmp_path / "sc.csv", text)])
    assert rows(store, "SELECT rcid, body, year FROM un_roll_calls") == [("undl:7", "SC", 2001)]
    assert sorted(rows(store, "SELECT iso3, vote FROM un_votes")) == [("RUS", "A"), ("USA", "Y")]


def test_reload_replaces(store: Store, tmp_path: Path) -> None:
    path = write(tmp_path / "ga.csv", COMBINED)
    datasets.load(store, "unga-votes", [path])
    datasets.load(store, "unga-votes", [path])
    assert (store.count("un_votes"), store.count("un_roll_calls")) == (9, 3)


@pytest.mark.parametrize(
    ("old", "new", "code", "where"),
    [
        ("200,PRK,DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA,Y", "200,PRK,DEMOCRATIC PEOPLE'S"
         " REPUBLIC OF KOREA,MAYBE", "[E302]", ":7: column 'ms_vote' has 'MAYBE'"),
        ("200,RUS,RUSSIAN FEDERATION,Y", "200,ATL,ATLANTIS,Y", "[E311]", ":6: unknown country"),
        ("300,CHN,CHINA,X,2023-06-01", "300,CHN,CHINA,X,June 2023", "[E302]", ":10: column 'date'"),
        ("100,CHN,CHINA", "1OO,CHN,CHINA", "[E302]", ":3: column 'undl_id'"),
    ],
)  # fmt: skip
def test_bad_rows_name_line_and_column(
    store: Store, tmp_path: Path, old: str, new: str, code: str, where: str
) -> None:
    path = write(tmp_path / "ga.csv", COMBINED)
    datasets.load(store, "unga-votes", [path])
    before = (store.count("un_votes"), store.count("un_roll_calls"), store.count("dataset_loads"))
    assert old in COMBINED
    write(path, COMBINED.replace(old, new, 1))
    with pytest.raises(RealpolitikError) as caught:
        datasets.load(store, "unga-votes", [path])
    message = str(caught.value)
    assert code in message and f"ga.csv{where}" in message, message
    after = (store.count("un_votes"), store.count("un_roll_calls"), store.count("dataset_loads"))
    assert after == before


# -- the same votes in both UNDL layouts give the same measures ---------------------------------
STATES = {
    "USA": "UNITED STATES", "RUS": "RUSSIAN FEDERATION", "PRK": "DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA",
    "CHN": "CHINA", "FRA": "FRANCE", "GBR": "UNITED KINGDOM", "IND": "INDIA", "BRA": "BRAZIL",
}  # fmt: skip


def roll_calls() -> list[tuple[int, str, str]]:
    """(undl_id, symbol, date): GA votes over three years, one Security Council vote."""
    out = [
        (1000 + n, f"A/RES/{76 + n % 3}/{n}", f"{2021 + n % 3}-0{1 + n % 9}-15") for n in range(18)
    ]
    return out + [(2000, "S/RES/2600(2021)", "2021-05-01")]  # fmt: skip


def votes() -> list[tuple[int, str, str]]:
    """(undl_id, iso3, vote) with Y/N/A, non-voting as 'X' and a few blanks ('')."""
    rng = random.Random(7)
    return [
        (uid, iso3, rng.choice(["Y", "Y", "Y", "N", "A", "A", "X", ""]))
        for uid, _, _ in roll_calls()
        for iso3 in STATES
    ]


def as_combined() -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER.split(","))
    meta = {uid: (symbol, date) for uid, symbol, date in roll_calls()}
    for uid, iso3, vote in votes():
        symbol, date = meta[uid]
        writer.writerow([uid, iso3, STATES[iso3], vote, date, symbol.split("/")[2], symbol, "",
                         "", "", f"Title {uid}", "Agenda", "", 0, 0, 0, 0, 0, ""])  # fmt: skip
    return out.getvalue()


def as_two_files() -> tuple[str, str]:
    vote_lines = ["undl_id,country_name,vote,iso3"] + [
        f'{uid},"{STATES[iso3]}",{"NV" if vote in ("X", "") else vote},{iso3}'
        for uid, iso3, vote in votes()
    ]
    res_lines = ["undl_id,symbol,date,title,meeting,agenda,recorded"] + [
        f"{uid},{symbol},{date},Title {uid},,Agenda,True" for uid, symbol, date in roll_calls()
    ]
    return "\n".join(vote_lines) + "\n", "\n".join(res_lines) + "\n"


def test_measures_match_the_two_file_layout(tmp_path: Path) -> None:
    vote_text, res_text = as_two_files()
    with Store(tmp_path / "two.duckdb") as two, Store(tmp_path / "one.duckdb") as one:
        datasets.load(
            two,
            "unga-votes",
            [write(tmp_path / "votes.csv", vote_text), write(tmp_path / "res.csv", res_text)],
        )
        datasets.load(one, None, [write(tmp_path / "combined.csv", as_combined())])
        assert one.count("un_votes") == two.count("un_votes") == len(votes())
        for options in (None, REFERENCE):
            opts = options or VoteOptions(min_votes=1)
            got = agreement(one, options=opts).to_pylist()
            want = agreement(two, options=opts).to_pylist()
            assert got == want
            assert len(got) == 3 * 28  # every dyad of the 8 states in each GA year
        sc_one = agreement(one, body="SC", min_votes=1).to_pylist()
        assert sc_one == agreement(two, body="SC", min_votes=1).to_pylist()
        assert isolation(one, "RUS", min_votes=1) == isolation(two, "RUS", min_votes=1)


def test_cli_detects_the_combined_file(tmp_path: Path) -> None:
    path = write(tmp_path / "ga_voting.csv", COMBINED)
    done = run_cli("--db", tmp_path / "rp.duckdb", "data", "load", path)  # in this process
    assert done.returncode == 0, done.stderr
    assert "Loaded 9 rows of unga-votes" in done.stdout
