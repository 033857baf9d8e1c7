"""Belief: religions with their shares, and the Factbook's note on them."""

from __future__ import annotations

from loci.english import the
from loci.guides import facts as F
from loci.guides import shares as S
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import natural_list
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
    parts = [(part, found) for part, part_rows in F.parts(rows) if (found := S.shares(part_rows))]
    statements.append(_shares(parts))
    note = F.note(ctx, "religion", rows[0].place)
    if note is not None:
        line = Line(f"Alongside the figures, it notes: “{note.value}”")
        statements.append(line.statement([note]))
    part, items = parts[0]  # Palestine's chart is of the West Bank
    chart = S.chart("religions", f"Religions in {the(part or source.name)}", items,
                    ctx.place.id.lower() + "-")
    return Body(statements, [chart] if chart else [])


def _shares(parts: list[tuple[str, list[S.Share]]]) -> Statement:
    """The Factbook's figures, largest first: a list for each part of the place it gives
    them for ("... in the West Bank; ... in the Gaza Strip")."""
    items = [s for _, part_items in parts for s in part_items]
    facts = [s.fact for s in items]
    ranked = [(part, sorted((s for s in part_items if s.value is not None and s.name.casefold()
                             not in {"other", "unspecified"}), key=lambda s: -(s.value or 0)))
              for part, part_items in parts]
    if not any(r for _, r in ranked):
        names = "; ".join(natural_list([_detailed(s) for s in part_items if not s.residual]
                                       [:LISTED]) + F.in_part(part) for part, part_items in parts)
        return Line(f"Religions named in the Factbook: {names}").statement(facts)
    year = S.year_of(items)
    when = f" ({year})" if year else ""
    listed = "; ".join(natural_list([f"{_detailed(s)} {s.display}" for s in r[:LISTED]])
                       + F.in_part(part) for part, r in ranked if r)
    return Line(f"The Factbook's figures{when}: {listed}").statement(facts)


def _detailed(item: S.Share) -> str:
    return f"{item.name} ({item.detail})" if item.detail else item.name
