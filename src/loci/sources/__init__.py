"""Source datasets: one module each, registered by being on disk.

Each module defines ``SOURCE`` (a :class:`SourceInfo`) and ``read(ctx)``, which
yields :class:`Place`, :class:`Name`, :class:`Fact` and :class:`Problem`
records. The KB build runs them in ``SOURCE.order``; a source that creates
places comes before the sources that attach facts to them.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version
from types import ModuleType

from loci.errors import SourceError
from loci.registry import Registry
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

def _defined(module: ModuleType) -> tuple[ModuleType]:
    """A source module is its own entry, once it says what it reads."""
    if not isinstance(getattr(module, "SOURCE", None), SourceInfo):
        raise SourceError(f"{module.__name__} has no SOURCE: add a SourceInfo")
    return (module,)


SOURCES: Registry[ModuleType] = Registry(__name__, key=lambda m: m.SOURCE.name,
                                         order=lambda m: m.SOURCE.order,
                                         helpers={"records"}, collect=_defined)


def registry() -> tuple[ModuleType, ...]:
    """Every source module, in build order."""
    return SOURCES.items()


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
