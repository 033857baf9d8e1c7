"""Whether a knowledge base file still holds what was built into it.

Opening a KB checks only what is cheap (its size against SQLite's page count,
the ``complete`` mark, the cache key): enough for a file cut short, not for bits
that rot in place. SQLite keeps no checksums, so the build records a digest of
every table's rows in ``meta``; ``loci kb verify`` reads them all again and
runs SQLite's own integrity check (about two seconds for the whole file).
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from loci.kb.schema import TABLES

DIGEST_KEY = "digest"


def content_digest(db: sqlite3.Connection) -> str:
    """A digest of every row of the KB's tables, in the order they were written."""
    digest = hashlib.blake2b(digest_size=16)
    for table in TABLES:
        digest.update(f"\0{table}\0".encode())
        for row in db.execute(f"SELECT * FROM {table} ORDER BY rowid"):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def damage(path: Path) -> list[str]:
    """What is wrong with the file (nothing: an empty list)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            found = [r[0] for r in db.execute("PRAGMA integrity_check(20)")]
            problems = [] if found == ["ok"] else found
            stored = db.execute("SELECT value FROM meta WHERE key = ?", (DIGEST_KEY,)).fetchone()
            if stored is None:
                problems.append("no digest of its content was recorded when it was built")
            elif content_digest(db) != stored[0]:
                problems.append("its rows differ from those it was built with")
        finally:
            db.close()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    return problems
