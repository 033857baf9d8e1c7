"""Former names of countries, and what they are called now."""

from __future__ import annotations

from typing import Any

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


register(PageKind("former-names", lambda data: [""], lambda data, key: "former-names/",
                  _render))
