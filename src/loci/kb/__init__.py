"""The SQLite knowledge base: built from the source packages on first use, then read-only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_cache_path

from loci.errors import KnowledgeBaseError
from loci.kb.key import cache_key
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
]


def build(path: Path, progress: Progress | None = None) -> Path:
    """Build a KB file at ``path`` (see :mod:`loci.kb.builder`; imported only when needed)."""
    from loci.kb.builder import build as _build

    return _build(path, progress)


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
    """Open the knowledge base, building (or rebuilding a broken one) first if needed."""
    path = path or default_path()
    if not is_intact(path):
        if path.is_dir():
            raise KnowledgeBaseError(f"{path} is a folder: pass a file path with --db")
        build(path, progress)
    return KB(path)
