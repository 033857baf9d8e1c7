"""Word lists derived from the knowledge base, made once when it is built.

The checker asks the same questions of every article: which words are
demonyms, which are ordinary English, which names exist at all. Answering them
from the facts takes a tenth of a second per run; stored in the ``vocab`` table
at build time they load in milliseconds. Every list is a pure function of the
other tables, so ``compute`` gives the same answer for a KB built without them.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from collections.abc import Callable
from typing import Any

from anyascii import anyascii
from rbloom import Bloom

from loci.text import normalize

TERRITORY_KINDS = ("country", "territory", "historic")
_KIND_RANK = {"country": 0, "territory": 1, "historic": 2}
CITY_MIN_POPULATION = 15_000  # the smallest town a misspelling is measured against
MAJORITY = 50.0  # a people this share of a territory names its inhabitants
NAME_FILTER_ERROR = 0.005  # false positives of the names filter: a look-up, never a finding
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]{2,}")
_ONLY = re.compile(r"only\s+(?P<after>\S.*)|(?P<before>.*\S)\s+only")


def spoken_only(name: str) -> str | None:
    """The language of a Factbook census's "English only" or "only Guarani" entry (its
    share speaks that language and no other); None for any other entry. Here, not in the
    Factbook's parser, so that the checker need not import the parser to read it."""
    found = _ONLY.fullmatch(name)
    return None if found is None else found.group("after") or found.group("before")


def names_hash(key: str) -> int:
    """The names filter's hash: stable across processes (Python's hash() is not)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=16).digest(), "big",
                          signed=True)


def name_filter(db: sqlite3.Connection) -> bytes:
    """A Bloom filter of every normalised name: "no such name" without a query."""
    return _bloom([norm for (norm,) in db.execute("SELECT DISTINCT norm FROM names")])


def first_word_filter(db: sqlite3.Connection) -> bytes:
    """A Bloom filter of the first word of every normalised name: a capitalised word that
    starts no name starts no place's name however many words follow it."""
    return _bloom(list({norm.split(" ", 1)[0] for (norm,) in
                        db.execute("SELECT DISTINCT norm FROM names") if norm}))


def _bloom(keys: list[str]) -> bytes:
    bloom = Bloom(max(len(keys), 1), NAME_FILTER_ERROR, names_hash)
    bloom.update(keys)
    data: bytes = bloom.save_bytes()
    return data


def demonyms(db: sqlite3.Connection) -> dict[str, str]:
    """Normalised nationality nouns and adjectives ("malawian", "malawians") -> territory id.

    A word several places share goes to a country before a territory, and to the
    place that lists it first ("Dutch" is the Netherlands', though Aruba lists it
    second). The name of a people that is most of one territory's population counts
    too ("Turkmen", "Uzbeks"): the Factbook's nationality is "Turkmenistani"; but not
    one that is most of several ("Arab", "Mestizo"), which names no one territory.
    """
    sql = ("SELECT f.place, f.topic, f.value, p.kind FROM facts f JOIN places p "
           "ON p.id = f.place WHERE f.topic = 'nationality' AND f.key IN ('noun', "
           "'adjective') OR f.topic = 'ethnic-group'")
    rows = [(place, topic, _demonym_words(topic, json.loads(raw)), kind)
            for place, topic, raw, kind in db.execute(sql)]
    peoples: dict[str, set[str]] = {}
    for place, topic, words, _ in rows:
        for word in words if topic == "ethnic-group" else ():
            peoples.setdefault(normalize(word), set()).add(place)
    ranked: dict[str, tuple[tuple[int, int, int], str]] = {}
    for place, topic, words, kind in rows:
        for position, word in enumerate(words):
            key = normalize(word)
            if not key or key in ("none", "na") or len(key) > 30 or (
                    topic == "ethnic-group" and len(peoples[key]) > 1):
                continue
            rank = (_KIND_RANK.get(kind, 9), int(topic != "nationality"), position)
            for form in (key, *_plurals(key)):
                if form not in ranked or rank < ranked[form][0]:
                    ranked[form] = (rank, place)
    return {word: place for word, (_, place) in ranked.items()}


