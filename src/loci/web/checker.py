"""Fact-checking posted articles, off the event loop.

Checks run one at a time in a thread of their own, on a KB connection of
their own (SQLite handles are not shared between threads here), so cached
pages keep flowing while an article is checked. The checker's knowledge
caches every name it has looked up, which is what makes a second check fast
but would grow without end on a server that checks arbitrary text: it is
replaced after a fixed number of checks.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from loci.articles import read_text
from loci.check import Config, Knowledge, Result, check_article, registry
from loci.check.config import matches
from loci.check.report import summary
from loci.errors import InputError
from loci.kb import KB

RENEW_AFTER = 200  # checks per knowledge cache
MAX_WAITING = 8  # checks queued at once; more are turned away rather than held in memory


class Busy(Exception):
    """Too many checks are waiting: the client should retry later."""


def _validate(selectors: list[str], field: str) -> None:
    rules = registry()
    for selector in selectors:
        if not any(matches(selector, rule) for rule in rules):
            raise InputError(f"{field} {selector!r} names no rule: give a rule code (LC101), "
                             "a code prefix (LC1) or a category (capital)")


class Checker:
    """One background thread that checks articles against its own view of the KB."""

    def __init__(self, kb_path: Path) -> None:
        self.kb_path = kb_path
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="loci-check")
        self._know: Knowledge | None = None
        self._runs = 0
        self._waiting = 0

    async def check(self, text: str, path: str, select: list[str], ignore: list[str],
                    verbose: bool) -> dict[str, Any]:
        """The findings and their summary, as ``loci check --format json`` reports them."""
        _validate(select, "select")
        _validate(ignore, "ignore")
        if self._waiting >= MAX_WAITING:
            raise Busy(f"{self._waiting} articles are being checked: retry in a few seconds")
        self._waiting += 1
        try:
            future = self._pool.submit(self._run, text, path, select, ignore, verbose)
            return await asyncio.wrap_future(future)
        finally:
            self._waiting -= 1

    def _knowledge(self) -> Knowledge:
        if self._know is None or self._runs >= RENEW_AFTER:
            if self._know is not None:
                self._know.kb.close()
            self._know, self._runs = Knowledge(KB(self.kb_path)), 0
        self._runs += 1
        return self._know

    def _run(self, text: str, path: str, select: list[str], ignore: list[str],
             verbose: bool) -> dict[str, Any]:
        config = Config(select=tuple(select), ignore=tuple(ignore))
        article = read_text(text, path, markdown=not path.lower().endswith(".txt"))
        found = check_article(article, self._knowledge(), config.rules(), config)
        result = Result(files=1, findings=[f for f in found if f.decided],
                        undecided=[f for f in found if not f.decided])
        data: dict[str, Any] = {"findings": [f.as_dict() for f in result.findings],
                                "undecided": [f.as_dict() for f in result.undecided],
                                "summary": summary(result)}
        if verbose:
            data["unverifiable"] = [f.as_dict() for f in result.undecided]
        return data

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
