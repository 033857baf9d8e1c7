"""Public holidays of this year and next, from the holidays package.

Named ``public_holidays`` so that ``import holidays`` finds the package, not this
module. Each holiday carries its English name and, where the package translates
the country's calendar, the name in the country's own language (China's 春节)
and in simplified Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from functools import cache

import holidays as holidays_pkg

from loci.sources.records import BuildContext, Fact, Problem, Record, SourceInfo
from loci.text import unique_key

SOURCE = SourceInfo(
    name="holidays",
    title="holidays (public holidays)",
    package="holidays",
    licence="MIT",
    url="https://github.com/vacanza/holidays",
    order=50,
)

# Places whose calendar is a subdivision's. loci's SH is St Helena island itself
# (Ascension and Tristan da Cunha are places of their own), so it takes HL's
# calendar, which adds Saint Helena Day to the territory-wide holidays.
SUBDIVISIONS = {"SH": ("SH", "HL"), "SH-AC": ("SH", "AC"), "SH-TA": ("SH", "TA")}
ENGLISH = "en_US"
CHINESE = "zh_CN"
# holidays' locale names as the BCP 47 tags loci's names use.
_LANG_TAGS = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "zh_HK": "zh-Hant", "zh_MO": "zh-Hant"}


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield every public holiday of ``ctx.year`` and the year after, per place."""
    years = (ctx.year, ctx.year + 1)
    for place in ctx.countries():
        if target := _calendar_of(place.id, place.kind):
            yield from _holidays(place.id, *target, years)


def _calendar_of(place: str, kind: str) -> tuple[str, str | None] | None:
    """The (country, subdivision) calendar a place follows, or None if there is none."""
    if place in SUBDIVISIONS:
        return SUBDIVISIONS[place]
    if kind == "country" and place in _supported():
        return place, None
    return None  # withdrawn codes (AN, CS) and other subdivisions


def _holidays(
    place: str, country: str, subdiv: str | None, years: tuple[int, ...]
) -> Iterator[Record]:
    languages, default = _languages(country)
    english = _calendar(country, subdiv, years, ENGLISH if ENGLISH in languages else None)
    # An English-speaking country's own names are English ones (en_GB, en_AU, ...).
    has_local = default in languages and not default.startswith("en")
    local = _calendar(country, subdiv, years, default) if has_local else None
    chinese = _calendar(country, subdiv, years, CHINESE) if CHINESE in languages else None
    field = f"{country}{'-' + subdiv if subdiv else ''} public holidays"
    keys: set[str] = set()
    for day in sorted(english):
        names = english.get_list(day)
        local_names = _aligned(local, day, len(names))
        chinese_names = _aligned(chinese, day, len(names))
        if local_names is None or chinese_names is None:
            yield Problem(place, field, f"translations of {day} do not match the English names",
                          "; ".join(names))
            local_names = chinese_names = [None] * len(names)
        for name, local_name, zh_name in zip(names, local_names, chinese_names, strict=True):
            key = unique_key(f"{day.isoformat()}-{_slug(name)}", keys)
            yield _fact(place, key, day, name, local_name, default, zh_name, field)


def _fact(
    place: str, key: str, day: date, name: str, local_name: str | None,
    language: str | None, zh_name: str | None, field: str,
) -> Fact:
    local = local_name if local_name and local_name != name else None
    value = {
        "date": day.isoformat(),
        "name": name,
        "local_name": local,
        "lang": _tag(language) if local and language else None,
        "zh_name": zh_name,
    }
    local_text = f" ({local})" if local else ""
    return Fact(place, "holiday", key, value, f"{day.isoformat()}: {name}{local_text}", field)


def _aligned(
    calendar: holidays_pkg.HolidayBase | None, day: date, count: int
) -> list[str | None] | None:
    """The translated names of a day's holidays, in the English order; None if they differ."""
    if calendar is None:
        return [None] * count
    names: list[str | None] = list(calendar.get_list(day))
    return names if len(names) == count else None


def _calendar(
    country: str, subdiv: str | None, years: tuple[int, ...], language: str | None
) -> holidays_pkg.HolidayBase:
    """One country's holidays; language None only for calendars the package does not translate."""
    return holidays_pkg.country_holidays(country, subdiv=subdiv, years=years, language=language)


def _languages(country: str) -> tuple[tuple[str, ...], str]:
    """The languages the package translates a country's holidays into, and its default."""
    entity = getattr(holidays_pkg, country)  # the class's lazy loader: nothing is computed
    return tuple(entity.supported_languages), entity.default_language or ""


@cache
def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "holiday"




def _tag(language: str) -> str:
    return _LANG_TAGS.get(language, language.replace("_", "-"))


@cache
def _supported() -> frozenset[str]:
    return frozenset(holidays_pkg.list_supported_countries())
