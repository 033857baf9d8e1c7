"""Helpers for tests of hostile file systems: a time bound, named pipes, unreadable folders."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest

T = TypeVar("T")


def within(seconds: float, call: Callable[[], T]) -> T:
    """``call()``'s result, failing the test (not hanging it) when it takes longer."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the test's thread
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        pytest.fail(f"still running after {seconds} s (blocked on a pipe, or reading forever?)")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


@contextlib.contextmanager
def fifo(path: Path) -> Iterator[Path]:
    """A named pipe; afterwards, a reader still blocked on it is let go."""
    os.mkfifo(path)
    try:
        yield path
    finally:
        with contextlib.suppress(OSError):  # no reader waiting: nothing to let go
            os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))


@contextlib.contextmanager
def unreadable(folder: Path) -> Iterator[Path]:
    """A folder its owner cannot list (root can, unless ``unprivileged`` drops that)."""
    folder.chmod(0)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[Path]:
    """A folder no one but root may write to (root too, under ``unprivileged``)."""
    folder.chmod(0o555)
    try:
        yield folder
    finally:
        folder.chmod(0o755)


def unprivileged(*args: str, timeout: float = 120,
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run Python with ``args`` as a user whom permissions bind: as root, without the
    capabilities that let root read and write any file (as the reliability report did)."""
    command = [sys.executable, *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root, and setpriv (util-linux) is not installed to drop "
                        "root's right to read unreadable folders")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout,
                          env={**(os.environ if env is None else env),
                               "PYTHONPATH": os.pathsep.join(sys.path)})
