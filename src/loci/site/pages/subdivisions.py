"""A country's regions (provinces, states): one page per region with city guides, listing
them largest first, and one for its cities filed under no region (see
``SiteData.subdivisions`` for where they live)."""

from __future__ import annotations

from loci.errors import NotFoundError
from loci.site.context import Site, SiteData, Subdivision
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register


def _subdivision(data: SiteData, key: str) -> Subdivision:
    found = data.subdivision.get(key)
    if found is None:
        raise NotFoundError(f"no region with city guides has the id {key!r}: regions have "
                            "ISO 3166-2 codes, such as 'CN-LN'")
    return found


def _render(site: Site, key: str) -> Page:
    data = site.data
    region = _subdivision(data, key)
    country = data.territory[region.country]
    rows = {c.id: c for c in site.kb.places_by_id(region.cities)}
    cities = [(rows[c].name, rows[c].population, data.paths[c]) for c in region.cities]
    in_none = region.id == region.country
    title = f"{country.name}: {region.name.lower()}" if in_none else \
        f"{region.name}, {country.name}: city guides"
    # cities in no region: loci files a country's cities by region where it maps
    # GeoNames' regions to ISO 3166-2 (data/admin1.toml), which it does not for all
    where = country.name if in_none else f"{region.name}, {country.name}"
    described = (f"The one city guide of {where}, with the city's GeoNames population figure."
                 if len(cities) == 1 else f"Guides to the {len(cities):,} cities of {where}, "
                 "largest first, with GeoNames population figures.")
    meta = Meta(region.path, title, described, "subdivision")
    twin = {"subdivision": {"id": region.id, "name": region.name},
            "country": {"id": country.id, "name": country.name, "url": data.url(country.path)},
            "cities": [{"id": c, "name": name, "population": population, "url": data.url(path)}
                       for c, (name, population, path) in zip(region.cities, cities,
                                                               strict=True)]}
    return page(site, "subdivision.html", meta, twin, region=region, country=country,
                cities=cities)


register(PageKind("subdivision", lambda data: list(data.subdivision),
                  lambda data, key: _subdivision(data, key).path, _render))
