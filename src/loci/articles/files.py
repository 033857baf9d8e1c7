"""Content files as loci opens them: regular files inside their folder, read with a cap.

A content folder holds whatever people and tools put there: a named pipe blocks
the first read forever, a link to ``/dev/zero`` never ends, a link may point
anywhere on the machine, a folder may be unreadable. So a file is looked at
(``stat``, after resolving links) before it is opened, opened without blocking,
looked at again once open, and read only up to the size limit plus one byte.
Each refusal is an InputError naming the file and what to do about it. Output
files are written whole or not at all.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from loci.articles.decode import MAX_BYTES, check_size
from loci.errors import InputError

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | \
    getattr(os, "O_CLOEXEC", 0)
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))
# What a terminal or a one-line report must not get raw: C0 and C1 controls, line and
# paragraph separators, and the lone surrogates that stand for bytes that are not UTF-8.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LOCATED = re.compile(r"^(?P<path>.*?):(?P<line>\d+): (?P<message>.*)$", re.S)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one content file, at one line (0: a folder, or no line)."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return printable(f"{where}: {self.message}")


def problem(path: str, error: InputError) -> Problem:
    """A Problem from an InputError about ``path`` ("path:line: text", or "path ...")."""
    message = str(error)
    match = _LOCATED.match(message)
    if match and match.group("path") == path:
        return Problem(path, int(match.group("line")), match.group("message"))
    if message.startswith(f"{path}: "):
        return Problem(path, 1, message[len(path) + 2:])
    return Problem(path, 1, message.removeprefix(f"{path} "))  # "x.md looks like binary"


def printable(text: str) -> str:
    r"""``text`` safe to print on one line: a newline as ``\n``, ESC as ``\x1b``, a byte
    of a file name that is not UTF-8 as ``\xff`` (as the shell's ``ls -b`` shows it)."""
    return _UNPRINTABLE.sub(_escape, text) if _UNPRINTABLE.search(text) else text


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if "\udc80" <= char <= "\udcff":  # os.fsdecode's stand-in for the byte char - 0xdc00
        return f"\\x{ord(char) - 0xdc00:02x}"
    return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char) or (
        f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def read_file(path: str, root: str | None = None, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes.

    ``root``: the (resolved) folder the file was found in; a file that resolves
    outside it (a symbolic link out of the folder) is refused. Only a link is
    resolved: the folders below ``root`` are those a walk that follows no links
    found, and a file that is no link is opened without following one.
    """
    try:
        before = os.lstat(path)
    except OSError as exc:
        raise unreadable(path, exc) from None
    flags = _OPEN_FLAGS
    if stat.S_ISLNK(before.st_mode):
        if root is not None:
            inside(path, root)
        try:
            before = os.stat(path)
        except OSError as exc:
            raise unreadable(path, exc) from None
    else:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    regular(path, before)
    check_size(before.st_size, path)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise unreadable(path, exc) from None
    with open(fd, "rb", buffering=0) as file:  # read straight into one buffer
        info = os.fstat(fd)
        regular(path, info)  # it may have been replaced since the first look
        return read_capped(file, path, limit, info.st_size)


def read_capped(stream: BinaryIO, name: str, limit: int = MAX_BYTES,
                size: int | None = None) -> bytes:
    """At most ``limit`` bytes of a stream (standard input); refuses a longer one.

    ``size``: what the file holds, if known: a buffer of that size is read (one of
    ``limit`` costs more than the reading), then on in case the file has grown."""
    want = limit + 1 if size is None else min(size, limit) + 1
    try:
        data = _read_up_to(stream, want)
        if want <= limit and len(data) == want:  # it grew since it was measured
            data += _read_up_to(stream, limit + 1 - len(data))
    except OSError as exc:
        raise unreadable(name, exc) from None
    if len(data) > limit:
        raise InputError(f"{name} is more than {limit / 1e6:.1f} MB; loci checks articles of "
                         f"up to {limit // 2**20} MiB: split it into articles")
    return data


def _read_up_to(stream: BinaryIO, size: int) -> bytes:
    """``size`` bytes, or fewer at the end of the stream (an unbuffered read may return
    fewer before it: a pipe, a file over 2 GB)."""
    data = stream.read(size) or b""
    while len(data) < size and (more := stream.read(size - len(data))):
        data += more
    return data


def inside(path: str, root: str) -> None:
    """Refuse a path that resolves outside the folder ``root`` (already resolved)."""
    real = os.path.realpath(path)
    if real != root and not real.startswith(root.rstrip(os.sep) + os.sep):
        raise InputError(f"{path}: a symbolic link to {real}, outside {root}: loci reads only "
                         "files inside the content folder; copy the file in instead")


def regular(path: str, info: os.stat_result) -> None:
    """Refuse anything but a regular file, saying what it is."""
    if stat.S_ISREG(info.st_mode):
        return
    kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
    raise InputError(f"{path}: {kind}, not an article: loci reads only regular files")


def unreadable(path: str, exc: OSError) -> InputError:
    """An InputError for an OSError on ``path``, with what to do about it."""
    if exc.errno == errno.ELOOP:
        return InputError(f"{path}: a symbolic link that loops (too many levels of links): "
                          "remove it or point it at a file")
    if exc.errno == errno.ENOENT and os.path.islink(path):
        return InputError(f"{path}: a symbolic link to {os.readlink(path)}, which does not "
                          "exist: remove the link or restore its target")
    if exc.errno == errno.ENOENT:
        return InputError(f"{path}: no such file or folder")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{path}: cannot read it: permission denied; make it readable "
                          "(chmod a+r) or move it out of the folder")
    return InputError(f"{path}: cannot read it: {exc.strerror or exc}")


def write_file(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all: into a new file beside it, then
    renamed over it. A path that is not a regular file (a device, a pipe) is written
    as it is, since renaming over it would replace it."""
    data = text.encode("utf-8")
    try:
        if path.exists() and not path.is_file():
            with open(path, "wb") as device:
                device.write(data)
            return
        _replace(path, data)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}: "
                         f"{_WRITE_ADVICE.get(exc.errno or 0, 'choose another place')}") from None


_WRITE_ADVICE = {errno.ENOENT: "create its folder first, or choose another place",
                 errno.ENOTDIR: "its folder is a file: choose another place",
                 errno.ENOSPC: "free some space, or choose another place",
                 errno.EACCES: "choose a place you can write to",
                 errno.EROFS: "choose a place you can write to"}


def _replace(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o666  # less the umask
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    try:
        with open(fd, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if path.exists():  # keep the mode of the file replaced, whatever the umask
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
