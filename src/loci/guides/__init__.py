"""Culture guides: compose a guide of any territory or city from the KB, and render it.

    guide = compose(kb, kb.lookup("BT"), today=date(2026, 11, 28))
    text = render(guide, "md", kb)

A guide is sections of statements, each statement citing the facts it was
made from; ``render_guide`` resolves a name and renders in one step, as the
``loci guide`` command does.
"""

from __future__ import annotations

from datetime import date, datetime

from loci.guides.compose import compose
from loci.guides.links import url_for
from loci.guides.model import Bar, Chart, Guide, Mark, Section, SourceUse, Statement
from loci.guides.render import FORMATS, render
from loci.kb import KB
from loci.places import find_place

__all__ = [
    "FORMATS",
    "Bar",
    "Chart",
    "Guide",
    "Mark",
    "Section",
    "SourceUse",
    "Statement",
    "compose",
    "render",
    "render_guide",
    "url_for",
]


def render_guide(kb: KB, name: str, fmt: str, *, today: date | None = None,
                 now: datetime | None = None) -> str:
    """The guide of the place ``name`` means (any name or id), rendered as md, json or html."""
    return render(compose(kb, find_place(kb, name), today=today, now=now), fmt, kb)
