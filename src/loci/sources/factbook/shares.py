"""Parse the Factbook's share lists: ethnic groups, languages, religions.

A value reads like ``folk religion 21.9%, Buddhist 18.2%, Hindu &lt; 0.1%, other
0.7% (includes Daoist (Taoist)), unaffiliated 52.1% (2021 est.)``. Entries are
separated by commas outside parentheses; a share may be a point (``21.9%``,
``.06%``), a range (``75-80%``, ``98.0 - 99.0%``), a bound (``<1%``, ``more
than 95%``) or missing (plain lists of languages). Sentences mixed into a list
("English is widely understood ...") become notes, not entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loci.sources.factbook.text import (
    clean,
    groups,
    inline_note,
    is_year_group,
    split_surveys,
    split_top,
    take_year,
)

_PCT = re.compile(
    r"(?<![\w./])(?P<a>\d+(?:\.\d+)?|\.\d+)"
    r"(?:\s*(?:-|–|to)\s*(?P<b>\d+(?:\.\d+)?))?\s*(?:%|percent\b)"
)
_QUALIFIER = re.compile(
    r"(?P<q>less than|more than|at least|approximately|about|nearly|almost|over|around|<|>|~)\s*$",
    re.I,
)
_PCT_ONLY = re.compile(
    r"(?:less than|more than|at least|approximately|about|nearly|almost|over|around|<|>|~)?\s*"
    + _PCT.pattern,
    re.I,
)
_LETTER = re.compile(r"[^\W\d_]")
_BARE = re.compile(r"^(?P<name>.*\D)\s(?P<q><\s*)?(?P<a>\d+(?:\.\d+)?)\s*$")
_BARE_AFTER = re.compile(r"\s*(\d+(?:\.\d+)?)\s*")
# "93/1%": a slash typed for the decimal point (Congo's Christians, 93.1%)
_SLASH_POINT = re.compile(r"(?<![\d./])(\d{1,2})/(\d)(?=\s*%)")
_LESS_THAN_GROUP = re.compile(r"^less than 1\s*(?:%|percent)\s*:\s*", re.I)
_VERB = re.compile(
    r"\b(?:is|are|was|were|exists?|has|have|make up|makes up|compose|account|spoken|"
    r"understood|used|recognized|include|cited)\b",
    re.I,
)
_STRONG_VERB = re.compile(r"\b(?:is|are|was|were|make up|makes up)\b", re.I)
_OFFICIAL = re.compile(
    r"^(?:(?:de facto|de jure) )?official\b|[-–;,]\s*official$|^state language$", re.I
)
_NUMBER_FIRST = re.compile(r"^[<~]?\s*\.?\d[\d.]*\s*%")
_CONTINUATIONS = ("including ", "includes ", "(")
_MORE = {"more than", "at least", "over", ">"}
_LESS = {"less than", "<"}


@dataclass(frozen=True, slots=True)
class Share:
    """One entry of a share list."""

    name: str
    percent: float | None
    range: tuple[float, float] | None
    less_than: bool
    more_than: bool
    official: bool
    year: int | None
    detail: str | None
    text: str


@dataclass(slots=True)
class Shares:
    """A parsed share list: entries in source order, notes, and entries it could not read."""

    entries: list[Share] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)  # (message, raw piece)


@dataclass(slots=True)
class _Amount:
    percent: float | None = None
    range: tuple[float, float] | None = None
    less_than: bool = False
    more_than: bool = False


def parse_shares(raw: str) -> Shares:
    """Parse a whole value; a second survey after ``<br><br>`` becomes a note."""
    surveys = split_surveys(raw)
    if not surveys:
        return Shares()
    text, year = take_year(clean(surveys[0]))
    out = Shares(notes=[f"another survey: {clean(s)}" for s in surveys[1:]])
    unclosed = text.count("(") - text.count(")")
    if unclosed > 0:
        # close it at the end so the entries before the stray "(" are still read
        out.errors.append(("unbalanced parentheses: read as if closed at the end", text))
        text += ")" * unclosed
    if _SLASH_POINT.search(text):
        out.errors.append(("a slash typed for a decimal point: read as one", text))
        text = _SLASH_POINT.sub(r"\1.\2", text)
    has_pct = _PCT.search(text) is not None
    for segment in split_top(text, ";"):
        _parse_segment(segment, year, has_pct, out)
    return out


def _parse_segment(segment: str, year: int | None, has_pct: bool, out: Shares) -> None:
    note = inline_note(segment)
    if note is not None:
        out.notes.append(note)
        return
    group = _LESS_THAN_GROUP.match(segment)
    if group:
        for name in split_top(segment[group.end() :].rstrip(" ."), ","):
            out.entries.append(_below_one(name, year))
        return
    pieces = _merge_pieces(split_top(segment, ","))
    cut = _sentence_start(pieces)
    for piece in pieces[:cut]:
        _add_entry(piece, year, has_pct, out)
    if cut < len(pieces):
        out.notes.append(", ".join(pieces[cut:]))


def _merge_pieces(pieces: list[str]) -> list[str]:
    # "Kissi, 4.3%", "other, including X 7%" and "other 1.2%, (includes ...)" are
    # one entry each that a stray comma cut in two; so is "ancestral, tribal, or
    # other traditional religions 5.4%".
    merged: list[str] = []
    for piece in pieces:
        if merged and (_NUMBER_FIRST.match(piece) or piece.startswith(_CONTINUATIONS)):
            merged[-1] = f"{merged[-1]}, {piece}"
            continue
        if piece.startswith(("or ", "and ")) and _PCT.search(piece):
            while merged and merged[-1][:1].islower() and not _PCT.search(merged[-1]):
                piece = f"{merged.pop()}, {piece}"
        merged.append(piece)
    return merged


def _sentence_start(pieces: list[str]) -> int:
    """Where a sentence starts among the pieces (``len(pieces)`` when there is none).

    A sentence runs to the end of its segment; it also takes the pieces before it
    that are its subject: "Low German, Danish, ..., and Romani are recognized as
    regional languages", "current, reliable data ... are not available".
    """
    first = next((i for i, p in enumerate(pieces) if _is_prose(p)), len(pieces))
    if first == len(pieces):
        return first
    joined = pieces[first].startswith(("and ", "or "))
    start = first
    while start > 0 and not _PCT.search(pieces[start - 1]):
        if not (joined or pieces[start - 1][:1].islower()):
            break
        start -= 1
    return start


def _is_prose(piece: str) -> bool:
    name = " ".join(t for t, is_group, _ in groups(piece) if not is_group)
    if _PCT.search(name):
        return _STRONG_VERB.search(name) is not None
    return _VERB.search(name) is not None or len(name.split()) >= 7


def _add_entry(piece: str, year: int | None, has_pct: bool, out: Shares) -> None:
    while piece:
        entry, rest = _entry(piece, year, has_pct)
        if "%" in entry.name or not entry.name:
            out.errors.append(("share entry has no readable name or percentage", piece))
        else:
            out.entries.append(entry)
        piece = re.sub(r"^(?:and|&)\s+", "", rest.strip(" ,.;")) if rest else ""


def _entry(piece: str, year: int | None, has_pct: bool) -> tuple[Share, str]:
    """The first entry in ``piece`` and any text after its share that starts another."""
    names: list[str] = []
    details: list[str] = []
    amount: _Amount | None = None
    official = False
    entry_year = year
    cut = len(piece)
    for text, is_group, start in groups(piece):
        if is_group:
            official, entry_year, amount = _read_group(text, official, entry_year, amount, details)
            continue
        if amount is not None:
            if _LETTER.search(text):
                cut = start
                break
            continue
        match = _PCT.search(text)
        if not match:
            names.append(text)
            continue
        before, amount = _amount(text[: match.start()], match)
        if not before.strip() and not "".join(names).strip():
            # "44% other Indigenous group": the share comes first, the name after.
            names.append(text[match.end() :])
            continue
        names.append(before)
        if _LETTER.search(text[match.end() :]):
            cut = start + match.end()
            break
    if amount is None and len(names) > 1 and not _PCT.search(piece):
        # "Aranese (official in part of Catalonia) <5,000 speakers": words after
        # the brackets describe the entry, they are not part of its name; but a bare
        # number there, in a list of shares, is the entry's ("Christian (mostly
        # Roman Catholic) 89.5, other 8.8%": its "%" left out)
        last = names.pop()
        bare = _BARE_AFTER.fullmatch(last) if has_pct else None
        if bare is None:
            details.append(_tidy_name(last))
        else:
            amount = _Amount(float(bare.group(1)))
    name = _tidy_name(" ".join(names))
    if amount is None and has_pct:
        name, amount = _bare_amount(name)
    text = piece[:cut].strip(" ,;")
    share = _share(name, amount or _Amount(), official, entry_year, details, text)
    return share, piece[cut:]


def _read_group(
    text: str,
    official: bool,
    year: int | None,
    amount: _Amount | None,
    details: list[str],
) -> tuple[bool, int | None, _Amount | None]:
    if amount is None and _PCT_ONLY.fullmatch(text):
        match = _PCT.search(text)
        assert match is not None  # fullmatch above guarantees it
        return official, year, _amount(text[: match.start()], match)[1]
    if is_year_group(text):
        return official, int(re.findall(r"\d{4}", text)[0]), amount
    if _OFFICIAL.search(text):
        remainder = _without_official(text)
        if remainder:
            details.append(remainder)
        return True, year, amount
    details.append(text)
    return official, year, amount


def _without_official(text: str) -> str:
    if re.fullmatch(r"(?:(?:de facto|de jure) )?official", text, re.I):
        return ""
    stripped = re.sub(r"^official\s*[;,]\s*|\s*[-–;,]\s*official$", "", text, flags=re.I)
    return stripped.strip()


def _amount(before: str, match: re.Match[str]) -> tuple[str, _Amount]:
    qualifier = _QUALIFIER.search(before)
    q = qualifier.group("q").lower() if qualifier else ""
    name = before[: qualifier.start()] if qualifier else before
    a = float(match.group("a"))
    b = match.group("b")
    amount = _Amount(less_than=q in _LESS, more_than=q in _MORE)
    if b is not None:
        amount.range = (a, float(b))
    else:
        amount.percent = a
    return name, amount


def _bare_amount(name: str) -> tuple[str, _Amount | None]:
    # "Nyanja 8.1" and "other &lt;0.1": a share whose "%" was left out.
    match = _BARE.match(name)
    if not match:
        return name, None
    less = bool(match.group("q"))
    return _tidy_name(match.group("name")), _Amount(float(match.group("a")), None, less, False)


def _tidy_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,:;-–")
    return re.sub(r"^(?:and|&)\s+", "", name)


def _share(
    name: str,
    amount: _Amount,
    official: bool,
    year: int | None,
    details: list[str],
    text: str,
) -> Share:
    return Share(
        name=name,
        percent=amount.percent,
        range=amount.range,
        less_than=amount.less_than,
        more_than=amount.more_than,
        official=official,
        year=year,
        detail="; ".join(details) or None,
        text=text,
    )


def _below_one(name: str, year: int | None) -> Share:
    name = _tidy_name(name)
    return Share(name, 1.0, None, True, False, False, year, None, f"{name} (less than 1%)")
