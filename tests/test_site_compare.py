"""The compare page of the reduced site: two territories' facts row by row, each value with
its source, their guides' charts side by side, on a desktop and on a 360 px phone; the
small per-territory files it reads, as the build writes them and ``loci serve`` serves them.
The browser tests drive Chromium with Playwright, as ``test_site_default.py`` does."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import Browser, Page

from loci.kb import KB, FactRow
from web_live import Live

PAIRS = [("belarus", "eswatini"), ("china", "bhutan")]
IDS = {"belarus": "BY", "eswatini": "SZ", "china": "CN", "bhutan": "BT"}
NAMES = {"belarus": "Belarus", "eswatini": "Eswatini", "china": "China", "bhutan": "Bhutan"}
FACT_ROWS = ["Population", "Area", "Capital", "Languages", "Religions", "Currency",
             "Time zone", "National day", "World Heritage sites"]
CHART_ROWS = {"languages": "Languages chart", "religions": "Religions chart",
              "ethnic-groups": "Ethnic groups chart"}
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
# Each body row as the reader sees it: its heading, then each cell's text.
ROWS = """() => [...document.querySelectorAll('#compare-result tbody tr')].map(tr =>
  [tr.querySelector('th').innerText.trim(),
   [...tr.querySelectorAll('td')].map(td => td.innerText)])"""
# For each body row: for each cell, the text of the sources its footnote marks lead to.
NOTES = """() => [...document.querySelectorAll('#compare-result tbody tr')].map(tr =>
  [...tr.querySelectorAll('td')].map(td => [...td.querySelectorAll('sup.fn a')].map(a => {
    const note = document.getElementById(a.getAttribute('href').slice(1));
    return note && note.closest('#compare-result') ? note.innerText : null; })))"""
# For each chart row: each cell's SVG, as its <title>, <desc> and box on the page.
CHARTS = """() => [...document.querySelectorAll('#compare-result tbody tr')]
  .filter(tr => tr.querySelector('svg')).map(tr => [...tr.querySelectorAll('td')].map(td => {
    const svg = td.querySelector('svg[role=img]');
    if (!svg) return null;
    const box = svg.getBoundingClientRect();
    return {title: svg.querySelector('title').textContent, desc: svg.querySelector('desc')
      .textContent, left: box.left, right: box.right, top: box.top, bottom: box.bottom};
  }))"""


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    tab = browser.new_page(viewport=DESKTOP)
    yield tab
    tab.close()


def compared(page: Page, base: str, pair: tuple[str, str]) -> list[tuple[str, list[str]]]:
    """Open the compare page for the pair, as its address says, and read the table's rows."""
    page.goto(f"{base}compare/?a={pair[0]}&b={pair[1]}")
    page.locator("#compare-result table").wait_for()
    return [(label, cells) for label, cells in page.evaluate(ROWS)]


def facts(kb: KB, slug: str, topic: str, dataset: str = "factbook") -> list[FactRow]:
    return [f for f in kb.facts(IDS[slug], topic)
            if f.source.dataset == dataset and isinstance(f.value, dict)]


def expected(kb: KB, slug: str) -> dict[str, list[str]]:
    """What each fact row must show for a territory, read from the KB: (row, texts)."""
    population = next(f for f in facts(kb, slug, "population") if f.key == "total")
    area = next(f for f in facts(kb, slug, "location") if f.key == "area")
    religions = sorted((f.value for f in facts(kb, slug, "religion")
                        if f.value["name"] not in ("other", "unspecified")),
                       key=lambda v: -(v["percent"] or 0))
    heritage = [f.value for f in facts(kb, slug, "heritage-count")]
    return {
        "Population": [f"{population.value['count']:,}", str(population.value["year"])],
        "Area": [f"{round(area.value['total_km2']):,} km²"],
        "Capital": [f.value["name"] for f in facts(kb, slug, "capital")],
        "Languages": [f.value["name"] for f in facts(kb, slug, "language")
                      if f.value.get("official") is True],
        "Religions": [religions[0]["name"], f"{religions[0]['percent']:g}%"],
        "Currency": [t for f in facts(kb, slug, "currency", "cldr")
                     for t in (f.value["singular"], f.value["code"])],
        "Time zone": [f.value["zone"] for f in facts(kb, slug, "time-zone", "cldr")],
        "National day": [t for f in facts(kb, slug, "national-holiday")
                         for t in (f.value["name"], f.value["date_text"])],
        "World Heritage sites": [f"{h['total']} (" for h in heritage] or ["Not given"],
    }


def guide_charts(site: Path, slug: str) -> dict[str, dict[str, Any]]:
    """The charts the territory's guide draws, from its JSON twin, by id."""
    twin = json.loads((site / f"countries/{slug}/index.json").read_text(encoding="utf-8"))
    return {c["id"]: c for s in twin["sections"] for c in s["charts"]}


@pytest.mark.browser
@pytest.mark.parametrize("pair", PAIRS)
def test_rows_are_the_same_facts_in_order_then_the_charts(page: Page, base: str, site: Path,
                                                         pair: tuple[str, str]) -> None:
    rows = compared(page, base, pair)
    drawn = [guide_charts(site, slug) for slug in pair]
    charts = [label for key, label in CHART_ROWS.items() if any(key in d for d in drawn)]
    assert [label for label, _ in rows] == FACT_ROWS + charts
    assert all(len(cells) == 2 for _, cells in rows)
    caption = page.locator("#compare-result table caption").inner_text()
    assert caption == f"{NAMES[pair[0]]} and {NAMES[pair[1]]}, side by side"


