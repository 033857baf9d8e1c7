"""The default writer's prose helpers: lists, numbers, articles and dates for readers.

Everything here is deterministic: the same values give the same words, with
no network and no model. Numbers go through Babel so that separators and
"million" are right; the English of lists, articles and plurals is ours.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal

from loci.text import NUMBER_WORDS

LOCALE = Locale("en")  # parsed once: Babel re-parses a locale string on every call
_SMALL = NUMBER_WORDS[:10]  # numbers under ten are written as words
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


# lists and articles -----------------------------------------------------------


def natural_list(items: Sequence[str], conjunction: str = "and") -> str:
    """"Spanish, Quechua and Aymara": commas, then the conjunction before the last item."""
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def be(name: str) -> str:
    """The verb "to be" for a territory's name: "are" for a group of islands or lands
    ("the Pitcairn Islands are"), "is" for the rest ("the Bahamas is", "the Netherlands
    is": one country each; "the Trust Territory of the Pacific Islands is": one
    territory of them)."""
    return "are" if name.split(" of ", 1)[0].rsplit(" ", 1)[-1] in _GROUPS else "is"


_GROUPS = frozenset(("Islands", "Isles", "Territories", "Lands"))
_PLURALS = {"is": "are", "was": "were", "has": "have", "its": "their", "it": "them",
            "exists": "exist"}


def agree(name: str, word: str) -> str:
    """A verb in the present or past (or "it", "its") that has a territory's name for
    subject, as its number asks: "has", "uses", "lies", "was", "it", "its" after "the
    Cayman Islands" are "have", "use", "lie", "were", "them", "their"."""
    if be(name) == "is":
        return word
    return _PLURALS.get(word) or word.removesuffix("s")


def pronoun(name: str) -> str:
    """The pronoun that stands for a territory's name as a subject: "it", or "they" for a
    group of islands (whose object form is ``agree(name, "it")``, "them")."""
    return "it" if be(name) == "is" else "they"


def capitalise(text: str) -> str:
    """The text with its first letter upper-cased (and the rest left alone)."""
    return text[:1].upper() + text[1:]


def sentence(text: str) -> str:
    """Capitalised, ending with one full stop (or the text's own final punctuation)."""
    text = capitalise(text.strip())
    return text if text.endswith((".", "!", "?", "”", "\"")) else f"{text}."


# counts and numbers -----------------------------------------------------------


def count_word(n: int) -> str:
    """Numbers under ten as words (house style), larger ones with separators."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else format_decimal(n, locale=LOCALE)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """"one World Heritage Site", "60 World Heritage Sites"."""
    noun = singular if n == 1 else (plural_form or f"{singular}s")
    return f"{count_word(n)} {noun}"


def number(value: float, digits: int = 0) -> str:
    """A number with English separators: 1,234,567."""
    if not digits:
        # Python's grouping is English's, and many times faster than Babel's pattern engine.
        return f"{round(value):,}"
    return format_decimal(round(value, digits), locale=LOCALE)


def _significant(value: float, figures: int) -> float:
    if value == 0:
        return 0.0
    scale = 10.0 ** (figures - 1 - math.floor(math.log10(abs(value))))
    return float(round(value * scale) / scale)


@lru_cache(maxsize=65536)
def quantity(value: float) -> tuple[str, bool]:
    """A large count for readers, and whether it was rounded.

    1,450,000 -> ("1.45 million", False); 1,411,778,724 -> ("1.41 billion", True);
    782,318 -> ("782,000", True); 5,633 -> ("5,633", False).
    """
    if value >= 1_000_000:
        rounded = _significant(value, 3)
        text = format_compact_decimal(rounded, format_type="long", locale=LOCALE,
                                      fraction_digits=2)
        return text, rounded != value
    if value >= 10_000:
        rounded = _significant(value, 3)
        return format_decimal(int(rounded), locale=LOCALE), rounded != value
    return format_decimal(round(value), locale=LOCALE), round(value) != value


def about(value: float) -> str:
    """"about 1.41 billion" when rounded, "1.45 million" when exact."""
    text, rounded = quantity(value)
    return f"about {text}" if rounded else text


def people(count: int) -> str:
    """"1.45 million people", "about 782,000 people", "one person"."""
    if count == 1:
        return "one person"
    return f"{about(count)} people"


def percent(value: float) -> str:
    """"91.1%", "0.6%", "<0.1%": at most one decimal, none when whole."""
    if 0 < value < 0.05:
        return "<0.1%"
    text = f"{value:.1f}".removesuffix(".0")
    return f"{text}%"


def distance(km: float) -> str:
    """"about 83 km", "about 1,230 km", "less than 1 km"."""
    if km < 1:
        return "less than 1 km"
    rounded = round(km) if km < 1000 else round(km, -1)
    return f"about {number(rounded)} km"


def area(km2: float) -> str:
    """"about 9.6 million km²", "about 38,400 km²", "61 km²"."""
    if km2 >= 1_000_000:
        text, rounded = quantity(km2)
        return f"{'about ' if rounded else ''}{text} km²"
    return f"{about(km2)} km²"


def estimate(year: int | None) -> str:
    """" (2024 estimate)" to follow a figure, or nothing when the year is unknown."""
    return f" ({year} estimate)" if year else ""


# dates ------------------------------------------------------------------------


def day_month(day: int, month: int) -> str:
    """"28 November"."""
    return f"{day} {MONTHS[month - 1]}"


def full_date(value: date) -> str:
    """"28 November 2026"."""
    return f"{day_month(value.day, value.month)} {value.year}"


def date_span(first: date, last: date) -> str:
    """"17 February", "17–19 February", "30 April – 2 May"."""
    if first == last:
        return day_month(first.day, first.month)
    if first.month == last.month:
        return f"{first.day}–{day_month(last.day, last.month)}"
    return f"{day_month(first.day, first.month)} – {day_month(last.day, last.month)}"
