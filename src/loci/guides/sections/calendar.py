"""Calendar and festivals: national day, this year's public holidays, the first day of the week."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from loci.english import possessive, the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import CITY, Body, section
from loci.guides.writers.default import (
    MONTHS,
    count_word,
    date_span,
    day_month,
    natural_list,
)
from loci.guides.writers.text import Line
from loci.kb import KB, FactRow, PlaceRow
from loci.text import fold

# "(observed)", "（补假）", "(observado)": a day in lieu, listed under its holiday.
_IN_LIEU = re.compile(
    r"\s*[(（][^()（）]*(observed|observado|补假|補假|выходной|observé)[^()（）]*[)）]$",
    re.IGNORECASE)
_BRIDGE = re.compile(r"^Day off \(substituted", re.IGNORECASE)


@section("calendar", "Calendar and festivals", 70)
def build(ctx: GuideContext) -> Body | None:
    statements = [s for s in (_national_days(ctx),) if s is not None]
    statements += _dated_otherwise(ctx)
    statements += holiday_statements(ctx, ctx.place)
    if (week := _week(ctx)) is not None:
        statements.append(week)
    return Body(statements) if statements else None


@section("calendar", "Public holidays", 40, guide=CITY)
def build_city(ctx: GuideContext) -> Body | None:
    owner = _holiday_owner(ctx)
    return Body(holiday_statements(ctx, owner)) if owner is not None else None


def _holiday_owner(ctx: GuideContext) -> PlaceRow | None:
    """Whose holidays a city keeps: its territory-level parent (Tristan) or its country."""
    parent = ctx.lookup(ctx.place.parent)
    if parent is not None and parent.is_territory and ctx.facts("holiday-calendar",
                                                                 place=parent.id):
        return parent
    return ctx.country


def _national_days(ctx: GuideContext) -> Statement | None:
    rows = [f for f in F.records(ctx, "national-holiday") if F.value(f, "name")]
    if not rows:
        return None
    parts = [_national_day(f) for f in rows]
    label = "The national holiday is " if len(rows) == 1 else "The national holidays are "
    return Line(label + natural_list(parts)).statement(rows)


def _dated_otherwise(ctx: GuideContext) -> list[Statement]:
    """"In 2026 the first Monday in August is 3 August, and the holidays package keeps
    Constitution Day on 4 August.", "In 2026 the holidays package keeps Independence Day on
    22 April instead.": a national holiday the Factbook and the package date apart this
    year (a holiday moved to a Monday, a lunar date, two independences)."""
    year = ctx.now.year
    rows, _ = _holidays(ctx.kb, ctx.place.id, year)
    said = []
    for fact in F.records(ctx, "national-holiday"):
        name = str(F.value(fact, "name") or "")
        due = national_date(fact, year)
        kept = [r for r in rows if fold(str(F.value(r, "name"))) == fold(name)]
        days = sorted({date.fromisoformat(str(F.value(r, "date"))) for r in kept})
        if due is None or not days or due in days:
            continue
        kept_on = f"the holidays package keeps {name} on " + natural_list(
            [day_month(d.day, d.month) for d in days])
        line = (f"In {year} {kept_on} instead" if F.value(fact, "day") else
                f"In {year} {F.value(fact, 'date_text')} is {day_month(due.day, due.month)}, "
                f"and {kept_on}")
        said.append(Line(line).statement([fact, *kept]))
    return said


_NTH = {"first": 0, "second": 1, "third": 2, "fourth": 3, "last": -1}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_RULE = re.compile(rf"the (?P<nth>{'|'.join(_NTH)}) (?P<weekday>{'|'.join(_WEEKDAYS)}) "
                   rf"(?:in|of) (?P<month>{'|'.join(MONTHS)})")


def national_date(fact: FactRow, year: int) -> date | None:
    """The day a national holiday falls on in ``year``: its fixed date, or its rule's day
    ("the first Monday in August"); None for what names no day."""
    day, month = F.value(fact, "day"), F.value(fact, "month")
    if day and month:
        try:
            return date(year, int(month), int(day))
        except ValueError:  # 29 February in a common year
            return None
    rule = _RULE.fullmatch(str(F.value(fact, "date_text") or ""))
    if rule is None:
        return None
    first = date(year, MONTHS.index(rule["month"]) + 1, 1)
    weekday = _WEEKDAYS.index(rule["weekday"])
    dates = (first + timedelta(n) for n in range(31))
    days = [d for d in dates if d.month == first.month and d.weekday() == weekday]
    return days[_NTH[rule["nth"]]]


_ADVERBS = frozenset({"usually", "normally", "traditionally", "generally"})
_NOUN_OF = re.compile(r"[A-Z][a-z]+(?: [a-z]+)? of ")  # a name made of a noun and "of"


def _national_day(fact: FactRow) -> str:
    when = F.value(fact, "date_text")
    if not when and F.value(fact, "day") and F.value(fact, "month"):
        when = day_month(int(F.value(fact, "day")), int(F.value(fact, "month")))
    name = str(F.value(fact, "name"))
    if _NOUN_OF.match(name):  # "the Birthday of Emperor Naruhito", "the Founding of ..."
        name = f"the {name}"
    description = str(F.value(fact, "description") or "")
    often = description if description in _ADVERBS else ""  # "usually on the second Saturday"
    on = f", {often} on" if often else " on"
    text = name + (f"{on} {when}".replace("-", "–") if when else "")
    extra = [description] if description and not often else []
    if F.value(fact, "year"):
        extra.append(str(F.value(fact, "year")))
    return f"{text} ({', '.join(extra)})" if extra else text


@dataclass
class _Holiday:
    name: str
    local: str | None
    lang: str | None
    dates: list[date] = field(default_factory=list)
    observed: list[date] = field(default_factory=list)  # its days off in lieu ("(observed)")
    facts: list[FactRow] = field(default_factory=list)

    @property
    def when(self) -> str:
        """"4 July (day off in lieu: 3 July)": a day off for a holiday that falls on a
        weekend is not another day of it; "3 July (in lieu)" when that day is not listed."""
        if not self.dates:
            return f"{_dates(self.observed)} (in lieu)"
        if not self.observed:
            return _dates(self.dates)
        days = "day" if len(set(self.observed)) == 1 else "days"
        return f"{_dates(self.dates)} ({days} off in lieu: {_dates(self.observed)})"


def holiday_statements(ctx: GuideContext, owner: PlaceRow) -> list[Statement]:
    """This year's public holidays of ``owner``: an opening line, then one item per holiday."""
    year = ctx.now.year
    rows, items = _holidays(ctx.kb, owner.id, year)
    if not rows:
        return []
    intro = Line(f"Public holidays in {year}")
    if owner.id != ctx.place.id:
        name = the(owner.name)
        intro.add(" follow ").place(owner, name).add(possessive(name)[len(name):] + " calendar")
    # a calendar of another authority than the one governing most of the place: whose
    calendar = ctx.fact("holiday-calendar", place=owner.id)
    if calendar is not None and (basis := F.value(calendar, "basis")):
        them = "it" if owner.id != ctx.place.id else "them"
        intro.add(f", as the holidays package gives {them} from {basis}")
        rows = (*rows, calendar)
    return [intro.statement(rows, end=":"), *items]


