"""Readers for the Factbook's Introduction, Geography and People and Society fields.

Each reader gets one field's JSON node and its path, parses it and adds facts,
notes and problems to an :class:`Out`; a :class:`ParseError` it raises becomes
a problem naming the field.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from loci.sources.factbook.government import parse_capitals
from loci.sources.factbook.out import Out, Part, Reader, base_name, text_of
from loci.sources.factbook.parse import (
    Border,
    first_labelled,
    parse_area,
    parse_borders,
    parse_coordinates,
    parse_features,
    parse_length,
    parse_nationality,
    parse_population,
    parse_urban_areas,
    title_case,
)
from loci.sources.factbook.shares import parse_shares
from loci.sources.factbook.text import ParseError, clean, is_note, paragraphs, year_of
from loci.text import normalize, slugify


def background(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        text = paragraphs(raw)
        out.fact("background", "background", text, text, path)


def location(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        out.fact("location", "location", clean(raw), clean(raw), path)
    out.notes("location", node.get("note"), path)


def coordinates(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        body, label = first_labelled(raw)
        lat, lon = parse_coordinates(body)
        text = f"{clean(body)} ({label})" if label else clean(body)
        out.fact("location", "coordinates", {"lat": lat, "lon": lon}, text, path)


def area(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    out.notes("location", node.get("note"), path)
    total = text_of(node.get("total ")) or text_of(node.get("total"))  # the key has a space
    land, water = text_of(node.get("land")), text_of(node.get("water"))
    if total or land or water:
        value = {
            "total_km2": parse_area(total) if total else None,
            "land_km2": parse_area(land) if land else None,
            "water_km2": parse_area(water) if water else None,
        }
        parts = [f"total {clean(total)}" if total else ""]
        parts += [f"land {clean(land)}" if land else "", f"water {clean(water)}" if water else ""]
        out.fact("location", "area", value, "; ".join(p for p in parts if p), path)
    elif (per_part := text_of(node)) is not None:
        _area_by_part(out, per_part, path)


def _area_by_part(out: Out, raw: str, path: tuple[str, ...]) -> None:
    # French Southern Lands: "<strong>Iles Crozet:</strong> total - 352 sq km; land - ..."
    text = clean(raw)
    value: dict[str, float | None] = {}
    for kind in ("total", "land", "water"):
        found = re.findall(rf"\b{kind} - (\d[\d,]*(?:\.\d+)?) sq km", text)
        value[f"{kind}_km2"] = round(sum(float(n.replace(",", "")) for n in found), 2) or None
    if value["total_km2"] is None:
        raise ParseError("expected an area as 'total - 55 sq km' for each part")
    parts = len(re.findall(r"\btotal - ", text))
    out.fact("location", "area", value, f"{value['total_km2']:,g} sq km in {parts} parts", path)
    at = raw.find("<strong>note")
    out.notes("location", raw[at:] if at >= 0 else None, path)


_BORDER_LISTS = ("border countries", "regional borders", "border sovereign base areas")


def land_boundaries(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    for sub, raw in node.items():
        text = text_of(raw)
        if sub == "note" or text is None:
            continue
        with out.attempt(text, (*path, sub)):
            if sub in _BORDER_LISTS:
                _borders(out, parse_borders(text), (*path, sub))
            elif sub == "text" and is_note(text):
                out.notes("border", text, path)
            elif sub.endswith("total"):
                key = "total" if sub == "total" else slugify(sub)
                length = parse_length(text)
                out.fact("border", key, {"length_km": length}, f"{sub}: {clean(text)}", path)
            else:
                raise ParseError(f"unexpected land-boundary entry {sub!r}")
    out.notes("border", node.get("note"), path)


def _borders(out: Out, borders: list[Border], path: tuple[str, ...]) -> None:
    # "Russia (northeast) 4,133 km and Russia (northwest) 46 km" is one neighbour.
    by_key: dict[str, list[Border]] = {}
    resolved: dict[str, str | None] = {}
    for border in borders:
        iso = out.resolve(border.name)
        key = iso or slugify(base_name(border.name))
        by_key.setdefault(key, []).append(border)
        resolved[key] = iso
    for key, items in by_key.items():
        # one segment keeps its wording ("Denmark (Greenland)"); several share a base name
        names = (
            [items[0].name]
            if len(items) == 1
            else list(dict.fromkeys(base_name(b.name) for b in items))
        )
        value: dict[str, Any] = {
            "country": resolved[key],
            "name": " and ".join(names),
            "length_km": round(sum(b.length_km for b in items), 3),
        }
        details = [b.detail for b in items if b.detail]
        if details:
            value["detail"] = "; ".join(details)
        if len(items) > 1:
            value["segments"] = [{"name": b.name, "length_km": b.length_km} for b in items]
        out.fact("border", key, value, "; ".join(b.text for b in items), path)


def coastline(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        body, label = first_labelled(raw)
        text = f"{clean(body)} ({label})" if label else clean(body)
        out.fact("border", "coastline", {"length_km": parse_length(body)}, text, path)
    out.notes("border", node.get("note"), path)


def elevation(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    """The highest and the lowest point, with their heights in metres."""
    for kind in ("highest point", "lowest point"):
        if raw := text_of(node.get(kind)):
            _features(out, kind, raw, (*path, kind))


def rivers(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    """The major rivers, with their lengths in km."""
    if raw := text_of(node):
        _features(out, "river", raw, path)


def lakes(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    """The major lakes, fresh and salt, with their areas in sq km."""
    for sub, value in node.items():
        if (raw := text_of(value)) and sub.endswith("lake(s)"):
            _features(out, sub.removesuffix("(s)"), raw, (*path, sub))


def _features(out: Out, kind: str, raw: str, path: tuple[str, ...]) -> None:
    for feature in parse_features(raw):
        value = {"kind": kind, "name": feature.name, "other_name": feature.other_name,
                 "measure": feature.measure, "shared": feature.shared}
        out.fact("natural-feature", slugify(f"{kind} {feature.name}"), value, feature.text,
                 path)


def population(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node.get("total")) or text_of(node)
    out.notes("population", node.get("note"), path)
    if raw is None:
        return
    if is_note(raw):
        out.notes("population", raw, path)
        return
    count, year = parse_population(raw)
    out.fact("population", "total", {"count": count, "year": year}, clean(raw), path)


def median_age(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node.get("total"))
    if raw is None:
        return
    match = re.match(r"(\d+(?:\.\d+)?)\s*years", clean(raw))
    if not match:
        raise ParseError("expected a median age like '40.8 years (2025 est.)'")
    value = {"years": float(match[1]), "year": _year_in(node)}
    out.fact("population", "median-age", value, clean(raw), path)


def _percent_of(
    out: Out, node: Mapping[str, Any], path: tuple[str, ...], sub: str, key: str
) -> None:
    raw = text_of(node.get(sub))
    out.notes("population", node.get("note"), path)
    if raw is None or clean(raw) == "NA":
        return
    match = re.match(r"(\d+(?:\.\d+)?)\s*%", clean(raw))
    if not match:
        raise ParseError(f"expected a percentage in {sub!r}")
    value = {"percent": float(match[1]), "year": _year_in(node)}
    out.fact("population", key, value, clean(raw), path)


def _year_in(node: Mapping[str, Any]) -> int | None:
    """The first ``(2025 est.)`` in any of a value's entries (``total`` first)."""
    texts = [text_of(node.get("total")) or text_of(node.get("total population")) or ""]
    texts += [text_of(v) or "" for v in node.values()]
    return next((y for y in map(year_of, map(clean, texts)) if y is not None), None)


