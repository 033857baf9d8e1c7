"""Unicode CLDR through Babel: names, languages, currency, calendar and measurement.

Babel carries the territory names in every locale (English, Chinese, and the
endonyms in each official language), language shares, currencies, time zones and
likely locales. It lacks the per-territory measurement system and paper size, so
those come from the CLDR ``supplementalData.xml`` that language_data ships.
CLDR has nothing for the withdrawn AN and CS; their Chinese names come from
pycountry's ISO 3166-3 catalogues.
"""

from __future__ import annotations

import gettext
import pickle
import unicodedata
import xml.etree.ElementTree as ET
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pycountry
from anyascii import anyascii
from babel import Locale, UnknownLocaleError, dates, languages, localedata, numbers
from babel.core import get_global

from loci.sources.iso import HISTORIC
from loci.sources.records import BuildContext, Fact, Name, Place, Problem, Record, SourceInfo
from loci.text import fold, has_han, normalize

SOURCE = SourceInfo(
    name="cldr",
    title="Unicode CLDR (via Babel and language-data)",
    package="babel",
    licence="Unicode License v3",
    url="https://cldr.unicode.org/",
    order=40,
)

# ISO 3166-2 places CLDR knows under its exceptional region codes.
CLDR_CODES = {"SH-AC": "AC", "SH-TA": "TA"}
# Withdrawn codes: CLDR only aliases them to a successor (AN -> CW), so its answers
# would describe another place. Names come from pycountry's catalogues instead.
NOT_IN_CLDR = {code: pycountry.historic_countries.lookup(alpha_4).name
               for code, alpha_4 in HISTORIC.items()}
_CHINESE_LOCALES = {"zh-Hans": "zh", "zh-Hant": "zh_Hant"}
_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_CLDR_DAYS = {d[:3]: d for d in _DAYS}
_SYSTEM_NAMES = {"metric": "metric", "US": "US customary", "UK": "imperial (UK)"}
_OFFICIAL_WORDS = {
    "official": "official",
    "official_regional": "official in a region",
    "de_facto_official": "official in practice",
}


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield CLDR names and facts for every country, territory and historic place."""
    shorts = _english_shorts(ctx)
    known = ctx.name_keys()
    for place in list(ctx.countries()):
        if place.id in NOT_IN_CLDR:
            yield from _pycountry_names(place.id)
            continue
        code = CLDR_CODES.get(place.id, place.id)
        if code not in _english():
            yield Problem(place.id, "localeDisplayNames/territories",
                          f"CLDR has no territory {code!r}")
            continue
        names = list(_names(shorts.get(place.id, set()), place, code))
        yield from names
        yield from _foreign_names(place.id, code, known.get(place.id, set())
                                  | {normalize(n.name) for n in names}, names)
        yield from _facts(ctx, place, code)
    yield from _city_names(ctx)


# --- names -------------------------------------------------------------------


def _city_names(ctx: BuildContext) -> Iterator[Name]:
    """The Chinese names CLDR gives the cities its time zones are named after ("Asia/Jakarta":
    雅加达), for the most populous city of that English name in the zone: GeoNames' Chinese
    names of a city are untagged, and may be an old or a Taiwanese form (勿礁维, 伊斯坦堡)."""
    cities: dict[tuple[str, str], Place] = {}
    for place in ctx.places.values():
        if place.kind == "city" and place.timezone:
            for key in {fold(place.name), fold(place.name.removesuffix(" City"))}:
                found = cities.get((place.timezone, key))
                if found is None or (place.population or 0) > (found.population or 0):
                    cities[(place.timezone, key)] = place
    for zone in sorted(zoneinfo.available_timezones()):
        city = cities.get((zone, fold(_exemplar(zone, "en"))))
        if city is None:
            continue
        for lang, locale in _CHINESE_LOCALES.items():
            if has_han(name := _exemplar(zone, locale)):
                yield Name(city.id, name, lang, "translation")


def _exemplar(zone: str, locale: str) -> str:
    """CLDR's exemplar city of a time zone in a locale (its name, else one from the id)."""
    try:
        return str(dates.get_timezone_location(zone, locale=locale, return_city=True))
    except (LookupError, ValueError):
        return ""


