"""Parsers for single Factbook values: geography, people, economy.

Each takes the text of one value (HTML allowed) and returns plain Python data,
or raises :class:`ParseError` saying what it expected. Share lists (ethnic
groups, languages, religions) are in ``shares``; capitals, holidays,
symbols, anthems and heritage in ``government``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loci.sources.factbook.text import (
    ParseError,
    clean,
    groups,
    is_year_group,
    number,
    outside,
    split_notes,
    split_top,
    take_year,
    year_of,
)

__all__ = [
    "Border",
    "ParseError",
    "UrbanArea",
    "first_labelled",
    "parse_area",
    "parse_borders",
    "parse_coordinates",
    "parse_currency",
    "parse_items",
    "parse_length",
    "parse_measure",
    "parse_nationality",
    "parse_population",
    "parse_tld",
    "parse_urban_areas",
    "title_case",
]

_LABEL = re.compile(r"^\s*<(?:strong|b)>\s*(?P<label>[^<]*?)\s*:?\s*</(?:strong|b)>\s*:?\s*", re.I)
_LABEL_SPLIT = re.compile(r"<(?:strong|b)>", re.I)


def first_labelled(raw: str) -> tuple[str, str | None]:
    """The first part of ``<strong>Saint Helena:</strong> 60 km<br><strong>...``, and its label.

    Values for several islands list each under a bold label; the first is the
    main one (metropolitan France, Saint Helena island).
    """
    match = _LABEL.match(raw)
    if not match:
        return raw, None
    body = _LABEL_SPLIT.split(raw[match.end() :])[0]
    return body, clean(match.group("label")).rstrip(":") or None


# --- Geography ---------------------------------------------------------------

_COORD = re.compile(
    r"(?P<lat_d>\d{1,2})\s+(?P<lat_m>\d{1,2})\s*(?P<ns>[NS])\s*,\s*"
    r"(?P<lon_d>\d{1,3})\s+(?P<lon_m>\d{1,2})\s*(?P<ew>[EW])\b"
)


def parse_coordinates(raw: str) -> tuple[float, float]:
    """``35 00 N, 105 00 E`` as decimal degrees (lat, lon)."""
    match = _COORD.search(clean(raw))
    if not match:
        raise ParseError("expected coordinates like '35 00 N, 105 00 E'")
    lat = int(match["lat_d"]) + int(match["lat_m"]) / 60
    lon = int(match["lon_d"]) + int(match["lon_m"]) / 60
    lat = -lat if match["ns"] == "S" else lat
    lon = -lon if match["ew"] == "W" else lon
    return round(lat, 4), round(lon, 4)


def parse_measure(raw: str, unit: str) -> float | None:
    """The first ``9,596,960 sq km`` / ``14.2 million sq km`` / ``22,457 km``.

    ``NA`` is unknown (None); ``negligible`` and ``NEGL`` are zero.
    """
    text = clean(raw)
    if re.fullmatch(r"NA\.?", text):
        return None
    if re.match(r"(?:negligible|NEGL)\b", text, re.I):
        return 0.0
    match = re.search(rf"(\d[\d,]*(?:\.\d+)?)\s*(million\s*)?{unit}\b", text)
    if not match:
        raise ParseError(f"expected a length in {unit}, found {text!r}")
    return number(match.group(1) + (" million" if match.group(2) else ""))


def parse_area(raw: str) -> float | None:
    """An area in square kilometres."""
    return parse_measure(raw, "sq km")


def parse_length(raw: str) -> float | None:
    """A length in kilometres."""
    return parse_measure(raw, "km")


@dataclass(frozen=True, slots=True)
class Border:
    """One neighbour in a land-boundary list."""

    name: str
    length_km: float
    detail: str | None
    text: str


_BORDER = re.compile(r"(?P<name>.+?)\s+(?P<km>\d[\d,]*(?:\.\d+)?)\s*km\b\s*(?:\((?P<detail>.*)\))?")


def parse_borders(raw: str) -> list[Border]:
    """``Afghanistan 91 km; ...; Russia (northeast) 4,133 km and Russia (northwest) 46 km``."""
    out: list[Border] = []
    for part in split_top(clean(raw), ";"):
        # "... 4,133 km and Russia (northwest) 46 km", "Niger 838 km, Senegal 419 km"
        for piece in re.split(r"(?:(?<=km)|(?<=\)))(?:\s+and|,)\s+(?=[A-Z])", part):
            match = _BORDER.fullmatch(piece.strip(" ."))
            if not match:
                raise ParseError(f"expected 'Country 123 km', found {piece!r}")
            name = match["name"].strip(" ,")
            out.append(Border(name, number(match["km"]), match["detail"], piece.strip(" .")))
    return out


# --- People ------------------------------------------------------------------

_NOBODY = re.compile(r"^(?:uninhabited|no permanent inhabitants)\b", re.I)


def parse_population(raw: str) -> tuple[int, int | None]:
    """``1,407,181,209 (2025 est.)`` as (count, year); uninhabited places count 0."""
    text = clean(raw)
    if _NOBODY.match(text):
        return 0, None
    match = re.match(r"(?:approximately\s+)?(\d[\d,]*)\b(?!\.\d)", text)
    if not match:
        raise ParseError(f"expected a head count, found {text!r}")
    return int(match.group(1).replace(",", "")), year_of(text)


def parse_nationality(raw: str) -> str | None:
    """``Chinese (singular and plural)`` -> ``Chinese``; ``Algerian(s)`` -> ``Algerian``."""
    text = clean(raw).split("; note")[0]
    if re.fullmatch(r"(?:none|NA)\b.*", text):
        return None
    name = re.sub(r"\s+", " ", outside(text)).strip(" ,")
    return re.sub(r"\s+,", ",", name) or None


@dataclass(frozen=True, slots=True)
class UrbanArea:
    """One city of "Major urban areas - population"."""

    name: str
    population: int
    capital: bool
    role: str | None
    year: int | None
    text: str


_URBAN = re.compile(r"(?P<n>\d[\d,]*(?:\.\d+)?(?:\s*million)?)\s+(?P<rest>.+)")


def parse_urban_areas(raw: str) -> list[UrbanArea]:
    """``29.211 million Shanghai, 21.766 million BEIJING (capital) (2023)``.

    A year closes a run of cities: in ``... 1.400 million Cochabamba (2022);
    278,000 Sucre (constitutional capital) (2018)`` La Paz to Cochabamba are 2022.
    """
    out: list[UrbanArea] = []
    year: int | None = None
    for entry in reversed(re.split(r"[,;]\s+(?=\d)", clean(raw))):
        match = _URBAN.fullmatch(entry.strip())
        if not match:
            raise ParseError(f"expected 'population city', found {entry!r}")
        name, capital, role, own_year = _urban_name(match["rest"])
        year = own_year if own_year is not None else year
        population = round(number(match["n"]))
        out.append(UrbanArea(name, population, capital, role, year, entry.strip()))
    return out[::-1]


def _urban_name(rest: str) -> tuple[str, bool, str | None, int | None]:
    names: list[str] = []
    capital, role, year = False, None, None
    for text, is_group, _ in groups(rest):
        if not is_group:
            names.append(text)
        elif is_year_group(text):
            year = year_of(f"({text})")
        elif text.endswith("capital"):
            capital = True
            role = re.sub(r"\s*capital$", "", text).strip() or None
        else:
            names.append(f"({text})")
    return " ".join(n.strip() for n in names).strip(" ,"), capital, role, year


_ELISION = re.compile(r"^(\w)'(\w)")  # N'DJAMENA -> N'Djamena
_SMALL_WORDS = {"es", "la", "au", "of", "de", "del", "da", "do", "el", "and", "al"}


def title_case(name: str) -> str:
    """``PORT-AU-PRINCE`` -> ``Port-au-Prince``; ``WASHINGTON, D.C.`` keeps ``D.C.``."""
    words = re.split(r"(\s+|-)", name)
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        if re.fullmatch(r"(?:[A-Z]\.)+", word):
            out.append(word)
        elif i > 0 and lower in _SMALL_WORDS:
            out.append(lower)
        else:
            out.append(_ELISION.sub(lambda m: f"{m[1].upper()}'{m[2].upper()}", lower.capitalize()))
    return "".join(out)


def parse_items(raw: str) -> tuple[list[str], int | None]:
    """``maize, rice, vegetables, ... pork (2023)`` -> items and the year."""
    text, year = take_year(clean(raw))
    items: list[str] = []
    for piece in split_top(text, ",;"):
        item = re.sub(r"^(?:and|&)\s+", "", piece).strip(" .")
        if items and item.startswith(("including ", "includes ")):
            items[-1] = f"{items[-1]}, {item}"  # "transportation equipment, including ships"
        elif item:
            items.append(item)
    if not items:
        raise ParseError("expected a list of items")
    return items, year


def parse_currency(raw: str) -> tuple[str, str | None]:
    """``Renminbi yuan (RMB) per US dollar -`` -> ("Renminbi yuan", "RMB")."""
    text = clean(raw)
    if re.match(r"the US dollar\b", text):
        return "US dollar", "USD"
    match = re.match(r"(?P<name>[^()]+?)\s*(?:\((?P<abbr>[^)]+)\))?\s+per US dollar", text)
    if not match:
        raise ParseError("expected 'Currency name (ABC) per US dollar'")
    return match["name"].strip(), match["abbr"]


def parse_tld(raw: str) -> str:
    """``.cn``; for a list by territory (``metropolitan France - .fr; ...``) the first."""
    match = re.search(r"\.[a-z]{2}\b", clean(raw))
    if not match:
        raise ParseError("expected an internet country code like '.cn'")
    return match.group(0)


@dataclass(frozen=True, slots=True)
class Feature:
    """A mountain, depression, river or lake the Geography section names."""

    name: str  # "Mount Everest", "Amazon", "Rio Zambeze"
    other_name: str | None  # the name in brackets after it: "Zambezi", "Turfan Depression"
    measure: float | None  # its height (m), length (km) or area (sq km); the least of a range
    shared: str | None  # "Peru [s]": the neighbours it runs into or shares
    text: str


# "8,849 m", "-154 m", "- 6,400 km", "10,360-25,900 sq km": a feature's measure
_MEASURE = re.compile(r"(?<![\w,.-])(?P<sign>-)?(?P<n>\d[\d,]*(?:\.\d+)?)(?:-\d[\d,]*)?"
                      r"(?:\s*(?:m|km|sq\s*km)\b|$)")  # "Lake Malawi (...) - 22,490": no unit
_NAME_ENDS = re.compile(r"\s*\(|\s+river\s+(?:mouth|source|\[)|\s+River\b|\s+[-–]\s*$")
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w-]*)+$")
_OTHER_NAME = re.compile(r"\((?!shared|endorheic|highest|lowest|located)(?P<name>[A-Z][^()]*)\)")


def parse_features(raw: str) -> list[Feature]:
    """The features of a list ("Amazon river mouth (shared with Peru [s]) - 6,400 km;
    Tocantins - 3,650 km"), their notes left out. An item that names no feature (the
    Factbook's "located 2.5 km southeast of the town of ...") is skipped."""
    parts = split_notes(raw)
    features = []
    for item in (re.split(r"\s+note\s+-\s+", i)[0].strip() for i in
                 (parts[0] if parts else "").split(";")):
        if not item[:1].isupper():
            continue
        found = _MEASURE.search(item)
        head = item[:found.start()] if found else item
        name = _NAME_ENDS.split(head, maxsplit=1)[0].strip(" -–*")
        name = _TRAILING_LOWER.sub("", name)  # "Denman Glacier more than", "Zambezi river"
        other = _OTHER_NAME.search(head)
        shared = re.search(r"shared with ([^()]*(?:\[[sm]\])?)", item)
        measure = None
        if found:
            measure = number(found["n"]) * (-1 if found["sign"] else 1)
        if name:
            features.append(Feature(name, other["name"].strip() if other else None, measure,
                                    shared[1].strip(" )") if shared else None, item))
    return features
