"""Articles rank in the static search as on the server (issue 15): by the server's BM25
(``bm25(article_fts, 5.0, 1.0)``), then title matches first; in Python (the no-script
page) and in search.js in a real browser, on articles whose counts of a word and lengths
all differ."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page

from loci.kb import KB
from loci.search import search_articles
from loci.site import build_site
from loci.web.fts import SearchIndex
from loci.web.pages import SitePages
from site_tools import serve, server_index

FILLER = ("The valley keeps its terraces in good order and the path climbs past a shrine "
          "where walkers rest before the last stretch to the ridge.")


def _article(i: int) -> str:
    """Article i: "tea" i % 5 times in its text, in its title when i is a multiple of 4,
    龙井 in every third, "green tea" together in every other, and 1 + i % 4 paragraphs
    of filler, so that no two score alike for the queries below."""
    title = f"Notes {i}: tea on the slopes" if i % 4 == 0 else f"Notes {i} from the hills"
    words = " ".join(["tea"] * (i % 5)) or "none"
    lines = [f"Today we counted: {words}."]
    if i % 3 == 0:
        lines.append("The 龙井 (Lóngjǐng) leaves were rolled by hand.")
    if i % 2 == 0:
        lines.append("Cups of green tea came with every meal.")
    lines += [FILLER] * (1 + i % 4)
    return (f"---\ntitle: \"{title}\"\ndate: 2026-03-{1 + i:02d}\ntags: [tea]\n---\n\n"
            + "\n\n".join(lines) + "\n")


@pytest.fixture(scope="module")
def content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tea") / "content"
    folder.mkdir()
    for i in range(1, 17):
        (folder / f"notes-{i:02d}.md").write_text(_article(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def pages(kb: KB, content: Path) -> SitePages:
    return SitePages(kb, content)


@pytest.fixture(scope="module")
def server(kb: KB, pages: SitePages) -> SearchIndex:
    found: SearchIndex = server_index(kb, pages)
    return found


QUERIES = ["tea", "te", "龙井", "lóngjǐng", "green tea", "notes", "terraces"]


def _server_slugs(server: SearchIndex, query: str, limit: int = 8) -> list[str]:
    return [hit.id for hit in server.articles(query, limit)]


@pytest.mark.parametrize("query", QUERIES)
def test_static_articles_rank_as_the_servers(pages: SitePages, server: SearchIndex,
                                             query: str) -> None:
    files = {name.removeprefix("search/"): data.decode()
             for name, data in pages.search_files().items()}
    expected = _server_slugs(server, query)
    assert len(expected) >= 3, expected  # enough to order
    found = [hit.url.strip("/").rpartition("/")[2] for hit in search_articles(files, query, 8)]
    assert found == expected


def test_the_order_is_by_relevance_not_by_date(server: SearchIndex) -> None:
    # the newest article with the word is not the first: the most "tea" in the title is
    order = _server_slugs(server, "tea")
    assert order[0] != "notes-16" and order != sorted(order, reverse=True)


@pytest.fixture(scope="module")
def base(kb: KB, content: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    out = tmp_path_factory.mktemp("tea-site") / "public"
    build_site(kb, out=out, content=content, min_city_population=50_000_000, jobs=1)
    with serve(out) as url:
        yield url


@pytest.mark.browser
@pytest.mark.parametrize("query", ["tea", "龙井", "green tea"])
def test_search_js_shows_articles_in_the_servers_order(page: Page, base: str,
                                                       server: SearchIndex, query: str) -> None:
    page.goto(f"{base}search/?q={quote(query)}")
    page.wait_for_function("document.getElementById('search-status').textContent !== ''")
    shown = page.locator("#search-results li a").evaluate_all(
        "links => links.map((a) => a.getAttribute('href'))")
    articles = [url.strip("/").rpartition("/")[2] for url in shown if "/articles/" in url]
    assert articles == _server_slugs(server, query, 20)  # search.js asks for 20
