"""The demo's tour over the real starter pack: every section answers, cites, or says what to load."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from realpolitik import datasets
from realpolitik.analysis.tour import render, tour
from realpolitik.store import Store

SIPRI = """Source: SIPRI Arms Transfers Database (c) SIPRI.
SIPRI AT Database ID,Supplier,Recipient,Designation,Description,Armament category,Order date,Order date is estimate,Numbers delivered,Numbers delivered is estimate,Delivery year,Delivery year is estimate,Status,SIPRI estimate,TIV deal unit,TIV delivery values,Local production
1,Russia,Viet Nam,Su-30MK,FGA aircraft,Aircraft,2009,No,4,No,2012,No,New,,37.5,150,No
2,United States,Viet Nam,Hamilton,frigate,Ships,2016,No,1,No,2021,No,Second hand,,18,18,No
3,Russia,Viet Nam,Yak-130,trainer,Aircraft,2019,No,6,No,2021,No,New,,9,54,No
"""


def test_tour_on_the_starter_pack(tmp_path: Path) -> None:
    db = tmp_path / "tour.duckdb"
    with Store(db) as store:
        datasets.load_starter(store)
    done = subprocess.run(
        [sys.executable, "-m", "realpolitik.analysis.tour", str(db), "report.html"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = done.stdout
    # The pack's UN votes end in 2019: the tour says so and ranks 2019's partners.
    assert "partners in 2019" in text and "end before 2023" in text
    assert "Isolation: Russia ranks" in text and "Voeten" in text
    assert "2016  0." in text and "2019  0." in text
    assert "none stored: run `realpolitik idealpoints" in text
    assert "SIPRI's arms transfers are not in the starter pack" in text
    assert "North Korea: defence pacts with China" in text and "Leeds" in text
    assert f"open {tmp_path / 'report.html'}" in text


def test_arms_section_with_sipri_loaded(tmp_path: Path) -> None:
    with Store(tmp_path / "t.duckdb") as store:
        sipri = tmp_path / "sipri.csv"
        sipri.write_text(SIPRI)
        datasets.load(store, "sipri", [sipri])
        sections = {s.title.split(",")[0]: s for s in tour(store)}
    arms = sections["Vietnam's arms suppliers"]
    assert arms.lines[0].split() == ["Russia", "100%", "->", "75%"]
    assert arms.lines[1].split() == ["United", "States", "0%", "->", "25%"]
    assert "SIPRI" in arms.source
    assert "no UN votes loaded" in render([sections["Russia at the UN"]])
