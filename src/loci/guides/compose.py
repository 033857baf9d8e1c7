"""Compose a guide: gather a place's facts once, run its sections, collect sources."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from loci.english import the
from loci.errors import InputError
from loci.guides import lede as ledes
from loci.guides.citations import sources_used
from loci.guides.context import GuideContext
from loci.guides.model import Guide
from loci.guides.sections import CITY, TERRITORY, for_guide
from loci.kb import KB, PlaceRow


def clock(today: date | None = None, now: datetime | None = None) -> datetime:
    """The moment a guide is composed at: ``now``, noon UTC on ``today``, or the real now."""
    if now is not None:
        if now.tzinfo is None:
            raise InputError(f"the clock {now.isoformat()} has no time zone: pass an aware "
                             "datetime such as datetime(2026, 11, 28, 12, tzinfo=UTC)")
        return now
    if today is not None:
        return datetime.combine(today, time(12), UTC)
    return datetime.now(UTC)


def compose(kb: KB, place: PlaceRow, *, today: date | None = None,
            now: datetime | None = None) -> Guide:
    """The guide of a territory or city, as of ``now`` (or noon UTC on ``today``)."""
    if not (place.is_territory or place.kind == "city"):
        raise InputError(f"{place.name} ({place.id}) is a {place.kind}: guides exist for "
                         "countries, territories and cities; try its country or a city in it")
    ctx = GuideContext(kb, place, clock(today, now))
    for spec in for_guide(TERRITORY if place.is_territory else CITY):
        built = spec.run(ctx)
        if built is not None:
            ctx.sections.append(built)
    return Guide(place=place, title=title(place), lede=ledes.lede(ctx),
                 sections=tuple(ctx.sections), related=_related(ctx),
                 sources=sources_used(kb, ctx.sections), names=_names(ctx))


def title(place: PlaceRow) -> str:
    """"A culture guide to the Bahamas"."""
    return f"A culture guide to {the(place.name)}"


def _names(ctx: GuideContext) -> dict[str, str]:
    names = {"en": ctx.place.name}
    if (chinese := ctx.chinese()) is not None:
        names["zh-Hans"] = chinese.name
    if (traditional := ctx.name("zh-Hant")) is not None:
        names["zh-Hant"] = traditional.name
    return names


def _related(ctx: GuideContext) -> tuple[PlaceRow, ...]:
    """Every place the guide links to, in order of first link."""
    ids = dict.fromkeys(m.value for s in ctx.sections for st in s.statements
                        for m in st.marks if m.kind == "place" and m.value != ctx.place.id)
    return tuple(p for i in ids if (p := ctx.lookup(i)) is not None)
