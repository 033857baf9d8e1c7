"""HTTP behaviour of a real ``loci serve``: one error shape, bad paths and bodies, caching, gzip."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest

from web_live import Live

ERROR_KEYS = {"status", "code", "message"}


def raw_request(live: Live, request: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes exactly as written (no client normalises the path) and read the answer."""
    parts = urlsplit(live.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    pairs = (line.split(": ", 1) for line in lines[1:] if ": " in line)
    headers = {name.lower(): value for name, value in pairs}
    return int(lines[0].split()[1]), headers, body


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> None:
    """The one error shape: {"error": {"status", "code", "message"}}, and nothing else."""
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == ERROR_KEYS
    assert body["error"]["status"] == status
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code


@pytest.fixture(scope="module")
def client(live: Live) -> Iterator[httpx.Client]:
    with live.client() as c:
        yield c


def test_every_error_has_the_one_shape(client: httpx.Client) -> None:
    assert_error(client.get("/no/such/page"), 404, "not_found")
    assert_error(client.get("/api/v1/places/XX"), 404, "not_found")
    assert_error(client.post("/api/v1/places"), 405, "method_not_allowed")
    assert_error(client.get("/api/v1/search", params={"q": "x", "limit": 0}), 422,
                 "invalid_request")
    assert_error(client.get("/api/v1/search"), 422, "invalid_request")
    assert_error(client.get("/api/v1/places/BY", params={"topic": "weather"}), 422)
    assert_error(client.post("/api/v1/check", content=b"x" * (2 << 20)), 413,
                 "payload_too_large")


def test_errors_are_never_cached(client: httpx.Client) -> None:
    assert client.get("/api/v1/places/XX").headers["cache-control"] == "no-store"


@pytest.mark.parametrize("path", [
    b"/../etc/passwd", b"/%2e%2e/etc/passwd", b"/%2E%2E/%2E%2E/etc/passwd",
    b"/..%2fetc%2fpasswd", b"/api/v1/../../etc/passwd", b"/%252e%252e/etc/passwd",
    b"/..\\..\\etc\\passwd", b"/countries/%00", b"/api/v1/places/..%2f..%2fBY",
    b"/.%2e/.%2e/etc/passwd", b"/countries/./../../etc/passwd",
])
def test_paths_outside_the_site_get_404(live: Live, path: bytes) -> None:
    status, headers, body = raw_request(
        live, b"GET " + path + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 404
    assert headers["content-type"].startswith("application/json")
    assert json.loads(body)["error"]["status"] == 404
    assert b"root:" not in body


def test_a_declared_oversized_body_is_refused_before_it_is_sent(live: Live) -> None:
    status, _, body = raw_request(live, b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\n"
                                        b"Content-Type: application/json\r\n"
                                        b"Content-Length: 50000000\r\nConnection: close\r\n\r\n")
    assert status == 413
    assert json.loads(body)["error"]["code"] == "payload_too_large"


def test_an_oversized_chunked_body_is_cut_off_at_the_limit(live: Live) -> None:
    chunk = b"x" * 65536
    chunks = (b"%x\r\n" % len(chunk) + chunk + b"\r\n") * 20  # 1.25 MiB, no Content-Length
    status, _, body = raw_request(live, b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\n"
                                        b"Content-Type: application/json\r\n"
                                        b"Transfer-Encoding: chunked\r\nConnection: close"
                                        b"\r\n\r\n" + chunks + b"0\r\n\r\n")
    assert status == 413
    assert json.loads(body)["error"]["status"] == 413


def test_a_bad_content_length_is_a_bad_request(live: Live) -> None:
    status, _, _ = raw_request(live, b"POST /api/v1/check HTTP/1.1\r\nHost: x\r\n"
                                     b"Content-Length: lots\r\nConnection: close\r\n\r\n")
    assert status == 400


def test_etag_answers_304_when_the_client_has_the_page(client: httpx.Client) -> None:
    first = client.get("/api/v1/places/BY")
    etag = first.headers["etag"]
    assert first.status_code == 200 and re.fullmatch(r'W/"[0-9a-f]+"', etag)
    again = client.get("/api/v1/places/BY", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert again.headers["etag"] == etag
    stale = client.get("/api/v1/places/BY", headers={"If-None-Match": 'W/"0000"'})
    assert stale.status_code == 200 and stale.content == first.content


def test_successful_gets_say_how_long_to_cache_them(client: httpx.Client) -> None:
    response = client.get("/api/v1/places", params={"q": "Bhutan"})
    assert response.headers["cache-control"] == "public, max-age=60"
    assert response.headers["vary"] == "Accept-Encoding"


def test_gzip_for_clients_that_accept_it_and_only_for_them(live: Live) -> None:
    with httpx.Client(base_url=live.url, headers={"Accept-Encoding": "gzip"}) as zipped:
        packed = zipped.get("/api/v1/places/CN")
    with httpx.Client(base_url=live.url, headers={"Accept-Encoding": "identity"}) as plain:
        unpacked = plain.get("/api/v1/places/CN")
    assert packed.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in unpacked.headers
    assert int(packed.headers["content-length"]) < len(unpacked.content) / 3
    assert json.loads(packed.content) == unpacked.json()  # httpx decoded the gzip
    assert packed.headers["etag"] == unpacked.headers["etag"]


@pytest.mark.parametrize("encoding", ["gzip", "identity"])
def test_a_cached_answer_is_the_rendered_answer_byte_for_byte(live: Live, encoding: str) -> None:
    """The first GET is rendered through ASGI; the next is the front's one RSGI call."""
    path = "/api/v1/places?q=Montenegro"  # asked by no other test, so the first is a miss
    request = (f"GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {encoding}\r\n"
               "Connection: close\r\n\r\n").encode()
    rendered, cached = raw_request(live, request), raw_request(live, request)
    drop = {"date"}
    assert rendered[0] == cached[0] == 200
    assert {k: v for k, v in rendered[1].items() if k not in drop} == \
        {k: v for k, v in cached[1].items() if k not in drop}
    assert rendered[2] == cached[2] and len(cached[2]) == int(cached[1]["content-length"])
    assert ("content-encoding" in cached[1]) == (encoding == "gzip")


def test_head_has_the_headers_of_get_and_no_body(live: Live) -> None:
    status, headers, body = raw_request(
        live, b"HEAD /api/v1/places/BY HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert status == 200 and body == b""
    assert int(headers["content-length"]) > 1000
    assert headers["etag"].startswith('W/"')


def test_the_openapi_document_and_its_docs_page_work_offline(client: httpx.Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/places", "/api/v1/places/{place_id}", "/api/v1/search"} <= set(
        spec["paths"])
    page = client.get("/api/v1/docs")
    assert page.status_code == 200 and "swagger-ui" in page.text
    assert "cdn" not in page.text.lower()  # its scripts come from this server
    for asset in re.findall(r'(?:src|href)="(/api/v1/docs/[^"]+)"', page.text):
        assert client.get(asset).status_code == 200


def test_a_control_character_in_a_query_is_an_answer_not_a_crash(
        client: httpx.Client) -> None:
    response = client.get("/api/v1/places", params={"q": "Bel\x00arus\x1b"})
    assert response.status_code == 200


def test_an_error_quotes_a_long_path_cut_short(client: httpx.Client) -> None:
    response = client.get("/" + "a" * 20_000)
    assert response.status_code == 404 and len(response.content) < 1000
