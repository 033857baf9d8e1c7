"""A guide's opening sentence: where the place is, how many live there, its capital."""

from __future__ import annotations

import re
from datetime import date

from loci.english import the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.facts import capitals, population
from loci.guides.sections.city import where_line
from loci.guides.sections.nearby import near_line, nearest
from loci.guides.sections.world import own_area
from loci.guides.writers.default import (
    agree,
    area,
    capitalise,
    count_word,
    estimate,
    full_date,
    natural_list,
    people,
    pronoun,
)
from loci.guides.writers.text import Line
from loci.kb import FactRow

_SETTLEMENT = 1_000  # people: fewer, and a place with a guide is a settlement, not a city


def lede(ctx: GuideContext) -> str:
    """The lede as plain text."""
    line, _ = lede_line(ctx)
    return line.text


def lede_line(ctx: GuideContext) -> tuple[Line, list[FactRow]]:
    """The lede with its links and the facts it states."""
    if ctx.place.is_territory:
        return _territory(ctx)
    return _city(ctx)


def _territory(ctx: GuideContext) -> tuple[Line, list[FactRow]]:
    """"Bolivia (玻利维亚), in South America, is home to …; its capitals are La Paz and Sucre."."""
    place, facts = ctx.place, []
    line = Line().place(place, capitalise(the(place.name)))
    if (zh := ctx.chinese()) is not None:
        line.add(" (").lang(zh.name).add(")")
        facts.append(zh.fact)
    if place.status == "dissolved":
        return _dissolved(ctx, line, facts)
    clauses = _clauses(ctx, facts)
    # A part's sovereign may sit on another continent's list (Tristan under Africa): say none.
    where = None if ctx.sovereign else _where(ctx)
    if where is not None and where[0] != place.name:  # not "Antarctica, in Antarctica"
        region, said = where
        facts += said
        if not clauses:
            return _end(line.add(f" {agree(place.name, 'is')} in {region}")), facts
        line.add(f", in {region},")
    return _end(line.add(" " + _joined(clauses)) if clauses else line), facts


# "islands in the southern Indian Ocean": an ocean as the Factbook's location names it
_OCEAN = re.compile(r"\b(?:(?:North|South|southern|northern) )?(?:Atlantic|Indian|Pacific|Arctic|"
                    r"Southern) Ocean\b")


# "Southeastern Asia, northwest of Australia": the region the Factbook's location opens with
_REGION = re.compile(r"(?:(?:North|South|East|West|Central|Southern|Northern|Eastern|Western|"
                     r"Southeastern|Southwestern|Northeastern|Northwestern) )?"
                     r"(?P<continent>Africa|Asia|Europe|Oceania)\b")


def _where(ctx: GuideContext) -> tuple[str, list[FactRow]] | None:
    """Where the place lies, and the fact that says so: GeoNames' continent, except for
    islands it files under Antarctica (Bouvet Island, Heard Island), which lie in the
    ocean the Factbook's location names ("the South Atlantic Ocean"), and for a place the
    Factbook opens in another continent's region: Timor-Leste, which GeoNames files under
    Oceania, lies in "Southeastern Asia"; Russia, filed under Europe, is "North Asia ...
    extending from Eastern Europe", so in Europe and North Asia."""
    continent = ctx.fact("location", "continent", "geonames")
    if continent is None or not (name := F.value(continent, "name")):
        return None
    location = ctx.fact("location", "location", "factbook")
    text = str(location.text) if location is not None else ""
    if F.value(continent, "code") == "AN" and location is not None and (
            ocean := _OCEAN.search(text)):
        return f"the {ocean.group(0)}", [location]
    region = _REGION.match(text)
    if location is None or region is None or region["continent"] == name:
        return str(name), [continent]
    if re.search(rf"\b{name}\b", text):
        return f"{name} and {region.group(0)}", [continent, location]
    return region.group(0), [location]


def _joined(clauses: list[str]) -> str:
    """"is part of X and covers 184 km²; its capital is Y": verbs share the subject."""
    verbs = [c for c in clauses if not c.startswith(("its ", "their "))]
    rest = [c for c in clauses if c.startswith(("its ", "their "))]
    return "; ".join([p for p in (natural_list(verbs),) if p] + rest)


