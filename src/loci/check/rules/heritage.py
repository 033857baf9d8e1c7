"""Heritage: a site called a World Heritage Site, and a territory's count of them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from rapidfuzz.distance import Levenshtein

from loci.check import cues
from loci.check.claims import Claim, claims, field_territory, fields
from loci.check.context import context, section_end, section_label, section_start
from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.mentions import best_place, small_alias
from loci.check.rules import rule
from loci.check.rules._common import (
    evidence,
    name_of,
    owned,
    owner_of,
    tokens,
)
from loci.check.values import NAME, NEAR, split_list
from loci.kb import FactRow, PlaceRow, SourceRef
from loci.text import NUMBER_WORDS

# Words of a site's name that say what kind of place it is, not which.
_GENERIC = frozenset({"national", "park", "site", "sites", "historic", "historical", "ancient",
                      "area", "areas", "complex", "centre", "center", "reserve", "city", "town",
                      "old", "sacred", "scenic", "unesco", "world", "heritage", "district",
                      "county", "landscape", "monuments", "monument", "buildings", "ensemble"})


@rule("LC211", "not-world-heritage", "heritage", "error")
def not_world_heritage(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A place called a UNESCO World Heritage Site that is not on the territory's list.

    Why: "UNESCO-listed" is the label drafting tools reach for to make any
    temple or park sound important; the list is public and finite.

    Example:
        Near Anshan lies Qianshan National Park, a UNESCO-listed Daoist sanctuary.

    Instead:
        Near Anshan lies Qianshan National Park, a Daoist sanctuary of temples and granite peaks.

    Data: the Factbook's World Heritage sites and count per territory, names
    matched loosely (accents, "the", word order, words like "National Park").
    Where the Factbook lists only "selected" sites, an unmatched claim is a
    warning. A site the sentence says is shared by territories ("shared by Peru and
    Bolivia") is checked against each of their lists, and a table row that says yes in
    a World Heritage column ("| Nizwa Fort | Oman | Yes |") claims its site. The claim is
    read in the claim layer's frames, with UNESCO as the lister ("UNESCO has inscribed X on
    its World Heritage List", "X, which UNESCO lists as ...") and a site that "joined the
    World Heritage List" or "earned World Heritage status", one "(proudly) listed among
    Peru's World Heritage Sites", "one of the country's ...", "has (also) been enrolled by
    UNESCO as", "protected as", "UNESCO-inscribed", "World Cultural Heritage", and a
    heading's apposition ("## 4. Petra, a UNESCO World Heritage Site"). One building of a
    town is not another ("the Sydney Harbour Bridge" is not the Opera House). "Its Hagia
    Sophia" names a site by itself, and it, or a thing "part of" a World Heritage Site, is
    right when the town its sentence (or the one before) names gives its name to a listed
    site (the Historic Areas of Istanbul); a site "near", "around" or "on" a town ("the
    Koguryo tombs near Ji'an") is checked without the town, in the town's territory; one
    "which our guide described as" a site is claimed too. A site
    named for the town it is "of" ("the Salar de Uyuni") is that town's territory's where
    nothing around names one, and a site the context placed wrongly is right when it is
    on the list of another territory its section names, itself or by a town of any size
    ("Taputapuātea" after Papeete). A country the Factbook gives no site (Bhutan) has
    none, except the few whose sites are inscribed under another state or missing from
    the Factbook (check/data/heritage.toml).
    """
    for claim in claims(doc, know, "heritage"):
        name, territory = claim.value, claim.territory
        if not any(w[:1].isupper() for w in name.split()[1:]) and (
                name[:1].islower() or name.split()[0] in _POINTING):
            name = _referent(doc, know, claim)  # "the wall": the one the text named before
            if not name:
                continue
        where = _IN_TERRITORY.match(name)
        if where and (named_in := know.territory(where.group(2))) is not None:
            name, territory = where.group(1), named_in  # "Lake Atitlán in Guatemala"
        elif (near := _NEAR_TOWN.match(name)) is not None:
            name = near.group(1)  # "the tombs of the Koguryo kingdom near Ji'an": the
            # tombs, in the territory of the town they are near (a town found by another
            # of its names only, "AlUla" for Somalia's Caluula, does not overrule the context)
            town = know.sole_territory(near.group(2), ("city",))
            if town is not None and (territory is None or not all(
                    map(small_alias, know.exact(near.group(2), ("city",))))):
                territory = town
        if (its := owned(know, name)) is not None:
            territory, name = its  # "Bhutan's Tiger's Nest"
        hit = _verify(know, claim.start, name, territory, claim.end)
        if territory is None and (sharing := _sharing(know, claim.sentence.text)):
            hit = _shared(know, claim, name, sharing)  # "Lake Titicaca, shared by Peru and ..."
        if hit is not None and hit.decided and territory is claim.territory \
                and _from_its_own_name(doc, know, claim) \
                and _listed_on_topic(doc, know, claim, name):
            hit = None  # "the islands" after a sentence on Britain, in a guide to the islands;
            # "Memphis and its Necropolis" under "## Egypt" (Memphis, Tennessee is no site)
        if hit is not None and hit.decided and claim.territory_from == "context" and (
                _listed_nearby(doc, know, claim, name, territory)
                or _listed_by_name(know, claim, name)):
            hit = None  # "Taputapuātea on Raiatea" in a section on New Caledonia and Papeete:
            # French Polynesia's, which the section names too; "Machu Picchu" in a section
            # after one on Chile: a site on another's list by its own name is that one's
        if hit is not None and hit.decided and territory is not None and \
                _part_of_town_site(doc, know, claim, territory):
            hit = None  # "Istanbul ... Its Hagia Sophia is part of a World Heritage Site": of
            # the Historic Areas of Istanbul
        if claim.negated:  # a listed site denied: the sentence naming it is the claim
            denial = _denied(know, claim, name, hit)
            if denial is not None:
                yield denial
        elif hit is not None and not _names_listed_site(know, claim.sentence.text, territory):
            yield hit
    yield from _table_rows(doc, know)
    yield from _counts(doc, know)
    for sentence in doc.sentences:
        if "UNESCO" in sentence.text or "Heritage" in sentence.text:
            yield from _has_sites(know, sentence.start, sentence.text)