@lru_cache(maxsize=512)
def _holidays(kb: KB, owner: str, year: int) -> tuple[tuple[FactRow, ...], tuple[Statement, ...]]:
    """A territory's holidays in a year and their list items, shared by all its city guides."""
    rows = tuple(kb.holidays(owner, year))
    holidays, bridges = _group(list(rows))
    items = [_item(h) for h in holidays]
    if bridges:
        days = "day off" if len(bridges) == 1 else "days off"
        items.append(Line(f"The year also has {count_word(len(bridges))} bridging {days}, "
                          "made up by working on a weekend day").statement(bridges))
    return rows, tuple(items)


def _group(rows: list[FactRow]) -> tuple[list[_Holiday], list[FactRow]]:
    groups: dict[str, _Holiday] = {}
    bridges = []
    for fact in rows:
        name = str(F.value(fact, "name"))
        if _BRIDGE.match(name):
            bridges.append(fact)
            continue
        base = _IN_LIEU.sub("", name)
        local = F.value(fact, "local_name")
        holiday = groups.setdefault(base, _Holiday(base, None, F.value(fact, "lang")))
        if local and holiday.local is None and local != name:
            holiday.local = _IN_LIEU.sub("", str(local))
        day = date.fromisoformat(str(F.value(fact, "date")))
        (holiday.observed if base != name else holiday.dates).append(day)
        holiday.facts.append(fact)
    # by the holiday's own day; a day off in lieu alone only where it has none
    return sorted(groups.values(), key=lambda h: min(h.dates or h.observed)), bridges


def _item(holiday: _Holiday) -> Statement:
    if not holiday.local or holiday.local == holiday.name:
        line = Line(f"{holiday.when}: {holiday.name}")
    elif holiday.name.endswith(")"):
        # "Chinese New Year (Spring Festival; 春节)" rather than two brackets in a row
        line = Line(f"{holiday.when}: {holiday.name[:-1]}; ")
        line.lang(holiday.local, _lang_tag(holiday.lang)).add(")")
    else:
        line = Line(f"{holiday.when}: {holiday.name} (")
        line.lang(holiday.local, _lang_tag(holiday.lang)).add(")")
    return line.statement(holiday.facts, item=True, end="")


def _lang_tag(lang: str | None) -> str | None:
    """The holidays package's language codes ("zh_CN") as BCP 47 tags ("zh-CN")."""
    return lang.replace("_", "-") if lang else None


def _dates(days: list[date]) -> str:
    """Runs of consecutive days: "17–19 February", "1–2 May and 4 May"."""
    days = sorted(set(days))
    runs: list[list[date]] = [[days[0]]]
    for day in days[1:]:
        if day - runs[-1][-1] == timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    return natural_list([date_span(r[0], r[-1]) for r in runs])


def _week(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("first-day-of-week", "first-day", "cldr")
    day = F.value(fact, "day") if fact else None
    if fact is None or not day:
        return None
    return Line(f"Calendars start the week on {str(day).capitalize()}").statement([fact])

