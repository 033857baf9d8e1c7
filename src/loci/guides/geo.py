"""Distances, bearings and compass words; the nearest larger cities to a city."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from loci.kb import KB, PlaceRow
from loci.places.geo import bearing, compass, haversine_km
from loci.text import fold

_KM_PER_DEGREE = 111.2
LARGE_CITY = 50_000  # read this far down first; most countries have ten cities this size


def _lon_gap(a: float, b: float) -> float:
    """Degrees of longitude between two meridians, across the antimeridian too."""
    return abs((a - b + 180) % 360 - 180)


@dataclass(frozen=True, slots=True)
class Nearby:
    """Another city seen from a city: how far, and which way from it to this city."""

    city: PlaceRow
    km: float
    direction: str  # where this city lies as seen from ``city``: "south-south-west"


@lru_cache(maxsize=4)
def city_index(kb: KB) -> CityIndex:
    """One index per open KB, shared by every guide composed from it."""
    return CityIndex(kb)


class CityIndex:
    """Cities per country, read as needed and kept, for "largest" and "nearest larger" questions.

    Reading every city of a large country costs far more than composing its
    guide, so each country's list is read down to the smallest population
    asked for so far, and read again only when a smaller one is asked for.
    """

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self._by_country: dict[str, tuple[int, list[PlaceRow]]] = {}

    def cities(self, country: str, at_least: int = 0) -> list[PlaceRow]:
        """A country's cities with coordinates, largest first, down to at least ``at_least``.

        The list may go further down than asked: callers stop at the size they need.
        """
        floor, cities = self._by_country.get(country, (None, []))
        if floor is None or at_least < floor:
            # Step down by a factor of ten, so that asking for ever smaller cities
            # (largest first, as a build does) reads a country a few times, not each time.
            floor = at_least if floor is None else min(at_least, floor // 10)
            cities = [c for c in self.kb.places(("city",), country=country,
                                                min_population=floor)
                      if c.lat is not None and c.lon is not None]
            self._by_country[country] = (floor, cities)
        return cities

    def largest(self, country: str, limit: int, part: str | None = None) -> list[PlaceRow]:
        """The ``limit`` largest cities of a country (or of one part of it, by parent id)."""
        for at_least in (LARGE_CITY, 0):
            found = [c for c in self.cities(country, at_least)
                     if (c.population or 0) >= max(at_least, 1)
                     and (part is None or c.parent == part)]
            if len(found) >= limit or at_least == 0:
                return found[:limit]
        return []

    def nearest_larger(self, city: PlaceRow, countries: list[str], limit: int = 3,
                       radius_km: float = 600.0) -> list[Nearby]:
        """Up to ``limit`` cities larger than ``city`` within ``radius_km``, nearest first."""
        if city.lat is None or city.lon is None:
            return []
        size = city.population or 0
        # A latitude/longitude box first, then a flat measure (degrees, the longitude's
        # scaled at the city's latitude) to order the few inside it: the exact distance
        # is computed only for those the flat measure could have misplaced.
        dlat = radius_km / _KM_PER_DEGREE
        dlon = dlat / max(0.05, math.cos(math.radians(city.lat)))
        lat, lon = city.lat, city.lon
        scale = math.cos(math.radians(lat))
        flat: list[tuple[float, PlaceRow]] = []
        for code in countries:
            for other in self.cities(code, size + 1):
                if (other.population or 0) <= size:
                    break  # largest first: the rest are smaller
                olat, olon = other.lat or 0.0, other.lon or 0.0
                dy, dx = abs(olat - lat), _lon_gap(olon, lon)
                if dy <= dlat and dx <= dlon and other.id != city.id:
                    flat.append((dy * dy + dx * dx * scale * scale, other))
        flat.sort(key=lambda pair: pair[0])
        # the flat measure shrinks an east-west distance by at most the ratio of the
        # cosines at the city's latitude and one box away (and is within 1% otherwise)
        far = min(89.9, abs(lat) + dlat)
        ratio = 1.05 * math.cos(math.radians(max(0.0, abs(lat) - dlat))) / max(
            0.01, math.cos(math.radians(far)))
        names, reach = {fold(city.name)}, math.inf
        for measure, other in flat:
            if len(names) > limit:
                break
            names.add(fold(other.name))
            reach = measure
        found = sorted(((haversine_km(other.lat or 0.0, other.lon or 0.0, lat, lon), other)
                        for measure, other in flat if measure <= reach * ratio * ratio),
                       key=lambda pair: pair[0])
        # one place per name, and none of the city's own: "85 km south-west of São José"
        # from São José, or "114 km ... of Tabuk, 123 km ... of Tabuk", tells a reader nothing
        names, kept = {fold(city.name)}, list[Nearby]()
        for km, other in found:
            if km <= radius_km and len(kept) < limit and fold(other.name) not in names:
                names.add(fold(other.name))
                kept.append(Nearby(other, km, compass(bearing(other.lat or 0.0,
                                                              other.lon or 0.0, lat, lon))))
        return kept
