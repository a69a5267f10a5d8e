"""Whose seat a vote was cast in, at the boundaries: the USSR's seat is SUN before 24 December
1991 and Russia's from that day (Russia's letter continuing the membership), in the unvotes
layout that calls it "Russia" throughout; the Chinese seat in UN Digital Library data is the
Republic of China's (TWN) before 25 October 1971 (resolution 2758), for every body."""

from __future__ import annotations

from pathlib import Path

from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.store import Store

UNVOTES = """rcid,country,country_code,vote
1,Russia,RU,yes
2,Russia,RU,no
3,China,CN,yes
"""
ROLL_CALLS = """rcid,session,importantvote,date,unres,amend,para,short,descr
1,46.0,0,1991-12-23,R/46/1,0,0,A,B
2,46.0,0,1991-12-24,R/46/2,0,0,A,B
3,26.0,0,1971-10-24,R/26/1,0,0,A,B
"""
UNDL_VOTES = """undl_id,country_name,vote,iso3
10,CHINA,Y,CHN
11,CHINA,N,CHN
12,CHINA,A,CHN
"""
UNDL_RESOLUTIONS = """undl_id,symbol,date,title,meeting,agenda,recorded
10,A/RES/2757(XXVI),1971-10-24,Before,A/PV.1975,x,True
11,A/RES/2758(XXVI),1971-10-25,Restoration,A/PV.1976,x,True
12,S/RES/300(1971),1971-10-22,Council,S/PV.1,x,True
"""


def seats(store: Store) -> list[tuple[str, str, str, str]]:
    return store.rows(
        "SELECT v.rcid, v.iso3, CAST(r.date AS VARCHAR), r.body FROM un_votes v"
        " JOIN un_roll_calls r USING (rcid) ORDER BY 1"
    )


def test_the_seats_at_their_boundaries(tmp_path: Path) -> None:
    with Store(tmp_path / "seats.duckdb") as store:
        datasets.load(store, None, [write(tmp_path / "unvotes.csv", UNVOTES),
                                    write(tmp_path / "roll_calls.csv", ROLL_CALLS)])  # fmt: skip
        datasets.load(store, None, [write(tmp_path / "votes.csv", UNDL_VOTES),
                                    write(tmp_path / "res.csv", UNDL_RESOLUTIONS)])  # fmt: skip
        assert seats(store) == [
            ("undl:10", "TWN", "1971-10-24", "GA"),
            ("undl:11", "CHN", "1971-10-25", "GA"),
            ("undl:12", "TWN", "1971-10-22", "SC"),  # the Council seat too
            ("unvotes:1", "SUN", "1991-12-23", "GA"),
            ("unvotes:2", "RUS", "1991-12-24", "GA"),
            ("unvotes:3", "CHN", "1971-10-24", "GA"),  # unvotes names the ROC seat Taiwan itself
        ]
        successor = dict(store.rows("SELECT rcid, iso3 FROM un_votes_successor"))
        assert successor["unvotes:1"] == "RUS" and successor["undl:10"] == "TWN"