_POINTING = frozenset({"The", "This", "These", "Those", "Its", "Their"})  # to a site named before


def _from_its_own_name(doc: Document, know: Knowledge, claim: Claim) -> bool:
    """Whether the claim's territory came from the context or from a place in the site's
    own name, not from the sentence's other words ("Memphis and its Necropolis")."""
    if claim.territory_from in ("context", "value"):
        return True
    return claim.territory_from == "sentence" and \
        context(doc, know).own(claim.sentence, (claim.start, claim.end)) is None


def _listed_nearby(doc: Document, know: Knowledge, claim: Claim, name: str,
                   territory: PlaceRow | None) -> bool:
    """Whether the site is on the list of another territory that its section (up to the
    claim) names, by its own name or a town's of any size: a territory the context guessed
    is not the one the writer meant ("Taputapuātea on Raiatea" after Papeete)."""
    places = _places_named(doc, know, section_start(doc, claim.start))
    named = {t.id: t for at, _, t in places if at < claim.sentence.end and t != territory}
    return any(_verify(know, claim.start, name, t, claim.end) is None for t in named.values())


def _listed_by_name(know: Knowledge, claim: Claim, name: str) -> bool:
    """Whether a listed site of some territory bears the name as its own (the whole name,
    not a word of it): the territory the context guessed is not the writer's."""
    key = know.norm(name.removeprefix("the ").removeprefix("The "))
    return len(key) > 3 and key in _all_sites(know)


def _all_sites(know: Knowledge) -> frozenset[str]:
    """Every territory's listed sites' names, as keys, made once per run."""
    found: frozenset[str] | None = know.memo.get("heritage-all-sites")
    if found is None:
        found = know.memo["heritage-all-sites"] = frozenset(
            know.norm(site) for place in know.kb.places() if place.is_territory
            for site in _listed(know, place))
    return found


_NEAR_TOWN = re.compile(rf"(.+?)\s+(?:{NEAR}|on)\s+({NAME})$")


