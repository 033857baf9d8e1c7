"""The server's response cache and content watch: bounded memory, changes noticed."""

from __future__ import annotations

import asyncio
import gzip
import logging
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from loci.web import errors
from loci.web.cache import ResponseCache, make_entry
from loci.web.edge import Edge
from loci.web.watch import ContentWatch

HTML = [(b"content-type", b"text/html; charset=utf-8")]


def test_any_number_of_distinct_urls_keeps_the_cache_within_its_bounds() -> None:
    cache = ResponseCache(max_entries=100, max_bytes=64 * 1024)
    for i in range(10_000):
        cache.put((f"/search?q={i}", b""), make_entry(200, HTML, b"x" * 500, True))
        assert len(cache) <= 100 and cache.bytes <= 64 * 1024
    assert cache.get(("/search?q=9999", b"")) is not None  # the newest stay
    assert cache.get(("/search?q=0", b"")) is None  # the oldest went first


def test_one_huge_response_is_sent_but_not_kept() -> None:
    cache = ResponseCache(max_entries=10, max_bytes=8 * 1024)
    cache.put(("/small", b""), make_entry(200, HTML, b"x" * 100, True))
    cache.put(("/huge", b""), make_entry(200, HTML, b"x" * 4096, True))
    assert cache.get(("/huge", b"")) is None and cache.get(("/small", b"")) is not None


def test_an_entry_is_gzipped_once_and_tagged_by_its_content() -> None:
    body = b"<p>Minsk is the capital of Belarus.</p>" * 100
    entry = make_entry(200, HTML, body, True)
    assert entry.gzipped is not None and gzip.decompress(entry.gzipped) == body
    assert entry.etag == make_entry(200, HTML, body, True).etag
    assert entry.etag != make_entry(200, HTML, body + b" ", True).etag
    small = make_entry(200, HTML, b"<p>hi</p>", True)
    assert small.gzipped is None  # not worth it
    png = make_entry(200, [(b"content-type", b"image/png")], b"\x89PNG" * 1000, True)
    assert png.gzipped is None  # already compressed


def test_the_watch_notices_a_new_edited_or_deleted_article(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("one", encoding="utf-8")
    watch = ContentWatch(tmp_path, interval=0.05)
    assert not watch.changed()
    (tmp_path / "b.md").write_text("two", encoding="utf-8")
    assert watch.changed() and not watch.changed()
    (tmp_path / "a.md").write_text("one, longer", encoding="utf-8")
    assert watch.changed()
    (tmp_path / "b.md").unlink()
    assert watch.changed()
    (tmp_path / "notes.bak").write_text("ignored", encoding="utf-8")
    assert not watch.changed()


def test_the_watch_looks_at_most_once_per_interval(tmp_path: Path) -> None:
    now = [100.0]
    watch = ContentWatch(tmp_path, interval=0.2, clock=lambda: now[0])
    assert not watch.due()
    now[0] += 0.19
    assert not watch.due()
    now[0] += 0.02
    assert watch.due() and not watch.due()
    now[0] += 0.2
    assert watch.due()


def test_an_unexpected_error_is_a_500_in_the_one_shape_without_a_traceback(
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.CRITICAL, logger="loci.web")  # the log keeps the traceback
    app = FastAPI()
    errors.install(app)

    @app.get("/boom")
    async def boom() -> None:
        raise RuntimeError("secret internals")

    async def bare(scope: Scope, receive: Receive, send: Send) -> None:
        raise RuntimeError("secret internals")

    async def fetch(target: ASGIApp) -> httpx.Response:
        transport = httpx.ASGITransport(app=Edge(target, ResponseCache(), 1024))
        async with httpx.AsyncClient(transport=transport, base_url="http://loci") as client:
            return await client.get("/boom")

    for target in (app, bare):
        response = asyncio.run(fetch(target))
        assert response.status_code == 500
        assert response.json()["error"]["code"] == "internal_error"
        assert "secret" not in response.text and "Traceback" not in response.text