@pytest.mark.browser
@pytest.mark.parametrize("pair", PAIRS)
def test_each_value_is_the_one_the_kb_holds(page: Page, base: str, kb: KB,
                                               pair: tuple[str, str]) -> None:
    rows = dict(compared(page, base, pair))
    for column, slug in enumerate(pair):
        for label, texts in expected(kb, slug).items():
            cell = rows[label][column]
            assert texts and all(text in cell for text in texts), (slug, label, cell)


@pytest.mark.browser
@pytest.mark.parametrize("pair", PAIRS)
def test_each_value_cites_its_dataset(page: Page, base: str, kb: KB,
                                      pair: tuple[str, str]) -> None:
    rows = compared(page, base, pair)
    notes = page.evaluate(NOTES)
    for (label, cells), cited in zip(rows, notes, strict=True):
        for cell, found in zip(cells, cited, strict=True):
            given = "Not given" not in cell
            assert bool(found) == given and None not in found, (label, cell, found)
    for column, slug in enumerate(pair):
        for row, topic, dataset in (("Population", "population", "factbook"),
                                    ("Currency", "currency", "cldr")):
            field = facts(kb, slug, topic, dataset)[0].source.field
            cited = notes[FACT_ROWS.index(row)][column]
            assert any(f"({dataset} " in n and n.endswith(f": {field}") for n in cited), cited


@pytest.mark.browser
@pytest.mark.parametrize("pair", PAIRS)
def test_charts_are_the_guides_own_side_by_side(page: Page, base: str, site: Path,
                                                pair: tuple[str, str]) -> None:
    compared(page, base, pair)
    rows = page.evaluate(CHARTS)
    drawn = [guide_charts(site, slug) for slug in pair]
    keys = [key for key in CHART_ROWS if any(key in d for d in drawn)]
    assert len(rows) == len(keys) > 0
    for key, cells in zip(keys, rows, strict=True):
        for chart, guide in zip(cells, drawn, strict=True):
            wanted = guide.get(key)
            assert (chart is None) == (wanted is None), key
            if chart is not None and wanted is not None:
                assert (chart["title"], chart["desc"]) == (wanted["title"], wanted["alt"])
        left, right = cells
        if left is not None and right is not None:
            assert left["right"] <= right["left"]  # side by side, not stacked
            assert left["top"] < right["bottom"] and right["top"] < left["bottom"]


@pytest.mark.browser
@pytest.mark.parametrize("pair", PAIRS)
def test_a_phone_never_scrolls_sideways(browser: Browser, base: str, kb: KB,
                                        pair: tuple[str, str]) -> None:
    tab = browser.new_page(viewport=PHONE)
    try:
        rows = dict(compared(tab, base, pair))
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        # Stacked, each value still says whose it is and what it is.
        cell = rows["Capital"][0]
        assert cell.startswith(NAMES[pair[0]])
        assert expected(kb, pair[0])["Capital"][0] in cell
    finally:
        tab.close()


@pytest.mark.browser
def test_without_javascript_the_page_says_where_to_go_instead(browser: Browser,
                                                              base: str) -> None:
    tab = browser.new_page(java_script_enabled=False)
    try:
        tab.goto(f"{base}compare/?a=belarus&b=eswatini")
        note = tab.locator("main noscript p")  # Playwright's text search skips <noscript>
        assert note.is_visible() and "Comparing needs JavaScript" in note.inner_text()
        assert note.get_by_role("link", name="A–Z").get_attribute("href") == "/countries/"
        assert tab.locator("#compare-result table").count() == 0
    finally:
        tab.close()


@pytest.mark.parametrize("pair", PAIRS)
def test_each_file_is_small_beside_its_guide_twin(site: Path,
                                                     pair: tuple[str, str]) -> None:
    page = (site / "compare/index.html").read_text(encoding="utf-8")
    for slug in pair:
        file = site / f"compare/t/{slug}.json"
        assert f'data-json="/compare/t/{slug}.json"' in page
        data = json.loads(file.read_text(encoding="utf-8"))
        assert [r["label"] for r in data["rows"]] == FACT_ROWS
        assert file.stat().st_size * 5 < (site / f"countries/{slug}/index.json").stat().st_size


def test_loci_serve_serves_the_built_files(site: Path, live: Live) -> None:
    with live.client() as client:
        for slug in NAMES:
            served = client.get(f"/compare/t/{slug}.json")
            assert served.status_code == httpx.codes.OK
            assert served.headers["content-type"] == "application/json"
            assert served.content == (site / f"compare/t/{slug}.json").read_bytes()
        assert client.get("/compare/t/nowhere.json").status_code == httpx.codes.NOT_FOUND


@pytest.mark.browser
def test_an_old_address_in_the_query_compares_the_territory_now(page: Page, base: str) -> None:
    rows = dict(compared(page, base, ("swaziland", "china")))
    assert page.locator("#compare-a").input_value() == "eswatini"
    assert "Mbabane" in rows["Capital"][0]


@pytest.mark.browser
@pytest.mark.parametrize("query", ["a=atlantis&b=china", "a=atlantis"])
def test_an_address_of_no_territory_is_said_so_and_nothing_is_compared(
        page: Page, base: str, query: str) -> None:
    page.goto(f"{base}compare/?{query}")
    status = page.locator("#compare-result p.status")
    status.wait_for()
    assert "No territory here has the address “atlantis”" in status.inner_text()
    assert page.locator("#compare-result table").count() == 0
