"""Parsers for the Factbook's Government values: capitals, holidays, symbols, heritage.

Each takes the text of one value (HTML allowed) and returns plain Python data,
or raises :class:`ParseError` saying what it expected.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from loci.sources.factbook.text import (
    ParseError,
    clean,
    groups,
    inline_note,
    outside,
    split_top,
)

__all__ = [
    "Capital",
    "HeritageCount",
    "Holiday",
    "parse_anthem",
    "parse_capitals",
    "parse_colors",
    "parse_heritage_count",
    "parse_heritage_sites",
    "parse_holidays",
    "parse_symbols",
    "time_difference",
]


@dataclass(frozen=True, slots=True)
class Capital:
    """One capital city, with its role when a country has several."""

    name: str
    role: str | None
    detail: str | None


_SEAT = re.compile(
    r"(?:nearby )?(?P<name>[A-Z][\w'’. -]+?) is (?:the|an?) "
    r"(?P<role>seat of [\w ]+|[\w ]+ capital)\.?"
)


def parse_capitals(raw: str, field_notes: Sequence[str] = ()) -> tuple[list[Capital], list[str]]:
    """The capitals in ``Capital > name`` and its notes, plus the notes left over.

    ``La Paz (administrative capital); Sucre (constitutional [legislative and
    judicial] capital)`` gives two capitals with roles "administrative" and
    "constitutional"; a note "The Hague is the seat of government" adds a
    capital; ``no official capital; ...`` gives only a note.
    """
    capitals: list[Capital] = []
    notes: list[str] = []
    text = clean(raw)
    if text[:1].islower():
        # "no official capital; government offices in the Yaren District"
        return [], [text, *field_notes]
    for segment in split_top(text, ";"):
        note = inline_note(segment)
        if note is not None:
            notes.append(note)
        elif _SEAT.fullmatch(segment):
            capitals.append(_seat(segment))
        elif segment[:1].islower():
            notes.append(segment)
        else:
            capitals.extend(_capitals_in(segment))
    notes.extend(field_notes)
    capitals.extend(_seat(n) for n in notes if _SEAT.fullmatch(n))
    return capitals, [n for n in notes if not _SEAT.fullmatch(n)]


def _capitals_in(segment: str) -> list[Capital]:
    pieces = split_top(segment, ",")
    if len(pieces) > 1 and all(_role_group(p) for p in pieces):
        return [_capital(p) for p in pieces]
    return [_capital(segment)]


def _role_group(piece: str) -> bool:
    return any(g and _is_role(t) for t, g, _ in groups(piece))


def _is_role(text: str) -> bool:
    return text.endswith("capital") or text.startswith("seat of")


def _capital(piece: str) -> Capital:
    names: list[str] = []
    role: str | None = None
    details: list[str] = []
    for text, is_group, _ in groups(piece):
        if not is_group:
            names.append(text)
        elif _is_role(text):
            role = _capital_role(text)
        else:
            details.append(text)
    name = re.sub(r"\s+in [A-Z][a-z]+$", "", " ".join(n.strip() for n in names).strip(" ,"))
    return Capital(name, role, "; ".join(details) or None)


def _seat(text: str) -> Capital:
    match = _SEAT.fullmatch(text)
    assert match is not None  # callers check first
    return Capital(match["name"].strip(), _capital_role(match["role"]), None)


def _capital_role(text: str) -> str | None:
    # "constitutional [legislative and judicial] capital" -> "constitutional"
    role = re.sub(r"\s*\[[^\]]*\]", "", text)
    role = re.sub(r"\s*capital$", "", role).strip()
    return role or None


_UTC = re.compile(r"UTC\s*(?P<sign>[+\-−])?\s*(?P<h>\d{1,2})(?P<m>:\d{2})?")


def time_difference(raw: str) -> str:
    """``UTC+8 (13 hours ahead of Washington, DC, ...)`` -> ``UTC+8``; ``UTC 0`` -> ``UTC+0``."""
    text = clean(raw)
    match = _UTC.search(text)
    if not match:
        return text
    sign = "-" if match["sign"] in ("-", "−") else "+"
    return f"UTC{sign}{match['h']}{match['m'] or ''}"


@dataclass(frozen=True, slots=True)
class Holiday:
    """One national holiday."""

    name: str
    day: int | None
    month: int | None
    date_text: str | None
    year: int | None
    description: str | None
    text: str


_MONTHS = {
    name: i + 1
    for i, name in enumerate(
        (
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        )
    )
}
_MONTH = "|".join(_MONTHS)
_DAY_MONTH = re.compile(rf"(?P<day>\d{{1,2}})(?:\s*-\s*\d{{1,2}})?\s+(?P<month>{_MONTH})\b")
_MONTH_DAY = re.compile(rf"(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})\b")
_HOLIDAY_YEAR = re.compile(r"\((?:A\.D\. )?(?P<year>\d{3,4})(?:,\s*\d{4})*\)")


def parse_holidays(raw: str) -> tuple[list[Holiday], list[str]]:
    """``National Day (anniversary of ...), 1 October (1949)``; several split on ``;``."""
    holidays: list[Holiday] = []
    notes: list[str] = []
    text = re.sub(r"^previous:\s*", "", clean(raw))
    for segment in split_top(text, ";"):
        for part in re.split(r"(?<=\))\s+and\s+(?=[A-Z][^,]*,\s*\d)", segment):
            note = inline_note(part)
            if note is not None:
                notes.append(note)
            elif _is_holiday(part):
                holidays.append(_holiday(part))
            else:
                # "the UK does not celebrate one particular national holiday",
                # "14 May is celebrated as Flag Day"
                notes.append(part)
    return holidays, notes


_FOUNDED = re.compile(r"(?P<name>[A-Z][^,]+?) in (?P<year>\d{4})")


def _is_holiday(part: str) -> bool:
    return part[:1].isupper() and (len(split_top(part, ",")) > 1 or bool(_FOUNDED.fullmatch(part)))


def _holiday(part: str) -> Holiday:
    pieces = split_top(part, ",")
    founded = _FOUNDED.fullmatch(part)
    if len(pieces) < 2 and founded:
        # "Founding of the Swiss Confederation in 1291": a holiday named, no date given.
        return Holiday(founded["name"], None, None, None, int(founded["year"]), None, part)
    name = outside(pieces[0])
    descriptions = [t for t, g, _ in groups(pieces[0]) if g]
    rest = ", ".join(pieces[1:])
    day, month, date_text, year, extra = _holiday_date(rest)
    if extra:
        descriptions.append(extra)
    return Holiday(name, day, month, date_text, year, "; ".join(descriptions) or None, part)


def _holiday_date(rest: str) -> tuple[int | None, int | None, str | None, int | None, str]:
    """Day, month, the date as written, the year in brackets, and any words after."""
    date = _DAY_MONTH.match(rest) or _MONTH_DAY.match(rest)
    if date:
        date_text, after = date.group(0), rest[date.end() :]
        found = _HOLIDAY_YEAR.match(after.lstrip())
        extra = after.lstrip()[found.end() :] if found else after
    else:
        # "the first Monday in August (1965)": no fixed date
        found = _HOLIDAY_YEAR.search(rest)
        date_text = rest[: found.start()] if found else rest
        extra = rest[found.end() :] if found else ""
    day = int(date["day"]) if date else None
    month = _MONTHS[date["month"]] if date else None
    year = int(found["year"]) if found else None
    if not date and (when := _CELEBRATED.match(date_text)):
        # "usually celebrated the second Saturday in June": a day rule, and a word on it;
        # "celebrated in April or June as designated by the governor": no day to give
        rule = date_text[when.end():]
        if rule.startswith("the "):
            said, date_text = [when["how"]] if when["how"] else [], rule
        else:
            said, date_text = [date_text.strip()], ""
        extra = "; ".join([*said, extra.strip(" ,;-–")]).strip("; ")
    extra = extra.strip(" ,;-–")
    enclosed = re.fullmatch(r"\(([^()]*)\)", extra)  # "(independence of Malaya)"
    extra = enclosed[1] if enclosed else extra
    return day, month, date_text.strip(" ,") or None, year, extra


_CELEBRATED = re.compile(r"(?:(?P<how>usually|normally|generally) )?"
                         r"(?:celebrated|observed|held) (?:on )?", re.I)
_SYMBOL_CLAUSE = re.compile(r"^(?:which|who|that|including)\b")
_TRADITIONAL = re.compile(r"^(?P<name>.+?) is the (?:traditional|national|official) symbol$")


def parse_symbols(raw: str) -> list[tuple[str, str | None, str]]:
    """``dragon, giant panda`` -> ``[(name, detail, text), ...]``; splits outside parentheses.

    In ``lion (all of Britain); lion, Tudor rose, oak (England); ...`` each
    segment's closing parenthesis names where all of that segment's symbols belong.
    """
    segments = [
        s for s in split_top(clean(raw), ";") if not re.match(r"no official symbol", s, re.I)
    ]
    scoped = len(segments) > 1 and all(s.endswith(")") for s in segments)
    out: list[tuple[str, str | None, str]] = []
    for segment in segments:
        scope = groups(segment)[-1][0] if scoped else None
        for piece in _symbol_pieces(segment):
            out.append(_symbol(piece, scope))
    return [s for s in out if s[0]]


def _symbol_pieces(segment: str) -> list[str]:
    pieces: list[str] = []
    for piece in split_top(segment, ","):
        piece = re.sub(r"^(?:and|or)\s+", "", piece)
        if pieces and _SYMBOL_CLAUSE.match(piece):
            pieces[-1] = f"{pieces[-1]}, {piece}"  # "..., which depicts four lions"
        else:
            pieces.append(piece)
    return pieces


def _symbol(piece: str, scope: str | None) -> tuple[str, str | None, str]:
    head = piece.split(", ", 1)[0] if _SYMBOL_CLAUSE.search(piece.partition(", ")[2]) else piece
    name = outside(head)
    traditional = _TRADITIONAL.fullmatch(name)
    name = traditional["name"] if traditional else name
    details = [t for t, g, _ in groups(piece) if g]
    if scope and scope not in details:
        details.append(scope)
    return name, "; ".join(details) or None, piece


def parse_colors(raw: str) -> list[str]:
    """``red, white, blue (all of Britain); red, white (England)`` -> distinct colour names."""
    colors: list[str] = []
    for piece in split_top(clean(raw), ",;"):
        name = re.sub(r"^(?:and|or)\s+", "", outside(piece)).strip().lower()
        if name and name not in colors:
            colors.append(name)
    if not colors:
        raise ParseError("expected a list of colours")
    return colors


def parse_anthem(title: str, authors: str | None, history: str | None) -> dict[str, object]:
    """The anthem's title, English translation, authors, year adopted and history."""
    text = re.sub(r"[“”„]", '"', clean(title))
    translation_match = re.search(r"\(([^()]+)\)\s*$", text)
    translation = translation_match[1] if translation_match else None
    quoted = [q.strip(" ,") for q in re.findall(r'"([^"]+)"', text)]
    if quoted:
        name = " / ".join(quoted)
    else:
        name = (text[: translation_match.start()] if translation_match else text).strip(' "')
    if not name:
        raise ParseError("expected an anthem title")
    history_text = clean(history) if history else None
    adopted = re.search(r"\badopted (?:in )?(\d{4})", history_text or "")
    return {
        "title": name,
        "translation": translation,
        "authors": clean(authors) if authors else None,
        "adopted": int(adopted[1]) if adopted else None,
        "history": history_text,
    }