def _part_of_town_site(doc: Document, know: Knowledge, claim: Claim,
                       territory: PlaceRow) -> bool:
    """Whether a thing said to be "part of" a World Heritage Site, or a town's own ("Its
    Hagia Sophia"), stands in a town that names one of the territory's listed sites, the
    town named in its sentence or the one before ("Istanbul ... Its Hagia Sophia": the
    Historic Areas of Istanbul)."""
    of = _OF_A_TOWN.search(claim.value)
    if not _PART_OF.search(claim.sentence.text) and not _OWNED.match(claim.value) and of is None:
        return False  # (a town's own building, "Its Blue Mosque", "the Great Mosque of
        # Djenné", "Djenné's Great Mosque", is of the town's site)
    ctx = context(doc, know)
    sentences = [claim.sentence]
    if (before := doc.sentence_before(claim.sentence)) is not None:
        sentences.append(before)
    towns = {know.norm(m.match.place.name) for s in sentences for m in ctx.mentions(s)
             if m.match.place.kind == "city" and know.territory_of(m.match.place) == territory}
    town = of.group("town") or of.group("owner") if of is not None else None
    if town and know.territory(town) is None:  # the town the name holds ("Colombia's X" is
        # the country's: no town of that name)
        towns |= {know.norm(m.place.name) for m in know.exact(town, ("city",))
                  if know.territory_of(m.place) == territory}
    # (a site that is one building holds no other thing: the Sydney Opera House is no
    # part of a bridge)
    sites = [know.norm(site) for site in _listed(know, territory)
             if not _BUILDINGS.intersection(tokens(site))]
    return any(re.search(rf"\b{re.escape(town)}\b", site) for town in towns for site in sites)


_PART_OF = re.compile(r"\b(?:part|parts|one)\s+of\s+(?:a|the|an)\s+(?:\w+\s+){0,3}?"
                      r"(?:UNESCO|World\s+Heritage)", re.I)


def _places_named(doc: Document, know: Knowledge, start: int) -> list[tuple[int, str, PlaceRow]]:
    """The territories the capitalised names of the section from ``start`` stand for,
    themselves or by a town, as (offset, id, territory): found once per section (a long
    section asks for each of its claims)."""
    memo: dict[int, list[tuple[int, str, PlaceRow]]] = doc.memo.setdefault("heritage-places", {})
    if start not in memo:
        end = section_end(doc, start)
        memo[start] = [(m.start(), t.id, t) for m in _CAPITALISED.finditer(doc.masked, start, end)
                       if (match := best_place(know, m.group())) is not None
                       and (t := match.place if match.place.is_territory
                            else know.territory_of(match.place)) is not None]
    return memo[start]


def _listed_on_topic(doc: Document, know: Knowledge, claim: Claim, name: str) -> bool:
    """Whether the site is on the list of what the sentence (its value aside), the heading
    or the title is about, where the claim took another territory from an earlier
    sentence or from a place in the site's own name."""
    ctx = context(doc, know)
    around = [ctx.subject(claim.sentence, (claim.start, claim.end)), *ctx.topics(claim.sentence)]
    return any(t is not None and t != claim.territory and
               _verify(know, claim.start, name, t, claim.end) is None for t in around)


def _referent(doc: Document, know: Knowledge, claim: Claim) -> str:
    """What "the wall" refers to: the last name before it that ends in that noun, else the
    noun with the article's own place ("the wall" in a piece on Xi'an: Xi'an's wall)."""
    if claim.value.split()[0].lower() in ("its", "their") and (
            town := _possessor(know, doc.masked[claim.sentence.start:claim.start])):
        return town  # "Asmara ..., and its modernist streets are ...": Asmara's
    noun = claim.value.split(" of ")[0].split()[-1].lower()  # "the forts of the coast": forts
    # within its section: a name under an earlier heading or label is another place's
    floor = max(claim.sentence.start - 3000, section_start(doc, claim.start))
    before = doc.masked[max(0, floor):claim.start]
    found = [m.group(1) for m in _NAMED.finditer(before)
             if {noun, noun + "s"} & {w.lower() for w in m.group(1).split()}]
    if found:
        return found[-1]
    label = section_label(doc, claim.start)
    if label is not None and noun in _TOWN_NOUNS and \
            know.exact(name := label.group(1).split(",")[0].strip(), ("city",)):
        return name  # "**Antigua Guatemala:** ... the colonial city is ...": the town labelled
    title = (doc.article.meta.title or "").split(":")[0].strip()
    if not title and noun in _WHOLE:
        return ""  # "The whole complex is ...", after a sentence on its churches: no name
    return f"{title} {noun}".strip()


