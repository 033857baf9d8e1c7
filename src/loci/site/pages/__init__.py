"""The page kinds of the site: a registry, one module per kind (or family of kinds).

Each kind says which keys it has (``keys``), where a page lives (``path``),
what its output depends on beyond the site-wide inputs (``deps``, for
incremental builds) and how to render it (``render``); a kind with thousands
of pages may also give all three at once (``every``), which is what a build
plans from. ``render_page`` is what the build and the live server both call.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import orjson

from loci.errors import NotFoundError
from loci.registry import Registry
from loci.site.context import Site, SiteData


@dataclass(frozen=True, slots=True)
class Shared:
    """HTML that every page has (the footer), and its UTF-8, encoded once per site."""

    text: str
    utf8: bytes


@dataclass(frozen=True, slots=True)
class Page:
    """A rendered page: its HTML and the data of its JSON twin.

    The HTML is kept in parts around the footer every page shares (``shared``):
    the footer is most of a page's text, and encoding it again for each page
    cost more than the rest of the page's encoding.
    """

    before: str  # all of the HTML when ``shared`` is None
    data: dict[str, Any]
    shared: Shared | None = None
    after: str = ""

    @property
    def html(self) -> str:
        if self.shared is None:
            return self.before
        return f"{self.before}{self.shared.text}{self.after}"

    def encoded(self) -> bytes:
        """The HTML as UTF-8."""
        if self.shared is None:
            return self.before.encode()
        return b"".join((self.before.encode(), self.shared.utf8, self.after.encode()))


@dataclass(frozen=True, slots=True)
class PageKind:
    kind: str
    keys: Callable[[SiteData], Iterable[str]]
    path: Callable[[SiteData, str], str]  # "countries/belarus/" (a folder) or "404.html"
    render: Callable[[Site, str], Page]
    deps: Callable[[SiteData, str], object] = lambda data, key: None
    # Every page at once, as (key, path, deps): for kinds with thousands of pages, where
    # calling ``path`` and ``deps`` key by key costs more than what they do.
    every: Callable[[SiteData], Iterable[tuple[str, str, object]]] | None = None

    def pages(self, data: SiteData) -> Iterable[tuple[str, str, object]]:
        """Each page of the kind: (key, path, deps)."""
        if self.every is not None:
            return self.every(data)
        return ((key, self.path(data, key), self.deps(data, key)) for key in self.keys(data))


KINDS: Registry[PageKind] = Registry(__name__, key=lambda k: k.kind)


def register(kind: PageKind) -> PageKind:
    return KINDS.add(kind, kind.render.__module__)


@cache
def kinds() -> dict[str, PageKind]:
    """Every page kind, by name (each module registers its own when imported)."""
    return {kind.kind: kind for kind in KINDS.items()}


def render_page(site: Site, kind: str, key: str = "") -> Page:
    """Render one page: its HTML and its JSON twin's data. Raises NotFoundError."""
    spec = kinds().get(kind)
    if spec is None:
        raise NotFoundError(f"no page kind {kind!r}: choose one of {', '.join(kinds())}")
    return spec.render(site, key)


def files_of(path: str) -> tuple[str, str]:
    """The HTML and JSON files of a page path: "a/" -> a/index.html, a/index.json."""
    if path.endswith(".html"):
        return path, path[:-5] + ".json"
    return f"{path}index.html", f"{path}index.json"


def dump_json(data: dict[str, Any]) -> bytes:
    """A JSON twin's bytes (the same from the build and the server): compact UTF-8, as
    ``json.dumps(data, ensure_ascii=False, separators=(",", ":"))`` writes it, and a
    newline; by orjson, twenty times faster."""
    return orjson.dumps(data, option=orjson.OPT_APPEND_NEWLINE | orjson.OPT_NON_STR_KEYS)
