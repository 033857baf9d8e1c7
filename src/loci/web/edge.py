"""The outermost ASGI layer: what every request passes before reaching any route.

In order: paths that try to leave the site get 404; bodies over the limit get
413 before they are read; cached responses are answered at once (304 when
the client's ETag still holds, gzip when it accepts it); everything else is
buffered from the app, finished (ETag, gzip, caching headers) and, for a
successful GET, kept. Every response, the app's errors included, leaves in
one shape, and nothing the app raises reaches the client as a traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from urllib.parse import unquote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from loci.web.cache import Entry, Headers, ResponseCache, TextHeaders, make_entry
from loci.web.errors import error_bytes, shown

log = logging.getLogger("loci.web")

CACHE_CONTROL = b"public, max-age=60"
_BAD_RAW = (b"%2f", b"%5c", b"%00", b"%25")  # encoded slash, backslash, NUL, double encoding


def safe_path(scope: Scope) -> bool:
    """False for paths that climb out of the site or hide a separator in an escape."""
    path: str = scope["path"]
    raw: bytes = scope.get("raw_path") or path.encode()
    if b"%" not in raw and plain_path(path):
        return True  # the common case, decided without decoding anything
    raw = raw.split(b"?", 1)[0].lower()
    if any(bad in raw for bad in _BAD_RAW) or "\\" in path or "\x00" in path:
        return False
    return not any(seg in (".", "..") for seg in unquote(path).split("/"))


def plain_path(path: str) -> bool:
    """True for a decoded path that needs no closer look: no dot segment, backslash, NUL
    or percent sign (which, once the path is decoded, means it was encoded twice)."""
    return "/." not in path and "\\" not in path and "\x00" not in path and "%" not in path


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope["headers"]:
        if key == name:
            return bytes(value)
    return None


def gzip_accepted(value: bytes) -> bool:
    """True when an Accept-Encoding value takes gzip (and does not refuse it with q=0)."""
    value = value.lower()
    if b"gzip" not in value:
        return False
    if b"q=" not in value:
        return True
    return any(part.split(b";")[0].strip() == b"gzip" and b"q=0" not in part.replace(b" ", b"")
               for part in value.split(b","))


def etag_in(value: bytes | None, etag: bytes) -> bool:
    """If-None-Match with weak comparison, as RFC 9110 asks for GET."""
    if not value:
        return False
    if value.strip() == b"*":
        return True
    bare = etag.removeprefix(b"W/")
    return any(tag.strip().removeprefix(b"W/") == bare for tag in value.split(b","))


class Edge:
    """Guards, caches and finishes every HTTP response of the wrapped app."""

    def __init__(self, app: ASGIApp, cache: ResponseCache, max_body: int,
                 before: Callable[[], None] = lambda: None) -> None:
        self.app = app
        self.cache = cache
        self.max_body = max_body
        self.before = before  # run before each request (content reload checks)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if not safe_path(scope):
            where = shown(scope["path"])
            await _send_error(send, 404, f"nothing is at {where!r}: paths outside the site are "
                                         "not served")
            return
        self.before()
        method = scope["method"]
        head = method == "HEAD"
        key = (scope["path"], scope["query_string"])
        if method in ("GET", "HEAD"):
            entry = self.cache.get(key)
            if entry is None:
                entry = await self._render({**scope, "method": "GET"}, receive, cache=True)
                if entry.status == 200 and _cacheable(entry):
                    self.cache.put(key, entry)
            await send_entry(scope, send, entry, head)
            return
        body = await self._read_body(scope, receive, send)
        if body is not None:
            await send_entry(scope, send, await self._render(scope, _replay(body, receive),
                                                           cache=False))

    async def _read_body(self, scope: Scope, receive: Receive, send: Send) -> bytes | None:
        """The whole body, or None after answering 400/413 (never reading past the limit)."""
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            status = 413 if length.isdigit() else 400
            await _send_error(send, status, _too_large(self.max_body) if status == 413
                              else "the Content-Length header is not a number")
            return None
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                await _send_error(send, 413, _too_large(self.max_body))
                return None
            chunks.append(chunk)
            more = message.get("more_body", False)
        return b"".join(chunks)

    async def _render(self, scope: Scope, receive: Receive, cache: bool) -> Entry:
        """Run the app, buffering its response; an exception, or a response cut short,
        becomes a 500 in the one shape (never cached: a half page is no page)."""
        response = Buffered()
        try:
            await self.app(scope, receive, response)
        except Exception:  # unless the app's own error handler answered, in full
            if response.status != 500 or not response.complete:
                log.exception("unhandled error answering %s", scope["path"])
                response.complete = False
        if not response.complete:
            return make_entry(500, _json_headers(b"no-store"),
                              error_bytes(500, "the server failed to answer this request"),
                              False)
        status, headers = response.status, response.headers
        if not any(k == b"cache-control" for k, _ in headers):
            headers.append((b"cache-control", CACHE_CONTROL if cache and status == 200
                            else b"no-store"))
        return make_entry(status, headers, response.body, cache and status == 200)


class Buffered:
    """An ASGI ``send`` that keeps the one response sent through it: its status, headers
    and body, and whether the body was sent to its end."""

    def __init__(self) -> None:
        self.status = 500
        self.headers: Headers = []
        self.parts: list[bytes] = []
        self.complete = False

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status, self.headers = message["status"], list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.parts.append(message.get("body", b""))
            self.complete = not message.get("more_body", False)

    @property
    def body(self) -> bytes:
        return b"".join(self.parts)


def _cacheable(entry: Entry) -> bool:
    return not any(k == b"cache-control" and b"no-store" in v for k, v in entry.headers)


def answer(entry: Entry, if_none_match: bytes | None,
           accept_encoding: bytes | None) -> tuple[int, Headers, TextHeaders, bytes]:
    """What a request gets of a finished response, from those two headers of it: a 304
    without a body when the client has it, the gzipped body when it accepts gzip, else
    the plain one; the headers as bytes (ASGI) and as text (RSGI, ``loci.web.front``)."""
    if entry.etag is not None and etag_in(if_none_match, entry.etag):
        return 304, entry.headers_304, entry.text_304, b""
    if entry.gzipped is not None and gzip_accepted(accept_encoding or b""):
        return entry.status, entry.headers_gzip, entry.text_gzip, entry.gzipped
    return entry.status, entry.headers_plain, entry.text_plain, entry.body


async def send_entry(scope: Scope, send: Send, entry: Entry, head: bool = False) -> None:
    """Send a finished response: 304 if the client has it, gzipped if it accepts gzip."""
    status, headers, _, body = answer(entry, _header(scope, b"if-none-match"),
                                      _header(scope, b"accept-encoding"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if head else body})


def _json_headers(cache_control: bytes) -> Headers:
    return [(b"content-type", b"application/json"), (b"cache-control", cache_control)]


async def _send_error(send: Send, status: int, message: str) -> None:
    entry = make_entry(status, _json_headers(b"no-store"), error_bytes(status, message), False)
    await send_entry({"headers": []}, send, entry)


def _too_large(limit: int) -> str:
    return f"the request body is over the limit of {limit:,} bytes: send a shorter article"


def _replay(body: bytes, receive: Receive) -> Receive:
    """A receive channel that yields an already-read body once, then the real channel."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replay
