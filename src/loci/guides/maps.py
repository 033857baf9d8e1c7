"""Locator maps: a small inline SVG of a territory's region with the place marked.

The outlines are the KB's ``outline`` facts from Natural Earth (see
:mod:`loci.sources.outlines`), drawn in an equirectangular projection scaled by the
cosine of the place's middle latitude, on a 300 × 200 frame around the territory (or a
city's country) with room for its neighbours. Every outline that reaches the frame is
drawn, clipped to it and simplified, the territory to half a pixel and the land around
to a pixel, so a map costs a few kilobytes. Antarctica is seen from above the South
Pole instead, with the lands nearest it. A territory is shaded; one too small to see
is circled, and islands spread too thin to see (Tuvalu) are dots in a box. A city is a
dot inside its shaded country. A dissolved state drawn as the territories that hold its
land today (the Soviet Union) says so, and is never drawn on another map. Nothing is
fetched: no tiles, no network. The same KB gives the same bytes.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from typing import Any

import orjson

from loci.english import the
from loci.guides.context import GuideContext, grouped_facts, place_row, versions
from loci.guides.model import Chart
from loci.guides.writers.default import (
    agree,
    be,
    capitalise,
    natural_list,
)
from loci.kb import KB, FactRow, PlaceRow, SourceRef
from loci.sources.outlines import SOURCE, douglas_peucker

WIDTH, HEIGHT = 300, 200
Point = tuple[float, float]
Ring = list[Point]
_SEA, _LAND, _EDGE, _SHADE, _SHADE_CITY, _MARK = (
    "#eef3f7", "#dcd6cc", "#ffffff", "#2f6b9a", "#8fb0cc", "#b3261e")
_TINY = 12.0  # px: a territory smaller than this on its own map is circled
_FAINT = 100.0  # px²: a territory of less land on its own map, spread wider, is boxed
_DOT = 6.0  # px²: an island smaller than this is drawn as a dot (its edge would hide it)
# The land around, context only, is drawn to a pixel, without islands under 2 px²; the
# territory itself to half a pixel.
_AROUND = (1.0, 2.0)  # px, px²
_PAD = (0.25, 3.5)  # room around the place: a share of its extent, at least this many degrees
_POLE = -85.0  # degrees: a territory whose main land reaches further south is seen from the pole


@dataclass(frozen=True, slots=True)
class Outline:
    """One territory's outline as the KB stores it, and the fact that cites it."""

    place: str
    polygons: tuple[tuple[Ring, ...], ...]  # each: the outer ring, then its holes
    bounds: tuple[tuple[float, float, float, float], ...]  # each outer ring's (w, s, e, n)
    extent: tuple[float, float, float, float]  # the bounds of them all
    fact: FactRow
    members: tuple[str, ...] = ()  # a dissolved state's: the territories it is drawn as


@dataclass(frozen=True, slots=True)
class Frame:
    """The part of the world a map shows: longitudes may run past 180° (Chukotka)."""

    west: float
    north: float
    scale: float  # px per degree of latitude
    cos: float  # of the place's middle latitude: px per degree of longitude is scale × cos

    def project(self, lon: float, lat: float) -> Point:
        """Map coordinates, in px from the top left corner, of a point (lon, lat)."""
        return (lon - self.west) * self.scale * self.cos, (self.north - lat) * self.scale

    @property
    def box(self) -> tuple[float, float, float, float]:
        """(west, south, east, north), two pixels wider all round, to clip outlines to."""
        margin = 2 / self.scale
        return (self.west - margin / self.cos, self.north - HEIGHT / self.scale - margin,
                self.west + (WIDTH + 2) / self.scale / self.cos, self.north + margin)

    def wrap(self, lon: float) -> float:
        """``lon`` by whole turns within the frame (Honolulu beside the United States)."""
        return _wrap(lon, self.west + 180)

    def drawn(self, ring: Ring, inside: bool) -> Ring:
        """A ring in px, cut to the frame (a ring ``inside`` it is not cut)."""
        return [self.project(*p) for p in (ring if inside else _clip(ring, self.box))]


