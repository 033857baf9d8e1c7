"""The home page."""

from __future__ import annotations

from loci.site.articles import listed
from loci.site.context import Site
from loci.site.layout import Meta, ld, page
from loci.site.pages import Page, PageKind, register

LATEST = 10


def _render(site: Site, key: str) -> Page:
    data = site.data
    latest = list(data.articles.values())[:LATEST]
    meta = Meta("", "Culture guides", f"Culture guides to {len(data.territories)} countries "
                "and territories and their cities, composed from open data with every "
                "statement sourced, and articles checked against the same data.", "home",
                jsonld=ld("WebSite", name="loci", url=data.absolute("")))
    return page(site, "home.html", meta,
                {"territories": len(data.territories), "cities": len(data.cities),
                 "regions": [{"name": r.name, "url": data.url(f"regions/{r.slug}/")}
                             for r in data.regions],
                 "latest": [{"title": a.title, "url": data.url(f"articles/{a.slug}/"),
                             "date": a.date} for a in latest]},
                territories=len(data.territories), cities=len(data.cities),
                regions=data.regions, articles=latest)


register(PageKind("home", lambda data: [""], lambda data, key: "", _render,
                  lambda data, key: listed(list(data.articles.values())[:LATEST])))
