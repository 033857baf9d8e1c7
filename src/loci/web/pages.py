"""The static site's pages, served live: the site's own render functions, on demand.

The server gathers the site's data as ``loci build`` does, maps every page
path to its (kind, key), and renders a page only when it is asked for; the
edge layer caches what comes back. Paths are looked up in that map, never
joined to a folder on disk, so no request can name a file of its own.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from markupsafe import Markup

from loci.articles.files import read_file
from loci.errors import InputError, LociError, NotFoundError
from loci.kb import KB
from loci.search import MAX_QUERY, Hit, plain_text, search
from loci.search import key as name_key
from loci.site import compare, feeds
from loci.site.build import default_content
from loci.site.content import ContentError, read_source
from loci.site.context import MIN_CITY_POPULATION, Site, SiteData
from loci.site.gather import gather
from loci.site.indexing import site_index
from loci.site.pages import Page, dump_json, kinds, render_page
from loci.web.fts import ArticleDoc

log = logging.getLogger("loci.web")

TYPES = {".html": "text/html; charset=utf-8", ".json": "application/json",
         ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
         ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
         ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
_RESULTS = re.compile(r'(<ol id="search-results"[^>]*>)(</ol>)')


@dataclass(frozen=True, slots=True)
class Found:
    """What a path names: a page (as HTML or its JSON twin), a file, or a redirect."""

    kind: str  # "html", "json", "file", "redirect"
    page: tuple[str, str] = ("", "")  # (page kind, key)
    target: str = ""  # the file's path, or where to redirect to


def media_type(path: str) -> str:
    return TYPES.get(Path(path).suffix, "application/octet-stream")


class SitePages:
    """Every page of the site, by path, for one content folder."""

    def __init__(self, kb: KB, content: Path | None) -> None:
        self.kb = kb
        self.folder = content or default_content()
        self._article_cache: dict[str, dict[str, Any]] = {}
        self.reload()

    def reload(self) -> None:
        """Gather the site's data again (articles that did not change are not re-read)."""
        self.today = dt.datetime.now(dt.UTC).date()
        data, problems = gather(self.kb, content=self.folder, base_url="/",
                                min_city_population=MIN_CITY_POPULATION, today=self.today,
                                cache=self._article_cache)
        for problem in problems:
            log.warning("left out: %s", problem)
        self.site = Site(data, self.kb)
        self.routes = {spec.path(data, key): (name, key)
                       for name, spec in kinds().items() for key in spec.keys(data)}
        self._files: dict[str, bytes] | None = None
        self._failed: dict[tuple[str, str], str] = {}  # pages that cannot be made: why
        self._search: dict[str, bytes] | None = None
        self._search_names: dict[str, bytes] | None = None
        self._compare = compare.paths(data)  # path -> territory id, each file made when asked
        self._compared: dict[str, bytes] = {}
        self._not_found: bytes | None = None

    @property
    def data(self) -> SiteData:
        return self.site.data

    def stale(self) -> bool:
        """True once the date has changed: pages list this year's holidays, today's time."""
        return dt.datetime.now(dt.UTC).date() != self.today

    def find(self, path: str) -> Found | None:
        """What a request path names, if anything."""
        rel = path.lstrip("/")
        if (moved := self.site.data.moved.get(rel)) is not None:  # an old address
            return Found("redirect", target=self.site.data.url(moved.path))
        if rel in self.routes:  # "", "countries/belarus/", "404.html"
            return Found("html", self.routes[rel])
        folder, _, name = rel.rpartition("/")
        folder = f"{folder}/" if folder else ""
        if name in ("index.html", "index.json") and folder in self.routes:
            return Found(name.removeprefix("index."), self.routes[folder])
        if rel.endswith(".json") and (page := rel[:-5] + ".html") in self.routes:
            return Found("json", self.routes[page])
        if rel in self.files() or rel in self._compare or (
                rel.startswith("search/") and rel in self.search_files()):
            return Found("file", target=rel)
        if f"{rel}/" in self.routes:
            return Found("redirect", target=f"/{rel}/")
        return None

    def render(self, found: Found) -> bytes:
        """The bytes of a page, its JSON twin, or a file."""
        if found.kind == "file":
            if found.target in self._compare:
                return self.compare_file(found.target)
            return self.files().get(found.target) or self.search_files()[found.target]
        page = self._failed.get(found.page) or self._page(found.page)
        if isinstance(page, str):
            raise LociError(page)  # a new one each time: a raised error keeps its traceback
        return page.encoded() if found.kind == "html" else dump_json(page.data)

    def _page(self, key: tuple[str, str]) -> Page | str:
        """The page, or why it cannot be made: an article's error is its page's alone (a
        500 for it, one line in the log until the content changes), not the server's."""
        try:
            return render_page(self.site, *key)
        except NotFoundError:
            raise
        except Exception as exc:
            if isinstance(exc, LociError):
                reason = str(exc)
                log.error("cannot render the %s page %r: %s", *key, reason)
            else:  # a bug: its traceback, once
                reason = type(exc).__name__
                log.exception("cannot render the %s page %r", *key)
            self._failed[key] = f"this article cannot be shown: {reason}" if key[0] == \
                "article" else "this page cannot be made; the error has been logged"
            return self._failed[key]

    def not_found_page(self) -> bytes:
        """The site's 404 page (rendered once per reload: crawlers ask for many missing paths)."""
        if self._not_found is None:
            self._not_found = render_page(self.site, "404", "").encoded()
        return self._not_found

    def files(self) -> dict[str, bytes]:
        """Static assets, feed, sitemap, robots.txt: the small files beside the pages."""
        if self._files is None:
            static = resources.files("loci.site").joinpath("static")
            files = {f"static/{f.name}": f.read_bytes() for f in static.iterdir() if f.is_file()}
            files["feed.xml"] = feeds.atom(self.data).encode()
            files["sitemap.xml"] = feeds.sitemap(self.data, list(self.routes)).encode()
            files["robots.txt"] = feeds.robots(self.data).encode()
            self._files = files
        return self._files

    def compare_file(self, path: str) -> bytes:
        """A territory's file for the compare page, as the build writes it (made on first
        request: the page fetches two of a few hundred)."""
        if path not in self._compared:
            self._compared[path] = compare.territory_file(self.site, self._compare[path])
        return self._compared[path]

    def search_page(self, query: str) -> bytes:
        """The search page with the answers to ``query`` in it, for a reader without
        script: the static index's own answers (``loci.search.search``, ranked as the
        server's index and search.js rank them), written where the script would write
        them."""
        page = self.render(Found("html", ("search", ""))).decode()
        if self._search_names is None:  # the same bytes, by their names in the index
            self._search_names = {name.removeprefix("search/"): data
                                  for name, data in self.search_files().items()}
        query = query[:MAX_QUERY]  # a longer query is cut, here as in the full-text index
        hits = search(self._search_names, query)
        items = "".join(
            Markup('<li><a href="{}">{}</a><span class="detail">{}</span></li>').format(
                h.url, h.title, _detail(h)) for h in hits)
        said = f"{len(hits)} result{'' if len(hits) == 1 else 's'}" if hits else "Nothing found"
        page = page.replace('<p id="search-status" role="status"></p>',
                            Markup('<p id="search-status" role="status">{} for “{}”.</p>')
                            .format(said, query), 1)
        page = page.replace('<input id="search-q" name="q"',
                            Markup('<input id="search-q" name="q" value="{}"').format(query), 1)
        return _RESULTS.sub(lambda m: m.group(1) + items + m.group(2), page, count=1).encode()

    def search_files(self) -> dict[str, bytes]:
        """The static search index (for the search page's script), built on first request."""
        if self._search is None:
            index = site_index(self.kb, self.data)
            self._search = {f"search/{name}": text.encode() for name, text in index.files.items()}
        return self._search

    def article_docs(self) -> list[ArticleDoc]:
        """The articles as the full-text index needs them: title, path, plain text."""
        return [ArticleDoc(meta.slug, meta.title, self.data.url(f"articles/{meta.slug}/"),
                           _plain_text(Path(meta.file), meta.summary))
                for meta in self.data.articles.values()]


def _detail(hit: Hit) -> str:
    """What a search result says of itself, as search.js writes it."""
    text = f"Article · {hit.detail}" if hit.kind == "article" else hit.detail
    if hit.matched and name_key(hit.matched) != name_key(hit.title):
        text += f" · found by “{hit.matched}”" + (f" ({hit.note})" if hit.note else "")
    return text


def _plain_text(path: Path, summary: str) -> str:
    """An article's summary and body, Markdown's marks taken out (enough for snippets)."""
    try:
        source = read_source(path, read_file(str(path)))
    except (InputError, ContentError):
        return summary  # changed or removed since it was gathered: the next reload sees it
    return plain_text(summary, source.body)
