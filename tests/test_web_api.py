"""The JSON API of a real ``loci serve``: places, facts, guides, articles, search, check."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from loci.kb import KB
from loci.places import resolve_names
from web_live import Live


@pytest.fixture(scope="module")
def client(live: Live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c


def get(client: httpx.Client, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def ids(places: list[dict[str, Any]]) -> list[str]:
    return [p["id"] for p in places]


# places ---------------------------------------------------------------------


def test_a_former_name_resolves_to_the_country_with_the_year_it_changed(
        client: httpx.Client) -> None:
    first = get(client, "/api/v1/places", q="Swaziland")["places"][0]
    assert (first["id"], first["matched_by"], first["year"]) == ("SZ", "former", 2018)
    assert first["url"] == "/countries/eswatini/"
    assert first["name_zh"] == "斯威士兰"


@pytest.mark.parametrize(("query", "place"), [
    ("鞍山", "2038632"), ("baieluosi", "BY"), ("White Russia", "BY"), ("Frech Polynesia", "PF"),
    ("CN-LN", "CN-LN"), ("辽宁", "CN-LN")])
def test_any_name_finds_its_place(client: httpx.Client, query: str, place: str) -> None:
    assert ids(get(client, "/api/v1/places", q=query)["places"])[0] == place


@pytest.mark.parametrize("query", ["Weißrussland", "Lomx", "Bavaria", "Yugoslavia", "deu"])
def test_the_api_answers_as_loci_places_does(client: httpx.Client, kb: KB, query: str) -> None:
    data = get(client, "/api/v1/places", q=query)
    expected = resolve_names(kb, [query], 10)[0]
    assert {k: data[k] for k in ("query", "answer", "candidates")} == expected
    assert data["places"][0]["id"] == (expected["answer"] or expected["candidates"][0])["id"]


def test_an_ambiguous_name_lists_every_candidate(client: httpx.Client) -> None:
    found = ids(get(client, "/api/v1/places", q="Congo")["places"])
    assert {"CD", "CG"} <= set(found)


def test_search_hits_fill_up_what_the_resolver_does_not_know(client: httpx.Client) -> None:
    found = get(client, "/api/v1/places", q="belar", limit=5)["places"]
    assert len(found) == 5
    belarus = next(p for p in found if p["id"] == "BY")
    assert belarus["matched_by"] == "search" and belarus["confidence"] is None


def test_without_a_query_every_territory_is_listed(client: httpx.Client) -> None:
    found = ids(get(client, "/api/v1/places")["places"])
    assert len(found) == 280  # ISO 3166-1, 28 dissolved states, SH-AC, SH-TA, XK
    assert {"AN", "CS", "SH-AC", "SH-TA", "CN", "US"} <= set(found)


def test_a_place_has_its_names_and_facts_each_with_a_source(client: httpx.Client) -> None:
    anshan = get(client, "/api/v1/places/2038632")
    assert anshan["place"]["name"] == "Anshan" and anshan["parent"] == "CN-LN"
    assert anshan["place"]["url"] == "/countries/china/anshan/"
    assert "鞍山" in {n["name"] for n in anshan["names"]}
    assert anshan["facts"]
    for fact in anshan["facts"]:
        assert set(fact["source"]) == {"dataset", "version", "field"}
    assert get(client, "/api/v1/places/geonames:2038632") == anshan


def test_facts_can_be_limited_to_one_topic(client: httpx.Client) -> None:
    facts = get(client, "/api/v1/places/BY", topic="capital")["facts"]
    assert {f["topic"] for f in facts} == {"capital"}
    assert "Minsk" in facts[0]["text"]


# guides and articles ----------------------------------------------------------


def test_a_guide_cites_a_source_for_every_statement(client: httpx.Client) -> None:
    guide = get(client, "/api/v1/guides/BT")
    assert guide["place"]["id"] == "BT" and "Bhutan" in guide["title"]
    statements = [s for section in guide["sections"] for s in section["statements"]]
    assert statements and all(s["facts"] for s in statements)
    assert {"factbook"} <= {s["dataset"] for s in guide["sources"]}


def test_a_city_has_a_guide_and_a_subdivision_does_not(client: httpx.Client) -> None:
    assert "Anshan" in get(client, "/api/v1/guides/2038632")["title"]
    response = client.get("/api/v1/guides/CN-LN")
    assert response.status_code == 404
    assert "subdivision" in response.json()["error"]["message"]


def test_articles_are_listed_newest_first_with_their_places(client: httpx.Client) -> None:
    articles = get(client, "/api/v1/articles")["articles"]
    assert [a["slug"] for a in articles][:2] == ["minsk", "anshan-steel"]
    anshan = articles[1]
    assert anshan["url"] == "/articles/anshan-steel/"
    assert {"2038632", "CN-LN"} <= set(anshan["places"])
    assert anshan["tags"] == ["cities", "china"]


# search -----------------------------------------------------------------------


@pytest.mark.parametrize(("query", "first"), [
    ("鞍山", "2038632"), ("辽宁", "CN-LN"), ("anshan", "2038632"), ("bai e luo si", "BY"),
    ("swaziland", "SZ"), ("steelworks", "anshan-steel"),
    ("Elfenbeinküste", "CI"), ("Weißrussland", "BY"), ("Nueva Zelandia", "NZ"),  # other tongues
    ("Weissrusland", "BY")])  # a slip the index does not know: the resolver's answer
def test_search_in_english_chinese_and_pinyin(client: httpx.Client, query: str,
                                              first: str) -> None:
    results = get(client, "/api/v1/search", q=query)["results"]
    assert results[0]["id"] == first


def test_search_results_link_to_pages_that_exist(client: httpx.Client) -> None:
    results = get(client, "/api/v1/search", q="anshan", limit=5)["results"]
    assert len(results) == 5
    assert {"place", "article"} <= {r["type"] for r in results}
    for result in results:
        assert client.get(result["url"]).status_code == 200, result


def test_an_article_result_quotes_its_text(client: httpx.Client) -> None:
    results = get(client, "/api/v1/search", q="hot springs")["results"]
    hit = next(r for r in results if r["type"] == "article")
    assert hit["id"] == "anshan-steel" and "hot springs" in hit["snippet"]


# check ------------------------------------------------------------------------


def check(client: httpx.Client, **body: Any) -> httpx.Response:
    return client.post("/api/v1/check", json=body)


def test_a_wrong_capital_is_an_error_with_its_evidence(client: httpx.Client) -> None:
    response = check(client, text="Thimphu is the capital of Nepal.")
    assert response.status_code == 200
    assert response.headers["cache-control"] == "no-store"
    result = response.json()
    finding = result["findings"][0]
    assert (finding["rule"], finding["category"], finding["severity"]) == (
        "LC201", "capital", "error")
    assert (finding["line"], finding["column"]) == (1, 1)
    assert finding["suggestion"] == "Kathmandu"
    assert finding["evidence"]["source"]["dataset"] == "factbook"
    assert result["summary"]["errors"] == 1


def test_a_true_article_has_no_findings(client: httpx.Client) -> None:
    result = check(client, text="# Minsk\n\nMinsk is the capital of Belarus.\n").json()
    assert result["findings"] == [] and result["summary"]["files"] == 1


def test_select_and_ignore_choose_the_rules(client: httpx.Client) -> None:
    text = "Thimphu is the capital of Nepal. Swaziland is small."
    every = {f["category"] for f in check(client, text=text).json()["findings"]}
    assert every == {"capital", "outdated-name"}
    only = check(client, text=text, select=["outdated-name"]).json()["findings"]
    assert {f["category"] for f in only} == {"outdated-name"}
    rest = check(client, text=text, ignore=["LC201"]).json()["findings"]
    assert {f["category"] for f in rest} == {"outdated-name"}


def test_a_selector_that_names_no_rule_is_refused(client: httpx.Client) -> None:
    response = check(client, text="x", select=["LC999"])
    assert response.status_code == 422
    assert "select" in response.json()["error"]["message"]


def test_malformed_json_is_a_400_and_a_missing_field_a_422(client: httpx.Client) -> None:
    broken = client.post("/api/v1/check", content=b'{"text": "x",',
                         headers={"content-type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "invalid_json"
    missing = check(client, path="a.md")
    assert missing.status_code == 422 and "text" in missing.json()["error"]["message"]


@pytest.mark.parametrize("text", [
    "---\ntitle: [unclosed\n---\nBody.\n",
    "---\ntitle: " + "9" * 5000 + "\n---\nBody.\n",  # D9: was a 500 and a logged traceback
])
def test_malformed_front_matter_is_a_bad_request_not_a_crash(client: httpx.Client,
                                                            text: str) -> None:
    response = check(client, text=text)
    assert response.status_code == 400
    assert response.json()["error"]["status"] == 400


def test_an_article_just_under_the_limit_is_checked(client: httpx.Client) -> None:
    text = "Minsk is the capital of Belarus. " * 30_000  # about 1 MB of JSON
    response = check(client, text=text)
    assert response.status_code == 200
