"""Renderers: a guide as Markdown with front matter or as the full JSON model.

HTML is the site's (``loci.site.standalone``): nothing below ``site/`` writes HTML.
"""

from __future__ import annotations

from collections.abc import Callable

from loci.errors import InputError
from loci.guides.model import Guide
from loci.guides.render import json, markdown
from loci.kb import KB

Renderer = Callable[[Guide, KB], str]

FORMATS: dict[str, Renderer] = {"md": markdown.render, "json": json.render}


def render(guide: Guide, fmt: str, kb: KB) -> str:
    """The guide in one of ``FORMATS``."""
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise InputError(f"unknown guide format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return renderer(guide, kb)
