"""A real ``loci serve`` process on loopback, shared by the web tests (imported by conftest).

The server is started the way a user starts it (``python -m loci serve``), on
a free port, over the session's KB and a temporary copy of a content folder
(so a test can edit an article and watch the server notice). It is stopped
with SIGINT, as Ctrl-C would, and its worker is ended by id if it lingers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from loci.kb import KB

START_TIMEOUT = 120.0  # seconds: the first start builds the search index


@dataclass
class Live:
    """The running server: where it is, its processes, its content folder."""

    url: str
    process: subprocess.Popen[bytes]
    content: Path
    log: Path

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30.0)

    def worker_pids(self) -> list[int]:
        """The server's worker processes (Granian forks one per worker)."""
        pid = self.process.pid
        path = Path(f"/proc/{pid}/task/{pid}/children")
        return [int(p) for p in path.read_text().split()] if path.exists() else []

    def rss_kib(self) -> int:
        """Resident memory of the server's workers, in KiB."""
        total = 0
        for pid in self.worker_pids():
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def write_content(folder: Path) -> None:
    """Two small articles of our own, true to the data."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "anshan-steel.md").write_text(
        "---\ntitle: Steel and hot springs in Anshan\ndate: 2026-05-01\n"
        "places: [Anshan, Liaoning]\ntags: [cities, China]\n"
        "summary: A day in Anshan, the steel city of Liaoning.\n---\n\n"
        "# Steel and hot springs in Anshan\n\n"
        "Anshan (鞍山, Ānshān) is a city of Liaoning province in north-east China, "
        "known for its steelworks and the Tanggangzi hot springs.\n", encoding="utf-8")
    (folder / "minsk.md").write_text(
        "---\ntitle: A walk through Minsk\ndate: 2026-06-12\nplaces: [Belarus]\n"
        "tags: [cities]\nsummary: The capital of Belarus on foot.\n---\n\n"
        "# A walk through Minsk\n\nMinsk is the capital of Belarus.\n", encoding="utf-8")


def _wait_ready(live: Live) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if live.process.poll() is not None:
            raise RuntimeError(f"loci serve exited with {live.process.returncode}:\n"
                               + live.log.read_text())
        try:
            if httpx.get(f"{live.url}/api/v1/health", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise RuntimeError("loci serve did not answer in time:\n" + live.log.read_text())


def _stop(live: Live) -> None:
    workers = live.worker_pids()
    live.process.send_signal(signal.SIGINT)
    try:
        live.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        live.process.kill()
        live.process.wait(timeout=5)
    for pid in workers:  # only our own workers, by id, and only if Granian left them
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


@contextlib.contextmanager
def serving(kb: KB, base: Path, write: Callable[[Path], None] = write_content) -> Iterator[Live]:
    """``loci serve`` on a free loopback port over the KB and a content folder under
    ``base`` that ``write`` fills; stopped on leaving."""
    content, log = base / "content", base / "serve.log"
    write(content)
    port = free_port()
    env = {**os.environ, "LOCI_DB": str(kb.path)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "loci", "serve", "--port", str(port), "--content",
             str(content)], stdout=out, stderr=subprocess.STDOUT, env=env)
    server = Live(f"http://127.0.0.1:{port}", process, content, log)
    try:
        _wait_ready(server)
        yield server
    finally:
        _stop(server)


@pytest.fixture(scope="session")
def live(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    """``loci serve`` on a free loopback port, over the session KB and a temporary content
    folder."""
    with serving(kb, tmp_path_factory.mktemp("serve")) as server:
        yield server
