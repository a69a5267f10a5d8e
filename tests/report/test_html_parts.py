"""The report's small HTML pieces: evidence with its trigger marked, net-cooperation bars and the
monthly chart, all built from escaped parts."""

from __future__ import annotations

import re

import lxml.html

from realpolitik.models import shown_date
from realpolitik.report._html import QUAD_COLOURS, highlight, monthly_chart, net_bar


def test_the_trigger_is_marked_once_and_everything_is_escaped() -> None:
    marked = highlight("Moscow <b>signed</b> & Seoul signed too.", "signed")
    assert str(marked) == "Moscow &lt;b&gt;<mark>signed</mark>&lt;/b&gt; &amp; Seoul signed too."
    assert str(highlight("Russia resigned.", "signed")) == "Russia resigned."  # whole words only
    assert str(highlight("Talks HELD in Hanoi.", "held")) == "Talks <mark>HELD</mark> in Hanoi."
    assert str(highlight("x < y", None)) == "x &lt; y"
    assert str(highlight(None, "x")) == ""
    assert str(highlight("a.b", ".")) == "a.b"  # a trigger of punctuation only: nothing to mark


def test_a_net_bar_grows_from_the_middle() -> None:
    right = lxml.html.fromstring(str(net_bar(0.5, width=100)))
    bar = right.xpath("//rect")[1]
    assert (float(bar.get("x")), float(bar.get("width")), bar.get("fill")) == (
        50.0,
        25.0,
        "#2171b5",
    )
    left = lxml.html.fromstring(str(net_bar(-1.0, width=100))).xpath("//rect")[1]
    assert (float(left.get("x")), float(left.get("width")), left.get("fill")) == (
        0.0,
        50.0,
        "#cb181d",
    )
    clipped = lxml.html.fromstring(str(net_bar(3.0, width=100))).xpath("//rect")[1]
    assert float(clipped.get("width")) == 50.0
    assert str(net_bar(None)) == ""
    assert 'aria-label="net cooperation +0.50"' in str(net_bar(0.5))


def test_the_monthly_chart_stacks_quad_classes() -> None:
    svg = str(monthly_chart([("2024-01", 1, 2), ("2024-01", 4, 2), ("2024-02", 3, 1)], height=120))
    tree = lxml.html.fromstring(svg)
    bars = tree.xpath("//rect")
    assert len(bars) == 3
    assert {b.get("fill") for b in bars} == {QUAD_COLOURS[1], QUAD_COLOURS[3], QUAD_COLOURS[4]}
    heights = sorted(float(b.get("height")) for b in bars)
    assert heights[0] * 2 == heights[1] == heights[2]  # 1 event vs 2 of the peak month's 4
    titles = [t.text_content() for t in tree.xpath("//title")]
    assert "2024-01: 2 verbal cooperation" in titles
    assert re.search(r">4<", svg)  # the peak month's total on the axis
    assert str(monthly_chart([])) == ""
    many = str(
        monthly_chart([(f"20{y:02d}-{m:02d}", 1, 1) for y in range(10, 14) for m in range(1, 13)])
    )
    assert many.count('class="axis">20') < 48  # labels thinned out on long ranges


def test_dates_are_shown_as_precise_as_the_text_was() -> None:
    assert shown_date("2024-06-19", "day") == "2024-06-19"
    assert shown_date("2024-06-01", "month") == "2024-06"
    assert shown_date("2024-01-01", "year") == "2024"
    assert shown_date("2024-06-19", "document") == "2024-06-19"
    assert shown_date(None, "day") == ""
