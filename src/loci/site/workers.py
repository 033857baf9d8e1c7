"""Work spread over worker processes that a dying worker cannot hang.

``multiprocessing.Pool`` loses the task of a worker that dies (a crash in C
code, the kernel's out-of-memory killer) and waits for its result forever. A
``ProcessPoolExecutor`` notices the death instead, but then fails every task
it holds. So tasks go out a chunk at a time, a few chunks ahead, and after a
death the chunks that were out are run again one item at a time, each item in
a pool of its own: the item that killed its worker is named, and the rest are
done.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
AHEAD = 2  # chunks sent out per worker before the first comes back


@dataclass(frozen=True, slots=True)
class Died:
    """An item whose worker process died while working on it."""

    message: str = ("its worker process died (a crash, or killed for memory) while working on "
                    "it")


@dataclass(frozen=True)
class Workers(Generic[T, R]):
    """How to start the processes: ``function`` runs on each item, after ``initializer``."""

    function: Callable[[T], R]
    jobs: int
    start_method: Callable[[], str]  # asked again for each pool: fork only while it is safe
    initializer: Callable[..., None]
    initargs: tuple[Any, ...]
    chunk: int = 8  # items at most in a chunk
    # Items of one group (a country's pages) share what a worker computes and keeps for
    # them (the country's map, its holidays): a chunk holds items of one group only, so
    # that each group goes to as few workers as its size allows.
    group: Callable[[T], object] | None = None

    def pool(self, jobs: int) -> ProcessPoolExecutor:
        context = multiprocessing.get_context(self.start_method())
        return ProcessPoolExecutor(jobs, mp_context=context, initializer=self.initializer,
                                   initargs=self.initargs)

    def each(self, items: Sequence[T]) -> Iterator[tuple[int, R | Died]]:
        """(index, result) of every item, in the order they are done; ``Died`` for an item
        that killed its worker. An exception an item raises is raised here."""
        pending = deque(range(len(items)))
        while pending:
            suspects: list[int] = []
            yield from self._run(items, pending, suspects)
            for index in suspects:  # alone, so a second death names its item
                yield index, self._alone(items[index])

    def _run(self, items: Sequence[T], pending: deque[int],
             suspects: list[int]) -> Iterator[tuple[int, R | Died]]:
        out: dict[Future[list[R]], list[int]] = {}
        with self.pool(self.jobs) as pool:
            try:
                while pending or out:
                    while pending and len(out) < AHEAD * self.jobs:
                        # taken off ``pending`` only once submitted: a pool a worker broke
                        # meanwhile refuses the chunk, which then waits for the next pool
                        chunk = self._next_chunk(items, pending)
                        future = pool.submit(_chunk, self.function, [items[i] for i in chunk])
                        for _ in chunk:
                            pending.popleft()
                        out[future] = chunk
                    done, _ = wait(out, return_when=FIRST_COMPLETED)
                    for future in done:
                        results = future.result()
                        yield from zip(out.pop(future), results, strict=True)
            except BrokenProcessPool:
                suspects.extend(i for chunk in out.values() for i in chunk)

    def _next_chunk(self, items: Sequence[T], pending: deque[int]) -> list[int]:
        """The indexes of the next chunk: the first pending items, up to ``chunk`` of them,
        all of the first one's group."""
        size = min(self.chunk, len(pending))
        if self.group is None:
            return [pending[i] for i in range(size)]
        first = self.group(items[pending[0]])
        chunk = [pending[0]]
        for i in range(1, size):
            if self.group(items[pending[i]]) != first:
                break
            chunk.append(pending[i])
        return chunk

    def _alone(self, item: T) -> R | Died:
        with self.pool(1) as pool:
            try:
                return pool.submit(self.function, item).result()
            except BrokenProcessPool:
                return Died()


def _chunk(function: Callable[[T], R], items: list[T]) -> list[R]:
    return [function(item) for item in items]
