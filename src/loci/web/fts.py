"""Full-text search over place names and articles (SQLite FTS5).

Places are indexed one row per name, not per place, so that "the query is
this name" and "the query starts a name" can be told from "the query is
somewhere in a name"; places rank by that tier, then by kind (territories,
then cities, then subdivisions) and population.

Chinese has no spaces between words, so every Han character is a token of its
own (``鞍山市`` is stored as ``鞍 山 市``) and a query is a phrase of its
characters. The trigram tokenizer was measured here and rejected: it cannot
match a query shorter than three characters, and most Chinese place names
(鞍山, 辽宁, 中国) are two. Toneless pinyin is stored joined (``baieluosi``),
so a Latin query is also tried with its spaces removed ("bai e luo si").
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from loci.kb import KB
from loci.search import ARTICLE_RANK, MAX_QUERY
from loci.text import han_spaced, normalize
from loci.web.fts_build import HAN, open_index

_ZWSP = "\u200b"  # separates Han characters for the tokenizer, invisibly, and is removed again
_LATIN = re.compile(r"^[a-z]+$")

_PLACE_QUERY = """
WITH hits AS (
  SELECT d.place, min(CASE WHEN d.key IN (:key, :joined) THEN d.weak
                           WHEN substr(d.key, 1, length(:key)) = :key THEN 1 + d.weak
                           WHEN :joined != '' AND substr(d.key, 1, length(:joined)) = :joined
                                THEN 1 + d.weak
                           ELSE 3 END) AS tier, d.rank AS rank, d.population AS population
  FROM name_fts f JOIN name_doc d ON d.rowid = f.rowid
  WHERE name_fts MATCH :match
  GROUP BY d.place ORDER BY tier, rank, population DESC LIMIT :limit)
SELECT h.place, h.tier, p.name, p.kind, h.rank, h.population
FROM hits h JOIN place_doc p ON p.id = h.place
ORDER BY h.tier, h.rank, h.population DESC, p.name
"""

_ARTICLE_SCHEMA = """
CREATE TABLE article_doc (rowid INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL,
                          url TEXT NOT NULL);
CREATE VIRTUAL TABLE article_fts USING fts5(title, body, tokenize='unicode61 remove_diacritics 2');
"""

_ARTICLE_QUERY = """
SELECT d.slug, d.title, d.url, snippet(article_fts, 1, '', '', '…', 16)
FROM article_fts JOIN article_doc d ON d.rowid = article_fts.rowid
WHERE article_fts MATCH :match ORDER BY bm25(article_fts, 5.0, 1.0) LIMIT :limit
"""


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result: a place or an article."""

    type: str  # "place" or "article"
    id: str  # place id or article slug
    title: str
    kind: str  # the place's kind, or "article"
    # 0: a name is the query; 1: an alias is, or a name starts with it; 2: an alias starts
    # with it (or an article's title has it); 3: it is inside a name or an article
    tier: int
    rank: int  # kind order, lower first
    population: int = 0
    snippet: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class ArticleDoc:
    """What the index needs of an article."""

    slug: str
    title: str
    url: str
    text: str


def _separated(text: str) -> str:
    """Article text with each Han character a token of its own, otherwise unchanged."""
    return HAN.sub(rf"{_ZWSP}\1{_ZWSP}", text)


def _query_key(query: str) -> str:
    return han_spaced(normalize(query[:MAX_QUERY]))


def _match_expr(key: str, joined: str) -> str:
    """An FTS5 expression: the key as a phrase, its last token a prefix if Latin and 2+ long."""
    last = key.rsplit(" ", 1)[-1]
    expr = f'"{key}"*' if len(last) >= 2 and not HAN.search(last) else f'"{key}"'
    if joined and joined != key:
        expr = f'({expr} OR "{joined}"*)'
    return expr


class SearchIndex:
    """Place names (a read-only file shared by every server) and articles (in memory)."""

    def __init__(self, kb: KB) -> None:
        self.places_db = open_index(kb)
        self.articles_db = sqlite3.connect(":memory:", check_same_thread=False)
        self.articles_db.executescript(_ARTICLE_SCHEMA)

    def set_articles(self, articles: Iterable[ArticleDoc]) -> None:
        """Replace the indexed articles (after the content folder changed)."""
        db = self.articles_db
        db.execute("DELETE FROM article_doc")
        db.execute("DELETE FROM article_fts")
        for i, a in enumerate(articles, 1):
            db.execute("INSERT INTO article_doc VALUES (?, ?, ?, ?)", (i, a.slug, a.title, a.url))
            db.execute("INSERT INTO article_fts (rowid, title, body) VALUES (?, ?, ?)",
                       (i, _separated(a.title), _separated(a.text)))
        db.commit()

    def places(self, query: str, limit: int = 10) -> list[Hit]:
        """Places whose names match, best first."""
        key = _query_key(query)
        if not key:
            return []
        joined = key.replace(" ", "")
        joined = joined if _LATIN.match(joined) else ""
        rows = self.places_db.execute(_PLACE_QUERY, {
            "key": key, "joined": joined, "limit": limit, "match": _match_expr(key, joined)})
        return [Hit("place", pid, name, kind, tier, rank, pop)
                for pid, tier, name, kind, rank, pop in rows]

    def articles(self, query: str, limit: int = 10) -> list[Hit]:
        """Articles whose title or text match: title matches first, then by relevance."""
        key = _query_key(query)
        if not key:
            return []
        rows = self.articles_db.execute(_ARTICLE_QUERY,
                                        {"match": _match_expr(key, ""), "limit": limit})
        hits = [Hit("article", slug, title, "article", 2 if key in _query_key(title) else 3,
                    ARTICLE_RANK, snippet=snip.replace(_ZWSP, ""), url=url)
                for slug, title, url, snip in rows]
        return sorted(hits, key=lambda h: h.tier)  # stable: relevance order within a tier

    def search(self, query: str, limit: int = 10) -> list[Hit]:
        """Places and articles together: by tier, then kind, then population."""
        hits = self.places(query, limit) + self.articles(query, limit)
        hits.sort(key=lambda h: (h.tier, h.rank, -h.population))
        return hits[:limit]
