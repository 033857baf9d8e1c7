"""Locator maps: outlines from Natural Earth in the KB, drawn as a small inline SVG on the
territory guide's "Place in the world" section and the city guide's "At a glance"."""

from __future__ import annotations

import gzip
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import pytest
from svgelements import Close
from svgelements import Path as SVGPath

from loci.guides import Guide, compose, maps
from loci.guides.model import Chart
from loci.kb import KB

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
SVG = "{http://www.w3.org/2000/svg}"
SHADE = "#2f6b9a"  # a territory's own fill
MARK = "#b3261e"  # the circle or box around a territory too small to see
# Territory-level places without a map: dissolved states whose land is not that of
# territories today (East Germany was part of today's Germany, the Ottoman Empire's
# borders were never today's).
UNDRAWN = {"DD", "PZ", "VD", "YD", "austria-hungary", "british-india", "central-america",
           "gran-colombia", "north-yemen", "ottoman-empire", "prussia", "south-vietnam",
           "west-germany", "west-indies-federation"}
Point = tuple[float, float]


def guide(kb: KB, place_id: str) -> Guide:
    return compose(kb, kb.lookup(place_id), now=CLOCK)


def map_of(g: Guide) -> Chart | None:
    found = [c for s in g.sections for c in s.charts if c.id == "map"]
    assert len(found) <= 1
    return found[0] if found else None


def rings(path: str) -> list[list[Point]]:
    """The rings of SVG path data, each its points, as an SVG library reads the path."""
    return [[(seg.end.x, seg.end.y) for seg in sub if not isinstance(seg, Close)]
            for sub in SVGPath(path).as_subpaths()]


def inside(point: Point, polygon_rings: list[list[Point]]) -> bool:
    """Even–odd rule over all the rings."""
    x, y = point
    crossings = 0
    for ring in polygon_rings:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def marks(root: ET.Element) -> list[ET.Element]:
    return [e for e in root if e.get("stroke") == MARK]


def shaded_points(root: ET.Element) -> list[Point]:
    """The points of the territory's shading: its path's rings and its dots."""
    (shaded,) = [p for p in root.iter(f"{SVG}path") if p.get("fill") == SHADE]
    dots = [(float(c.get("cx", "")), float(c.get("cy", ""))) for g in root.iter(f"{SVG}g")
            if g.get("fill") == SHADE for c in g]
    return [p for ring in rings(shaded.get("d", "")) for p in ring] + dots


def test_outlines_of_china_and_belarus_are_stored_small(kb: KB) -> None:
    for place_id, most in (("CN", 700), ("BY", 200)):
        (fact,) = kb.facts(place_id, "outline")
        assert fact.source.dataset == "naturalearth" and fact.key == "outline"
        points = [p for polygon in fact.value["polygons"] for ring in polygon for p in ring]
        assert 20 <= len(points) <= most
        assert all(len(p) == 2 and round(p[0], 2) == p[0] for p in points)
    lons = [p[0] for ring in kb.facts("BY", "outline")[0].value["polygons"][0] for p in ring]
    assert 23 < min(lons) < 24 and 32 < max(lons) < 33  # Belarus: 23.2° E to 32.8° E
    total = kb.db.execute("SELECT sum(length(value)) FROM facts WHERE topic = 'outline'")
    assert total.fetchone()[0] < 1_000_000  # every outline together, in bytes (about 860 KB)


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
    frame = maps.frame_for(maps.outlines(kb)["BY"])
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
    assert {f.source.dataset for f in chart.facts} == {"naturalearth"}


