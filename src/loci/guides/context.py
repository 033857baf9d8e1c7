"""What one guide is composed from: the place's facts, read once and grouped by topic.

Sections ask the context, never the KB, so a guide costs one facts query per
place it touches. Names are not fact rows in the KB, so the context turns the
names it cites into fact rows with the name's own source, to keep every
statement sourced.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import lru_cache
from typing import TypeVar

from loci.guides.model import Section
from loci.kb import KB, FactRow, PlaceRow, SourceRef
from loci.places.collation import best_chinese

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class NameFact:
    """A name of a place, and the fact row that cites it when a statement uses it."""

    place: str
    name: str
    lang: str
    kind: str
    source: SourceRef

    @property
    def fact(self) -> FactRow:
        # Built on use: a city has dozens of names and a guide cites one or two.
        return FactRow(self.place, "name", f"{self.lang}:{self.kind}",
                       {"name": self.name, "lang": self.lang, "kind": self.kind},
                       self.name, self.source)


@dataclass
class GuideContext:
    """One guide's inputs and what its sections have produced so far."""

    kb: KB
    place: PlaceRow
    now: datetime  # timezone-aware; the guide's "today" and the city's local time
    sections: list[Section] = field(default_factory=list)
    _memo: dict[str, object] = field(default_factory=dict)

    # facts ------------------------------------------------------------------

    def facts(self, topic: str, dataset: str | None = None,
              place: str | None = None) -> list[FactRow]:
        """Facts of one topic about this place (or ``place``), optionally from one dataset."""
        rows = grouped_facts(self.kb, place or self.place.id).get(topic, ())
        return [f for f in rows if f.source.dataset == dataset] if dataset else list(rows)

    def fact(self, topic: str, key: str | None = None, dataset: str | None = None,
             place: str | None = None) -> FactRow | None:
        """The first fact of a topic (and key), or None."""
        return next((f for f in self.facts(topic, dataset, place)
                     if key is None or f.key == key), None)

    def inherited(self, topic: str, dataset: str | None = None) -> tuple[list[FactRow], PlaceRow]:
        """This place's facts of a topic, or its sovereign's when it has none of its own.

        Ascension and Tristan da Cunha have few facts of their own; a guide
        may show Saint Helena's, and says so, using the place returned.
        """
        own = self.facts(topic, dataset)
        parent = self.sovereign
        if own or parent is None:
            return own, self.place
        return self.facts(topic, dataset, parent.id), parent

    # places -----------------------------------------------------------------

    def memo(self, key: str, make: Callable[[], T]) -> T:
        """A value computed once per guide (the nearest cities serve the lede and a section)."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]  # type: ignore[return-value]

    def lookup(self, place_id: str | None) -> PlaceRow | None:
        """A place by id, cached for the guide."""
        return place_row(self.kb, place_id) if place_id else None

    @property
    def sovereign(self) -> PlaceRow | None:
        """For a territory that is part of another (SH-TA in SH), that other place."""
        if self.place.is_territory and self.place.parent:
            return self.lookup(self.place.parent)
        return None

    @property
    def country(self) -> PlaceRow | None:
        """The territory a city belongs to (None for territories themselves)."""
        if self.place.is_territory:
            return None
        return self.lookup(self.place.country)

    # names ------------------------------------------------------------------

    def names(self, place: PlaceRow | None = None) -> list[NameFact]:
        """A place's names, each with a fact row citing the name's source."""
        target = place or self.place
        return list(_names(self.kb, target.id))

    def name(self, lang: str, kinds: Iterable[str] = ("short", "common", "translation"),
             place: PlaceRow | None = None) -> NameFact | None:
        """The shortest name in a language (``zh-Hans``: 鞍山 rather than 鞍山市)."""
        wanted = tuple(kinds)
        found = [n for n in self.names(place) if n.lang == lang and n.kind in wanted]
        return min(found, key=lambda n: (len(n.name), wanted.index(n.kind)), default=None)

    def chinese(self, place: PlaceRow | None = None) -> NameFact | None:
        """The place's Chinese name as every page shows it (``places.best_chinese``), in
        simplified characters, citing the name it was read from."""
        return _chinese(self.kb, place or self.place)

    def source_fact(self, dataset: str, key: str, value: object, text: str,
                    source_field: str, place: PlaceRow | None = None,
                    topic: str = "name") -> FactRow:
        """A fact row for something a dataset states outside the facts table (a code, a name)."""
        return FactRow((place or self.place).id, topic, key, value, text,
                       SourceRef(dataset, versions(self.kb).get(dataset, ""), source_field))


@lru_cache(maxsize=16384)
def place_row(kb: KB, place_id: str) -> PlaceRow | None:
    """A place by id, shared across guides (the KB is read-only while guides are composed)."""
    return kb.place(place_id)


@lru_cache(maxsize=4096)
def grouped_facts(kb: KB, place_id: str) -> dict[str, tuple[FactRow, ...]]:
    """A place's facts by topic, read once and shared by every guide that cites them.

    City guides all read their country's facts; caching them here is what makes
    composing every city cheap. Callers must not mutate the result.
    """
    grouped: dict[str, list[FactRow]] = defaultdict(list)
    for fact in kb.facts(place_id):
        grouped[fact.topic].append(fact)
    return {topic: tuple(rows) for topic, rows in grouped.items()}


@lru_cache(maxsize=4)
def versions(kb: KB) -> dict[str, str]:
    """Dataset name -> package version, as recorded in the KB."""
    return {s["name"]: s["version"] for s in kb.sources}


@lru_cache(maxsize=16384)
def _chinese(kb: KB, place: PlaceRow) -> NameFact | None:
    """``GuideContext.chinese``, chosen once per place: a city's guide, its region's
    page and its neighbours' guides all show it."""
    chosen = best_chinese(place, _names(kb, place.id))
    return replace(chosen[0], name=chosen[1]) if chosen else None


@lru_cache(maxsize=8192)
def _names(kb: KB, place_id: str) -> tuple[NameFact, ...]:
    version = versions(kb)
    return tuple(NameFact(place_id, n.name, n.lang, n.kind,
                          SourceRef(n.source, version.get(n.source, ""),
                                    f"names ({n.kind}, {n.lang})"))
                 for n in kb.names(place_id))
