"""Which first lines are a Gleditsch-Ward states file: a header with a G-W code and start and
end dates (in any of the spellings the publisher and its users write), or the headerless
iisystem.dat line of a number, two names and two DD:MM:YYYY dates; and what is neither."""

from __future__ import annotations

import pytest

from realpolitik.datasets.gw import headerless, layout_of


@pytest.mark.parametrize(
    "cells",
    [
        ("gwcode", "stateabb", "statename", "startdate", "enddate"),
        ("GWNO", "Name", "Start", "End"),
        ("gwno", "gwsdate", "gwedate"),
    ],
)
def test_headers(cells: tuple[str, ...]) -> None:
    assert layout_of(cells) == "header"
    assert not headerless(cells)


@pytest.mark.parametrize(
    "cells",
    [
        ("ccode", "startdate", "enddate"),  # a COW number alone is not a G-W header
        ("gwcode", "startdate"),  # no end date
        ("stateabb", "ccode", "styear", "endyear"),
    ],
)
def test_not_headers(cells: tuple[str, ...]) -> None:
    assert layout_of(cells) is None


@pytest.mark.parametrize(
    ("cells", "ok"),
    [
        (("2", "USA", "United States of America", "01:01:1816", "31:12:2017"), True),
        ((" 711 ", "TBT", "Tibet", "01:01:1913", "06:10:1950"), True),
        (("2", "USA", "United States", "1816-01-01", "2017-12-31"), False),  # ISO dates: a CSV
        (("USA", "2", "United States", "01:01:1816", "31:12:2017"), False),  # code first
        (("2", "USA", "01:01:1816", "31:12:2017"), False),  # four cells
    ],
)  # fmt: skip
def test_the_headerless_line(cells: tuple[str, ...], ok: bool) -> None:
    assert headerless(cells) is ok
