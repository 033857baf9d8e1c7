"""Local time: the city's time zone, and the clock there when the guide was composed."""

from __future__ import annotations

from babel.dates import format_time, get_timezone_name

from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.sections import CITY, Body, section
from loci.guides.timezones import offset_minutes, utc_label, zone
from loci.guides.writers.default import LOCALE, full_date
from loci.guides.writers.text import Line


@section("local-time", "Local time", 30, guide=CITY)
def build(ctx: GuideContext) -> Body | None:
    fact = next(iter(F.records(ctx, "time-zone", "geonames")), None)
    name = str(F.value(fact, "zone")) if fact and F.value(fact, "zone") else None
    tz = zone(name) if name else None
    if fact is None or name is None or tz is None:
        return None
    local = ctx.now.astimezone(tz)
    label = get_timezone_name(local, "long", locale=LOCALE)
    offset = utc_label(offset_minutes(name, ctx.now) or 0)
    keeps = Line(f"{ctx.place.name} keeps {label} ({name}, {offset} at the time of writing)")
    there = format_time(local, "HH:mm", locale=LOCALE)
    clock = Line(f"When this guide was composed, at {ctx.now.strftime('%H:%M')} UTC on "
                 f"{full_date(ctx.now.date())}, it was {there} "
                 f"on {local.strftime('%A')}, {full_date(local.date())}, there")
    return Body([keeps.statement([fact]), clock.statement([fact])])
