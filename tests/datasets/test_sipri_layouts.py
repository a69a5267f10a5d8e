"""SIPRI parties and the register layouts in a real store: states to ISO3, non-state parties by
SIPRI's name, the US register's recipient carried down its rows and shifted rows left out,
delivery-year ranges spreading the TIV, and E311 naming the line of a party that is neither."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets_fixtures import write

from realpolitik import datasets
from realpolitik.datasets.sipri import party
from realpolitik.errors import RealpolitikError
from realpolitik.store import Store


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Viet Nam", "VNM"), ("Saint Vincent", "VCT"),  # a state's leading words
        ("Hamas (Palestine)*", "Hamas (Palestine)"), ("NATO**", "NATO"),  # SIPRI's stars
        ("unknown supplier(s)", "unknown supplier(s)"), ("United Nations", "United Nations"),
        ("Syria rebels", "Syria rebels"), ("Darfur rebels (Sudan)", "Darfur rebels (Sudan)"),
        ("Libya GNC", "Libya GNC"), ("Katanga", "Katanga"),
        ("Xyzzy", None), ("*", None),
    ],
)  # fmt: skip
def test_parties(name: str, code: str | None) -> None:
    assert party(name) == code


US_REGISTER = """country,ordered,weapon,weapon.des,year,delivered,years.delivered
Taiwan,4,F-16V,FGA aircraft,2019,2,2022; 2023
,10,Harpoon,anti-ship missile,2020,10,2021
Japan,1,E-2D,AEW aircraft,-1963,1,2020
,2,KC-46A,tanker,2017,2,
"""


def test_the_us_register(store: Store, tmp_path: Path) -> None:
    result = datasets.load(store, "sipri", [write(tmp_path / "us_register.csv", US_REGISTER)])
    assert result.rows == 4
    got = store.rows(
        "SELECT supplier, recipient, designation, order_year, delivery_year, number, tiv"
        " FROM arms_transfers ORDER BY recipient, designation, delivery_year"
    )
    assert got == [
        ("USA", "JPN", "KC-46A", 2017, None, None, None),  # Japan carried down; not delivered
        ("USA", "TWN", "F-16V", 2019, 2022, None, None),  # two delivery years: no count each
        ("USA", "TWN", "F-16V", 2019, 2023, None, None),
        ("USA", "TWN", "Harpoon", 2020, 2021, 10, None),  # Taiwan carried down
    ]  # the shifted row (order year -1963) is left out


REGISTER_HEAD = (
    "Recipient,Supplier,Year of order,Number ordered,Weapon designation,Weapon description,"
    "Number delivered,Year(s) of delivery,status,Comments,SIPRI TIV per unit,"
    "SIPRI TIV for total order,SIPRI TIV of delivered weapons\n"
)


def test_a_range_of_delivery_years_spreads_the_tiv(store: Store, tmp_path: Path) -> None:
    text = REGISTER_HEAD + "India,France,2015,36,Rafale,FGA aircraft,36,2016-2018,New,,8,288,288\n"
    datasets.load(store, "sipri", [write(tmp_path / "register.csv", text)])
    got = store.rows("SELECT supplier, recipient, delivery_year, number, tiv FROM arms_transfers"
                     " ORDER BY delivery_year")  # fmt: skip
    assert got == [("FRA", "IND", y, None, 96.0) for y in (2016, 2017, 2018)]


def test_a_party_that_is_no_state_and_no_known_group_is_e311(store: Store, tmp_path: Path) -> None:
    good = REGISTER_HEAD + "Chile,Germany,2007,4,Type-209,submarine,4,2010,New,,100,400,400\n"
    datasets.load(store, "sipri", [write(tmp_path / "good.csv", good)])
    text = good + "Xyzzy,Germany,2008,1,Type-209,submarine,1,2011,New,,100,100,100\n"
    with pytest.raises(RealpolitikError) as err:
        datasets.load(store, "sipri", [write(tmp_path / "bad.csv", text)])
    assert err.value.code == "E311" and "bad.csv:3" in str(err.value) and "Xyzzy" in str(err.value)
    assert store.rows("SELECT recipient, tiv FROM arms_transfers") == [("CHL", 400.0)]
