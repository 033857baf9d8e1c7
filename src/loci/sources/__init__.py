"""Source datasets: one module each, registered by being on disk.

Each module defines ``SOURCE`` (a :class:`SourceInfo`) and ``read(ctx)``, which
yields :class:`Place`, :class:`Name`, :class:`Fact` and :class:`Problem`
records. The KB build runs them in ``SOURCE.order``; a source that creates
places comes before the sources that attach facts to them.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from types import ModuleType

from loci.errors import SourceError
from loci.sources.records import (
    BuildContext,
    Fact,
    Name,
    Place,
    Problem,
    Record,
    SourceInfo,
)

__all__ = [
    "BuildContext",
    "Fact",
    "Name",
    "Place",
    "Problem",
    "Record",
    "SourceInfo",
    "package_version",
    "registry",
]

_NOT_SOURCES = {"records"}


@cache
def registry() -> tuple[ModuleType, ...]:
    """Every source module, in build order."""
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name in _NOT_SOURCES:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if not isinstance(getattr(module, "SOURCE", None), SourceInfo):
            raise SourceError(f"loci.sources.{info.name} has no SOURCE: add a SourceInfo")
        modules.append(module)
    return tuple(sorted(modules, key=lambda m: m.SOURCE.order))


def package_version(package: str) -> str:
    """The installed version of a source package, or a clear error naming it."""
    if package == "loci":
        from loci import __version__

        return __version__
    try:
        return version(package)
    except PackageNotFoundError:
        raise SourceError(
            f"the source package {package!r} is not installed: run `pip install {package}`"
        ) from None
