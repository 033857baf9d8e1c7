"""Pages that work in the browser from the static files: search and compare."""

from __future__ import annotations

from loci.site.context import Site
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register


def _search(site: Site, key: str) -> Page:
    meta = Meta("search/", "Search", "Find a country, territory or city by any of its names "
                "(English, Chinese characters, pinyin with or without tones, former names), "
                "or articles by their words.", "search", scripts=("static/search.js",))
    return page(site, "search.html", meta,
                {"index": {"names": site.data.url("search/names.json"),
                           "articles": site.data.url("search/articles.json")}})


def _compare(site: Site, key: str) -> Page:
    data = site.data
    meta = Meta("compare/", "Compare two territories", "Put any two countries or territories "
                "side by side, section by section, from their guides' JSON twins.", "compare",
                scripts=("static/compare.js",))
    return page(site, "compare.html", meta,
                {"territories": [{"id": t.id, "name": t.name, "slug": t.slug,
                                  "json": data.url(t.path + "index.json")}
                                 for t in data.territories]},
                territories=data.territories)


register(PageKind("search", lambda data: [""], lambda data, key: "search/", _search))
register(PageKind("compare", lambda data: [""], lambda data, key: "compare/", _compare))