def _names(shorts: set[str], place: Place, code: str) -> Iterator[Name]:
    yield _english_name(shorts, place.id, _english()[code])
    for lang, locale in _CHINESE_LOCALES.items():
        if chinese := _territories(locale).get(code):
            yield Name(place.id, chinese, lang, "translation")
    yield from _endonyms(place.id, code)


def _foreign_names(place: str, code: str, known: set[str],
                   names: list[Name]) -> Iterator[Name]:
    """The place's name in every other language CLDR has ("Elfenbeinküste"), once per
    spelling, tagged with the most written language that spells it so; then its
    endonyms in Latin letters where they are written in another script ("Rossiya")."""
    for tag, territories in _all_territories():
        name = territories.get(code)
        if name and (key := normalize(name)) not in known:
            known.add(key)
            yield Name(place, name, tag, "exonym")
    for n in names:
        if n.kind == "endonym" and _romanizable(n.name):
            latin = anyascii(n.name)
            if (key := normalize(latin)) not in known:
                known.add(key)
                yield Name(place, latin, f"{n.lang.split('-')[0]}-Latn", "romanized")


# Languages in the order their names are tagged when several spell a name alike: those
# most written about other countries first, then every other CLDR language by its code.
_MAJOR_LANGUAGES = ("fr", "de", "es", "it", "pt", "nl", "ru", "ja", "ko", "ar", "tr", "pl",
                    "vi", "sv", "da", "nb", "fi", "cs", "hu", "ro", "el", "uk", "id", "ms",
                    "he", "fa", "hi", "th")
# Scripts whose letters anyascii spells as people write them in Latin letters ("Hellas",
# "Sakartvelo"); Chinese characters would come out in Mandarin even for Japanese, and
# Arabic's unwritten vowels would be lost.
_ROMANIZABLE = ("CYRILLIC", "GREEK", "GEORGIAN", "ARMENIAN", "DEVANAGARI", "BENGALI",
                "HANGUL", "THAI", "HEBREW", "GURMUKHI", "TAMIL", "SINHALA")


def _romanizable(name: str) -> bool:
    first = next((c for c in name if c.isalpha()), "")
    return bool(first) and unicodedata.name(first, "").startswith(_ROMANIZABLE)


@cache
def _all_territories() -> list[tuple[str, dict[str, str]]]:
    """(language tag, territory names) for every language CLDR names territories in,
    but English and Chinese, which are read as the place's own names."""
    base = sorted(i for i in localedata.locale_identifiers() if "_" not in i)
    order = [*_MAJOR_LANGUAGES, *(i for i in base if i not in _MAJOR_LANGUAGES)]
    return [(lang, _territories(lang)) for lang in order
            if lang not in ("en", "zh", "root") and lang in base]


def _english_shorts(ctx: BuildContext) -> dict[str, set[str]]:
    """The English short names earlier sources gave each place."""
    shorts: dict[str, set[str]] = {}
    for n in ctx.names:
        if n.kind == "short" and n.lang == "en":
            shorts.setdefault(n.place, set()).add(n.name)
    return shorts


def _english_name(shorts: set[str], place: str, english: str) -> Name:
    """CLDR's English name: "short" unless an earlier source chose another short name."""
    kind = "short" if not shorts or english in shorts else "common"
    return Name(place, english, "en", kind)


def _endonyms(place: str, code: str) -> Iterator[Name]:
    seen: set[tuple[str, str]] = set()
    for language in languages.get_official_languages(code, de_facto=True):
        locale = _locale(f"{language}_{code}") or _locale(language)
        name = locale.territories.get(code) if locale else None
        if locale is None or not name:
            continue  # Babel has no locale for the language (or no name in it)
        tag = _tag(locale.language, locale.script)
        if (tag, name) not in seen:
            seen.add((tag, name))
            yield Name(place, name, tag, "endonym")


