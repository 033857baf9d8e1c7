"""loci's curated places and names: territories ISO does not code (Kosovo, under the
user-assigned XK that CLDR, GeoNames, the Factbook's tables and the holidays package
use), dissolved states ISO never coded, former names of territories and cities with
the year they changed, aliases, names in other languages CLDR lacks, dissolutions."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from loci.curated import places_data
from loci.sources.records import BuildContext, Fact, Name, Place, Record, SourceInfo

SOURCE = SourceInfo(
    name="loci-curated",
    title="loci curated names (data/places.toml)",
    package="loci",
    licence="MIT",
    url="https://pypi.org/project/loci/",
    order=15,
)


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the territories ISO does not code, then curated names and dissolution facts
    for the places the ISO source created."""
    data = places_data()
    for entry in data["dissolved"]:
        if "name" in entry:  # a state ISO never coded
            yield from _uncoded_historic(ctx, entry)
    for entry in data["uncoded"]:
        code = entry["id"]
        yield Place(id=code, kind="country", name=entry["name"], country=code)
        yield Name(code, entry["name"], "en", "common")
        for alias in (code, entry["alpha_3"]):
            yield Name(code, alias, "und", "code")
    for entry in data["former"]:
        place = ctx.places[entry["place"]]
        lang = entry.get("lang", "en")
        yield Name(place.id, entry["name"], lang, "former", entry["year"])
        value = {"name": entry["name"], "lang": lang, "year": entry["year"],
                 "current": place.name, "note": entry.get("note")}
        text = f"Known as {entry['name']} until {entry['year']}; now {place.name}."
        yield Fact(place.id, "former-name", _slug(entry["name"]), value, text, "former")
    for entry in data["former_city"]:  # cities come later, from GeoNames: by their id
        yield Name(entry["place"], entry["name"], "en", "former", entry["year"])
        value = {"name": entry["name"], "lang": "en", "year": entry["year"],
                 "current": entry["city"], "note": None}
        text = f"Known as {entry['name']} until {entry['year']}; now {entry['city']}."
        yield Fact(entry["place"], "former-name", _slug(entry["name"]), value, text, "former")
    for entry in data["alias"]:
        yield Name(ctx.places[entry["place"]].id, entry["name"], "en", "alias")
    for entry in data["exonym"]:
        yield Name(ctx.places[entry["place"]].id, entry["name"], entry["lang"], "exonym")
    for entry in data["abbreviation"]:
        yield Name(ctx.places[entry["place"]].id, entry["name"], "und", "abbreviation")
    for entry in data["dissolved"]:
        yield _dissolution(ctx, entry)


def _uncoded_historic(ctx: BuildContext, entry: dict[str, Any]) -> Iterator[Record]:
    place = Place(id=entry["place"], kind="historic", name=entry["name"], status="dissolved")
    yield place
    yield Name(place.id, entry["name"], "en", "short")
    for alias in entry.get("aliases", ()):
        yield Name(place.id, alias, "en", "alias")


def _dissolution(ctx: BuildContext, entry: dict[str, object]) -> Fact:
    place = ctx.places[str(entry["place"])]
    successors = [str(s) for s in entry["successors"]]  # type: ignore[attr-defined]
    names = ", ".join(ctx.places[s].name for s in successors)
    value = {"ended": entry["ended"], "successors": successors, "summary": entry["summary"]}
    text = f"{place.name} was {entry['summary']}. Successors: {names}."
    return Fact(place.id, "dissolution", "dissolved", value, text, "dissolved")
