"""What one server process holds: the KB, the resolver, the pages, the search index, the cache."""

from __future__ import annotations

import logging
from pathlib import Path

from fastapi import Request

from loci.kb import KB, PlaceRow
from loci.places import Resolver
from loci.places.collation import chinese_name
from loci.web.cache import ResponseCache
from loci.web.checker import Checker
from loci.web.fts import SearchIndex
from loci.web.pages import SitePages
from loci.web.watch import ContentWatch

log = logging.getLogger("loci.web")


class ServerState:
    """Read-only data shared by every request; content is reloaded when it changes on disk."""

    def __init__(self, kb: KB, content: Path | None, cache: ResponseCache) -> None:
        self.kb = kb
        self.resolver = Resolver(kb)
        self.search = SearchIndex(kb)
        self.cache = cache
        self.pages = SitePages(kb, content)
        self.watch = ContentWatch(self.pages.folder)
        self.search.set_articles(self.pages.article_docs())
        self.checker = Checker(kb.path)
        self._names_zh: dict[str, str | None] = {}
        # Countries have no population column; GeoNames' country table gives one.
        self._population: dict[str, int] = kb.vocab("populations")

    def refresh(self) -> None:
        """Reload and forget every cached response if the content changed or the day did."""
        if not self.watch.due():
            return
        if self.watch.changed() or self.pages.stale():
            log.info("content in %s changed (or a new day began): reloading", self.pages.folder)
            self.pages.reload()
            self.search.set_articles(self.pages.article_docs())
            self.cache.clear()

    def url(self, place: PlaceRow) -> str:
        """The page for a place: its own guide if the site has one, else its country's."""
        paths = self.pages.data.paths
        path = paths.get(place.id) or paths.get(place.country or "") or ""
        return self.pages.data.url(path)

    def population(self, place: PlaceRow) -> int | None:
        """The place's population, from its own row or its country's figure."""
        return place.population or self._population.get(place.id)

    def name_zh(self, place: PlaceRow) -> str | None:
        """The place's Chinese (simplified) name, if the KB has one (remembered)."""
        if place.id not in self._names_zh:
            self._names_zh[place.id] = chinese_name(self.kb, place.id)
        return self._names_zh[place.id]


def state_of(request: Request) -> ServerState:
    """The server state, for routes."""
    state: ServerState = request.app.state.loci
    return state
