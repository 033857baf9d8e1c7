"""At a glance: names, capitals, population, area, languages, currency, time, codes, flag."""

from __future__ import annotations

from collections.abc import Callable

from loci.english import the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.names import chinese, endonyms, official_name
from loci.guides.sections import Body, section
from loci.guides.sections.world import successors
from loci.guides.timezones import offset_minutes, zone_summary
from loci.guides.writers.default import (
    about,
    area,
    count_word,
    estimate,
    natural_list,
)
from loci.guides.writers.text import Line
from loci.kb import FactRow
from loci.kb.vocab import spoken_only

# Regional-indicator flags exist for ISO codes and CLDR's exceptional AC and TA.
_FLAG_CODES = {"SH-AC": "AC", "SH-TA": "TA", "XK": "XK"}  # CLDR region codes, not ISO


@section("at-a-glance", "At a glance", 10)
def build(ctx: GuideContext) -> Body | None:
    items = [item(ctx) for item in _ITEMS]
    return Body([s for s in items if s is not None])


def _names(ctx: GuideContext) -> Statement | None:
    line, facts = Line(f"Name: {the(ctx.place.name)}"), []
    if (official := official_name(ctx)) is not None:
        name = official[0].removeprefix("the ").removeprefix("The ")  # "the Holy See"
        line.add(f" (officially {the(name)})")
        facts.append(official[1])
    if (zh := chinese(ctx)) is not None:
        line.add("; in Chinese ").extend(zh[0])
        facts += zh[1]
    if (own := endonyms(ctx)) is not None:
        line.add("; ").extend(own[0])
        facts += own[1]
    if not facts:
        return None
    return line.statement(facts, item=True, end="")


def _capitals(ctx: GuideContext) -> Statement | None:
    caps, source = ctx.inherited("capital")
    caps = [c for c in caps if c.key != "note" and F.value(c, "name")]
    if not caps or source.id != ctx.place.id:
        return None
    label = "Capital" if len(caps) == 1 else "Capitals"
    named = [F.capital_name(ctx, c) for c in caps]
    parts = [name + (f" ({F.value(c, 'role')})" if F.value(c, "role") else "")
             for c, (name, _) in zip(caps, named, strict=True)]
    return Line(f"{label}: {natural_list(parts)}").statement(
        [f for _, cited in named for f in cited], item=True, end="")


def _population(ctx: GuideContext) -> Statement | None:
    found = F.population(ctx)
    if found is None:
        return None
    count, year, fact = found
    text = about(count)
    who = "" if fact.source.dataset == "factbook" else " (GeoNames)"
    return Line(f"Population: {text}{estimate(year)}{who}").statement([fact], item=True, end="")


def _area(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("location", "area", "factbook") or ctx.fact("location", "area-geonames")
    km2 = F.value(fact, "total_km2") if fact else None
    if fact is None or not km2:
        return None
    return Line(f"Area: {area(float(km2))}").statement([fact], item=True, end="")


def _languages(ctx: GuideContext) -> Statement | None:
    rows = [f for f in F.records(ctx, "language") if F.value(f, "official") is True]
    if not rows:
        rows = [f for f in F.records(ctx, "language", "cldr")
                if F.value(f, "official") == "official"]
    # a census counts "English only" speakers: the language is English
    names = list(dict.fromkeys(spoken_only(name := str(F.value(f, "name"))) or name
                               for f in rows))
    if not names:
        return None
    label = "Official language" if len(names) == 1 else "Official languages"
    return Line(f"{label}: {natural_list(names)}").statement(rows, item=True, end="")


def _currency(ctx: GuideContext) -> Statement | None:
    rows = F.records(ctx, "currency", "cldr")
    if not rows:
        return None
    parts = [currency_name(r) for r in rows]
    label = "Currency" if len(rows) == 1 else "Currencies"
    return Line(f"{label}: {natural_list(parts)}").statement(rows, item=True, end="")


def currency_name(row: FactRow) -> str:
    """"Chinese yuan (CNY, ¥)"; the symbol is left out when it is the code itself."""
    code, symbol = F.value(row, "code"), F.value(row, "symbol")
    shown = f"{code}, {symbol}" if symbol and symbol != code else str(code)
    return f"{F.value(row, 'singular')} ({shown})"


def _time(ctx: GuideContext) -> Statement | None:
    rows = F.records(ctx, "time-zone", "cldr")
    zones = [str(F.value(r, "zone")) for r in rows if F.value(r, "zone")]
    if not zones:
        return None
    label = "Time zone" if len(zones) == 1 else "Time zones"
    line = Line(f"{label}: {zone_summary(zones, ctx.now)}")
    # Where the Factbook counts the zones otherwise (China keeps one official time, and
    # CLDR lists Xinjiang's Asia/Urumqi too), both are said, the Factbook in its words
    note = ctx.fact("time-zone", "zones", "factbook")
    counted = F.value(note, "zones") if note is not None else None
    standard = {F.value(r, "utc_offset") for r in rows if F.value(r, "utc_offset")}
    now = {offset_minutes(z, ctx.now) for z in zones} - {None}  # with daylight saving
    if note is None or counted is None or not standard or counted in (len(standard), len(now)):
        return line.statement(rows, item=True, end="")
    line.add(f"; the Factbook counts {count_word(counted)}: “{F.value(note, 'text')}”")
    return line.statement([*rows, note], item=True, end="")


def _codes(ctx: GuideContext) -> Statement | None:
    call = ctx.fact("calling-code", "code")
    tld = ctx.fact("internet-tld", "tld") or ctx.fact("internet-tld", "geonames")
    parts, facts = [], []
    if call is not None and F.value(call, "code"):
        parts.append(f"calling code {F.value(call, 'code')}")
        facts.append(call)
    if tld is not None and F.value(tld, "tld"):
        parts.append(f"internet domain {F.value(tld, 'tld')}")
        facts.append(tld)
    if not parts:
        return None
    return Line(f"Codes: {'; '.join(parts)}").statement(facts, item=True, end="")


def _flag(ctx: GuideContext) -> Statement | None:
    place = ctx.place
    if place.status != "current":
        return None
    code = _FLAG_CODES.get(place.id, place.id)
    if len(code) != 2 or not code.isalpha():
        return None
    emoji = "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in code.upper())
    dataset = "cldr" if place.id in _FLAG_CODES else "iso"
    fact = ctx.source_fact(dataset, "flag", {"code": code, "emoji": emoji}, emoji,
                           "region code" if dataset == "cldr" else "ISO 3166-1 alpha-2",
                           topic="code")
    return Line(f"Flag emoji: {emoji}").statement([fact], item=True, end="")


def _dissolved(ctx: GuideContext) -> Statement | None:
    """For a state that no longer exists: when it ended and what it became."""
    found = successors(ctx)
    if found is None:
        return None
    places, fact = found
    ended = str(F.value(fact, "ended", ""))[:4]
    return Line(f"Dissolved: {ended}; succeeded by ").join(
        [Line().place(p, the(p.name)) for p in places]).statement([fact], item=True, end="")


_ITEMS: tuple[Callable[[GuideContext], Statement | None], ...] = (
    _names, _dissolved, _capitals, _population, _area, _languages, _currency, _time, _codes, _flag)
