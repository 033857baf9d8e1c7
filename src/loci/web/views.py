"""The site's pages over HTTP: every path the static build writes, rendered on demand."""

from __future__ import annotations

from fastapi import FastAPI, Request
from starlette.responses import RedirectResponse, Response

from loci.web.errors import error_response, shown
from loci.web.pages import media_type
from loci.web.state import state_of

_HTML = "text/html; charset=utf-8"


def install(app: FastAPI) -> None:
    """Add the catch-all page route; it must come after every API route."""

    @app.get("/{path:path}", include_in_schema=False)
    async def page(request: Request, path: str) -> Response:
        pages = state_of(request).pages
        found = None if path.startswith("api/") else pages.find(path)
        if found is None:
            if "text/html" in request.headers.get("accept", ""):  # a reader, not a program
                return Response(pages.not_found_page(), 404, media_type=_HTML,
                                headers={"cache-control": "no-store"})
            return error_response(404, f"nothing is at {shown('/' + path)}: see /api/v1/docs "
                                       "for the API")
        if found.kind == "redirect":
            return RedirectResponse(found.target, status_code=301)
        if found.page == ("search", "") and found.kind == "html" and (
                query := request.query_params.get("q", "").strip()):
            return Response(pages.search_page(query), media_type=_HTML)  # without script too
        body = pages.render(found)
        media = {"html": _HTML, "json": "application/json"}.get(found.kind)
        return Response(body, media_type=media or media_type(found.target))
