"""API routes over composed content: guides, articles, and checking posted articles."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from starlette.responses import Response

from loci.guides.compose import compose
from loci.guides.links import has_guide
from loci.web import schemas
from loci.web.api import ERRORS, PlaceId, json_response
from loci.web.checker import Checker
from loci.web.errors import ErrorBody, error_response
from loci.web.state import ServerState, state_of

router = APIRouter(prefix="/api/v1", responses=ERRORS)
State = Annotated[ServerState, Depends(state_of)]


@router.get("/guides/{place_id}", response_model=schemas.GuideDoc,
            summary="The culture guide of a territory or city")
async def guide(state: State, place_id: PlaceId) -> Response:
    """The guide as composed for the site today: sections of statements, each with its
    facts and their sources."""
    place = state.kb.place(place_id.removeprefix("geonames:"))
    if place is None or not has_guide(place):
        what = f"{place.name} is a {place.kind}" if place else f"no place has the id {place_id!r}"
        return error_response(404, f"no guide for {place_id!r} ({what}): guides exist for "
                                   "territories and cities; find ids with /api/v1/places?q=NAME")
    return json_response(compose(state.kb, place, today=state.pages.today).as_dict())


@router.get("/articles", response_model=schemas.ArticleList, summary="Every article, newest first")
async def articles(state: State) -> Response:
    """The articles of the content folder, with the places they are about."""
    data = state.pages.data
    return json_response({"articles": [
        {"slug": a.slug, "title": a.title, "url": data.url(f"articles/{a.slug}/"),
         "date": a.date, "summary": a.summary or None, "lang": a.lang or None,
         "tags": list(a.tags), "places": list(a.places)}
        for a in data.articles.values()]})


@router.post("/check", response_model=schemas.CheckResult, summary="Fact-check an article",
             responses={413: {"model": ErrorBody, "description": "Body over 1 MiB"},
                        503: {"model": ErrorBody, "description": "Too many checks waiting"}})
async def check(state: State, request: schemas.CheckRequest) -> Response:
    """Find the claims an article makes and check them against the knowledge base: the same
    findings as `loci check --format json`."""
    checker: Checker = state.checker
    data = await checker.check(request.text, request.path, [s.value for s in request.select],
                               [s.value for s in request.ignore], request.verbose)
    response = json_response(data)
    response.headers["cache-control"] = "no-store"
    return response