# Nouns for the whole of what a text has been describing, not one named thing in it
_WHOLE = frozenset({"compound", "complex", "ensemble", "enclosure", "precinct", "site",
                    "grounds", "area", "place"})


def _possessor(know: Knowledge, before: str) -> str | None:
    """The town "its" stands for: the last name before it in the sentence that is a town's
    and no territory's."""
    for m in reversed(list(_NAMED.finditer(before))):
        name = m.group(1)
        if know.exact(name, ("city",)) and know.territory(name) is None:
            return name
    return None


_NAMED = re.compile(rf"({NAME})")
# Capitalised words, one name a run ("Nouméa and Papeete" are two)
_CAPITALISED = re.compile(r"[A-Z\u00c0-\u00de][\w’'-]+(?:[ -][A-Z\u00c0-\u00de][\w’'-]+)*")
_TOWN_NOUNS = frozenset({"city", "town", "village", "port", "capital", "settlement"})


def _table_rows(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """ "| Nizwa Fort | Oman | Yes, inscribed 1987 |" under "| Site | Country | World
    Heritage? |": a row that says yes in a World Heritage column claims its site is
    inscribed."""
    for cells in doc.table_rows:
        said = next((f for f in cells if _HERITAGE_COLUMN.search(f.key)), None)
        site = next((f for f in cells if f.key in _SITE_COLUMNS), None)
        if said is None or site is None or not _YES.match(doc.text, said.start):
            continue
        name = doc.text[site.start:site.end].strip("*_ ")
        hit = _verify(know, site.start, name, field_territory(doc, know, said), site.end)
        if hit is not None:
            yield hit


_HERITAGE_COLUMN = re.compile(r"\b(?:world heritage|unesco)\b")
_SITE_COLUMNS = frozenset({"site", "sight", "place", "name", "monument", "attraction",
                           "landmark", "museum", "fort", "building"})
_YES = re.compile(r"[\s*_]*(?:yes|inscribed|listed)\b", re.I)


def _sharing(know: Knowledge, text: str) -> list[PlaceRow]:
    """The territories a sentence says its site is shared by ("shared by Peru and Bolivia",
    "straddling the border of Zambia and Zimbabwe"), when it names two or more."""
    m = _SHARED.search(text)
    if m is None:
        return []
    names = split_list(m.group("names"), lambda n: know.territory(n) is not None)
    found = [t for n in names if (t := know.territory(n))]
    return found if len(found) > 1 else []


def _shared(know: Knowledge, claim: Claim, name: str, sharing: list[PlaceRow]) -> Hit | None:
    """A site the sentence says is shared by territories: listed by any of them, it is
    listed; by none, the claim is wrong (a list that is only "selected" makes it a warning)."""
    hits = [_verify(know, claim.start, name, t, claim.end) for t in sharing]
    if any(h is None for h in hits) or not all(h is not None and h.decided for h in hits):
        return None
    written = [name_of(t) for t in sharing]
    names = f"{', '.join(written[:-1])} or {written[-1]}"
    first = hits[0]
    assert first is not None
    return replace(first, message=f"{name} is not on the World Heritage list of {names}")


# "shared by Peru and Bolivia", "straddling the border of A and B", "shared between A, B and C",
# opening the sentence too ("Shared by Peru and Bolivia, Lake Titicaca is ...")
_SHARED = re.compile(rf"\b(?:[Ss]hared\s+(?:by|between)|[Ss]traddl\w+\s+(?:the\s+border\s+"
                     rf"(?:of|between)\s+)?|[Oo]n\s+the\s+border\s+(?:of|between))\s+"
                     rf"(?P<names>(?:the\s+)?{NAME}(?:(?:,\s+|\s+and\s+)(?:the\s+)?{NAME})+)")
_IN_TERRITORY = re.compile(r"(.+?)\s+(?:in|at|near|on)\s+(.+)$")


def _denied(know: Knowledge, claim: Claim, name: str, hit: Hit | None) -> Hit | None:
    """ "X is not a World Heritage Site": wrong when X is on the list."""
    if hit is not None or claim.territory is None:
        return None  # not listed (or not decidable): the denial stands
    return Hit(claim.start, claim.end,
               f"{name} is a UNESCO World Heritage Site in {name_of(claim.territory)}", None,
               _site_evidence(know, claim.territory, name))


def _site_evidence(know: Knowledge, territory: PlaceRow, name: str) -> Evidence | None:
    sites = [f for f in know.facts(territory.id, "heritage-site") if isinstance(f.value, dict)]
    claim = [t for t in tokens(name) if t not in _GENERIC]
    same = [f for f in sites if _same_site(claim, f.value["name"])]
    return evidence(same[0]) if same else None


def _counts(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """ "Laos has five World Heritage Sites": the number against the Factbook's count."""
    ctx = context(doc, know)
    for sentence, first in doc.statements:
        if "Heritage" not in sentence.text and "UNESCO" not in sentence.text:
            continue
        seen: set[int] = set()
        for pattern in _count_patterns():
            for m in pattern.finditer(sentence.text):
                owner = _count_owner(know, m)
                territory = ctx.subject(sentence) if owner is None else owner
                start = sentence.start + m.start("n")
                if not isinstance(territory, PlaceRow) or start in seen or start < first:
                    continue
                seen.add(start)
                hit = _verify_count(know, start, sentence.start + m.end(), m, territory)
                if hit is not None:
                    yield hit
    yield from _field_counts(doc, know)


def _field_counts(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A fact sheet's "| World Heritage Sites | 4 |", about the sheet's territory."""
    field_count = re.compile(cues.table("heritage")["count_field"])
    for field in fields(doc, know, "heritage"):
        m = field_count.match(field.sentence.text)
        territory = field_territory(doc, know, field)
        if m is not None and territory is not None:
            hit = _verify_count(know, field.start, field.start + m.end(), m, territory)
            if hit is not None:
                yield hit


def _count_owner(know: Knowledge, m: re.Match[str]) -> PlaceRow | bool | None:
    """The territory a count names; False when it names another kind of place (a city's
    sites are not its country's) and None when it names none (the subject then counts)."""
    owner = m.groupdict().get("owner")
    if not owner:
        return None
    territory = know.territory(owner)
    if territory is not None:
        return territory
    return False if know.exact(owner) else None


@cache
def _has_pattern() -> re.Pattern[str]:
    listed = cues.table("heritage")["cue"]
    return re.compile(rf"(?P<name>{NAME})\s+(?:has|boasts|is\s+home\s+to)\s+(?:a|an|one|"
                      rf"several|many)\s+(?:[a-z]+\s+)?{listed}")


_NUMBERS = ("no", *NUMBER_WORDS[1:])


@cache
def _count_patterns() -> tuple[re.Pattern[str], ...]:
    parts = {"NAME": NAME, "CMP": cues.alternation("heritage", "count_cmp"),
             "N": r"\d{1,2}\b|" + "|".join(_NUMBERS),
             "SITES": cues.table("heritage")["count_sites"]}
    return cues.templates("heritage", "count", parts, re.M)


def _verify_count(know: Knowledge, start: int, end: int, m: re.Match[str],
                  territory: PlaceRow) -> Hit | None:
    counts = [f for f in know.facts(territory.id, "heritage-count")
              if f.key == "total" and isinstance(f.value, dict)]
    written = "one" if m.group("n").lower() == "only" else m.group("n").lower()
    said = _NUMBERS.index(written) if written in _NUMBERS else int(written)
    if not counts:
        if said == 0 or territory.id in cues.data("heritage.toml")["credited_elsewhere"]:
            return None
        return _no_sites(know, start, m.group(), territory, site=False)
    kind = m.groupdict().get("kind") or "total"
    actual = int(counts[0].value.get(kind) or 0)
    cmp = (m.groupdict().get("cmp") or "").lower()
    if _count_holds(cmp, said, actual):
        return None
    what = f"{kind} World Heritage Sites" if kind != "total" else "World Heritage Sites"
    return Hit(start, end, f"{name_of(territory, True)} has {actual} {what}, not "
               f"{'none' if said == 0 else written}", str(actual), evidence(counts[0]))


def _count_holds(cmp: str, said: int, actual: int) -> bool:
    if cmp in ("over", "more than", "at least", "no fewer than"):
        return actual >= said + (0 if cmp == "at least" or cmp == "no fewer than" else 1)
    if cmp in ("fewer than",):
        return actual < said
    if cmp in ("some", "about", "around"):
        return abs(actual - said) <= max(1, said // 10)
    return actual == said


def _verify(know: Knowledge, start: int, name: str, territory: PlaceRow | None,
            end: int) -> Hit | None:
    if territory is None:
        return Hit(start, end, f"cannot tell which territory {name} is in", decided=False)
    sites = [f for f in know.facts(territory.id, "heritage-site") if isinstance(f.value, dict)]
    listed = _listed(know, territory)
    if not listed:
        return _no_sites(know, start, name, territory, end=end)
    claim = [t for t in tokens(name) if t not in _GENERIC and t not in tokens(territory.name)]
    if (owned := _OWNED.match(name)) is not None:
        kinds = cues.words("heritage", "kinds")
        if not any(w[:1].isupper() and w.lower() not in kinds and w.lower() not in _GENERIC
                   for w in name[owned.end():].split()):
            # "Its Old Town": the town of a place named before ("Its Hassan II Mosque" is
            # named by itself)
            return Hit(start, end, f"'{name}' names no site by itself", decided=False)
    if not claim:
        named = [t for t in tokens(name) if t not in _GENERIC]
        if named and any(_same_site(named, site) for site in listed):
            return None  # "the islands" in Heard Island and McDonald Islands: listed whole
        return Hit(start, end, f"'{name}' is too generic to look up", decided=False)
    named = [t for t in claim if t not in cues.words("heritage", "kinds")]
    # one building is not another of the same town ("the Sydney Harbour Bridge" is not the
    # Opera House, though both leave "Sydney" once the kinds of place are set aside)
    building = _BUILDINGS.intersection(claim)
    # "the ruined city of Nan Madol": what the writer says of it, then its name
    # or its name, then what it is of ("the Forts and Castles of the coast")
    described = _DESCRIBED.match(name) or _OF_WHAT.match(name)
    proper = [t for t in tokens(described.group("name")) if t not in _GENERIC] \
        if described else []
    mountain = _mountains(claim)  # "Mount Tai" is the list's "Mount Taishan"

    def same(site: str) -> bool:
        return _same_site(claim, site) or (mountain != claim and _same_site(mountain, site)) \
            or (bool(named) and _same_site(named, site)
                and not (building and _BUILDINGS.intersection(tokens(site)) - building)
                and not _another_kind(know, claim, named, site)) \
            or (bool(proper) and _same_site(proper, site))

    if any(same(site) for site in listed):
        return None  # "the citadel of Tiwanaku": the site's name, with what kind of place
    claimed = _places_of(know, claim, territory)
    if any(_same_site(claimed, site) for site in _listed_by_place(know, territory)):
        return None
    return _not_listed(know, start, end, name, territory, sites)


def _another_kind(know: Knowledge, claim: list[str], named: list[str], site: str) -> bool:
    """Whether a listed site that shares a region's name with the claim is another kind of
    place with a name of its own: "Qinghai Lake" is not "Qinghai Hoh Xil" (no lake, and a
    name besides Qinghai's). A town's name is not enough ("Oaxaca Cathedral" stands in the
    town's listed centre), nor a site without another name ("Lake Ohrid" is the "Natural and
    Cultural Heritage of the Ohrid region")."""
    kinds = set(claim) - set(named)
    words = tokens(site)
    region = " ".join(named)
    return bool(kinds) and not kinds.intersection(words) and any(
        w not in claim and w not in _GENERIC and w not in know.english_words for w in words) \
        and bool(know.exact(region, ("subdivision",))) and not know.exact(region, ("city",))


# Kinds of place that are one building: two of them in a town are two sites.
_BUILDINGS = frozenset({"bridge", "tower", "house", "palace", "cathedral", "church", "mosque",
                        "temple", "statue", "gate", "castle", "fort", "fortress", "hall",
                        "museum", "monastery", "pagoda", "stupa", "basilica", "mausoleum",
                        "tomb", "minaret", "arch", "pavilion", "theatre", "theater", "opera"})
_DESCRIBED = re.compile(r"(?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)+of\s+(?:the\s+)?(?P<name>[A-Z].*)")
_OF_WHAT = re.compile(r"(?:[Tt]he\s+)?(?P<name>[A-Z].*?)\s+of\s+(?:the\s+|its\s+)?"
                      r"(?:[a-z][\w-]*\s*)+$")


def _mountains(words: list[str]) -> list[str]:
    """ "Mount Tai" as the list writes it in Chinese: "Mount Taishan" ("shan", a mountain)."""
    return [f"{w}shan" if i and words[i - 1] in ("mount", "mt") and not w.endswith("shan")
            else w for i, w in enumerate(words)]


def _places_of(know: Knowledge, words: list[str], territory: PlaceRow) -> list[str]:
    """Words that name one of the territory's towns as that town's id, so that spellings
    of one place meet ("Cusco's plaza" is in the "City of Cuzco")."""
    out = []
    kinds = cues.words("heritage", "kinds")
    for word in words:
        if word in kinds:  # "medina" is a kind of place, not the byname of Fès al Bali
            out.append(word)
            continue
        ids = [m.place.id for m in know.exact(word) if m.place.kind == "city"
               and m.place.country == territory.id]
        out.append(f"place{ids[0]}" if len(ids) == 1 else word)
    return out


def _listed_by_place(know: Knowledge, territory: PlaceRow) -> list[str]:
    """The territory's listed sites with their towns as ids (see ``_places_of``), made
    once per territory."""
    memo: dict[str, list[str]] = know.memo.setdefault("heritage-by-place", {})
    if territory.id not in memo:
        memo[territory.id] = [" ".join(_places_of(know, tokens(site), territory))
                              for site in _listed(know, territory)]
    return memo[territory.id]


def _has_sites(know: Knowledge, offset: int, text: str) -> Iterator[Hit]:
    """ "Samoa has a UNESCO-listed coast": wrong wherever the territory has no site."""
    for m in _has_pattern().finditer(text):
        territory = know.territory(m.group("name"))
        if territory is not None and not _listed(know, territory):
            hit = _no_sites(know, offset + m.start("name"), m.group(), territory, site=False)
            if hit.decided:
                yield hit


_OWNED = re.compile(r"(?i:its|their|his|her|our|my|your)\s")
# A building of a named town: "the Great Mosque of Djenné", "Djenné's Great Mosque"
_OF_A_TOWN = re.compile(r"^(?:[Tt]he\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:of|in)\s+"
                        r"(?P<town>[A-Z][\w’'-]+)$|^(?P<owner>[A-Z][\w’'-]+)['’]s\s+[A-Z]")


def _listed(know: Knowledge, territory: PlaceRow) -> list[str]:
    sites = [f.value["name"] for f in know.facts(territory.id, "heritage-site")
             if isinstance(f.value, dict)]
    missing: list[str] = cues.data("heritage.toml")["missing"].get(territory.id, [])
    return sites + missing


def _names_listed_site(know: Knowledge, sentence: str, territory: PlaceRow | None) -> bool:
    """ "..., part of the Imperial Palaces of the Ming and Qing Dynasties": the sentence
    itself names the listed site the place belongs to."""
    if territory is None:
        return False
    words = tokens(sentence)
    sites = [[t for t in tokens(name) if t not in _GENERIC] for name in _listed(know, territory)]
    return any(site and all(any(_same_word(s, w) for w in words) for s in site)
               for site in sites)


def _same_site(claim: list[str], site: str) -> bool:
    site_tokens = [t for t in tokens(site) if t not in _GENERIC]
    if not site_tokens:
        return False

    def within(a: list[str], b: list[str]) -> bool:
        return all(any(_same_word(x, y) for y in b) for x in a)

    return within(claim, site_tokens) or within(site_tokens, claim) or \
        _joined(claim, site_tokens)


def _joined(claim: list[str], site: list[str]) -> bool:
    """The claim's words run together match some of the site's, a slip or two apart:
    "Luang Prabang" is the Factbook's "Town of Luangphrabang"."""
    written = "".join(claim)
    if len(written) < 8:
        return False
    return any(part[0] == written[0] and Levenshtein.distance(written, part) <= len(written) // 8
               for i in range(len(site)) for j in range(i + 1, len(site) + 1)
               if (part := "".join(site[i:j])))


def _same_word(a: str, b: str) -> bool:
    """Equal, or one slip apart in a long word (Borobodur), also as spelled in one
    orthography: never Qianshan for Tianshan."""
    if a == b:
        return True
    if min(len(a), len(b)) < 7 or a[-1].isdigit() or b[-1].isdigit():
        return False  # (a town's id is no word to misspell: place2548880, place2548885)
    a, b = _folded(a), _folded(b)
    return a[0] == b[0] and Levenshtein.distance(a, b) <= 1


def _folded(word: str) -> str:
    """A name with the Spanish spellings of Andean sounds in the native one ("hua" as "wa",
    "c" and "qu" as "k", "z" as "s"): "Tiahuanacu" is written "Tiwanaku" too, "Cuzco"
    "Cusco"."""
    return _SPANISH_K.sub("k", _SPANISH_W.sub("w", word)).replace("z", "s")


_SPANISH_W = re.compile(r"hu(?=[aei])")
_SPANISH_K = re.compile(r"qu(?=[ei])|q|c(?=[aou])")


def _no_sites(know: Knowledge, start: int, name: str, territory: PlaceRow,
              site: bool = True, end: int | None = None) -> Hit:
    end = end if end is not None else start + len(name)
    covered = any(f.source.dataset == "factbook" for f in know.facts(territory.id, "capital"))
    if territory.id in cues.data("heritage.toml")["credited_elsewhere"] or not covered:
        return Hit(start, end,
                   f"{owner_of(territory, True)} World Heritage Sites are not on record",
                   decided=False)
    version = know.facts(territory.id, "capital")[0].source.version
    so = f", so {name} is not one" if site else ""
    return Hit(start, end,
               f"{name_of(territory, True)} has no UNESCO World Heritage Site{so}", None,
               Evidence(f"the Factbook lists no World Heritage Site for {name_of(territory)}",
                        SourceRef("factbook", version, "Government > National heritage")))


def _not_listed(know: Knowledge, start: int, end: int, name: str, territory: PlaceRow,
                sites: list[FactRow]) -> Hit:
    counts = [f for f in know.facts(territory.id, "heritage-count") if f.key == "total"]
    total = counts[0].value.get("total") if counts and isinstance(counts[0].value, dict) else None
    selected = total is not None and total > len(sites)
    number = total or len(sites)
    size = f"{number} site{'s' if number != 1 else ''}"
    what = "the Factbook's selection of" if selected else "the"
    if counts or sites:
        proof = evidence(counts[0] if counts else sites[0])
    else:  # only the sites the Factbook edition leaves out (Dominica's): loci's own list
        missing = cues.data("heritage.toml")["missing"].get(territory.id, [])
        size = f"{len(missing)} site{'s' if len(missing) > 1 else ''}"
        proof = Evidence(f"World Heritage Sites of {name_of(territory)} that the Factbook "
                         f"edition leaves out: {'; '.join(missing)} (check/data/heritage.toml)",
                         know.source("loci-curated"))
    return Hit(start, end,
               f"{name} is not on {what} World Heritage list of {name_of(territory)} ({size})",
               "drop the World Heritage claim, or name a listed site",
               proof, severity="warning" if selected else None)

