"""Shares of a population (religions, ethnic groups, languages) as prose and as chart bars."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from loci.guides.charts import bar_chart
from loci.guides.model import Bar, Chart
from loci.guides.writers.default import natural_list, percent
from loci.kb import FactRow

MAX_DETAIL = 60  # characters of a share's detail worth saying in prose
# Catch-all rows a chart shows but prose leaves to the end: the census's own categories
# as much as "other" ("persons under 5 or mute", "no answer", "two languages"), which are
# no religion, group or language. "Other Christian" is a group, and stays.
RESIDUAL = re.compile(
    r"^(?:other|unspecified|none|no religion|unaffiliated|unknown|undeclared)"
    r"(?:\s+(?:or|and)\s+(?:none|unknown|unspecified|not stated|undeclared|other))?$"
    r"|\b(?:not stated|no answer|not answered|undeclared|persons? under \d+|mute|"
    r"two languages|more than one language|several languages)\b", re.I)
_NOBODY = re.compile(r"^(?:none|no religion|unaffiliated)$", re.I)  # drawn by their size


@dataclass(frozen=True, slots=True)
class Share:
    """One named share with the fact it came from."""

    name: str
    value: float | None  # a point to sort and draw by (a range's midpoint)
    display: str  # "91.1%", "75–80%", "<1%", or "" when no share is given
    detail: str
    fact: FactRow

    @property
    def residual(self) -> bool:
        return RESIDUAL.search(self.name) is not None


def share(fact: FactRow) -> Share | None:
    """A share from a Factbook ethnic-group/language/religion row; None for notes."""
    value = fact.value
    if not isinstance(value, dict) or not value.get("name"):
        return None
    point, display = _amount(value)
    detail = str(value.get("detail") or "")
    # Nested breakdowns ("includes Baptist 34.9%, Anglican 13.7%, ...") crowd a sentence;
    # the chart and the JSON keep them.
    if "%" in detail or len(detail) > MAX_DETAIL:
        detail = ""
    return Share(" ".join(str(value["name"]).split()), point, display, detail, fact)


def _amount(value: dict[str, Any]) -> tuple[float | None, str]:
    rng = value.get("range")
    if isinstance(rng, list | tuple) and len(rng) == 2:
        low, high = float(rng[0]), float(rng[1])
        return (low + high) / 2, f"{percent(low).rstrip('%')}–{percent(high)}"
    pct = value.get("percent")
    if pct is None:
        return None, ""
    pct = float(pct)
    if value.get("less_than"):
        return pct, f"<{percent(pct)}".replace("<<", "<")
    if value.get("more_than"):
        return pct, f">{percent(pct)}"
    return pct, percent(pct)


def shares(facts: Sequence[FactRow]) -> list[Share]:
    """The facts' shares, notes left out, in the source's order."""
    return [s for f in facts if (s := share(f)) is not None]


def prose_list(items: Sequence[Share], limit: int = 6) -> str:
    """"Roman Catholic (70%), Evangelical (14.5%) and other (5.1%)"."""
    named = [s for s in items if not s.residual][:limit]
    return natural_list([f"{s.name} ({s.display})" if s.display else s.name for s in named])


def year_of(items: Sequence[Share]) -> int | None:
    """The survey year the shares share, if any."""
    years = {s.fact.value.get("year") for s in items if isinstance(s.fact.value, dict)}
    years.discard(None)
    return years.pop() if len(years) == 1 else None


def chart(chart_id: str, title: str, items: Sequence[Share], scope: str) -> Chart | None:
    """A bar chart of the shares that have a number; None when fewer than two have."""
    with_values = [s for s in items if s.value is not None]
    if len(with_values) < 2:
        return None
    year = year_of(with_values)
    # catch-alls drawn last whatever their size, but for "none": a share of its own
    with_values.sort(key=lambda s: (s.residual and not _NOBODY.match(s.name), -(s.value or 0)))
    bars = [Bar(s.name[:1].upper() + s.name[1:], float(s.value or 0), s.display)
            for s in with_values]
    return bar_chart(chart_id, title, bars, [s.fact for s in with_values],
                     note=f"{year} estimate" if year else "", scope=scope)
