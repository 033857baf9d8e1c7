"""Capitals: a city called a territory's capital, in any phrasing the claim layer reads."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from rapidfuzz import fuzz

from loci.check.claims import Claim, claims
from loci.check.context import Context, context, heading_place
from loci.check.document import Document
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    NAME,
    evidence,
    list_names,
    name_of,
    owner_of,
)
from loci.kb import FactRow, PlaceRow
from loci.places.geo import haversine_km

_SAME_CITY_KM = 12  # Cotonou is 29 km from Porto-Novo


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
    spellings of one city apart. The claim is read in apposition or after a
    copula, either way round ("Lilongwe, Malawi's capital", "In Lilongwe, the
    capital, ...", "the Malawian capital, Lilongwe") or where it is said to be ("with
    its capital at Lilongwe", "Malawi's capital sits at ...", "Malawi is governed from
    ..."), its country from its own
    words or else from the context; "X is not the capital" is checked as a
    denial. "The official capital" is the capital by law (a constitutional,
    legislative or political one), and "the seat of government" is checked against
    a seat the Factbook names. A past claim ("was the capital until 1975"), a
    province's or state's capital and a figurative one ("the cultural capital") are
    not checked, nor a capital after a sentence about a province ("... lies Khovd
    province. Its capital, ..."). A fact sheet's "Main town" need not be the capital: only
    a town surely of another territory (its capital, or a city of 100,000 there) is
    reported.
    """
    for claim in [*claims(doc, know, "capital"), *_governed_from(doc, know)]:
        if _an_islands_own(doc, know, claim):
            continue
        hit = _verify(know, claim, context(doc, know))
        if hit is not None:
            yield hit


def _an_islands_own(doc: Document, know: Knowledge, claim: Claim) -> bool:
    """ "Funchal, the island's capital" under "## Madeira": the capital of an island that
    is part of a territory, not the territory's, unless a heading or the sentence names
    the territory itself ("## Malta")."""
    if claim.explicit or _ISLAND_OWNER.search(claim.sentence.text) is None:
        return False
    territory = claim.territory or _own_territory(know, claim.value, set())
    named = [heading_place(know, h) for h in doc.heading_chain(claim.sentence)]
    return territory is not None and territory not in named and \
        territory.name not in claim.sentence.text


_ISLAND_OWNER = re.compile(r"\b[Tt]he\s+(?:island|islands|archipelago)['’]s?\s+capital\b")


def _governed_from(doc: Document, know: Knowledge) -> Iterator[Claim]:
    """ "Honduras is governed from San Pedro Sula": the city a territory is governed from
    is its seat of government, claimed as its capital."""
    ctx = context(doc, know)
    for sentence in doc.sentences:
        if " from " not in sentence.text:
            continue
        for m in _GOVERNED.finditer(sentence.text):
            named = m.group("owner")[:1].isupper()  # a name, or "the country"
            owner = know.territory(m.group("owner")) if named else None
            if named and owner is None:
                continue  # "Yunnan is governed from Kunming": no territory's
            territory = owner or ctx.subject(sentence)
            city = m.group("city").rstrip(".")
            start = sentence.start + m.start("city")
            yield Claim("capital", sentence, start, start + len(city), city, territory,
                        owner is not None, False, frozenset(),
                        m.group("owner") if owner else None,
                        "phrase" if owner else "context", "seat of government")


_GOVERNED = re.compile(rf"(?P<owner>{NAME}|(?<=\b[Tt]he\s)(?:country|nation|kingdom|republic|"
                       r"island|islands|archipelago))\s+(?:is|are)\s+(?:still\s+|now\s+)?"
                       r"(?:governed|ruled|administered)\s+from\s+"
                       rf"(?P<city>{NAME})")