def english_words(db: sqlite3.Connection) -> list[str]:
    """Lower-case words of the Factbook's prose: ordinary English ("most", "today")."""
    words: set[str] = set()
    for (text,) in db.execute("SELECT text FROM facts WHERE topic = 'background'"):
        words.update(_LOWER_WORD.findall(text))
    return sorted(words)


def proper_words(db: sqlite3.Connection) -> list[str]:
    """Normalised capitalised words the KB's own texts use (Buganda, Chiloe, Marinus,
    Everest)."""
    sql = ("SELECT text FROM facts WHERE topic IN ('background', 'heritage-site', "
           "'ethnic-group', 'language', 'religion', 'holiday-calendar', 'national-symbol', "
           "'anthem', 'major-urban-area', 'capital', 'national-holiday', 'natural-feature')")
    words: set[str] = set()
    for (text,) in db.execute(sql):
        words.update(_CAPITALISED.findall(text))
    return sorted({normalize(w) for w in words})


def peoples(db: sqlite3.Connection) -> list[str]:
    """Normalised names of languages and ethnic groups ("tsonga", "sena")."""
    sql = ("SELECT DISTINCT json_extract(value, '$.name') FROM facts "
           "WHERE topic IN ('language', 'ethnic-group') AND value LIKE '{%'")
    return sorted({normalize(name) for (name,) in db.execute(sql)
                   if isinstance(name, str) and len(name) < 40})


