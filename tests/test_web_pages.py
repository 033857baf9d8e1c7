"""The site's pages from a real ``loci serve``: the static build's bytes, live, and reloaded."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from fs_tools import fifo, within
from loci.kb import KB
from loci.site.context import Site
from loci.site.gather import gather
from loci.site.pages import dump_json, render_page
from loci.web.pages import SitePages
from loci.web.watch import signature
from web_live import Live

HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(live: Live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c


@pytest.fixture(scope="module")
def site(kb: KB, live: Live) -> Site:
    """The static build's view of the same content folder."""
    today = dt.datetime.now(dt.UTC).date()
    data, problems = gather(kb, content=live.content, base_url="/", min_city_population=100_000,
                            today=today, cache={})
    assert not problems
    return Site(data, kb)


@pytest.mark.parametrize(("path", "kind", "key"), [
    ("/", "home", ""),
    ("/countries/belarus/", "country", "BY"),
    ("/countries/netherlands-antilles/", "country", "AN"),
    ("/countries/china/anshan/", "city", "2038632"),
    ("/articles/anshan-steel/", "article", "anshan-steel"),
    ("/tags/cities/", "tag", "cities"),
])
def test_pages_are_the_bytes_the_static_build_writes(client: httpx.Client, site: Site,
                                                    path: str, kind: str, key: str) -> None:
    rendered = render_page(site, kind, key)
    page = client.get(path)
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.content == rendered.encoded() == rendered.html.encode()
    assert client.get(f"{path}index.html").content == rendered.encoded()
    twin = client.get(f"{path}index.json")
    assert twin.headers["content-type"] == "application/json"
    assert twin.content == dump_json(rendered.data)


def test_a_folder_without_its_slash_redirects(client: httpx.Client) -> None:
    response = client.get("/countries/belarus")
    assert response.status_code == 301
    assert response.headers["location"] == "/countries/belarus/"


def test_search_answers_without_script(client: httpx.Client) -> None:
    page = client.get("/search/", params={"q": "anshan"}).text
    assert '<a href="/countries/china/anshan/">Anshan</a>' in page
    assert 'value="anshan"' in page and "for “anshan”." in page
    assert "<script" not in client.get("/search/", params={"q": "<script>"}).text.split(
        "<main")[1].split("</main>")[0]
    long = client.get("/search/", params={"q": "x" * 5_000}).text
    assert long.count("x" * 200) and "x" * 201 not in long  # cut, as the index cuts it


def test_an_old_address_is_moved_permanently(client: httpx.Client) -> None:
    response = client.get("/countries/swaziland/", follow_redirects=False)
    assert response.status_code == 301
    assert response.headers["location"] == "/countries/eswatini/"
    response = client.get("/countries/swaziland", follow_redirects=True)
    assert response.status_code == 200 and "A culture guide to Eswatini" in response.text


def test_an_address_from_before_plain_letters_is_moved_permanently(client: httpx.Client
                                                                  ) -> None:
    response = client.get("/countries/poland/%C5%82odz/", follow_redirects=False)  # łodz
    assert response.status_code == 301
    assert response.headers["location"] == "/countries/poland/lodz/"
    page = client.get(response.headers["location"])
    assert page.status_code == 200 and "A culture guide to Łódź" in page.text


def test_a_reader_gets_the_404_page_and_a_program_the_json_error(client: httpx.Client) -> None:
    page = client.get("/countries/atlantis/", headers=HTML)
    assert page.status_code == 404 and "<html" in page.text
    assert client.get("/countries/atlantis/").json()["error"]["status"] == 404


def test_files_beside_the_pages(client: httpx.Client) -> None:
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert "A walk through Minsk" in client.get("/feed.xml").text
    assert "/countries/belarus/" in client.get("/sitemap.xml").text
    assert client.get("/robots.txt").text.startswith("User-agent")


def test_every_link_on_the_home_page_leads_somewhere(client: httpx.Client) -> None:
    home = client.get("/").text
    framed = client.get("/cultures/").text  # the footer's frame: a link for every territory
    assert 'src="/cultures/"' in home
    links = sorted({href for page in (home, framed)
                    for href in re.findall(r'href="(/[^"#?]*)', page)})
    assert len(links) > 250
    broken = [link for link in links if client.get(link).status_code != 200]
    assert broken == []


def wait_for(check: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return True
        time.sleep(0.2)
    return False


def test_an_article_saved_on_disk_is_served_without_a_restart(client: httpx.Client,
                                                              live: Live) -> None:
    new = live.content / "grodno.md"
    search = {"q": "flamingoes"}
    assert client.get("/api/v1/search", params=search).json()["results"] == []
    new.write_text("---\ntitle: Grodno in winter\ndate: 2026-07-01\nplaces: [Belarus]\n"
                   "tags: [cities]\n---\n\nGrodno is a city in the west of Belarus. "
                   "No flamingoes live there.\n", encoding="utf-8")
    try:
        assert wait_for(lambda: client.get("/articles/grodno/").status_code == 200)
        assert client.get("/api/v1/articles").json()["articles"][0]["slug"] == "grodno"
        assert client.get("/api/v1/search", params=search).json()["results"][0]["id"] == "grodno"
        assert "Grodno in winter" in client.get("/").text  # cached pages were dropped
    finally:
        new.unlink()
    assert wait_for(lambda: client.get("/articles/grodno/").status_code == 404)
    assert client.get("/api/v1/search", params=search).json()["results"] == []


def test_without_a_content_folder_the_shipped_articles_are_served(kb: KB) -> None:
    pages = SitePages(kb, None)
    assert pages.folder.name == "content" and len(pages.data.articles) >= 3
    found = pages.find("/articles/anshan-steel-city/")
    assert found is not None and b"Anshan" in pages.render(found)


def test_bad_files_added_to_a_served_folder_leave_the_rest_fresh(kb: KB, tmp_path: Path) -> None:
    """D9: one article with a huge number made the reload fail, and the server kept its
    old content (a new good article answered 404); D12, D13: a pipe blocked the reload,
    and with it every request; a link to /dev/zero read without end."""
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "old.md").write_text(GOOD.format(slug="old"))
    pages = SitePages(kb, folder)
    (folder / "new.md").write_text(GOOD.format(slug="new"))
    (folder / "huge.md").write_text("---\ntitle: " + "9" * 5000 + "\ndate: 2026-01-01\n---\nx\n")
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "loop.md").symlink_to("loop.md")
    assert signature(folder)  # a looping link is no reason to fail the watch
    with fifo(folder / "pipe.md"):
        within(120, pages.reload)
    assert {"articles/old/", "articles/new/"} <= pages.routes.keys()
    assert pages.find("/articles/huge/") is None


GOOD = "---\ntitle: {slug}\ndate: 2026-01-01\n---\n\nAnshan is a city in China.\n"