def test_antarctica_is_seen_from_the_south_pole(kb: KB) -> None:
    chart = map_of(guide(kb, "AQ"))
    assert chart is not None
    root = ET.fromstring(chart.svg)
    (shaded,) = [p for p in root.iter(f"{SVG}path") if p.get("fill") == SHADE]
    antarctica = rings(shaded.get("d", ""))
    frame = maps.frame_for(maps.outlines(kb)["AQ"])
    pole = frame.project(0, -90)
    assert pole == (maps.WIDTH / 2, maps.HEIGHT / 2) and inside(pole, antarctica)
    # the Antarctic Peninsula points to South America, at the top left
    tip = frame.project(-57.0, -63.3)
    assert tip[0] < pole[0] and tip[1] < pole[1]
    assert any(abs(x - tip[0]) < 6 and abs(y - tip[1]) < 6 for ring in antarctica
               for x, y in ring)
    points = [p for ring in antarctica for p in ring]
    assert all(0 <= x <= maps.WIDTH and 0 <= y <= maps.HEIGHT for x, y in points)
    assert min(y for _, y in points) > 10 and max(y for _, y in points) < maps.HEIGHT - 10
    # what is around it is what is near it, not the largest lands of a world map
    assert chart.alt.startswith("Antarctica is shaded; around it are Argentina, Chile")
    assert "Indonesia" not in chart.alt and "Brazil" not in chart.alt


def test_anshan_is_a_dot_inside_china_at_its_coordinates(kb: KB) -> None:
    g = guide(kb, "2038632")
    chart = map_of(g)
    assert chart is not None and chart.title == "Anshan on a map of China"
    root = ET.fromstring(chart.svg)
    (dot,) = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "4"]
    x, y = float(dot.get("cx", "")), float(dot.get("cy", ""))
    frame = maps.frame_for(maps.outlines(kb)["CN"])
    want = frame.project(g.place.lon or 0, g.place.lat or 0)
    assert abs(x - want[0]) <= 0.05 and abs(y - want[1]) <= 0.05
    (china,) = [p for p in root.iter(f"{SVG}path") if p.get("fill-rule") == "evenodd"]
    assert inside((x, y), rings(china.get("d", "")))
    # and in China's stored outline, in longitude and latitude
    polygons = kb.facts("CN", "outline")[0].value["polygons"]
    lon_lat = [[(p[0], p[1]) for p in ring] for polygon in polygons for ring in polygon]
    assert inside((g.place.lon or 0, g.place.lat or 0), lon_lat)
    assert {"naturalearth", "geonames"} <= {f.source.dataset for f in chart.facts}
    assert "naturalearth" in {s.dataset for s in g.sources}


def test_hungary_is_drawn_among_its_seven_neighbours(kb: KB) -> None:
    # countryinfo's file for Hungary had an empty outline: Natural Earth's is whole
    (fact,) = kb.facts("HU", "outline")
    lons, lats = zip(*fact.value["polygons"][0][0], strict=True)
    assert 16.0 < min(lons) < 16.3 and 22.8 < max(lons) < 23.0  # 16.1° E to 22.9° E
    assert 45.6 < min(lats) < 45.9 and 48.5 < max(lats) < 48.7  # 45.7° N to 48.6° N
    chart = map_of(guide(kb, "HU"))
    assert chart is not None and chart.title == "Hungary on a map of its region"
    assert chart.alt == ("Hungary is shaded; around it are Austria, Croatia, Romania, Serbia, "
                         "Slovakia, Slovenia and Ukraine.")
    assert not marks(ET.fromstring(chart.svg))  # large enough to see


def test_budapest_is_a_dot_inside_hungary(kb: KB) -> None:
    budapest = next(p for p in kb.places(("city",), country="HU") if p.name == "Budapest")
    chart = map_of(guide(kb, budapest.id))
    assert chart is not None and chart.title == "Budapest on a map of Hungary"
    root = ET.fromstring(chart.svg)
    (dot,) = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "4"]
    (hungary,) = [p for p in root.iter(f"{SVG}path") if p.get("fill-rule") == "evenodd"]
    assert inside((float(dot.get("cx", "")), float(dot.get("cy", ""))),
                  rings(hungary.get("d", "")))


