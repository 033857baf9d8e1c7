"""Publishing a build into ``--out``: the lock, the staging folder, the commit journal.

Beside a site folder OUT, loci keeps three kinds of file of its own:

    .OUT.lock               locked (flock) by the build of OUT that is running
    .OUT.building-XXXXXXXX  a build's staging folder: its new and changed files
    .OUT.commit             the journal of a commit in progress

A first build renames its staging folder to OUT in one step. A rebuild moves
its staged files into OUT one by one (a reader never finds a page missing);
before the first move it writes the journal: the staging folder's name, the
files to move, the files to remove, and which file its new manifest is. The
manifest moves last; the journal is removed after it, the staging folder after
that. A build killed at any moment thus leaves either no journal (OUT is the old
site, whole) or one that the next build finishes before it reads the manifest
(OUT becomes the new site, whole): a staged file no longer there has moved
already, and removing a removed file does nothing. A journal that cannot be
finished (its staging folder gone, or not the one it names) leaves OUT's
manifest untrusted until a build commits over it, rewriting every file.

Builds of one OUT hold its lock from recovery to commit, so a build never sees
another's half-made state, and any staging folder it finds is a killed build's,
safe to remove. The lock file is removed as the lock is let go (a build waiting
on the removed file then locks the one there next). Every path taken from a
manifest or journal is a plain relative path (checked), and no file is moved or
removed through a symbolic link, so nothing outside OUT is written or removed.
"""

from __future__ import annotations

import errno
import marshal
import os
import re
import secrets
import shutil
import stat
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path

from loci.errors import InputError, OutputError
from loci.site.output import (
    MANIFEST,
    Manifest,
    file_identity,
    safe_paths,
    staged_name,
    write_file,
    write_staged,
)

if sys.platform != "win32":  # Windows has no flock: builds there do not take turns
    import fcntl

_JOURNAL_MAGIC = b"loci-commit\0"
_JOURNAL_VERSION = 1
_STAGED_JOURNAL = ".loci-commit"  # the journal inside the staging folder, before it is placed


def site_folder(out: Path) -> Path:
    """``out`` as an absolute path without '.' or '..', so that what lives beside it
    is beside it (``--out .`` builds the current folder)."""
    folder = Path(os.path.abspath(out))
    if not folder.name:
        raise InputError(f"--out {out} is the root folder: give a folder for the site")
    return folder


def beside(out: Path, suffix: str) -> Path:
    """One of loci's own files beside the site folder ``out``: ``.OUT.suffix``."""
    return out.parent / f".{out.name}.{suffix}"


@contextmanager
def locked(out: Path) -> Iterator[None]:
    """Hold the build lock of ``out`` (the file is removed after); while another build
    holds it, say so and wait."""
    out = site_folder(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    path = beside(out, "lock")
    fd = _lock(path, out)
    try:
        yield
    finally:
        with suppress(OSError):
            os.unlink(path)  # still held: a build waiting on this file will try again
        os.close(fd)  # and with it the lock


def _lock(path: Path, out: Path) -> int:
    """An open descriptor of the lock file ``path`` that holds its lock."""
    told = False
    while True:
        fd = os.open(path, os.O_RDONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o666)
        if sys.platform == "win32":
            return fd
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if not told:
                    print(f"loci: another build is writing {out}; waiting for it to finish",
                          file=sys.stderr, flush=True)
                    told = True
                fcntl.flock(fd, fcntl.LOCK_EX)
            if _same_file(fd, path):
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)  # removed by the build that held it: lock the one there now


def _same_file(fd: int, path: Path) -> bool:
    try:
        there = os.stat(path)
    except FileNotFoundError:
        return False
    held = os.fstat(fd)
    return (there.st_dev, there.st_ino) == (held.st_dev, held.st_ino)


def open_site(out: Path) -> Manifest | None:
    """The manifest to build ``out`` against (None: no site yet), once a killed build's
    commit is finished and leftovers are removed. Call it holding the lock."""
    out = site_folder(out)
    trusted = recover(out)
    manifest = Manifest.load(out)
    if trusted or manifest is None:
        return manifest
    # Some files may be new and some old: every file is written again.
    return replace(manifest, inputs="", pages={}, files=dict.fromkeys(manifest.files, ""))


def recover(out: Path) -> bool:
    """Finish the commit a killed build of ``out`` left, and remove killed builds' staging
    folders. False when a journal names a commit that cannot be finished."""
    out = site_folder(out)
    try:
        raw = beside(out, "commit").read_bytes()
    except FileNotFoundError:
        raw = None
    journal = None if raw is None else Journal.parse(raw, out)
    trusted = raw is None or (journal is not None and journal.recover(out))
    remove_leftovers(out)
    return trusted


def remove_leftovers(out: Path) -> None:
    """Remove the staging folders of killed builds of ``out`` (with its lock held, no
    build of it is running)."""
    staging = _staging_name(out)
    with os.scandir(out.parent) as entries:
        for entry in entries:
            if staging.fullmatch(entry.name):
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    os.unlink(entry.path)


