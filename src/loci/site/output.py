"""Writing the site: a staging folder, a manifest of content hashes, an atomic swap.

The first build writes everything into a staging folder beside the output and
renames it into place in one step. Later builds compare each file's hash with
the manifest and stage only the files that changed; once every page has
rendered, the staged files are renamed over the old ones (each rename atomic),
stale files are removed, and the manifest is replaced last. A build that fails
leaves the published site exactly as it was. A manifest that names a path outside
the folder (absolute, with a '..', '.' or empty part) is not trusted: the next
build writes every file again and removes none.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import tempfile
from collections.abc import Collection, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import repeat
from pathlib import Path
from typing import Any

from loci.errors import InputError

MANIFEST = ".loci-manifest.json"  # the name older builds used (no longer JSON): kept so
# that their folders are still recognised as loci's, and simply rebuilt in full
MANIFEST_VERSION = 5
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
            if (kept := _KEPT.get(str(out))) and kept[0] == _identity(out / MANIFEST):
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
        _KEPT[str(out)] = (_identity(out / MANIFEST), self)

    def dump(self) -> bytes:
        return _MAGIC + marshal.dumps((MANIFEST_VERSION, self.inputs, self.pages, self.files,
                                       self.articles, self.lists))


_KEPT: dict[str, tuple[tuple[int, int, int], Manifest]] = {}


def _identity(path: Path) -> tuple[int, int, int]:
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


class Staging:
    """A folder beside the output that receives this build's new and changed files."""

    def __init__(self, out: Path, previous: Manifest | None) -> None:
        self.out = out
        self.fresh = previous is None  # no site yet: stage everything, swap in one rename
        out.parent.mkdir(parents=True, exist_ok=True)
        self.dir = Path(tempfile.mkdtemp(prefix=f".{out.name}.building-", dir=out.parent))
        self.written: list[str] = []

    def write(self, path: str, data: bytes, old: str | None) -> str:
        """Stage a file unless the published one has the same hash; returns the hash."""
        return write_staged(self.dir, path, data, None if self.fresh else old, self.written,
                            not self.fresh)

    def commit(self, manifest: Manifest, old_files: dict[str, str]) -> None:
        # The manifest is written before anything moves: if writing it fails (a full
        # disk), the published site is still exactly as it was.
        (self.dir / MANIFEST).write_bytes(manifest.dump())
        if self.fresh:
            if self.out.exists():
                self.out.rmdir()  # Manifest.load allowed only an empty folder
            os.rename(self.dir, self.out)
            manifest.keep(self.out)
            return
        staged, out = f"{self.dir}{os.sep}", f"{self.out}{os.sep}"  # joined by hand: 20,000
        for path in self.written:  # files after a large edit, each a rename
            _move(staged + staged_name(path, True), out + path)
        for path in old_files.keys() - manifest.files.keys():
            _remove(self.out, path)
        os.replace(self.dir / MANIFEST, self.out / MANIFEST)
        manifest.keep(self.out)
        shutil.rmtree(self.dir)

    def unstage(self, paths: Iterable[str]) -> None:
        """Take back staged files: pages this build will not publish after all."""
        gone = set(paths)
        for path in gone:
            with suppress(FileNotFoundError):
                os.unlink(os.path.join(self.dir, staged_name(path, not self.fresh)))
        self.written = [path for path in self.written if path not in gone]

    def abort(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


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
        _write(os.path.join(folder, staged_name(path, flat)), data)
        written.append(path)
    return new


def _write(target: str, data: bytes) -> None:
    """Write a new file: strings and a bare descriptor (a build writes tens of thousands),
    and its folder made only when the first file in it fails for want of one."""
    try:
        fd = os.open(target, _NEW, 0o666)
    except FileNotFoundError:
        os.makedirs(os.path.dirname(target), exist_ok=True)
        fd = os.open(target, _NEW, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
    finally:
        os.close(fd)


_NEW = (os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
        | getattr(os, "O_BINARY", 0))  # no newline translation on Windows


def _move(source: str, target: str) -> None:
    try:
        os.replace(source, target)
    except FileNotFoundError:
        if not os.path.exists(source):
            raise
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(source, target)


def _remove(out: Path, path: str) -> None:
    """Remove a file the site no longer has, and the folders it leaves empty."""
    target = out / path
    target.unlink(missing_ok=True)
    for folder in target.parents:
        if folder == out or not folder.is_relative_to(out):
            break
        try:
            folder.rmdir()
        except OSError:
            break
