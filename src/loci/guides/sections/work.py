"""Work and livelihoods: industries, farm products and exports, from the Factbook."""

from __future__ import annotations

import re

from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import natural_list
from loci.guides.writers.text import Line
from loci.kb import FactRow

LISTED = 8
# Words of entries that describe a standing ("world leader in ...", "highly diversified")
# rather than name an industry.
_NOTHING = frozenset({"none", "na", "n/a"})  # the Factbook's word for no entry (Monaco's farms)
_STANDING = re.compile(r"\b(world|diversified|leading|largest|output|innovator)\b", re.IGNORECASE)


@section("work", "Work and livelihoods", 80)
def build(ctx: GuideContext) -> Body | None:
    statements = [s for s in (
        _listing(ctx, "industry", "Industries include {}", "Industries include {}"),
        _listing(ctx, "agricultural-product", "The largest farm products by weight are {}",
                 "The largest farm product by weight is {}"),
        _listing(ctx, "export", "The main exports by value are {}",
                 "The main export by value is {}"),
    ) if s is not None]
    return Body(statements) if statements else None


def items(ctx: GuideContext, topic: str) -> list[FactRow]:
    """A topic's named entries in the Factbook's order, standings left out."""
    rows = [f for f in F.records(ctx, topic) if F.value(f, "name")]
    return [f for f in rows if not _STANDING.search(str(F.value(f, "name")))
            and str(F.value(f, "name")).casefold() not in _NOTHING]


def _listing(ctx: GuideContext, topic: str, frame: str, one: str) -> Statement | None:
    """``frame`` with the entries listed, or ``one`` with the only one; a list for each
    part of the place the Factbook lists them for ("... in the West Bank; ... in the
    Gaza Strip")."""
    parts = [(part, rows[:LISTED]) for part, rows in F.parts(items(ctx, topic))]
    if not parts:
        return None
    rows = [f for _, part_rows in parts for f in part_rows]
    text = (frame if len(rows) > 1 else one).format("; ".join(
        natural_list([str(F.value(f, "name")) for f in part_rows]) + F.in_part(part)
        for part, part_rows in parts))
    years = {F.value(f, "year") for f in rows} - {None}
    if len(years) == 1:
        text += f" ({years.pop()})"
    return Line(text).statement(rows)