def _pycountry_names(place: str) -> Iterator[Name]:
    """A withdrawn code's names in every language pycountry's ISO 3166-3 catalogues have:
    Chinese as translations, the others as exonyms ("UdSSR", "Tschechoslowakei")."""
    english = NOT_IN_CLDR[place]
    seen = {normalize(n) for n in _names_in(english)}
    for lang, catalogue in _pycountry_catalogues():
        for name in _names_in(catalogue.gettext(english)):
            if (key := normalize(name)) not in seen:
                seen.add(key)
                kind = "translation" if lang.startswith("zh-") else "exonym"
                yield Name(place, name, lang, kind)


def _names_in(catalogued: str) -> list[str]:
    """The names an ISO catalogue entry holds: "UdSSR, Union der ... Sowjetrepubliken" is
    two names; "Alemania, República Democrática de" is one, inverted."""
    head, _, rest = catalogued.partition(", ")
    if not rest:
        return [head]
    last = rest.split()[-1]
    if last.islower() and len(last) <= 3:  # "..., République fédérale de"
        return [f"{rest} {head}"] if "(" not in rest else []
    return [n for n in (head, rest) if "(" not in n]


@cache
def _pycountry_catalogues() -> list[tuple[str, gettext.NullTranslations]]:
    locales = Path(pycountry.LOCALES_DIR)
    found = sorted(p.parent.parent.name for p in locales.glob("*/LC_MESSAGES/iso3166-3.mo"))
    tags = {"zh_CN": "zh-Hans", "zh_TW": "zh-Hant"}
    return [(tags.get(code, code.replace("_", "-")), _iso3166_3(code)) for code in found
            if code in tags or "_" not in code]


# --- facts ---------------------------------------------------------------------


def _facts(ctx: BuildContext, place: Place, code: str) -> Iterator[Fact | Problem]:
    main = main_locale(code, place.parent)
    if main is not None:
        yield Fact(place.id, "language", "main-locale", {"locale": str(main)},
                   f"Main locale: {main} ({main.get_display_name('en')})", "likelySubtags")
    else:
        yield Problem(place.id, "likelySubtags", "CLDR gives no locale for this territory "
                      "(no likely subtags, no language spoken there): its guide shows no "
                      "money, date or number formats")
    yield from _language_facts(place.id, code)
    yield from _currency_facts(place.id, code, main)
    yield _first_day(place.id, code, main)
    yield from _measurement_facts(place.id, code)
    yield from _zone_facts(place, code, ctx.year)


def _language_facts(place: str, code: str) -> Iterator[Fact | Problem]:
    for key, info in languages.get_territory_language_info(code).items():
        language, _, script = key.partition("_")
        if language == "und":
            continue  # CLDR's marker for "no resident population" (Antarctica)
        percent = info["population_percent"]
        if not isinstance(percent, int | float):
            yield Problem(place, "territoryInfo/languagePopulation",
                          f"no population share for {key}", repr(info))
            continue
        name = _english_language(language)
        official = info["official_status"] if isinstance(info["official_status"], str) else None
        words = f", {_OFFICIAL_WORDS[official]}" if official else ""
        in_script = f" in {Locale('en').scripts.get(script, script)} script" if script else ""
        yield Fact(
            place, "language", _tag(language, script or None),
            {"code": language, "name": name, "percent": float(percent), "official": official,
             "script": script or None},
            f"{name}{in_script}: spoken by {percent:g}% of the population{words}",
            "territoryInfo/languagePopulation",
        )


