"""Great-circle distance and compass bearing between two points."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088
POINTS = ("north", "north-northeast", "northeast", "east-northeast", "east", "east-southeast",
          "southeast", "south-southeast", "south", "south-southwest", "southwest",
          "west-southwest", "west", "west-northwest", "northwest", "north-northwest")


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bearing(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Initial bearing from point 1 to point 2, degrees clockwise from north."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def point(degrees: float) -> int:
    """The nearest of the 16 compass points, as an index into POINTS."""
    return round(degrees / 22.5) % 16


def steps_apart(a: int, b: int) -> int:
    """How many of the 16 points lie between two points, the short way round."""
    d = abs(a - b) % 16
    return min(d, 16 - d)


def parse_direction(text: str) -> int | None:
    """ "south-east", "SE", "south east", "southeastern" -> index into POINTS."""
    word = text.lower().replace(" ", "-").removesuffix("ern").removesuffix("erly")
    word = word.replace("north-east", "northeast").replace("north-west", "northwest")
    word = word.replace("south-east", "southeast").replace("south-west", "southwest")
    short = {"n": "north", "s": "south", "e": "east", "w": "west", "ne": "northeast",
             "nw": "northwest", "se": "southeast", "sw": "southwest", "nne": "north-northeast",
             "ene": "east-northeast", "ese": "east-southeast", "sse": "south-southeast",
             "ssw": "south-southwest", "wsw": "west-southwest", "wnw": "west-northwest",
             "nnw": "north-northwest"}
    word = short.get(word, word)
    return POINTS.index(word) if word in POINTS else None