def territory_keys(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Latin-script normalised English names of territories -> [place id, name as stored].

    A name two territories share goes to the one whose common, short or official name it
    is before one that has it as an alias ("Congo": the Republic, not the DRC)."""
    sql = ("SELECT n.norm, n.place, n.name FROM names n JOIN places p ON p.id = n.place "
           f"WHERE n.kind NOT IN ('code', 'former') AND p.kind IN "
           f"({','.join('?' * len(TERRITORY_KINDS))}) AND p.status = 'current' "
           "AND n.lang = 'en' AND n.norm NOT GLOB '*[^a-z ]*' ORDER BY n.norm, "
           "CASE n.kind WHEN 'common' THEN 0 WHEN 'short' THEN 1 WHEN 'official' THEN 2 "
           "ELSE 3 END, n.place, n.name")
    out: dict[str, list[str]] = {}
    for norm, place, name in db.execute(sql, TERRITORY_KINDS):
        out.setdefault(norm, [place, name])
    return out


def former_names(db: sqlite3.Connection) -> list[list[Any]]:
    """Former English names of territories: [name, place id, year it ended or None].

    The curated ones (names of kind "former", with their year), and the Factbook's
    (facts without a year) that are no place's name today: "Quito" was Ecuador's once,
    and is a city now."""
    sql = ("SELECT DISTINCT n.name, n.place, n.year FROM names n JOIN places p "
           "ON p.id = n.place WHERE n.kind = 'former' AND n.lang = 'en' "
           "AND n.source != 'factbook' ORDER BY n.name")
    found = [list(row) for row in db.execute(sql)]
    known = {normalize(name) for name, _, _ in found}
    facts = ("SELECT place, json_extract(value, '$.name') FROM facts "
             "WHERE topic = 'former-name' AND source = 'factbook' ORDER BY place, key")
    current = "SELECT 1 FROM names WHERE norm = ? AND kind != 'former' LIMIT 1"
    for place, name in db.execute(facts).fetchall():
        key = normalize(name)
        if key not in known and db.execute(current, (key,)).fetchone() is None:
            known.add(key)
            found.append([name, place, None])
    return sorted(found, key=lambda row: (row[0], row[1]))


def dissolved_names(db: sqlite3.Connection) -> list[str]:
    """English names of places that no longer exist (the Netherlands Antilles)."""
    sql = ("SELECT DISTINCT n.name FROM names n JOIN places p ON p.id = n.place "
           "WHERE p.status != 'current' AND n.lang = 'en' AND n.kind != 'code'")
    return sorted(name for (name,) in db.execute(sql))


def city_keys(db: sqlite3.Connection) -> dict[str, list[list[Any]]]:
    """Cities of CITY_MIN_POPULATION people and more by country, largest first: [name
    normalised and in ASCII ("wroclaw"), population, place id]. What a misspelled
    city is measured against, without a query or a row per city."""
    sql = ("SELECT id, name, country, population FROM places WHERE kind = 'city' "
           "AND population >= ? ORDER BY population DESC, name")
    out: dict[str, list[list[Any]]] = {}
    for place, name, country, population in db.execute(sql, (CITY_MIN_POPULATION,)):
        out.setdefault(country or "", []).append(
            [anyascii(normalize(name)).lower(), population, place])
    return out


def populations(db: sqlite3.Connection) -> dict[str, int]:
    """Each country's and territory's population (GeoNames): how the resolver tells which
    of two subdivisions of one name is the more prominent (Florida, the state)."""
    sql = ("SELECT place, json_extract(value, '$.count') FROM facts "
           "WHERE topic = 'population' AND source = 'geonames' AND key = 'geonames'")
    return {place: int(count or 0) for place, count in db.execute(sql)}


def language_pairs(db: sqlite3.Connection) -> list[list[str]]:
    """[CLDR's English name, ISO 639's] of each language CLDR names where ISO 639 names it
    otherwise ("Mapuche", "Mapudungun"; "Uyghur", "Uighur"): writers use either. Made from
    the packages when the KB is built, so that a check need not load pycountry's list (a
    sixth of a second)."""
    import pycountry
    from babel import Locale

    pairs = []
    for code, name in Locale("en").languages.items():
        if "_" in code or code == "und":
            continue
        found = pycountry.languages.get(**{"alpha_2" if len(code) == 2 else "alpha_3": code})
        iso = getattr(found, "name", None)
        if iso and normalize(iso) != normalize(name) and not re.search(r"[,(]", iso):
            pairs.append([name, iso])  # not "Greek, Modern (1453-)"
    return pairs


# What is stored: name -> how it is made from the other tables.
LISTS: dict[str, Callable[[sqlite3.Connection], Any]] = {
    "demonyms": demonyms, "english-words": english_words, "proper-words": proper_words,
    "peoples": peoples, "territory-keys": territory_keys, "former-names": former_names,
    "dissolved-names": dissolved_names, "city-keys": city_keys, "populations": populations,
    "language-pairs": language_pairs,
}


def build(db: sqlite3.Connection) -> None:
    """Compute every list and the names filter into the ``vocab`` table."""
    rows: list[tuple[str, bytes]] = [(name, json.dumps(make(db), ensure_ascii=False).encode())
                                     for name, make in LISTS.items()]
    rows.append(("name-filter", name_filter(db)))
    rows.append(("first-word-filter", first_word_filter(db)))
    db.executemany("INSERT INTO vocab VALUES (?, ?)", rows)


def _demonym_words(topic: str, value: Any) -> list[str]:
    """The words a nationality fact ("Briton, British"; "Lao or Laotian") or a majority
    people ("Turkmen 85%") gives for a territory's inhabitants."""
    if topic == "nationality":
        return [w for w in re.split(r"[,/;]| or ", str(value)) if w.strip()]
    if isinstance(value, dict) and (value.get("percent") or 0) >= MAJORITY:
        name = str(value.get("name", ""))
        return [name] if name[:1].isupper() and " " not in name else []
    return []


def _plurals(word: str) -> tuple[str, ...]:
    """ "malawians", "czechs"; nothing for "swiss", "chinese", "french" (the same word
    serves)."""
    if word.endswith(("ese", "ss", "sh", "nch", "tch")) or (" " in word and word.endswith("s")):
        return ()
    return (word + "es",) if word.endswith(("s", "x", "z")) else (word + "s",)
