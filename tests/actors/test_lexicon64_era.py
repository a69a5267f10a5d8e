"""lexicon64's actor rows: the Soviet Union (SUN), the two German states (DDR, DEU),
Czechoslovakia (CSK) and Yugoslavia (YUG) in wire copy of 1979-1991, each name dated to its
state's or its office's years; the TPLF in its years outside the 2020-22 war."""

from __future__ import annotations

import pytest

from realpolitik.actors import ActorRegistry


@pytest.fixture(scope="module")
def reg() -> ActorRegistry:
    return ActorRegistry.default()


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Brezhnev", "1980-01-05", "SUNGOV"),
        ("Leonid Brezhnev", "1979-06-18", "SUNGOV"),
        ("Andropov", "1983-08-01", "SUNGOV"),
        ("Chernenko", "1984-09-01", "SUNGOV"),
        ("Gromyko", "1983-09-05", "SUNGOV"),
        ("Marshal Ustinov", "1983-03-01", "SUNGOVMIL"),
        ("Shevardnadze", "1988-04-14", "SUNGOV"),
        ("Ryzhkov", "1989-06-01", "SUNGOV"),
        ("Yanayev", "1991-08-19", "SUNGOV"),
        ("Kosygin", "1979-12-01", "SUNGOV"),
        ("the Kremlin", "1983-09-05", "SUNGOV"),
        ("the Kremlin", "2020-09-05", "RUSGOV"),
        ("Moscow", "1987-01-01", "SUN"),
        ("the Soviet Union", "1987-01-01", "SUN"),
        ("Soviet troops", "1987-01-01", "SUNMIL"),
        ("TASS", "1986-04-28", "SUNMED"),
        ("TASS", "2022-04-28", "RUSMED"),
        ("East Germany", "1989-11-09", "DDR"),
        ("East German", "1989-11-09", "DDR"),
        ("the East German government", "1985-01-01", "DDRGOV"),
        ("East Berlin", "1989-11-09", "DDR"),
        ("East Berlin", "2005-01-01", "DEU"),
        ("West Germany", "1985-01-01", "DEU"),
        ("Bonn", "1985-01-01", "DEU"),
        ("Honecker", "1987-09-07", "DDRGOV"),
        ("Modrow", "1990-02-13", "DDRGOV"),
        ("Kohl", "1987-09-07", "DEUGOV"),
        ("Genscher", "1990-09-12", "DEUGOV"),
        ("Czechoslovakia", "1988-01-01", "CSK"),
        ("Husak", "1988-01-01", "CSKGOV"),
        ("Havel", "1990-06-01", "CSKGOV"),
        ("Yugoslavia", "1990-01-01", "YUG"),
        ("Tito", "1979-05-01", "YUGGOV"),
        ("Jaruzelski", "1986-03-01", "POLGOV"),
        ("Walesa", "1988-08-25", "POLOPP"),
        ("Ceausescu", "1988-03-01", "ROUGOV"),
        ("Kadar", "1985-03-01", "HUNGOV"),
        ("Thatcher", "1982-04-05", "GBRGOV"),
        ("Mitterrand", "1984-01-01", "FRAGOV"),
        ("Menachem Begin", "1982-06-09", "ISRGOV"),
        ("the TPLF", "1990-03-01", "ETHREB"),
        ("Tigrayan rebels", "1989-09-01", "ETHREB"),
        ("the EPLF", "1988-03-20", "ETHREB"),
        ("the TPLF", "2005-05-01", "ETHGOV"),
        ("the TPLF", "2024-03-01", "ETHOPP"),
    ],
)  # fmt: skip
def test_era_names(reg: ActorRegistry, text: str, date: str, code: str) -> None:
    ref = reg.resolve(text, date)
    assert ref is not None and ref.code == code


@pytest.mark.parametrize(
    ("text", "date", "code"),
    [
        ("Gromyko", "2015-01-01", "SUNELI"),  # out of office: the state's elite
        ("Brezhnev", "1983-06-01", "SUNELI"),
        ("Kohl", "2005-01-01", "DEUELI"),
    ],
)  # fmt: skip
def test_out_of_office(reg: ActorRegistry, text: str, date: str, code: str) -> None:
    ref = reg.resolve(text, date)
    assert ref is not None and ref.code == code


def test_begin_is_no_surname(reg: ActorRegistry) -> None:
    """ "begin" is a verb: Menachem Begin needs his given name."""
    assert reg.resolve("Begin", "1982-06-09") is None


def test_soviet_era_names_leave_later_text_alone(reg: ActorRegistry) -> None:
    assert reg.resolve("the KGB", "2021-01-01") is None
    assert reg.resolve("the KGB", "1985-01-01").code == "SUNSPY"  # type: ignore[union-attr]
