"""The static site: every guide, article, list and index as HTML with a JSON twin.

``build_site`` writes a whole site (``loci build``); ``render_page`` renders
one page, for the live server.
"""

from __future__ import annotations

from loci.site.build import build_site, default_content
from loci.site.context import Site, SiteData
from loci.site.pages import dump_json, render_page

__all__ = ["Site", "SiteData", "build_site", "default_content", "dump_json", "render_page"]
