"""Build the knowledge base: run every source, write one SQLite file atomically.

The file is written beside its final path under a temporary name and renamed
into place only once complete, so an interrupted build (Ctrl-C, a crash, a
source error) leaves the previous knowledge base untouched.
"""

from __future__ import annotations

import contextlib
import glob
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import ModuleType

from loci.errors import SourceError
from loci.kb import vocab
from loci.kb.key import cache_key
from loci.kb.schema import INDEXES, SCHEMA, SCHEMA_VERSION
from loci.kb.verify import DIGEST_KEY, content_digest
from loci.sources import BuildContext, Fact, Name, Place, Problem, package_version, registry
from loci.sources.records import NAME_KINDS, PLACE_KINDS, TOPICS
from loci.text import normalize, place_slug

Progress = Callable[[str, int], None]  # (source name, records so far)
_BATCH = 5000
_PLACE_KINDS, _NAME_KINDS, _TOPICS = map(frozenset, (PLACE_KINDS, NAME_KINDS, TOPICS))


@dataclass
class _Writer:
    """Buffers rows per table and assigns slugs as places arrive."""

    db: sqlite3.Connection
    ctx: BuildContext
    source: str = ""
    rows: dict[str, list[tuple[object, ...]]] = field(default_factory=dict)
    slugs: set[tuple[str, str]] = field(default_factory=set)

    def add(self, record: Place | Name | Fact | Problem) -> None:
        match record:
            case Place():
                self._known(record.kind, _PLACE_KINDS, "place kind", record.id)
                self.ctx.places[record.id] = record
                self._push("places", self._place_row(record))
            case Name():
                self._known(record.kind, _NAME_KINDS, "name kind", record.place)
                self.ctx.names.append(record)
                self._push("names", (record.place, record.name, normalize(record.name),
                                     record.lang, record.kind, record.year, self.source))
            case Fact():
                self._known(record.topic, _TOPICS, "topic", record.place)
                value = json.dumps(record.value, ensure_ascii=False)
                self._push("facts", (record.place, record.topic, record.key, value,
                                     record.text, self.source, record.field))
            case Problem():
                self._push("problems", (self.source, record.place, record.field,
                                        record.message, record.raw))

    def _known(self, word: str, vocabulary: frozenset[str], what: str, place: str) -> None:
        """Stop the build on a word the readers of the KB do not know (a source's bug)."""
        if word not in vocabulary:
            raise SourceError(f"source {self.source!r} gave {place} the {what} {word!r}, "
                              f"which loci.sources.records does not list: add it there or "
                              f"use one of {', '.join(sorted(vocabulary))}")

    def _place_row(self, p: Place) -> tuple[object, ...]:
        slug = self._slug(p)
        return (p.id, p.kind, p.name, slug, p.parent, p.country, p.lat, p.lon,
                p.population, p.timezone, p.status, self.source)

    def _slug(self, p: Place) -> str:
        """A place's name as an address. Cities come largest first, so the plain name is
        the most populous city's (Changsha, Hunan); a smaller one adds its region's name
        (changsha-kaiping), and its id only when that is taken too."""
        if p.kind == "subdivision":
            return p.id.lower()
        scope = p.country if p.kind == "city" and p.country else ""
        slug = place_slug(p.name)
        region = self.ctx.places.get(p.parent or "")
        for candidate in (slug, f"{slug}-{place_slug(region.name)}"
                          if p.kind == "city" and region and region.kind == "subdivision"
                          else "", f"{slug}-{p.id}".lower()):
            if candidate and (scope, candidate) not in self.slugs:
                break
        self.slugs.add((scope, candidate))
        return candidate

    def _push(self, table: str, row: tuple[object, ...]) -> None:
        rows = self.rows.setdefault(table, [])
        rows.append(row)
        if len(rows) >= _BATCH:
            self.flush(table)

    def flush(self, table: str | None = None) -> None:
        for name in [table] if table else list(self.rows):
            rows = self.rows.pop(name, [])
            if rows:
                marks = ",".join("?" * len(rows[0]))
                verb = "INSERT OR IGNORE" if name == "names" else "INSERT"
                self.db.executemany(f"{verb} INTO {name} VALUES ({marks})", rows)


def build(path: Path, progress: Progress | None = None, year: int | None = None) -> Path:
    """Build the knowledge base at ``path`` from every registered source."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        _write(tmp, registry(), progress, year or date.today().year)
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path


def _remove_leftovers(path: Path) -> None:
    """Remove the temporary files of builds of ``path`` that were killed (their process
    is gone); a build running beside this one keeps its own."""
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:-len(".tmp")]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _write(tmp: Path, sources: Iterable[ModuleType], progress: Progress | None,
           year: int) -> None:
    db = sqlite3.connect(tmp)
    try:
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        writer = _Writer(db, BuildContext(year=year))
        for module in sources:
            _run_source(db, writer, module, progress)
        db.executescript(INDEXES)
        vocab.build(db)
        meta = {"schema": str(SCHEMA_VERSION), "key": cache_key(), "year": str(year),
                "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                DIGEST_KEY: content_digest(db), "complete": "1"}
        db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
        db.commit()
        db.execute("ANALYZE")
        db.commit()
    finally:
        db.close()


def _run_source(db: sqlite3.Connection, writer: _Writer, module: ModuleType,
                progress: Progress | None) -> None:
    info = module.SOURCE
    writer.source = info.name
    started, count = time.perf_counter(), 0
    for count, record in enumerate(module.read(writer.ctx), 1):
        writer.add(record)
        if progress and count % 20000 == 0:
            progress(info.name, count)
    writer.flush()
    if progress:
        progress(info.name, count)
    db.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
               (info.name, info.title, info.package, package_version(info.package),
                info.licence, info.url, count, round(time.perf_counter() - started, 3)))