def _staging_name(out: Path) -> re.Pattern[str]:
    # eight characters: those of this module's names, and of tempfile.mkdtemp's before it
    return re.compile(re.escape(f".{out.name}.building-") + "[a-z0-9_]{8}")


@dataclass(frozen=True)
class Journal:
    """A commit in progress: what it moves from its staging folder, what it removes."""

    folder: str  # the staging folder's name, beside the site folder
    moves: list[str]  # paths in the site
    removals: list[str]
    manifest: tuple[int, int, int]  # file_identity of the new manifest (a rename keeps it)

    def dump(self) -> bytes:
        return _JOURNAL_MAGIC + marshal.dumps((_JOURNAL_VERSION, self.folder, self.moves,
                                               self.removals, self.manifest))

    @classmethod
    def parse(cls, raw: bytes, out: Path) -> Journal | None:
        """The journal in ``raw``, None unless it is one whose every path stays in ``out``."""
        try:
            data = marshal.loads(raw[len(_JOURNAL_MAGIC):])
        except (ValueError, EOFError, TypeError):
            return None
        if not (raw.startswith(_JOURNAL_MAGIC) and isinstance(data, tuple) and len(data) == 5
                and data[0] == _JOURNAL_VERSION and isinstance(data[1], str)
                and _staging_name(out).fullmatch(data[1])
                and all(isinstance(paths, list) and safe_paths(paths) for paths in data[2:4])
                and isinstance(data[4], tuple) and len(data[4]) == 3
                and all(type(number) is int for number in data[4])):
            return None
        return cls(*data[1:])

    def place(self, out: Path) -> None:
        """Write this journal beside ``out``: from now on its commit will be finished."""
        _check_targets(out, self)
        staged = out.parent / self.folder
        write_file(str(staged / _STAGED_JOURNAL), self.dump())
        os.replace(staged / _STAGED_JOURNAL, beside(out, "commit"))

    def finish(self, out: Path) -> None:
        """Carry out the commit, then remove the journal and the staging folder."""
        staged = out.parent / self.folder
        self._apply(out, staged, strict=True)
        self._close(out, staged)

    def recover(self, out: Path) -> bool:
        """Finish this journal's commit, left by a killed build; False when it cannot be."""
        staged = out.parent / self.folder
        if not out.is_dir():  # the site was removed since: a first build makes it again
            return False
        if _is_folder(staged) and _identity(staged / MANIFEST) == self.manifest:
            _check_targets(out, self)
            self._apply(out, staged, strict=False)
        elif _identity(out / MANIFEST) != self.manifest:  # nor moved already
            return False
        self._close(out, staged)
        return True

    def _apply(self, out: Path, staged: Path, strict: bool) -> None:
        source, target = f"{staged}{os.sep}", f"{out}{os.sep}"  # joined by hand: 20,000
        for path in self.moves:  # files after a large edit, each a rename
            _move(source + staged_name(path, True), target + path, strict)
        for path in self.removals:
            _remove(out, path)
        try:
            os.replace(staged / MANIFEST, out / MANIFEST)
        except FileNotFoundError:
            if strict:
                raise

    def _close(self, out: Path, staged: Path) -> None:
        os.unlink(beside(out, "commit"))
        shutil.rmtree(staged, ignore_errors=True)


def _identity(path: Path) -> tuple[int, int, int] | None:
    try:
        return file_identity(path)
    except OSError:
        return None


