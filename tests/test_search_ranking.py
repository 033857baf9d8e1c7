"""The static site's search ranks as the server's (issue 15): the same queries through the
server's full-text index (``SearchIndex``) and through the static index built from the
same KB, in Python (``loci.search``, which the no-script page uses) and in search.js in
a real browser."""

from __future__ import annotations

import datetime as dt
import time
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from loci.kb import KB
from loci.search import Doc, Name, articles_index, names_index, search
from loci.site.build import default_content
from loci.site.gather import gather
from loci.web.fts import SearchIndex
from loci.web.pages import SitePages
from site_tools import server_index

# Names, prefixes, Chinese, pinyin, former names and aliases, later words, codes, articles.
QUERIES = [
    "georgia", "paris", "india", "guinea", "congo", "sudan", "korea", "islands", "san",
    "springfield", "ba", "sa", "ma", "guin", "belar", "shen", "new y", "new yo",
    "鞍山", "北京", "斯", "沈阳", "几内亚", "baieluosi", "bai e luo si", "zhongguo",
    "swaziland", "white russia", "burma", "holland", "bombay", "the gambia", "st lucia",
    "trinidad & tobago", "Côte d’Ivoire", "Elfenbeinküste", "usa", "CHN", "steel", "anshan",
    "hongkong", "newyork", "sanjose", "unitedkingdom", "newy",  # words run together
    "københavn", "łódź", "tórshavn", "malmo", "sao paulo",  # letters folded or kept
]
TOP = 10


@pytest.fixture(scope="module")
def pages(kb: KB) -> SitePages:
    """The site as ``loci serve`` has it: the default content, cities of 100,000 or more."""
    return SitePages(kb, None)


@pytest.fixture(scope="module")
def server(kb: KB, pages: SitePages) -> SearchIndex:
    found: SearchIndex = server_index(kb, pages)
    return found


def server_order(server: SearchIndex, urls: dict[str, str], query: str) -> list[str]:
    """The server's first results that have a page on the site (the static index holds
    only those: no subdivisions, no small cities)."""
    found = [hit.url if hit.type == "article" else urls.get(hit.id, "")
             for hit in server.search(query, 200)]
    return [url for url in found if url][:TOP]


def static_order(urls: list[str]) -> list[str]:
    return urls[:TOP]


@pytest.mark.parametrize("query", QUERIES)
def test_the_static_index_ranks_as_the_server(pages: SitePages, server: SearchIndex,
                                               query: str) -> None:
    files = {name.removeprefix("search/"): data.decode()
             for name, data in pages.search_files().items()}
    urls = {pid: pages.data.url(path) for pid, path in pages.data.paths.items()}
    expected = server_order(server, urls, query)
    assert expected, f"the server finds nothing for {query!r}"
    assert static_order([h.url for h in search(files, query)]) == expected


@pytest.mark.parametrize(("query", "first"), [
    ("hongkong", "/countries/hong-kong/"), ("newyork", "/countries/united-states/new-york-city/"),
    ("unitedkingdom", "/countries/united-kingdom/"), ("saudiarabia", "/countries/saudi-arabia/"),
])
def test_a_name_typed_without_its_spaces_is_found_on_both(pages: SitePages, server: SearchIndex,
                                                          query: str, first: str) -> None:
    files = {name.removeprefix("search/"): data.decode()
             for name, data in pages.search_files().items()}
    urls = {pid: pages.data.url(path) for pid, path in pages.data.paths.items()}
    assert server_order(server, urls, query)[0] == first
    assert search(files, query)[0].url == first


@pytest.mark.parametrize("query", ['"', "*", " ", "\x00", "x" * 5_000, "\u0301" * 5_000,
                                   "the " * 2_000, "st. " * 2_000, "鞍" * 5_000, "a b" * 2_000])
def test_hostile_queries_are_answered_at_once(pages: SitePages, query: str) -> None:
    files = {name.removeprefix("search/"): data.decode()
             for name, data in pages.search_files().items()}
    started = time.perf_counter()
    assert isinstance(search(files, query), list)
    assert time.perf_counter() - started < 1.0


def test_a_split_prefix_and_a_bucket_of_chinese_names_are_two_files() -> None:
    """A two-letter prefix split by its third letter ("ha" + "f") and the bucket of
    Chinese characters whose code ends in af were one file, and one answer was lost."""
    docs = [Doc(f"/hafen-{i}/", f"Hafen {i}", "city", "City", (Name(f"Hafen{i:04}"),))
            for i in range(3000)]
    han = chr(0x4EAF)  # U+4EAF: its bucket is "af"
    docs.append(Doc("/han/", han * 2, "city", "City", (Name(han * 2),)))
    files = {**names_index(docs).files, **articles_index([]).files}
    assert "ha" in files["names.json"] and "n/haf.json" in files  # "ha" is split
    assert [h.url for h in search(files, han * 2)] == ["/han/"]
    assert [h.url for h in search(files, "hafen0001")] == ["/hafen-1/"]


@pytest.fixture(scope="module")
def reduced_urls(kb: KB) -> dict[str, str]:
    """Each place's URL on the reduced site (cities of a million or more), as it was built."""
    data, _ = gather(kb, content=default_content(), base_url="/", min_city_population=1_000_000,
                     today=dt.date.today(), cache={})
    return {pid: data.url(path) for pid, path in data.paths.items()}


@pytest.mark.browser
@pytest.mark.parametrize("query", ["georgia", "guin", "congo", "ba", "鞍山", "bai e luo si",
                                   "swaziland", "the gambia", "anshan", "hongkong"])
def test_search_js_shows_the_servers_order(page: Page, base: str, server: SearchIndex,
                                           reduced_urls: dict[str, str], query: str) -> None:
    page.goto(f"{base}search/?q={quote(query)}")
    page.wait_for_function("document.getElementById('search-status').textContent !== ''")
    shown = page.locator("#search-results li a").evaluate_all(
        "links => links.map((a) => a.getAttribute('href'))")
    assert static_order(shown) == server_order(server, reduced_urls, query)
