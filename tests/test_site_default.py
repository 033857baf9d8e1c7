"""The default site (every capital, every city of 100,000 or more), built once: links,
and a real browser (Chromium, driven by Playwright) with axe-core: the tests marked
``browser`` (see ``conftest.py`` for how the browser is found)."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import axe_playwright_python
import pytest
from playwright.sync_api import Browser, Page

from loci.kb import KB
from loci.site import build_site
from site_tools import broken_links, serve

pytestmark = pytest.mark.slow
AXE = Path(os.path.dirname(axe_playwright_python.__file__), "axe.min.js")
# One page of each kind a reader lands on.
PAGE_TYPES = {"home": "", "a-z": "countries/", "a-z in Chinese": "zh/countries/",
              "country guide": "countries/belarus/", "city guide": "countries/china/anshan/",
              "article": "articles/anshan-steel-city/", "search": "search/?q=anshan",
              "compare": "compare/?a=belarus&b=china", "former names": "former-names/"}


@pytest.fixture(scope="module")
def site(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    out = tmp_path_factory.mktemp("default") / "public"
    return out, build_site(kb, out=out)


@pytest.fixture(scope="module")
def base(site: tuple[Path, str]) -> Iterator[str]:
    with serve(site[0]) as url:
        yield url


def test_default_site_has_every_capital_and_large_city(site: tuple[Path, str], kb: KB) -> None:
    out, summary = site
    large = kb.places(("city",), min_population=100_000)
    assert all((out / p.lstrip("/")).is_dir() for p in _sample_paths(kb, large))
    assert "Left out" not in summary  # the shipped content is clean
    assert (out / "countries/china/beijing/index.html").is_file()
    assert (out / "countries/belarus/minsk/index.html").is_file()


def _sample_paths(kb: KB, cities: list[Any]) -> list[str]:
    from loci.guides.links import url_for

    return [url_for(c, kb) for c in cities[::97]]


def test_no_internal_link_is_broken(site: tuple[Path, str]) -> None:
    assert broken_links(site[0]) == []


def test_every_page_has_an_address_in_plain_letters(site: tuple[Path, str]) -> None:
    """Guides to Łódź, Diyarbakır and Đông Hới are at addresses a reader can type; their
    addresses from before (countries/poland/łodz/) are pages that send readers on."""
    out = site[0]
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    addresses = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert len(addresses) > 7_000 and all(a.isascii() for a in addresses)
    moved = [p.parent for p in out.rglob("index.html")
             if not str(p.relative_to(out)).isascii()]
    assert len(moved) > 40
    for folder in moved:
        assert 'http-equiv="refresh"' in (folder / "index.html").read_text(encoding="utf-8")


@pytest.mark.browser
def test_reader_goes_from_home_to_belarus_through_the_a_to_z(page: Page, base: str) -> None:
    page.goto(base)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="A–Z").click()
    page.get_by_role("main").get_by_role("link", name="Belarus", exact=True).click()
    assert page.url == f"{base}countries/belarus/"
    assert page.get_by_role("heading", level=1).inner_text() == "A culture guide to Belarus"


@pytest.mark.browser
@pytest.mark.parametrize(("query", "result", "title"), [
    ("鞍山", "Anshan", "A culture guide to Anshan"),
    ("swaziland", "Eswatini", "A culture guide to Eswatini"),
    ("baieluosi", "Belarus", "A culture guide to Belarus"),
    ("Elfenbeinküste", "Côte d’Ivoire", "A culture guide to Côte d’Ivoire"),  # German
    ("Weißrussland", "Belarus", "A culture guide to Belarus"),
])
def test_search_reaches_the_guide(page: Page, base: str, query: str, result: str,
                                  title: str) -> None:
    page.goto(base)
    page.get_by_role("search").first.get_by_role("searchbox").fill(query)
    page.get_by_role("search").first.get_by_role("button").click()
    page.locator("#search-results li a").first.wait_for()
    page.locator("#search-results li a", has_text=result).first.click()
    assert page.get_by_role("heading", level=1).inner_text() == title


@pytest.mark.browser
@pytest.mark.parametrize(("old", "now"), [("swaziland", "eswatini"), ("burma", "myanmar"),
                                          ("white-russia", "belarus"),
                                          ("poland/łodz", "poland/lodz"),  # before plain letters
                                          ("turkiye/diyarbakır", "turkiye/diyarbakir")])
def test_an_old_address_leads_to_the_guide_now_there(page: Page, base: str, old: str,
                                                     now: str) -> None:
    page.goto(f"{base}countries/{old}/")
    page.wait_for_url(f"{base}countries/{now}/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("A culture guide to")


@pytest.mark.browser
def test_search_answers_as_you_type(page: Page, base: str) -> None:
    page.goto(f"{base}search/")
    page.get_by_role("searchbox", name="Name, pinyin or words").press_sequentially("ansh")
    page.locator("#search-results li a", has_text="Anshan").first.wait_for()
    assert "q=ansh" in page.url  # the address keeps the query


@pytest.mark.browser
@pytest.mark.parametrize("query", ["changsha", "上海", "new york"])
def test_a_first_search_downloads_under_150_kb(page: Page, base: str, query: str) -> None:
    """The index files a reader's browser fetches for a first answer, measured in the
    browser: the names list, the articles list, one shard of names (and the articles'
    shard of the query's first word): about 66 KB."""
    responses: list[Any] = []
    page.on("response", lambda response: responses.append(response))
    page.goto(f"{base}search/?q={query}")
    page.locator("#search-results li a").first.wait_for()
    page.wait_for_load_state("networkidle")
    fetched = {r.url.removeprefix(base): len(r.body()) for r in responses
               if r.url.startswith(f"{base}search/") and r.url.endswith(".json")}
    shards = [url for url in fetched if url.startswith("search/n/")]
    assert len(shards) == 1, fetched
    assert 0 < sum(fetched.values()) < 150_000, fetched


@pytest.mark.browser
@pytest.mark.parametrize(("path", "chinese", "region"), [
    ("countries/china/shanghai/", "上海", None),  # not 沪, its abbreviation
    ("countries/china/shenzhen/", "深圳", "Guangdong"),  # not 宝安, a district
    ("countries/china/chengdu/", "成都", "Sichuan"),  # not 天府
    ("countries/china/changsha/", "长沙", "Hunan"),  # the capital, not a town of the name
])
def test_a_chinese_city_is_headed_by_its_common_name(page: Page, base: str, path: str,
                                                     chinese: str, region: str | None) -> None:
    page.goto(base + path)
    header = page.get_by_role("main").locator("header")
    assert header.locator("[lang='zh-Hans']").first.inner_text() == chinese
    if region:
        crumbs = page.get_by_role("navigation", name="Breadcrumb").inner_text()
        assert region in crumbs and "China" in crumbs


@pytest.mark.browser
@pytest.mark.parametrize(("path", "label"), [
    ("countries/china/anshan/", "Anshan on a map of China"),
    ("countries/hungary/", "Hungary on a map of its region"),
    ("countries/singapore/", "Singapore on a map of its region"),
])
def test_a_guide_shows_where_the_place_is_on_a_map(page: Page, base: str, path: str,
                                                   label: str) -> None:
    page.goto(base + path)
    found = page.get_by_role("img", name=label)
    box = found.bounding_box()
    assert found.is_visible() and box is not None and box["width"] >= 280


def test_no_names_file_on_the_default_site_is_over_150_kb(site: tuple[Path, str]) -> None:
    root = site[0] / "search"
    sizes = [p.stat().st_size for p in (root / "n").glob("*.json")]
    assert sizes and max(sizes) + (root / "names.json").stat().st_size < 150_000


@pytest.mark.browser
def test_compare_puts_two_territories_side_by_side(page: Page, base: str) -> None:
    page.goto(f"{base}compare/")
    page.get_by_label("First").select_option("belarus")
    page.get_by_label("Second").select_option("eswatini")
    page.get_by_role("button", name="Compare").click()
    table = page.locator("#compare-result table")
    table.wait_for()
    assert "Belarus and Eswatini, side by side" in table.locator("caption").inner_text()
    assert "Minsk" in table.inner_text() and "Mbabane" in table.inner_text()


@pytest.mark.browser
def test_pages_read_without_javascript(browser: Browser, base: str) -> None:
    tab = browser.new_page(java_script_enabled=False)
    try:
        tab.goto(f"{base}countries/belarus/")
        assert tab.get_by_role("heading", name="Languages").is_visible()
    finally:
        tab.close()


@pytest.mark.browser
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_axe_finds_no_serious_or_critical_violation(page: Page, base: str, kind: str) -> None:
    page.goto(base + PAGE_TYPES[kind])
    page.wait_for_load_state("networkidle")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        "axe.run().then(r => r.violations.filter(v => ['serious', 'critical']"
        ".includes(v.impact)).map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))")
    assert violations == []
