"""The compare page's data: one small JSON file per territory, ``compare/t/<slug>.json``.

Each file holds the facts the page lines up row by row (each value with the
dataset fields it came from, numbered as a guide's footnotes are) and the
charts its guide draws, so that comparing two territories fetches a few
kilobytes rather than two whole guides. The build writes every file (an
``Extra``) and ``loci serve`` makes the one asked for; both call
:func:`territory_file`, so they serve the same bytes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from loci.english import the
from loci.guides import facts as F
from loci.guides import shares as S
from loci.guides.citations import source_uses
from loci.guides.compose import clock
from loci.guides.context import GuideContext
from loci.guides.model import Chart
from loci.guides.sections import TERRITORY, for_guide
from loci.guides.sections.glance import currency_name
from loci.guides.timezones import zone_summary
from loci.guides.writers.default import estimate, natural_list, number
from loci.kb import FactRow
from loci.site.context import Site, SiteData
from loci.site.guide_html import Footnotes
from loci.site.pages import dump_json

FOLDER = "compare/t/"
LISTED = 5  # religions or languages named in a row; the charts show the rest
CHART_SECTIONS = ("languages", "belief", "people")  # the guide sections that draw the charts
CHARTS = (("languages", "Languages chart"), ("religions", "Religions chart"),
          ("ethnic-groups", "Ethnic groups chart"))

Value = tuple[str, list[FactRow]]  # a row's text and the facts it was made from


def paths(data: SiteData) -> dict[str, str]:
    """Every file's site path -> the id of its territory."""
    return {f"{FOLDER}{t.slug}.json": t.id for t in data.territories}


def territory_file(site: Site, place_id: str) -> bytes:
    """One territory's file: its rows, its charts and the sources they cite."""
    place = site.kb.lookup(place_id)
    ctx = GuideContext(site.kb, place, clock(site.data.today))
    notes = Footnotes({})  # numbered as a guide's, each field once: the sources' list
    rows = [_row(key, label, make(ctx), notes) for key, label, make in ROWS]
    drawn = _charts(ctx)
    charts = [_chart(key, label, drawn.get(key), notes) for key, label in CHARTS]
    data = {"id": place.id, "name": place.name, "slug": place.slug,
            "html": site.data.url(site.data.paths[place.id]),
            "rows": rows, "charts": charts, **_sources(site, notes)}
    return dump_json(data)


def _cite(facts: list[FactRow] | tuple[FactRow, ...], notes: Footnotes) -> list[int]:
    """The facts' sources as indexes into the file's list of fields (from 0)."""
    return [number - 1 for number in notes.refs(tuple(facts))]


def _row(key: str, label: str, value: Value | None, notes: Footnotes) -> dict[str, Any]:
    text, facts = value if value is not None else (None, [])
    return {"id": key, "label": label, "text": text, "cite": _cite(facts, notes)}


def _chart(key: str, label: str, chart: Chart | None, notes: Footnotes) -> dict[str, Any]:
    """A chart slot: every file has each, so that the page lines them up in one order."""
    if chart is None:
        return {"id": key, "label": label, "svg": None, "cite": []}
    return {"id": key, "label": label, "title": chart.title, "alt": chart.alt,
            "svg": chart.svg, "cite": _cite(chart.facts, notes)}


def _charts(ctx: GuideContext) -> dict[str, Chart]:
    """The guide's own charts (the same SVGs), by id."""
    return {c.id: c for spec in for_guide(TERRITORY) if spec.id in CHART_SECTIONS
            and (section := spec.run(ctx)) is not None for c in section.charts}


def _sources(site: Site, notes: Footnotes) -> dict[str, Any]:
    """The cited fields, in index order, and the datasets they belong to."""
    uses = source_uses(site.kb, {dataset for dataset, _ in notes.notes})
    return {"fields": [[dataset, field] for dataset, field in notes.notes],  # in number order
            "datasets": {u.dataset: {"title": u.title, "version": u.version, "url": u.url}
                         for u in uses}}


# the rows ---------------------------------------------------------------------


def _population(ctx: GuideContext) -> Value | None:
    found = F.population(ctx)
    if found is None:
        return None
    count, year, fact = found
    return f"{number(count)}{estimate(year)}", [fact]


def _area(ctx: GuideContext) -> Value | None:
    fact = ctx.fact("location", "area", "factbook") or ctx.fact("location", "area-geonames")
    km2 = F.value(fact, "total_km2") if fact is not None else None
    return (f"{number(float(km2))} km²", [fact]) if fact is not None and km2 else None


def _capital(ctx: GuideContext) -> Value | None:
    rows = F.capitals(ctx)
    parts = [str(F.value(f, "name")) + (f" ({F.value(f, 'role')})" if F.value(f, "role") else "")
             for f in rows]
    return (natural_list(parts), rows) if rows else None


def _languages(ctx: GuideContext) -> Value | None:
    """The official languages, as the guide's At a glance names them; else the largest."""
    official = [f for f in F.records(ctx, "language") if F.value(f, "official") is True]
    official = official or [f for f in F.records(ctx, "language", "cldr")
                            if F.value(f, "official") == "official"]
    if official:
        names = list(dict.fromkeys(str(F.value(f, "name")) for f in official))
        return f"{natural_list(names)} (official)", official
    items = [s for s in S.shares(ctx.facts("language", "factbook")) if not s.residual]
    return (S.prose_list(items, LISTED), [s.fact for s in items]) if items else None


def _religions(ctx: GuideContext) -> Value | None:
    rows, source = ctx.inherited("religion", "factbook")
    items = [s for s in S.shares(rows) if s.name.casefold() not in {"other", "unspecified"}]
    if not items:
        return None
    items.sort(key=lambda s: -(s.value or 0))
    year = S.year_of(items)
    text = natural_list([f"{s.name} {s.display}".strip() for s in items[:LISTED]])
    text += f" ({year})" if year else ""
    if source.id != ctx.place.id:
        text += f"; figures for {the(source.name)} as a whole"
    return text, [s.fact for s in items]


def _currency(ctx: GuideContext) -> Value | None:
    rows = F.records(ctx, "currency", "cldr")
    return (natural_list([currency_name(r) for r in rows]), rows) if rows else None


def _time_zone(ctx: GuideContext) -> Value | None:
    rows = [r for r in F.records(ctx, "time-zone", "cldr") if F.value(r, "zone")]
    zones = [str(F.value(r, "zone")) for r in rows]
    return (zone_summary(zones, ctx.now), rows) if rows else None


def _national_day(ctx: GuideContext) -> Value | None:
    rows = [f for f in F.records(ctx, "national-holiday") if F.value(f, "name")]
    parts = []
    for row in rows:
        when, year = F.value(row, "date_text"), F.value(row, "year")
        parts.append(f"{F.value(row, 'name')}" + (f", {when}" if when else "")
                     + (f" ({year})" if year else ""))
    return ("; ".join(parts), rows) if rows else None


def _heritage(ctx: GuideContext) -> Value | None:
    fact = ctx.fact("heritage-count", "total", "factbook")
    return (fact.text, [fact]) if fact is not None and fact.text else None


ROWS: tuple[tuple[str, str, Callable[[GuideContext], Value | None]], ...] = (
    ("population", "Population", _population), ("area", "Area", _area),
    ("capital", "Capital", _capital), ("languages", "Languages", _languages),
    ("religions", "Religions", _religions), ("currency", "Currency", _currency),
    ("time-zone", "Time zone", _time_zone), ("national-day", "National day", _national_day),
    ("heritage", "World Heritage sites", _heritage))