@dataclass(frozen=True, slots=True)
class PolarFrame:
    """A map around the South Pole (Antarctica's): distances from the pole are kept,
    the meridian of Greenwich points up and South America lies to the top left. A
    whole-world strip would stretch the pole along the map's foot."""

    scale: float  # px per degree of latitude away from the pole

    def project(self, lon: float, lat: float) -> Point:
        radius, angle = (lat + 90) * self.scale, math.radians(lon)
        return WIDTH / 2 + radius * math.sin(angle), HEIGHT / 2 - radius * math.cos(angle)

    @property
    def box(self) -> tuple[float, float, float, float]:
        """Every longitude, from the pole to the latitude of the map's corners (a hair
        inside ±180°, so that no polygon is drawn again a whole turn away)."""
        return -179.999, -90.0, 179.999, -90 + math.hypot(WIDTH, HEIGHT) / 2 / self.scale + 1

    def wrap(self, lon: float) -> float:
        return lon

    def drawn(self, ring: Ring, inside: bool) -> Ring:
        """A ring in px, cut to the map's rectangle; the pole's own points are left out
        (Antarctica's outline runs along the antimeridian to the pole and back, a seam
        that would be stroked)."""
        points = [self.project(x, y) for x, y in ring if y > -89.99]
        return _clip(points, (-2, -2, WIDTH + 2, HEIGHT + 2))


@dataclass(frozen=True, slots=True)
class _Base:
    """A map without its marks: the frame, the outlines drawn, the facts they come from.
    One serves a territory's guide and its cities' (shaded lighter, under a city's dot)."""

    frame: Frame | PolarFrame
    land: str  # the sea and the land around
    shaded: str  # the territory's path data
    dots: str  # its islands too small to draw, as circles
    names: tuple[str, ...]  # the territory's neighbours drawn (islands: the largest drawn)
    facts: tuple[FactRow, ...]
    box: tuple[float, float, float, float]  # px: the territory's (left, top, right, bottom)
    area: float  # px²: the land the territory's shading covers

    def body(self, shade: str) -> str:
        """The map's SVG without its marks, the territory filled with ``shade``."""
        dots = f'<g fill="{shade}">{self.dots}</g>' if self.dots else ""
        return (f'{self.land}<path d="{self.shaded}" fill="{shade}" stroke="{_EDGE}" '
                f'stroke-width=".75" fill-rule="evenodd"/>{dots}')


def territory_map(ctx: GuideContext) -> Chart | None:
    """The locator map of a territory guide, or None when there is no outline of it."""
    if (own := outlines(ctx.kb).get(ctx.place.id)) is None:
        return None
    base = _base(ctx.kb, ctx.place.id, None)
    name = capitalise(the(ctx.place.name))
    lead = f"{name} {be(ctx.place.name)} shaded"
    if own.members:
        members = [p.name for m in own.members if (p := place_row(ctx.kb, m)) is not None]
        lead += f", drawn as the land of today's {natural_list([the(m) for m in members])}"
    marks = ""
    left, top, right, bottom = base.box
    if max(right - left, bottom - top) < _TINY:  # too small to see: circled
        x, y = (left + right) / 2, (top + bottom) / 2
        marks = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{_TINY:g}" fill="none" '
                 f'stroke="{_MARK}" stroke-width="2"/>')
    elif base.area < _FAINT:  # islands too small to see, spread wide (Tuvalu): boxed
        pad = _TINY / 2
        left, top = max(left - pad, 2), max(top - pad, 2)
        right, bottom = min(right + pad, WIDTH - 2), min(bottom + pad, HEIGHT - 2)
        marks = (f'<rect x="{left:.1f}" y="{top:.1f}" width="{right - left:.1f}" '
                 f'height="{bottom - top:.1f}" rx="{pad:g}" fill="none" stroke="{_MARK}" '
                 f'stroke-width="2"/>')
    return _chart(f"{name} on a map of {agree(ctx.place.name, 'its')} region", lead, base,
                  _SHADE, marks, (), ctx.place.name)


def city_map(ctx: GuideContext) -> Chart | None:
    """The locator map of a city guide: a dot at the city inside its shaded country."""
    country, place = ctx.country, ctx.place
    if (country is None or country.id not in outlines(ctx.kb)
            or place.lat is None or place.lon is None):
        return None
    base = _base(ctx.kb, country.id, None)
    x, y = base.frame.project(place.lon, place.lat)
    if not _on_map(x, y):  # a city off its country's main land (Honolulu)
        base = _base(ctx.kb, country.id, (place.lon, place.lat))
        x, y = base.frame.project(base.frame.wrap(place.lon), place.lat)
    marks = (f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="{_MARK}" stroke="{_EDGE}" '
             f'stroke-width="1.5"/>')
    where = the(country.name)
    cited = ctx.fact("location", "coordinates", "geonames")
    return _chart(f"{place.name} on a map of {where}",
                  f"A dot marks {place.name} in {where}, which {be(country.name)} shaded",
                  base, _SHADE_CITY, marks, (cited,) if cited else (), country.name)


