"""The static site's search index: every place with a page by all its names, every
article by its words."""

from __future__ import annotations

from loci.kb import KB
from loci.search import Doc, Index, articles_index, names_index
from loci.site.context import SiteData

_NOTES = {"former": "former name", "pinyin": "pinyin", "endonym": "local name",
          "alias": "also", "official": "official name"}
_SKIP = {"code"}
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
    """Territories first (A–Z), then cities largest first: the order ties are broken in."""
    docs = []
    for t in data.territories:
        detail = _KIND_WORD.get(t.kind, "Territory") + (" (dissolved)"
                                                       if t.status == "dissolved" else "")
        docs.append(Doc(data.url(t.path), t.name, t.kind, detail, _names(kb, t.id)))
    for city_id in data.cities:
        name, country = data.city_names[city_id]
        where = data.territory[country].name if country in data.territory else country
        docs.append(Doc(data.url(data.paths[city_id]), name, "city", f"City in {where}",
                        _names(kb, city_id)))
    return docs


def _names(kb: KB, place_id: str) -> tuple[tuple[str, str], ...]:
    names = [(n.name, _NOTES.get(n.kind, "")) for n in kb.names(place_id) if n.kind not in _SKIP]
    # The name a place is shown by first, then former names, so each key keeps its best note.
    order = {"": 0, "official name": 1, "local name": 2, "pinyin": 3, "former name": 4, "also": 5}
    return tuple(sorted(names, key=lambda n: order.get(n[1], 9)))


def article_docs(data: SiteData) -> list[tuple[Doc, str]]:
    return [(Doc(data.url(f"articles/{a.slug}/"), a.title, "article", a.date), a.tokens)
            for a in data.articles.values()]
