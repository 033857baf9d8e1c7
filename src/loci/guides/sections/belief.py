"""Belief: religions with their shares, and the Factbook's note on them."""

from __future__ import annotations

from loci.guides import facts as F
from loci.guides import shares as S
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import natural_list, the
from loci.guides.writers.text import Line

LISTED = 6


@section("belief", "Belief", 50)
def build(ctx: GuideContext) -> Body | None:
    rows, source = ctx.inherited("religion", "factbook")
    items = S.shares(rows)
    if not items:
        return None
    statements: list[Statement] = []
    if (scope := F.inherited_scope(ctx, "religion")) is not None:
        statements.append(scope)
    statements.append(_shares(items))
    note = F.note(ctx, "religion", rows[0].place)
    if note is not None:
        line = Line(f"Alongside the figures, it notes: “{note.value}”")
        statements.append(line.statement([note]))
    chart = S.chart("religions", f"Religions in {the(source.name)}", items,
                    ctx.place.id.lower() + "-")
    return Body(statements, [chart] if chart else [])


def _shares(items: list[S.Share]) -> Statement:
    facts = [s.fact for s in items]
    ranked = sorted((s for s in items if s.value is not None and s.name.casefold()
                     not in {"other", "unspecified"}), key=lambda s: -(s.value or 0))
    if not ranked:
        names = natural_list([_detailed(s) for s in items if not s.residual][:LISTED])
        return Line(f"Religions named in the Factbook: {names}").statement(facts)
    year = S.year_of(items)
    when = f" ({year})" if year else ""
    listed = natural_list([f"{_detailed(s)} {s.display}" for s in ranked[:LISTED]])
    return Line(f"The Factbook's figures{when}: {listed}").statement(facts)


def _detailed(item: S.Share) -> str:
    return f"{item.name} ({item.detail})" if item.detail else item.name
