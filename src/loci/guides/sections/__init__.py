"""Guide sections: one module each, registering its builders with :func:`section`.

A builder takes the guide's context and returns the section's statements and
charts, or nothing when the data has nothing to say (a guide never shows an
empty heading; a chart alone, a locator map, is something to show). Territory
guides and city guides each run their sections in ``order``; a module may
register one builder for each.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from loci.guides.context import GuideContext
from loci.guides.model import Chart, Section, Statement
from loci.registry import Registry

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
        if body is None or not (body.statements or body.charts):
            return None
        return Section(self.id, self.title, tuple(body.statements), tuple(body.charts))


SECTIONS: Registry[SectionSpec] = Registry(__name__, key=lambda s: f"{s.guide}:{s.id}",
                                           order=lambda s: (s.guide, s.order))


def section(section_id: str, title: str, order: int,
            guide: str = TERRITORY) -> Callable[[Builder], Builder]:
    """Register a section builder for territory or city guides."""

    def register(build: Builder) -> Builder:
        module = build.__module__.rsplit(".", 1)[-1]
        SECTIONS.add(SectionSpec(section_id, title, order, guide, module, build), module)
        return build

    return register


def registry() -> tuple[SectionSpec, ...]:
    """Every registered section, importing each module on disk once."""
    return SECTIONS.items()


def for_guide(guide: str) -> tuple[SectionSpec, ...]:
    """The sections of one kind of guide, in reading order."""
    return tuple(s for s in registry() if s.guide == guide)
