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
_ROW = 26  # px per bar
_BAR = 18
_WIDTH = 560
_CHAR = 7.4  # average glyph width of 13 px system-ui, to size the label column
_LABEL_MAX = 30  # characters shown before "…"; the full label is in <desc>
_FILL = "#2f6b9a"  # 5.6:1 against white
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
    longest = max(len(_short(b.label)) for b in bars)
    label_w = min(int(longest * _CHAR) + 12, 240)
    value_w = 64
    scale = (_WIDTH - label_w - value_w) / 100
    height = len(bars) * _ROW + 8
    rows = [_row(i, b, label_w, scale) for i, b in enumerate(bars)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" '
            f'aria-labelledby="{ident}-title {ident}-desc" viewBox="0 0 {_WIDTH} {height}" '
            f'width="{_WIDTH}" height="{height}">'
            f'<title id="{ident}-title">{escape(title)}</title>'
            f'<desc id="{ident}-desc">{escape(desc)}</desc>'
            f'<g font-family="system-ui, -apple-system, sans-serif" font-size="13" '
            f'fill="{_INK}">{"".join(rows)}</g></svg>')


def _row(index: int, bar: Bar, label_w: int, scale: float) -> str:
    y = 4 + index * _ROW
    width = max(1.0, min(bar.value, 100.0) * scale)  # a hairline keeps "<1%" visible
    text_y = y + _BAR / 2 + 4.5
    return (f'<text x="{label_w - 8}" y="{text_y:.1f}" text-anchor="end">'
            f'{escape(_short(bar.label))}</text>'
            f'<rect x="{label_w}" y="{y}" width="{width:.1f}" height="{_BAR}" '
            f'fill="{_FILL}" rx="2"/>'
            f'<text x="{label_w + width + 6:.1f}" y="{text_y:.1f}">{escape(bar.display)}</text>')


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_MAX else label[: _LABEL_MAX - 1].rstrip() + "…"
