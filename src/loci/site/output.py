"""The site's files: content hashes, the manifest of what was published, staged writes.

A build writes each new or changed file into a staging folder, which
:mod:`loci.site.publish` then moves into ``--out``. The manifest,
``.loci-manifest.json`` in the output folder and always the last file moved in,
records each published file's hash, each page's fingerprint and the article
cache, so that a rebuild renders and writes only what changed. It is trusted
only when it is loci's, of this version, and names nothing outside the folder
(an absolute path, a '..', '.' or empty part): otherwise the next build writes
every file again and removes none.
"""

from __future__ import annotations

import hashlib
import marshal
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from loci.errors import InputError

MANIFEST = ".loci-manifest.json"  # the name older builds used (no longer JSON): kept so
# that their folders are still recognised as loci's, and simply rebuilt in full
MANIFEST_VERSION = 6
# marshal of plain data: several times faster to load and write than JSON for the
# ~60,000 entries of a large site; the header tells an old or foreign file apart.
_MAGIC = b"loci-manifest\0"


def digest(data: bytes) -> str:
    """A file's content hash, 128 bits of SHA-256: processors have had instructions for
    it for years (a page hashes twice as fast as with BLAKE2b here)."""
    return hashlib.sha256(data).hexdigest()[:32]


@dataclass
class Manifest:
    """What the last build wrote: file hashes, page fingerprints, the article cache."""

    inputs: str = ""  # fingerprint of the site-wide inputs
    pages: dict[str, str] = field(default_factory=dict)  # "kind:key" -> fingerprint
    files: dict[str, str] = field(default_factory=dict)  # path -> content hash
    articles: dict[str, Any] = field(default_factory=dict)
    lists: tuple[Any, ...] = ()  # (key, the KB-derived lists of the site's data)

    @classmethod
    def load(cls, out: Path) -> Manifest | None:
        """The manifest of a previous build in ``out``, None for an empty or missing folder.

        Raises InputError for a folder with other files in it: a build never
        replaces something it did not write.
        """
        if not out.exists():
            return None
        if not out.is_dir():
            raise InputError(f"--out {out} is a file: give a folder")
        try:
            if (kept := _KEPT.get(str(out))) and kept[0] == file_identity(out / MANIFEST):
                return kept[1]  # the manifest this process wrote there last
            raw = _parse((out / MANIFEST).read_bytes())
        except FileNotFoundError:
            if any(out.iterdir()):
                raise InputError(f"--out {out} has files loci did not write (no {MANIFEST}): "
                                 "choose an empty or new folder") from None
            return None
        except OSError:
            return Manifest()  # unreadable: rebuild everything, still in place
        if raw is None or not safe_paths(raw[2]):
            return Manifest()  # corrupt, an older format or tampered with: the same
        return cls(*raw)

    def keep(self, out: Path) -> None:
        """Remember this manifest as the one just written into ``out``: this process's
        next build there need not read it back (a server's, a benchmark's)."""
        _KEPT.clear()
        _KEPT[str(out)] = (file_identity(out / MANIFEST), self)

    def dump(self) -> bytes:
        return _MAGIC + marshal.dumps((MANIFEST_VERSION, self.inputs, self.pages, self.files,
                                       self.articles, self.lists))


_KEPT: dict[str, tuple[tuple[int, int, int], Manifest]] = {}


def file_identity(path: Path) -> tuple[int, int, int]:
    """Which file is there: replaced or rewritten, it has another inode, size or time."""
    stat = path.stat()
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _parse(raw: bytes) -> tuple[Any, ...] | None:
    """The parts of a manifest, None when it is not one of this version."""
    if not raw.startswith(_MAGIC):
        return None
    try:
        data = marshal.loads(raw[len(_MAGIC):])
    except (ValueError, EOFError, TypeError):
        return None
    if not (isinstance(data, tuple) and len(data) == 6 and data[0] == MANIFEST_VERSION
            and isinstance(data[1], str) and all(isinstance(part, dict) for part in data[2:5])
            and isinstance(data[5], tuple)):
        return None
    return data[1:]


def safe_paths(paths: Collection[str]) -> bool:
    """Whether every path is a plain relative one: no absolute path, no '..', '.' or
    empty part, no NUL. Checked at C speed: a large site's manifest has 60,000."""
    try:
        return "\0" not in "".join(paths) and all(
            map(_ODD_PARTS.isdisjoint, map(str.split, paths, repeat("/"))))
    except TypeError:  # not all strings
        return False


_ODD_PARTS = frozenset(("", ".", ".."))


def staged_name(path: str, flat: bool) -> str:
    """Where a file is staged: at its own path in a first build (whose staging folder
    becomes the site), else under one flat name, so that a rebuild makes no folders
    to stage into (one per article) and has none to remove after."""
    return path.replace("%", "%25").replace("/", "%2F") if flat else path


def write_staged(folder: str | Path, path: str, data: bytes, old: str | None,
                 written: list[str], flat: bool) -> str:
    """Write ``data`` under ``folder`` when its hash differs from ``old``; returns the hash."""
    new = digest(data)
    if new != old:
        write_file(os.path.join(folder, staged_name(path, flat)), data)
        written.append(path)
    return new


def write_file(target: str, data: bytes) -> None:
    """Write a new file: strings and a bare descriptor (a build writes tens of thousands),
    and its folder made only when the first file in it fails for want of one. A failed
    write names the file (a full disk)."""
    try:
        fd = os.open(target, _NEW, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd = os.open(target, _NEW, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    except OSError as exc:
        raise OSError(exc.errno, exc.strerror, target) from exc
    finally:
        os.close(fd)


_NEW = (os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_BINARY", 0))  # no newline translation on Windows
