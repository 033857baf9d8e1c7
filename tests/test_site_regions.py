"""A country's regions (provinces, states): a page per region listing its city guides,
linked from the country's guide and the city's breadcrumbs, so that every city guide can
be reached from the home page by following links."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from playwright.sync_api import Page

from loci.kb import KB, PlaceRow

LIAONING = "countries/china/regions/liaoning/"


class _Links(HTMLParser):
    """A page's links (href, text), its breadcrumbs and the items of its lists, as text."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []
        self.crumbs: list[tuple[str, str]] = []  # (href, text); href "" for the page itself
        self.items: list[str] = []  # text of every <li> in <main>
        self._href: str | None = None
        self._text: list[str] = []
        self._crumbs = self._main = False
        self._item: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "nav" and "crumbs" in (found.get("class") or "").split():
            self._crumbs = True
        elif tag == "main":
            self._main = True
        elif tag == "a":
            self._href, self._text = found.get("href") or "", []
        elif tag == "li":
            self._item = [] if self._main else None
            if self._crumbs:
                self.crumbs.append(("", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav":
            self._crumbs = False
        elif tag == "main":
            self._main = False
        elif tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            if self._crumbs:
                self.crumbs[-1] = (self._href, self.links[-1][1])
            self._href = None
        elif tag == "li" and self._item is not None:
            self.items.append("".join(self._item).strip())
            self._item = None

    def handle_data(self, data: str) -> None:
        self._text.append(data)
        if self._item is not None:
            self._item.append(data)
        if self._crumbs and self._href is None and self.crumbs and data.strip():
            self.crumbs[-1] = ("", data.strip())


def _parse(site: Path, path: str) -> _Links:
    parser = _Links()
    parser.feed((site / path / "index.html").read_text(encoding="utf-8"))
    return parser


def _page_file(site: Path, url: str) -> Path | None:
    """The HTML file a site-internal link leads to, or None (another site, a JSON twin, a
    feed, a style sheet, nothing)."""
    parts = urlsplit(url)
    if parts.scheme or parts.netloc:
        return None
    path = unquote(parts.path).lstrip("/")
    file = site / path / "index.html" if path.endswith("/") or not path else site / path
    return file if file.suffix == ".html" and file.is_file() else None


def walk(site: Path) -> set[Path]:
    """Every page reached from the home page by following links."""
    home = site / "index.html"
    seen, todo = {home}, [home]
    while todo:
        file = todo.pop()
        url = "/" + file.relative_to(site).as_posix()
        parser = _Links()
        parser.feed(file.read_text(encoding="utf-8"))
        for href, _ in parser.links:
            found = _page_file(site, urljoin(url, href))
            if found is not None and found not in seen:
                seen.add(found)
                todo.append(found)
    return seen


def _pages_of_kind(site: Path, pattern: str, kind: str) -> set[Path]:
    """The HTML pages under ``pattern`` whose JSON twin says they are of ``kind``."""
    return {twin.with_suffix(".html") for twin in site.glob(pattern)
            if json.loads(twin.read_text(encoding="utf-8"))["kind"] == kind}


def _city(kb: KB, name: str) -> PlaceRow:
    return next(c for c in kb.places(("city",), country="CN") if c.name == name)


def test_liaoning_lists_its_cities_largest_first_with_their_populations(
        site: Path, kb: KB) -> None:
    shenyang, dalian = _city(kb, "Shenyang"), _city(kb, "Dalian")
    assert shenyang.parent == dalian.parent == "CN-LN"
    page = _parse(site, LIAONING)
    rows = [f"{c.name}: {c.population:,}" for c in (shenyang, dalian)]
    assert all(row in page.items for row in rows), page.items
    assert page.items.index(rows[0]) < page.items.index(rows[1])  # Shenyang is the larger
    assert ("/countries/china/shenyang/", "Shenyang") in page.links


def test_a_city_page_has_its_region_in_its_breadcrumbs(site: Path, kb: KB) -> None:
    anshan = _city(kb, "Anshan")
    region = kb.lookup(anshan.parent or "")
    crumbs = _parse(site, "countries/china/anshan/").crumbs
    assert [text for _, text in crumbs] == ["Home", "A–Z", "China", region.name, "Anshan"]
    assert [href for href, _ in crumbs] == ["/", "/countries/", "/countries/china/", f"/{LIAONING}",
                                            ""]


def test_the_china_guide_links_every_region_page_of_china(site: Path) -> None:
    regions = {f"/{p.parent.relative_to(site).as_posix()}/"
               for p in _pages_of_kind(site, "countries/china/regions/*/index.json",
                                       "subdivision")}
    assert f"/{LIAONING}" in regions
    linked = {href for href, _ in _parse(site, "countries/china/").links}
    assert regions <= linked, sorted(regions - linked)


def test_a_country_with_no_regions_links_one_list_of_its_city_guides(site: Path) -> None:
    # GeoNames' first-level codes are mapped for some countries only: Egypt's cities are in
    # no region, so its guide links one list, not a "by region" list of one "All cities"
    html = (site / "countries/egypt/index.html").read_text(encoding="utf-8")
    listed = _parse(site, "countries/egypt/regions/no-region/")
    count = sum(href.startswith("/countries/egypt/") for href, _ in listed.links) - 1
    assert count >= 2  # the breadcrumb's link to Egypt is not a city
    assert '<h2 id="regions-h">City guides</h2>' in html and "by region" not in html
    assert ("/countries/egypt/regions/no-region/", f"All {count} city guides") in \
        _parse(site, "countries/egypt/").links
    assert "City guides by region" in (site / "countries/china/index.html").read_text(
        encoding="utf-8")
    # its list says what it is, without a word on GeoNames' regions (GeoNames has them;
    # loci maps them to ISO 3166-2 for some countries only)
    listing = (site / "countries/egypt/regions/no-region/index.html").read_text(encoding="utf-8")
    assert f"Guides to the {count} cities of Egypt, largest first" in listing
    assert "GeoNames files under" not in listing


def test_one_or_two_cities_are_not_counted_as_many(site: Path) -> None:
    folders = {p.parent.parent.parent.name: p.parent
               for p in site.glob("countries/*/regions/no-region/index.html")}
    pages = {c: (f / "index.html").read_text(encoding="utf-8") for c, f in folders.items()}
    counts = {c: len(json.loads((f / "index.json").read_text(encoding="utf-8"))["cities"])
              for c, f in folders.items()}
    one = next(c for c, n in counts.items() if n == 1)
    two = next(c for c, n in counts.items() if n == 2)
    assert "The one city guide of" in pages[one]
    guide_of = {c: (site / "countries" / c / "index.html").read_text(encoding="utf-8")
                for c in (one, two)}
    assert "The city guide</a>, with the city’s population." in guide_of[one]
    assert "Both city guides</a>, with each city’s population." in guide_of[two]
    assert not any("All 1 " in g or "All 2 " in g for g in guide_of.values())


def test_the_sitemap_lists_every_region_page(site: Path) -> None:
    regions = {f"/{p.parent.relative_to(site).as_posix()}/"
               for p in _pages_of_kind(site, "countries/*/regions/*/index.json", "subdivision")}
    assert f"/{LIAONING}" in regions
    sitemap = ET.parse(site / "sitemap.xml")
    locs = {e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert regions <= locs, sorted(regions - locs)


def test_every_city_guide_can_be_reached_from_the_home_page(site: Path) -> None:
    cities = _pages_of_kind(site, "countries/*/*/index.json", "city")
    assert len(cities) > 500
    missed = cities - walk(site)
    assert not missed, f"{len(missed)} of {len(cities)} city guides unreached, such as " + \
        ", ".join(sorted(str(p.parent.relative_to(site)) for p in missed)[:5])


@pytest.mark.browser
def test_reader_goes_from_home_to_a_city_through_its_region(page: Page, base: str) -> None:
    page.goto(base)
    page.get_by_role("navigation", name="Site").get_by_role("link", name="A–Z").click()
    page.get_by_role("main").get_by_role("link", name="China", exact=True).click()
    page.get_by_role("region", name="City guides by region").get_by_role(
        "link", name="Liaoning", exact=True).click()
    assert page.url == f"{base}{LIAONING}"
    page.get_by_role("main").get_by_role("link", name="Dalian", exact=True).click()
    assert page.url == f"{base}countries/china/dalian/"
    assert page.get_by_role("heading", level=1).inner_text() == "A culture guide to Dalian"


def test_a_continents_page_says_whose_grouping_it_is(site: Path) -> None:
    # GeoNames files Bouvet Island under Antarctica, whose guide places it in the South
    # Atlantic Ocean: the page says the grouping is GeoNames'
    page = (site / "regions/antarctica/index.html").read_text(encoding="utf-8")
    assert "countries and territories GeoNames files under Antarctica" in page
    assert "/countries/bouvet-island/" in page


@pytest.mark.browser
def test_a_regions_address_from_isos_form_of_its_name_leads_to_its_page(page: Page,
                                                                         base: str) -> None:
    # ISO writes "Tatarstan, Respublika"; the page is "Respublika Tatarstan" now, and the
    # address made of ISO's form sends the reader there
    page.goto(f"{base}countries/russia/regions/tatarstan-respublika/")
    page.wait_for_url(f"{base}countries/russia/regions/respublika-tatarstan/")
    assert "Respublika Tatarstan" in page.get_by_role("heading", level=1).inner_text()

