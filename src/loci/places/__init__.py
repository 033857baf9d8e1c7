"""Places: resolve names to places, and order names the way readers expect."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from loci import pinyin
from loci.curated import seed_territories
from loci.errors import InputError, NotFoundError
from loci.kb import KB, FactRow, PlaceRow
from loci.places.collation import by_english, chinese_name
from loci.places.resolve import MIN_CONFIDENCE, Match, Resolver
from loci.sources.records import TOPICS

__all__ = ["Match", "Resolver", "answer", "describe", "facts_of", "find_place", "place_facts",
           "resolve_names", "seed_answers", "successors", "territories"]


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
    if matches[0].confidence < MIN_CONFIDENCE:
        guesses = " or ".join(f"{m.place.name} ({m.place.id})" for m in matches[:3])
        raise NotFoundError(f"no place matches {name!r}; did you mean {guesses}? "
                            "Pass the id to choose one")
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
    """The answer for each name (see ``answer``)."""
    names = list(names)
    if not all(n.strip() for n in names):
        raise InputError("an empty place name: give a name such as 'Bhutan' or '鞍山'")
    resolver = Resolver(kb)
    return [answer(kb, resolver, n, limit) for n in names]


def answer(kb: KB, resolver: Resolver, query: str, limit: int = 5,
           name_zh: Callable[[PlaceRow], str | None] | None = None) -> dict[str, Any]:
    """What a name means, as `loci places` prints it and the API returns it: the answer,
    when the best candidate reaches MIN_CONFIDENCE, and the other candidates ("did you
    mean"), each described by ``describe`` (with Chinese names from ``name_zh`` where a
    caller remembers them)."""
    matches = resolver.resolve(query, None, limit)
    found = [describe(kb, m.place, m, name_zh(m.place) if name_zh else None) for m in matches]
    sure = bool(matches) and matches[0].confidence >= MIN_CONFIDENCE
    return {"query": query, "answer": found[0] if sure else None,
            "candidates": found[1:] if sure else found}


def describe(kb: KB, place: PlaceRow, match: Match | None = None,
             name_zh: str | None = None) -> dict[str, Any]:
    """A place as an answer: ids, names, status (current, renamed, dissolved or
    subdivision), successors of a dissolved state, and how the name matched it."""
    status = ("dissolved" if place.status == "dissolved" else
              "renamed" if match is not None and match.how == "former" else
              "subdivision" if place.kind == "subdivision" else "current")
    return {"id": place.id, "kind": place.kind, "name": place.name,
            "name_zh": name_zh or chinese_name(kb, place.id), "country": place.country,
            "status": status, "successors": successors(kb, place.id),
            "matched": match.name if match else None,
            "matched_by": match.how if match else None,
            "confidence": round(match.confidence, 3) if match else None,
            "year": match.year if match else None}


def territories(kb: KB, lang: str = "en") -> list[dict[str, Any]]:
    """Every territory, described, in English order or (``lang="zh"``) in pinyin order of
    their Chinese names, as Chinese readers expect a list."""
    rows = [describe(kb, p) for p in by_english(kb.places())]
    return by_chinese(rows) if lang == "zh" else rows


def seed_answers(kb: KB, lang: str = "en") -> list[dict[str, Any]]:
    """The sample site's 204 footer names, as it spells them and in its order (or in
    pinyin order), each with its answer."""
    resolver = Resolver(kb)
    rows = [answer(kb, resolver, name, 1) for name in seed_territories()]
    if lang != "zh":
        return rows
    return by_chinese(rows, lambda r: r["answer"] or {})


def by_chinese(rows: list[dict[str, Any]],
               described: Callable[[dict[str, Any]], dict[str, Any]] = lambda r: r,
               ) -> list[dict[str, Any]]:
    """Rows in pinyin order of their places' Chinese names; places without one last."""
    return sorted(rows, key=lambda r: (
        described(r).get("name_zh") is None,
        pinyin.sort_key(described(r).get("name_zh") or "", place=True)))


def successors(kb: KB, place_id: str) -> list[str]:
    """The ids of the places a dissolved state became (none for any other place)."""
    for fact in kb.facts(place_id, "dissolution"):
        if isinstance(fact.value, dict) and "successors" in fact.value:
            return [str(s) for s in fact.value["successors"]]
    return []
