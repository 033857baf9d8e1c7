"""The static site: every guide, article, list and index as HTML with a JSON twin.

``build_site`` writes a whole site (``loci build``); ``render_page`` renders
one page, for the live server; ``render_guide`` one guide in any format, for
``loci guide``.
"""

from __future__ import annotations

from loci.site.build import build_site, default_content
from loci.site.context import Site, SiteData
from loci.site.pages import dump_json, render_page
from loci.site.standalone import render_guide

__all__ = ["Site", "SiteData", "build_site", "default_content", "dump_json", "render_guide",
           "render_page"]
