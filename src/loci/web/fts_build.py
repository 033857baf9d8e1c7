"""Build the place-name search index once per knowledge base, beside it in the cache.

Indexing every name of every place takes seconds; a server should start in
well under one. So the index is written once to a file keyed by the KB it
came from (its path, source versions and build time), atomically like the KB
itself, and every later server, in any number of processes, opens it
read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
from pathlib import Path

from platformdirs import user_cache_path

from loci.kb import KB
from loci.search import WEAK_KINDS, joined_words, kind_rank
from loci.text import han_spaced

INDEX_VERSION = 4  # bump when the schema or what is indexed changes
HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE place_doc (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL,
                        rank INTEGER NOT NULL, population INTEGER NOT NULL);
CREATE TABLE name_doc (rowid INTEGER PRIMARY KEY, place TEXT NOT NULL, key TEXT NOT NULL,
                       weak INTEGER NOT NULL, rank INTEGER NOT NULL, population INTEGER NOT NULL);
CREATE VIRTUAL TABLE name_fts USING fts5(key, content='', prefix='2 3',
                                         tokenize='unicode61 remove_diacritics 2');
"""


def index_path(kb: KB) -> Path:
    """Where the index of this KB file lives: one file per KB path (and index version, so
    that two loci versions sharing a cache do not rebuild each other's), in the user cache."""
    digest = hashlib.sha256(str(kb.path.resolve()).encode()).hexdigest()[:16]
    return user_cache_path("loci") / f"search-{digest}-v{INDEX_VERSION}.sqlite"


def _identity(kb: KB) -> str:
    """Which build of the KB an index was made from: a rebuilt KB needs a new index."""
    return f"{kb.meta.get('key')}|{kb.meta.get('built')}|{INDEX_VERSION}"


def _current(path: Path, kb: KB) -> bool:
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE key = 'kb'").fetchone()
        finally:
            db.close()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == _identity(kb)


def open_index(kb: KB) -> sqlite3.Connection:
    """The place index of this KB, (re)built first if needed; in memory if the cache is
    read-only."""
    path = index_path(kb)
    if not (path.is_file() and _current(path, kb)):
        try:
            build_index(kb, path)
        except OSError:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(db, kb)
            return db
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def build_index(kb: KB, path: Path) -> Path:
    """Write the index to ``path`` atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        db = sqlite3.connect(tmp)
        try:
            db.execute("PRAGMA journal_mode=OFF")
            _fill(db, kb)
        finally:
            db.close()
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return path


def _fill(db: sqlite3.Connection, kb: KB) -> None:
    db.executescript(_SCHEMA)
    population: dict[str, int] = kb.vocab("populations")  # countries': GeoNames' table
    places = {pid: (pid, name, kind, kind_rank(kind), pop or population.get(pid) or 0)
              for pid, name, kind, pop in kb.db.execute(
                  "SELECT id, name, kind, population FROM places")}
    db.executemany("INSERT INTO place_doc VALUES (?, ?, ?, ?, ?)", places.values())
    # Many names share a normalised form (a short name and its aliases): index each once,
    # as strong if any of its sources is. Rank and population ride along on every name so
    # that ranking thousands of prefix matches needs no join.
    keys: dict[tuple[str, str], int] = {}
    for place, norm, kind in kb.db.execute("SELECT place, norm, kind FROM names"):
        key, weak = (place, han_spaced(norm)), kind in WEAK_KINDS
        keys[key] = min(keys.get(key, 1), int(weak))
        if not weak and (joined := joined_words(norm)):  # "hongkong", as the static index
            keys[(place, joined)] = min(keys.get((place, joined), 1), 1)  # has it: weak
    rows = ((i, place, key, weak, places[place][3], places[place][4])
            for i, ((place, key), weak) in enumerate(keys.items(), 1) if place in places)
    db.executemany("INSERT INTO name_doc VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.execute("INSERT INTO name_fts (rowid, key) SELECT rowid, key FROM name_doc")
    db.execute("INSERT INTO meta VALUES ('kb', ?)", (_identity(kb),))
    db.commit()
