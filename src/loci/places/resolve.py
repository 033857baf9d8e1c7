"""Resolve any place name (any language, former names, typos, codes) to places.

Every name in the KB is stored with its normalised form; exact hits are one
indexed lookup, and only a miss pays for fuzzy matching (rapidfuzz) over
territory names, then over subdivision and city names.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process

from loci.errors import InputError
from loci.kb import KB, TERRITORY_KINDS, PlaceRow
from loci.text import normalize

MAX_QUERY = 300  # characters; no place name is longer

# How much each kind of name and place counts when several places share a name.
_NAME_WEIGHT = {"short": 1.0, "official": 0.98, "common": 0.97, "translation": 0.95,
                "endonym": 0.95, "pinyin": 0.9, "alias": 0.9, "former": 0.85, "code": 0.8}
# A city outranks a subdivision of the same name (Paris, Thimphu): people name towns more.
_PLACE_WEIGHT = {"country": 1.0, "territory": 0.97, "historic": 0.9, "city": 0.8,
                 "subdivision": 0.78}
_HOW = {"former": "former", "alias": "alias", "code": "code", "pinyin": "pinyin"}
_FUZZY_CUTOFF = 85.0


@dataclass(frozen=True, slots=True)
class Match:
    """One candidate place for a name, with how it matched and how sure we are."""

    place: PlaceRow
    name: str  # the stored name that matched
    how: str  # exact, alias, former, pinyin, code or fuzzy
    confidence: float
    year: int | None = None  # for a former name: the year it changed

    def as_dict(self) -> dict[str, object]:
        return {"id": self.place.id, "name": self.place.name, "kind": self.place.kind,
                "matched": self.name, "how": self.how,
                "confidence": round(self.confidence, 3), "year": self.year}


@dataclass(frozen=True, slots=True)
class _Entry:
    place: str
    name: str
    kind: str
    year: int | None


class Resolver:
    """Name → places, over one open KB.

    Exact names are looked up through the KB's index on normalised names, so
    opening costs nothing; the lists of names for fuzzy matching are read on
    the first miss.
    """

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self._places: dict[str, PlaceRow | None] = {}
        self.resolve = lru_cache(maxsize=65536)(self._resolve)  # type: ignore[method-assign]

    def on(self, kb: KB) -> Resolver:
        """This resolver over another handle to the same KB (a forked worker's own), with
        the places and name lists it has read: they depend on the KB's content alone."""
        other = Resolver(kb)
        other._places = self._places
        other.__dict__.update((name, value) for name, value in self.__dict__.items()
                              if name in ("_territory_keys", "_city_keys"))
        return other

    @cached_property
    def _territory_keys(self) -> list[str]:
        return self._fuzzy_keys(TERRITORY_KINDS)

    @cached_property
    def _city_keys(self) -> list[str]:
        return self._fuzzy_keys(("subdivision", "city"))

    def _fuzzy_keys(self, kinds: tuple[str, ...]) -> list[str]:
        sql = (f"SELECT DISTINCT n.norm FROM names n JOIN places p ON p.id = n.place "
               f"WHERE n.kind != 'code' AND p.kind IN ({','.join('?' * len(kinds))})")
        return [r[0] for r in self.kb.db.execute(sql, kinds)]

    def _entries(self, key: str) -> list[_Entry]:
        # One row per place and kind of name: the same spelling recurs across languages.
        # The places come in the same query, and are remembered for ``place``.
        entries = []
        for name, kind, year, place in self.kb.places_named(key):
            self._places.setdefault(place.id, place)
            entries.append(_Entry(place.id, name, kind, year))
        return entries

    def place(self, place_id: str) -> PlaceRow | None:
        """A place by id (remembered once read)."""
        if place_id not in self._places:
            self._places[place_id] = self.kb.place(place_id)
        return self._places[place_id]

    def best(self, text: str, kinds: tuple[str, ...] | None = None) -> Match | None:
        """The most likely place for a name, or None."""
        matches = self.resolve(text, kinds)
        return matches[0] if matches else None

    def exact(self, text: str, kinds: tuple[str, ...] | None = None) -> list[Match]:
        """Places whose stored name is this name (normalised), best first; never fuzzy.

        For scanning prose, where most capitalised words are no place at all and
        a fuzzy search per word would cost more than the whole check.
        """
        key = normalize(_clean(text))
        matches = self._exact(key, text) if key else []
        return _ranked([m for m in matches if not kinds or m.place.kind in kinds])

    def resolve(self, text: str, kinds: tuple[str, ...] | None = None,
                limit: int = 5) -> list[Match]:
        """Candidates for a name, best first (cached; see ``_resolve``)."""
        raise NotImplementedError  # replaced per instance in __init__

    def _resolve(self, text: str, kinds: tuple[str, ...] | None = None,
                 limit: int = 5) -> list[Match]:
        key = normalize(_clean(text))
        if not key:
            return []
        matches = self._exact(key, text)
        if not matches:
            matches = self._fuzzy(key)
        if kinds:
            matches = [m for m in matches if m.place.kind in kinds]
        return _ranked(matches)[:limit]

    def _exact(self, key: str, text: str) -> list[Match]:
        entries = self._entries(key)
        # A name that is also listed as former (CLDR still says "Cape Verde") reports as former.
        former = {e.place: e for e in entries if e.kind == "former"}
        found = []
        for e in entries:
            if e.kind == "code" and not _looks_like_code(text):
                continue
            place = self.place(e.place)
            if place is None:
                continue
            score = _NAME_WEIGHT.get(e.kind, 0.8) * _PLACE_WEIGHT[place.kind]
            if e.place in former:
                e = former[e.place]
            found.append(Match(place, e.name, _HOW.get(e.kind, "exact"), score, e.year))
        return found

    def _fuzzy(self, key: str) -> list[Match]:
        if len(key) < 4:
            return []
        for keys in (self._territory_keys, self._city_keys):
            hits = process.extract(key, keys, scorer=fuzz.ratio, limit=5,
                                   score_cutoff=_FUZZY_CUTOFF)
            hits = [h for h in hits if _same_words(key, h[0])]
            if hits:
                return [m for norm, score, _ in hits for m in self._fuzzy_matches(norm, score)]
        return []

    def _fuzzy_matches(self, norm: str, score: float) -> list[Match]:
        found = []
        for e in self._entries(norm):
            place = self.place(e.place)
            if place is not None and e.kind != "code":
                confidence = 0.9 * score / 100 * _PLACE_WEIGHT[place.kind]
                found.append(Match(place, e.name, "fuzzy", confidence, e.year))
        return found


def _same_words(key: str, name: str) -> bool:
    """Whether every word that tells the name apart (not "republic", "people's") is one
    slip at most from a word of the other: "People's Republic of Congo" is no typo of
    "People's Republic of China", whatever the letters they share."""
    words = name.split()
    return all(any(w == v or (min(len(w), len(v)) >= 4 and fuzz.ratio(w, v) >= 75)
                   for v in words) for w in key.split() if w not in _STYLE_WORDS)


# Words of states' styles, which many names share: they tell no name apart.
_STYLE_WORDS = frozenset({"republic", "of", "the", "people's", "peoples", "people", "democratic",
                          "kingdom", "state", "states", "united", "federal", "federation",
                          "islamic", "arab", "socialist", "islands", "island", "and", "union",
                          "commonwealth", "principality", "grand", "duchy", "plurinational",
                          "bolivarian", "co-operative", "cooperative", "independent", "sultanate",
                          "emirate", "emirates", "territory", "province", "region", "saint"})


def _ranked(matches: list[Match]) -> list[Match]:
    """Best match per place, best places first; cities break ties by population."""
    best: dict[str, Match] = {}
    for m in matches:
        if m.place.id not in best or m.confidence > best[m.place.id].confidence:
            best[m.place.id] = m
    return sorted(best.values(), key=lambda m: (-m.confidence, -(m.place.population or 0)))


def _looks_like_code(text: str) -> bool:
    text = text.strip()
    return text.isdigit() or (text.isupper() and 2 <= len(text) <= 6)


def _clean(text: str) -> str:
    """Reject what cannot be a name; drop control characters from what can."""
    if len(text) > MAX_QUERY:
        raise InputError(f"a place name of {len(text):,} characters is too long "
                         f"(at most {MAX_QUERY}): pass just the name")
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
