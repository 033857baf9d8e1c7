"""Public holidays, from the holidays package: computed for the year asked.

The package holds rules (Easter, lunar calendars, days in lieu), not a table,
so the knowledge base stores only which calendar each place keeps (a
``holiday-calendar`` fact) and ``holidays_in`` computes a year's holidays when
they are read: a knowledge base built in 2026 answers for 2031 as well.

Named ``public_holidays`` so that ``import holidays`` finds the package, not this
module. Each holiday carries its English name and, where the package translates
the country's calendar, the name in the country's own language (China's 春节)
and in simplified Chinese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from datetime import date
from functools import cache
from typing import Any

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
# Calendars the package takes from an authority other than the one that governs most of
# the place: what it takes them from, as its own references say (the country class's
# docstring cites the 1999-2019 constitutions of the SADR for Western Sahara).
BASES = {"EH": "the constitutions of the Sahrawi Arab Democratic Republic (proclaimed by "
               "the Polisario Front)"}
ENGLISH = "en_US"
CHINESE = "zh_CN"
# holidays' locale names as the BCP 47 tags loci's names use.
_LANG_TAGS = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant", "zh_HK": "zh-Hant", "zh_MO": "zh-Hant"}


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the calendar each place keeps, and the problems of ``ctx.year``'s holidays.

    The calendar's text names the year's holidays, so the words stay searchable
    (the checker knows "Naadam" is a festival, not a misspelled place).
    """
    for place in ctx.countries():
        if (target := _calendar_of(place.id, place.kind)) is None:
            continue
        country, subdiv = target
        records = list(_holidays(place.id, country, subdiv, (ctx.year,)))
        yield from (r for r in records if isinstance(r, Problem))
        names = sorted({str(r.value["name"]) for r in records if isinstance(r, Fact)})
        code = f"{country}{'-' + subdiv if subdiv else ''}"
        yield Fact(place.id, "holiday-calendar", code,
                   {"country": country, "subdiv": subdiv, "basis": BASES.get(place.id)},
                   f"Public holidays of the {code} calendar: {'; '.join(names)}",
                   f"{code} public holidays")


def holidays_in(place: str, calendar: dict[str, str | None], year: int) -> list[Fact]:
    """A place's public holidays in ``year``, from the calendar its ``holiday-calendar``
    fact names (the translation problems were recorded when the KB was built)."""
    country = str(calendar["country"])
    return [r for r in _holidays(place, country, calendar.get("subdiv"), (year,))
            if isinstance(r, Fact)]


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
    same_holiday = _translates(english, local)
    for day in sorted(english):
        names = english.get_list(day)
        local_names = _paired(names, local, day, same_holiday)
        # the package's own words for each holiday: what its translations translate
        words = local_names if local is not None else names
        chinese_names = None if words is None else _paired(
            words, chinese, day,
            lambda word, zh: word is not None and chinese is not None and chinese.tr(word) == zh)
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


def _translates(english: holidays_pkg.HolidayBase, local: holidays_pkg.HolidayBase | None
                ) -> Callable[[Any, str], bool]:
    """Whether an English name is the translation of a name in the calendar's own
    language: itself ("Ognissanti"), or made with one of its labels ("ชดเชย%s", "%s
    (observé)") from one that is ("... (in lieu)")."""
    labels = [] if local is None else [
        (re.compile("^" + re.escape(local.tr(label)).replace("%s", "(.+)") + "$"),
         english.tr(label)) for name in dir(local) if name.endswith("_label")
        and isinstance(label := getattr(local, name), str) and label.count("%s") == 1]

    def same(name: str, own: str) -> bool:
        if english.tr(own) == name:
            return True
        return any((m := pattern.match(own)) is not None and made.replace(
            "%s", english.tr(m.group(1))) == name for pattern, made in labels)

    return same


def _paired(names: list[str] | list[str | None], calendar: holidays_pkg.HolidayBase | None,
            day: date, same: Callable[[Any, str], bool]) -> list[str | None] | None:
    """The names ``calendar`` gives the day's holidays, in the order of ``names``; None
    when they cannot be told apart.

    The package lists a day's holidays in each language's alphabetical order (Italy's
    1 November: "All Saints' Day; National Unity Day" and "Giorno dell'unità nazionale;
    Ognissanti"), so each is paired with the name ``same`` finds the same (the
    translation of one is the other); the last one left pairs with the last."""
    if calendar is None:
        return [None] * len(names)
    others: list[str] = list(calendar.get_list(day))
    if len(others) != len(names):
        return None
    paired: list[str | None] = [None] * len(names)
    for i, name in enumerate(names):
        if len(found := [o for o in others if same(name, o)]) == 1:
            paired[i] = found[0]
            others.remove(found[0])
    left = [i for i, found in enumerate(paired) if found is None]
    if len(left) == 1:
        paired[left[0]] = others[0]
    elif left:
        return None
    return paired


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
