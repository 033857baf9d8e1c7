"""Notice when the content folder changes on disk, cheaply enough to ask on every request.

The folder is scanned (names, sizes, modification times) at most once per
``interval`` seconds, so a request pays for one clock read; an edit shows up
on the first request after the interval. No background thread, nothing to
stop at shutdown.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

CONTENT_SUFFIXES = (".md", ".markdown", ".txt")

Signature = frozenset[tuple[str, int, int]]


def signature(folder: Path | None) -> Signature:
    """Every content file under the folder, with its size and modification time."""
    if folder is None or not folder.is_dir():
        return frozenset()
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.endswith(CONTENT_SUFFIXES) and not name.startswith("."):
                path = os.path.join(root, name)
                try:  # the link itself when it leads nowhere (dangling, a loop): the
                    # reload reports it, and notices when it is mended
                    st = os.stat(path) if os.path.exists(path) else os.lstat(path)
                except OSError:
                    continue  # deleted between the listing and the stat
                found.append((path, st.st_size, st.st_mtime_ns))
    return frozenset(found)


class ContentWatch:
    """Tells whether the folder differs from last time; ``due`` says when to ask."""

    def __init__(self, folder: Path | None, interval: float = 1.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.folder = folder
        self.interval = interval
        self.clock = clock
        self._seen = signature(folder)
        self._next = clock() + interval

    def due(self) -> bool:
        """True at most once per interval: time to look again."""
        now = self.clock()
        if now < self._next:
            return False
        self._next = now + self.interval
        return True

    def changed(self) -> bool:
        """True once after each change on disk (call when ``due``)."""
        current = signature(self.folder)
        if current == self._seen:
            return False
        self._seen = current
        return True
