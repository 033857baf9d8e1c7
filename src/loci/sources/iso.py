"""ISO 3166 places from pycountry: countries, withdrawn codes, subdivisions.

This source creates the territory-level places every other source attaches to:
the 249 ISO 3166-1 entries, the dissolved states among the withdrawn codes of
ISO 3166-3 (renamed ones are former names of today's places), and every ISO 3166-2
subdivision (Ascension and Tristan da Cunha as territories of their own).
Kosovo, which ISO has not coded, comes from loci's curated data.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Iterator
from functools import cache
from typing import Any

import pycountry
from babel import Locale

from loci.curated import places_data
from loci.sources.records import BuildContext, Fact, Name, Place, Record, SourceInfo
from loci.text import uninverted

SOURCE = SourceInfo(
    name="iso",
    title="ISO 3166 (via pycountry)",
    package="pycountry",
    licence="LGPL-2.1 (pycountry); ISO code lists",
    url="https://pypi.org/project/pycountry/",
    order=10,
)

# Dissolved states (ISO 3166-3) by the ids loci gives them: their old alpha-2 code, except
# Czechoslovakia's, whose CS went to Serbia and Montenegro (so its alpha-4, CSHH).
HISTORIC = {"AN": "ANHH", "CS": "CSXX", "CSHH": "CSHH", "DD": "DDDE", "SU": "SUHH",
            "YD": "YDYE", "YU": "YUCS", "VD": "VDVN", "PC": "PCHH", "GEHH": "GEHH",
            "PZ": "PZPA"}
TERRITORY_SUBDIVISIONS = {"SH-AC": "AC", "SH-TA": "TA"}  # with CLDR's exceptional codes
# Administrative words pycountry keeps in romanized subdivision names ("Liaoning Sheng").
_ADMIN_SUFFIX = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu|Uygur Zizhiqu|SAR)$"
)
_ZH_ADMIN_SUFFIX = re.compile(r"(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$")


@cache
def _catalogue(domain: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)


def _zh(domain: str, english: str) -> str | None:
    translated = _catalogue(domain).gettext(english)
    return translated if translated != english else None


def display_name(code: str, fallback: str) -> str:
    """The English title name of a territory: curated override, then CLDR, then ISO."""
    override: str | None = places_data()["display"].get(code)
    cldr = Locale("en").territories.get(TERRITORY_SUBDIVISIONS.get(code, code))
    return override or cldr or fallback


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield every ISO place with its English and Chinese names and codes."""
    yield from _countries()
    yield from _historic()
    yield from _subdivisions()


def _countries() -> Iterator[Record]:
    for c in pycountry.countries:
        yield Place(id=c.alpha_2, kind="country", name=display_name(c.alpha_2, c.name),
                    country=c.alpha_2)
        yield from _country_names(c.alpha_2, c, "iso3166-1")


def _country_names(code: str, c: Any, domain: str) -> Iterator[Name]:
    yield Name(code, c.name, "en", "common")
    for attr, kind in (("common_name", "short"), ("official_name", "official")):
        if value := getattr(c, attr, None):
            yield Name(code, value, "en", kind)
    yield Name(code, display_name(code, c.name), "en", "short")
    for attr in ("alpha_2", "alpha_3", "numeric"):
        value = getattr(c, attr, None)  # withdrawn codes may lack a numeric one
        if value and not (code != value and pycountry.countries.get(alpha_2=value)):
            yield Name(code, value, "und", "code")  # GE is Georgia's, not the Gilberts'
    if zh := _zh(domain, c.name):
        yield Name(code, zh, "zh-Hans", "translation")


def _historic() -> Iterator[Record]:
    dissolved = {d["place"]: d for d in places_data()["dissolved"]}
    for code, alpha_4 in HISTORIC.items():
        c = pycountry.historic_countries.lookup(alpha_4)
        yield Place(id=code, kind="historic", name=display_name(code, c.name), country=code,
                    status="dissolved")
        yield from _country_names(code, c, "iso3166-3")
        yield Fact(code, "dissolution", "iso-withdrawal", {"date": c.withdrawal_date},
                   f"ISO 3166 code {code} withdrawn on {c.withdrawal_date}",
                   "ISO 3166-3 > withdrawal_date")
        if code not in dissolved:
            raise KeyError(f"data/places.toml lacks a [[dissolved]] entry for {code}")


def _subdivisions() -> Iterator[Record]:
    for s in pycountry.subdivisions:
        kind = "territory" if s.code in TERRITORY_SUBDIVISIONS else "subdivision"
        iso_name, *others = _iso_names(s.name)
        name = display_name(s.code, iso_name) if kind == "territory" else _short(iso_name)
        parent = s.parent_code if s.parent_code else s.country_code
        yield Place(id=s.code, kind=kind, name=name, parent=parent, country=s.country_code)
        yield Name(s.code, iso_name, "en", "official")
        yield Name(s.code, name, "en", "short")
        for other in others:
            yield Name(s.code, other, "und", "endonym")
        yield Name(s.code, s.code, "und", "code")
        if zh := _zh("iso3166-2", s.name):
            yield Name(s.code, zh, "zh-Hans", "translation")
            if (short := _ZH_ADMIN_SUFFIX.sub("", zh)) != zh and len(short) >= 2:
                yield Name(s.code, short, "zh-Hans", "common")


def _iso_names(name: str) -> list[str]:
    """The names an ISO 3166-2 entry holds: "Wales [Cymru GB-CYM]" is Wales and Cymru
    (the code of the Welsh form dropped), "Haute-Sangha / Mambéré-Kadéï" two names."""
    main, _, bracket = name.partition(" [")
    names = [n.strip() for n in main.split(" / ")]
    if other := _BRACKET_CODE.sub("", bracket.rstrip("]")).strip():
        names.append(other)
    return list(dict.fromkeys(names))


_BRACKET_CODE = re.compile(r"(?:^|\s+)[A-Z]{2}-[A-Z0-9]+$")


def _short(name: str) -> str:
    return uninverted(_ADMIN_SUFFIX.sub("", name))
