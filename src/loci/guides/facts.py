"""Reading the facts several sections share: population, capitals, notes, the main locale."""

from __future__ import annotations

from typing import Any

from loci.english import the
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.writers.default import about, agree
from loci.guides.writers.text import Line
from loci.kb import FactRow, PlaceRow
from loci.text import place_slug

MAX_NOTE = 240  # characters: longer notes are survey caveats a guide leaves to the source


def population(ctx: GuideContext, place: str | None = None
               ) -> tuple[int, int | None, FactRow] | None:
    """The population (count, year, fact) of the guide's place, or of ``place``: the
    Factbook's estimate, else GeoNames'."""
    for dataset, key in (("factbook", "total"), ("geonames", "geonames"),
                         ("geonames", "total")):
        fact = ctx.fact("population", key, dataset, place)
        if fact is not None and isinstance(fact.value, dict) and fact.value.get("count"):
            year = fact.value.get("year") if dataset == "factbook" else None
            return int(fact.value["count"]), year, fact
    return None


def uninhabited(ctx: GuideContext) -> FactRow | None:
    """The Factbook's population entry when it says no one lives in the place
    ("uninhabited", "no permanent inhabitants") and no other count says otherwise."""
    fact = ctx.fact("population", "total", "factbook")
    if (fact is None or not isinstance(fact.value, dict) or fact.value.get("count") != 0
            or population(ctx) is not None):
        return None
    return fact


def records(ctx: GuideContext, topic: str, dataset: str | None = "factbook",
            place: str | None = None) -> list[FactRow]:
    """A topic's structured rows (dict values), leaving out the notes."""
    return [f for f in ctx.facts(topic, dataset, place)
            if isinstance(f.value, dict) and f.key != "note"]


def note(ctx: GuideContext, topic: str, place: str | None = None) -> FactRow | None:
    """The Factbook's note on a topic, if any."""
    fact = ctx.fact(topic, "note", "factbook", place)
    if fact is None or not isinstance(fact.value, str) or not fact.value:
        return None
    return fact if len(fact.value) <= MAX_NOTE else None


def with_note(ctx: GuideContext, line: Line, facts: list[FactRow], topic: str,
              place: str, form: str) -> Statement:
    """The line's statement, with the Factbook's note on ``topic`` added in ``form``
    ("; {}") and cited, when there is one."""
    found = note(ctx, topic, place)
    if found is not None:
        line.add(form.format(found.value))
    return line.statement([*facts, found] if found is not None else facts)


def parts(rows: list[FactRow]) -> list[tuple[str, list[FactRow]]]:
    """A topic's rows by the part of the place the Factbook gives them for ("West Bank",
    "Gaza Strip": Palestine; "Svalbard", "Jan Mayen"), in its order; one part, named
    "", for a place it describes whole. Parts that list the same things are one."""
    found: dict[str, list[FactRow]] = {}
    for row in rows:
        part = row.source.field.split(":", 1)[0] if "/" in row.key else ""
        found.setdefault(part, []).append(row)
    named = {tuple(str(value(r, "name", r.key.rpartition("/")[2])) for r in part_rows)
             for part_rows in found.values()}
    if len(found) > 1 and len(named) == 1:  # Palestine's exports: one list, given twice
        return [("", next(iter(found.values())))]
    return list(found.items())


def in_part(part: str) -> str:
    """What follows a list given for one part of a place: " in the West Bank"."""
    return f" in {the(part)}" if part else ""


def capitals(ctx: GuideContext, place: str | None = None) -> list[FactRow]:
    """The capital rows, with names (several for Bolivia, each with its role): the
    Factbook's, or GeoNames' for a place the Factbook has no file for (Réunion)."""
    return [f for f in records(ctx, "capital", None, place) if f.value.get("name")]


def capital_name(ctx: GuideContext, fact: FactRow) -> tuple[str, list[FactRow]]:
    """A capital's name as its city's guide spells it (GeoNames' "Reykjavík" for the
    Factbook's "Reykjavik"), with the facts to cite; the Factbook's own when it has the
    marks (Malé) or no city of the place has that name in plain letters."""
    return ctx.memo(f"capital:{fact.place}:{fact.key}", lambda: _capital_name(ctx, fact))


def _capital_name(ctx: GuideContext, fact: FactRow) -> tuple[str, list[FactRow]]:
    name = str(value(fact, "name"))  # the lede and "At a glance" both ask: looked up once
    city = ctx.kb.by_slug(place_slug(name), ctx.place.country or ctx.place.id)
    if city is None or city.kind != "city" or not name.isascii() or city.name.isascii():
        return name, [fact]
    spelt = ctx.source_fact("geonames", "geonames", {"name": city.name}, city.name,
                            "cities5000.json > name", city)
    return city.name, [fact, spelt]


def main_locale(ctx: GuideContext, place: str | None = None) -> tuple[str, FactRow] | None:
    """The territory's main CLDR locale ("zh_Hans_CN") and its fact."""
    fact = ctx.fact("language", "main-locale", "cldr", place)
    if fact is None or not isinstance(fact.value, dict) or not fact.value.get("locale"):
        return None
    return str(fact.value["locale"]), fact


def value(fact: FactRow, key: str, default: Any = None) -> Any:
    """A field of a fact's dict value."""
    return fact.value.get(key, default) if isinstance(fact.value, dict) else default


def inherited_scope(ctx: GuideContext, topic: str) -> Statement | None:
    """"Figures here are for X as a whole", when a territory borrows its sovereign's facts."""
    rows, source = ctx.inherited(topic, "factbook")
    if not rows or source.id == ctx.place.id:
        return None
    has, its = agree(ctx.place.name, "has"), agree(ctx.place.name, "its")
    line = Line(f"{ctx.place.name} {has} no figures of {its} own here; these are for ")
    return line.place(source, the(source.name)).add(" as a whole").statement(rows[:1])


def above_whole(ctx: GuideContext, city: PlaceRow, fact: FactRow
                ) -> tuple[str, list[FactRow]] | None:
    """"GeoNames’ figure for Avarua (about 13,400) is more than the Factbook’s for all of the
    Cook Islands (7,592, a 2025 estimate): the sources disagree.", where a city's figure
    (``fact``) exceeds its whole territory's, with the facts it compares; else None."""
    whole = ctx.lookup(city.country)
    found = population(ctx, whole.id) if whole is not None else None
    if whole is None or found is None or (city.population or 0) <= found[0]:
        return None
    count, year, total = found
    whose = "the Factbook’s" if total.source.dataset == "factbook" else "GeoNames’ own"
    when = f", a {year} estimate" if year else ""
    return (f"GeoNames’ figure for {city.name} ({about(city.population or 0)}) is more than "
            f"{whose} for all of {the(whole.name)} ({about(count)}{when}): the sources disagree.",
            [fact, total])
