"""Locator maps: outlines from countryinfo in the KB, drawn as a small inline SVG on the
territory guide's "Place in the world" section and the city guide's "At a glance"."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest

from loci.guides import Guide, compose, maps
from loci.guides.model import Chart
from loci.kb import KB

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"
SHADE = "#2f6b9a"  # a territory's own fill
Point = tuple[float, float]


def guide(kb: KB, place_id: str) -> Guide:
    return compose(kb, kb.lookup(place_id), now=CLOCK)


def map_of(g: Guide) -> Chart | None:
    found = [c for s in g.sections for c in s.charts if c.id == "map"]
    assert len(found) <= 1
    return found[0] if found else None


def rings(path: str) -> list[list[Point]]:
    """The rings of SVG path data as loci writes it: "M x y x y ...Z" per ring."""
    out = []
    for ring in path.split("Z"):
        numbers = [float(n) for n in ring.removeprefix("M").split()]
        if numbers:
            out.append(list(zip(numbers[::2], numbers[1::2], strict=True)))
    return out


def inside(point: Point, polygon_rings: list[list[Point]]) -> bool:
    """Even–odd rule over all the rings."""
    x, y = point
    crossings = 0
    for ring in polygon_rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def test_outlines_of_china_and_belarus_are_stored_small(kb: KB) -> None:
    for place_id, most in (("CN", 400), ("BY", 100)):
        (fact,) = kb.facts(place_id, "outline")
        assert fact.source.dataset == "countryinfo" and fact.key == "outline"
        points = [p for polygon in fact.value["polygons"] for ring in polygon for p in ring]
        assert 20 <= len(points) <= most
        assert all(len(p) == 2 and round(p[0], 2) == p[0] for p in points)
    lons = [p[0] for ring in kb.facts("BY", "outline")[0].value["polygons"][0] for p in ring]
    assert 23 < min(lons) < 24 and 32 < max(lons) < 33  # Belarus: 23.2° E to 32.8° E
    total = kb.db.execute("SELECT sum(length(value)) FROM facts WHERE topic = 'outline'")
    assert total.fetchone()[0] < 200_000  # every outline together, in bytes


def test_belarus_map_shows_its_outline_shaded_among_its_neighbours(kb: KB) -> None:
    chart = map_of(guide(kb, "BY"))
    assert chart is not None and chart.bars == ()
    root = ET.fromstring(chart.svg)
    assert root.get("role") == "img" and root.get("aria-label") == chart.title
    assert chart.title == "Belarus on a map of its region"
    assert root.findtext(f"{SVG}title") == chart.title
    shaded = [p for p in root.iter(f"{SVG}path") if p.get("fill") == SHADE]
    assert len(shaded) == 1
    # The shaded shape is Belarus's outline in the map's projection, to a pixel.
    frame, _ = maps.frame_for(maps.outlines(kb)["BY"])
    outline = kb.facts("BY", "outline")[0].value["polygons"][0][0]
    xs, ys = zip(*(frame.project(lon, lat) for lon, lat in outline), strict=True)
    drawn = [p for ring in rings(shaded[0].get("d", "")) for p in ring]
    box = [min(x for x, _ in drawn), min(y for _, y in drawn),
           max(x for x, _ in drawn), max(y for _, y in drawn)]
    assert all(abs(a - b) < 1 for a, b in zip(box, [min(xs), min(ys), max(xs), max(ys)],
                                              strict=True))
    neighbours = {p.findtext(f"{SVG}title") for p in root.iter(f"{SVG}path")}
    assert {"Latvia", "Lithuania", "Poland", "Russia", "Ukraine"} <= neighbours
    assert chart.alt == ("Belarus is shaded; around it are Latvia, Lithuania, Poland, Russia "
                         "and Ukraine.")
    assert {f.source.dataset for f in chart.facts} == {"countryinfo"}


def test_anshan_is_a_dot_inside_china_at_its_coordinates(kb: KB) -> None:
    g = guide(kb, "2038632")
    chart = map_of(g)
    assert chart is not None and chart.title == "Anshan on a map of China"
    root = ET.fromstring(chart.svg)
    (dot,) = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "4"]
    x, y = float(dot.get("cx", "")), float(dot.get("cy", ""))
    frame, _ = maps.frame_for(maps.outlines(kb)["CN"])
    want = frame.project(g.place.lon or 0, g.place.lat or 0)
    assert abs(x - want[0]) <= 0.05 and abs(y - want[1]) <= 0.05
    (china,) = [p for p in root.iter(f"{SVG}path") if p.get("fill-rule") == "evenodd"]
    assert inside((x, y), rings(china.get("d", "")))
    # and in China's stored outline, in longitude and latitude
    polygons = kb.facts("CN", "outline")[0].value["polygons"]
    lon_lat = [[(p[0], p[1]) for p in ring] for polygon in polygons for ring in polygon]
    assert inside((g.place.lon or 0, g.place.lat or 0), lon_lat)
    assert {"countryinfo", "geonames"} <= {f.source.dataset for f in chart.facts}
    assert "countryinfo" in {s.dataset for s in g.sources}


@pytest.mark.parametrize("place_id", ["SH-TA", "AN", "CS", "HU"])
def test_places_countryinfo_has_no_outline_of_get_no_map(kb: KB, place_id: str) -> None:
    # Tristan da Cunha, the dissolved Netherlands Antilles and Serbia and Montenegro, and
    # Hungary, whose countryinfo file has an empty outline
    assert not kb.facts(place_id, "outline")
    assert map_of(guide(kb, place_id)) is None


def test_a_city_of_a_country_without_an_outline_gets_no_map(kb: KB) -> None:
    budapest = next(p for p in kb.places(("city",), country="HU") if p.name == "Budapest")
    assert map_of(guide(kb, budapest.id)) is None


def test_every_map_is_well_formed_small_and_the_same_every_time(kb: KB) -> None:
    first = {p.id: c.svg for p in kb.places() if (c := map_of(guide(kb, p.id)))}
    assert len(first) >= 150
    sizes = sorted(len(gzip.compress(svg.encode())) for svg in first.values())
    assert sizes[len(sizes) // 2] < 2_000 and sizes[-1] < 12_000  # gzipped: median, largest
    for svg in first.values():
        assert ET.fromstring(svg).tag == f"{SVG}svg"
        assert "<text" not in svg and "href" not in svg  # nothing to scale, nothing fetched
    maps.outlines.cache_clear()
    maps._base.cache_clear()  # draw again from the KB, not from the cache
    again = {p: map_of(guide(kb, p)) for p in ("CN", "BY", "RU", "US")}
    assert {p: c.svg for p, c in again.items() if c} == {p: first[p] for p in again}


def test_names_are_escaped(kb: KB) -> None:
    chart = map_of(guide(kb, "TT"))
    assert chart is not None and "Trinidad &amp; Tobago" in chart.svg
    assert re.search(r"&(?!amp;|lt;|gt;|quot;|#)", chart.svg) is None
    ET.fromstring(chart.svg)
