"""Search over place names and articles (the server's FTS5 index), on the real KB."""

from __future__ import annotations

import pytest

from loci.kb import KB
from loci.web.fts import ArticleDoc, SearchIndex


@pytest.fixture(scope="module")
def index(kb: KB) -> SearchIndex:
    found = SearchIndex(kb)
    found.set_articles([
        ArticleDoc("anshan", "Steel and hot springs in Anshan", "/articles/anshan/",
                   "Anshan (鞍山) is a steel city in Liaoning with hot springs nearby."),
        ArticleDoc("tea", "Tea in Yunnan", "/articles/tea/",
                   "Pu'er tea comes from Yunnan; it travels north to Anshan too.")])
    return found


def top(index: SearchIndex, query: str) -> str:
    hits = index.search(query, 5)
    assert hits, f"no result for {query!r}"
    return hits[0].id


@pytest.mark.parametrize(("query", "place"), [
    ("鞍山", "2038632"),  # two Han characters: the trigram tokenizer cannot match these
    ("辽宁", "CN-LN"),
    ("anshan", "2038632"),
    ("baieluosi", "BY"),  # toneless pinyin, joined
    ("bai e luo si", "BY"),  # ... and syllable by syllable
    ("Bái'èluósī", "BY"),
    ("swaziland", "SZ"),  # a former name
    ("white russia", "BY"),
    ("中国", "CN"),
    ("zhongguo", "CN"),
    ("北京", "1816670"),  # the city before the municipality (subdivisions have no guide)
    ("Côte d’Ivoire", "CI"),
    ("cote d ivoire", "CI"),
])
def test_names_in_every_script_find_their_place(index: SearchIndex, query: str,
                                                place: str) -> None:
    assert top(index, query) == place


def test_territories_rank_before_cities_and_big_cities_before_small(index: SearchIndex) -> None:
    assert [h.id for h in index.places("georgia", 2)] == ["GE", "US-GA"]
    assert top(index, "luxembourg") == "LU"
    assert top(index, "paris") == "2988507"  # Paris, France, before Paris, Texas


def test_a_prefix_finds_the_place_being_typed(index: SearchIndex) -> None:
    assert top(index, "belar") == "BY"
    assert top(index, "baiel") == "BY"


def test_article_text_is_searchable_with_a_plain_snippet(index: SearchIndex) -> None:
    hits = index.articles("hot springs")
    assert [h.id for h in hits] == ["anshan"]
    assert "hot springs" in hits[0].snippet
    assert [h.id for h in index.articles("鞍山")] == ["anshan"]
    assert "鞍山" in index.articles("鞍山")[0].snippet  # no space left between the characters


def test_an_article_titled_with_the_query_comes_before_one_that_mentions_it(
        index: SearchIndex) -> None:
    assert [h.id for h in index.articles("anshan")] == ["anshan", "tea"]


def test_places_that_match_a_name_exactly_come_before_articles(index: SearchIndex) -> None:
    hits = index.search("anshan", 5)
    assert hits[0].id == "2038632"
    assert "anshan" in [h.id for h in hits]


@pytest.mark.parametrize("query", ['"', "*", "NEAR(", 'a"b', "AND", "OR x", "-", "^", "名:",
                                   "x" * 5000, "\x00", " "])
def test_query_syntax_in_user_input_is_text_not_an_error(index: SearchIndex,
                                                          query: str) -> None:
    assert isinstance(index.search(query), list)


def test_replacing_the_articles_forgets_the_old_ones(kb: KB) -> None:
    index = SearchIndex(kb)
    index.set_articles([ArticleDoc("a", "Old", "/articles/a/", "zebra crossing")])
    assert index.articles("zebra")
    index.set_articles([ArticleDoc("b", "New", "/articles/b/", "giraffe")])
    assert not index.articles("zebra")
    assert [h.id for h in index.articles("giraffe")] == ["b"]
