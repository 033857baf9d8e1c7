"""Where a city is: the nearest larger cities, with distance and compass direction."""

from __future__ import annotations

from loci.english import the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.geo import Nearby, city_index
from loci.guides.model import Statement
from loci.guides.sections import CITY, Body, section
from loci.guides.writers.default import distance
from loci.guides.writers.text import Line
from loci.kb import FactRow


@section("where", "Where it is", 20, guide=CITY)
def build(ctx: GuideContext) -> Body | None:
    found = nearest(ctx)
    statement = _nearest(ctx, found) if found else _largest(ctx)
    return Body([statement]) if statement is not None else None


def nearest(ctx: GuideContext) -> list[Nearby]:
    """The nearest larger cities in the city's country and its neighbours."""
    return ctx.memo("nearest", lambda: _nearest_cities(ctx))


def _nearest_cities(ctx: GuideContext) -> list[Nearby]:
    countries = [ctx.place.country] if ctx.place.country else []
    if ctx.country is not None:
        fact = ctx.fact("location", "neighbours", "geonames", ctx.country.id)
        countries += [str(c) for c in (F.value(fact, "countries", []) if fact else [])]
    return city_index(ctx.kb).nearest_larger(ctx.place, [c for c in countries if c])


def _coords(ctx: GuideContext, place_id: str) -> FactRow | None:
    return ctx.fact("location", "coordinates", "geonames", place_id)


def _nearest(ctx: GuideContext, found: list[Nearby]) -> Statement:
    pieces = []
    facts = [f for f in (_coords(ctx, ctx.place.id),) if f]
    for near in found:
        pieces.append(near_line(ctx, near))
        facts += [f for f in (_coords(ctx, near.city.id),) if f]
    line = Line(f"{ctx.place.name} lies ").join(pieces)
    line.add(", measured in a straight line from city centre to city centre" if len(found) > 1
             else ", in a straight line")
    return line.statement(facts)


def near_line(ctx: GuideContext, near: Nearby) -> Line:
    """"83 km south-south-west of Shenyang", naming the country of a city across a border
    ("84 km north-west of Manlleu, Spain": Andorra la Vella)."""
    line = Line(f"{distance(near.km)} {near.direction} of ").place(near.city)
    abroad = near.city.country != ctx.place.country and ctx.lookup(near.city.country)
    return line.add(f", {the(abroad.name)}") if abroad else line


def _largest(ctx: GuideContext) -> Statement | None:
    country = ctx.country
    if country is None:
        return None
    cities = city_index(ctx.kb).largest(country.id, 1)
    if not cities or cities[0].id != ctx.place.id:
        return None
    fact = ctx.fact("population", "total", "geonames")
    if fact is None:
        return None
    return (Line(f"{ctx.place.name} is the largest city in ").place(country, the(country.name))
            .add(" by GeoNames figures").statement([fact]))
