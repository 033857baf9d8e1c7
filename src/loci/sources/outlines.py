"""Territories' outlines, for locator maps, from the countryinfo package.

countryinfo (MIT) ships one JSON file per country with its ISO codes and a GeoJSON
outline in longitude and latitude (credited to johan's world.geo.json): coarse
already, a few hundred points for a large country. About 170 files have one;
Hungary, Serbia, Montenegro, Myanmar, most small islands and the dissolved states
have none, and get no map. Two files may share a code (``palestine.json`` and
``palestine_state_of.json``): the first with an outline is read.

A locator map is about 300 px across, so each outline is simplified
(Douglas–Peucker) to half a pixel of a map framed on it, at most 0.1°, and
rounded to 0.01°: a neighbour drawn on a smaller country's map stays within a
pixel or two of its line.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from functools import cache
from importlib import resources
from typing import Any

from loci.sources.records import BuildContext, Fact, Problem, Record, SourceInfo

SOURCE = SourceInfo(
    name="countryinfo",
    title="countryinfo (country outlines)",
    package="countryinfo",
    licence="MIT",
    url="https://github.com/porimol/countryinfo",
    order=60,
)

Point = tuple[float, float]  # (lon, lat)
Polygon = list[list[Point]]  # the outer ring, then its holes
_TOLERANCE = (0.02, 0.1)  # degrees: the least and the most a point may move
_PX = 200  # a map's height in px, about twice the territory's extent


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the outline of every territory in the build that countryinfo draws."""
    files = _files()
    for place in ctx.countries():
        if place.id not in files:
            continue
        name, data = files[place.id]
        field = f"data/{name} > geoJSON"
        try:
            polygons = simplify(_polygons(data))
        except (KeyError, TypeError, ValueError, IndexError) as exc:
            yield Problem(place.id, field, f"the outline cannot be read: {exc}")
            continue
        if not polygons:
            yield Problem(place.id, field, "the outline has no ring of three points")
            continue
        points = sum(len(ring) for polygon in polygons for ring in polygon)
        yield Fact(place.id, "outline", "outline", {"polygons": polygons},
                   f"outline of {len(polygons)} polygon{'s' * (len(polygons) > 1)}, "
                   f"{points} points", field)


def simplify(polygons: list[Polygon]) -> list[list[list[list[float]]]]:
    """Each ring simplified for a map of the whole, rounded; rings that vanish are dropped."""
    tolerance = min(max(_extent(polygons) / _PX / 2, _TOLERANCE[0]), _TOLERANCE[1])
    out = []
    for polygon in polygons:
        rings = [_rounded(douglas_peucker(ring, tolerance)) for ring in polygon]
        if len(rings[0]) >= 3:  # a hole outlives its island only on paper
            out.append([r for r in rings if len(r) >= 3])
    return out


def douglas_peucker(ring: list[Point], tolerance: float) -> list[Point]:
    """The points of a ring that keep its line within ``tolerance`` (its first kept)."""
    if len(ring) < 4:
        return list(ring)
    keep = {0, len(ring) - 1}
    spans = [(0, len(ring) - 1)]
    while spans:
        first, last = spans.pop()
        far, index = 0.0, -1
        for i in range(first + 1, last):
            if (d := _distance(ring[i], ring[first], ring[last])) > far:
                far, index = d, i
        if far > tolerance:
            keep.add(index)
            spans += [(first, index), (index, last)]
    return [ring[i] for i in sorted(keep)]


def _distance(p: Point, a: Point, b: Point) -> float:
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return math.hypot(p[0] - a[0], p[1] - a[1])
    return abs(dx * (a[1] - p[1]) - dy * (a[0] - p[0])) / length


def _rounded(ring: list[Point]) -> list[list[float]]:
    """Rounded to 0.01°, without repeated points or the closing copy of the first."""
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, 2), round(lat, 2)]
        if not out or point != out[-1]:
            out.append(point)
    while len(out) > 1 and out[-1] == out[0]:
        out.pop()
    return out


def _extent(polygons: list[Polygon]) -> float:
    """The larger side, in degrees of latitude, of the largest ring's box."""
    ring = max((p[0] for p in polygons), key=len)
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    middle = math.radians((max(lats) + min(lats)) / 2)
    return max(max(lats) - min(lats), (max(lons) - min(lons)) * math.cos(middle))


def _polygons(data: dict[str, Any]) -> list[Polygon]:
    geometry = data["geoJSON"]["features"][0]["geometry"]
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"a {kind}, not a Polygon or MultiPolygon")
    polygons = [coordinates] if kind == "Polygon" else coordinates
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in polygon]
            for polygon in polygons]


@cache
def _files() -> dict[str, tuple[str, dict[str, Any]]]:
    """ISO alpha-2 code -> (file name, data), for the files with an outline."""
    found: dict[str, tuple[str, dict[str, Any]]] = {}
    folder = resources.files("countryinfo") / "data"
    for item in sorted(folder.iterdir(), key=lambda f: f.name):
        if not item.name.endswith(".json"):
            continue
        data = json.loads(item.read_text("utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code and code not in found and (data.get("geoJSON") or {}).get("features"):
            found[code] = (item.name, data)
    return found