def _chart(title: str, lead: str, base: _Base, shade: str, marks: str,
           cited: tuple[FactRow, ...], shaded: str) -> Chart:
    """The map's chart; its text alternative names what lies around the ``shaded`` place."""
    verb = be(base.names[0]) if len(base.names) == 1 else "are"
    names = natural_list([the(n) for n in base.names])
    around = f"around {agree(shaded, 'it')} {verb} {names}"  # "around them": the Cook Islands
    alt = f"{lead}; {around}." if base.names else f"{lead}."
    label = escape(title)
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="{label}" '
           f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}">'
           f'<title>{label}</title>{base.body(shade)}{marks}</svg>')
    return Chart("map", title, (), svg, alt, base.facts + cited)


@lru_cache(maxsize=512)
def _base(kb: KB, place_id: str, point: Point | None) -> _Base:
    """The map of a territory, or of a city's country framed to show ``point`` too:
    shared by every city of a country."""
    found = outlines(kb)
    own = found[place_id]
    frame = frame_for(own, point)
    drawn = [(o, p, d) for o in found.values() if o is not own and not o.members
             and (p := place_row(kb, o.place)) is not None
             and (d := _path(frame, o, *_AROUND))[0]]
    drawn.sort(key=lambda item: item[0].place)
    body = "".join(f'<path d="{d}"><title>{escape(p.name)}</title></path>'
                   for _, p, (d, _) in drawn)
    land = (f'<rect width="{WIDTH}" height="{HEIGHT}" fill="{_SEA}"/>'
            + (f'<g fill="{_LAND}" stroke="{_EDGE}" stroke-width=".75">{body}</g>' if body else ""))
    shaded, area = _path(frame, own)
    rings = _projected(frame, own)
    # the territory's box: its polygons the map shows, within the map
    xs, ys = zip(*(p for ring in rings for p in ring), strict=True)
    box = (max(min(xs), 0), max(min(ys), 0), min(max(xs), WIDTH), min(max(ys), HEIGHT))
    named = [item for item in drawn if item[0].place not in own.members]
    return _Base(frame, land, shaded, _dots(rings), _named(kb, own, named),
                 (own.fact, *(o.fact for o, _, _ in drawn)), box, area)


# framing --------------------------------------------------------------------------


def _named(kb: KB, own: Outline,
           drawn: list[tuple[Outline, PlaceRow, tuple[str, float]]]) -> tuple[str, ...]:
    """The names a map's text alternative gives: the territory's land neighbours (GeoNames;
    a dissolved state's, those of the territories it is drawn as) that it draws; for an
    island, the five nearest it that the map draws (the Isle of Man's are Ireland and the
    United Kingdom before France)."""
    codes: set[str] = set()
    for place in own.members or (own.place,):
        fact = next((f for f in grouped_facts(kb, place).get("location", ())
                     if f.key == "neighbours"), None)
        if fact and isinstance(fact.value, dict):
            codes.update(fact.value.get("countries", ()))
    named = [p.name for o, p, _ in drawn if o.place in codes - set(own.members)]
    if not named:
        # France's outline holds Guadeloupe's own polygons: it is not around Guadeloupe
        starts = {polygon[0][0] for polygon in own.polygons}
        others = [item for item in drawn
                  if not any(polygon[0][0] in starts for polygon in item[0].polygons)]
        middle = _middle(own)
        nearest = sorted(others, key=lambda item: (_distance(middle, item[0]), -item[2][1]))[:5]
        named = [p.name for _, p, _ in nearest]
    return tuple(sorted(named))


def _middle(own: Outline) -> Point:
    """The middle of the box of a territory's main land, (lon, lat)."""
    w, s, e, n = _bounds(_main(own.polygons, None)[0])
    return (w + e) / 2, (s + n) / 2


def _distance(middle: Point, other: Outline) -> float:
    """Degrees (of latitude) from ``middle`` to the nearest of the boxes of another's
    polygons."""
    x, y = middle
    cos = max(math.cos(math.radians(y)), 0.2)
    nearest = math.inf
    for pw, ps, pe, pn in other.bounds:
        turn = _wrap((pw + pe) / 2, x) - (pw + pe) / 2
        dx = max(pw + turn - x, x - pe - turn, 0.0) * cos
        nearest = min(nearest, math.hypot(dx, max(ps - y, y - pn, 0.0)))
    return nearest


