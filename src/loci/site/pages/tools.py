"""Pages that work in the browser from the static files: search and compare."""

from __future__ import annotations

from loci.site import compare
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
                "side by side, fact by fact: population, area, capital, languages, religions, "
                "currency, time zone, national day, World Heritage sites and their charts, "
                "each with its source.", "compare", scripts=("static/compare.js",))
    files = {territory: path for path, territory in compare.paths(data).items()}
    # a territory's old addresses ("swaziland" for Eswatini), which ?a= and ?b= may name
    former: dict[str, list[str]] = {}
    for path, moved in data.moved.items():
        if moved.renamed:
            former.setdefault(moved.path, []).append(path.split("/")[-2])
    return page(site, "compare.html", meta,
                {"rows": [{"id": row, "label": label} for row, label, _ in compare.ROWS],
                 "territories": [{"id": t.id, "name": t.name, "slug": t.slug,
                                  "json": data.url(files[t.id])} for t in data.territories]},
                territories=data.territories, files=files,
                former={t.id: " ".join(former.get(t.path, ())) for t in data.territories})


register(PageKind("search", lambda data: [""], lambda data, key: "search/", _search))
register(PageKind("compare", lambda data: [""], lambda data, key: "compare/", _compare))
