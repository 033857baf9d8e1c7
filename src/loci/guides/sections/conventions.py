"""Everyday conventions: money, dates and numbers as written there (Babel), measurement, paper."""

from __future__ import annotations

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal, get_decimal_symbol

from loci.english import the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import agree, capitalise, full_date
from loci.guides.writers.text import Line
from loci.kb import FactRow

# Babel writes bidi marks around right-to-left currency signs; inside an English
# sentence they only move things about, so samples go without them.
_BIDI = str.maketrans("", "", "\u200e\u200f\u061c")
SAMPLE_AMOUNT = 1234.5
SAMPLE_NUMBER = 1234567.891
_SYSTEMS = {
    "metric": "the metric system",
    "US": "US customary units (miles, pounds, Fahrenheit)",
    "UK": "the metric system alongside imperial units such as miles and pints",
}


@section("conventions", "Everyday conventions", 90)
def build(ctx: GuideContext) -> Body | None:
    if F.uninhabited(ctx) is not None:
        return None  # no one on Bouvet Island writes prices in Norwegian kroner
    statements: list[Statement] = []
    locale = _locale(ctx)
    if locale is not None:
        statements += [s for s in (_money(ctx, *locale), _dates(ctx, *locale),
                                   _numbers(*locale)) if s is not None]
    if (measure := _measurement(ctx)) is not None:
        statements.append(measure)
    return Body(statements) if statements else None


def _locale(ctx: GuideContext) -> tuple[Locale, FactRow] | None:
    found = F.main_locale(ctx)
    if found is None:
        return None  # the KB's problems say why (CLDR gives Antarctica no locale)
    return Locale.parse(found[0]), found[1]  # parsed by the same Babel when the KB was built


def _money(ctx: GuideContext, locale: Locale, locale_fact: FactRow) -> Statement | None:
    rows = F.records(ctx, "currency", "cldr")
    if not rows:
        return None
    chosen = _main_currency(ctx, rows)
    code = str(F.value(chosen, "code"))
    sample = format_currency(SAMPLE_AMOUNT, code, locale=locale).translate(_BIDI)
    line = Line(f"Prices in {F.value(chosen, 'plural')} are written like ")
    return line.lang(sample, _tag(locale)).statement([chosen, locale_fact])


def _main_currency(ctx: GuideContext, rows: list[FactRow]) -> FactRow:
    # Bhutan lists the rupee beside the ngultrum; the Factbook names the national one.
    factbook = ctx.fact("currency", "factbook", "factbook")
    wanted = F.value(factbook, "abbreviation") if factbook else None
    return next((r for r in rows if F.value(r, "code") == wanted), rows[0])


def _dates(ctx: GuideContext, locale: Locale, locale_fact: FactRow) -> Statement:
    day = ctx.now.date()
    short = format_date(day, "short", locale=locale)
    long = format_date(day, "long", locale=locale)
    line = Line(f"A date such as {full_date(day)} is written ")
    line.lang(short.translate(_BIDI), _tag(locale))
    if long != short:
        line.add(" or, in full, ").lang(long.translate(_BIDI), _tag(locale))
    return line.statement([locale_fact])


def _numbers(locale: Locale, locale_fact: FactRow) -> Statement:
    sample = format_decimal(SAMPLE_NUMBER, locale=locale).translate(_BIDI)
    decimal = get_decimal_symbol(locale)
    mark = {".": "a point", ",": "a comma"}.get(decimal, f"“{decimal}”")
    line = Line("Numbers are written like ").lang(sample, _tag(locale))
    return line.add(f", with {mark} before the decimals").statement([locale_fact])


def _tag(locale: Locale) -> str:
    return "-".join(p for p in (locale.language, locale.script, locale.territory) if p)


def _measurement(ctx: GuideContext) -> Statement | None:
    system = ctx.fact("measurement-system", "system", "cldr")
    paper = ctx.fact("measurement-system", "paper-size", "cldr")
    name = _SYSTEMS.get(str(F.value(system, "system"))) if system else None
    if system is None or name is None:
        return None
    line = Line(f"{capitalise(the(ctx.place.name))} {agree(ctx.place.name, 'uses')} {name}")
    facts = [system]
    if paper is not None and F.value(paper, "size"):
        line.add(f", and paper comes in {str(F.value(paper, 'size')).replace('-', ' ')} size")
        facts.append(paper)
    return line.statement(facts)
