"""The "X culture" links, a link for every territory: the page every page's footer frames.

The sample site puts these links in every page's footer. Written into each page they
were most of its bytes (the names and addresses alone gzip to 3 KB, more than a city
guide's own text); framed, a page carries one line and a reader who opens the footer
fetches the list once for the whole site.
"""

from __future__ import annotations

from loci.site.context import Site
from loci.site.pages import Page, PageKind, register

PATH = "cultures/"


def _render(site: Site, key: str) -> Page:
    data = site.data
    html = site.template("cultures.html").render(canonical=data.absolute(PATH))
    twin = {"kind": "cultures", "title": "Culture guides", "url": data.absolute(PATH),
            "html": data.url(PATH),
            "territories": [{"name": t.name, "url": data.url(t.path)} for t in data.territories]}
    return Page(html if html.endswith("\n") else html + "\n", twin)


register(PageKind("cultures", lambda data: [""], lambda data, key: PATH, _render))
