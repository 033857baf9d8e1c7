"""Former names of countries, and what they are called now."""

from __future__ import annotations

from typing import Any

from loci.english import the
from loci.guides.writers.default import capitalise
from loci.site.context import Site
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register


def _render(site: Site, key: str) -> Page:
    data = site.data
    rows: list[dict[str, Any]] = []
    for f in data.formers:
        now = [data.territory[s] for s in (f.successors or (f.place,)) if s in data.territory]
        rows.append({"name": f.name, "lang": f.lang, "year": f.year, "note": f.note,
                     "dissolved": bool(f.successors),
                     "now": [(t.name, t.path) for t in now]})
    meta = Meta("former-names/", "Former names of countries",
                "Names countries and territories no longer go by, the year each changed, "
                "and what they are called now.", "former-names")
    twin = {"names": [{**r, "now": [{"name": n, "url": data.url(p)} for n, p in r["now"]]}
                      for r in rows]}
    return page(site, "former.html", meta, twin, rows=rows)


def _moved(site: Site, key: str) -> Page:
    """An old address: sends the reader on to the page now there (a 301 from the server)."""
    moved = site.data.moved[key]
    then, now = capitalise(the(moved.then)), the(moved.name)  # "Zaire is now the Democratic ..."
    if moved.renamed:
        title = f"{then} is now {now}"
        description = f"{then} is the former name of {now}; its guide has moved."
    else:
        title = f"The guide to {now} has moved"
        description = f"The guide to {now} has a new address, spelt in plain letters."
    meta = Meta(key, title, description, "moved", moved_to=moved.path)
    return page(site, "moved.html", meta, {"moved_to": site.data.url(moved.path)},
                moved=moved, then=then, now=now)


register(PageKind("former-names", lambda data: [""], lambda data, key: "former-names/",
                  _render))
register(PageKind("moved", lambda data: list(data.moved), lambda data, key: key, _moved))
