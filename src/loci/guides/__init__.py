"""Culture guides: compose a guide of any territory or city from the KB, and render it.

    guide = compose(kb, kb.lookup("BT"), today=date(2026, 11, 28))
    text = render(guide, "md", kb)

A guide is sections of statements, each statement citing the facts it was
made from. ``loci.site.render_guide`` resolves a name and renders in one step
(HTML too), as the ``loci guide`` command does.
"""

from __future__ import annotations

from loci.guides.compose import compose
from loci.guides.links import url_for
from loci.guides.model import Bar, Chart, Guide, Mark, Section, SourceUse, Statement
from loci.guides.render import FORMATS, render

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
    "url_for",
]

