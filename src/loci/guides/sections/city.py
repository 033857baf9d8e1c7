"""A city at a glance: names, region and country, population, coordinates, time zone, and a
locator map."""

from __future__ import annotations

from collections.abc import Callable

from loci.english import the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.maps import city_map
from loci.guides.model import Statement
from loci.guides.names import chinese
from loci.guides.sections import CITY, Body, section
from loci.guides.timezones import zone_summary
from loci.guides.writers.default import quantity
from loci.guides.writers.text import Line
from loci.kb import FactRow


@section("at-a-glance", "At a glance", 10, guide=CITY)
def build(ctx: GuideContext) -> Body | None:
    items = [item(ctx) for item in _ITEMS]
    found = city_map(ctx)
    return Body([s for s in items if s is not None], [found] if found else [])


def _names(ctx: GuideContext) -> Statement | None:
    found = chinese(ctx)
    if found is None:
        return None
    line = Line(f"Name: {ctx.place.name}; in Chinese ").extend(found[0])
    return line.statement(found[1], item=True, end="")


def where_line(ctx: GuideContext, lede: bool = False) -> tuple[Line, list[FactRow]] | None:
    """"Liaoning (辽宁), China" with the country linked; None for a city without a country.
    In the ``lede``, a region of the city's own name is left out: "Shanghai is a city of
    24.9 million people in China", not "in Shanghai (上海), China"."""
    country = ctx.country
    if country is None:
        return None
    line, facts = Line(), []
    region = ctx.lookup(ctx.place.parent)
    if lede and region is not None and region.name == ctx.place.name:
        region = None
    if region is not None and region.id != country.id:
        if region.is_territory:
            line.place(region, the(region.name))
        else:  # "in the National Capital Region", "in the Northern Territory"
            line.add(the(region.name))
        if (zh := ctx.chinese(region)) is not None:
            line.add(" (").lang(zh.name).add(")")
            facts.append(zh.fact)
        line.add(", ")
        facts.append(ctx.source_fact("geonames", "admin1", {"region": region.id}, region.name,
                                     "cities5000.json > admin1 code", topic="location"))
    line.place(country, the(country.name))  # "in the Åland Islands"
    facts.append(ctx.source_fact("geonames", "country", {"country": country.id}, country.name,
                                 "cities5000.json > countrycode", topic="location"))
    return line, facts


def _region(ctx: GuideContext) -> Statement | None:
    found = where_line(ctx)
    if found is None:
        return None
    return Line("Region: ").extend(found[0]).statement(found[1], item=True, end="")


def _population(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("population", "total", "geonames")
    count = F.value(fact, "count") if fact else None
    if fact is None or not count:
        return None
    return Line(f"Population: {quantity(int(count))[0]} (GeoNames)").statement(
        [fact], item=True, end="")


def _coordinates(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("location", "coordinates", "geonames")
    lat, lon = (F.value(fact, "lat"), F.value(fact, "lon")) if fact else (None, None)
    if fact is None or lat is None or lon is None:
        return None
    return Line(f"Coordinates: {coordinates(float(lat), float(lon))}").statement(
        [fact], item=True, end="")


def coordinates(lat: float, lon: float) -> str:
    """"41.12° N, 122.99° E"."""
    return (f"{abs(lat):.2f}° {'N' if lat >= 0 else 'S'}, "
            f"{abs(lon):.2f}° {'E' if lon >= 0 else 'W'}")


def _zone(ctx: GuideContext) -> Statement | None:
    fact = next(iter(F.records(ctx, "time-zone", "geonames")), None)
    zone = F.value(fact, "zone") if fact else None
    if fact is None or not zone:
        return None
    return Line(f"Time zone: {zone_summary([str(zone)], ctx.now)}").statement(
        [fact], item=True, end="")


_ITEMS: tuple[Callable[[GuideContext], Statement | None], ...] = (
    _names, _region, _population, _coordinates, _zone)
