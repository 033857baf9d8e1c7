"""Cities: the largest cities with their populations, linked to their guides."""

from __future__ import annotations

from loci.english import possessive, the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.geo import city_index
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.sections.world import successors
from loci.guides.writers.default import agree, capitalise, quantity
from loci.guides.writers.text import Line
from loci.kb import FactRow, PlaceRow

LISTED = 10


@section("cities", "Cities", 110)
def build(ctx: GuideContext) -> Body | None:
    if ctx.place.status == "dissolved":
        return _successor_cities(ctx)
    cities = largest(ctx, ctx.place)
    if not cities:
        return None
    statements = [_item(ctx, c) for c in cities]
    facts = [f for s in statements for f in s.facts]
    # GeoNames counts a city itself; the people section's urban areas (the Factbook's)
    # count suburbs too, so the two figures for one city differ: each says which it is.
    intro = Line("The largest cities, with GeoNames' figure for each city itself"
                 if len(cities) > 1 else "The one city GeoNames lists, with its population"
                 ).statement(facts, end=":")
    above = [found for c, s in zip(cities, statements, strict=True)
             if (found := F.above_whole(ctx, c, s.facts[0])) is not None]
    return Body([intro, *statements, *(Line(text).statement(cited, end="")
                                       for text, cited in above)])


def largest(ctx: GuideContext, territory: PlaceRow, limit: int = LISTED) -> list[PlaceRow]:
    """A territory's largest cities (for a part such as Tristan da Cunha, only its own)."""
    country = territory.country or territory.id
    part = territory.id if territory.id != country else None
    return city_index(ctx.kb).largest(country, limit, part)


def _population_fact(ctx: GuideContext, city: PlaceRow) -> FactRow:
    # The place row carries GeoNames' figure; citing it as such spares a facts query per city.
    return ctx.source_fact("geonames", "total", {"count": city.population, "year": None},
                           f"{city.population:,}", "cities > population", city,
                           topic="population")


def _item(ctx: GuideContext, city: PlaceRow) -> Statement:
    text, _ = quantity(city.population or 0)
    return Line().place(city).add(f": {text}").statement([_population_fact(ctx, city)],
                                                           item=True, end="")


def _drawn_as(ctx: GuideContext, places: list[PlaceRow]) -> bool:
    """Whether ``places`` lie wholly in the dissolved state's land (its outline is drawn
    as the territories it was, border for border: Serbia and Montenegro's as Serbia,
    Montenegro and Kosovo): East Germany's successor holds Munich too."""
    ids = {p.id for p in places}
    return any(isinstance(f.value, dict) and ids <= set(f.value.get("members", ()))
               for f in ctx.facts("outline"))


def _successor_cities(ctx: GuideContext) -> Body | None:
    found = successors(ctx)
    if found is None or not _drawn_as(ctx, found[0]):
        return None
    places, fact = found
    statements = []
    for place in places:
        for city in largest(ctx, place, 3):
            statements.append(Line().place(city).add(f" ({the(place.name)}): "
                                                     f"{quantity(city.population or 0)[0]}")
                              .statement([_population_fact(ctx, city), fact], item=True, end=""))
    if not statements:
        return None
    owner, its = capitalise(possessive(the(ctx.place.name))), agree(ctx.place.name, "its")
    intro = Line(f"{owner} towns now lie in {its} successors; "
                 "the largest, with GeoNames population figures today").statement(
        [fact], end=":")
    return Body([intro, *statements])
