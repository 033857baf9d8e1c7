"""The server's front door on Granian's RSGI interface: a cached page in one call.

Measured here with wrk (64 connections, one worker, the China guide page): a bare
RSGI app that sends fixed bytes answers about 64,000 gzipped requests a second,
and the ASGI edge about 42,000 from its cache. ASGI costs a scope dictionary and
two awaited ``send`` messages per request; RSGI hands over the body in one call.
So a GET whose answer is cached is answered here, from the edge's own cache, with
the headers it made for RSGI. Everything else (a miss, another method, a path
that needs a closer look) is turned into an ASGI call to the edge, which guards,
renders, finishes and caches it exactly as it does for the tests' ASGI clients.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from granian._granian import RSGIHTTPProtocol as HTTPProtocol
from granian._granian import RSGIProtocolClosed as ProtocolClosed
from granian.rsgi import Scope
from starlette.types import Message, Receive

from loci.web.cache import as_text
from loci.web.edge import Buffered, Edge, answer, plain_path


class Front:
    """An RSGI app over the edge: cache hits answered at once, the rest through ASGI."""

    def __init__(self, edge: Edge) -> None:
        self.edge = edge

    async def __rsgi__(self, scope: Scope, proto: HTTPProtocol) -> None:
        path = scope.path  # decoded, as ASGI's "path"
        if scope.method == "GET" and plain_path(path):
            self.edge.before()
            entry = self.edge.cache.get((path, scope.query_string.encode()))
            if entry is not None:
                headers = scope.headers
                status, _, text, body = answer(entry, _value(headers, "if-none-match"),
                                               _value(headers, "accept-encoding"))
                proto.response_bytes(status, text, body)
                return
        await self._through_edge(scope, proto)

    async def _through_edge(self, scope: Scope, proto: HTTPProtocol) -> None:
        """Run the edge as an ASGI app and send its one, buffered, response."""
        response = Buffered()
        await self.edge(asgi_scope(scope), receiver(proto), response)
        proto.response_bytes(response.status, as_text(response.headers), response.body)


def _value(headers: Any, name: str) -> bytes | None:
    value = headers.get(name)
    return None if value is None else value.encode("latin-1", "replace")


def asgi_scope(scope: Scope) -> dict[str, Any]:
    """The ASGI scope of an RSGI request. RSGI gives the path decoded only, so the raw
    path is its re-encoding: an escape the edge refuses (an encoded backslash, NUL or
    percent sign) is still one, and an encoded slash has become a plain one."""
    return {
        "type": "http", "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": scope.http_version, "method": scope.method, "scheme": scope.scheme,
        "path": scope.path, "raw_path": quote(scope.path).encode(), "root_path": "",
        "query_string": scope.query_string.encode(),
        "headers": [(k.encode("latin-1", "replace"), v.encode("latin-1", "replace"))
                    for k, v in scope.headers.items()],
        "client": _address(scope.client), "server": _address(scope.server),
    }


def _address(text: str) -> tuple[str, int] | None:
    host, _, port = text.rpartition(":")
    return (host.strip("[]"), int(port)) if port.isdigit() else None


def receiver(proto: HTTPProtocol) -> Receive:
    """ASGI's receive over RSGI's body chunks: each chunk, the end, then a disconnect
    once the client has gone (as an ASGI server would say it)."""
    chunks = aiter(proto)
    ended = False

    async def receive() -> Message:
        nonlocal ended
        if not ended:
            try:
                return {"type": "http.request", "body": await anext(chunks), "more_body": True}
            except StopAsyncIteration:
                ended = True
                return {"type": "http.request", "body": b"", "more_body": False}
            except ProtocolClosed:
                ended = True
                return {"type": "http.disconnect"}
        await proto.client_disconnect()
        return {"type": "http.disconnect"}

    return receive
