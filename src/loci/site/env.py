"""The Jinja2 environment of the site's templates (autoescaped)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup

from loci.site.guide_html import lang_spans

if TYPE_CHECKING:
    from loci.site.context import Site


def environment(site: Site) -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.PackageLoader("loci.site", "templates"),
                             autoescape=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined,
                             auto_reload=False)  # templates are code: loaded once per process
    env.globals["site"] = site.data
    env.filters["url"] = site.data.url
    env.filters["zh"] = lambda text: Markup(lang_spans(str(text)))
    env.filters["number"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    return env
