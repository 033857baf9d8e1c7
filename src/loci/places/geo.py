"""Great-circle distances, bearings and the 16 compass points (guides and checks share these)."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG), as GeoNames-based tools use
COMPASS = ("north", "north-north-east", "north-east", "east-north-east", "east",
           "east-south-east", "south-east", "south-south-east", "south",
           "south-south-west", "south-west", "west-south-west", "west",
           "west-north-west", "north-west", "north-north-west")
_SQUASHED = tuple(c.replace("-", "") for c in COMPASS)
_ABBREVIATIONS = {"".join(w[0] for w in c.split("-")): i for i, c in enumerate(COMPASS)}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, h)))


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from the first point to the second, degrees clockwise from north."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def compass_index(degrees: float) -> int:
    """The nearest of the 16 compass points to a bearing, as an index into COMPASS."""
    return round(degrees / 22.5) % 16


def compass(degrees: float) -> str:
    """The 16-point compass direction of a bearing: 206° -> "south-south-west"."""
    return COMPASS[compass_index(degrees)]


def steps_apart(a: int, b: int) -> int:
    """How many compass points lie between two points, the short way round."""
    d = abs(a - b) % 16
    return min(d, 16 - d)


def parse_direction(text: str) -> int | None:
    """ "south-east", "southeast", "SE", "south east", "southeastern" -> index into COMPASS."""
    word = text.lower().replace(" ", "").replace("-", "")
    word = word.removesuffix("ern").removesuffix("erly")
    if word in _SQUASHED:
        return _SQUASHED.index(word)
    return _ABBREVIATIONS.get(word)
