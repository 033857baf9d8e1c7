"""Place in the world: location, neighbours, a dissolved entity's successors, a part's whole,
and a locator map."""

from __future__ import annotations

import re
from datetime import date

from loci.english import possessive, the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.maps import territory_map
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import (
    agree,
    area,
    capitalise,
    distance,
    full_date,
    natural_list,
    number,
    pronoun,
)
from loci.guides.writers.text import Line
from loci.kb import FactRow, PlaceRow
from loci.text import fold


@section("world", "Place in the world", 100)
def build(ctx: GuideContext) -> Body | None:
    parts = (_dissolution, _successors, _withdrawal, _part_of, _dependency, _location)
    statements = [s for part in parts if (s := part(ctx)) is not None] + _borders(ctx)
    statements += _landscape(ctx)
    found = territory_map(ctx)
    return Body(statements, [found] if found else []) if statements or found else None


def _name(ctx: GuideContext) -> str:
    return capitalise(the(ctx.place.name))


def _location(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("location", "location", "factbook")
    if fact is None or not isinstance(fact.value, str) or not fact.value:
        return None
    return Line(f"The Factbook describes where {the(ctx.place.name)} "
                f"{agree(ctx.place.name, 'lies')} as "
                f"“{fact.value}”").statement([fact])


FEATURES_LISTED = 3  # rivers, and lakes, named in the guide; the Factbook lists up to a dozen


def _landscape(ctx: GuideContext) -> list[Statement]:
    """"The highest point is Mount Everest (8,849 m), and the lowest is Kanchan Kalan (70 m).",
    then the Factbook's major rivers and lakes, the first three of each."""
    rows = F.records(ctx, "natural-feature")
    by_kind: dict[str, list[FactRow]] = {}
    for row in rows:
        by_kind.setdefault(str(F.value(row, "kind")), []).append(row)
    said = []
    points = [(k, by_kind[k][0]) for k in ("highest point", "lowest point") if k in by_kind]
    if points:
        parts = [f"the {kind.replace(' point', '') if i else kind} is {_feature(row, ' m')}"
                 for i, (kind, row) in enumerate(points)]
        said.append(Line(capitalise(", and ".join(parts)))
                    .statement([row for _, row in points]))
    waters = [(label, by_kind.get(kind, []) + by_kind.get(also, []), unit)
              for label, kind, also, unit in (("rivers", "river", "", " km"),
                                              ("lakes", "fresh water lake", "salt water lake",
                                               " km²"))]
    listed = [(label, found[:FEATURES_LISTED], unit) for label, found, unit in waters if found]
    if listed:
        text = "; ".join(f"{'among' if i else 'Among'} its major {label}, "
                         f"{'the Factbook lists ' if not i else ''}"
                         + natural_list([_feature(r, unit) for r in found])
                         for i, (label, found, unit) in enumerate(listed))
        said.append(Line(text).statement([r for _, found, _ in listed for r in found]))
    return said


def _feature(row: FactRow, unit: str) -> str:
    """"Mount Everest (8,849 m)", "Turpan Pendi (154 m below sea level)", "the Amazon
    (6,400 km, shared with Brazil)"."""
    measure = F.value(row, "measure")
    name, other = str(F.value(row, "name")), F.value(row, "other_name")
    shared = re.sub(r"\s*\[[sm]\]", "", str(F.value(row, "shared") or ""))
    parts = []
    if F.value(row, "kind") == "river":
        if other:  # "Rio Zambeze (Zambezi)": the river by its English name, then its own
            name, other = str(other), name
        name = f"the {name}"
    elif _TAKES_THE.search(name):
        name = f"the {name}"  # "the Qattara Depression", "the Caspian Sea"
    if other:
        parts.append(str(other))
    if measure == 0 and unit == " m":
        return f"sea level, on {name}"  # "the Pacific Ocean 0 m"
    if measure is not None:
        below = " below sea level" if measure < 0 and unit == " m" else ""
        parts.append(f"{number(abs(measure) if below else measure)}{unit}{below}")
    if shared:
        parts.append(f"shared with {shared}")
    return f"{name} ({', '.join(parts)})" if parts else name


_TAKES_THE = re.compile(r"\b(?:Sea|Ocean|Gulf|Bay|Depression|Desert|Basin|Plain|Lagoon)$")


def _borders(ctx: GuideContext) -> list[Statement]:
    """Land borders and coastline: a statement for each part of the place the Factbook
    gives them for ("The West Bank has ...", "The Gaza Strip has ...")."""
    records = F.records(ctx, "border")
    rows = [f for f in records if F.value(f, "country")]
    if not rows:
        coast = ctx.fact("border", "coastline", "factbook")
        found = _geonames_neighbours(ctx, coast, F.value(coast, "length_km") if coast else None)
        return [found] if found else []
    coasts = {f.key.removesuffix("coastline"): f for f in records
              if f.key.rpartition("/")[2] == "coastline"}
    statements = []
    for part, part_rows in F.parts(rows):
        coast = coasts.get(part_rows[0].key.rpartition("/")[0] + "/" if part else "")
        subject = capitalise(the(part)) if part else _name(ctx)
        statements.append(_land_borders(ctx, subject, part, part_rows, coast))
    return statements


def _land_borders(ctx: GuideContext, subject: str, part: str, rows: list[FactRow],
                  coast: FactRow | None) -> Statement:
    named = []
    for fact in rows:
        neighbour = ctx.lookup(str(F.value(fact, "country")))
        named.append((neighbour.name if neighbour else str(F.value(fact, "name")), neighbour,
                      fact))
    pieces = []
    for name, neighbour, fact in sorted(named, key=lambda n: fold(n[0])):  # A–Z as shown:
        shown = the(name)  # Myanmar among the Ms, not where the Factbook's Burma stands
        piece = Line().place(neighbour, shown) if neighbour else Line(shown)
        if F.value(fact, "length_km"):
            piece.add(f" ({number(float(F.value(fact, 'length_km')))} km)")
        pieces.append(piece)
    has = agree(part or ctx.place.name, "has")
    # "a land border with Spain (1,224 km) and a coastline"; a list closes with a comma
    borders, then = ("a land border", " and") if len(pieces) == 1 else ("land borders", ", and")
    line = Line(f"{subject} {has} {borders} with ").join(pieces)
    facts = list(rows)
    coast_km = F.value(coast, "length_km") if coast else None
    if coast is not None and coast_km == 0:
        line.add(f"{then} no coastline")
        facts.append(coast)
    elif coast is not None and coast_km:
        line.add(f"{then} a coastline of {distance(float(coast_km)).removeprefix('about ')}")
        facts.append(coast)
    return line.statement(facts)


def _geonames_neighbours(ctx: GuideContext, coast: FactRow | None,
                         coast_km: float | None) -> Statement | None:
    fact = ctx.fact("location", "neighbours", "geonames")
    codes = F.value(fact, "countries", []) if fact else []
    places = [p for c in codes if (p := ctx.lookup(str(c))) is not None]
    if ctx.place.status == "dissolved" or fact is None or not places:
        if coast is not None and coast_km:
            return Line(f"{_name(ctx)} {agree(ctx.place.name, 'has')} no land borders and a "
                        "coastline of "
                        f"{distance(float(coast_km)).removeprefix('about ')}").statement([coast])
        return None
    owner = possessive(_name(ctx))
    line = Line(f"{owner} neighbours are " if len(places) > 1 else f"{owner} neighbour is ")
    return line.join([Line().place(p, the(p.name)) for p in places]).statement([fact])


def _dissolution(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("dissolution", "dissolved")
    if fact is None or not isinstance(fact.value, dict) or not fact.value.get("summary"):
        return None
    line = Line(f"{_name(ctx)} {agree(ctx.place.name, 'was')} {fact.value['summary']}")
    if ended := fact.value.get("ended"):
        they = capitalise(pronoun(ctx.place.name))
        line.add(f". {they} ended on {full_date(date.fromisoformat(str(ended)))}")
    return line.statement([fact])


def successors(ctx: GuideContext) -> tuple[list[PlaceRow], FactRow] | None:
    """The places a dissolved entity became, with the fact that says so."""
    fact = ctx.fact("dissolution", "dissolved")
    codes = F.value(fact, "successors", []) if fact else []
    places = [p for c in codes if (p := ctx.lookup(str(c))) is not None]
    return (places, fact) if places and fact is not None else None


def _successors(ctx: GuideContext) -> Statement | None:
    found = successors(ctx)
    if found is None:
        return None
    places, fact = found
    its = capitalise(agree(ctx.place.name, "its"))  # "Their successors": the Gilbert and ...
    label = f"{its} successor is " if len(places) == 1 else f"{its} successors are "
    return Line(label).join([Line().place(p, the(p.name)) for p in places]).statement([fact])


def _withdrawal(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("dissolution", "iso-withdrawal", "iso")
    when = F.value(fact, "date") if fact else None
    if fact is None or not when:
        return None
    # ISO 3166-3 gives some withdrawals a year alone ("1979")
    on = f"in {when}" if len(when) == 4 else f"on {full_date(date.fromisoformat(when))}"
    return Line(f"ISO withdrew the code {ctx.place.id} {on}").statement([fact])


def _part_of(ctx: GuideContext) -> Statement | None:
    parent = ctx.sovereign
    if parent is None:
        return None
    part = ctx.source_fact("iso", "parent", {"parent": parent.id}, parent.name,
                           f"ISO 3166-2 subdivision of {parent.id}", topic="location")
    line = Line(f"{_name(ctx)} {agree(ctx.place.name, 'is')} part of ").place(parent,
                                                                             the(parent.name))
    facts = [part]
    own = own_area(ctx, parent)
    if own is not None:
        line.add(f"; its own area is {area(own[0])}")
        facts.append(own[1])
    return line.statement(facts)


def _dependency(ctx: GuideContext) -> Statement | None:
    """"On the status of Hong Kong, the Factbook says: “special administrative region of the
    People's Republic of China”": a dependency's status, each part's where the Factbook
    gives parts ("Wake Island: …; Navassa Island: …"), said once where the parts agree."""
    rows = [f for f in ctx.facts("dependency", "factbook")
            if f.key.rpartition("/")[2] == "status" and isinstance(f.value, str)]
    if not rows:
        return None
    said: dict[str, list[str]] = {}  # status -> the parts it is given for
    for row in rows:
        said.setdefault(row.value, []).append(
            row.source.field.split(":", 1)[0] if "/" in row.key else "")
    quoted = [f"“{status}”" for status in said]
    if len(said) > 1:
        quoted = [f"{' and '.join(parts)}: {q}" for q, parts in zip(quoted, said.values(),
                                                                     strict=True)]
    return Line(f"On the status of {the(ctx.place.name)}, the Factbook says: "
                + "; ".join(quoted)).statement(rows)


def own_area(ctx: GuideContext, parent: PlaceRow) -> tuple[float, FactRow] | None:
    """A part's area from the Factbook's area note on its parent ("184 sq km Tristan da Cunha")."""
    note = F.note(ctx, "location", parent.id)
    if note is None:
        return None
    found = re.search(rf"([\d,.]+) sq km {re.escape(ctx.place.name.split()[0])}", note.value)
    if found is None:
        return None
    return float(found.group(1).replace(",", "")), note



