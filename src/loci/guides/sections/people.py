"""People and identity: what people are called, ethnic groups, towns, age, largest urban areas."""

from __future__ import annotations

import re

from loci.english import the
from loci.guides import facts as F
from loci.guides import shares as S
from loci.guides.context import GuideContext
from loci.guides.geo import city_index
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import (
    about,
    capitalise,
    natural_list,
    percent,
)
from loci.guides.writers.text import Line
from loci.text import place_slug

_PLURAL_MARK = re.compile(r"\((?:s|es)\)$")
URBAN_AREAS = 5


@section("people", "People and identity", 30)
def build(ctx: GuideContext) -> Body | None:
    statements: list[Statement] = []
    charts = []
    scope = F.inherited_scope(ctx, "nationality")
    if scope is not None:
        statements.append(scope)
    for part in (_demonym, _ethnic, _urban_and_age, _urban_areas):
        found = part(ctx)
        if found is not None:
            statements.append(found)
    groups, source = ctx.inherited("ethnic-group", "factbook")
    # a place given in parts charts its first (Palestine's: the West Bank)
    first, groups = F.parts(groups)[0] if groups else ("", groups)
    chart = S.chart("ethnic-groups", f"Ethnic groups in {the(first or source.name)}",
                    S.shares(groups), ctx.place.id.lower() + "-")
    if chart is not None:
        charts.append(chart)
    return Body(statements, charts) if len(statements) > (scope is not None) else None


def _demonym(ctx: GuideContext) -> Statement | None:
    rows, source = ctx.inherited("nationality", "factbook")
    noun = next((f for f in rows if f.key == "noun" and isinstance(f.value, str)), None)
    adj = next((f for f in rows if f.key == "adjective" and isinstance(f.value, str)), None)
    if noun is None or noun.value.strip() == source.name:  # Taiwan's: "from Taiwan"
        return None
    # "Frenchman(men), Frenchwoman(women)" arrives as "Frenchman, Frenchwoman"; "Wallisian,
    # Futunan, or Wallis and Futuna Islander" is three words for one
    plural_nouns = _plural_forms(noun.text)
    words = [_PLURAL_MARK.sub("", n).strip().removeprefix("or ") for n in noun.value.split(", ")
             if n not in plural_nouns]
    # a plural the Factbook leaves unmarked, whose singular is its adjective ("Wallis and
    # Futuna Islanders": "Islander")
    adjectives = {a.strip().removeprefix("or ") for a in (adj.value if adj else "").split(",")}
    words = [w[:-1] if w.endswith("s") and w[:-1] in adjectives else w for w in words]
    singular = natural_list(words, "or")
    line = Line(f"A person from {the(source.name)} is called {singular}")
    facts = [noun]
    plural_adjectives = _plural_forms(adj.text) if adj else set()
    adjective = adj and ", ".join(a for a in adj.value.split(", ")
                                  if a not in plural_adjectives).strip()
    if adj is not None and adjective != singular:
        line.add(f"; the adjective is {adjective}")
        facts.append(adj)
    elif adj is not None:
        line.add(", which is also the adjective")
        facts.append(adj)
    local = F.note(ctx, "nationality", rows[0].place)
    if local is not None:
        line.add(f" ({local.value})")
        facts.append(local)
    return line.statement(facts)


def _plural_forms(text: str) -> set[str]:
    """The forms the Factbook marks plural in a nationality ("Motswana (singular),
    Batswana (plural)"; "Briton(s), British (collective plural)"): no name for one person."""
    return {m.group(1).strip() for m in _MARKED_PLURAL.finditer(text)}


_MARKED_PLURAL = re.compile(r"([^,()]+?)\s*\((?:collective )?plural\)")


def _ethnic(ctx: GuideContext) -> Statement | None:
    rows, _ = ctx.inherited("ethnic-group", "factbook")
    items = S.shares(rows)
    if not items:
        return None
    year = S.year_of(items)
    lead = "By the Factbook's count" + (f" ({year})" if year else "")
    # one list per part of the place: "... and Jewish in the West Bank; Palestinian Arab in
    # the Gaza Strip"
    lists = [S.prose_list(part_items) + F.in_part(part)
             for part, part_rows in F.parts(rows) if (part_items := S.shares(part_rows))]
    line = Line(f"{lead}, the ethnic groups are {'; '.join(lists)}")
    return F.with_note(ctx, line, [s.fact for s in items], "ethnic-group", rows[0].place,
                       "; {}")


def _urban_and_age(ctx: GuideContext) -> Statement | None:
    urban = ctx.fact("population", "urban-share", "factbook")
    age = ctx.fact("population", "median-age", "factbook")
    parts, facts = [], []
    if urban is not None and F.value(urban, "percent") is not None:
        parts.append(f"towns and cities hold {percent(float(F.value(urban, 'percent')))} of "
                     f"the population ({F.value(urban, 'year')})")
        facts.append(urban)
    if age is not None and F.value(age, "years") is not None:
        parts.append(f"the median age is {F.value(age, 'years'):g} years "
                     f"({F.value(age, 'year')} estimate)")
        facts.append(age)
    if not parts:
        return None
    return Line(capitalise(natural_list(parts))).statement(facts)


def _urban_areas(ctx: GuideContext) -> Statement | None:
    rows = [f for f in F.records(ctx, "major-urban-area") if F.value(f, "population")]
    rows = rows[:URBAN_AREAS]
    if not rows:
        return None
    pieces = []
    for fact in rows:
        name = str(F.value(fact, "name"))
        city = ctx.kb.by_slug(place_slug(name), ctx.place.country or ctx.place.id)
        piece = Line().place(city, name) if city is not None else Line(name)
        extra = ", the capital" if F.value(fact, "capital") else ""
        pieces.append(piece.add(f" ({about(float(F.value(fact, 'population')))}{extra})"))
    years = {F.value(f, "year") for f in rows} - {None}
    # one row: the Factbook lists some states' capitals alone, whatever their size; it is
    # the largest only where no city GeoNames counts is larger (Belize City is, beside
    # Belmopan's 23,000)
    top = city_index(ctx.kb).largest(ctx.place.country or ctx.place.id, 1) \
        if len(rows) == 1 else []
    alone = bool(top) and (top[0].population or 0) > float(F.value(rows[0], "population"))
    label = ("The Factbook's one major urban area, suburbs included, is " if alone else
             "The largest urban area, suburbs included, is " if len(rows) == 1 else
             "The largest urban areas, suburbs included, are ")
    line = Line(label).join(pieces)
    if len(years) == 1:
        line.add(f", as of {years.pop()}")
    return line.statement(rows)