@pytest.mark.parametrize(("place_id", "where", "neighbours"), [
    ("SG", (103.82, 1.35), "around it are Indonesia and Malaysia"),  # 730 km²
    ("VA", (12.453, 41.904), "around it is Italy"),  # 0.44 km², inside Rome
    ("MO", (113.55, 22.17), "around it are China, Hong Kong, Taiwan and Vietnam"),
])
def test_a_city_state_is_circled_where_it_lies(kb: KB, place_id: str, where: Point,
                                               neighbours: str) -> None:
    chart = map_of(guide(kb, place_id))
    assert chart is not None and chart.alt.endswith(f"; {neighbours}.")
    root = ET.fromstring(chart.svg)
    (circle,) = marks(root)
    assert circle.tag == f"{SVG}circle" and circle.get("r") == "12"
    x, y = float(circle.get("cx", "")), float(circle.get("cy", ""))
    assert all(abs(px - x) < 12 and abs(py - y) < 12 for px, py in shaded_points(root))
    # the circle is where the place is
    frame = maps.frame_for(maps.outlines(kb)[place_id])
    want = frame.project(*where)
    assert abs(want[0] - x) < 6 and abs(want[1] - y) < 6


def test_vatican_city_keeps_a_shape_to_circle(kb: KB) -> None:
    (fact,) = kb.facts("VA", "outline")
    ((ring,),) = fact.value["polygons"]
    assert len(ring) >= 4  # not rounded away: kept to 0.0001°
    assert all(12.44 < lon < 12.46 and 41.89 < lat < 41.91 for lon, lat in ring)


def test_tuvalus_atolls_are_dots_in_a_box(kb: KB) -> None:
    # nine atolls over 600 km, none of them a pixel across on the map
    (fact,) = kb.facts("TV", "outline")
    assert len(fact.value["polygons"]) >= 6
    chart = map_of(guide(kb, "TV"))
    assert chart is not None and chart.title == "Tuvalu on a map of its region"
    root = ET.fromstring(chart.svg)
    (box,) = marks(root)
    assert box.tag == f"{SVG}rect"
    left, top = float(box.get("x", "")), float(box.get("y", ""))
    right, bottom = left + float(box.get("width", "")), top + float(box.get("height", ""))
    dots = [c for g in root.iter(f"{SVG}g") if g.get("fill") == SHADE for c in g]
    assert len(dots) >= 5
    for x, y in shaded_points(root):
        assert left < x < right and top < y < bottom


@pytest.mark.parametrize(("place_id", "lead"), [
    ("PN", "The Pitcairn Islands are shaded"),  # a group of islands: "are"
    ("BS", "The Bahamas is shaded"),  # one country, a plural name: "is"
    ("SU", "The Soviet Union is shaded"),  # a dissolved state takes "the" too
])
def test_a_maps_caption_says_the_name_as_prose_does(kb: KB, place_id: str, lead: str) -> None:
    chart = map_of(guide(kb, place_id))
    assert chart is not None and chart.alt.startswith(lead)


def test_a_city_in_a_group_of_islands_is_in_them(kb: KB) -> None:
    (city,) = [c for c in kb.places(("city",), country="KY", min_population=20_000)][:1]
    chart = map_of(guide(kb, city.id))
    assert chart is not None
    assert chart.alt.startswith(f"A dot marks {city.name} in the Cayman Islands, which are "
                                "shaded")


def test_guadeloupe_is_cut_from_frances_unit(kb: KB) -> None:
    (fact,) = kb.facts("GP", "outline")
    assert fact.source.field.startswith("ne_10m_admin_0_countries_deu.shp > FRA, the polygons")
    points = [p for polygon in fact.value["polygons"] for p in polygon[0]]
    assert all(-61.9 < lon < -61.0 and 15.8 < lat < 16.6 for lon, lat in points)
    # France keeps its overseas departments; its map is of France in Europe
    france = kb.facts("FR", "outline")[0].value["polygons"]
    assert any(polygon[0][0] == points[0] for polygon in france)
    chart = map_of(guide(kb, "GP"))  # the map alone makes the section: no other statement
    assert chart is not None and "Dominica" in chart.alt.split("around it are ")[1]
    assert "France" not in chart.alt  # its outline holds Guadeloupe: it is not around it


