"""Word lists the claim layer reads entities with: currencies and languages.

Built once per :class:`~loci.check.knowledge.Knowledge` from CLDR (through Babel)
and the knowledge base, on first use: a run that meets no money never builds
the currency list.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from loci.check import cues
from loci.kb import TERRITORY_KINDS
from loci.text import normalize

if TYPE_CHECKING:
    from loci.check.knowledge import Knowledge

_ALL_CAPS = re.compile(r"[A-Z]{2,}")
_WORD = re.compile(r"(?<![\w-])[^\W\d_][\w’'-]*(?<![’'-])")
_NOT_MONEY = frozenset({"currency", "rights", "unit", "units", "account", "fund", "funds",
                        "gold", "silver", "platinum", "palladium", "code", "testing",
                        "transactions", "mvdol", "valor", "value", "adelantada", "constante",
                        "reajustable"})


@dataclass(frozen=True, slots=True)
class Currency:
    """A currency as CLDR names it: "Thai Baht" is the unit "baht" qualified by "thai"."""

    code: str
    name: str
    unit: str
    qualifiers: frozenset[str]
    places: frozenset[str] = frozenset()  # words and abbreviations of the territories
    # using it ("barbados", "uae")


@dataclass(frozen=True, slots=True)
class Tenure:
    """A territory's use of a currency, from CLDR's dated table (end None: still used)."""

    code: str
    start: date | None
    end: date | None
    tender: bool


@dataclass(frozen=True)
class Currencies:
    """Every currency by code and by unit word, and which territory used which, when."""

    by_code: dict[str, Currency]
    by_unit: dict[str, tuple[Currency, ...]]  # singular unit word -> currencies
    units: dict[str, str]  # every written form (singular, plural, alias, code) -> unit or code
    tenures: dict[str, tuple[Tenure, ...]]  # territory -> tenures
    qualifiers: frozenset[str]  # every word CLDR puts before a unit ("thai", "east", "cfa")

    def places(self, written_unit: str) -> frozenset[str]:
        """The words of the territories that use a currency of this unit ("dollars":
        "barbados", "jamaica", ...): qualifiers of that unit only."""
        unit = self.units.get(written_unit.lower()) or self.units.get(normalize(written_unit))
        return frozenset().union(*(c.places for c in self.by_unit.get(unit or "", ())))

    def withdrawn(self, currencies: list[Currency], today: date) -> bool:
        """Whether none of these currencies is used anywhere today (the kuna, the kroon)."""
        return bool(currencies) and not any(
            t.code == c.code and t.tender and (t.end is None or t.end > today)
            for tenures in self.tenures.values() for t in tenures for c in currencies)

    def current(self, territory: str, today: date) -> set[str]:
        return {t.code for t in self.tenures.get(territory, ())
                if t.tender and (t.end is None or t.end > today)}

    def former(self, territory: str, today: date) -> dict[str, date]:
        """Currencies the territory used and no longer does, with the day they ended."""
        return {t.code: t.end for t in self.tenures.get(territory, ())
                if t.tender and t.end is not None and t.end <= today}

    @cached_property
    def unit_words(self) -> frozenset[str]:
        """Every written form in lower case, for a quick test of a sentence's words (which
        are split at apostrophes: a form with one is there by its last part, "anga")."""
        return frozenset(re.split(r"['’]", form.lower())[-1] for form in self.units)

    def words_in(self, text: str) -> list[re.Match[str]]:
        """The words of ``text`` that are a currency's unit, plural, alias or code: a word
        at a time and a dictionary look-up, not one pattern of five hundred names."""
        found: list[re.Match[str]] = []
        for m in _WORD.finditer(text):
            word = m.group()
            if word in self.units or word.lower() in self.units or (
                    not word.isascii() and normalize(word) in self.units):
                if found and (both := _STERLING.match(text, found[-1].start())) and \
                        both.end() == m.end():
                    found[-1] = both  # "pounds sterling": one money, the British pound
                    continue
                found.append(m)
        return found

    def read(self, written: str) -> tuple[str, list[Currency]] | None:
        """The unit a currency expression names and the currencies it can mean:
        "Thai baht" -> THB; "pesos" -> every peso; "USD" -> USD."""
        words = written.split()
        if not words:
            return None
        last = words[-1].strip(".,").lower() if not words[-1].isupper() else words[-1]
        unit = self.units.get(last) or self.units.get(normalize(last))
        if unit is None:
            return None
        if unit in self.by_code:  # an ISO code
            return unit, [self.by_code[unit]]
        found = list(self.by_unit.get(unit, ()))
        qualifiers = {normalize(w) for w in words[:-1]} - {"the", "a", "an"}
        if normalize(last) in self.qualifiers:
            qualifiers.add(normalize(last))  # "sterling" names the unit and which one
        words = [w for w in words if normalize(w) not in ("the", "a", "an")]
        if qualifiers:  # the currencies the most written words qualify: "West African"
            best = max((len(qualifiers & (c.qualifiers | c.places)) for c in found), default=0)
            found = [c for c in found if len(qualifiers & (c.qualifiers | c.places)) == best] \
                if best else found
            # and of those, one qualified by those words alone: "Sudanese pound" is Sudan's,
            # not the South Sudanese pound
            found = [c for c in found if c.qualifiers == qualifiers] or found
        return unit, found


_STERLING = re.compile(r"(?i:pounds?)\s+(?i:sterling)\b")


def currencies(know: Knowledge) -> Currencies:
    """The currency lexicon, built once per Knowledge."""
    found = know.memo.get("currencies")
    if not isinstance(found, Currencies):
        found = know.memo["currencies"] = _build_currencies(_abbreviations())
    return found


def _abbreviations() -> dict[str, set[str]]:
    """The abbreviations of territories' names in loci's aliases ("UAE", "U.K."), which
    qualify the money of the territory they name as its name does ("the UAE dirham")."""
    from loci.check.knowledge import ABBREVIATION
    from loci.curated import places_data

    found: dict[str, set[str]] = defaultdict(set)
    for alias in places_data().get("alias", []):
        if ABBREVIATION.fullmatch(alias["name"]):
            found[alias["place"]].add(normalize(alias["name"].replace(".", "")))
    return found


def _build_currencies(abbreviations: Mapping[str, set[str]]) -> Currencies:
    from babel import Locale, numbers
    from babel.core import get_global

    english = Locale("en")
    by_code: dict[str, Currency] = {}
    by_unit: dict[str, list[Currency]] = defaultdict(list)
    units: dict[str, str] = {}
    table = get_global("territory_currencies")
    funds = _funds(table)
    also = {code: {normalize(w) for w in words}
            for code, words in cues.table("currency")["qualified_by"].items()}
    users: dict[str, list[str]] = defaultdict(list)  # code -> territories using it now
    for territory, rows in table.items():
        for code, _, end, tender in rows:
            if end is None and tender:
                users[code].append(territory)
    for code, name in english.currencies.items():
        if code in funds:
            continue  # "US Dollar (Next day)": a bank's account, never what "dollars" means
        plain = re.sub(r"\s*\([^)]*\)", "", name)  # "Belgian Franc (convertible)"
        words = [w for w in plain.split() if not _ALL_CAPS.fullmatch(w) and not w[:1].isdigit()]
        if not words:
            continue
        unit = normalize(words[-1])
        if unit in _NOT_MONEY:
            continue  # "Special Drawing Rights", "European Currency Unit": accounts, not cash
        # The words before the unit qualify it, codes among them too ("US Dollar", "CFA").
        before_unit = [w for w in plain.split()[:-1] if not w[:1].isdigit()]
        qualified = {normalize(w) for w in before_unit}
        # "the Eastern Caribbean dollar", "West African" or "Western African" CFA franc
        qualified |= {_POINTS[w] for w in qualified if w in _POINTS} | also.get(code, set())
        # and the names of the territories where it is money today ("Barbados dollars")
        places = {normalize(w) for t in users.get(code, ()) for w in
                  english.territories.get(t, "").split() if len(w) > 3} - qualified
        places |= {a for t in users.get(code, ()) for a in abbreviations.get(t, ())}
        currency = Currency(code, name, unit, frozenset(qualified), frozenset(places))
        by_code[code] = currency
        by_unit[unit].append(currency)
        units.setdefault(unit, unit)
        plural = re.sub(r"\s*\([^)]*\)", "", numbers.get_currency_name(code, count=2,
                                                                       locale="en")).split()
        if plural and normalize(plural[-1]) not in _NOT_MONEY:
            units.setdefault(normalize(plural[-1]), unit)
            units.setdefault(plural[-1].lower(), unit)  # "lekë", "colóns" as written
        units.setdefault(words[-1].lower(), unit)
        units[code] = code
    for alias, unit in cues.table("currency")["aliases"].items():
        units[alias] = normalize(unit)
    for form, unit in list(units.items()):  # CLDR's "paʻanga" as typed: "pa'anga", "pa’anga"
        for mark in ("'", "’") if "ʻ" in form or "ʼ" in form else ():
            units.setdefault(form.replace("ʻ", mark).replace("ʼ", mark), unit)
    tenures: dict[str, tuple[Tenure, ...]] = {}
    for territory, rows in table.items():
        tenures[territory] = tuple(Tenure(code, _day(start), _day(end), tender)
                                   for code, start, end, tender in rows)
    qualifiers = frozenset(w for c in by_code.values() for w in c.qualifiers)
    return Currencies(by_code, {u: tuple(c) for u, c in by_unit.items()}, units, tenures,
                      qualifiers | {"us", "u.s"})


def _funds(table: Mapping[str, Any]) -> set[str]:
    """Codes CLDR lists for some territory but never as legal tender anywhere: funds and
    units of account (USN, CHE "WIR Euro", CLF), which share a unit word with the money
    they stand beside."""
    tender = {row[0] for rows in table.values() for row in rows if row[3]}
    return {row[0] for rows in table.values() for row in rows if not row[3]} - tender


_POINTS = {"east": "eastern", "west": "western", "north": "northern", "south": "southern"}


def _day(value: tuple[int, int, int] | None) -> date | None:
    return date(*value) if value else None


def languages(know: Knowledge) -> frozenset[str]:
    """Normalised names of languages: CLDR's English names, the KB's language facts and
    loci's aliases ("Chichewa", "Farsi")."""
    found = know.memo.get("language-names")
    if not isinstance(found, frozenset):
        from babel import Locale

        written = list(Locale("en").languages.values())
        sql = ("SELECT DISTINCT json_extract(value, '$.name') FROM facts "
               "WHERE topic = 'language' AND value LIKE '{%'")
        for (name,) in know.kb.db.execute(sql):
            if isinstance(name, str):  # "Ganda or Luganda", "Swahili/Kiswahili"
                written += re.split(r"/| or ", name)
        for group in cues_data("languages.toml")["aliases"]:
            written += group
        written += [iso for _, iso in know.kb.vocab("language-pairs")  # ISO 639's names,
                    if normalize(iso) not in know.english_words  # not "Creek", "Tokelau"
                    and not know.exact(iso, TERRITORY_KINDS)]
        names = {normalize(anyascii(n)) for n in written}  # "Kʼicheʼ" is written "K'iche'"
        found = know.memo["language-names"] = frozenset(n for n in names if n)
    return found


def cues_data(name: str) -> dict[str, Any]:
    """A TOML file of ``loci/check/data``."""
    import tomllib
    from importlib import resources

    text = resources.files("loci.check.data").joinpath(name).read_text(encoding="utf-8")
    return tomllib.loads(text)
