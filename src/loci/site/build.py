"""``loci build``: gather the site's data, render the pages that changed, publish them."""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import os
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib import resources
from operator import attrgetter
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import orjson

from loci import __version__
from loci.articles.files import Problem
from loci.errors import InputError, LociError
from loci.kb import KB
from loci.site.context import MIN_CITY_POPULATION, Site, SiteData, check_base_url
from loci.site.gather import (
    ArticleCache,
    Lists,
    load_articles,
    site_base,
    site_lists,
    with_articles,
)
from loci.site.indexing import article_rows, patch_articles
from loci.site.output import Manifest, digest
from loci.site.pages import files_of, kinds
from loci.site.publish import Staging, locked, open_site, publish_error
from loci.site.reading import ArticleStaging, Staged, readers, start_method
from loci.site.render import EXTRAS, Extra, Part, Task, init_worker, parts, render_task
from loci.site.workers import Died, Workers

_ROWS = "extra:search-articles:rows"  # the articles' numbers in the search index
_IN_PROCESS = 40  # fewer pages than this render in the main process: no pool to start
_CHUNK = 32  # pages at most in a chunk sent to a worker


class Planned(NamedTuple):  # a tuple: a build plans every page of the site, each time
    id: str  # "kind:key"
    kind: str
    key: str
    path: str
    fingerprint: str


def default_content() -> Path:
    """The example articles shipped with loci."""
    return Path(str(resources.files("loci").joinpath("content")))


def build_site(kb: KB, *, out: Path, content: Path | None = None, base_url: str = "/",
               min_city_population: int = MIN_CITY_POPULATION, jobs: int = 0,
               strict: bool = False, today: dt.date | None = None) -> str:
    """Build the static site into ``out``; returns a one-paragraph summary.

    Bad content files are reported (path and line) and left out, unless
    ``strict``, when the build stops before writing anything. Builds of one
    ``out`` take turns (a lock beside it). Raises OutputError when the machine
    refuses to write ``out`` (read-only, full, a name too long).
    """
    try:
        with _collector(False), locked(out):
            return _build(kb, out=out, content=content, base_url=base_url,
                          min_city_population=min_city_population, jobs=jobs, strict=strict,
                          today=today)
    except OSError as exc:
        if (error := publish_error(out, exc)) is None:
            raise
        raise error from exc


