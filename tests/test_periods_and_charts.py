"""Two small public modules every command leans on: date bounds (realpolitik.periods) and the
charts (realpolitik.charts), written to real files and read back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import networkx as nx
import pytest

from realpolitik.analysis.idealpoints import IdealPoint
from realpolitik.charts import (
    plot_bars,
    plot_lines,
    plot_network,
    plot_quad_months,
    plot_trajectories,
)
from realpolitik.errors import RealpolitikError
from realpolitik.periods import Span, parse_bound, span


@pytest.mark.parametrize(
    ("text", "end", "day"),
    [
        ("2024", False, dt.date(2024, 1, 1)),
        ("2024", True, dt.date(2024, 12, 31)),
        ("2024-02", True, dt.date(2024, 2, 29)),  # a leap year's February
        ("2023-02", True, dt.date(2023, 2, 28)),
        ("2024-6", False, dt.date(2024, 6, 1)),
        ("2024-06-19", True, dt.date(2024, 6, 19)),
        (" 2024-06 ", False, dt.date(2024, 6, 1)),
        (2019, True, dt.date(2019, 12, 31)),
    ],
)
def test_a_bound_is_the_first_or_last_day_of_its_period(
    text: str | int, end: bool, day: dt.date
) -> None:
    assert parse_bound(text, end=end) == day


@pytest.mark.parametrize(
    "text", ["June", "2024-13", "2024-02-30", "24", "2024/06", "2024-06-19T10"]
)
def test_what_is_not_a_bound_says_which_forms_are(text: str) -> None:
    with pytest.raises(RealpolitikError) as err:
        parse_bound(text, option="--until")
    assert err.value.code == "E902" and "--until" in str(err.value)
    assert "YYYY, YYYY-MM or YYYY-MM-DD" in str(err.value)


def test_spans_and_whole_years() -> None:
    assert span("2020", "2021-06").iso() == ("2020-01-01", "2021-06-30")
    assert span(None, None) == Span() and Span().years() == (None, None)
    assert span(dt.date(2020, 1, 1), "2021").years() == (2020, 2021)
    with pytest.raises(RealpolitikError) as err:
        span("2021-07", None).years(what="ATOP alliances")
    assert err.value.code == "E903" and "ATOP alliances" in str(err.value)
    with pytest.raises(RealpolitikError) as err:
        span("2022", "2021")
    assert err.value.code == "E904"


def test_line_and_bar_charts_carry_their_source(tmp_path: Path) -> None:
    svg = plot_lines({"agree": [(2020, 0.5), ("2021", 0.7)], "S": [(2020, 0.0), (2021, 0.4)]},
                     tmp_path / "l.svg", title="T", ylabel="score", source="UN Digital Library",
                     steps=[(2020, 2021, 0.6)])  # fmt: skip
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Source: UN Digital Library" in text
    months = plot_lines({"x": [("2024-01", 1.0), ("2024-07", 2.0)]}, tmp_path / "m.png",
                        title="T", ylabel="y")  # fmt: skip
    assert months.read_bytes()[:4] == b"\x89PNG"
    bars = plot_bars({"2010-2014": [("RUS", 0.7), ("USA", 0.3)]}, tmp_path / "b.svg",
                     title="Suppliers", ylabel="share", source="SIPRI", horizontal=True)  # fmt: skip
    assert "SIPRI" in bars.read_text(encoding="utf-8")
    with pytest.raises(RealpolitikError):
        plot_bars({}, tmp_path / "b.pdf", title="T", ylabel="y")


def test_event_months_network_and_trajectories(tmp_path: Path) -> None:
    quads = plot_quad_months([("2024-01", 1, 3), ("2024-01", 4, 1), ("2024-03", 2, 2)],
                             tmp_path / "q.svg", title="Events", source="realpolitik")  # fmt: skip
    assert "material conflict" in quads.read_text(encoding="utf-8")
    graph = nx.Graph()
    graph.add_weighted_edges_from([("RUS", "PRK", 2.0), ("RUS", "CHN", 1.0), ("USA", "KOR", 1.0)])
    drawn = plot_network(graph, tmp_path / "n.svg", size={"RUS": 3.0, "PRK": 2.0},
                         blocs={"RUS": 1, "PRK": 1, "CHN": 1, "USA": 2, "KOR": 2}, title="Net",
                         labels=2)  # fmt: skip
    text = drawn.read_text(encoding="utf-8")
    assert ">RUS<" in text.replace(" ", "") or "RUS" in text
    empty = plot_network(nx.Graph(), tmp_path / "e.png", size={}, blocs={}, title="none")
    assert empty.read_bytes()[:4] == b"\x89PNG"
    points = [IdealPoint("USA", y, 1.0 + y / 1e4, 0.1, 20) for y in (2020, 2021)]
    points += [IdealPoint("RUS", y, -1.0, 0.2, 20) for y in (2020, 2021)]
    svg = plot_trajectories(points, fmt="svg", title="Ideal points").decode("utf-8")
    assert "<svg" in svg and "Ideal points" in svg and "Bailey" in svg