_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_KINDS = ("cultural", "natural", "mixed")


@dataclass(frozen=True, slots=True)
class HeritageCount:
    """``60 (41 cultural, 15 natural, 4 mixed)``; ``mismatch`` says when the kinds do not add up."""

    counts: dict[str, int]
    note: str | None
    mismatch: str | None


def parse_heritage_count(raw: str) -> HeritageCount:
    """The count of World Heritage Sites by kind; ``5 (all natural)`` works too."""
    text = clean(raw)
    head, _, note = text.partition("; note -")
    match = re.match(r"(\d[\d,]*)\s*(?:\((?P<kinds>[^)]*)\))?", head)
    if not match:
        raise ParseError("expected a count like '60 (41 cultural, 15 natural, 4 mixed)'")
    total = int(match[1].replace(",", ""))
    kinds = match["kinds"] or ""
    counts = _kind_counts(kinds, total)
    added = sum(counts.values())
    mismatch = f"the kinds {kinds!r} add up to {added}, not {total}" if added != total else None
    return HeritageCount({"total": total, **counts}, note.strip() or None, mismatch)


def _kind_counts(kinds: str, total: int) -> dict[str, int]:
    counts = dict.fromkeys(_KINDS, 0)
    amounts = "|".join([r"\d+", "all", "both", *_WORD_NUMBERS])
    found = re.findall(rf"({amounts})\s*({'|'.join(_KINDS)})", kinds)
    for amount, kind in found:
        counts[kind] += _amount_of(amount, total)
    bare = [k for k in _KINDS if re.search(rf"\b{k}\b", kinds)]
    if not found and len(bare) == 1:
        counts[bare[0]] = total  # "1 (cultural)"
    return counts


def _amount_of(word: str, total: int) -> int:
    if word.isdigit():
        return int(word)
    return total if word in ("all", "both") else _WORD_NUMBERS[word]


_TAG = re.compile(r"\(\s*([cnm])\s*\)")
_TAG_KIND = {"c": "cultural", "n": "natural", "m": "mixed"}


def parse_heritage_sites(raw: str) -> list[tuple[str, str | None]]:
    """``Mogao Caves (c); Peking Man Site at Zhoukoudian(c);Wulingyuan ... (n)`` -> (name, kind)."""
    text = clean(raw)
    sites: list[tuple[str, str | None]] = []
    parts = _TAG.split(text)
    # parts alternate: text, tag, text, tag, ..., trailing text
    for i in range(0, len(parts), 2):
        names = split_top(parts[i], ";")
        kind = _TAG_KIND[parts[i + 1]] if i + 1 < len(parts) else None
        for j, name in enumerate(names):
            site_kind = kind if j == len(names) - 1 else None
            if name[:1].islower() and sites:
                # "Koutammakou; the Land of the Batammariba" is one site
                name = f"{sites.pop()[0]}, {name}"
            sites.append((name.strip(" ,."), site_kind))
    return [(n, k) for n, k in sites if n]
