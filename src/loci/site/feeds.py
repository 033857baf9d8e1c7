"""The files around the pages: sitemap, Atom feed, robots.txt."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

from loci.site.context import SiteData

FEED_SIZE = 50
ATOM = "http://www.w3.org/2005/Atom"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def sitemap(data: SiteData, paths: list[str]) -> str:
    """Every page but the 404 and the old addresses, with its full URL."""
    rows = "".join(f"<url><loc>{escape(data.absolute(p))}</loc></url>\n"
                   for p in sorted(paths) if not p.endswith(".html") and p not in data.moved)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</urlset>\n")


def atom(data: SiteData) -> str:
    """The newest articles as an Atom feed, written by ElementTree (which escapes quotes in
    attributes); links are absolute when the base URL names a host."""
    items = list(data.articles.values())[:FEED_SIZE]
    feed = ET.Element("feed", xmlns=ATOM)
    _add(feed, "title", "loci: articles")
    _add(feed, "link", rel="self", href=data.absolute("feed.xml"))
    _add(feed, "link", rel="alternate", href=data.absolute(""))
    _add(feed, "id", _id(data, ""))
    _add(feed, "updated", _stamp(items[0].date if items else data.today.isoformat()))
    _add(_add(feed, "author"), "name", "loci")
    for a in items:
        entry = _add(feed, "entry")
        _add(entry, "title", a.title)
        _add(entry, "link", rel="alternate", type="text/html",
             href=data.absolute(f"articles/{a.slug}/"))
        _add(entry, "id", _id(data, a.slug))
        _add(entry, "updated", _stamp(a.date))
        _add(entry, "summary", a.summary)
        for tag in a.tags:
            _add(entry, "category", term=tag)
    ET.indent(feed, space="")
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _add(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    """A child element; text and attribute values made fit for XML 1.0."""
    child = ET.SubElement(parent, tag, {k: xml_text(v) for k, v in attributes.items()})
    if text is not None:
        child.text = xml_text(text)
    return child


def xml_text(value: str) -> str:
    """``value`` with what XML 1.0 cannot carry at all, not even escaped (most control
    characters, U+FFFE, U+FFFF, lone surrogates), replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", value)


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
