"""Read the knowledge base: places, names, facts, each fact with its source.

Connections are read-only, so any number of processes can share one file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import orjson

from loci.errors import KnowledgeBaseError, NotFoundError
from loci.kb.schema import SCHEMA_VERSION, TABLES

TERRITORY_KINDS = ("country", "territory", "historic")


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """A place as stored: what every layer above the KB works with."""

    id: str
    kind: str
    name: str
    slug: str
    parent: str | None
    country: str | None
    lat: float | None
    lon: float | None
    population: int | None
    timezone: str | None
    status: str

    @property
    def is_territory(self) -> bool:
        """Countries, territories and dissolved entities: the places with guides of their own."""
        return self.kind in TERRITORY_KINDS


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a fact came from: dataset, package version, field."""

    dataset: str
    version: str
    field: str

    def as_dict(self) -> dict[str, str]:
        return {"dataset": self.dataset, "version": self.version, "field": self.field}


@dataclass(frozen=True, slots=True)
class FactRow:
    """One fact about a place, with its source."""

    place: str
    topic: str
    key: str
    value: Any
    text: str
    source: SourceRef

    def as_dict(self) -> dict[str, Any]:
        return {"place": self.place, "topic": self.topic, "key": self.key,
                "value": self.value, "text": self.text, "source": self.source.as_dict()}


@dataclass(frozen=True, slots=True)
class NameRow:
    """One name of a place."""

    place: str
    name: str
    norm: str
    lang: str
    kind: str
    year: int | None
    source: str


_HOLIDAY_MEMO = 1024  # (place, year) pairs: every territory for a few years
_PLACE_COLUMNS = "id, kind, name, slug, parent, country, lat, lon, population, timezone, status"
_NAMED = (  # a place once per kind of name it has of one spelling (the index covers it)
    "SELECT min(name), kind, max(year), place FROM names WHERE norm = ? GROUP BY place, kind")


