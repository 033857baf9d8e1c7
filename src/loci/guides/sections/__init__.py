"""Guide sections: one module each, registering its builders with :func:`section`.

A builder takes the guide's context and returns the section's statements and
charts, or nothing when the data has nothing to say (a guide never shows an
empty heading). Territory guides and city guides each run their sections in
``order``; a module may register one builder for each.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from loci.guides.context import GuideContext
from loci.guides.model import Chart, Section, Statement

TERRITORY = "territory"
CITY = "city"


@dataclass(frozen=True, slots=True)
class Body:
    """What a section builder returns."""

    statements: Sequence[Statement]
    charts: Sequence[Chart] = ()


Builder = Callable[[GuideContext], Body | None]


@dataclass(frozen=True, slots=True)
class SectionSpec:
    """A registered section: where it goes, which guides have it, how to build it."""

    id: str
    title: str
    order: int
    guide: str  # TERRITORY or CITY
    module: str
    build: Builder

    def run(self, ctx: GuideContext) -> Section | None:
        body = self.build(ctx)
        if body is None or not body.statements:
            return None
        return Section(self.id, self.title, tuple(body.statements), tuple(body.charts))


_SPECS: list[SectionSpec] = []


def section(section_id: str, title: str, order: int,
            guide: str = TERRITORY) -> Callable[[Builder], Builder]:
    """Register a section builder for territory or city guides."""

    def register(build: Builder) -> Builder:
        module = build.__module__.rsplit(".", 1)[-1]
        _SPECS.append(SectionSpec(section_id, title, order, guide, module, build))
        return build

    return register


@cache
def registry() -> tuple[SectionSpec, ...]:
    """Every registered section, importing each module on disk once."""
    for info in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{info.name}")
    return tuple(sorted(_SPECS, key=lambda s: (s.guide, s.order)))


def for_guide(guide: str) -> tuple[SectionSpec, ...]:
    """The sections of one kind of guide, in reading order."""
    return tuple(s for s in registry() if s.guide == guide)


def modules_on_disk() -> set[str]:
    """The section modules present in the package (for the registry test)."""
    return {info.name for info in pkgutil.iter_modules(__path__)}
