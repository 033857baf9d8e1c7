"""The shapes of the API's responses and requests, as the OpenAPI document describes them.

Routes build plain dicts and send them as JSON themselves (a cached response
is serialised once); these models are the contract, and the schemathesis
test checks every response against them.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from pydantic import BaseModel, Field

from loci.check import CATEGORIES, registry


def _selectors() -> list[str]:
    """Every way to name rules: ALL, a category, a code, or a prefix of codes (LC2, LC20);
    only names that select at least one rule."""
    rules = registry()
    codes = sorted({r.code for r in rules})
    prefixes = sorted({code[:n] for code in codes for n in range(2, len(code))})
    categories = [c for c in CATEGORIES if any(r.category == c for r in rules)]
    return ["ALL", *categories, *codes, *prefixes]


Selector = Enum("Selector", {s: s for s in _selectors()}, type=str)  # type: ignore[misc]


class PlaceAnswer(BaseModel):
    """A place as `loci places` describes it, with how it matched the query if it did."""

    id: str = Field(examples=["BY"])
    kind: str = Field(description="country, territory, historic, subdivision or city")
    name: str = Field(examples=["Belarus"])
    name_zh: str | None = Field(description="Chinese name (simplified), if known")
    country: str | None = Field(description="ISO 3166-1 code of the containing territory")
    status: str = Field(description="current, renamed (matched by a former name), dissolved "
                                    "or subdivision")
    successors: list[str] = Field(description="For a dissolved state: its successors' ids")
    matched: str | None = Field(None, description="The stored name that matched the query")
    matched_by: str | None = Field(None, description=(
        "The kind of name that matched: exact, alias, former, pinyin, exonym, romanized, "
        "variant, abbreviation, code, fuzzy, or search"))
    confidence: float | None = Field(None, ge=0, le=1)
    year: int | None = Field(None, description="For a former name: the year it changed")


class PlaceSummary(PlaceAnswer):
    """A place in a list, with its population and page."""

    population: int | None
    url: str = Field(description="Site path of the place's guide", examples=["/countries/belarus/"])


class PlaceList(BaseModel):
    query: str | None
    answer: PlaceAnswer | None = Field(None, description=(
        "The place the query means, when the best candidate is sure enough"))
    candidates: list[PlaceAnswer] = Field([], description="Other places it may mean")
    places: list[PlaceSummary]


class Source(BaseModel):
    dataset: str
    version: str
    field: str


class Fact(BaseModel):
    place: str
    topic: str
    key: str
    value: Any
    text: str
    source: Source


class Name(BaseModel):
    name: str
    lang: str = Field(description="BCP 47 tag, 'und' when the source does not say")
    kind: str
    year: int | None


class PlaceDetail(BaseModel):
    """A place with every name and fact, each fact with its source."""

    place: PlaceSummary
    parent: str | None
    lat: float | None
    lon: float | None
    timezone: str | None
    status: str
    names: list[Name]
    facts: list[Fact]


class SearchHit(BaseModel):
    type: str = Field(description="place or article")
    id: str = Field(description="Place id or article slug")
    title: str
    kind: str = Field(description="The place's kind, or 'article'")
    url: str
    snippet: str = Field(description="For articles: the matching passage, as plain text")


class SearchResults(BaseModel):
    query: str
    results: list[SearchHit]


class ArticleSummary(BaseModel):
    slug: str
    title: str
    url: str
    date: str | None
    summary: str | None
    lang: str | None
    tags: list[str]
    places: list[str] = Field(description="Ids of the places the article is about")


class ArticleList(BaseModel):
    articles: list[ArticleSummary]


class CheckRequest(BaseModel):
    """An article to check: Markdown (front matter allowed) or plain text."""

    text: str = Field(description="The article (the whole request is limited to 1 MiB)",
                      examples=["Minsk is the capital of Belarus."])
    path: str = Field("article.md", max_length=200,
                      description="A file name for the findings; '.txt' reads plain text")
    select: list[Selector] = Field([], max_length=50,
                                   description="Only these rule codes, prefixes or categories")
    ignore: list[Selector] = Field([], max_length=50,
                                   description="Skip these rule codes, prefixes or categories")
    verbose: bool = Field(False, description="Also list the claims the KB cannot decide")


class Evidence(BaseModel):
    fact: str
    source: Source | None


class Finding(BaseModel):
    """One problem found, located in the text (1-based lines and columns)."""

    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    rule: str = Field(examples=["LC201"])
    category: str = Field(examples=["capital"])
    severity: str = Field(description="error, warning, info (unverifiable: KB cannot decide)")
    message: str
    suggestion: str | None
    evidence: Evidence | None


class CheckSummary(BaseModel):
    files: int
    findings: int
    errors: int
    warnings: int
    info: int
    unverifiable: int


class CheckResult(BaseModel):
    findings: list[Finding]
    undecided: list[Finding] = Field(
        description="Claims read but not verifiable (a place or field the KB lacks)")
    summary: CheckSummary
    unverifiable: list[Finding] | None = Field(None, description="Only with verbose")


class GuideSection(BaseModel):
    id: str = Field(examples=["at-a-glance"])
    title: str
    statements: list[dict[str, Any]] = Field(
        description="Each: text, quote, marks (links and language spans), facts with sources")
    charts: list[dict[str, Any]]


class GuideDoc(BaseModel):
    """A composed culture guide: every statement with the facts it was made from."""

    title: str
    place: dict[str, Any]
    names: dict[str, str]
    lede: str
    sections: list[GuideSection]
    related: list[dict[str, Any]]
    sources: list[dict[str, Any]]


class Health(BaseModel):
    status: str
    kb: dict[str, str]
    articles: int
    cached_responses: int