def frame_for(own: Outline, point: Point | None = None) -> Frame | PolarFrame:
    """The frame of a territory's map (or of a city's, ``point``), framed on the
    territory's main polygon (the largest, or the city's) and those near it, so that
    France's map is of France and not of the sea to French Guiana. Land that reaches
    the South Pole is seen from above it."""
    main = _main(own.polygons, point)
    w, s, e, n = _bounds(main[0])
    if s < _POLE:
        return PolarFrame(HEIGHT / 2 / (n + 90 + _PAD[1]))
    reach = max(n - s, e - w, 5.0)
    parts = [main] + [shifted for p in own.polygons if p is not main
                      if _near(_bounds((shifted := _shift(p, (w + e) / 2))[0]),
                               (w - reach, s - reach, e + reach, n + reach))]
    for ring in (p[0] for p in parts):
        w2, s2, e2, n2 = _bounds(ring)
        w, s, e, n = min(w, w2), min(s, s2), max(e, e2), max(n, n2)
    if point is not None:
        lon = _wrap(point[0], (w + e) / 2)
        w, s, e, n = min(w, lon), min(s, point[1]), max(e, lon), max(n, point[1])
    cos = max(math.cos(math.radians((s + n) / 2)), 0.2)
    pad = max(_PAD[0] * max(n - s, (e - w) * cos), _PAD[1])
    height = max(n - s + 2 * pad, ((e - w) * cos + 2 * pad) * HEIGHT / WIDTH)
    north = min(max((s + n + height) / 2, height - 90), 90)
    west = (w + e) / 2 - height * WIDTH / HEIGHT / cos / 2
    return Frame(west, north, HEIGHT / height, cos)


def _main(polygons: Sequence[tuple[Ring, ...]], point: Point | None) -> tuple[Ring, ...]:
    if point is not None:
        for polygon in polygons:
            if _inside(_shift(polygon, point[0])[0], (_wrap(point[0], point[0]), point[1])):
                return _shift(polygon, point[0])
    largest = max(polygons, key=lambda p: _area(p[0]))
    return _shift(largest, point[0]) if point is not None else largest


def _inside(ring: Ring, point: Point) -> bool:
    """Whether a point lies inside a ring (even–odd rule)."""
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _area(ring: Ring) -> float:
    """A ring's area in square degrees of latitude (longitude shrunk by the cosine)."""
    return _flat_area(ring) * math.cos(math.radians(sum(p[1] for p in ring) / len(ring)))


def _bounds(ring: Ring) -> tuple[float, float, float, float]:
    lons, lats = [p[0] for p in ring], [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _near(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _on_map(x: float, y: float, margin: float = 8) -> bool:
    """Whether a point in px lies on the map, ``margin`` px in from its edges."""
    return margin <= x <= WIDTH - margin and margin <= y <= HEIGHT - margin


def _wrap(lon: float, centre: float) -> float:
    """``lon`` moved by whole turns to lie within 180° of ``centre``."""
    return lon - 360 * round((lon - centre) / 360)


def _shift(polygon: tuple[Ring, ...], centre: float) -> tuple[Ring, ...]:
    """A polygon moved by whole turns so that its middle is within 180° of ``centre``."""
    w, _, e, _ = _bounds(polygon[0])
    turn = _wrap((w + e) / 2, centre) - (w + e) / 2
    return polygon if not turn else tuple([(x + turn, y) for x, y in r] for r in polygon)


# drawing --------------------------------------------------------------------------


def _reaching(box: tuple[float, float, float, float], outline: Outline,
              ) -> Iterator[tuple[tuple[Ring, ...], float, bool]]:
    """The outline's polygons that reach a box, each with the whole turns of longitude
    that bring it there and whether it then lies wholly inside the box."""
    west, south, east, north = outline.extent  # most outlines are far from the map
    turns = [turn for turn in (-360.0, 0.0, 360.0)
             if _near((west + turn, south, east + turn, north), box)]
    for polygon, (w, s, e, n) in zip(outline.polygons, outline.bounds, strict=True):
        for turn in turns:
            if _near((w + turn, s, e + turn, n), box):
                yield polygon, turn, (box[0] <= w + turn and e + turn <= box[2]
                                      and box[1] <= s and n <= box[3])


def _path(frame: Frame | PolarFrame, outline: Outline, tolerance: float = 0.5,
          least: float = 0) -> tuple[str, float]:
    """SVG path data of the outline's parts in the frame, clipped, simplified to
    ``tolerance`` px, and the square pixels they cover (holes are rare and small, and
    counted as land); rings under ``least`` square pixels are left out."""
    data, area = [], 0.0
    for polygon, turn, inside in _reaching(frame.box, outline):
        for ring in polygon:  # a polygon inside the map (its holes too) is not cut
            moved = [(x + turn, y) for x, y in ring] if turn else ring
            points = douglas_peucker(frame.drawn(moved, inside), tolerance)
            if len(points) >= 3 and _flat_area(points) >= least:
                ring_data, ring_area = _ring_path(points)
                data.append(ring_data)
                area += ring_area
    return "".join(data), area


def _projected(frame: Frame | PolarFrame, outline: Outline) -> list[Ring]:
    """The outer rings of the outline's polygons that reach the frame, in px, unclipped."""
    return [[frame.project(x + turn, y) for x, y in polygon[0]]
            for polygon, turn, _ in _reaching(frame.box, outline)]


def _dots(rings: list[Ring]) -> str:
    """A dot for each of a territory's islands too small to draw (Tuvalu's atolls), one a
    pixel, from its outer rings in px."""
    seen = set()
    for ring in rings:
        if _flat_area(ring) < _DOT:
            xs, ys = [p[0] for p in ring], [p[1] for p in ring]
            seen.add((round((min(xs) + max(xs)) / 2), round((min(ys) + max(ys)) / 2)))
    return "".join(f'<circle cx="{x}" cy="{y}" r="1.5"/>' for x, y in sorted(seen))


def _flat_area(ring: Sequence[Point]) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2)
                   in zip(ring, [*ring[1:], ring[0]], strict=True))) / 2


