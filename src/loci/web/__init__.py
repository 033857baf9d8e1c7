"""The live server: the site's pages rendered on demand and cached, search, and the JSON API."""

from __future__ import annotations

from loci.web.app import create_app
from loci.web.server import serve

__all__ = ["create_app", "serve"]
