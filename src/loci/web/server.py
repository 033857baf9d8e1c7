"""Run the app on Granian (a Rust HTTP server): one worker process per core asked for.

Granian was measured here against uvicorn (uvloop, httptools) on fixed bytes:
about 1.6 times the requests per second. nginx on one core still answers about twice
as many for a guide page (benchmarks/README.md). Its RSGI interface is used: cached
pages are answered in one call (``loci.web.front``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from granian.constants import Interfaces, Loops
from granian.server import Server

from loci.errors import InputError
from loci.kb import KB
from loci.web.fts_build import open_index

log = logging.getLogger("loci.web")


def serve(kb: KB, host: str = "127.0.0.1", port: int = 8000, content: Path | None = None,
          workers: int = 1) -> None:
    """Serve until interrupted. Each worker opens the KB read-only and builds its own app."""
    if content is not None and not content.is_dir():
        raise InputError(f"the content folder {content} does not exist: pass --content with "
                         "a folder of Markdown articles")
    open_index(kb).close()  # build the search index once, here, not in every worker
    kb_path = kb.path

    def load(_target: Any) -> Any:  # runs in each worker process
        from loci.web.app import create_app
        from loci.web.front import Front

        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("[%(levelname)s] %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
        log.propagate = False
        return Front(create_app(kb_path, content))

    server = Server(target="loci.web.front:Front", address=host, port=port,
                    interface=Interfaces.RSGI, workers=workers, loop=Loops.uvloop,
                    websockets=False, log_access=False, backlog=1024, runtime_threads=2)
    server.serve(target_loader=load)
