"""The country: a city guide's summary of its country's guide, linked."""

from __future__ import annotations

from loci.guides.context import GuideContext
from loci.guides.lede import lede_line
from loci.guides.sections import CITY, Body, section


@section("country", "The country", 50, guide=CITY)
def build(ctx: GuideContext) -> Body | None:
    country = ctx.country
    if country is None:
        return None
    sub = GuideContext(ctx.kb, country, ctx.now)
    line, facts = lede_line(sub)
    if not facts:
        return None
    return Body([line.statement(facts)])