def _currency_facts(place: str, code: str, main: Locale | None) -> Iterator[Fact]:
    for currency in numbers.get_territory_currencies(code, date.today()):
        name = numbers.get_currency_name(currency, locale="en")
        symbol = numbers.get_currency_symbol(currency, locale=main or "en")
        symbol_en = numbers.get_currency_symbol(currency, locale="en")
        # "Euro" is its name as a label; prose says "a euro", "prices in euros"
        singular, plural = (numbers.get_currency_name(currency, count=n, locale="en")
                            for n in (1, 2))
        yield Fact(place, "currency", currency,
                   {"code": currency, "name": name, "singular": singular, "plural": plural,
                    "symbol": symbol, "symbol_en": symbol_en},
                   f"Currency: {name} ({currency}, {symbol})", "currencyData/region")


def _first_day(place: str, code: str, main: Locale | None) -> Fact:
    """The first day of the week: Babel's when the main locale is the territory's own."""
    day = _babel_first_day(main, code) or supplemental().first_day.get(
        code, supplemental().first_day["001"]
    )
    return Fact(place, "first-day-of-week", "first-day", {"day": day},
                f"Calendars start the week on {day.capitalize()}", "weekData/firstDay")


def _measurement_facts(place: str, code: str) -> Iterator[Fact]:
    data = supplemental()
    system = data.systems.get(code, data.systems["001"])
    temperature = data.temperature.get(code, system)
    in_degrees = "Fahrenheit" if temperature == "US" else "Celsius"
    yield Fact(place, "measurement-system", "system",
               {"system": system, "temperature": temperature},
               f"Measurement system: {_SYSTEM_NAMES[system]}; temperatures in {in_degrees}",
               "measurementData/measurementSystem")
    paper = data.paper.get(code, data.paper["001"])
    yield Fact(place, "measurement-system", "paper-size", {"size": paper},
               f"Paper size: {paper}", "measurementData/paperSize")


def _zone_facts(place: Place, code: str, year: int) -> Iterator[Fact | Problem]:
    zones: list[str] = get_global("territory_zones").get(code, [])
    if not zones and place.parent:
        # Ascension and Tristan share St Helena's zone; CLDR maps it to SH only.
        zones = get_global("territory_zones").get(place.parent, [])
    for zone in zones:
        yield from zone_records(place.id, zone, year)


def zone_records(place: str, zone: str, year: int) -> Iterator[Fact | Problem]:
    """A time zone of a place, with its offsets in ``year`` when this machine knows them."""
    standard, daylight = utc_offsets(zone, year)
    if standard is None:
        yield Problem(place, "timezone/zone territories", f"the time zone {zone} is not in "
                      "this machine's time zone database (install tzdata): no UTC offset")
    yield Fact(place, "time-zone", zone,
               {"zone": zone, "utc_offset": standard, "dst_offset": daylight},
               f"Time zone {zone}{_offset_text(standard, daylight)}", "timezone/zone territories")


# --- helpers -----------------------------------------------------------------------


def _babel_first_day(main: Locale | None, code: str) -> str | None:
    """Babel's (newer) CLDR first day, read from the territory's own locale file.

    Babel writes week data only into the locales of territories CLDR lists, and
    a Locale inherits the rest from its parent (Angola would get Portugal's
    Sunday); a locale file without week data of its own means the world default.
    """
    if main is None or main.territory != code:
        return None
    own = _own_week_data(str(main)).get("first_day")
    return _DAYS[own if own is not None else _own_week_data("root")["first_day"]]


@cache
def _own_week_data(identifier: str) -> dict[str, int]:
    # localedata.load caches merged data under the same name, so
    # merge_inherited=False cannot be trusted; read the file as load() does.
    with open(localedata.resolve_locale_filename(identifier), "rb") as f:
        return dict(pickle.load(f).get("week_data", {}))


