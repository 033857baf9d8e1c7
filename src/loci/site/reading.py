"""Reading many articles at once, and staging their pages as they are read.

The first build of a large content folder reads articles in worker processes,
each with its own KB handle. An article's own page depends on nothing but the
article and the site's base data (see ``article_page``), so a build hands the
workers that data and each article is parsed once and its page staged at
once, instead of read in one pass and parsed again in a second.
"""

from __future__ import annotations

import multiprocessing
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from loci import pinyin
from loci.articles.files import Problem
from loci.check.knowledge import Knowledge
from loci.errors import LociError
from loci.guides.links import site_path
from loci.kb import KB
from loci.search import token_weights
from loci.site.articles import ArticleMeta, read_meta
from loci.site.content import ContentError
from loci.site.context import Site, SiteData
from loci.site.pages import files_of
from loci.site.pages.articles import article_page, article_path
from loci.site.render import stage, worker_started
from loci.site.workers import Died, Workers

PARALLEL_FROM = 200  # fewer changed articles than this are read in the main process
_STATE: dict[str, object] = {}
Staged = tuple[dict[str, str], list[str]]  # the page's file hashes, the files written
# An article's metadata, packed (``ArticleMeta.packed``: what the build keeps, and cheaper
# to send back than the tuple), and its staged page; or its problems.
Read = tuple[bytes, Staged | None] | list[Problem]


@dataclass(frozen=True, slots=True)
class ArticleStaging:
    """Where and against what the pages of the articles read are staged."""

    data: SiteData  # the site without its articles: what an article's page needs
    folder: str  # the build's staging folder
    fresh: bool  # nothing is published yet: stage every file
    published: Mapping[str, str]  # hashes of the published files


def read_all(paths: list[str], kb: KB, jobs: int, staging: ArticleStaging | None = None,
             root: str | None = None) -> list[Read]:
    """Each article's metadata (and its staged page), or its problems, in the order given.

    ``root``: the resolved content folder, out of which no file is read. Paths are
    strings: ten thousand Path objects cost a tenth of a second to make and to
    send to the workers."""
    if readers(jobs, len(paths)) == 1:
        _set_up(_knowledge(kb), staging, kb, root)
        return [_read(p) for p in paths]
    first: list[Read] = []
    if start_method() == "fork":
        first = [_prepare(kb, staging, root, paths[0])]
    rest = paths[len(first):]
    read: list[Read] = [[] for _ in rest]
    workers = Workers(_read, jobs, start_method, _init, (str(kb.path), staging, root), chunk=32)
    for index, result in workers.each(rest):  # a worker that dies leaves out its article
        read[index] = [Problem(rest[index], 1, result.message)] if isinstance(result, Died) \
            else result
    return first + read


def _prepare(kb: KB, staging: ArticleStaging | None, root: str | None, first: str) -> Read:
    """Read the first article here, before forking the workers: what reading needs and
    builds on first use (pypinyin's dictionaries, the KB's word lists, the templates,
    the parser) is then built once and inherited, not built again in every worker."""
    token_weights("é", "")  # the character class of combining marks, in case no article has one
    pinyin.load()
    _set_up(_knowledge(kb), staging, kb, root)
    return _read(first)


def readers(jobs: int, count: int) -> int:
    """How many processes read ``count`` articles: one for a few, else ``jobs``."""
    return 1 if jobs <= 1 or count < PARALLEL_FROM else jobs


_KEPT: list[tuple[KB, Knowledge]] = []


def _knowledge(kb: KB) -> Knowledge:
    """The same KB object's Knowledge from an earlier build in this process (a server's
    or a benchmark's rebuilds); building one costs more than reading a few articles.
    Holding the KB keeps its id from being reused by another."""
    if _KEPT and _KEPT[0][0] is kb:
        return _KEPT[0][1]
    _KEPT[:] = [(kb, Knowledge(kb))]
    return _KEPT[0][1]


def start_method() -> str:
    """How worker processes start: fork on Linux when this process runs no other thread.

    A forked worker starts at once with the parent's code and data already
    loaded (nothing to import, nothing to pickle: the site's data for 10,000
    articles took over a second to send to forkserver workers). Forking a
    process with threads can deadlock, so a threaded one (a server, a test
    runner's helpers) gets forkserver, or spawn where there is none. Workers
    open their own KB either way: an SQLite handle must not cross a fork.
    """
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _init(kb_path: str, staging: ArticleStaging | None, root: str | None) -> None:
    worker_started()
    kb = KB(Path(kb_path))
    inherited = _KEPT[0][1] if _KEPT and _KEPT[0][0].path == kb.path else None  # forked
    _set_up(inherited.on(kb) if inherited else Knowledge(kb), staging, kb, root)


def _set_up(know: Knowledge, staging: ArticleStaging | None, kb: KB, root: str | None) -> None:
    _STATE["know"] = know
    _STATE["staging"] = staging
    _STATE["root"] = root
    if staging is not None:
        site = _STATE.get("site")
        if not (isinstance(site, Site) and site.data is staging.data):
            _STATE["site"] = Site(staging.data, kb)  # its templates and footer, made once
        elif site.kb is not kb:
            _STATE["site"] = site.on(kb)  # a forked worker: the parent's, on its own KB


def _read(path: str) -> Read:
    know = _STATE["know"]
    assert isinstance(know, Knowledge)
    root = _STATE.get("root")
    try:
        meta, text = read_meta(path, know.resolver, know, root if isinstance(root, str) else None)
    except ContentError as exc:
        return exc.problems
    except Exception as exc:  # a case no check foresaw: this file is left out,
        # named with the error, and the build goes on (a worker that raised would stop it)
        return [Problem(path, 1, f"cannot be read: {type(exc).__name__}: {exc}")]
    staging = _STATE["staging"]
    if staging is None:
        return meta.packed(), None
    assert isinstance(staging, ArticleStaging)
    site = _STATE["site"]
    assert isinstance(site, Site)
    try:
        page = article_page(site, meta, text, _paths(site, meta))
    except Exception as exc:  # this article's page, not the build: reported and left out
        reason = str(exc) if isinstance(exc, LociError) else f"{type(exc).__name__}: {exc}"
        return [Problem(path, 1, f"its page cannot be made: {reason}")]
    folder = article_path(meta.slug)
    html, twin = files_of(folder)
    return meta.packed(), stage(staging.folder, folder, page,
                                (staging.published.get(html), staging.published.get(twin)),
                                staging.fresh)


def _paths(site: Site, meta: ArticleMeta) -> Mapping[str, str]:
    """The site's page paths, and those of the cities that get a page because this
    article names them (as ``gather`` adds them)."""
    paths = site.data.paths
    own = {pid: site_path(place, site.kb) for pid in meta.places if pid not in paths
           and (place := site.kb.place(pid)) is not None and place.kind == "city"}
    return {**paths, **own} if own else paths
