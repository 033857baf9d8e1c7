"""The application factory: one ASGI app serving the site's pages and the API."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from loci import __version__
from loci.kb import KB
from loci.web import api, api_content, docs, errors, views
from loci.web.cache import ResponseCache
from loci.web.edge import Edge
from loci.web.state import ServerState

MAX_BODY = 1 << 20  # bytes: a long article is 100 KB; a megabyte is generous

DESCRIPTION = """Culture guides, place facts with their sources, search and fact checking.

Every error has one shape: `{"error": {"status": 404, "code": "not_found", "message": "..."}}`.
Successful GET responses carry an ETag (send it back in If-None-Match for a 304) and are
gzipped for clients that accept it."""


def create_app(kb: KB | Path, content: Path | None = None, *,
               max_body: int = MAX_BODY) -> Edge:
    """The server's ASGI app over a knowledge base (opened read-only) and a content folder."""
    kb = kb if isinstance(kb, KB) else KB(kb)
    cache = ResponseCache()
    state = ServerState(kb, content, cache)
    app = FastAPI(title="loci", version=__version__, description=DESCRIPTION,
                  openapi_url="/api/v1/openapi.json", docs_url=None, redoc_url=None)
    app.state.loci = state
    errors.install(app)
    app.include_router(api.router)
    app.include_router(api_content.router)
    docs.install(app)
    views.install(app)  # last: its catch-all route must not shadow the API
    return Edge(app, cache, max_body, before=state.refresh)
