"""Rendering pages into the staging folder: the same in the main process and in workers."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from loci.errors import InputError
from loci.kb import KB
from loci.search import Index
from loci.site import compare, feeds
from loci.site.articles import listed
from loci.site.context import Site, SiteData
from loci.site.indexing import site_articles, site_names
from loci.site.output import write_staged
from loci.site.pages import Page, dump_json, files_of, render_page

_STATE: dict[str, object] = {}


@dataclass(frozen=True, slots=True)
class Task:
    kind: str
    key: str
    path: str
    old: tuple[str | None, str | None]  # published hashes of its HTML and JSON files


def worker_started() -> None:
    """Set up the collector in a new worker: a forked one inherits the build's, which is off.

    What the worker inherited is frozen first, so the collector never walks (or,
    by touching it, copies) the parent's heap; what the worker makes is collected.
    """
    gc.freeze()
    gc.enable()


def init_worker(data: SiteData, kb_path: str, folder: str, fresh: bool,
                kb: KB | None = None) -> None:
    """Open this process's own KB (SQLite handles do not cross processes)."""
    if kb is None:
        worker_started()
    _STATE["site"] = Site(data, kb or KB(Path(kb_path)))
    _STATE["folder"] = Path(folder)
    _STATE["fresh"] = fresh


def render_task(task: Task) -> tuple[dict[str, str], list[str]]:
    """Render one page and stage its files when they changed: (hashes, paths written)."""
    site = _STATE["site"]
    assert isinstance(site, Site)
    try:
        page = render_page(site, task.kind, task.key)
    except InputError as exc:  # an article read before, in a build whose renderer refuses it
        article = site.data.articles.get(task.key) if task.kind == "article" else None
        raise InputError(f"{article.file if article else task.path}: its page cannot be made: "
                         f"{exc}") from None
    return stage(_STATE["folder"], task.path,  # type: ignore[arg-type]
                 page, task.old, bool(_STATE["fresh"]))


def stage(folder: str | Path, path: str, page: Page, old: tuple[str | None, str | None],
          fresh: bool) -> tuple[dict[str, str], list[str]]:
    """Stage a page's HTML and JSON files where they differ from the published ones
    (``old``: their hashes; ``fresh``: nothing is published): (hashes, paths written)."""
    written: list[str] = []
    hashes = {}
    for file, data, before in zip(files_of(path), (page.encoded(), dump_json(page.data)), old,
                                  strict=True):
        hashes[file] = write_staged(folder, file, data, None if fresh else before, written,
                                    not fresh)
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
    Extra("search-names", lambda p: p == "search/names.json" or p.startswith("search/n/"),
          lambda data: None,
          lambda site, paths: _search(site_names(site.kb, site.data))),
    Extra("search-articles", lambda p: p == "search/articles.json" or p.startswith("search/t/"),
          lambda data: " ".join(f"{a.slug}:{a.digest}" for a in data.articles.values()),
          lambda site, paths: _search(site_articles(site.data))),
    Extra("feeds", lambda p: p in ("feed.xml", "sitemap.xml", "robots.txt"),
          lambda data: listed(list(data.articles.values())[:feeds.FEED_SIZE]), _feeds),
    Extra("compare", lambda p: p.startswith(compare.FOLDER), lambda data: None, compare.files),
)
