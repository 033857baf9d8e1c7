"""A guide as one standalone HTML page: inline CSS, links, language tags, footnotes, SVG charts."""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from loci.guides.links import url_for
from loci.guides.model import Guide, Statement
from loci.guides.render.blocks import blocks, cited, footnotes, spans
from loci.kb import KB


@cache
def environment() -> Environment:
    """The Jinja2 environment for guide pages (autoescaping on)."""
    return Environment(loader=PackageLoader("loci.guides", "templates"),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       trim_blocks=True, lstrip_blocks=True)


def statement_html(statement: Statement, kb: KB, notes: dict[str, int],
                   cite: bool = True) -> Markup:
    """A statement with <a> for places, <span lang> for other languages, and footnote marks."""
    parts: list[str] = []
    for text, mark in spans(statement):
        if mark is None:
            parts.append(escape(text))
        elif mark.kind == "place" and (place := kb.place(mark.value)) is not None:
            parts.append(Markup('<a href="{}">{}</a>').format(url_for(place, kb), text))
        elif mark.kind == "lang":
            parts.append(Markup('<span lang="{}">{}</span>').format(mark.value, text))
        else:
            parts.append(escape(text))
    refs = [Markup('<a href="#source-{}" aria-label="Source {}">[{}]</a>').format(d, n, n)
            for d in (cited(statement) if cite else ()) if (n := notes.get(d)) is not None]
    if refs:
        parts.append(Markup('<sup class="fn">{}</sup>').format(Markup("").join(refs)))
    return Markup("").join(parts)


def render(guide: Guide, kb: KB) -> str:
    notes = footnotes(guide)
    sections = [{"id": s.id, "title": s.title,
                 "blocks": [{"kind": b.kind,
                             "items": [statement_html(st, kb, notes, s.id != "sources")
                                       for st in b.statements]}
                            for b in blocks(s)],
                 "charts": [{"svg": Markup(c.svg), "alt": c.alt, "title": c.title}
                            for c in s.charts]}
                for s in guide.sections]
    zh = guide.names.get("zh-Hans") or guide.names.get("zh")
    page = environment().get_template("guide.html.j2").render(
        guide=guide, sections=sections, zh=zh, notes=notes, url=url_for(guide.place, kb))
    return page if page.endswith("\n") else page + "\n"
