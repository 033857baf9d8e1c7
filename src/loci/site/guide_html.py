"""A composed guide as HTML pieces: statements with their links, language spans and
footnotes, charts with their data tables."""

from __future__ import annotations

import html as htmllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from markupsafe import Markup, escape

from loci.guides.model import Chart, Guide, Mark, Section, Statement
from loci.guides.render.blocks import blocks as guide_blocks
from loci.site.context import SiteData
from loci.site.markup import han_runs

SOURCES = "sources"  # the composer's own list of datasets, shown in the page's Sources


class Footnote(NamedTuple):
    """One numbered source, as the page lists it.

    Named tuples, not dicts, for what templates read: Jinja looks an attribute
    up on the object first, and a dict's failed lookup raises an exception each
    time (about 200 a guide page, a tenth of its rendering).
    """

    n: int
    title: str
    version: str
    url: str
    dataset: str
    field: str

    @property
    def html(self) -> Markup:
        """The note as a list item: made once for each note, as thousands of guide pages
        list the same few hundred (the template's escaping of its six fields on every
        page cost a twentieth of a page)."""
        return _footnote_html(self)


@lru_cache(maxsize=4096)
def _footnote_html(note: Footnote) -> Markup:
    title = escape(note.title)
    cited = Markup('<a href="{}">{}</a>').format(note.url, title) if note.url else title
    version = Markup(" ({} {})").format(note.dataset, note.version) if note.version else ""
    return Markup('<li id="fn-{}">{}{}: {}</li>').format(note.n, cited, version, note.field)


@dataclass
class Footnotes:
    """Numbered sources: one note per dataset field, numbered in order of first citation."""

    titles: dict[str, tuple[str, str, str]]  # dataset -> (title, version, url)
    notes: dict[tuple[str, str], int] = field(default_factory=dict)

    def refs(self, statement_facts: tuple[object, ...]) -> list[int]:
        numbers = []
        for fact in statement_facts:
            source = getattr(fact, "source", None)
            if source is None:
                continue
            number = self.notes.setdefault((source.dataset, source.field), len(self.notes) + 1)
            if number not in numbers:
                numbers.append(number)
        return numbers

    def items(self) -> list[Footnote]:
        out = []
        for (dataset, fld), number in self.notes.items():
            title, version, url = self.titles.get(dataset, (dataset, "", ""))
            out.append(Footnote(number, title, version, url, dataset, fld))
        return out


def statement_html(data: SiteData, statement: Statement, notes: Footnotes) -> Markup:
    """A statement's text with its marks as links and spans, then its footnote references."""
    body = marked(data, statement.text, statement.marks)
    refs = "".join(f'<sup class="fn"><a href="#fn-{n}" aria-label="Source {n}">[{n}]</a></sup>'
                   for n in notes.refs(statement.facts))
    return Markup(body + refs)


def blocks(data: SiteData, section: Section, notes: Footnotes) -> list[tuple[str, list[Markup]]]:
    """A section's statements as (kind, HTML of each statement), grouped as every renderer
    groups them (``loci.guides.render.blocks``): paragraphs, lists, quotations."""
    return [(block.kind, [statement_html(data, st, notes) for st in block.statements])
            for block in guide_blocks(section)]


def marked(data: SiteData, text: str, marks: tuple[Mark, ...]) -> str:
    """Escaped text with place marks as links (when the place has a page) and lang spans."""
    events: list[tuple[int, int, str]] = []  # (position, order, html)
    for i, mark in enumerate(sorted(marks, key=lambda m: (m.start, -m.end))):
        opening, closing = _tags(data, mark)
        if opening:
            events.append((mark.start, 1 + i, opening))
            events.append((mark.end, -1 - i, closing))
    # Closings sort before openings at one position, inner before outer.
    events.sort(key=lambda e: (e[0], e[1]))
    out, last, in_lang = [], 0, 0
    for position, _, tag in events:
        out.append(_text(text[last:position], in_lang))
        out.append(tag)
        in_lang += (tag.startswith("<span lang")) - (tag == "</span>")
        last = position
    out.append(_text(text[last:], in_lang))
    return "".join(out)


def _text(text: str, in_lang: int) -> str:
    """Escaped text; Chinese characters not already inside a language span get one."""
    return lang_spans(text) if not in_lang else htmllib.escape(text, quote=False)


def lang_spans(text: str) -> str:
    """Plain text as HTML, with each run of Chinese characters marked ``lang="zh-Hans"``."""
    escaped = htmllib.escape(text, quote=False)
    out: list[str] = []
    last = 0
    for run in han_runs(escaped):
        start, end = run.span()
        out += (escaped[last:start], '<span lang="zh-Hans">', run.group(0), "</span>")
        last = end
    return "".join(out) + escaped[last:] if out else escaped


def _tags(data: SiteData, mark: Mark) -> tuple[str, str]:
    if mark.kind == "place":
        path = data.paths.get(mark.value)
        return (f'<a href="{htmllib.escape(data.url(path))}">', "</a>") if path else ("", "")
    if mark.kind == "lang":
        return f'<span lang="{htmllib.escape(mark.value)}">', "</span>"
    return "", ""


def chart_rows(chart: Chart) -> list[tuple[str, str]]:
    return [(bar.label, bar.display) for bar in chart.bars]


def footnotes_for(guide: Guide) -> Footnotes:
    return Footnotes({s.dataset: (s.title, s.version, s.url) for s in guide.sources})