def main_locale(code: str, parent: str | None = None) -> Locale | None:
    """The locale to format a territory's money and dates: zh_Hans_CN for CN, en_US for US.

    CLDR's likely subtags answer for most territories; for the rest, the most
    spoken language of the territory (or of its parent) with that region, else
    the language alone.
    """
    if locale := _locale(f"und_{code}"):
        return locale
    spoken = languages.get_territory_language_info(code)
    by_share = sorted(spoken, key=lambda k: -_share(spoken[k]["population_percent"]))
    regions = [code, parent] if parent else [code]
    candidates = [f"{lang}_{region}" for region in regions for lang in by_share]
    for candidate in [*candidates, *by_share]:
        if not candidate.startswith("und") and (locale := _locale(candidate)):
            return locale
    return None


def _share(percent: float | str | None) -> float:
    return float(percent) if isinstance(percent, int | float) else 0.0


def utc_offsets(zone: str, year: int) -> tuple[str | None, str | None]:
    """A zone's standard UTC offset and its daylight-saving one (None without DST)."""
    try:
        tz = ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None, None  # no time zone database on this machine
    offsets = sorted({datetime(year, month, 1, tzinfo=tz).utcoffset() or timedelta()
                      for month in (1, 7)})
    standard = _format_offset(offsets[0])
    return standard, _format_offset(offsets[-1]) if len(offsets) > 1 else None


def _format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{minutes:02d}"


def _offset_text(standard: str | None, daylight: str | None) -> str:
    if standard is None:
        return ""
    if daylight is None:
        return f": UTC{standard}"
    return f": UTC{standard}, UTC{daylight} with daylight saving"


def _tag(language: str, script: str | None) -> str:
    """A BCP 47 tag from Babel's parts: ("zh", "Hant") -> "zh-Hant"."""
    return f"{language}-{script}" if script else language


@cache
def _locale(identifier: str) -> Locale | None:
    try:
        return Locale.parse(identifier)
    except (UnknownLocaleError, ValueError):
        return None


@cache
def _english() -> dict[str, str]:
    return dict(Locale("en").territories)


@cache
def _territories(locale: str) -> dict[str, str]:
    return dict(Locale.parse(locale).territories)


@cache
def _english_language(code: str) -> str:
    """A language's English name: Babel's, else language_data's, else the code itself."""
    if name := Locale("en").languages.get(code):
        return str(name)
    from language_data.name_data import CODE_TO_NAMES  # 4 MB of Python: only when needed

    return str(CODE_TO_NAMES.get(code, {}).get("en", code))


@cache
def _iso3166_3(catalogue: str) -> gettext.NullTranslations:
    return gettext.translation("iso3166-3", pycountry.LOCALES_DIR, languages=[catalogue],
                               fallback=True)


# --- CLDR supplemental data ------------------------------------------------------


@dataclass(frozen=True)
class Supplemental:
    """Per-territory data from ``supplementalData.xml``; "001" holds the world default."""

    systems: dict[str, str]
    temperature: dict[str, str]
    paper: dict[str, str]
    first_day: dict[str, str]


@cache
def supplemental() -> Supplemental:
    """Measurement, paper and first-day data from language_data's copy of CLDR."""
    path = resources.files("language_data") / "data" / "supplementalData.xml"
    with path.open("rb") as f:
        root = ET.parse(f).getroot()
    data = Supplemental({}, {}, {}, {})
    for elem in root.iterfind("measurementData/measurementSystem"):
        target = data.temperature if elem.get("category") == "temperature" else data.systems
        _assign(target, elem, elem.get("type", ""))
    for elem in root.iterfind("measurementData/paperSize"):
        _assign(data.paper, elem, elem.get("type", ""))
    for elem in root.iterfind("weekData/firstDay"):
        if elem.get("alt") is None:  # alt="variant" is a dictionary's opinion
            _assign(data.first_day, elem, _CLDR_DAYS[elem.get("day", "")])
    return data


def _assign(target: dict[str, str], elem: ET.Element, value: str) -> None:
    for territory in elem.get("territories", "").split():
        target[territory] = value
