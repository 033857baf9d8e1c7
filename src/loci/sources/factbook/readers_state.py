"""Readers for the Factbook's Government, Economy and Communications fields.

Capitals, holidays, symbols, colours, anthem, World Heritage, products,
currency and internet code; see ``readers`` for how readers work.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from loci.sources.factbook.government import (
    parse_anthem,
    parse_capitals,
    parse_colors,
    parse_heritage_count,
    parse_heritage_sites,
    parse_holidays,
    parse_symbols,
    time_difference,
)
from loci.sources.factbook.out import Out, Reader, text_of
from loci.sources.factbook.parse import (
    first_labelled,
    parse_coordinates,
    parse_currency,
    parse_items,
    parse_tld,
)
from loci.sources.factbook.text import ParseError, clean, split_notes
from loci.text import NUMBER_WORDS, slugify


def capital(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    field_notes = split_notes(node["note"]) if isinstance(node.get("note"), str) else []
    capitals, notes = parse_capitals(text_of(node.get("name")) or "", field_notes)
    coords: tuple[float | None, float | None] = (None, None)
    coord_raw = text_of(node.get("geographic coordinates"))
    if capitals and coord_raw:
        with out.attempt(coord_raw, (*path, "geographic coordinates")):
            coords = parse_coordinates(first_labelled(coord_raw)[0])
    zone_raw = text_of(node.get("time difference"))
    zone = time_difference(zone_raw) if zone_raw else None
    for i, capital in enumerate(capitals):
        lat, lon = coords if i == 0 else (None, None)  # the coordinates are the first's
        value = {
            "name": capital.name,
            "role": capital.role,
            "lat": lat,
            "lon": lon,
            "time_difference": zone,
            "detail": capital.detail,
        }
        text = f"{capital.name} ({capital.role})" if capital.role else capital.name
        out.fact("capital", slugify(capital.name), value, text, path)
    for note in notes:
        out.fact("capital", "note", note, note, path)
    if zones_note := text_of(node.get("time zone note")):
        zones_note = clean(zones_note)
        value = {"text": zones_note, "zones": zone_count(zones_note)}
        out.fact("time-zone", "zones", value, zones_note, (*path, "time zone note"))


_ZONE_COUNT = re.compile(r"\b(?:has|cover|with just) (\w+) time zones?\b"
                         r"|\bfrom using \w+ time zones to (\w+)")


def zone_count(note: str) -> int | None:
    """How many time zones the Factbook's note says the place has, where it says so of the
    place itself: "Indonesia has three time zones" 3, "with just one time zone" 1,
    "moved from using two time zones to one" 1; "the 27 European Union member states
    are spread across three time zones" None."""
    m = _ZONE_COUNT.search(note)
    word = (m.group(1) or m.group(2)) if m else None
    if word is None or not (word.isdigit() or word in NUMBER_WORDS):
        return None
    return int(word) if word.isdigit() else NUMBER_WORDS.index(word)


