"""Tags: one page per tag listing its articles, and the list of tags."""

from __future__ import annotations

from loci.errors import NotFoundError
from loci.site.articles import listed
from loci.site.context import Site, SiteData
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register
from loci.site.pages.articles import _rows
from loci.text import slugify


def _tag(data: SiteData, key: str) -> str:
    found = next((t for t in data.tags if slugify(t) == key or t == key), None)
    if found is None:
        raise NotFoundError(f"no tag {key!r}: see the list at /tags/")
    return found


def _one(site: Site, key: str) -> Page:
    data = site.data
    tag = _tag(data, key)
    items = [data.articles[s] for s in data.tags[tag]]
    meta = Meta(f"tags/{slugify(tag)}/", f"Tagged “{tag}”",
                f"{len(items)} article{'s' if len(items) != 1 else ''} tagged “{tag}”.", "tag")
    return page(site, "list.html", meta, {"tag": tag, "articles": _rows(data, items)},
                articles=items, links=[], crumbs=[("Home", ""), ("Tags", "tags/")])


def _index(site: Site, key: str) -> Page:
    data = site.data
    links = [(tag, f"tags/{slugify(tag)}/", len(slugs)) for tag, slugs in data.tags.items()]
    meta = Meta("tags/", "Tags", f"{len(links)} tags, with the number of articles in each.",
                "tags")
    return page(site, "list.html", meta,
                {"tags": [{"tag": t, "url": data.url(p), "count": n} for t, p, n in links]},
                articles=None, links=links, crumbs=[("Home", "")])


register(PageKind("tag", lambda data: [slugify(t) for t in data.tags],
                  lambda data, key: f"tags/{key}/", _one,
                  lambda data, key: listed(data.articles[a] for a in data.tags[_tag(data, key)])))
register(PageKind("tags", lambda data: [""], lambda data, key: "tags/", _index,
                  lambda data, key: [(t, len(s)) for t, s in data.tags.items()]))
