"""The JSON API under /api/v1: places, facts, guides, articles, search, check."""

from __future__ import annotations

import json
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from starlette.responses import Response

from loci.kb import PlaceRow
from loci.places import answer, describe, facts_of
from loci.places.resolve import MAX_QUERY
from loci.sources.records import TOPICS
from loci.web import schemas
from loci.web.errors import ErrorBody, error_response
from loci.web.state import ServerState, state_of

ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in ((400, "Bad request"), (404, "Not found"),
                                (422, "Invalid parameters"))}

router = APIRouter(prefix="/api/v1", responses=ERRORS)
State = Annotated[ServerState, Depends(state_of)]
Topic = Enum("Topic", {t.replace("-", "_"): t for t in TOPICS}, type=str)  # type: ignore[misc]
PlaceId = Annotated[str, Path(max_length=40, description="Place id: BY, CN-LN, 2038632",
                              examples=["BY"])]


def json_response(data: Any) -> Response:
    """Serialise once; the edge layer caches these bytes."""
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return Response(body.encode(), media_type="application/json")


def summary(state: ServerState, place: PlaceRow, **found: Any) -> dict[str, Any]:
    """A place as `loci places` describes it, with its population and page."""
    return {**describe(state.kb, place, None, state.name_zh(place)), **_page(state, place),
            **found}


def _page(state: ServerState, place: PlaceRow) -> dict[str, Any]:
    return {"population": state.population(place), "url": state.url(place)}


def _place(state: ServerState, place_id: str) -> PlaceRow | Response:
    place = state.kb.place(place_id.removeprefix("geonames:"))
    if place is None:
        return error_response(404, f"no place has the id {place_id!r}: find ids with "
                                   f"/api/v1/places?q=NAME")
    return place


@router.get("/places", response_model=schemas.PlaceList, summary="Resolve or list places")
async def places(state: State,
                 q: Annotated[str | None, Query(max_length=MAX_QUERY, description=(
                     "Any name: English, Chinese, toneless pinyin, a former name, a code, "
                     "a misspelling. Without it: every territory."))] = None,
                 limit: Annotated[int, Query(ge=1, le=100)] = 10) -> Response:
    """What a name means, as `loci places` answers it (the answer, or none below the
    resolver's confidence, and the other candidates), with ``places``: the candidates
    and then search hits, best first. Without a query, ``places`` lists every territory."""
    if q is None or not q.strip():
        rows = state.kb.places()
        return json_response({"query": q, "places": [summary(state, p) for p in rows]})
    result = answer(state.kb, state.resolver, q, limit, state.name_zh)
    found = {d["id"]: {**d, **_page(state, place)}
             for d in filter(None, [result["answer"], *result["candidates"]])
             if (place := state.resolver.place(d["id"])) is not None}
    for hit in state.search.places(q, limit):
        if len(found) < limit and hit.id not in found and (place := state.kb.place(hit.id)):
            found[hit.id] = summary(state, place, matched=hit.title, matched_by="search")
    return json_response({**result, "places": list(found.values())[:limit]})


@router.get("/places/{place_id}", response_model=schemas.PlaceDetail,
            summary="A place's names and facts, each fact with its source")
async def place(state: State, place_id: PlaceId,
                topic: Annotated[Topic | None, Query(description="Only facts of this topic")]
                = None,
                year: Annotated[int | None, Query(ge=1, le=9999, description=(
                    "Public holidays of this year (default: this year)"))] = None) -> Response:
    """Everything the knowledge base knows about one place."""
    found = _place(state, place_id)
    if isinstance(found, Response):
        return found
    facts = facts_of(state.kb, found.id, topic.value if topic else None, year)
    names = [{"name": n.name, "lang": n.lang, "kind": n.kind, "year": n.year}
             for n in state.kb.names(found.id)]
    return json_response({
        "place": summary(state, found), "parent": found.parent, "lat": found.lat,
        "lon": found.lon, "timezone": found.timezone, "status": found.status,
        "names": names, "facts": [f.as_dict() for f in facts]})


@router.get("/search", response_model=schemas.SearchResults,
            summary="Search places and articles (English, Chinese, pinyin)")
async def search(state: State,
                 q: Annotated[str, Query(min_length=1, max_length=200, examples=["鞍山"])],
                 limit: Annotated[int, Query(ge=1, le=50)] = 10) -> Response:
    """Full-text search: names in any language, toneless pinyin, former names, article text;
    first the place the resolver takes the query for ("Weissrusland": Belarus), if any."""
    results = []
    hits = state.search.search(q, limit)
    best = state.resolver.best(q) if len(q) <= MAX_QUERY else None
    if best is not None and all(h.id != best.place.id for h in hits):
        results.append({"type": "place", "id": best.place.id, "title": best.place.name,
                        "kind": best.place.kind, "url": state.url(best.place), "snippet": ""})
    for hit in hits[:limit - len(results)]:
        url = hit.url
        if hit.type == "place" and (row := state.kb.place(hit.id)):
            url = state.url(row)
        results.append({"type": hit.type, "id": hit.id, "title": hit.title, "kind": hit.kind,
                        "url": url, "snippet": hit.snippet})
    return json_response({"query": q, "results": results})


@router.get("/health", response_model=schemas.Health, summary="Liveness and what is loaded")
async def health(state: State) -> Response:
    """For load balancers and start-up scripts: 200 once the server can answer."""
    kb = {k: state.kb.meta.get(k, "") for k in ("key", "built", "schema")}
    response = json_response({"status": "ok", "kb": kb, "articles": len(state.pages.data.articles),
                              "cached_responses": len(state.cache)})
    response.headers["cache-control"] = "no-store"
    return response