def _is_folder(path: Path) -> bool:
    """A real folder, not a symbolic link to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def _check_targets(out: Path, journal: Journal) -> None:
    """Refuse a commit that would move or remove a file through a symbolic link: a folder
    in the site that is a link may lead out of it. Paths are already plain and relative."""
    links: dict[str, str | None] = {str(out): None}  # folder -> the link on its way, if any

    def link(folder: str) -> str | None:
        if folder not in links:
            try:
                odd = not stat.S_ISDIR(os.lstat(folder).st_mode)
            except FileNotFoundError:
                odd = False  # to be made, inside its parent
            links[folder] = folder if odd else link(os.path.dirname(folder))
        return links[folder]

    checked: set[str] = set()  # the folders of a site's files are few: each looked at once
    for path in chain(journal.moves, journal.removals):
        folder = os.path.dirname(path)
        if folder in checked:
            continue
        checked.add(folder)
        if (found := link(os.path.join(out, folder) if folder else str(out))) is not None:
            raise InputError(f"{found} is a symbolic link or not a folder: loci writes the "
                             f"site {out} only through folders of its own; remove it and "
                             "build again")


def _move(source: str, target: str, strict: bool) -> None:
    try:
        os.replace(source, target)
    except FileNotFoundError:
        if not os.path.lexists(source):
            if strict:
                raise
            return  # moved before the build that staged it was killed
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


class Staging:
    """A folder beside the output that receives this build's new and changed files."""

    def __init__(self, out: Path, previous: Manifest | None) -> None:
        self.out = site_folder(out)
        self.fresh = previous is None  # no site yet: stage everything, swap in one rename
        self.dir = _new_staging_folder(self.out)
        self.written: list[str] = []
        self.journal: Journal | None = None

    def write(self, path: str, data: bytes, old: str | None) -> str:
        """Stage a file unless the published one has the same hash; returns the hash."""
        return write_staged(self.dir, path, data, None if self.fresh else old, self.written,
                            not self.fresh)

    def commit(self, manifest: Manifest, old_files: dict[str, str]) -> None:
        # The manifest is written before anything moves: if writing it fails (a full
        # disk), the published site is still exactly as it was.
        write_file(str(self.dir / MANIFEST), manifest.dump())
        if self.fresh:
            with suppress(FileNotFoundError):  # a journal of a site since removed
                os.unlink(beside(self.out, "commit"))
            _swap_in(self.dir, self.out)
        else:
            removals = list(old_files.keys() - manifest.files.keys())
            if not safe_paths(self.written):
                raise InputError(f"{self.out / MANIFEST} names a page outside the site "
                                 f"(an article cached with a bad slug): remove {self.out} "
                                 "and build again")
            journal = Journal(self.dir.name, self.written, removals,
                              file_identity(self.dir / MANIFEST))
            journal.place(self.out)
            self.journal = journal
            journal.finish(self.out)
        manifest.keep(self.out)

    def unstage(self, paths: Iterable[str]) -> None:
        """Take back staged files: pages this build will not publish after all."""
        gone = set(paths)
        for path in gone:
            with suppress(FileNotFoundError):
                os.unlink(os.path.join(self.dir, staged_name(path, not self.fresh)))
        self.written = [path for path in self.written if path not in gone]

    def abort(self) -> None:
        """Remove the staging folder, unless a journal names it: the next build finishes
        that commit."""
        if self.journal is None:
            shutil.rmtree(self.dir, ignore_errors=True)


def _swap_in(folder: Path, out: Path) -> None:
    """Rename a first build's staging folder to ``out``: onto nothing or an empty folder,
    in one step (where renaming onto a folder is refused, after removing it)."""
    try:
        os.replace(folder, out)
    except OSError:
        if not out.is_dir():
            raise
        out.rmdir()  # Manifest.load allowed only an empty folder
        os.replace(folder, out)


def _new_staging_folder(out: Path) -> Path:
    """A new staging folder beside ``out``, with ordinary permissions (a first build's
    becomes the site; ``tempfile.mkdtemp`` makes them 0700)."""
    while True:
        folder = out.parent / f".{out.name}.building-{secrets.token_hex(4)}"
        try:
            os.mkdir(folder, 0o777)  # less the umask
        except FileExistsError:
            continue
        return folder


def publish_error(out: Path, exc: OSError) -> OutputError | None:
    """The one-line error for a failure to write ``out`` or loci's files beside it (None
    when another file failed): which path, and what to do."""
    out = Path(os.path.abspath(out))
    for name in (exc.filename, exc.filename2):
        if isinstance(name, str | bytes | os.PathLike) and _ours(out, os.fsdecode(name)):
            path = os.fsdecode(name)
            break
    else:
        return None
    advice = _ADVICE.get(exc.errno or 0) or f"{exc.strerror}; check --out {out}"
    if exc.errno == errno.ENAMETOOLONG and _page(out, os.path.abspath(path)):
        advice = ("file name too long: shorten the slug or file name of the article it "
                  "comes from, or --out")
    return OutputError(f"cannot write {path}: {advice}")


_ADVICE = {
    errno.ENOSPC: "no space left on the device: free some (a build stages its changed files "
                  "beside --out, a first build the whole site) and build again",
    errno.EDQUOT: "disk quota exceeded: free some space and build again",
    errno.EROFS: "read-only file system: give --out a folder on a writable one",
    errno.EACCES: "permission denied: give --out a folder you can write to",
    errno.EPERM: "operation not permitted: give --out a folder you can write to",
    errno.ENAMETOOLONG: "file name too long: choose a shorter --out",
}


def _ours(out: Path, name: str) -> bool:
    """Whether a path is the site folder ``out``, a folder above it, a file in it, or
    one of loci's files beside it (or in a staging folder)."""
    path = os.path.abspath(name)
    return (path == str(out) or path.startswith(f"{out}{os.sep}")
            or str(out).startswith(f"{path.rstrip(os.sep)}{os.sep}")
            or path.startswith(os.path.join(out.parent, f".{out.name}.")))


def _page(out: Path, path: str) -> bool:
    """Whether a path is a page's file, in the site or staged: its name is not --out's."""
    staging = os.path.join(out.parent, f".{out.name}.building-")
    return path.startswith(f"{out}{os.sep}") or (
        path.startswith(staging) and os.sep in path[len(staging):])
