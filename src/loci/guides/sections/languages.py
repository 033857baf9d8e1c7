"""Languages: official and widely spoken languages from the Factbook and CLDR, and scripts."""

from __future__ import annotations

from loci.english import the
from loci.guides import facts as F
from loci.guides import shares as S
from loci.guides.charts import bar_chart
from loci.guides.context import GuideContext
from loci.guides.model import Bar, Chart, Statement
from loci.guides.scripts import scripts_statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import natural_list, percent
from loci.guides.writers.text import Line
from loci.kb import FactRow
from loci.kb.vocab import spoken_only

CLDR_MIN_PERCENT = 1.0  # CLDR lists languages down to 0.0001%; a guide names the notable ones
CLDR_LISTED = 6


@section("languages", "Languages", 40)
def build(ctx: GuideContext) -> Body | None:
    statements: list[Statement] = []
    for part in (_factbook, _cldr):
        found = part(ctx)
        if found is not None:
            statements.append(found)
    script = scripts_statement(ctx)
    if script is not None:
        statements.append(script)
    if not statements:
        return None
    chart = _chart(ctx)
    return Body(statements, [chart] if chart else [])


def _factbook(ctx: GuideContext) -> Statement | None:
    rows, source = ctx.inherited("language", "factbook")
    items = S.shares(rows)
    if not items:
        return None
    official = [s for s in items if s.fact.value.get("official")]
    others = [s for s in items if s not in official and not s.residual]
    line = Line("In the Factbook, ")
    if source.id != ctx.place.id:
        line = Line("In the Factbook’s entry for ").place(source, the(source.name)).add(", ")
    if official:
        verb = "is the official language" if len(official) == 1 else "are official"
        line.add(f"{_named(official)} {verb}")
    if others:
        line.add("; other languages include " if official else
                 "the language is " if len(others) == 1 else "the languages are ")
        line.add(_named(others[:8]))
    year = S.year_of(items)
    if year and any(s.display for s in items):
        line.add(f" ({year} figures)")
    return F.with_note(ctx, line, [s.fact for s in items], "language", rows[0].place,
                       ". It notes: “{}”")


def _named(items: list[S.Share]) -> str:
    return natural_list([_only(s) or s.name + _paren(s) for s in items])


def _only(item: S.Share) -> str | None:
    """A census's "English only (78.2%)" as what it counts: "English (78.2% speak only
    English)"; None for a language's own name."""
    language = spoken_only(item.name)
    if language is None or not item.display:
        return None
    return f"{language} ({item.display} speak only {language})"


def _paren(item: S.Share) -> str:
    bits = [b for b in (item.display, item.detail) if b]
    return f" ({'; '.join(bits)})" if bits else ""


def cldr_rows(ctx: GuideContext) -> list[FactRow]:
    """CLDR's languages of this territory with a share, largest first."""
    rows = [f for f in F.records(ctx, "language", "cldr")
            if F.value(f, "percent") is not None and F.value(f, "name")]
    return sorted(rows, key=lambda f: -float(F.value(f, "percent")))


def _cldr(ctx: GuideContext) -> Statement | None:
    rows = [f for f in cldr_rows(ctx) if float(F.value(f, "percent")) >= CLDR_MIN_PERCENT]
    rows = _distinct(rows)[:CLDR_LISTED]
    if not rows:
        return None
    if (nobody := F.uninhabited(ctx)) is not None:  # no share of nobody: Bouvet Island
        names = natural_list([str(F.value(f, "name")) for f in rows])
        where = "no one lives" + ("" if str(nobody.text).startswith("uninhabited")
                                  else " permanently")
        return Line(f"Unicode CLDR gives {names} as the language{'s' if len(rows) > 1 else ''}"
                    f" of {the(ctx.place.name)}, where {where}").statement([*rows, nobody])
    parts = [f"{F.value(f, 'name')} ({percent(float(F.value(f, 'percent')))})" for f in rows]
    has_factbook = bool(S.shares(ctx.inherited("language", "factbook")[0]))
    lead = ("Unicode CLDR, which counts everyone who speaks a language, gives different shares: "
            if has_factbook and _differs(ctx, rows) else
            "Unicode CLDR estimates who speaks what: ")
    return Line(lead + natural_list(parts)).statement(rows)


def _distinct(rows: list[FactRow]) -> list[FactRow]:
    # CLDR lists a language once per script ("Cantonese", "Cantonese in Simplified script").
    seen: set[str] = set()
    kept = []
    for row in rows:
        name = str(F.value(row, "name"))
        if name not in seen:
            seen.add(name)
            kept.append(row)
    return kept


def _differs(ctx: GuideContext, rows: list[FactRow]) -> bool:
    factbook = {s.name.casefold(): s.value for s in S.shares(ctx.facts("language", "factbook"))}
    for row in rows:
        theirs = factbook.get(str(F.value(row, "name")).casefold())
        if theirs is not None and abs(theirs - float(F.value(row, "percent"))) >= 2:
            return True
    return False


def _chart(ctx: GuideContext) -> Chart | None:
    rows, source = ctx.inherited("language", "factbook")
    chart = S.chart("languages", f"Languages of {the(source.name)}", S.shares(rows),
                    ctx.place.id.lower() + "-")
    if chart is not None:
        return chart
    rows = _distinct(cldr_rows(ctx))[:8]
    if len(rows) < 2:
        return None
    bars = [Bar(str(F.value(f, "name")), float(F.value(f, "percent")),
                percent(float(F.value(f, "percent")))) for f in rows]
    return bar_chart("languages", f"Languages spoken in {the(ctx.place.name)}", bars, rows,
                     note="Unicode CLDR estimate", scope=ctx.place.id.lower() + "-")
