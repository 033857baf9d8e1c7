"""The page a web server shows for a missing path."""

from __future__ import annotations

from loci.site.context import Site
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register


def _render(site: Site, key: str) -> Page:
    meta = Meta("404.html", "Page not found", "There is no page at this address.", "404")
    return page(site, "404.html", meta,
                {"error": {"status": 404, "message": "no page at this address"}})


register(PageKind("404", lambda data: [""], lambda data, key: "404.html", _render))
