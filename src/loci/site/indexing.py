"""The static site's search index: every place with a page by all its names, every
article by its words."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Container
from typing import Any

import orjson

from loci.kb import KB
from loci.search import (
    WEAK_KINDS,
    Doc,
    Index,
    Name,
    articles_index,
    articles_listing,
    names_index,
    patch_shard,
    shard,
)
from loci.site.articles import ArticleMeta
from loci.site.context import SiteData

_NOTES = {"former": "former name", "pinyin": "pinyin", "endonym": "local name",
          "romanized": "local name", "alias": "also", "variant": "also",
          "abbreviation": "also", "official": "official name", "exonym": "in another language",
          "code": "code"}
# The static site's index carries every name the server's does (a name it lacks can rank
# a place differently: "ba" finds the United States first, by its Icelandic name
# Bandaríkin), except exonyms in other scripts than Latin, outside the languages most
# written about other countries: with them the names would take 15 MB, not 10, and the
# list of shards a query reads first 104 KB, not 19, for queries in scripts its
# readers rarely type. `loci serve` and the API answer any of them.
_EXONYM_LANGUAGES = frozenset({"fr", "de", "es", "it", "pt", "nl", "ru", "ja", "ko", "ar",
                               "tr", "pl", "vi"})
_KIND_WORD = {"country": "Country", "territory": "Territory", "historic": "Former country"}


def site_index(kb: KB, data: SiteData) -> Index:
    """The whole search index: places by name and articles by their words."""
    return Index({**site_names(kb, data).files, **site_articles(data).files})


def site_names(kb: KB, data: SiteData) -> Index:
    """The index of places by name (depends only on the KB and which pages exist)."""
    return names_index(place_docs(kb, data))


def site_articles(data: SiteData) -> Index:
    """The index of articles by their words."""
    return articles_index(article_docs(data))


def place_docs(kb: KB, data: SiteData) -> list[Doc]:
    """Territories, then cities, each with its population (the server's: the KB's, or for
    a territory GeoNames' country table's), which ranks places of one tier and kind."""
    counts: dict[str, int] = kb.vocab("populations")
    population = {p.id: p.population or counts.get(p.id) or 0
                  for p in kb.places_by_id([t.id for t in data.territories] + list(data.cities))}
    docs = []
    for t in data.territories:
        kind = "territory" if t.dependency else t.kind  # Hong Kong is no country
        detail = _KIND_WORD.get(kind, "Territory") + (" (dissolved)"
                                                       if t.status == "dissolved" else "")
        docs.append(Doc(data.url(t.path), t.name, t.kind, detail, _names(kb, t.id),
                        population.get(t.id, 0)))
    for city_id in data.cities:
        name, country = data.city_names[city_id]
        where = data.territory[country].name if country in data.territory else country
        if region := data.subdivision_names.get(data.city_parents.get(city_id, "")):
            where = f"{region}, {where}"  # two Changshas: in Hunan and in Guangdong
        docs.append(Doc(data.url(data.paths[city_id]), name, "city", f"City in {where}",
                        _names(kb, city_id), population.get(city_id, 0)))
    return docs


def _names(kb: KB, place_id: str) -> tuple[Name, ...]:
    names = [Name(n.name, _NOTES.get(n.kind, ""), n.kind in WEAK_KINDS)
             for n in kb.names(place_id)
             if n.kind != "exonym" or _latin(n.norm) or n.lang in _EXONYM_LANGUAGES]
    # The name a place is shown by first, then former names, so each key keeps its best note.
    order = {"": 0, "official name": 1, "local name": 2, "pinyin": 3, "former name": 4, "also": 5,
             "in another language": 6, "code": 7}
    return tuple(sorted(names, key=lambda n: order.get(n.note, 9)))


def _latin(norm: str) -> bool:
    """Whether a normalised name is written in Latin letters (Bandarikin, Pakisitaŋ)."""
    return all(c.isascii() or unicodedata.name(c, "").startswith(("LATIN", "MODIFIER LETTER"))
               for c in norm)


def article_docs(data: SiteData) -> list[tuple[Doc, str, int]]:
    return [(Doc(data.url(f"articles/{a.slug}/"), a.title, "article", a.date), a.tokens, a.size)
            for a in data.articles.values()]


def article_rows(data: SiteData) -> str:
    """What fixes each article's number in the index: while it is unchanged, a
    rebuild can patch the shards an edit touches instead of writing them all.
    (One string: joining is faster than the repr of 10,000 tuples.)"""
    return "\n".join(f"{a.slug}\0{a.file}\0{a.title}\0{a.date}" for a in data.articles.values())


def patch_articles(data: SiteData, old_cache: dict[str, dict[str, Any]],
                   cache: dict[str, dict[str, Any]], published: Callable[[str], bytes | None],
                   old_files: Container[str]) -> dict[str, bytes | None] | None:
    """The index files that change since the build whose article cache is ``old_cache``
    (None for a shard that goes); None: rebuild the whole index.

    Only valid when ``article_rows`` is unchanged; ``cache`` is this build's
    article cache, where a file not read again keeps the very entry it had;
    ``published`` gives a file of the last build's index (None when it has
    changed since), ``old_files`` says which it had.
    """
    drops: dict[str, list[tuple[str, int]]] = defaultdict(list)
    adds: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    sizes: dict[int, int] = {}  # doc -> its size in words, for the articles read again
    for i, article in enumerate(data.articles.values()):
        entry = old_cache.get(article.file)
        if entry is not None and entry is cache.get(article.file):
            continue  # not read again: the same metadata
        packed = None if entry is None else entry.get("meta")
        old = None if packed is None else ArticleMeta.unpacked(packed)
        if old is None or old.slug != article.slug:
            return None
        sizes[i] = article.size
        if old.tokens == article.tokens:  # unchanged: the very same object, mostly
            continue
        before, after = set(old.tokens.split()), set(article.tokens.split())
        for item in sorted(before - after):  # a token whose weight changed goes, and comes
            token = item.rpartition(":")[0]
            drops[shard(token)].append((token, i))
        for item in sorted(after - before):
            token, _, weight = item.rpartition(":")
            adds[shard(token)].append((token, i, int(weight)))
    files: dict[str, bytes | None] = {}
    for name in sorted(drops.keys() | adds.keys()):
        path = f"search/t/{name}.json"
        text = published(path) if path in old_files else b"{}"
        if text is None:
            return None
        try:
            patched = patch_shard(text.decode(), drops[name], adds[name])
        except ValueError:
            return None
        files[path] = None if patched is None else patched.encode()
    listing = published(_LIST)
    if listing is None:
        return None
    # the listing holds every article's size, which an edit changes, and the shards there are
    meta = orjson.loads(listing)
    if len(meta["docs"]) != len(data.articles):
        return None
    for i, size in sizes.items():
        meta["docs"][i][4] = size
    shards = set(meta["shards"]) | {_shard_name(p) for p, f in files.items() if f is not None}
    shards -= {_shard_name(p) for p, f in files.items() if f is None}
    files[_LIST] = articles_listing(meta["docs"], sorted(shards)).encode()
    return files


_LIST = "search/articles.json"


def _shard_name(path: str) -> str:
    return path.removeprefix("search/t/").removesuffix(".json")
