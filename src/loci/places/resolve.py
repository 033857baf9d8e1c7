"""Resolve any place name (any language, former names, typos, codes) to places.

Every name in the KB is stored with its normalised form; exact hits are one
indexed lookup. A miss tries the name read otherwise ("Dom. Rep.", "France [2]",
"Gambia, The"), as a place within another ("Springfield, Illinois"), without an
administrative word ("Sichuan Province"), then as a code in any case ("deu"), and
only then pays for fuzzy matching
(rapidfuzz's optimal string alignment: a letter added, dropped, changed or two
swapped is one slip) over territory names, then over subdivision and city names,
each list cut into buckets by first and by last letter so that an unknown name
compares itself with a few thousand keys, not every name of every town.

A fuzzy match never outranks a match on whole words: it is tried only when no name
matches. Among places of one name, a territory comes first; then, in this order, a
city of half a million by its own name (Paris); a subdivision by its own name, or a
town called as its subdivision is (Paro), those of the most populous country first
(Florida the state, not the Uruguayan department) and a town before its subdivision;
a territory by its name in another language ("England" is Danish for the UK), a big
city by another of its names or a city of a hundred thousand by its own ("Munich" is
München, "New Delhi" New Delhi, "Leningrad" Saint Petersburg); a subdivision by a
translated name ("Andalusia"); and last smaller towns, those called by their own
name first, then the largest. Before all that, a name spelled as written comes
before one that matches only with its accents folded: "Quebec" is the province ISO
spells so, "Québec" the city. Written in capitals, a code comes before other names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from loci import pinyin
from loci.errors import InputError
from loci.kb import KB, TERRITORY_KINDS, PlaceRow
from loci.sources.records import LOOKUP_KINDS
from loci.text import has_han, normalize

MAX_QUERY = 300  # characters; no place name is longer

# How much each kind of name and place counts when several places share a name.
_NAME_WEIGHT = {"short": 1.0, "official": 0.98, "common": 0.97, "translation": 0.95,
                "endonym": 0.95, "exonym": 0.93, "pinyin": 0.9, "alias": 0.9,
                "romanized": 0.9, "variant": 0.9, "former": 0.85, "abbreviation": 0.85,
                "code": 0.8}
# Names an English writer would not use: "Brasil" in English prose is still a slip.
_NOT_ENGLISH = frozenset({"exonym", "romanized", "code", "abbreviation"})
# A city outranks a subdivision of the same name (Paris, Thimphu): people name towns more.
_PLACE_WEIGHT = {"country": 1.0, "territory": 0.97, "historic": 0.9, "city": 0.8,
                 "subdivision": 0.78}
# Kinds of name a match reports as themselves; every other kind is "exact".
_HOW = frozenset({"former", "alias", "code", "pinyin", "abbreviation", *LOOKUP_KINDS})
# Below this an answer is a candidate ("did you mean"), not the answer.
MIN_CONFIDENCE = 0.6
# Cities this large rank before subdivisions and towns of their name (see the module).
BIG_CITY = 500_000
CITY = 100_000
# An administrative word around a name: "Sichuan Province", "Province of Ontario".
_ADMIN_WORD = (r"(?:province|state|region|prefecture|oblast|governorate|county|voivodeship|"
               r"autonomous region|autonomous community|department|canton|emirate)")
_PARTICLES = frozenset({"of", "the", "and", "de", "du", "des", "la", "le"})
# Words shortened with a full stop in lists and tables: "Dom. Rep.", "S. Korea".
_SHORTENED = {"s": "south", "n": "north", "e": "east", "w": "west", "rep": "republic",
              "dom": "dominican", "dem": "democratic", "fed": "federal", "is": "islands",
              "isl": "island", "isls": "islands", "utd": "united", "cent": "central",
              "afr": "african", "st": "saint", "mt": "mount", "pr": "people's",
              "peo": "people's", "eq": "equatorial", "fr": "french", "br": "british",
              "brit": "british", "herz": "herzegovina", "neth": "netherlands",
              "amer": "american", "terr": "territory", "gui": "guinea", "emir": "emirates",
              "sts": "states"}
_SHORTENED_WORD = re.compile(r"\b([A-Za-z]{1,4})\.")
_ADMIN_AROUND = re.compile(rf"^{_ADMIN_WORD} of (?=\w)|(?<=\w) {_ADMIN_WORD}$")


@dataclass(frozen=True, slots=True)
class Match:
    """One candidate place for a name, with how it matched and how sure we are."""

    place: PlaceRow
    name: str  # the stored name that matched
    how: str  # exact, alias, former, pinyin, exonym, romanized, variant, abbreviation,
    # code or fuzzy (the kind of name that matched)
    confidence: float
    year: int | None = None  # for a former name: the year it changed


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
                              if name in ("_territory_keys", "_city_keys",
                                          "_territory_words"))
        return other

    @cached_property
    def _territory_keys(self) -> _Buckets:
        return self._fuzzy_keys(TERRITORY_KINDS)

    @cached_property
    def _city_keys(self) -> _Buckets:
        return self._fuzzy_keys(("subdivision", "city"))

    def _fuzzy_keys(self, kinds: tuple[str, ...]) -> _Buckets:
        sql = (f"SELECT DISTINCT n.norm FROM names n JOIN places p ON p.id = n.place "
               f"WHERE n.kind != 'code' AND p.kind IN ({','.join('?' * len(kinds))})")
        return _Buckets(r[0] for r in self.kb.db.execute(sql, kinds))

    def _entries(self, key: str) -> list[_Entry]:
        # One row per place and kind of name: the same spelling recurs across languages.
        # Places not read before come in one more query, and are remembered for ``place``.
        rows = self.kb.named(key)
        if unread := {place for *_, place in rows if place not in self._places}:
            for row in self.kb.places_by_id(unread):
                self._places[row.id] = row
        return [_Entry(place, name, kind, year) for name, kind, year, place in rows]

    def place(self, place_id: str) -> PlaceRow | None:
        """A place by id (remembered once read)."""
        if place_id not in self._places:
            self._places[place_id] = self.kb.place(place_id)
        return self._places[place_id]

    def best(self, text: str, kinds: tuple[str, ...] | None = None) -> Match | None:
        """The place a name means, or None when no candidate reaches MIN_CONFIDENCE."""
        matches = self.resolve(text, kinds)
        return matches[0] if matches and matches[0].confidence >= MIN_CONFIDENCE else None

    def exact(self, text: str, kinds: tuple[str, ...] | None = None) -> list[Match]:
        """Places whose English, Chinese or own-language name is this name (normalised),
        best first; never fuzzy, never a name in a third language.

        For scanning prose, where most capitalised words are no place at all and
        a fuzzy search per word would cost more than the whole check.
        """
        key = normalize(_clean(text))
        matches = self._exact(key, text, lookups=False) if key else []
        return _ranked([m for m in matches if not kinds or m.place.kind in kinds], text,
                       lambda: self._prominence)

    def known(self, text: str) -> bool:
        """Whether some place has this English or own name, a look-up one too ("Styria", the
        English for Steiermark, is no slip of Syria even where prose does not read it)."""
        key = normalize(_clean(text))
        return bool(key) and any(e.kind not in _NOT_ENGLISH for e in self._entries(key))

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
        for reread in _REREADINGS:  # "P.R.C.", "Dom. Rep.", "France [2]", "Gambia, The"
            if matches:
                break
            if (other := reread(text)) != text and (other_key := normalize(other)):
                matches = self._exact(other_key, other)
        if not matches and (bare := _unstyled(text)) != text:
            # only the territory the bare name means best: "People's Republic of Congo" is
            # the Republic of the Congo's old style, not the DRC's though "Congo" is both
            found = [m for m in self._exact(normalize(bare), bare) if m.place.is_territory]
            matches = [m for m in found if m.confidence == max(x.confidence for x in found)]
        if not matches and "," in text:
            matches = self._within(*text.rsplit(",", 1))  # "Springfield, Illinois"
        if not matches and " " in key:
            matches = self._by_words(text)  # "Trin. & Tob.", "Korea, Rep."
        if not matches and (bare := _ADMIN_AROUND.sub("", key)) != key:
            # "São Paulo State" asks for the state, "Sichuan Province" for the province
            found = self._exact(bare, text)
            matches = [m for m in found if m.place.kind == "subdivision"] or found
        if _code_shaped(text) and not any(m.how == "exact" for m in matches):
            # "deu", "Pol": a code, unless a place is called so ("can" is Çan, Turkey)
            matches += [m for m in self._exact(key, text.upper()) if m.how == "code"]
        if not matches:
            matches = self._fuzzy(key)
        if kinds:
            matches = [m for m in matches if m.place.kind in kinds]
        return _ranked(matches, text, lambda: self._prominence)[:limit]

    @property
    def _prominence(self) -> dict[str, int]:
        """Each country's population: of two subdivisions of one name, the one in the
        larger country comes first (Florida, the state; Punjab, India's)."""
        populations: dict[str, int] = self.kb.vocab("populations")
        return populations

    def _within(self, name: str, container: str) -> list[Match]:
        """Places called ``name`` that lie in a place called ``container``, or in a
        subdivision whose code ends so ("Cambridge, MA": US-MA)."""
        around = {m.place.id for m in self._exact(normalize(container), container)}
        code = container.strip().upper()
        short = len(code) in (2, 3) and code.isalnum()
        found = self._exact(normalize(name), name) if around or short else []
        return [m for m in found if around & {m.place.country, m.place.parent}
                or (short and (m.place.parent or "").endswith(f"-{code}"))]

    @cached_property
    def _territory_words(self) -> dict[str, set[str]]:
        """Each word of the territories' English names -> the names it is in."""
        sql = ("SELECT DISTINCT n.norm FROM names n JOIN places p ON p.id = n.place "
               "WHERE n.lang = 'en' AND n.kind NOT IN ('code', 'abbreviation') "
               f"AND p.kind IN ({','.join('?' * len(TERRITORY_KINDS))})")
        words: dict[str, set[str]] = {}
        for (norm,) in self.kb.db.execute(sql, TERRITORY_KINDS):
            for word in norm.split():
                words.setdefault(word, set()).add(norm)
        return words

    def _by_words(self, text: str) -> list[Match]:
        """A territory whose English name has every word written, a word cut short with a
        full stop standing for any word it begins ("Trin. & Tob.", "Korea, Rep."): the
        names with the fewest other words, when they are one place's."""
        words = [(normalize(w), w.endswith(".")) for w in re.split(r"[\s,]+", text)]
        words = [(w, cut) for w, cut in words if w and w not in _PARTICLES]
        if len(words) < 2:
            return []
        names: set[str] | None = None
        for word, cut in words:
            found = set().union(*(v for k, v in self._territory_words.items()
                                  if k.startswith(word)),
                                self._territory_words.get(_SHORTENED.get(word, ""), set())
                                ) if cut else self._territory_words.get(word, set())
            names = found if names is None else names & found
            if not names:
                return []
        extra = {n: len([w for w in n.split() if w not in _PARTICLES]) - len(words)
                 for n in names or ()}
        fewest = min(extra.values())
        best = [m for n, count in extra.items() if count == fewest for m in self._exact(n, n)]
        return best if len({m.place.id for m in best}) == 1 else []

    def _exact(self, key: str, text: str, lookups: bool = True) -> list[Match]:
        entries = self._entries(key)
        # A name that is also listed as former (CLDR still says "Cape Verde") reports as former.
        former = {e.place: e for e in entries if e.kind == "former"}
        found = []
        as_code = _looks_like_code(text)
        for e in entries:
            # in prose, letters stand for a name only in capitals; a look-up may say "Lao Pdr"
            if (not as_code and (
                    e.kind == "code" or (e.kind == "abbreviation" and not lookups))) or (
                    not lookups and e.kind in LOOKUP_KINDS):
                continue
            place = self.place(e.place)
            if place is None:
                continue
            score = _NAME_WEIGHT.get(e.kind, 0.8) * _PLACE_WEIGHT[place.kind]
            if e.place in former:
                e = former[e.place]
            how = e.kind if e.kind in _HOW else "exact"
            found.append(Match(place, e.name, how, score, e.year))
        return found

    def _fuzzy(self, key: str) -> list[Match]:
        if len(key) < 4:
            return []
        for buckets in (self._territory_keys, self._city_keys):
            hits = [h for h in buckets.similar(key) if _same_words(key, h[0])]
            if hits:
                return [m for norm, edits in hits
                        for m in self._fuzzy_matches(norm, 1 - edits / len(key))]
        return []

    def _fuzzy_matches(self, norm: str, alike: float) -> list[Match]:
        found = []
        for e in self._entries(norm):
            place = self.place(e.place)
            if place is not None and e.kind not in ("code", "abbreviation"):
                # One slip in a six-letter city's name is an answer, in four letters only
                # a candidate ("did you mean"); and a slip is likelier in a big city's
                # name than in a town's ("lasagna" is no slip of Lavagna)
                town = place.kind == "city" and (place.population or 0) < CITY
                confidence = 0.95 * alike * _PLACE_WEIGHT[place.kind] * (0.9 if town else 1)
                found.append(Match(place, e.name, "fuzzy", confidence, e.year))
        return found


class _Buckets:
    """Normalised names cut by first letter and length, and by last letter and length:
    a slip rarely touches both ends, and changes a name's length by one letter at most,
    so a fuzzy search reads a few small buckets, not every name of every town."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.ends: dict[tuple[str, str, int], list[str]] = {}
        for key in keys:
            if key:
                self.ends.setdefault(("first", key[0], len(key)), []).append(key)
                self.ends.setdefault(("last", key[-1], len(key)), []).append(key)

    def similar(self, key: str, limit: int = 10) -> list[tuple[str, int]]:
        """The names at most ``slips(key)`` edits from ``key`` (a letter added, dropped,
        changed, or two swapped: "Isreal"), fewest edits first."""
        best: dict[str, int] = {}
        most = slips(key)
        for end, letter in (("first", key[0]), ("last", key[-1])):
            for length in range(len(key) - most, len(key) + most + 1):
                bucket = self.ends.get((end, letter, length))
                if bucket is None:
                    continue
                for name, edits, _ in process.extract(key, bucket, scorer=OSA.distance,
                                                      limit=limit, score_cutoff=most):
                    best[name] = int(edits)
        return sorted(best.items(), key=lambda h: h[1])[:limit]


def slips(key: str) -> int:
    """How many edits a name of this length may carry and still be read as a slip:
    one up to eight letters, two up to fourteen, then three."""
    return 1 if len(key) <= 8 else 2 if len(key) <= 14 else 3


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


def _ranked(matches: list[Match], text: str,
            prominence: Callable[[], dict[str, int]]) -> list[Match]:
    """Best match per place, best places first (see the module's note on ranks); the
    countries' populations are read only when subdivisions compete."""
    best: dict[str, Match] = {}
    for m in matches:
        if m.place.id not in best or m.confidence > best[m.place.id].confidence:
            best[m.place.id] = m
    written = text.strip().casefold()
    written_as_code = _looks_like_code(text)
    # A subdivision's id, and its country for towns GeoNames files under the country alone
    namesakes = {x for m in best.values() if m.place.kind == "subdivision"
                 for x in (m.place.id, m.place.country)}

    def rank(m: Match) -> tuple[int, bool, int, int, int, float, int]:
        place, population, own = m.place, m.place.population or 0, m.how == "exact"
        namesake = own and place.kind == "city" and place.parent in namesakes
        if place.is_territory:
            # "England" is the English region before it is the UK's name in Danish
            tier = 3 if m.how in LOOKUP_KINDS else 0
        elif population >= BIG_CITY and own:
            tier = 1
        elif place.kind == "subdivision" or namesake:
            tier = 2 if own else 4
        elif population >= BIG_CITY or (population >= CITY and own):
            tier = 3
        else:
            tier = 5
        country = -prominence().get(place.country or "", 0) if tier in (2, 4) else 0
        # Towns of one name: by their own name first, then the largest; a slip, by score.
        sure = m.confidence if tier < 5 or m.how == "fuzzy" else 1.0 if own else 0.0
        if m.how == "code" and written_as_code:
            sure = 1.0  # "NGA" is Nigeria's code before it is Vietnamese for Russia
        group = 0 if tier == 0 else 1 if tier < 5 else 2  # spelling first within a group
        return (group, m.name.casefold() != written, tier, country, -namesake, -sure,
                -population)

    return sorted(best.values(), key=rank)


def _spelled_out(text: str) -> str:
    """ "Dom. Rep." -> "Dominican Republic"."""
    if "." not in text:
        return text
    return _SHORTENED_WORD.sub(lambda m: _SHORTENED.get(m.group(1).lower(), m.group(0)), text)


def _undotted(text: str) -> str:
    """ "P.R.C.", "D.P.R.K." -> "PRC", "DPRK"."""
    return text.replace(".", "") if _DOTTED.fullmatch(text.strip()) else text


def _without_aside(text: str) -> str:
    """ "Germany (FRG)", "France[2]", "Spain (Kingdom of)" -> the name alone."""
    return _ASIDE.sub(" ", text) if "(" in text or "[" in text else text


def _unhyphenated(text: str) -> str:
    """ "Co-operative Republic of Guyana", "Czecho-Slovakia": the words joined."""
    return re.sub(r"(?<=[^\W\d_])-(?=[^\W\d_])", "", text)


def _in_simplified(text: str) -> str:
    """ "臺灣" -> "台湾": Chinese in traditional characters, read in simplified ones."""
    return pinyin.simplified(text) if has_han(text) else text


def _unstyled(text: str) -> str:
    """ "Kingdom of Siam", "Republic of Zaire" -> the name without the state's style."""
    return _STYLE.sub("", text)


def _uninverted(text: str) -> str:
    """ "Gambia, The", "Congo, Democratic Republic of the" -> in reading order."""
    head, comma, tail = text.rpartition(",")
    return f"{tail} {head}" if comma and head.strip() and tail.strip() else text


# Other ways to read a name nothing has, tried in turn: each gives the text back as
# it was when it does not apply.
_REREADINGS = (_undotted, _spelled_out, _without_aside, _uninverted, _unhyphenated,
               _in_simplified)
# A state's style before its name, dropped only where that leaves a territory's name.
_STYLE = re.compile(
    r"^(?:the\s+)?(?:(?:democratic|people's|federal|islamic|socialist|united|arab|"
    r"independent)\s+)*(?:kingdom|republic|empire|state|sultanate|emirate|principality|"
    r"grand duchy|federation|union|commonwealth)\s+of\s+(?:the\s+)?", re.IGNORECASE)
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}[A-Za-z]?")
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _looks_like_code(text: str) -> bool:
    text = text.strip()
    return text.isdigit() or (text.isupper() and 2 <= len(text) <= 6)


def _code_shaped(text: str) -> bool:
    """Two or three letters or digits, in any case: "deu", "Chn", "276"."""
    text = text.strip()
    return 2 <= len(text) <= 3 and text.isascii() and text.isalnum()


def _clean(text: str) -> str:
    """Reject what cannot be a name; drop control characters from what can."""
    if len(text) > MAX_QUERY:
        raise InputError(f"a place name of {len(text):,} characters is too long "
                         f"(at most {MAX_QUERY}): pass just the name")
    if text.isprintable():
        return text
    return "".join(" " if unicodedata.category(c).startswith("C") else c for c in text)
