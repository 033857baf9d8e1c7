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


@dataclass(frozen=True, slots=True)
class Part:
    """A share of an extra's files (one territory's compare file, the names index), made by
    the workers beside the pages: the main process would make it alone after them."""

    extra: str
    key: str
    old: dict[str, str]  # published hashes of the extra's files


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


def render_task(task: Task | Part) -> tuple[dict[str, str], list[str]]:
    """Render one page (or make one part of an extra) and stage its files when they
    changed: (hashes, paths written)."""
    site = _STATE["site"]
    assert isinstance(site, Site)
    if isinstance(task, Part):
        return _make_part(site, task)
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


def _make_part(site: Site, part: Part) -> tuple[dict[str, str], list[str]]:
    extra = next(e for e in EXTRAS if e.name == part.extra)
    assert extra.part is not None
    folder, fresh = _STATE["folder"], bool(_STATE["fresh"])
    assert isinstance(folder, Path)
    written: list[str] = []
    hashes = {path: write_staged(folder, path, data, None if fresh else part.old.get(path),
                                 written, not fresh)
              for path, data in extra.part(site, part.key).items()}
    return hashes, written


def parts(extra: Extra, data: SiteData, published: dict[str, str]) -> list[Part]:
    """An extra's parts, each with the published hashes of the files it may make."""
    assert extra.parts is not None
    owned = {path: digest for path, digest in published.items() if extra.owns(path)}
    return [Part(extra.name, key, {key: owned[key]} if key in owned else
                 {} if extra.owns(key) else owned) for key in extra.parts(data)]


@dataclass(frozen=True, slots=True)
class Extra:
    """A group of files beside the pages, rebuilt only when its inputs change."""

    name: str
    owns: Callable[[str], bool]  # which published paths are this group's
    deps: Callable[[SiteData], object]  # beyond the site-wide inputs; None: those alone
    # Made by the main process after the pages: (site, page paths) -> files
    make: Callable[[Site, list[str]], dict[str, bytes]] | None = None
    # Or, needing no page paths, made in parts by the page workers beside the pages: the
    # parts' keys (a file's path, for a part that makes that file alone), and one part's
    # files
    parts: Callable[[SiteData], list[str]] | None = None
    part: Callable[[Site, str], dict[str, bytes]] | None = None


def _static(site: Site, paths: list[str]) -> dict[str, bytes]:
    return {f"static/{f.name}": f.read_bytes()
            for f in resources.files("loci.site").joinpath("static").iterdir() if f.is_file()}


def _search(index: Index) -> dict[str, bytes]:
    return {f"search/{name}": text.encode() for name, text in index.files.items()}


def _feeds(site: Site, paths: list[str]) -> dict[str, bytes]:
    return {"feed.xml": feeds.atom(site.data).encode(),
            "sitemap.xml": feeds.sitemap(site.data, paths).encode(),
            "robots.txt": feeds.robots(site.data).encode()}


def _names(site: Site, key: str) -> dict[str, bytes]:
    return _search(site_names(site.kb, site.data))


def _compare(site: Site, path: str) -> dict[str, bytes]:
    return {path: compare.territory_file(site, compare.paths(site.data)[path])}


EXTRAS = (
    Extra("static", lambda p: p.startswith("static/"), lambda data: None, _static),
    Extra("search-names", lambda p: p == "search/names.json" or p.startswith("search/n/"),
          lambda data: None, parts=lambda data: [""], part=_names),
    Extra("search-articles", lambda p: p == "search/articles.json" or p.startswith("search/t/"),
          lambda data: " ".join(f"{a.slug}:{a.digest}" for a in data.articles.values()),
          lambda site, paths: _search(site_articles(site.data))),
    Extra("feeds", lambda p: p in ("feed.xml", "sitemap.xml", "robots.txt"),
          lambda data: listed(list(data.articles.values())[:feeds.FEED_SIZE]), _feeds),
    Extra("compare", lambda p: p.startswith(compare.FOLDER), lambda data: None,
          parts=lambda data: list(compare.paths(data)), part=_compare),
)
