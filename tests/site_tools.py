"""Helpers for the site tests: serve a built folder, walk its links, check languages."""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

BROWSERS = ("chromium", "chromium-browser", "google-chrome")  # Debian, Ubuntu, Google's
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
_HREF = re.compile(r'(?:href|src)="([^"#]*)(?:#[^"]*)?"')
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def chromium() -> tuple[str | None, str]:
    """The browser the browser tests drive, and where it came from (or why there is none):
    ``$CHROMIUM`` if set, else the first of ``BROWSERS`` on PATH."""
    if chosen := os.environ.get("CHROMIUM"):
        if shutil.which(chosen):
            return shutil.which(chosen), f"CHROMIUM={chosen}"
        return None, f"CHROMIUM={chosen} is not a program that can be run"
    for name in BROWSERS:
        if found := shutil.which(name):
            return found, f"{name} on PATH"
    return None, (f"no browser: set CHROMIUM to one, or put {', '.join(BROWSERS)} on PATH "
                  "(apt-get install chromium)")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve a folder on 127.0.0.1 with Python's http.server; yields the base URL."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def broken_links(root: Path) -> list[str]:
    """Every internal href or src in every HTML page that points at no file: "page -> href"."""
    broken = []
    exists: dict[str, bool] = {}  # every page links the same footer: look each target up once
    for page in root.rglob("*.html"):
        url = "/" + page.relative_to(root).as_posix()
        for href in set(_HREF.findall(page.read_text(encoding="utf-8"))):
            parts = urlsplit(urljoin(url, href))
            if parts.scheme or parts.netloc or not href:
                continue
            if parts.path not in exists:
                path = root / unquote(parts.path).lstrip("/")
                exists[parts.path] = path.is_file() or (path / "index.html").is_file()
            if not exists[parts.path]:
                broken.append(f"{url} -> {href}")
    return broken


class _LangWalker(HTMLParser):
    """Collects text with Chinese characters whose nearest lang is English or unset."""

    VOID = frozenset({"meta", "link", "br", "img", "input", "hr", "source", "wbr"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str]] = []
        self.bad: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        lang = dict(attrs).get("lang") or (self.stack[-1][1] if self.stack else "")
        self.stack.append((tag, lang or ""))
        self.skip += tag in ("script", "style", "title")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        while self.stack:
            name, _ = self.stack.pop()
            self.skip -= name in ("script", "style", "title")
            if name == tag:
                break

    def handle_data(self, data: str) -> None:
        lang = self.stack[-1][1] if self.stack else ""
        if not self.skip and _HAN.search(data) and (not lang or lang.startswith("en")):
            self.bad.append(data.strip()[:60])


def chinese_without_lang(html: str) -> list[str]:
    """Text with Chinese characters (or Japanese kanji) not marked with its language."""
    walker = _LangWalker()
    walker.feed(html)
    return walker.bad


def server_index(kb: Any, pages: Any) -> Any:
    """The server's full-text index (``SearchIndex``) of a site's places and articles, as
    ``loci serve`` builds it for ``pages`` (a ``SitePages``)."""
    from loci.web.fts import SearchIndex

    index = SearchIndex(kb)
    index.set_articles(pages.article_docs())
    return index
