"""Distances and directions: "A is N km southeast of B", against the great circle."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import NAME, POSSESSIVE, Lazy
from loci.kb import PlaceRow
from loci.places.geo import (
    COMPASS,
    bearing,
    compass_index,
    haversine_km,
    parse_direction,
    steps_apart,
)

_DIR = (r"(?P<dir>(?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?(?:ern)?|"
        r"N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW)")
_NUM = r"(?P<n>\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s*(?P<unit>km|kilometres|kilometers|mi|miles)\b"
_ABOUT = (r"(?:(?:about|around|some|roughly|approximately|just|only|nearly|almost|barely|"
          r"over|under|less\s+than|more\s+than)\s+)?")
_REL = rf"(?:\s+\([^()]{{0,30}}\))?\s+(?:(?:to\s+the\s+)?{_DIR}\s+of|(?:away\s+)?from)\s+"
_PATTERNS = Lazy(
    (rf"(?P<a>{NAME})\s*,?\s+(?:is|lies|sits|stands|is\s+located|is\s+situated|"
     rf"located|situated)\s+{_ABOUT}{_NUM}{_REL}(?P<b>{NAME})"),
    (rf"(?P<a>{NAME})\s*,\s+{_ABOUT}{_NUM}{_REL}(?P<b>{NAME})"),
    (rf"\b{_NUM}{_REL}(?P<b>{NAME})(?:{POSSESSIVE}(?:\s+[\w-]+){{0,3}})?\s*,?\s+"
     rf"(?:lies|sits|stands|is)\s+(?:the\s+)?(?P<a>{NAME})"),
    (rf"\b(?P<a>{NAME})\s+and\s+(?P<b>{NAME})\s+(?:are|lie)\s+{_ABOUT}{_NUM}\s+apart"),
)
_KINDS = ("city",)
_ANY_DISTANCE = re.compile(r"\d\s*(?:km|kilomet|mi\b|miles)")
TOLERANCE = 0.2  # of the true distance
MIN_TOLERANCE_KM = 10.0
_UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "mi": 1.609344, "miles": 1.609344}


@dataclass(frozen=True, slots=True)
class _Claim:
    a: str
    b: str
    km: float
    direction: int | None
    span: tuple[int, int]  # the distance as written
    dir_span: tuple[int, int] | None


@rule("LC301", "wrong-distance", "distance", "error")
def wrong_distance(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A distance between two places that the map contradicts.

    Why: "30 km from the capital" tells a traveller whether a day trip is
    possible; a drafting tool guesses, the coordinates know.

    Example:
        Anshan lies 30 km southwest of Shenyang.

    Instead:
        Anshan lies about 90 km southwest of Shenyang.

    Data: GeoNames coordinates of both cities; the great-circle distance with
    a tolerance of 20% or 10 km, whichever is larger (roads are longer than
    the straight line). Where a name fits several cities, the pair that best
    fits the claim is used.
    """
    for _, claim, pair in _resolved(doc, know):
        if pair is None:
            yield Hit(*claim.span, f"cannot locate both {claim.a} and {claim.b}", decided=False)
            continue
        a, b = pair
        true_km = _distance(a, b)
        if abs(true_km - claim.km) > max(TOLERANCE * true_km, MIN_TOLERANCE_KM):
            yield Hit(*claim.span, f"{a.name} is {true_km:,.0f} km from {b.name}, not "
                      f"{claim.km:,.0f} km", f"about {_round(true_km)} km",
                      _evidence(know, a, b, true_km))


@rule("LC302", "wrong-direction", "distance", "error")
def wrong_direction(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A compass direction between two places that the map contradicts.

    Why: "southeast of" sends a reader the wrong way on a map; the
    coordinates settle it.

    Example:
        Anshan lies 90 km northeast of Shenyang.

    Instead:
        Anshan lies 90 km southwest of Shenyang.

    Data: GeoNames coordinates; the initial great-circle bearing from the
    second place to the first, with a tolerance of one step of the 16-point
    compass.
    """
    for _, claim, pair in _resolved(doc, know):
        if pair is None or claim.direction is None or claim.dir_span is None:
            continue
        a, b = pair
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        degrees = bearing(b.lat, b.lon, a.lat, a.lon)
        actual = compass_index(degrees)
        if steps_apart(actual, claim.direction) > 1:
            yield Hit(*claim.dir_span, f"{a.name} lies {COMPASS[actual]} of {b.name} "
                      f"(bearing {degrees:.0f}°), not {COMPASS[claim.direction]}",
                      COMPASS[actual], _evidence(know, a, b, _distance(a, b)))


def _resolved(doc: Document, know: Knowledge) -> Iterator[
        tuple[Sentence, _Claim, tuple[PlaceRow, PlaceRow] | None]]:
    if "distance-claims" not in doc.memo:
        found = []
        for sentence in doc.sentences:
            if not _ANY_DISTANCE.search(sentence.text):
                continue
            for claim in _claims(sentence):
                found.append((sentence, claim, _pair(know, claim)))
        doc.memo["distance-claims"] = found
    yield from doc.memo["distance-claims"]


def _claims(sentence: Sentence) -> Iterator[_Claim]:
    seen: set[int] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence.text):
            if m.start("n") in seen:
                continue
            seen.add(m.start("n"))
            groups = m.groupdict()
            direction = parse_direction(groups["dir"]) if groups.get("dir") else None
            dir_span = (sentence.start + m.start("dir"), sentence.start + m.end("dir")) \
                if groups.get("dir") else None
            value = float(m.group("n").replace(",", "")) * _UNITS[m.group("unit")]
            span = (sentence.start + m.start("n"), sentence.start + m.end("unit"))
            yield _Claim(m.group("a"), m.group("b"), value, direction, span, dir_span)


def _pair(know: Knowledge, claim: _Claim) -> tuple[PlaceRow, PlaceRow] | None:
    """The two places, choosing among namesakes the pair that best fits the claim."""
    a_options = _located(know, claim.a)
    b_options = _located(know, claim.b)
    pairs = [(a, b) for a, b in product(a_options, b_options) if a.id != b.id]
    if not pairs:
        return None
    return min(pairs, key=lambda p: abs(_distance(*p) - claim.km))


def _located(know: Knowledge, name: str) -> list[PlaceRow]:
    name = re.sub(r"['’]s$", "", name)
    places = [m.place for m in know.exact(name, _KINDS)[:5]]
    return [p for p in places if p.lat is not None and p.lon is not None]


def _distance(a: PlaceRow, b: PlaceRow) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _round(value: float) -> str:
    step = 5 if value < 200 else 10 if value < 1000 else 50
    return f"{round(value / step) * step:,}"


def _evidence(know: Knowledge, a: PlaceRow, b: PlaceRow, distance: float) -> Evidence:
    return Evidence(f"{a.name} ({a.lat:.3f}, {a.lon:.3f}) and {b.name} ({b.lat:.3f}, "
                    f"{b.lon:.3f}): {distance:,.0f} km apart", know.source("geonames"))