class KB:
    """A read-only handle on one knowledge base file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        uri = f"file:{path}?mode=ro"
        try:
            self.db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            meta = dict(self.db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise KnowledgeBaseError(f"{path} is not a loci knowledge base ({exc}): "
                                     "run `loci kb build`") from None
        if meta.get("complete") != "1" or meta.get("schema") != str(SCHEMA_VERSION):
            raise KnowledgeBaseError(f"{path} is incomplete or from another loci version: "
                                     "run `loci kb build`")
        self.meta = meta
        self._holidays: dict[tuple[str, int], list[FactRow]] = {}
        self._vocab: dict[str, Any] = {}
        self._filters: dict[str, Any] = {}

    def close(self) -> None:
        self.db.close()

    # places -------------------------------------------------------------

    def place(self, place_id: str) -> PlaceRow | None:
        """The place with this id, or None."""
        row = self.db.execute(f"SELECT {_PLACE_COLUMNS} FROM places WHERE id = ?",
                              (place_id,)).fetchone()
        return PlaceRow(*row) if row else None

    def lookup(self, place_id: str) -> PlaceRow:
        """The place with this id; raises NotFoundError naming the id."""
        place = self.place(place_id)
        if place is None:
            raise NotFoundError(f"no place has the id {place_id!r}: try `loci places NAME`")
        return place

    def places(self, kinds: tuple[str, ...] = TERRITORY_KINDS, country: str | None = None,
               min_population: int = 0) -> list[PlaceRow]:
        """Places of these kinds, optionally within one country, largest first for cities."""
        sql = (f"SELECT {_PLACE_COLUMNS} FROM places WHERE kind IN "
               f"({','.join('?' * len(kinds))}) AND coalesce(population, 0) >= ?")
        args: list[Any] = [*kinds, min_population]
        if country:
            sql += " AND country = ?"
            args.append(country)
        sql += " ORDER BY population DESC NULLS LAST, name"
        return [PlaceRow(*r) for r in self.db.execute(sql, args)]

    def by_slug(self, slug: str, country: str | None = None) -> PlaceRow | None:
        """A territory by its slug, or a city by its slug within a country."""
        if country is None:
            sql = f"SELECT {_PLACE_COLUMNS} FROM places WHERE slug = ? AND kind IN (?, ?, ?)"
            row = self.db.execute(sql, (slug, *TERRITORY_KINDS)).fetchone()
        else:
            sql = (f"SELECT {_PLACE_COLUMNS} FROM places WHERE slug = ? AND country = ? "
                   "AND kind = 'city'")
            row = self.db.execute(sql, (slug, country)).fetchone()
        return PlaceRow(*row) if row else None

    # names and facts ----------------------------------------------------

    def named(self, norm: str) -> list[tuple[str, str, int | None, str]]:
        """The places with a name of this normalised spelling: (the name, its kind, its
        year, the place's id) once per place and kind of name."""
        return self.db.execute(_NAMED, (norm,)).fetchall()

    def places_by_id(self, place_ids: Iterable[str]) -> list[PlaceRow]:
        """The places with these ids, in one query."""
        ids = list(place_ids)
        sql = f"SELECT {_PLACE_COLUMNS} FROM places WHERE id IN ({','.join('?' * len(ids))})"
        return [PlaceRow(*r) for r in self.db.execute(sql, ids)] if ids else []

    def names(self, place_id: str) -> list[NameRow]:
        """Every name of a place."""
        sql = "SELECT place, name, norm, lang, kind, year, source FROM names WHERE place = ?"
        return [NameRow(*r) for r in self.db.execute(sql, (place_id,))]

    def facts(self, place_id: str, topic: str | None = None) -> list[FactRow]:
        """A place's facts, optionally of one topic, in source order."""
        sql = ("SELECT f.place, f.topic, f.key, f.value, f.text, f.source, s.version, f.field "
               "FROM facts f JOIN sources s ON s.name = f.source WHERE f.place = ?")
        args: list[Any] = [place_id]
        if topic:
            sql += " AND f.topic = ?"
            args.append(topic)
        sql += " ORDER BY f.rowid"
        # orjson reads every value the KB holds as json does, three times faster
        return [FactRow(p, t, k, orjson.loads(v), text, SourceRef(ds, ver, fld))
                for p, t, k, v, text, ds, ver, fld in self.db.execute(sql, args)]

    def holidays(self, place_id: str, year: int) -> list[FactRow]:
        """A place's public holidays in ``year``, computed when asked (see
        :mod:`loci.sources.public_holidays`): any year, whenever the KB was built."""
        key = (place_id, year)
        if key not in self._holidays:
            from loci.sources.public_holidays import holidays_in  # the package loads slowly

            if len(self._holidays) >= _HOLIDAY_MEMO:
                self._holidays.clear()
            version = next((str(s["version"]) for s in self.sources
                            if s["name"] == "holidays"), "")
            self._holidays[key] = [
                FactRow(f.place, f.topic, f.key, f.value, f.text,
                        SourceRef("holidays", version, f.field))
                for calendar in self.facts(place_id, "holiday-calendar")
                for f in holidays_in(place_id, calendar.value, year)]
        return list(self._holidays[key])

    def vocab(self, name: str) -> Any:
        """A word list made when the KB was built (see :mod:`loci.kb.vocab`), read once."""
        if name not in self._vocab:
            from loci.kb import vocab

            row = self.db.execute("SELECT data FROM vocab WHERE name = ?", (name,)).fetchone()
            self._vocab[name] = json.loads(row[0]) if row else vocab.LISTS[name](self.db)
        return self._vocab[name]

    def may_name(self, norm: str) -> bool:
        """False when no place has this normalised name (a Bloom filter: True may be wrong,
        False never is); lets prose be scanned without a query per capitalised word."""
        names = self._filter("name-filter")
        return names is None or norm in names

    def may_start_name(self, word: str) -> bool:
        """False when no place's normalised name starts with this word (a Bloom filter)."""
        words = self._filter("first-word-filter")
        return words is None or word in words

    def _filter(self, name: str) -> Any:
        if name not in self._filters:
            from rbloom import Bloom

            from loci.kb.vocab import names_hash

            row = self.db.execute("SELECT data FROM vocab WHERE name = ?", (name,)).fetchone()
            self._filters[name] = Bloom.load_bytes(row[0], names_hash) if row else None
        return self._filters[name]

    def topics(self) -> list[str]:
        """Every fact topic present."""
        return [r[0] for r in self.db.execute("SELECT DISTINCT topic FROM facts ORDER BY 1")]

    # the file itself ----------------------------------------------------

    @cached_property
    def sources(self) -> list[dict[str, Any]]:
        """Each source with its package version, licence, record count and build time."""
        cur = self.db.execute("SELECT * FROM sources ORDER BY rowid")
        columns = [d[0] for d in cur.description]
        return [dict(zip(columns, row, strict=True)) for row in cur]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}

    def problems(self) -> list[dict[str, str]]:
        """Fields the sources could not parse."""
        cur = self.db.execute("SELECT source, place, field, message, raw FROM problems")
        return [dict(zip(("source", "place", "field", "message", "raw"), r, strict=True))
                for r in cur]
