"""Fact-checking posted articles in a process of their own, within a time budget.

A check is pure Python and regular expressions, which hold the GIL: run in a
thread, one slow check stopped every other request (a 60 KB line of "[" once
held the server for 27 s). So checks run in a separate worker process with
its own KB connection, the server only waits on a pipe, and a check over its
time budget has its process killed and replaced and is answered 422. The
worker's knowledge caches every name it has looked up, which is what makes a
second check fast but would grow without end on a server that checks
arbitrary text: it is replaced after a fixed number of checks.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import signal
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from loci.check import registry
from loci.check.config import matches
from loci.errors import InputError, LociError

log = logging.getLogger("loci.web")

RENEW_AFTER = 200  # checks per knowledge cache
MAX_WAITING = 8  # checks queued at once; more are turned away rather than held in memory
BUDGET = 30.0  # seconds for one check: a megabyte of prose takes a few


class Busy(Exception):
    """Too many checks are waiting: the client should retry later."""


class TooSlow(Exception):
    """A check ran over its time budget (answered 422: the text, not the server, is at fault)."""


def _validate(selectors: list[str], field: str) -> None:
    rules = registry()
    for selector in selectors:
        if not any(matches(selector, rule) for rule in rules):
            raise InputError(f"{field} {selector!r} names no rule: give a rule code (LC101), "
                             "a code prefix (LC1) or a category (capital)")


class Checker:
    """One worker process that checks articles against its own view of the KB."""

    def __init__(self, kb_path: Path, budget: float = BUDGET) -> None:
        self.kb_path = kb_path
        self.budget = budget
        self._worker: _Worker | None = _Worker(kb_path)  # started now: warm for the first check
        self._turn = asyncio.Lock()
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
            async with self._turn:
                return await asyncio.to_thread(self._call, (text, path, select, ignore, verbose))
        finally:
            self._waiting -= 1

    def _call(self, request: tuple[Any, ...]) -> dict[str, Any]:
        """Hand the request to the worker and wait for its answer, at most the budget."""
        if self._worker is None or not self._worker.alive():
            self._worker = _Worker(self.kb_path)
        worker = self._worker
        try:
            answer = worker.ask(request, self.budget)
        except TimeoutError:
            self._replace(worker)
            raise TooSlow(f"checking this text took over {self.budget:.0f} s, the most one "
                          "request may take: check it with `loci check`, or send it in parts"
                          ) from None
        except (EOFError, OSError):
            log.error("the checker's process stopped (exit code %s): started another",
                      worker.process.exitcode)
            self._replace(worker)
            raise LociError("the checker stopped while checking this text: retry, and report "
                            "the text if it happens again") from None
        kind, value = answer
        if kind == "input":
            raise InputError(value)
        if kind == "error":
            log.error("%s", value)
            raise LociError(value)
        result: dict[str, Any] = value
        return result

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        self._worker = _Worker(self.kb_path)

    def close(self) -> None:
        if self._worker is not None:
            self._worker.stop()
            self._worker = None


class _Worker:
    """A process that answers check requests over a pipe, one at a time."""

    def __init__(self, kb_path: Path) -> None:
        # spawn: the server's process runs threads, and a fork of it could deadlock
        context = multiprocessing.get_context("spawn")
        self.connection, theirs = context.Pipe()
        self.process: BaseProcess = context.Process(
            target=_serve, args=(theirs, str(kb_path)), name="loci-check", daemon=True)
        self.process.start()
        theirs.close()

    def alive(self) -> bool:
        return self.process.is_alive()

    def ask(self, request: tuple[Any, ...], budget: float) -> tuple[str, Any]:
        self.connection.send(request)
        if not self.connection.poll(budget):
            raise TimeoutError
        answer: tuple[str, Any] = self.connection.recv()
        return answer

    def stop(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.connection.close()


def _serve(connection: Connection, kb_path: str) -> None:
    """The worker's loop: read a request, check the text, send back the result or the error."""
    from loci.check.knowledge import Knowledge
    from loci.kb import KB

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the server's: it ends this one
    know, runs = Knowledge(KB(Path(kb_path))), 0
    while True:
        try:
            request = connection.recv()
        except (EOFError, OSError):
            return  # the server closed its end (or is gone): nothing more to do
        if runs >= RENEW_AFTER:
            know.kb.close()
            know, runs = Knowledge(KB(Path(kb_path))), 0
        runs += 1
        try:
            answer: tuple[str, Any] = ("ok", _check(know, *request))
        except InputError as exc:
            answer = ("input", str(exc))
        except Exception as exc:  # sent back, so the request gets a 500 and the log a line
            answer = ("error", f"the check failed: {type(exc).__name__}: {exc}")
        connection.send(answer)


def _check(know: Any, text: str, path: str, select: list[str], ignore: list[str],
           verbose: bool) -> dict[str, Any]:
    from loci.articles import read_text
    from loci.check import Config, Result, check_article
    from loci.check.report import summary

    config = Config(select=tuple(select), ignore=tuple(ignore))
    article = read_text(text, path, markdown=not path.lower().endswith(".txt"))
    found = check_article(article, know, config.rules(), config)
    result = Result(files=1, findings=[f for f in found if f.decided],
                    undecided=[f for f in found if not f.decided])
    data: dict[str, Any] = {"findings": [f.as_dict() for f in result.findings],
                            "undecided": [f.as_dict() for f in result.undecided],
                            "summary": summary(result)}
    if verbose:
        data["unverifiable"] = [f.as_dict() for f in result.undecided]
    return data
