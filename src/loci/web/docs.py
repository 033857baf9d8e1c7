"""The API's docs page, served with no CDN (Swagger UI's files come from fastapi-offline)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from importlib.resources import files

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from starlette.responses import HTMLResponse, Response

DOCS = "/api/v1/docs"
_ASSETS = {"swagger-ui-bundle.js": "application/javascript", "swagger-ui.css": "text/css",
           "favicon.png": "image/png"}


def _asset(name: str) -> bytes:
    return files("fastapi_offline").joinpath("static", name).read_bytes()


def install(app: FastAPI) -> None:
    """Add the docs page and its three static files (read from the package, never a path
    from the request)."""

    @app.get(DOCS, include_in_schema=False)
    async def docs_page() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "", title="loci API",
            swagger_js_url=f"{DOCS}/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS}/favicon.png")

    for name, media in _ASSETS.items():
        app.add_api_route(f"{DOCS}/{name}", _asset_route(name, media), methods=["GET"],
                          include_in_schema=False)


def _asset_route(name: str, media: str) -> Callable[[], Awaitable[Response]]:
    async def asset() -> Response:
        return Response(_asset(name), media_type=media,
                        headers={"cache-control": "public, max-age=86400"})

    return asset