def _verify(know: Knowledge, claim: Claim, ctx: Context) -> Hit | None:
    own = _own_territory(know, claim.value, {t.id for t in ctx.topics(claim.sentence)})
    if own is None and not claim.explicit:
        return Hit(claim.start, claim.end, f"{claim.value} is no place loci knows",
                   decided=False)  # "in the capital, the ICU fled": no apposition at all
    territory = claim.territory or own
    if territory is None:
        return Hit(claim.start, claim.end, f"cannot tell which country {claim.value} would "
                   "be the capital of", decided=False)
    facts = _capitals(know, territory)
    if not facts:
        return Hit(claim.start, claim.end, f"no capital of {name_of(territory)} is on record",
                   decided=False)
    same = _same(know, claim.value, facts)
    if claim.negated:
        return None if not same else Hit(
            claim.start, claim.end, f"{claim.value} is the capital of {name_of(territory)}",
            None, evidence(facts[0], _fact_text(facts)))
    if not same and not claim.explicit and own is not None and own.id != territory.id \
            and _same(know, claim.value, _capitals(know, own)) \
            and ((sentence_names(claim) and not _opened_by(know, claim, territory))
                 or _topic(ctx, claim, own)):
        return None  # "Vientiane, the capital, is far from Kunming": Laos's, rightly
    if not same and claim.cue in _TOWN_KEYS:  # "| Aruba | Willemstad |" under "Main town"
        return None if own is None or not _elsewhere(know, claim.value, territory, own) else Hit(
            claim.start, claim.end, f"{claim.value} is not a town of {name_of(territory)}: "
            f"{_describe(facts)}", list_names([f.value["name"] for f in facts]),
            evidence(facts[0], _fact_text(facts)))
    if not same:
        return Hit(claim.start, claim.end,
                   f"{claim.value} is not the capital of {name_of(territory)}: {_describe(facts)}",
                   list_names([f.value["name"] for f in facts]),
                   evidence(facts[0], _fact_text(facts)))
    return _role_hit(claim, territory, same[0], facts)


def sentence_names(claim: Claim) -> bool:
    """Whether the claim's own sentence gave it its territory (by naming other places),
    rather than a heading or the paragraph: the writer may mean the value's country."""
    return claim.territory_from == "sentence"


def _opened_by(know: Knowledge, claim: Claim, territory: PlaceRow) -> bool:
    """Whether the claim's sentence opens with the territory as its frame or its owner
    ("Chad's festivities fill the streets of Yaounde, the capital", "In Malawi, ..."):
    the capital named later is the one it claims for that territory."""
    m = _OPENING.match(claim.sentence.text)
    return m is not None and know.territory(m.group("name")) == territory


_OPENING = re.compile(r"\s*(?:(?:In|Across|Throughout)\s+(?P<frame>)|)(?P<name>[A-Z][\w’'-]*"
                      r"(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,3})(?(frame),|['’]s\b)")


def _topic(ctx: Context, claim: Claim, territory: PlaceRow) -> bool:
    """Whether the territory is what the heading or the article's title is about, where
    the claim took another from an earlier sentence: in a guide to Haiti, "the capital,
    Port-au-Prince" is Haiti's even after a sentence about Puerto Rico."""
    return claim.territory_from == "context" and (
        territory in ctx.topics(claim.sentence) or territory.id in ctx.listed_territories)


def _capitals(know: Knowledge, territory: PlaceRow) -> list[FactRow]:
    return [f for f in know.facts(territory.id, "capital") if isinstance(f.value, dict)]


def _same(know: Knowledge, written: str, facts: list[FactRow]) -> list[FactRow]:
    """The capitals a written name is (the Factbook's "Grand Turk (Cockburn Town)" is
    either name)."""
    return [f for f in facts if any(_same_name(know, written, name)
                                    for name in re.split(r"\s*[()]\s*", f.value["name"])
                                    if name)] or \
        [f for f in facts if _same_city(know, written, f.value)]


def _elsewhere(know: Knowledge, name: str, territory: PlaceRow, own: PlaceRow) -> bool:
    """Whether a name is surely a town of another territory than ``territory``: that
    territory's capital or a city of 100,000 there, and no town of the name is in
    ``territory`` (GeoNames lacks the smallest: Jersey's Gorey is not in it, Ireland's is)."""
    places = [m.place for m in know.exact(name, ("city",))]
    if own == territory or any(know.territory_of(p) == territory for p in places):
        return False
    return bool(_same(know, name, _capitals(know, own))) or any(
        (p.population or 0) >= _BIG_TOWN for p in places)


_BIG_TOWN = 100_000


