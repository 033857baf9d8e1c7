"""The reduced site on a phone: every page type fits a 360 px screen without sideways
scrolling, chart text stays at 12 px or more, and the footer's "X culture" links are on
every page, collapsed and framed (fetched once, when opened), at a bounded share of the
page's gzipped bytes.
The browser tests drive Chromium with Playwright, as ``test_site_default.py`` does."""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from loci.kb import KB

PHONE = {"width": 360, "height": 740}
PAGE_TYPES = {"home": "", "a-z": "countries/", "a-z in Chinese": "zh/countries/",
              "country guide": "countries/china/", "country guide, Belarus": "countries/belarus/",
              "city guide": "countries/china/anshan/", "article": "articles/anshan-steel-city/",
              "search": "search/?q=anshan", "compare": "compare/?a=belarus&b=china",
              "former names": "former-names/", "continent": "regions/asia/", "tags": "tags/",
              "tag": "tags/china/"}
CHARTED = ("country guide", "country guide, Belarus")
# What a page fills in with its script before it is read.
FILLED = {"search": "#search-results li a", "compare": "#compare-result table"}
FOOTER = re.compile(r'<footer class="site-footer".*?</footer>', re.S)
CULTURE_LINK = re.compile(r'<a href="[^"]+">[^<]+ culture</a>')
MAX_FOOTER_SHARE = 0.25
# The rendered font size of each chart label, in CSS px: its computed size times the
# scale its SVG is drawn at (the SVG shrinks to fit a narrow screen, its text with it).
CHART_TEXT_PX = """() => [...document.querySelectorAll('main svg text')]
  .map(t => t.getScreenCTM().a * parseFloat(getComputedStyle(t).fontSize))"""
OVERFLOWING = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
  .slice(0, 5).map(e => e.tagName.toLowerCase() + ' ' + (e.getAttribute('class') || ''))"""


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    tab = browser.new_page(viewport=PHONE)
    yield tab
    tab.close()


def open_page(page: Page, base: str, kind: str) -> None:
    page.goto(base + PAGE_TYPES[kind])
    if kind in FILLED:
        page.locator(FILLED[kind]).first.wait_for()


@pytest.mark.browser
@pytest.mark.parametrize("kind", list(PAGE_TYPES))
def test_page_fits_a_phone_screen(page: Page, base: str, kind: str) -> None:
    open_page(page, base, kind)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= page.evaluate("window.innerWidth"), page.evaluate(OVERFLOWING)
    assert min(page.evaluate(CHART_TEXT_PX), default=12) >= 12


@pytest.mark.browser
@pytest.mark.parametrize("kind", CHARTED)
def test_chart_text_is_at_least_12px_on_a_phone(page: Page, base: str, kind: str) -> None:
    open_page(page, base, kind)
    sizes = page.evaluate(CHART_TEXT_PX)
    assert sizes, "the guide has no chart to measure"
    assert min(sizes) >= 12


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["home", "country guide", "city guide"])
def test_culture_links_are_on_the_page_but_collapsed_on_a_phone(page: Page, base: str,
                                                                kind: str) -> None:
    open_page(page, base, kind)
    frame = page.locator("footer.site-footer iframe.cultures-frame")
    assert frame.get_attribute("src") == "/cultures/" and not frame.is_visible()
    box = page.get_by_role("navigation", name="Culture guides").bounding_box()
    assert box and box["height"] < PHONE["height"] / 4  # a line, not screens of links


@pytest.mark.browser
def test_culture_links_open_without_javascript(browser: Browser, base: str, kb: KB) -> None:
    tab = browser.new_page(viewport=PHONE, java_script_enabled=False)
    try:
        tab.goto(base + PAGE_TYPES["city guide"])
        tab.locator("footer.site-footer summary").click()
        frame = tab.frame_locator("footer.site-footer iframe.cultures-frame")
        link = frame.get_by_role("link", name="Belarus culture", exact=True)
        link.wait_for()
        assert frame.get_by_role("link").count() == len(kb.places())  # every territory
        assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        link.click()  # the list's links lead the page, not the frame
        tab.wait_for_url(base + "countries/belarus/")
        assert tab.get_by_role("heading", level=1).inner_text() == "A culture guide to Belarus"
    finally:
        tab.close()


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["former names", "compare"])
def test_reflowed_tables_keep_their_rows_for_screen_readers(page: Page, base: str,
                                                             kind: str) -> None:
    open_page(page, base, kind)
    table = page.locator("main table").first
    assert table.get_by_role("row").count() == table.locator("tr").count() > 1
    assert table.get_by_role("columnheader").count() == table.locator("thead th").count()


def footer_share(html: str) -> float:
    """The footer's share of the page's gzipped bytes: what leaving it out saves."""
    without = FOOTER.sub("", html, count=1)
    assert without != html, "no footer"
    whole = len(gzip.compress(html.encode()))
    return (whole - len(gzip.compress(without.encode()))) / whole


@pytest.mark.parametrize("kind", ["home", "country guide", "city guide"])
def test_culture_footer_is_at_most_a_quarter_of_a_page_gzipped(site: Path, kb: KB,
                                                               kind: str) -> None:
    html = (site / PAGE_TYPES[kind] / "index.html").read_text(encoding="utf-8")
    footer = FOOTER.search(html)
    assert footer and 'src="/cultures/"' in footer.group(0)
    listed = (site / "cultures" / "index.html").read_text(encoding="utf-8")
    assert len(CULTURE_LINK.findall(listed)) == len(kb.places())
    assert footer_share(html) <= MAX_FOOTER_SHARE
