"""The static site, built once for this module (reduced: capitals and the largest cities)."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from loci import pinyin
from loci.kb import KB
from loci.search import articles_index, search
from loci.site import build_site, default_content
from site_tools import chinese_without_lang

MIN_POPULATION = 20_000_000
BAD_YAML = "---\ntitle: Broken\ndate: 2026-01-01\ntags: [a, b\n---\nText.\n"
NO_TITLE = "---\ndate: 2026-01-01\n---\nText about Peru.\n"
HOSTILE = ("---\ntitle: Hostile\ndate: 2026-01-02\nplaces: [Peru]\n---\n"
           "Peru <script>alert(1)</script> <img src=x onerror=alert(2)> "
           '<a href="javascript:alert(3)">x</a> [y](javascript:alert(4)) '
           '<p onclick="alert(5)">z</p>\n')


def content_copy(folder: Path) -> Path:
    """The shipped example articles plus a hostile one and two bad ones."""
    shutil.copytree(default_content(), folder)
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "bad-yaml.md").write_text(BAD_YAML, encoding="utf-8")
    (folder / "drafts" / "no-title.md").write_text(NO_TITLE, encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def built(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("site")
    content = content_copy(root / "content")
    summary = build_site(kb, out=root / "public", content=content,
                         min_city_population=MIN_POPULATION, jobs=2)
    return root / "public", summary


@pytest.fixture(scope="module")
def site(built: tuple[Path, str]) -> Path:
    return built[0]


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def territory_count(kb: KB) -> int:
    return len(kb.places())


def test_summary_counts_pages_and_reports_every_bad_file(built: tuple[Path, str],
                                                         kb: KB) -> None:
    site, summary = built
    assert f"{territory_count(kb):,} territory guides" in summary
    assert "5 articles" in summary  # the four shipped ones and the hostile one
    # built at "/": the sitemap and feed cannot hold full addresses, and the summary says so
    assert "Note: --base-url names no host, so sitemap.xml lists bare paths" in summary
    assert re.search(r"bad-yaml\.md:4: front matter is not valid YAML", summary)
    assert re.search(r"no-title\.md:1: front matter has no 'title'", summary)
    assert not (site / "articles" / "bad-yaml").exists()


def test_home_page_links_both_a_to_z_lists(site: Path) -> None:
    home = read(site, "index.html")
    assert 'href="/countries/"' in home and 'href="/zh/countries/"' in home
    assert json.loads(read(site, "index.json"))["kind"] == "home"


def test_belarus_is_in_the_english_a_to_z(site: Path) -> None:
    assert '<a href="/countries/belarus/">Belarus</a>' in read(site, "countries/index.html")


def test_chinese_a_to_z_is_in_pinyin_order(site: Path) -> None:
    twin = json.loads(read(site, "zh/countries/index.json"))
    names = [t["zh"] for t in twin["territories"]]
    assert names == sorted(names, key=lambda n: pinyin.sort_key(n, place=True))
    # 秘鲁 is read Bìlǔ in its name, so Peru files under B, after 白俄罗斯 (Bái'éluósī);
    # 尼泊尔 is Níbó'ěr, as place names read 泊, so Nepal comes before 尼加拉瓜 (Nicaragua)
    assert names.index("白俄罗斯") < names.index("秘鲁") < names.index("冰岛")
    assert names.index("尼泊尔") < names.index("尼加拉瓜")
    page = read(site, "zh/countries/index.html")
    assert '<html lang="zh-Hans">' in page
    section_b = page.split('id="letter-B"')[1].split('id="letter-C"')[0]
    assert "秘鲁" in section_b


def test_a_to_z_pages_point_at_each_other_with_hreflang(site: Path) -> None:
    for path in ("countries/index.html", "zh/countries/index.html"):
        page = read(site, path)
        assert '<link rel="alternate" hreflang="en" href="/countries/">' in page
        assert '<link rel="alternate" hreflang="zh-Hans" href="/zh/countries/">' in page


def test_country_guide_has_sections_footnotes_twin_and_structured_data(site: Path) -> None:
    page = read(site, "countries/belarus/index.html")
    assert '<h1 id="guide-title">A culture guide to Belarus</h1>' in page
    refs = set(re.findall(r'href="#(fn-\d+)"', page))
    assert refs and all(f'id="{ref}"' in page for ref in refs)
    assert '<meta property="og:title" content="A culture guide to Belarus">' in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                page).group(1))  # type: ignore[union-attr]
    assert data["@type"] == "Country" and data["name"] == "Belarus"
    hong_kong = json.loads(re.search(  # type: ignore[union-attr]
        r'<script type="application/ld\+json">(.*?)</script>',
        read(site, "countries/hong-kong/index.html")).group(1))
    assert hong_kong["@type"] == "AdministrativeArea"  # a dependency, not a country
    twin = json.loads(read(site, "countries/belarus/index.json"))
    assert twin["place"]["id"] == "BY" and twin["sections"]


def test_city_guide_lives_under_its_country_and_lists_its_articles(site: Path) -> None:
    page = read(site, "countries/china/anshan/index.html")
    assert '<a href="/countries/china/">China</a>' in page
    assert 'href="/articles/anshan-steel-city/"' in page
    twin = json.loads(read(site, "countries/china/anshan/index.json"))
    assert twin["articles"][0]["url"] == "/articles/anshan-steel-city/"


def test_every_page_has_the_culture_footer_under_current_names(site: Path, kb: KB) -> None:
    pages = [p for p in site.rglob("*.html") if p.parent.name != "cultures"]
    assert len(pages) > 500
    for page in pages:
        footer = read(site, str(page.relative_to(site))).split('<footer class="site-footer"')[1]
        assert '<iframe class="cultures-frame" src="/cultures/"' in footer, page
    cultures = read(site, "cultures/index.html")
    assert len(re.findall(r'">[^<]+ culture</a></li>', cultures)) == territory_count(kb)
    assert ">Eswatini culture</a>" in cultures and "Swaziland" not in cultures
    assert '<base target="_top">' in cultures  # a link leads the page, not the frame


def test_every_page_has_a_json_twin(site: Path) -> None:
    for page in site.rglob("*.html"):
        twin = page.with_suffix(".json")
        data = json.loads(twin.read_text(encoding="utf-8"))
        assert data["title"] and data["url"], twin


def test_chinese_text_is_always_marked_with_its_language(site: Path) -> None:
    unmarked = {str(p.relative_to(site)): chinese_without_lang(p.read_text(encoding="utf-8"))
                for p in site.rglob("*.html")}
    assert {page: texts for page, texts in unmarked.items() if texts} == {}


def test_article_links_its_places_and_glosses_its_terms(site: Path) -> None:
    page = read(site, "articles/anshan-steel-city/index.html")
    assert '<a href="/countries/china/anshan/">Anshan</a>' in page
    assert re.search(r'<a href="/countries/china/">China', page)
    glossary = page.split('id="glossary-h"')[1]
    assert '<span lang="zh-Hans">鞍钢</span>' in glossary and "Āngāng" in glossary
    assert "Ansteel" in glossary and "veteran workers" in glossary
    assert 'href="/tags/industry/" rel="tag"' in page
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>',
                                page).group(1))  # type: ignore[union-attr]
    assert data["@type"] == "Article" and data["headline"] == "Anshan, a steel city in Liaoning"
    assert "鞍山" in data["description"]
    twin = json.loads(read(site, "articles/anshan-steel-city/index.json"))
    assert {"chars": "鞍钢", "reading": "Āngāng"}.items() <= twin["glossary"][1].items()


def test_article_html_is_sanitised(site: Path) -> None:
    page = read(site, "articles/hostile/index.html").split("<main")[1].split("<footer")[0]
    body = json.loads(read(site, "articles/hostile/index.json"))["body_html"]
    for html in (page, body):
        assert "<script" not in html and "<img" not in html
        assert not re.search(r"<[^>]*\son\w+=", html)
        assert 'href="javascript:' not in html
    assert '<a href="/countries/peru/">Peru</a>' in body


def test_tag_pages_list_their_articles(site: Path) -> None:
    page = read(site, "tags/names/index.html")
    for slug in ("belarus-names", "eswatini-not-swaziland", "chinese-order-of-countries"):
        assert f'href="/articles/{slug}/"' in page
    assert 'href="/tags/names/"' in read(site, "tags/index.html")


def test_former_names_page_says_what_each_is_called_now(site: Path) -> None:
    page = read(site, "former-names/index.html")
    row = page.split(">Swaziland</th>")[1].split("</tr>")[0]
    assert "2018" in row and '<a href="/countries/eswatini/">Eswatini</a>' in row
    antilles = page.split(">Netherlands Antilles</th>")[1].split("</tr>")[0]
    assert '<a href="/countries/curacao/">Curaçao</a>' in antilles


def test_compare_page_offers_every_territory_with_its_twin(site: Path, kb: KB) -> None:
    page = read(site, "compare/index.html")
    twins = re.findall(r'<select id="compare-a".*?</select>', page, re.S)[0]
    paths = re.findall(r'data-json="/([^"]+)"', twins)
    assert len(paths) == territory_count(kb)
    assert all((site / p).is_file() for p in paths)


def test_an_old_address_sends_the_reader_on(site: Path) -> None:
    page = read(site, "countries/swaziland/index.html")
    assert '<meta http-equiv="refresh" content="0; url=/countries/eswatini/">' in page
    assert '<link rel="canonical" href="/countries/eswatini/">' in page
    assert 'href="/countries/eswatini/">Eswatini</a>' in page
    assert "countries/swaziland/" not in read(site, "sitemap.xml")


def test_an_old_name_says_what_the_place_is_called_now_or_is_no_address(site: Path) -> None:
    zaire = read(site, "countries/zaire/index.html")
    assert "<h1>Zaire is now the Democratic Republic of the Congo</h1>" in zaire
    # German East Africa is a former name of Burundi, Rwanda and Tanzania: none of them
    assert not (site / "countries/german-east-africa").exists()


def test_feed_sitemap_and_robots(site: Path) -> None:
    atom = ET.fromstring(read(site, "feed.xml"))
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [e.findtext("a:title", namespaces=ns) for e in atom.findall("a:entry", ns)]
    assert "Anshan, a steel city in Liaoning" in titles and len(titles) == 5
    sitemap = ET.fromstring(read(site, "sitemap.xml"))
    locs = {e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    assert "/countries/belarus/" in locs and "/404.html" not in locs
    assert read(site, "robots.txt").startswith("User-agent: *")
    assert "Page not found" in read(site, "404.html")


def test_search_index_finds_places_by_any_name_and_articles_by_words(site: Path) -> None:
    root = site / "search"
    files = {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
             for p in root.rglob("*.json")}
    assert search(files, "鞍山")[0].url == "/countries/china/anshan/"
    first = search(files, "Swaziland")[0]
    assert (first.title, first.note) == ("Eswatini", "former name")
    assert search(files, "anshan")[0].title == "Anshan"
    assert search(files, "baieluosi")[0].title == "Belarus"
    german = search(files, "Elfenbeinküste")[0]
    assert (german.title, german.note) == ("Côte d’Ivoire", "in another language")
    assert search(files, "steel")[0].url == "/articles/anshan-steel-city/"
    assert search(files, "秘密")[0].url == "/articles/chinese-order-of-countries/"
    assert search(files, "congo")[0].title.endswith("Congo")  # a later word of the name
    assert search(files, "a") == []  # one letter: every name would match


def test_a_first_answer_needs_one_small_names_file(site: Path) -> None:
    """names.json says which shards exist; a query reads that and one shard."""
    root = site / "search"
    assert (root / "names.json").stat().st_size < 20_000
    shards = list((root / "n").glob("*.json"))
    assert len(shards) > 100
    assert max(p.stat().st_size for p in shards) < 150_000 - 20_000


def test_two_cities_of_one_name_are_told_apart_in_search(kb: KB) -> None:
    from loci.site.gather import site_base
    from loci.site.indexing import site_names

    data = site_base(kb, base_url="/", min_city_population=500_000, today=date(2026, 12, 6))
    files = {**site_names(kb, data).files, **articles_index([]).files}
    details = [h.detail for h in search(files, "Changsha") if h.title == "Changsha"]
    assert details == ["City in Hunan, China", "City in Guangdong, China"]


@pytest.mark.parametrize(("query", "detail"), [
    ("Hong Kong", "Territory"), ("Svalbard", "Territory"), ("Aruba", "Territory"),
    ("Norway", "Country"), ("Soviet Union", "Former country (dissolved)")])
def test_search_calls_a_dependency_a_territory(kb: KB, query: str, detail: str) -> None:
    from loci.site.gather import site_base
    from loci.site.indexing import site_names

    data = site_base(kb, base_url="/", min_city_population=500_000, today=date(2026, 12, 6))
    files = {**site_names(kb, data).files, **articles_index([]).files}
    assert search(files, query)[0].detail == detail