def _own_territory(know: Knowledge, name: str, topics: set[str]) -> PlaceRow | None:
    """The territory of the place a name means, if it names one: one in a territory the
    heading or the title is about (under "Montserrat", its Plymouth, not England's), else
    one that is its territory's capital ("San José, the capital": Costa Rica's, not the
    larger Californian one), else the largest of the name."""
    places = [m.place for m in know.exact(name)]
    home = [p for p in places if p.country in topics or p.id in topics]
    capitals = [p for p in places if (t := know.territory_of(p)) is not None
                and _same(know, name, _capitals(know, t))]
    place = max(home or capitals or places, key=lambda p: p.population or 0, default=None)
    return know.territory_of(place) if place is not None else None


def _role_hit(claim: Claim, territory: PlaceRow, fact: FactRow,
              facts: list[FactRow]) -> Hit | None:
    role = fact.value.get("role") or ""
    said = next((w for w in sorted(claim.words) if w in _ROLES), None)
    if said and role and said not in role and not any(r in role for r in _SAME.get(said, ())):
        kind = role if role.startswith("seat of") else f"{role} capital"
        return Hit(claim.start, claim.end,
                   f"{claim.value} is {owner_of(territory)} {kind}, not its "
                   f"{said} capital: {_describe(facts)}", None,
                   evidence(fact, _fact_text(facts)), severity="warning")
    seats = [f for f in facts if (f.value.get("role") or "").startswith("seat of")]
    seat = claim.cue.startswith("seat")  # "Cotonou is the seat of government": no capital
    if seat and seats and fact not in seats:
        kind = f"{role} capital" if role else "capital"
        return Hit(claim.start, claim.end,
                   f"{claim.value} is {owner_of(territory)} {kind}; its "
                   f"{seats[0].value['role']} is {seats[0].value['name']}",
                   seats[0].value["name"], evidence(fact, _fact_text(facts)),
                   severity="warning")
    if not said and role.startswith("seat of") and not seat:
        others = [f.value["name"] for f in facts
                  if f is not fact and not (f.value.get("role") or "").startswith("seat of")]
        return Hit(claim.start, claim.end,
                   f"{claim.value} is {owner_of(territory)} {role}; its capital "
                   f"is {list_names(others)}", list_names(others) if others else None,
                   evidence(fact, _fact_text(facts)), severity="warning")
    return None


# A fact sheet's keys for a town that need not be the capital: only one of another
# territory's is wrong
_TOWN_KEYS = frozenset({"main town", "chief town", "principal town", "main settlement"})
# "the official capital" is the capital by law: the Factbook's constitutional, legislative
# or political one (Porto-Novo, Yamoussoukro, Gitega), not a seat of government
_SAME = {"official": ("constitutional", "legislative", "political")}
# The roles the Factbook gives capitals: a claim naming one is checked against it.
_ROLES = frozenset({"constitutional", "administrative", "legislative", "judicial", "royal",
                    "executive", "political", "official"})


def _same_name(know: Knowledge, written: str, name: str) -> bool:
    """One name spelt closely, with or without "City" ("Djibouti City" is the Factbook's
    Djibouti, "Kuwait" its Kuwait City)."""
    a, b = (_CITY.sub("", know.norm(n)) for n in (written, name))
    return fuzz.ratio(a, b) >= 90


_CITY = re.compile(r"\s+city$|^city\s+of\s+")


def _same_city(know: Knowledge, written: str, capital: dict[str, Any]) -> bool:
    """Two spellings of one city (Kiev, Kyiv): GeoNames has both where the capital is.

    The capital is placed by its own name in GeoNames; the Factbook's coordinates
    only when GeoNames lacks the name (they can be stale: Tanzania's are Dar es
    Salaam's, its capital before Dodoma).
    """
    cities = [m.place for m in know.exact(written, ("city",))]
    ids = {m.place.id for m in know.exact(capital["name"], ("city",))}
    if ids:
        return bool(ids & {c.id for c in cities})
    lat, lon = capital.get("lat"), capital.get("lon")
    return lat is not None and lon is not None and any(
        haversine_km(lat, lon, c.lat, c.lon) < _SAME_CITY_KM for c in cities
        if c.lat is not None and c.lon is not None)


def _describe(facts: list[FactRow]) -> str:
    if len(facts) == 1:
        return f"the capital is {facts[0].value['name']}"
    return "the capitals are " + list_names([_fact_text([f]) for f in facts])


def _fact_text(facts: list[FactRow]) -> str:
    return "; ".join(f"{f.value['name']} ({f.value['role']})" if f.value.get("role")
                     else f.value["name"] for f in facts)
