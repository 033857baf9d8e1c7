"""Capitals: "X, the capital of Y", "Y's capital, X", "the capital, X" under Y's heading."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz

from loci.check.context import subjects
from loci.check.document import Document, Sentence
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.mentions import mentions
from loci.check.rules import rule
from loci.check.rules._common import NAME, POSSESSIVE, Lazy, evidence, list_names
from loci.kb import FactRow, PlaceRow
from loci.places.geo import haversine_km

_ROLE = (r"(?:(?P<role>constitutional|administrative|legislative|judicial|royal|official|"
         r"political|executive)\s+)?")
_CAPITAL = rf"{_ROLE}capital(?:\s+city)?"
_PATTERNS = Lazy(
    (rf"(?P<city>{NAME})\s*,\s+(?:the\s+)?{_CAPITAL}\s+of\s+(?:the\s+)?(?P<country>{NAME})"),
    (rf"(?P<city>{NAME})\s+(?:is|remains)\s+(?:the\s+)?{_CAPITAL}\s+of\s+(?:the\s+)?"
     rf"(?P<country>{NAME})"),
    (rf"(?P<country>{NAME}){POSSESSIVE}\s+{_CAPITAL}(?:\s*,\s+|\s+is\s+)(?P<city>{NAME})"),
    (rf"\b[Tt]he\s+{_CAPITAL}\s+of\s+(?:the\s+)?(?P<country>{NAME})(?:\s*,\s+|\s+is\s+)"
     rf"(?P<city>{NAME})"),
    (rf"\b[Tt]he\s+{_CAPITAL}(?:\s*,\s+|\s+is\s+)(?P<city>{NAME})"),
    (rf"(?P<city>{NAME})\s*,\s+the\s+{_CAPITAL}\s*(?=[,.;)]|\s+(?:is|has|was|sits|lies))"),
)
_UNTIL = re.compile(r"\s*,?\s*(?:until|till|before|from\s+\d{4}\s+to)\b")
_SAME_CITY_KM = 12  # Cotonou is 29 km from Porto-Novo


@dataclass(frozen=True, slots=True)
class _Claim:
    start: int
    end: int
    city: str
    country: PlaceRow
    role: str | None


@rule("LC201", "wrong-capital", "capital", "error")
def wrong_capital(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A city called the capital of a country whose capital is another.

    Why: capitals are the most checked fact in any guide; Blantyre for Malawi
    or Cotonou for Benin (its seat of government, not its capital) tell a
    reader the rest cannot be trusted either.

    Example:
        Blantyre, the capital of Malawi, sits in the Shire Highlands.

    Instead:
        Lilongwe, the capital of Malawi, sits on the central plateau.

    Data: the Factbook's capitals with their roles (Bolivia: La Paz
    administrative, Sucre constitutional; Eswatini: Mbabane and Lobamba; Benin:
    Porto-Novo, with Cotonou the seat of government) and GeoNames to tell two
    spellings of one city apart. A past claim ("was the capital until 1975")
    is not checked.
    """
    for sentence in doc.sentences:
        if "capital" not in sentence.text:
            continue
        for claim in _claims(doc, know, sentence):
            hit = _verify(know, claim)
            if hit is not None:
                yield hit


def _claims(doc: Document, know: Knowledge, sentence: Sentence) -> Iterator[_Claim]:
    seen: set[int] = set()
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence.text):
            start = sentence.start + m.start("city")
            if start in seen or _UNTIL.match(sentence.text, m.end()):
                continue
            country = _country(doc, know, sentence, m)
            if country is not None:
                seen.add(start)
                yield _Claim(start, sentence.start + m.end("city"), m.group("city"), country,
                             m.group("role"))


def _country(doc: Document, know: Knowledge, sentence: Sentence,
             m: re.Match[str]) -> PlaceRow | None:
    named = m.groupdict().get("country")
    if named:
        return know.territory(named)
    others = {t.id: t for x in mentions(know, sentence.text, sentence.start)
              if not m.start("city") <= x.start - sentence.start < m.end("city")
              and (t := know.territory_of(x.match.place)) is not None}
    if len(others) == 1:
        return next(iter(others.values()))
    if others:
        return None
    return next((t for p in subjects(doc, know, sentence)
                 if (t := know.territory_of(p)) is not None), None)


def _verify(know: Knowledge, claim: _Claim) -> Hit | None:
    facts = [f for f in know.facts(claim.country.id, "capital") if isinstance(f.value, dict)]
    if not facts:
        return Hit(claim.start, claim.end, f"no capital of {claim.country.name} is on record",
                   decided=False)
    same = [f for f in facts if _same_name(know, claim.city, f.value["name"])] or \
        [f for f in facts if _same_city(know, claim.city, f.value)]
    names = [f.value["name"] for f in facts]
    if not same:
        return Hit(claim.start, claim.end,
                   f"{claim.city} is not the capital of {claim.country.name}: "
                   f"{_describe(facts)}", list_names(names), evidence(facts[0],
                                                                   _fact_text(facts)))
    return _role_hit(claim, same[0], facts)


def _role_hit(claim: _Claim, fact: FactRow, facts: list[FactRow]) -> Hit | None:
    role = fact.value.get("role") or ""
    if claim.role and claim.role not in role and role:
        return Hit(claim.start, claim.end,
                   f"{claim.city} is {claim.country.name}'s {role} capital, not its "
                   f"{claim.role} one: {_describe(facts)}", None,
                   evidence(fact, _fact_text(facts)), severity="warning")
    if not claim.role and role == "seat of government":
        others = [f.value["name"] for f in facts
                  if f is not fact and f.value.get("role") != "seat of government"]
        return Hit(claim.start, claim.end,
                   f"{claim.city} is {claim.country.name}'s seat of government; its capital "
                   f"is {list_names(others)}", list_names(others) if others else None,
                   evidence(fact, _fact_text(facts)), severity="warning")
    return None


def _same_name(know: Knowledge, written: str, name: str) -> bool:
    return fuzz.ratio(know.norm(written), know.norm(name)) >= 90


def _same_city(know: Knowledge, written: str, capital: dict[str, Any]) -> bool:
    """Two spellings of one city (Kiev, Kyiv): GeoNames puts them at the capital's place."""
    name = capital["name"]
    lat, lon = capital.get("lat"), capital.get("lon")
    cities = [m.place for m in know.exact(written, ("city",))]
    if lat is not None and lon is not None:
        return any(haversine_km(lat, lon, c.lat, c.lon) < _SAME_CITY_KM for c in cities
                   if c.lat is not None and c.lon is not None)
    ids = {m.place.id for m in know.exact(name, ("city",))}
    return bool(ids & {c.id for c in cities})


def _describe(facts: list[FactRow]) -> str:
    if len(facts) == 1:
        return f"the capital is {facts[0].value['name']}"
    return "the capitals are " + list_names([_fact_text([f]) for f in facts])


def _fact_text(facts: list[FactRow]) -> str:
    return "; ".join(f"{f.value['name']} ({f.value['role']})" if f.value.get("role")
                     else f.value["name"] for f in facts)
