"""Text primitives for the CIA World Factbook: cleaning, splitting, numbers.

The Factbook's values are HTML fragments written by hand over decades, so the
same idea comes in many spellings: ``&lt; 0.1%``, ``.06%``, ``75-80%``,
``(2021 est.)``, ``<strong>note:</strong>``, ``<br><br>`` between two surveys.
Everything here is pure: strings in, strings and numbers out.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache


class ParseError(ValueError):
    """A Factbook value this parser cannot read; the message says what was expected."""


_COMMENT = re.compile(r"<!--.*?-->", re.S)
_BREAK_TAG = re.compile(r"<br\s*/?>|</?p\b[^>]*>|</?div\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u200b]+")
_OPEN_SPACE = re.compile(r"([(\[]) +")
_CLOSE_SPACE = re.compile(r" +([)\]])")
_NOTE_LABEL = re.compile(r"(?:^|\s)note(?:\s*\d+)?\s*:\s*", re.I)
_INLINE_NOTE = re.compile(r"^note\s*(?:\d+\s*)?[-–:]\s*", re.I)
_YEAR_PAREN = re.compile(
    r"\((?:[A-Z][a-z]+\.? )?(?P<year>\d{4})(?:\s*[-–]\s*\d{2,4})?\s*(?:ests?\.?)?\)", re.I
)
_TRAILING_YEAR = re.compile(_YEAR_PAREN.pattern + r"\s*[.;]?\s*$", re.I)


def _strip_markup(raw: str, breaks: str) -> str:
    # Tags go before entities are decoded: "&lt; 0.1%" must not look like a tag.
    text = _COMMENT.sub("", raw)
    text = _BREAK_TAG.sub(breaks, text)
    return html.unescape(_TAG.sub("", text))


def _squeeze(text: str) -> str:
    text = _SPACE.sub(" ", text).strip()
    return _CLOSE_SPACE.sub(r"\1", _OPEN_SPACE.sub(r"\1", text))


@lru_cache(maxsize=8192)  # readers clean the same value more than once
def clean(raw: str) -> str:
    """One line of plain text: markup dropped, entities decoded, whitespace collapsed."""
    return _squeeze(_strip_markup(raw, " "))


def paragraphs(raw: str) -> str:
    """Plain text that keeps the value's paragraphs, separated by a blank line."""
    lines = (_squeeze(line) for line in _strip_markup(raw, "\n").split("\n"))
    return "\n\n".join(line for line in lines if line)


def split_notes(raw: str) -> list[str]:
    """The notes in ``<strong>note 1:</strong> a<br><strong>note 2:</strong> b``."""
    parts = _NOTE_LABEL.split(clean(raw))
    return [p.strip() for p in parts if p.strip()]


def inline_note(segment: str) -> str | None:
    """The text of a ``note - ...`` segment inside a value, or None if it is no note."""
    match = _INLINE_NOTE.match(segment)
    return segment[match.end() :].strip() if match else None


def is_note(raw: str) -> bool:
    """Whether a whole value is only a note (``<strong>note:</strong> see entry ...``)."""
    return _INLINE_NOTE.match(clean(raw)) is not None or clean(raw).lower().startswith("note:")


def split_surveys(raw: str) -> list[str]:
    """A value's surveys: ``<br><br>`` separates two sets of shares in one value."""
    parts = re.split(r"(?:<br\s*/?>\s*){2,}", raw, flags=re.I)
    return [p for p in parts if clean(p)]


def take_year(text: str) -> tuple[str, int | None]:
    """Remove a trailing ``(2021 est.)``, ``(2014-15 est.)`` or ``(2022)``; return its year."""
    match = _TRAILING_YEAR.search(text)
    if not match:
        return text, None
    return text[: match.start()].rstrip(" ,;"), int(match.group("year"))


def year_of(text: str) -> int | None:
    """The year of the first ``(2021 est.)``-like parenthesis in a text."""
    match = _YEAR_PAREN.search(text)
    return int(match.group("year")) if match else None


def is_year_group(content: str) -> bool:
    """Whether a parenthesis's content is only a date stamp (``2021 est.``)."""
    return _YEAR_PAREN.fullmatch(f"({content})") is not None


def split_top(text: str, seps: str = ",;") -> list[str]:
    """Split on separators outside parentheses and brackets; ``5,000`` stays whole."""
    parts: list[str] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in seps and depth == 0 and not _inside_number(text, i):
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _inside_number(text: str, i: int) -> bool:
    if text[i] != "," or i == 0 or i == len(text) - 1:
        return False
    return text[i - 1].isdigit() and text[i + 1].isdigit()


def groups(text: str) -> list[tuple[str, bool, int]]:
    """Outside text and top-level ``(...)`` groups in order: ``(text, is_group, start)``.

    ``start`` is where the segment begins in ``text``, so callers can cut there.
    """
    out: list[tuple[str, bool, int]] = []
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == "(":
            if depth == 0:
                out.append((text[start:i], False, start))
                start = i
            depth += 1
        elif ch == ")" and depth > 0:
            depth -= 1
            if depth == 0:
                out.append((text[start + 1 : i].strip(), True, start))
                start = i + 1
    tail = text[start + 1 :] if depth > 0 else text[start:]
    out.append((tail, depth > 0, start))
    return [(t, g, s) for t, g, s in out if t.strip()]


def outside(text: str) -> str:
    """The text outside any top-level parentheses, whitespace collapsed."""
    return _squeeze(" ".join(t for t, is_group, _ in groups(text) if not is_group))


def number(text: str) -> float:
    """``1,407,181,209`` or ``29.211 million`` as a number."""
    match = re.fullmatch(r"\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(million|billion|thousand)?\s*", text)
    if not match:
        raise ParseError(f"expected a number, found {text!r}")
    value = float(match.group(1).replace(",", ""))
    scale = {"million": 1e6, "billion": 1e9, "thousand": 1e3}.get(match.group(2) or "", 1.0)
    return value * scale


