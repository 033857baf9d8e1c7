"""A guide as publishable Markdown: front matter, sections, footnotes citing each statement.

Front matter values are written as JSON strings, which YAML reads unchanged,
so no YAML library is needed and no name can break the block.
"""

from __future__ import annotations

import json
import re

from loci.guides.links import url_for
from loci.guides.model import Chart, Guide, Statement
from loci.guides.render.blocks import blocks, cited, spans
from loci.kb import KB

# Backslash-escape what Markdown would read as markup; "<" only where it could open a tag.
_SPECIAL = re.compile(r"([\\`*_\[\]|]|<(?=[A-Za-z/!?]))")


def escape(text: str) -> str:
    """Text safe to place in Markdown as it is."""
    return _SPECIAL.sub(r"\\\1", text)


def render(guide: Guide, kb: KB) -> str:
    """The whole guide as one Markdown document."""
    out = [*_front_matter(guide, kb), f"# {escape(guide.title)}", "", escape(guide.lede), ""]
    for section in guide.sections:
        out += [f"## {escape(section.title)}", ""]
        # The Sources section is what the footnotes point at: no markers of its own.
        cite = section.id != "sources"
        for block in blocks(section):
            out += _block(block.kind, block.statements, kb, cite)
        for chart in section.charts:
            out += _chart(chart)
    out += _footnote_definitions(guide)
    return "\n".join(out).rstrip("\n") + "\n"


def _q(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _front_matter(guide: Guide, kb: KB) -> list[str]:
    place = guide.place
    lines = ["---", f"title: {_q(guide.title)}", f"place: {_q(place.id)}",
             f"kind: {_q(place.kind)}", f"url: {_q(url_for(place, kb))}"]
    if len(guide.names) > 1:
        lines.append("names:")
        lines += [f"  {_q(lang)}: {_q(name)}" for lang, name in guide.names.items()]
    lines.append("sources:")
    for s in guide.sources:
        lines += [f"  - dataset: {_q(s.dataset)}", f"    title: {_q(s.title)}",
                  f"    version: {_q(s.version)}", f"    licence: {_q(s.licence)}",
                  f"    url: {_q(s.url)}"]
    return [*lines, "---", ""]


def _block(kind: str, statements: tuple[Statement, ...], kb: KB, cite: bool) -> list[str]:
    if kind == "list":
        return [*(f"- {inline(s, kb, cite)}" for s in statements), ""]
    if kind == "quote":
        return [f"> {inline(statements[0], kb, cite)}", ""]
    return [" ".join(inline(s, kb, cite) for s in statements), ""]


def inline(statement: Statement, kb: KB, cite: bool = True) -> str:
    """A statement's text with links for places and footnote references for its sources."""
    parts = []
    for text, mark in spans(statement):
        if mark is not None and mark.kind == "place" and (place := kb.place(mark.value)):
            parts.append(f"[{escape(text)}]({url_for(place, kb)})")
        else:
            parts.append(escape(text))
    refs = "".join(f"[^{dataset}]" for dataset in cited(statement)) if cite else ""
    return "".join(parts) + refs


def _chart(chart: Chart) -> list[str]:
    """A chart as its data table; a map (a chart without bars) as what it shows."""
    if not chart.bars:
        return [f"*{escape(chart.title)}*", "", escape(chart.alt), ""]
    rows = [f"| {escape(b.label)} | {escape(b.display)} |" for b in chart.bars]
    return [f"*{escape(chart.title)}*", "", "| | Share |", "| --- | ---: |", *rows, ""]


def _footnote_definitions(guide: Guide) -> list[str]:
    return [f"[^{s.dataset}]: {escape(s.title)}, version {escape(s.version)} "
            f"({escape(s.licence)}), {s.url}" for s in guide.sources]