def _ring_path(points: Ring) -> tuple[str, float]:
    """A ring as SVG path data, and the square pixels it covers ("", 0 when it is less
    than a triangle). Points are rounded to a tenth of a pixel; the first is written as
    it is and each next one as the step from the last ("M12.5 40l.3-1.2 2 0z"), short
    numbers that make a map about a third smaller than whole coordinates."""
    tenths: list[tuple[int, int]] = []
    for x, y in points:
        point = (round(x * 10), round(y * 10))
        if not tenths or point != tenths[-1]:
            tenths.append(point)
    if len(tenths) > 1 and tenths[-1] == tenths[0]:
        tenths.pop()  # the path's close draws that side
    if len(tenths) < 3:
        return "", 0.0
    steps = [n for (x0, y0), (x1, y1) in itertools.pairwise(tenths) for n in (x1 - x0, y1 - y0)]
    data = f"M{_numbers(tenths[0])}l{_numbers(steps)}z"
    return data, _flat_area(tenths) / 100


def _numbers(tenths: Iterable[int]) -> str:
    """Tenths as SVG numbers, as short as the path grammar reads them: "-.5 12 3.4"."""
    out: list[str] = []
    for n in tenths:
        whole, tenth = divmod(abs(n), 10)
        text = str(whole) if not tenth else f"{whole}.{tenth}" if whole else f".{tenth}"
        out.append(("-" if n < 0 else " " if out else "") + text)
    return "".join(out)


def _clip(ring: Ring, box: tuple[float, float, float, float]) -> Ring:
    """A ring cut to a box (Sutherland–Hodgman): edges along the box lie outside the map."""
    west, south, east, north = box
    edges = ((0, west, True), (0, east, False), (1, south, True), (1, north, False))
    for axis, limit, low in edges:
        if not ring:
            break
        kept: Ring = []
        for a, b in zip([ring[-1], *ring[:-1]], ring, strict=True):
            a_in, b_in = (a[axis] >= limit) == low, (b[axis] >= limit) == low
            if a_in != b_in:
                t = (limit - a[axis]) / (b[axis] - a[axis])
                kept.append((a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])))
            if b_in:
                kept.append(b)
        ring = kept
    return ring


# the KB's outlines ----------------------------------------------------------------


@lru_cache(maxsize=4)
def outlines(kb: KB) -> dict[str, Outline]:
    """Every territory's outline, by place id, read once per KB (one indexed query)."""
    version = versions(kb).get(SOURCE.name, "")
    rows = kb.db.execute("SELECT place, key, value, text, field FROM facts "
                         "WHERE topic = 'outline' AND source = ? ORDER BY place", (SOURCE.name,))
    found = {}
    for place, key, value, text, field in rows:
        data: dict[str, Any] = orjson.loads(value)
        polygons = tuple(tuple([(float(x), float(y)) for x, y in ring] for ring in polygon)
                         for polygon in data["polygons"])
        fact = FactRow(place, "outline", key, data, text, SourceRef(SOURCE.name, version, field))
        bounds = tuple(_bounds(p[0]) for p in polygons)
        w, s, e, n = zip(*bounds, strict=True)
        found[place] = Outline(place, polygons, bounds, (min(w), min(s), max(e), max(n)), fact,
                               tuple(data.get("members", ())))
    return found
