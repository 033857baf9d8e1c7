"""Reading many articles at once: the first build of a large content folder reads
them in worker processes, each with its own KB handle."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from loci.check.knowledge import Knowledge
from loci.kb import KB
from loci.site.articles import ArticleMeta, read_meta
from loci.site.content import ContentError, Problem

PARALLEL_FROM = 200  # fewer changed articles than this are read in the main process
_STATE: dict[str, Knowledge] = {}
Read = ArticleMeta | list[Problem]


def read_all(paths: list[Path], kb: KB, jobs: int) -> list[Read]:
    """Each article's metadata, or its problems, in the order given."""
    if jobs <= 1 or len(paths) < PARALLEL_FROM:
        _STATE["know"] = _knowledge(kb)
        return [_read(p) for p in paths]
    context = multiprocessing.get_context(start_method())
    with context.Pool(jobs, initializer=_init, initargs=(str(kb.path),)) as pool:
        return pool.map(_read, paths, chunksize=32)


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
    """forkserver where there is one: workers never inherit the parent's threads or handles."""
    return "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"


def _init(kb_path: str) -> None:
    _STATE["know"] = Knowledge(KB(Path(kb_path)))


def _read(path: Path) -> Read:
    know = _STATE["know"]
    try:
        return read_meta(path, know.resolver, know)
    except ContentError as exc:
        return exc.problems
