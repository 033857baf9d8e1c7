"""One JSON error shape for every error the server answers.

    {"error": {"status": 404, "code": "not_found", "message": "..."}}

Routing errors, validation errors, loci's own errors and anything unexpected
all leave through :func:`error_response`, so a client parses one shape and
never sees a traceback.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel
from starlette.exceptions import HTTPException
from starlette.responses import Response

from loci.errors import InputError, LociError, NotFoundError
from loci.web.checker import Busy, TooSlow

log = logging.getLogger("loci.web")

CODES = {400: "bad_request", 404: "not_found", 405: "method_not_allowed",
         413: "payload_too_large", 415: "unsupported_media_type", 422: "invalid_request",
         500: "internal_error", 503: "busy"}


class ErrorDetail(BaseModel):
    status: int
    code: str
    message: str


class ErrorBody(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


def shown(path: str, limit: int = 120) -> str:
    """A request path as an error message quotes it: cut short, so a 20 KB path is not echoed."""
    return path if len(path) <= limit else path[:limit] + "…"


def error_bytes(status: int, message: str, code: str | None = None) -> bytes:
    """The error document, encoded."""
    detail = {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    return json.dumps({"error": detail}, ensure_ascii=False).encode()


def error_response(status: int, message: str, code: str | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """A JSON error response that no cache keeps."""
    return Response(error_bytes(status, message, code), status_code=status,
                    media_type="application/json",
                    headers={"cache-control": "no-store", **(headers or {})})


def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
    if exc.status_code == 404 and message == "Not Found":
        message = f"nothing is at {shown(request.url.path)}: see /api/v1/docs for the API"
    elif exc.status_code == 405:
        message = f"{request.method} is not allowed on {shown(request.url.path)}"
    return error_response(exc.status_code, message, headers=dict(exc.headers or {}))


def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors: list[dict[str, Any]] = list(exc.errors())
    if any(e.get("type") == "json_invalid" for e in errors):
        return error_response(400, "the request body is not valid JSON: send a JSON object "
                                   "such as {\"text\": \"...\"}", "invalid_json")
    return error_response(422, "; ".join(_describe(e) for e in errors[:5]))


def _describe(error: dict[str, Any]) -> str:
    where = " ".join(str(p) for p in error.get("loc", ()))
    return f"{where}: {error.get('msg', 'invalid')}"


def _loci_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LociError)
    if isinstance(exc, NotFoundError):
        return error_response(404, str(exc))
    status = 400 if isinstance(exc, InputError) else 500
    return error_response(status, str(exc))


def _busy(request: Request, exc: Exception) -> Response:
    return error_response(503, str(exc), headers={"retry-after": "5"})


def _too_slow(request: Request, exc: Exception) -> Response:
    return error_response(422, str(exc), "too_slow")


def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error answering %s %s", request.method, request.url.path)
    return error_response(500, "the server failed to answer this request; it has been logged")


def install(app: FastAPI) -> None:
    """Route every kind of error through the one shape."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(LociError, _loci_error)
    app.add_exception_handler(Busy, _busy)
    app.add_exception_handler(TooSlow, _too_slow)
    app.add_exception_handler(Exception, _unexpected)
