"""What every page has: its head (title, canonical URL, Open Graph, hreflang, JSON-LD)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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

    @property
    def locale(self) -> str:
        return _LOCALES.get(self.lang, "en_GB")

    @property
    def json_path(self) -> str:
        from loci.site.pages import files_of

        return files_of(self.path)[1]


def page(site: Site, template: str, meta: Meta, data: dict[str, Any], **context: Any) -> Page:
    """Render a template inside the site's layout, and its JSON twin's data."""
    html = site.env.get_template(template).render(meta=meta, masthead=site.masthead,
                                                  footer=site.footer, **context)
    twin = {"kind": meta.kind, "title": meta.title, "url": site.data.absolute(meta.path),
            "html": site.data.url(meta.path), **data}
    return Page(html, twin)


def ld(kind: str, **fields: Any) -> dict[str, Any]:
    """A schema.org JSON-LD object (empty fields left out)."""
    return {"@context": "https://schema.org", "@type": kind,
            **{k: v for k, v in fields.items() if v not in (None, "", [], {})}}
