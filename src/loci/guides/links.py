"""Where each place's guide lives on the site: one rule, shared by guides, site and server."""

from __future__ import annotations

from functools import lru_cache

from loci.kb import KB, PlaceRow

ROOT = "/countries/"


def url_for(place: PlaceRow, kb: KB) -> str:
    """The site path of a place's guide.

    Territories live at ``/countries/<slug>/``, cities under their country at
    ``/countries/<country-slug>/<city-slug>/``. Subdivisions have no guide of
    their own, so they point at their country's.
    """
    if place.is_territory:
        return f"{ROOT}{place.slug}/"
    country = _country_slug(kb, place.country or "")
    if place.kind == "city":
        return f"{ROOT}{country}/{place.slug}/"
    return f"{ROOT}{country}/"


def site_path(place: PlaceRow, kb: KB) -> str:
    """``url_for`` as a path within the site: "countries/china/anshan/"."""
    return url_for(place, kb).lstrip("/")


def has_guide(place: PlaceRow) -> bool:
    """True for the places that get a guide of their own (territories and cities)."""
    return place.is_territory or place.kind == "city"


@lru_cache(maxsize=1024)
def _country_slug(kb: KB, code: str) -> str:
    country = kb.place(code)
    return country.slug if country else code.lower()