@contextmanager
def _collector(on: bool) -> Iterator[None]:
    """Switch Python's cycle collector on or off for a block, restoring it after.

    A build holds a large, long-lived heap of acyclic data (the manifest, the
    article cache, the plan); left on, the collector walks all of it again and
    again, which cost a third of a rebuild's time. Page rendering (templates)
    does make cycles, so in-process rendering switches it back on.
    """
    was = gc.isenabled()
    (gc.enable if on else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


def _build(kb: KB, *, out: Path, content: Path | None, base_url: str,
           min_city_population: int, jobs: int, strict: bool, today: dt.date | None) -> str:
    start = time.perf_counter()
    check_base_url(base_url)
    folder = content or default_content()
    if not folder.is_dir():
        raise InputError(f"--content {folder} is not a folder of Markdown articles")
    previous = open_site(out)  # a killed build's commit finished, its leftovers removed
    old = previous or Manifest()
    cache = dict(old.articles)
    base, lists = _base(kb, old, base_url, min_city_population,
                        today or dt.datetime.now(dt.UTC).date())
    staging = Staging(out, previous)
    try:
        articles, problems, staged = load_articles(
            folder, kb, cache, jobs or os.cpu_count() or 1,
            ArticleStaging(base, str(staging.dir), staging.fresh, old.files))
        if strict and problems:
            raise InputError(f"{len(problems)} problem(s) in {folder} (--strict):\n"
                             + "\n".join(map(str, problems)))
        data = with_articles(kb, base, articles)
        inputs = digest(_site_inputs(data))
        plan = _plan(data)
        reusable = old.pages if old.inputs == inputs else {}
        done = _take_staged(data, staged, staging)
        todo, files = _sort_out(plan, reusable, done, old.files)
        pooled = [e for e in EXTRAS if e.parts is not None
                  and reusable.get(f"extra:{e.name}") != _extra_fingerprint(e, inputs, data)]
        work = [part for e in pooled for part in parts(e, data, old.files)]
        files.update(_render(kb, data, todo, work, staging, old.files, jobs))
        fingerprints = {p.id: p.fingerprint for p in plan}
        fingerprints.update(_extras(Site(data, kb), [p.path for p in plan], inputs, reusable,
                                    staging, old.files, files, (old.articles, cache),
                                    {e.name for e in pooled}))
        manifest = Manifest(inputs, fingerprints, files, cache, lists)
        staging.commit(manifest, old.files)
    except BaseException:
        staging.abort()
        raise
    workers = max(_workers(jobs, len(todo)), readers(jobs or os.cpu_count() or 1, len(staged)))
    return _summary(data, out, plan, len(todo) + len(done), len(staging.written), problems,
                    time.perf_counter() - start, workers)


_BASE: dict[tuple[Any, ...], tuple[SiteData, Lists]] = {}


def _base(kb: KB, old: Manifest, base_url: str, min_city_population: int,
          today: dt.date) -> tuple[SiteData, tuple[str, Lists]]:
    """The site's data without articles, and its lists with their key for the manifest.

    The lists come from the KB, so the last build's are used again while the KB,
    the population threshold and loci's code are the same; and a process that
    builds again (a benchmark, a server) gets the same SiteData object back, so
    that what was made from it (templates, the footer) is reused too.
    """
    key = f"{kb.meta.get('key', '')}\0{min_city_population}\0{_code_digest()}"
    memo = (kb.path, key, base_url, today)
    if memo not in _BASE:
        saved = old.lists[1] if len(old.lists) == 2 and old.lists[0] == key else None
        lists = saved or site_lists(kb, min_city_population)
        _BASE.clear()
        _BASE[memo] = (site_base(kb, base_url=base_url, min_city_population=min_city_population,
                                 today=today, lists=lists), lists)
    data, lists = _BASE[memo]
    return data, (key, lists)


def _take_staged(data: SiteData, staged: dict[str, Staged],
                 staging: Staging) -> dict[str, dict[str, str]]:
    """The article pages staged while reading that the site publishes: page id -> hashes.

    A page staged for a file whose slug another file has (the other one is
    published, or both are left out) is taken back, and so are the other
    pages of that slug; the published article's page renders with the rest.
    """
    taken: dict[str, tuple[str, Staged]] = {}
    clashes: set[str] = set()
    for file, (hashes, written) in staged.items():
        slug = _slug_of(hashes)
        meta = data.articles.get(slug)
        if meta is not None and meta.file == file and slug not in taken:
            taken[slug] = (file, (hashes, written))
        else:
            clashes.add(slug)
            staging.unstage(written)
    done = {}
    for slug, (_, (hashes, written)) in taken.items():
        if slug in clashes:
            staging.unstage(written)
        else:
            staging.written.extend(written)
            done[f"article:{slug}"] = hashes
    return done


def _slug_of(hashes: dict[str, str]) -> str:
    """The slug of an article page from its files' paths: "articles/<slug>/index.html"."""
    return next(iter(hashes)).split("/")[1]


def _plan(data: SiteData) -> list[Planned]:
    """Every page, with a fingerprint of what it depends on beyond the site-wide inputs
    (pages are reused only while those are the same: see ``_build``)."""
    planned = []
    for name, spec in kinds().items():
        planned += [Planned(f"{name}:{key}", name, key, path, _fingerprint(deps))
                    for key, path, deps in spec.pages(data)]
    return planned


def _fingerprint(deps: object) -> str:
    """A page's dependencies as a short string: a short string as it is (an article's
    hash), else their repr (plain tuples and strings have a stable one, cheaper than
    JSON), hashed when long."""
    text = deps if type(deps) is str else repr(deps)
    return text if len(text) <= 40 else fingerprint(text)


def _sort_out(plan: list[Planned], reusable: dict[str, str], done: dict[str, dict[str, str]],
              published: dict[str, str]) -> tuple[list[Planned], dict[str, str]]:
    """The pages to render, and the hashes of the files of the pages that stay as they
    are (with those already staged): one pass over tens of thousands of pages."""
    todo: list[Planned] = []
    kept: list[str] = []
    fingerprint_of = reusable.get
    for p in plan:
        if p.id in done:
            continue
        if fingerprint_of(p.id) != p.fingerprint:
            todo.append(p)
        else:
            kept.append(p.path)
    files: dict[str, str] = {}
    for hashes in done.values():
        files.update(hashes)
    digest_of = published.get
    files.update((file, digest_) for path in kept for file in files_of(path)
                 if (digest_ := digest_of(file)) is not None)
    return todo, files


def _extra_fingerprint(extra: Extra, inputs: str, data: SiteData) -> str:
    return fingerprint(f"{inputs}\0extra:{extra.name}\0{extra.deps(data)!r}")


def _extras(site: Site, paths: list[str], inputs: str, reusable: dict[str, str],
            staging: Staging, old: dict[str, str], files: dict[str, str],
            caches: tuple[ArticleCache, ArticleCache], pooled: set[str]) -> dict[str, str]:
    """Write the files beside the pages whose inputs changed; keep the others as they are.
    The ``pooled`` extras were made with the pages (their files are in ``files``)."""
    fingerprints = {_ROWS: fingerprint(article_rows(site.data))}
    # The published files that are no page's: the extras' (and stale pages'), a few
    # thousand of tens of thousands, so each extra looks through only these.
    old = {path: digest for path, digest in old.items() if path not in files}
    for extra in EXTRAS:
        key = f"extra:{extra.name}"
        fingerprints[key] = _extra_fingerprint(extra, inputs, site.data)
        if extra.name in pooled:
            continue
        if reusable.get(key) == fingerprints[key]:
            files.update((path, digest) for path, digest in old.items() if extra.owns(path))
            continue
        made: dict[str, bytes | None] | None = None
        if extra.name == "search-articles":
            made = _patched_index(site, reusable, staging, old, caches, fingerprints)
        if made is None:
            assert extra.make is not None  # an extra made in parts is made with the pages
            made = dict(extra.make(site, paths))
        else:
            files.update((path, digest) for path, digest in old.items() if extra.owns(path))
        for path, payload in made.items():
            if payload is None:
                files.pop(path, None)  # gone: commit removes the published file
            else:
                files[path] = staging.write(path, payload, old.get(path))
    return fingerprints


def _patched_index(site: Site, reusable: dict[str, str], staging: Staging,
                   old: dict[str, str], caches: tuple[ArticleCache, ArticleCache],
                   fingerprints: dict[str, str]) -> dict[str, bytes | None] | None:
    """The article index's changed shards, when the articles' numbers in it still hold."""
    if reusable.get(_ROWS) != fingerprints[_ROWS]:
        return None

    def published(path: str) -> bytes | None:
        try:
            raw = (staging.out / path).read_bytes()
        except OSError:
            return None
        return raw if path in old and digest(raw) == old[path] else None

    return patch_articles(site.data, *caches, published, old)


def _render(kb: KB, data: SiteData, todo: list[Planned], work: list[Part], staging: Staging,
            old: dict[str, str], jobs: int) -> dict[str, str]:
    """Render the pages and make the extras' parts; the hashes of the files they make."""
    if not todo and not work:
        return {}
    tasks: list[Task | Part] = list(work)  # first: the names index is the longest task
    for p in sorted(todo, key=attrgetter("path")):  # a country's pages one after another
        html, twin = files_of(p.path)
        tasks.append(Task(p.kind, p.key, p.path, (old.get(html), old.get(twin))))
    workers = _workers(jobs, len(tasks))
    files: dict[str, str] = {}
    for hashes, written in _results(kb, data, tasks, staging, workers):
        files.update(hashes)
        staging.written.extend(written)
    return files


def _results(kb: KB, data: SiteData, tasks: list[Task | Part], staging: Staging,
             workers: int) -> Iterator[tuple[dict[str, str], list[str]]]:
    args = (data, str(kb.path), str(staging.dir), staging.fresh)
    if workers <= 1:
        init_worker(*args, kb=kb)
        # What the build holds so far lives until it ends: frozen, the collector
        # that rendering needs never walks it (gc.freeze moves, it does not copy).
        gc.freeze()
        try:
            with _collector(True):
                yield from map(render_task, tasks)
        finally:
            gc.unfreeze()
        return
    # A country's guide, regions and cities go out in chunks of their own, so that one
    # worker draws the country's map and reads its holidays for all of them, where each
    # worker did so for most countries (see benchmarks/README.md for what it saved: up
    # to a tenth in alternating runs, less than the benchmark's noise in its own).
    pool = Workers(render_task, workers, start_method, init_worker, args, chunk=_CHUNK,
                   group=_country_of)
    for index, result in pool.each(tasks):
        if isinstance(result, Died):  # a page of the site's own, not a bad content file
            task = tasks[index]
            what = task.path if isinstance(task, Task) else f"{task.extra} {task.key}".strip()
            raise LociError(f"{what}: {result.message}: build again, and report it if it "
                            "happens again")
        yield result


def _country_of(task: Task | Part) -> str:
    """The country folder a page is in ("countries/china/anshan/" -> "china"), else "" (an
    extra's parts: by extra)."""
    if isinstance(task, Part):
        return f"extra:{task.extra}"
    pieces = task.path.split("/", 2)
    return pieces[1] if pieces[0] == "countries" and len(pieces) > 2 else ""


def _workers(jobs: int, tasks: int) -> int:
    if tasks < _IN_PROCESS:
        return 1
    return max(1, min(jobs or os.cpu_count() or 1, tasks))


def _site_inputs(data: SiteData) -> bytes:
    """Everything every page depends on: code, data versions, settings, which pages exist."""
    return orjson.dumps([__version__, _code_digest(), data.kb_key, data.base_url,
                         data.min_city_population, data.today.isoformat(), data.paths],
                        option=orjson.OPT_SORT_KEYS)


@cache
def _code_digest() -> str:
    """A hash of loci's own files, so that a new template or renderer rebuilds every page.

    Taken once per process: a long-running process renders with the code it
    loaded, whatever happens to the files afterwards.
    """
    root = Path(str(resources.files("loci")))
    h = hashlib.blake2b(digest_size=16)
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".html", ".css", ".js", ".toml", ".txt") and (
                "content" not in path.relative_to(root).parts[:1]):
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(text: str) -> str:
    return digest(text.encode())


def _summary(data: SiteData, out: Path, plan: list[Planned], rendered: int, written: int,
             problems: list[Problem], seconds: float, workers: int) -> str:
    count = Counter(map(attrgetter("kind"), plan))
    text = (f"Built {len(plan):,} pages into {out}/ in {seconds:.1f} s "
            f"({count['country']:,} territory guides, {count['city']:,} city guides, "
            f"{count['article']:,} articles, {count['tag']:,} tags); rendered {rendered:,} "
            f"with {workers} process{'es' if workers > 1 else ''}, wrote {written:,} changed "
            "files.")
    if not urlsplit(data.base_url).netloc:
        text += ("\nNote: --base-url names no host, so sitemap.xml lists bare paths and the "
                 "feed's links are relative; search engines and feed readers need full "
                 "addresses: build with --base-url https://your.site/ to publish.")
    if problems:
        files = len({p.path for p in problems})
        text += (f" Left out {files} bad content file{'s' if files > 1 else ''}:\n"
                 + "\n".join(f"  {p}" for p in problems))
    return text

