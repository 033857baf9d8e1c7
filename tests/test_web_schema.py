"""Schemathesis against the live server's own OpenAPI document (bounded examples).

Each operation gets valid inputs (which must succeed or be a documented 4xx)
and invalid ones (which must be refused with a 4xx); every response must have
a documented status, content type and body schema, and none may be a 5xx.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.openapi import from_url

from web_live import Live

OPERATIONS = [
    ("GET", "/api/v1/places"),
    ("GET", "/api/v1/places/{place_id}"),
    ("GET", "/api/v1/search"),
    ("GET", "/api/v1/health"),
    ("GET", "/api/v1/guides/{place_id}"),
    ("GET", "/api/v1/articles"),
    ("POST", "/api/v1/check"),
]
NO_INPUT = {"/api/v1/health", "/api/v1/articles"}  # nothing to make invalid
EXAMPLES = 30  # per operation and mode: bounded
CASES = [(method, path, mode) for method, path in OPERATIONS
         for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE)
         if not (path in NO_INPUT and mode == GenerationMode.NEGATIVE)]


@pytest.fixture(scope="module")
def api_schema(live: Live) -> schemathesis.BaseSchema:
    return from_url(f"{live.url}/api/v1/openapi.json")


def test_the_list_above_names_every_documented_operation(
        api_schema: schemathesis.BaseSchema) -> None:
    found = {(op.ok().method.upper(), op.ok().path) for op in api_schema.get_all_operations()}
    assert found == set(OPERATIONS)


@pytest.mark.parametrize(("method", "path", "mode"), CASES,
                         ids=[f"{m} {p} {mode.value}" for m, p, mode in CASES])
def test_every_operation_keeps_its_documented_contract(
        api_schema: schemathesis.BaseSchema, method: str, path: str,
        mode: GenerationMode) -> None:
    operation = api_schema[path][method]

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate()

    run()
