"""Accessible SVG bar charts of shares, drawn by the guide so that every renderer can use them.

Each chart is one standalone ``<svg role="img">`` labelled by its ``<title>``
and ``<desc>``, with every value written next to its bar and no external
CSS, so it reads the same in a page, a feed or a screen reader. ``Chart.alt``
says the same data as one sentence for renderers that cannot show SVG.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from loci.guides.model import Bar, Chart
from loci.guides.writers.default import natural_list
from loci.kb import FactRow

MAX_BARS = 10
# Narrow enough to be drawn at full size on a 360 px phone (a 328 px column), so that
# its 14 px text is never scaled below 12 px: each label sits above its bar, with the
# value at the row's right end, rather than beside it.
_WIDTH = 320
_FONT = 14
_ROW = 38  # px per bar: a line of text, then the bar
_BASELINE = 15  # of the label and value, from the row's top
_BAR_Y = 21
_BAR = 12
_LABEL_MAX = 30  # characters shown before "…" (about 250 px); the full label is in <desc>
_FILL = "#2f6b9a"  # 5.6:1 against white
_TRACK = "#e8e4dc"  # the rest of 100%, as a faint ground
_INK = "#1b1b1b"


def bar_chart(chart_id: str, title: str, bars: Sequence[Bar], facts: Sequence[FactRow],
              note: str = "", scope: str = "") -> Chart:
    """A chart of shares (0–100) with its SVG and text alternative.

    ``scope`` makes the SVG's element ids unique on a page that shows several
    guides' charts; ``note`` (such as "2020 estimate") ends the description.
    """
    bars = tuple(bars[:MAX_BARS])
    alt = f"{title}: {natural_list([f'{b.label} {b.display}' for b in bars])}"
    alt += f" ({note})." if note else "."
    return Chart(chart_id, title, bars, _svg(f"{scope}{chart_id}", title, alt, bars), alt,
                 tuple(facts))


def _svg(ident: str, title: str, desc: str, bars: Sequence[Bar]) -> str:
    height = len(bars) * _ROW + 4
    rows = "".join(_row(i, b) for i, b in enumerate(bars))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-labelledby="{ident}-title {ident}-desc" viewBox="0 0 {_WIDTH} {height}" '
            f'width="{_WIDTH}" height="{height}">'
            f'<title id="{ident}-title">{escape(title)}</title>'
            f'<desc id="{ident}-desc">{escape(desc)}</desc>'
            f'<g font-family="system-ui, -apple-system, sans-serif" font-size="{_FONT}" '
            f'fill="{_INK}">{rows}</g></svg>')


def _row(index: int, bar: Bar) -> str:
    y = 2 + index * _ROW
    width = max(1.0, min(bar.value, 100.0) * _WIDTH / 100)  # a hairline keeps "<1%" visible
    return (f'<text x="0" y="{y + _BASELINE}">{escape(_short(bar.label))}</text>'
            f'<text x="{_WIDTH}" y="{y + _BASELINE}" text-anchor="end">'
            f'{escape(bar.display)}</text>'
            f'<rect y="{y + _BAR_Y}" width="{_WIDTH}" height="{_BAR}" fill="{_TRACK}" rx="2"/>'
            f'<rect y="{y + _BAR_Y}" width="{width:.1f}" height="{_BAR}" fill="{_FILL}" '
            f'rx="2"/>')


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1].rstrip() + "…"