def urbanization(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    _percent_of(out, node, path, "urban population", "urban-share")


def literacy(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    _percent_of(out, node, path, "total population", "literacy")


def nationality(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    for sub in ("noun", "adjective"):
        raw = text_of(node.get(sub))
        name = parse_nationality(raw) if raw else None
        if raw and name:
            out.fact("nationality", sub, name, clean(raw), path)
    out.notes("nationality", node.get("note"), path)


def share_reader(topic: str) -> Reader:
    def reader(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
        if isinstance(node.get("Languages"), Mapping):  # nested one level deeper
            path, node = (*path, "Languages"), node["Languages"]
        raw = text_of(node)
        if raw:
            _shares(out, topic, raw, path)
        out.notes(topic, node.get("note"), path)

    return reader


def _shares(out: Out, topic: str, raw: str, path: tuple[str, ...]) -> None:
    shares = parse_shares(raw)
    for rank, entry in enumerate(shares.entries, start=1):
        value = {
            "name": entry.name,
            "percent": entry.percent,
            "range": list(entry.range) if entry.range else None,
            "less_than": entry.less_than,
            "more_than": entry.more_than,
            "official": entry.official,
            "year": entry.year,
            "detail": entry.detail,
            "rank": rank,
        }
        out.fact(topic, slugify(entry.name), value, entry.text, path)
    for note in shares.notes:
        out.fact(topic, "note", note, note, path)
    for message, piece in shares.errors:
        out.problem(message, piece, path)


def urban_areas(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        capitals = _capital_names(out.part)
        for area in parse_urban_areas(raw):
            name, capital = _city_name(area.name, area.capital, capitals)
            value = {
                "name": name,
                "population": area.population,
                "capital": capital,
                "year": area.year,
            }
            out.fact("major-urban-area", slugify(name), value, area.text, path)
    out.notes("major-urban-area", node.get("note"), path)


def _capital_names(part: Part) -> dict[str, str]:
    raw = text_of(part.value(("Government", "Capital", "name"))) or ""
    with_notes = parse_capitals(raw)[0]
    return {normalize(c.name): c.name for c in with_notes}


_UPPER_RUN = re.compile(r"[A-Z][A-Z'.-]+(?:,? [A-Z][A-Z'.-]+)*")


def _city_name(name: str, capital: bool, capitals: dict[str, str]) -> tuple[str, bool]:
    """``BEIJING`` -> ``Beijing``, ``RANGOON (Yangon)`` -> ``Rangoon (Yangon)``, and whether
    it is the capital.

    The Factbook writes capitals in upper case, most with "(capital)" after them; the
    Capital field has their spelling. One without the tag is the capital still where the
    Capital field names it so (``SAN MARINO``, ``NUKU'ALOFA``); a seat of government keeps
    its own words (``COTONOU (seat of government)``).
    """
    bare = name.split(" (", 1)[0]
    if not capital and bare.isupper() and normalize(bare) in capitals and "(" not in name:
        capital = True
    if not capital and not any(normalize(m[0]) in capitals for m in _UPPER_RUN.finditer(name)):
        return name, capital
    return _UPPER_RUN.sub(lambda m: capitals.get(normalize(m[0])) or title_case(m[0]),
                          name), capital
