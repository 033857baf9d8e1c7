"""What every page has: its head (title, canonical URL, Open Graph, hreflang, JSON-LD)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import orjson
from markupsafe import Markup, escape

from loci.site.context import Site
from loci.site.pages import Page

SITE_NAME = "loci"
_LOCALES = {"en": "en_GB", "zh-Hans": "zh_CN"}


@dataclass(frozen=True, slots=True)
class Meta:
    """A page's identity: where it lives, what it is called, how others may cite it."""

    path: str
    title: str
    description: str
    kind: str
    lang: str = "en"
    og_type: str = "website"
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, site path)
    jsonld: dict[str, Any] | None = None
    scripts: tuple[str, ...] = ()  # site paths of scripts the page loads
    moved_to: str = ""  # for an old address: the site path of the page now there

    @property
    def locale(self) -> str:
        return _LOCALES.get(self.lang, "en_GB")

    @property
    def json_path(self) -> str:
        from loci.site.pages import files_of

        return files_of(self.path)[1]


# Where a page's template puts the footer, to be split there: a tag that escaped text
# cannot hold and nh3 does not let through from an article.
_FOOTER = Markup("<loci-footer>")


def page(site: Site, template: str, meta: Meta, data: dict[str, Any], **context: Any) -> Page:
    """Render a template inside the site's layout, and its JSON twin's data."""
    canonical = site.data.absolute(meta.path)
    html = site.template(template).render(meta=meta, head=head(site, meta, canonical),
                                          masthead=site.masthead, footer=_FOOTER, **context)
    twin = {"kind": meta.kind, "title": meta.title, "url": canonical,
            "html": site.data.url(meta.path), **data}
    before, mark, after = html.rpartition(_FOOTER)
    return Page(before, twin, site.footer, after) if mark else Page(html, twin)


def head(site: Site, meta: Meta, canonical: str) -> Markup:
    """A page's own tags in its <head>: title, description, canonical and alternate
    links, Open Graph, JSON-LD; every value escaped.

    Written here rather than in base.html: every page has the same dozen tags, and
    Jinja spent more on their expressions (40% of an article page's rendering)
    than an f-string does on all of them.
    """
    data = site.data
    title, description = escape(meta.title), escape(meta.description)
    if meta.moved_to:  # an old address: readers and crawlers are sent on at once
        canonical = data.absolute(meta.moved_to)
    lines = [f"<title>{title} · {SITE_NAME}</title>",
             f'<meta name="description" content="{description}">',
             f'<link rel="canonical" href="{escape(canonical)}">']
    lines += [f'<link rel="alternate" hreflang="{escape(lang)}" '
              f'href="{escape(data.absolute(path))}">' for lang, path in meta.alternates]
    if meta.moved_to:
        lines += [f'<meta http-equiv="refresh" content="0; url={escape(data.url(meta.moved_to))}">',
                  '<meta name="robots" content="noindex">']
    if not site.standalone:
        lines += [f'<link rel="alternate" type="application/json" '
                  f'href="{escape(data.url(meta.json_path))}">',
                  '<link rel="alternate" type="application/atom+xml" title="loci: articles" '
                  f'href="{escape(data.url("feed.xml"))}">']
    lines += [f'<meta property="og:site_name" content="{SITE_NAME}">',
              f'<meta property="og:title" content="{title}">',
              f'<meta property="og:description" content="{description}">',
              f'<meta property="og:type" content="{escape(meta.og_type)}">',
              f'<meta property="og:url" content="{escape(canonical)}">',
              f'<meta property="og:locale" content="{escape(meta.locale)}">',
              f"<style>{style_sheet()}</style>" if site.standalone else
              f'<link rel="stylesheet" href="{escape(data.url("static/style.css"))}">']
    if meta.jsonld:
        lines.append(f'<script type="application/ld+json">{script_json(meta.jsonld)}</script>')
    return Markup("\n".join(lines))


@cache
def style_sheet() -> str:
    """The site's style sheet, as standalone pages carry it."""
    return resources.files("loci.site").joinpath("static", "style.css").read_text("utf-8")


def script_json(data: Any) -> str:
    """JSON to put in a <script> element: keys sorted, and <, >, & and ' written as
    \\u escapes, as Jinja's ``htmlsafe_json_dumps`` does (by orjson, several times faster;
    other characters stay as they are, the page being UTF-8)."""
    text = orjson.dumps(data, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS).decode()
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("'", "\\u0027"))


def ld(kind: str, **fields: Any) -> dict[str, Any]:
    """A schema.org JSON-LD object (empty fields left out)."""
    return {"@context": "https://schema.org", "@type": kind,
            **{k: v for k, v in fields.items() if v not in (None, "", [], {})}}
