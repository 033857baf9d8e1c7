"""The edge in front of the app: a response that fails half-way is a 500, never cached."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from loci.web.cache import ResponseCache
from loci.web.edge import Edge

Message = dict[str, Any]


async def _half_page(scope: Message, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/html")]})
    await send({"type": "http.response.body", "body": b"<html><body>first half",
                "more_body": True})
    raise RuntimeError("the template failed half-way")


async def _whole_page(scope: Message, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/html")]})
    await send({"type": "http.response.body", "body": b"<html>", "more_body": True})
    await send({"type": "http.response.body", "body": b"</html>"})


async def _silent(scope: Message, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"cut", "more_body": True})


def _get(edge: Edge, path: str = "/a/") -> tuple[int, bytes]:
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": path, "raw_path": path.encode(),
             "query_string": b"", "headers": []}
    asyncio.run(edge(scope, receive, send))
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return sent[0]["status"], body


@pytest.mark.parametrize("app", [_half_page, _silent], ids=["raises", "never-finishes"])
def test_a_page_cut_short_is_a_500_and_not_cached(app: Any) -> None:
    cache = ResponseCache()
    edge = Edge(app, cache, max_body=1024)
    for _ in range(2):
        status, body = _get(edge)
        assert status == 500
        assert json.loads(body)["error"]["status"] == 500
        assert b"first half" not in body
    assert len(cache) == 0


def test_a_whole_page_is_cached() -> None:
    cache = ResponseCache()
    status, body = _get(Edge(_whole_page, cache, max_body=1024))
    assert (status, body) == (200, b"<html></html>")
    assert len(cache) == 1
