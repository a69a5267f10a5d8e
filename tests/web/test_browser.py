"""The dashboard in a real browser (Debian's chromium driven by Playwright): every page loads
with no console error and no request leaving 127.0.0.1; the year slider changes the network;
clicking an edge leads to the dyad and its evidence sentence. Screenshots go to
build/screenshots/ (or $REALPOLITIK_SCREENSHOTS) for a person to look at."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_store import EVIDENCE_2023, HOSTILE_TITLE

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip
SHOTS = Path(
    os.environ.get(
        "REALPOLITIK_SCREENSHOTS", Path(__file__).resolve().parents[2] / "build" / "screenshots"
    )
)

if not os.path.exists(CHROMIUM):
    if os.environ.get("CI"):
        raise RuntimeError(
            f"{CHROMIUM} is missing in CI: .ci/run installs it (apt-get install chromium)"
        )
    pytest.skip(
        f"{CHROMIUM} not installed (apt-get install chromium); CI installs it",
        allow_module_level=True,
    )

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A page that records console errors and blocks (and records) any request off 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    pg = context.new_page()
    problems: list[str] = []
    pg.on(
        "console",
        lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None,
    )
    pg.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

    def guard(route: Any) -> None:
        if route.request.url.startswith(base_url + "/"):
            route.continue_()
        else:
            problems.append(f"request off the machine: {route.request.url}")
            route.abort()

    pg.route("**/*", guard)
    yield pg
    context.close()
    assert problems == []


def _shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def _edges(pg: Any) -> int:
    pg.wait_for_function("() => window.rpNetwork && window.rpNetwork.ready")
    return int(pg.get_attribute("#edge-count", "data-edges"))


def test_year_slider_changes_the_edges(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/network?layer=events&year=2024")
    assert _edges(page) == 6
    assert "6 ties among" in page.inner_text("#edge-count")
    _shot(page, "network")
    page.fill("#year", "1")  # the slider's positions are the layer's years: 2022, 2023, 2024
    page.wait_for_function("() => document.getElementById('year-label').textContent === '2023'")
    page.wait_for_function("() => window.rpNetwork.ready && window.rpNetwork.data.year === 2023")
    assert _edges(page) == 4
    assert page.evaluate("() => window.rpNetwork.cy.edges().length") == 4
    page.check("#changes")
    page.wait_for_function("() => window.rpNetwork.ready")
    assert page.evaluate("() => window.rpNetwork.cy.edges('[change = \"gained\"]').length") == 4
    assert page.evaluate("() => window.rpNetwork.cy.edges('[change = \"lost\"]').length") == 1


def test_clicking_an_edge_opens_the_dyad_and_its_evidence(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/network?layer=events&year=2023")
    _edges(page)
    point = page.evaluate(
        '() => { const e = window.rpNetwork.cy.edges(\'[source = "RUS"][target = "PRK"]\');'
        " const m = e.renderedMidpoint(); return {x: m.x, y: m.y}; }"
    )
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + point["x"], box["y"] + point["y"])
    assert "RUS → PRK" in page.inner_text("#tooltip")  # hover shows the figures
    with page.expect_navigation():
        page.mouse.click(box["x"] + point["x"], box["y"] + point["y"])
    assert page.url.endswith("/dyad/RUS/PRK")
    assert EVIDENCE_2023 in page.inner_text("#events-table")
    page.wait_for_function("() => window.rpCharts && window.rpCharts.ready")
    assert page.evaluate("() => window.rpCharts.count") == 7
    assert page.locator("#charts canvas").count() >= 7
    assert "GDELT" in page.inner_text("#citations")
    _shot(page, "dyad")


def test_evidence_filter_and_sentence_in_its_document(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/dyad/RUS/PRK")
    page.check("input[name=factuality][value=reported]")
    with page.expect_navigation():
        page.click("form.filters button")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() == 1 and "sent troops" in rows.inner_text()
    page.goto(f"{base_url}/events?q=talks")
    with page.expect_navigation():
        page.click("#events-table td.sentence a")
    assert page.inner_text("mark#evidence") == EVIDENCE_2023
    assert "Intro line." in page.inner_text("#doc-text")
    _shot(page, "document")


def test_state_page(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/state/VNM")
    page.wait_for_function("() => window.rpState && window.rpState.ready")
    assert page.locator("#chart-idealpoints canvas").count() >= 1
    assert re.fullmatch(r"Rank \d of 7 in 2023.*", page.inner_text("#isolation-rank"))
    assert "RUS" in page.inner_text("#arms-summary")
    page.select_option("#partner-layer", "trade")
    page.wait_for_function(
        "() => document.querySelector('#partners-table tbody').textContent.includes('China')"
    )
    assert "Bailey" in page.inner_text("#citations") and "SIPRI" in page.inner_text("#citations")
    _shot(page, "state")


def test_map_colours_states_relative_to_the_focal_one(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/map?layer=votes&focal=RUS&year=2023")
    page.wait_for_function("() => window.rpMap && window.rpMap.ready")
    assert page.evaluate("() => window.rpMap.coloured") == 6
    prk = page.get_attribute("#map path[data-iso3=PRK]", "fill")
    usa = page.get_attribute("#map path[data-iso3=USA]", "fill")
    assert prk and usa and prk != usa and prk != "#cfd2d8"
    assert "Russia, 2023" in page.inner_text("#map-measure")
    _shot(page, "map")


def test_documents_page_shows_hostile_text_as_text(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/documents")
    assert HOSTILE_TITLE in page.inner_text("#documents-table")
    assert page.locator("a[href^='javascript:'], a[href^='data:']").count() == 0
    page.fill("input[name=q]", "talks")
    with page.expect_navigation():
        page.click("form.filters button")
    assert page.locator("#documents-table tbody tr").count() == 1
    _shot(page, "documents")
