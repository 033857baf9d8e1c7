"""Places: resolve names to places, and order names the way readers expect."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from loci.errors import InputError, NotFoundError
from loci.kb import KB, FactRow, PlaceRow
from loci.places.resolve import Match, Resolver
from loci.sources.records import TOPICS

__all__ = ["Match", "Resolver", "facts_of", "find_place", "place_facts", "resolve_names"]


def find_place(kb: KB, name: str) -> PlaceRow:
    """The one place a user means by ``name`` (an id or any name); raises with candidates."""
    if not name.strip():
        raise InputError("an empty place name: give a name such as 'Bhutan' or '鞍山'")
    if place := kb.place(name.strip()):
        return place
    matches = Resolver(kb).resolve(name)
    if not matches:
        raise NotFoundError(f"no place matches {name!r}: check the spelling, or try "
                            "`loci places NAME` for candidates")
    return matches[0].place


def place_facts(kb: KB, name: str, topic: str | None = None,
                year: int | None = None) -> list[FactRow]:
    """The facts about the place a name means (see ``facts_of``)."""
    return facts_of(kb, find_place(kb, name).id, topic, year)


def facts_of(kb: KB, place_id: str, topic: str | None = None,
             year: int | None = None) -> list[FactRow]:
    """A place's facts, with its public holidays of ``year`` (this year when not given);
    raises when a topic names nothing known."""
    if topic and topic not in TOPICS:
        raise InputError(f"unknown topic {topic!r}: choose one of {', '.join(TOPICS)}")
    facts = kb.facts(place_id, topic) if topic != "holiday" else []
    if topic in (None, "holiday"):
        facts += kb.holidays(place_id, year or date.today().year)
    return facts


def resolve_names(kb: KB, names: Iterable[str], limit: int = 5) -> list[dict[str, Any]]:
    """Candidates for each name, as plain data."""
    names = list(names)
    if not all(n.strip() for n in names):
        raise InputError("an empty place name: give a name such as 'Bhutan' or '鞍山'")
    resolver = Resolver(kb)
    return [{"query": n, "matches": [m.as_dict() for m in resolver.resolve(n, None, limit)]}
            for n in names]
