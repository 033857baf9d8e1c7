"""The regions: an index, and one page per region listing its territories."""

from __future__ import annotations

from loci.errors import NotFoundError
from loci.site.context import Region, Site, SiteData
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register


def _region(data: SiteData, key: str) -> Region:
    found = next((r for r in data.regions if r.code == key or r.slug == key), None)
    if found is None:
        raise NotFoundError(f"no region {key!r}: choose one of "
                            f"{', '.join(r.slug for r in data.regions)}")
    return found


def _index(site: Site, key: str) -> Page:
    data = site.data
    meta = Meta("regions/", "Regions", "Countries and territories by continent, as GeoNames "
                "groups them.", "regions")
    return page(site, "regions.html", meta,
                {"regions": [{"code": r.code, "name": r.name, "count": len(r.members),
                              "url": data.url(f"regions/{r.slug}/")} for r in data.regions]},
                regions=data.regions)


def _one(site: Site, key: str) -> Page:
    data = site.data
    region = _region(data, key)
    members = [data.territory[m] for m in region.members]
    # GeoNames' continent, which files islands of the Southern Ocean under Antarctica
    meta = Meta(f"regions/{region.slug}/", f"{region.name}: culture guides",
                f"Culture guides to the {len(members)} countries and territories GeoNames "
                f"files under {region.name}.", "region")
    return page(site, "region.html", meta,
                {"region": {"code": region.code, "name": region.name},
                 "territories": [{"id": t.id, "name": t.name, "url": data.url(t.path)}
                                 for t in members]},
                region=region, members=members)


register(PageKind("regions", lambda data: [""], lambda data, key: "regions/", _index))
register(PageKind("region", lambda data: [r.code for r in data.regions],
                  lambda data, key: f"regions/{_region(data, key).slug}/", _one))