def _clauses(ctx: GuideContext, facts: list[FactRow]) -> list[str]:
    """"is part of …", "is home to …", "its capital is …", "covers …", citing each; "are
    part of …", "cover …" for a group of islands ("the Cayman Islands are")."""
    name = ctx.place.name
    clauses = []
    if (sovereign := ctx.sovereign) is not None:
        clauses.append(f"{agree(name, 'is')} part of {the(sovereign.name)}")
        facts.append(ctx.source_fact("iso", "parent", {"parent": sovereign.id}, sovereign.name,
                                     f"ISO 3166-2 subdivision of {sovereign.id}",
                                     topic="location"))
    if (pop := population(ctx)) is not None:
        count, year, fact = pop
        whose = estimate(year) if fact.source.dataset == "factbook" else " by GeoNames’ count"
        clauses.append(f"{agree(name, 'is')} home to {people(count)}{whose}")
        facts.append(fact)
    else:
        if (nobody := F.uninhabited(ctx)) is not None:  # Bouvet Island, Antarctica
            clauses.append(agree(name, "is") + " uninhabited" if str(nobody.text).startswith(
                "uninhabited") else agree(name, "has") + " no permanent inhabitants")
            facts.append(nobody)
        if (size := ctx.fact("location", "area", "factbook")) and F.value(size, "total_km2"):
            clauses.append(f"{agree(name, 'covers')} {area(float(F.value(size, 'total_km2')))}")
            facts.append(size)
        elif sovereign is not None and (own := own_area(ctx, sovereign)) is not None:
            clauses.append(f"{agree(name, 'covers')} {area(own[0])}")
            facts.append(own[1])
    # A city-state's capital is itself: "Vatican City ... its capital is Vatican City" says
    # nothing, and "Monaco ... its capital is the city of Monaco" says which is meant.
    caps = [F.capital_name(ctx, c) for c in capitals(ctx)]
    caps = [(n, cited) for n, cited in caps if not (n == name and name.endswith("City"))]
    if caps:
        names = natural_list([f"the city of {n}" if n == name else n for n, _ in caps])
        clauses.append(f"{agree(name, 'its')} {'capital is' if len(caps) == 1 else 'capitals are'} "
                       f"{names}")
        facts.extend(f for _, cited in caps for f in cited)
    return clauses


def _end(line: Line) -> Line:
    """End the sentence once: "Washington, D.C." takes no second full stop."""
    return line if line.text.endswith(".") else line.add(".")


def _dissolved(ctx: GuideContext, line: Line, facts: list[FactRow]) -> tuple[Line, list[FactRow]]:
    fact = ctx.fact("dissolution", "dissolved")
    ended = F.value(fact, "ended") if fact else None
    name = ctx.place.name  # "the Gilbert and Ellice Islands no longer exist: they were ..."
    exist, its = agree(name, "exists"), agree(name, "its")
    it = f"{pronoun(name)} {agree(name, 'was')}"
    if fact is None or not ended:
        return line.add(f" no longer {exist}."), facts
    facts.append(fact)
    line.add(f" no longer {exist}: {it} dissolved on {full_date(date.fromisoformat(ended))}")
    heirs = [p for c in F.value(fact, "successors", []) if (p := ctx.lookup(str(c)))]
    if len(heirs) == 1:
        line.add(f", and {its} successor is ").place(heirs[0], the(heirs[0].name))
    elif heirs:
        # "its two successors are Serbia and Montenegro": the count keeps the names apart
        line.add(f", and {its} {count_word(len(heirs))} successors are ").join(
            [Line().place(p, the(p.name)) for p in heirs])
    return _end(line), facts


def _city(ctx: GuideContext) -> tuple[Line, list[FactRow]]:
    """"Anshan (鞍山) is a city of 1.45 million people in Liaoning (辽宁), China, about 83 km…";
    "Pudong (浦东) is a district of Shanghai, with about 5.68 million people, in ..."."""
    place, facts = ctx.place, []
    line = Line(place.name)
    if (zh := ctx.chinese()) is not None:
        line.add(" (").lang(zh.name).add(")")
        facts.append(zh.fact)
    pop = ctx.fact("population", "total", "geonames")
    # "Brooklyn is a district of New York City, with ...": a part of a city GeoNames lists
    district = ctx.fact("location", "district-of", "geonames")
    whole = ctx.lookup(str(F.value(district, "city"))) if district is not None else None
    if district is not None and whole is not None:
        line.add(" is a district of ").place(whole, whole.name)
        facts.append(district)
        if pop is not None and place.population:
            line.add(f", with {people(place.population)},")
            facts.append(pop)
    else:
        # a capital of a few dozen people (Grytviken, Adamstown) is no city
        line.add(" is a settlement" if (place.population or 0) < _SETTLEMENT else " is a city")
        if pop is not None and place.population:
            line.add(f" of {people(place.population)}")
            facts.append(pop)
    if (where := where_line(ctx, lede=True)) is not None:
        line.add(" in ").extend(where[0])
        facts += where[1]
    if whole is None and (found := nearest(ctx)[:1]):
        line.add(", ").extend(near_line(ctx, found[0]))
        facts += [f for f in (ctx.fact("location", "coordinates", "geonames"),) if f]
    line.add(".")
    if pop is not None and (above := F.above_whole(ctx, place, pop)) is not None:
        line.add(f" {above[0]}")  # Avarua: more people than the Cook Islands
        facts += above[1]
    return line, facts
