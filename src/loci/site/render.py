"""Rendering pages into the staging folder: the same in the main process and in workers."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from loci.kb import KB
from loci.search import Index
from loci.site import feeds
from loci.site.context import Site, SiteData
from loci.site.indexing import site_articles, site_names
from loci.site.output import write_staged
from loci.site.pages import dump_json, files_of, render_page

_STATE: dict[str, object] = {}


@dataclass(frozen=True, slots=True)
class Task:
    kind: str
    key: str
    path: str
    old: tuple[str | None, str | None]  # published hashes of its HTML and JSON files


def init_worker(data: SiteData, kb_path: str, folder: str, fresh: bool,
                kb: KB | None = None) -> None:
    """Open this process's own KB (SQLite handles do not cross processes)."""
    _STATE["site"] = Site(data, kb or KB(Path(kb_path)))
    _STATE["folder"] = Path(folder)
    _STATE["fresh"] = fresh


def render_task(task: Task) -> tuple[dict[str, str], list[str]]:
    """Render one page and stage its files when they changed: (hashes, paths written)."""
    site = _STATE["site"]
    assert isinstance(site, Site)
    html, data = render_page(site, task.kind, task.key)
    written: list[str] = []
    hashes = {}
    fresh = bool(_STATE["fresh"])
    for path, text, old in zip(files_of(task.path), (html, dump_json(data)), task.old,
                               strict=True):
        hashes[path] = write_staged(_STATE["folder"], path, text.encode(),  # type: ignore[arg-type]
                                    None if fresh else old, written)
    return hashes, written


@dataclass(frozen=True, slots=True)
class Extra:
    """A group of files beside the pages, rebuilt only when its inputs change."""

    name: str
    owns: Callable[[str], bool]  # which published paths are this group's
    deps: Callable[[SiteData], object]  # beyond the site-wide inputs; None: those alone
    make: Callable[[Site, list[str]], dict[str, bytes]]  # (site, page paths) -> files


def _static(site: Site, paths: list[str]) -> dict[str, bytes]:
    return {f"static/{f.name}": f.read_bytes()
            for f in resources.files("loci.site").joinpath("static").iterdir() if f.is_file()}


def _search(index: Index) -> dict[str, bytes]:
    return {f"search/{name}": text.encode() for name, text in index.files.items()}


def _feeds(site: Site, paths: list[str]) -> dict[str, bytes]:
    return {"feed.xml": feeds.atom(site.data).encode(),
            "sitemap.xml": feeds.sitemap(site.data, paths).encode(),
            "robots.txt": feeds.robots(site.data).encode()}


EXTRAS = (
    Extra("static", lambda p: p.startswith("static/"), lambda data: None, _static),
    Extra("search-names", lambda p: p == "search/names.json", lambda data: None,
          lambda site, paths: _search(site_names(site.kb, site.data))),
    Extra("search-articles", lambda p: p == "search/articles.json" or p.startswith("search/t/"),
          lambda data: [(a.slug, a.digest) for a in data.articles.values()],
          lambda site, paths: _search(site_articles(site.data))),
    Extra("feeds", lambda p: p in ("feed.xml", "sitemap.xml", "robots.txt"),
          lambda data: [(a.slug, a.title, a.date, a.summary, a.tags)
                        for a in list(data.articles.values())[:feeds.FEED_SIZE]], _feeds),
)
