"""What the modules of a package register, found by importing each module on disk once.

Four things are kept so: the source datasets (``loci.sources``), the guides'
sections, the checker's rules and the site's page kinds. Each has one
``Registry``: its modules add to it as they are imported (a decorator or a
call), or, for sources, the registry collects from each module what it
defines. ``items()`` imports every public module of the package (names without
a leading "_", less the ``helpers`` that register nothing by design) and
returns what they registered, in order; ``tests/test_registry.py`` holds every
registry to its modules on disk, as ``holidays`` does with its own.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class Registry(Generic[T]):
    """Items of type ``T`` registered by the modules of ``package``, each under a unique key."""

    def __init__(self, package: str, key: Callable[[T], str], *,
                 order: Callable[[T], Any] | None = None, helpers: Iterable[str] = (),
                 collect: Callable[[ModuleType], Iterable[T]] | None = None) -> None:
        self.package = package
        self.key = key
        self.order = order or key
        self.helpers = frozenset(helpers)
        self.collect = collect
        self.by_module: dict[str, list[T]] = {}  # module's own name -> what it registered
        self._keys: set[str] = set()
        self._items: tuple[T, ...] | None = None

    def add(self, item: T, module: str) -> T:
        """Register ``item`` for the module named ``module`` (its dotted name or its own)."""
        if (key := self.key(item)) in self._keys:
            raise ValueError(f"{self.package}: {key!r} registered twice")
        self._keys.add(key)
        self.by_module.setdefault(module.rsplit(".", 1)[-1], []).append(item)
        self._items = None
        return item

    def modules(self) -> set[str]:
        """The package's modules on disk that should register something."""
        package = importlib.import_module(self.package)
        return {info.name for info in pkgutil.iter_modules(package.__path__)
                if not info.name.startswith("_") and info.name not in self.helpers}

    def items(self) -> tuple[T, ...]:
        """Everything registered, in order, once every module on disk has been imported."""
        if self._items is None:
            for name in sorted(self.modules()):
                module = importlib.import_module(f"{self.package}.{name}")
                if self.collect is not None and name not in self.by_module:
                    for item in self.collect(module):
                        self.add(item, name)
            self._items = tuple(sorted((item for found in self.by_module.values()
                                        for item in found), key=self.order))
        return self._items
