"""The files around the pages: sitemap, Atom feed, robots.txt."""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from loci.site.context import SiteData

FEED_SIZE = 50


def sitemap(data: SiteData, paths: list[str]) -> str:
    """Every page but the 404, with its full URL."""
    rows = "".join(f"<url><loc>{escape(data.absolute(p))}</loc></url>\n"
                   for p in sorted(paths) if not p.endswith(".html"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</urlset>\n")


def atom(data: SiteData) -> str:
    """The newest articles as an Atom feed."""
    items = list(data.articles.values())[:FEED_SIZE]
    updated = _stamp(items[0].date) if items else _stamp(data.today.isoformat())
    entries = "".join(
        f"<entry><title>{escape(a.title)}</title>"
        f'<link rel="alternate" type="text/html" '
        f'href="{escape(data.absolute(f"articles/{a.slug}/"))}"/>'
        f"<id>{escape(_id(data, a.slug))}</id><updated>{_stamp(a.date)}</updated>"
        f"<summary>{escape(a.summary)}</summary>"
        + "".join(f'<category term="{escape(t)}"/>' for t in a.tags) + "</entry>\n"
        for a in items)
    return ('<?xml version="1.0" encoding="utf-8"?>\n'
            '<feed xmlns="http://www.w3.org/2005/Atom">\n'
            "<title>loci: articles</title>\n"
            f'<link rel="self" href="{escape(data.absolute("feed.xml"))}"/>\n'
            f'<link rel="alternate" href="{escape(data.absolute(""))}"/>\n'
            f"<id>{escape(_id(data, ''))}</id>\n<updated>{updated}</updated>\n"
            "<author><name>loci</name></author>\n"
            f"{entries}</feed>\n")


def robots(data: SiteData) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if data.absolute("").startswith("http"):
        lines.append(f"Sitemap: {data.absolute('sitemap.xml')}")
    return "\n".join(lines) + "\n"


def _id(data: SiteData, slug: str) -> str:
    """An Atom id: the article's URL when the site's host is known, else a stable URN."""
    url = data.absolute(f"articles/{slug}/" if slug else "")
    return url if url.startswith("http") else f"urn:loci:articles:{slug or 'feed'}"


def _stamp(day: str) -> str:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(), dt.UTC).isoformat()