def country_name(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    """The country's names (see ``_own_names``), and its former names ("Upper Peru"),
    each a fact and a name without the year it changed (the Factbook gives none). Left out of the
    former names: a style of the present name ("Kingdom of Burundi"), a name that is
    another place's today ("Western Sahara"), and the prose the field sometimes holds
    instead of a name."""
    _own_names(out, node)
    raw = text_of(node.get("former"))
    if raw is None:
        return
    current = {w for k in ("conventional short form", "local short form")
               if (c := text_of(node.get(k))) and c != "none" for w in _words(c)}
    for name in (n.strip() for n in re.split(r"[,;]", clean(raw))):
        if len(name) < 4 or not name[:1].isupper() or any(c in name for c in "()/") or \
                " is " in name or _words(name) - current <= _STYLE or \
                out.resolve(name) is not None:
            continue
        out.fact("former-name", slugify(name),
                 {"name": name, "lang": "en", "year": None, "note": None},
                 f"Former name: {name}", (*path, "former"))
        out.name(name, "en", "former")


def _own_names(out: Out, node: Mapping[str, Any]) -> None:
    """The conventional long form ("Commonwealth of Australia") and the English of a local
    one ("translated as the Republic of the Union of Myanmar") as official names, the
    local forms in Latin letters ("Republique centrafricaine", "Suomen tasavalta/
    Republiken Finland") and the abbreviations ("CAR"; "US or USA")."""
    for key, lang, kind, between in (("conventional long form", "en", "official", r";"),
                                     ("local long form", "und-Latn", "romanized", r"[/;]"),
                                     ("local short form", "und-Latn", "romanized", r"[/;]"),
                                     ("abbreviation", "und", "abbreviation", r"[/;,]|\bor\b")):
        raw = clean(text_of(node.get(key)) or "")
        if translated := re.search(r"\(translated as (?:the )?([^()]+)\)", raw):
            out.name(translated.group(1).strip(), "en", "official")
        for name in re.split(between, re.sub(r"\s*\([^()]*\)", "", raw)):
            if len(name := name.strip()) >= 2 and name[0].isupper() and name != "None":
                out.name(name, lang, kind)


# The words of a state's style: with them alone beside its name, a name is the same name.
_STYLE = frozenset({"the", "of", "and", "kingdom", "republic", "state", "states", "federal",
                    "federation", "democratic", "people's", "socialist", "islamic", "united",
                    "union", "commonwealth", "principality", "grand", "duchy", "sultanate",
                    "emirate", "plurinational", "bolivarian", "arab", "popular"})


def _words(text: str) -> set[str]:
    return set(text.lower().replace("’", "'").split())


def holidays(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        holidays, notes = parse_holidays(raw)
        for h in holidays:
            value = {
                "name": h.name,
                "day": h.day,
                "month": h.month,
                "date_text": h.date_text,
                "year": h.year,
                "description": h.description,
            }
            out.fact("national-holiday", slugify(h.name), value, h.text, path)
        for note in notes:
            out.fact("national-holiday", "note", note, note, path)
    out.notes("national-holiday", node.get("note"), path)


def symbols(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        for name, detail, text in parse_symbols(raw):
            out.fact("national-symbol", slugify(name), {"name": name, "detail": detail}, text, path)
    out.notes("national-symbol", node.get("note"), path)


def dependency(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    """"overseas territory of the UK; internal self-governing": the status is the first
    clause (what follows says who administers it)."""
    raw = text_of(node)
    if raw and (status := clean(raw).split(";")[0].strip()):
        out.fact("dependency", "status", status, clean(raw), path)
    out.notes("dependency", node.get("note"), path)


def colors(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        out.fact("national-colors", "colors", parse_colors(raw), clean(raw), path)
    out.notes("national-colors", node.get("note"), path)


def anthem(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    title = text_of(node.get("title"))
    if title:
        value = parse_anthem(title, text_of(node.get("lyrics/music")), text_of(node.get("history")))
        out.fact("anthem", "anthem", value, clean(title), path)
    out.notes("anthem", node.get("note"), path)


def heritage(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    counts: dict[str, int] | None = None
    total_raw = text_of(node.get("total World Heritage Sites"))
    if total_raw:
        count_path = (*path, "total World Heritage Sites")
        with out.attempt(total_raw, count_path):
            parsed = parse_heritage_count(total_raw)
            counts = parsed.counts
            out.fact("heritage-count", "total", counts, clean(total_raw), path)
            if parsed.note:
                out.fact("heritage-count", "note", parsed.note, parsed.note, path)
            if parsed.mismatch:
                out.problem(parsed.mismatch, total_raw, count_path)
    for sub, site_node in node.items():
        raw = text_of(site_node)
        if "locales" in sub and raw:
            _sites(out, raw, sub, counts, (*path, sub))
    out.notes("heritage-count", node.get("note"), path)


def _sites(
    out: Out, raw: str, label: str, counts: dict[str, int] | None, path: tuple[str, ...]
) -> None:
    sites = list(dict(parse_heritage_sites(raw)).items())  # a site listed twice counts once
    selected = "selected" in label.lower() and counts is not None and counts["total"] > len(sites)
    if counts is not None and len(sites) > counts["total"]:
        out.problem(f"{len(sites)} sites listed for a total of {counts['total']}", raw, path)
    only = _only_kind(counts)
    untagged = [name for name, kind in sites if kind is None and only is None]
    if untagged:
        out.problem(f"no (c), (n) or (m) tag on: {'; '.join(untagged)}", raw, path)
    for name, kind in sites:
        site_kind = kind or only
        value = {"name": name, "type": site_kind, "selected": selected}
        text = f"{name} ({site_kind})" if site_kind else name
        out.fact("heritage-site", slugify(name), value, text, path)


def _only_kind(counts: dict[str, int] | None) -> str | None:
    """The kind every site has when the count names one ("3 (all cultural)")."""
    if counts is None:
        return None
    kinds = [k for k in ("cultural", "natural", "mixed") if counts[k]]
    return kinds[0] if len(kinds) == 1 else None


def item_reader(topic: str) -> Reader:
    def reader(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
        raw = text_of(node)
        if raw:
            items, year = parse_items(raw)
            for rank, name in enumerate(items, start=1):
                value = {"name": name, "rank": rank, "year": year}
                out.fact(topic, slugify(name), value, name, path)
        out.notes(topic, node.get("note"), path)

    return reader


def currency(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node.get("Currency")) or text_of(node)
    if raw is None or clean(raw).startswith("see entry"):
        return
    if first_labelled(raw)[1]:
        raise ParseError("lists other currencies' exchange rates, not the place's own")
    name, abbreviation = parse_currency(raw)
    text = f"{name} ({abbreviation})" if abbreviation else name
    out.fact("currency", "factbook", {"name": name, "abbreviation": abbreviation}, text, path)


def tld(out: Out, node: Mapping[str, Any], path: tuple[str, ...]) -> None:
    raw = text_of(node)
    if raw:
        tld = parse_tld(raw)
        out.fact("internet-tld", "tld", {"tld": tld}, tld, path)
