"""The country: a city guide's summary of its country's guide, linked."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from loci.guides.context import GuideContext
from loci.guides.lede import lede_line
from loci.guides.model import Statement
from loci.guides.sections import CITY, Body, section
from loci.kb import KB, PlaceRow


@section("country", "The country", 50, guide=CITY)
def build(ctx: GuideContext) -> Body | None:
    country = ctx.country
    if country is None:
        return None
    summary = _summary(ctx.kb, country, ctx.now)
    return Body([summary]) if summary is not None else None


@lru_cache(maxsize=512)
def _summary(kb: KB, country: PlaceRow, now: datetime) -> Statement | None:
    """The country's lede as a statement: made once for all the guides of its cities (a
    build composes a thousand of China's), as it depends on nothing of the city's."""
    line, facts = lede_line(GuideContext(kb, country, now))
    return line.statement(facts) if facts else None
