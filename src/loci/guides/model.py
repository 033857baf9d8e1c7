"""The guide model: what every writer produces and every renderer reads.

A guide is a title, its place, a lede, sections, related places and sources.
A section is a heading and statements (plus charts); a statement is prose
plus the facts it was made from. Marks tell renderers which spans of a
statement link to another place or are in another language, so that HTML
can emit ``<a href>`` and ``<span lang>`` and Markdown can emit links, while
the text itself stays plain.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from loci.kb import FactRow, PlaceRow


@dataclass(frozen=True, slots=True)
class Mark:
    """A span of a statement's text: a link to a place, or text in another language."""

    start: int
    end: int
    kind: str  # "place" (value: place id) or "lang" (value: BCP 47 tag, e.g. "zh-Hans")
    value: str

    def as_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "kind": self.kind, "value": self.value}


@dataclass(frozen=True, slots=True)
class Statement:
    """One sentence or short paragraph, and the facts it was made from."""

    text: str
    facts: tuple[FactRow, ...]
    marks: tuple[Mark, ...] = ()
    quote: bool = False  # quoted source text (the Factbook background), shown as a quotation
    item: bool = False  # one entry of a list (a holiday, a city): renderers make a list of a run

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "quote": self.quote, "item": self.item,
                "marks": [m.as_dict() for m in self.marks],
                "facts": [f.as_dict() for f in self.facts]}


@dataclass(frozen=True, slots=True)
class Bar:
    """One labelled value of a chart."""

    label: str
    value: float
    display: str  # "91.1%", "<1%", "75–80%"


@dataclass(frozen=True, slots=True)
class Chart:
    """An accessible bar chart of shares, with its SVG already drawn."""

    id: str  # "religion", "ethnic-group", "language"
    title: str
    bars: tuple[Bar, ...]
    svg: str  # standalone <svg role="img"> with <title> and <desc>
    alt: str  # the same data as one readable sentence
    facts: tuple[FactRow, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "alt": self.alt, "svg": self.svg,
                "bars": [{"label": b.label, "value": b.value, "display": b.display}
                         for b in self.bars],
                "sources": sorted({f.source.dataset for f in self.facts})}


@dataclass(frozen=True, slots=True)
class Section:
    """A heading with its statements and charts; never empty."""

    id: str  # stable anchor: "at-a-glance", "history", "people", "languages", ...
    title: str
    statements: tuple[Statement, ...]
    charts: tuple[Chart, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title,
                "statements": [s.as_dict() for s in self.statements],
                "charts": [c.as_dict() for c in self.charts]}


@dataclass(frozen=True, slots=True)
class SourceUse:
    """A dataset a guide drew on, for its Sources section and footnotes."""

    dataset: str
    title: str
    version: str
    licence: str
    url: str

    def as_dict(self) -> dict[str, str]:
        return {"dataset": self.dataset, "title": self.title, "version": self.version,
                "licence": self.licence, "url": self.url}


@dataclass(frozen=True, slots=True)
class Guide:
    """A composed culture guide for one place."""

    place: PlaceRow
    title: str
    lede: str
    sections: tuple[Section, ...]
    related: tuple[PlaceRow, ...] = ()
    sources: tuple[SourceUse, ...] = ()
    names: dict[str, str] = field(default_factory=dict)  # lang tag -> name ("zh-Hans": "中国")

    def as_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "title": self.title,
            "place": {"id": p.id, "kind": p.kind, "name": p.name, "slug": p.slug,
                      "country": p.country, "parent": p.parent, "lat": p.lat, "lon": p.lon,
                      "population": p.population, "status": p.status},
            "names": self.names,
            "lede": self.lede,
            "sections": [s.as_dict() for s in self.sections],
            "related": [{"id": r.id, "name": r.name, "kind": r.kind, "slug": r.slug}
                        for r in self.related],
            "sources": [s.as_dict() for s in self.sources],
        }
