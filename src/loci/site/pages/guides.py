"""Culture guides: one page per territory, one per city (under its country)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from markupsafe import Markup

from loci import pinyin
from loci.guides.compose import compose
from loci.guides.model import Guide
from loci.kb import PlaceRow
from loci.site.articles import listed
from loci.site.context import Site, SiteData, Subdivision
from loci.site.guide_html import SOURCES, blocks, chart_rows, footnotes_for, marked
from loci.site.layout import Meta, ld, page
from loci.site.pages import Page, PageKind, register


class _Chart(NamedTuple):  # what the template reads (a named tuple: see guide_html.Footnote)
    id: str
    title: str
    alt: str
    svg: Markup
    rows: list[tuple[str, str]]


class _Section(NamedTuple):
    id: str
    title: str
    blocks: list[tuple[str, list[Markup]]]
    charts: list[_Chart]


def _articles(data: SiteData, place_id: str) -> list[Any]:
    return [data.articles[s] for s in data.mentions.get(place_id, ())]


def _render(site: Site, key: str) -> Page:
    return guide_page(site, compose(site.kb, site.kb.lookup(key), today=site.data.today))


def guide_page(site: Site, guide: Guide) -> Page:
    """A composed guide as the site shows it (and ``loci guide --format html``, on a
    standalone site)."""
    data = site.data
    place, key = guide.place, guide.place.id
    notes = footnotes_for(guide)
    sections = [_Section(s.id, s.title, blocks(data, s, notes),
                         [_Chart(c.id, c.title, c.alt, _svg(c.svg), chart_rows(c))
                          for c in s.charts])
                for s in guide.sections if s.id != SOURCES]
    datasets = [marked(data, st.text, st.marks) for s in guide.sections if s.id == SOURCES
                for st in s.statements]
    country = data.territory.get(place.country or "") if place.kind == "city" else None
    articles = _articles(data, key)
    path = data.paths[key]
    meta = Meta(path, guide.title, guide.lede[:300], "city" if country else "country",
                jsonld=_jsonld(data, guide, country.name if country else None))
    region = _region_of(data, place) if country else None
    regions = () if country else data.subdivisions.get(key, ())
    twin = guide.as_dict() | {
        "articles": [{"title": a.title, "url": data.url(f"articles/{a.slug}/"),
                      "date": a.date} for a in articles]} | _region_links(data, region, regions)
    return page(site, "guide.html", meta, twin, guide=guide, sections=sections,
                footnotes=notes.items(), datasets=[_markup(d) for d in datasets],
                articles=articles, country=country, names=_names(guide), region=region,
                regions=regions, regions_after=_regions_after(sections) if regions else "")


def _region_of(data: SiteData, city: PlaceRow) -> Subdivision | None:
    """The region whose page lists the city (none for a town without a guide of its own)."""
    found = data.subdivision.get(data.city_parents.get(city.id) or city.country or "")
    return found if found is not None and city.id in found.cities else None


def _regions_after(sections: list[_Section]) -> str:
    """The id of the section a country's list of regions follows: its cities, or the last."""
    ids = [s.id for s in sections]
    return "cities" if "cities" in ids else ids[-1] if ids else ""


def _region_links(data: SiteData, region: Subdivision | None,
                  regions: tuple[Subdivision, ...]) -> dict[str, Any]:
    """What the twin adds for the regions: a city's own, or a country's list."""
    if region is not None:
        return {"region": {"id": region.id, "name": region.name, "url": data.url(region.path)}}
    if regions:
        return {"regions": [{"id": r.id, "name": r.name, "url": data.url(r.path),
                             "cities": len(r.cities)} for r in regions]}
    return {}


def _markup(html: str) -> Markup:
    return Markup(html)  # built by guide_html from escaped text


def _svg(svg: str) -> Markup:
    return Markup(svg)  # drawn by loci.guides.charts from escaped labels, never from content


def _names(guide: Guide) -> list[tuple[str, str, str]]:
    out = []
    for lang, name in guide.names.items():
        if lang != "en" and name != guide.place.name:
            reading = pinyin.display(name, place=True, english=guide.place.name) \
                if lang.startswith("zh") else ""
            out.append((lang, name, reading if lang == "zh-Hans" else ""))
    return out


def _jsonld(data: SiteData, guide: Guide, country: str | None) -> dict[str, Any]:
    p = guide.place
    geo = ({"@type": "GeoCoordinates", "latitude": p.lat, "longitude": p.lon}
           if p.lat is not None and p.lon is not None else None)
    kind = "City" if country else "AdministrativeArea" if data.territory[p.id].dependency \
        else "Country" if p.kind == "country" else "Place"
    return ld(kind,
              name=p.name, alternateName=[n for lang, n in guide.names.items() if lang != "en"],
              description=guide.lede, url=data.absolute(data.paths[p.id]), geo=geo,
              containedInPlace={"@type": "Country", "name": country} if country else None)


def _deps(data: SiteData, key: str) -> str:
    return listed(_articles(data, key))


def _every(data: SiteData, keys: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """Each guide's (key, path, deps): most places no article names."""
    paths, mentions = data.paths, data.mentions
    for key in keys:
        yield key, paths[key], _deps(data, key) if key in mentions else ""


def _territories(data: SiteData) -> list[str]:
    return [t.id for t in data.territories]


def _cities(data: SiteData) -> list[str]:
    return list(data.cities)


def _path(data: SiteData, key: str) -> str:
    return data.paths[key]


register(PageKind("country", _territories, _path, _render, _deps,
                  lambda data: _every(data, _territories(data))))
register(PageKind("city", _cities, _path, _render, _deps,
                  lambda data: _every(data, data.cities)))