def test_the_united_states_has_hawaii_and_honolulu_is_a_dot_in_it(kb: KB) -> None:
    polygons = kb.facts("US", "outline")[0].value["polygons"]
    lon_lat = [[(p[0], p[1]) for p in polygon[0]] for polygon in polygons]
    assert any(inside((-157.98, 21.48), [ring]) for ring in lon_lat)  # the middle of Oʻahu
    honolulu = next(p for p in kb.places(("city",), country="US") if p.name == "Honolulu")
    chart = map_of(guide(kb, honolulu.id))
    assert chart is not None
    root = ET.fromstring(chart.svg)
    (dot,) = [c for c in root.iter(f"{SVG}circle") if c.get("r") == "4"]
    x, y = float(dot.get("cx", "")), float(dot.get("cy", ""))
    assert 8 < x < 292 and 8 < y < 192


def test_palestine_is_the_west_bank_and_gaza(kb: KB) -> None:
    polygons = kb.facts("PS", "outline")[0].value["polygons"]
    assert len(polygons) == 2
    west_bank = [(p[0], p[1]) for p in max(polygons, key=lambda p: len(p[0]))[0]]
    assert inside((35.2, 31.9), [west_bank])  # Ramallah
    gaza = [(p[0], p[1]) for p in min(polygons, key=lambda p: len(p[0]))[0]]
    assert inside((34.45, 31.5), [gaza])  # Gaza City


def test_the_soviet_union_is_drawn_as_its_successors_and_says_so(kb: KB) -> None:
    (fact,) = kb.facts("SU", "outline")
    members = fact.value["members"]
    assert len(members) == 15 and {"RU", "UA", "KZ", "EE"} <= set(members)
    count = sum(len(kb.facts(m, "outline")[0].value["polygons"]) for m in members)
    assert len(fact.value["polygons"]) <= count
    chart = map_of(guide(kb, "SU"))
    assert chart is not None
    assert chart.alt.startswith(
        "The Soviet Union is shaded, drawn as the land of today's Armenia, ")
    assert "; around it are Afghanistan, China, Finland, " in chart.alt
    # and it is never drawn as land on another map
    belarus = map_of(guide(kb, "BY"))
    assert belarus is not None and ">Soviet Union<" not in belarus.svg


@pytest.mark.parametrize("place_id", ["DD", "ottoman-empire", "gran-colombia"])
def test_a_dissolved_state_whose_land_is_not_todays_gets_no_map(kb: KB, place_id: str) -> None:
    assert not kb.facts(place_id, "outline")
    assert map_of(guide(kb, place_id)) is None


def test_every_territory_but_the_undrawn_states_has_a_map(kb: KB) -> None:
    territories = {p.id for p in kb.places(("country", "territory", "historic"))}
    drawn = {p for p, in kb.db.execute("SELECT place FROM facts WHERE topic = 'outline'")}
    assert territories - drawn == UNDRAWN
    assert len(drawn) >= 266  # 173 when countryinfo drew them


def test_every_map_is_well_formed_small_and_the_same_every_time(kb: KB) -> None:
    first = {p.id: c.svg for p in kb.places() if (c := map_of(guide(kb, p.id)))}
    assert set(first) == {p.id for p in kb.places()} - UNDRAWN
    sizes = sorted(len(gzip.compress(svg.encode())) for svg in first.values())
    assert sizes[len(sizes) // 2] < 2_000 and sizes[-1] < 11_000  # gzipped: median, largest
    for svg in first.values():
        assert ET.fromstring(svg).tag == f"{SVG}svg"
        assert "<text" not in svg and "href" not in svg  # nothing to scale, nothing fetched
    maps.outlines.cache_clear()
    maps._base.cache_clear()  # draw again from the KB, not from the cache
    again = {p: map_of(guide(kb, p)) for p in ("CN", "BY", "RU", "US", "SU", "TV")}
    assert {p: c.svg for p, c in again.items() if c} == {p: first[p] for p in again}


def test_names_are_escaped(kb: KB) -> None:
    chart = map_of(guide(kb, "TT"))
    assert chart is not None and "Trinidad &amp; Tobago" in chart.svg
    assert re.search(r"&(?!amp;|lt;|gt;|quot;|#)", chart.svg) is None
    ET.fromstring(chart.svg)
