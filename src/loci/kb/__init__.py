"""The SQLite knowledge base: built from the source packages on first use, then read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_path

from loci.errors import KnowledgeBaseError
from loci.kb.key import cache_key
from loci.kb.schema import APPLICATION_ID
from loci.kb.store import KB, TERRITORY_KINDS, FactRow, NameRow, PlaceRow, SourceRef

if TYPE_CHECKING:
    from loci.kb.builder import Progress

__all__ = [
    "KB",
    "TERRITORY_KINDS",
    "FactRow",
    "NameRow",
    "PlaceRow",
    "SourceRef",
    "build",
    "default_path",
    "is_intact",
    "open_kb",
    "replaceable",
]

_SQLITE_HEADER = b"SQLite format 3\0"


def build(path: Path, progress: Progress | None = None) -> Path:
    """Build a KB file at ``path`` (see :mod:`loci.kb.builder`; imported only when needed).

    Raises KnowledgeBaseError, touching nothing, when ``path`` holds something that is
    not a loci knowledge base: ``--db notes.txt`` must never cost the user their notes.
    """
    from loci.kb.builder import build as _build

    if path.is_dir():
        raise KnowledgeBaseError(f"{path} is a folder: pass a file path with --db")
    if not replaceable(path):
        raise KnowledgeBaseError(
            f"{path} is not a loci knowledge base, so loci will not write over it: "
            "pass a new file name with --db (or LOCI_DB), or delete the file if it is "
            "a damaged knowledge base")
    built = _build(path, progress)
    _prune(built)
    return built


KEPT_OLDER = 2  # knowledge bases of other keys kept beside a new one


def _prune(kept: Path) -> None:
    """Delete all but the newest two knowledge bases of other keys beside a new one in
    loci's cache folder: each is about 110 MB, and a new source version or a fix to a
    reader makes a new key. Two stay, so that two installs of loci side by side (a
    server and a newer command line, a checkout under test) do not delete each other's.
    (A process that still reads a deleted one keeps its open file until it closes it.)"""
    cache = user_cache_path("loci").resolve()
    if kept.resolve().parent != cache:
        return
    others = sorted((p for p in cache.glob("kb-*.sqlite") if p.resolve() != kept.resolve()),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEPT_OLDER:]:
        old.unlink(missing_ok=True)


def replaceable(path: Path) -> bool:
    """Whether loci may write a knowledge base over ``path``: nothing there, an empty
    file, a file in loci's own cache folder, or an SQLite file marked as loci's (its
    header's application id, which survives truncation; older files: the ``meta``
    table)."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not header or path.resolve().parent == user_cache_path("loci").resolve():
        return True
    if not header.startswith(_SQLITE_HEADER):
        return False
    if int.from_bytes(header[68:72], "big") == APPLICATION_ID:
        return True
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            keys = {k for (k,) in db.execute("SELECT key FROM meta")}
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return "schema" in keys or "key" in keys


def default_path() -> Path:
    """``$LOCI_DB`` if set, else a file in the user's cache keyed by the source versions."""
    if env := os.environ.get("LOCI_DB"):
        return Path(env).expanduser()
    return user_cache_path("loci") / f"kb-{cache_key()}.sqlite"


def is_intact(path: Path) -> bool:
    """True when the file is a complete KB of this schema and these source versions.

    Cheap enough for every start: a truncated file is caught by comparing its
    size with SQLite's page count, a half-written one by the ``complete`` mark.
    """
    if not path.is_file() or path.stat().st_size == 0:
        return False
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            pages = db.execute("PRAGMA page_count").fetchone()[0]
            size = db.execute("PRAGMA page_size").fetchone()[0]
            meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return (path.stat().st_size >= pages * size and meta.get("complete") == "1"
            and meta.get("key") == cache_key())


def open_kb(path: Path | None = None, progress: Progress | None = None) -> KB:
    """Open the knowledge base, building (or rebuilding a broken or outdated one) first if
    needed; a file that is not a knowledge base is refused (see ``build``)."""
    path = path or default_path()
    if not is_intact(path):
        build(path, progress)
    return KB(path)
