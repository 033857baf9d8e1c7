"""A bounded load test on loopback: no failed request, no growth in the server's memory."""

from __future__ import annotations

import http.client
import json
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlsplit

import pytest

from web_live import Live

THREADS = 8
WARM_ROUNDS = 2  # passes over the URL list before the first memory reading
REQUESTS = 20_000  # measured after warming
GROWTH_LIMIT_KIB = 6 * 1024  # allocator noise is far below this; a leak of 300 B/request is not

QUERIES = ["鞍山", "辽宁", "anshan", "baieluosi", "bai e luo si", "swaziland", "georgia",
           "paris", "中国", "beij", "san", "minsk", "hot springs", "steel", "congo"]
PLACES = ["BY", "CN", "CN-LN", "2038632", "BT", "BO", "AN", "CS", "SH-TA", "SZ"]


CHECK = json.dumps({"text": "Thimphu is the capital of Nepal. Swaziland is small."}).encode()


def urls() -> list[tuple[str, int]]:
    """(path, expected status): pages, API answers, errors, and a few checks (POST)."""
    found = [(f"/api/v1/search?q={quote(q)}&limit={n}", 200) for q in QUERIES for n in (5, 10)]
    found += [(p, 200) for p in ("/", "/countries/china/", "/countries/china/anshan/",
                                 "/countries/belarus/index.json", "/articles/anshan-steel/",
                                 "/static/style.css", "/zh/countries/")]
    found += [("/countries/belarus", 301), ("POST /api/v1/check", 200)]
    found += [(f"/api/v1/places?q={quote(q)}", 200) for q in QUERIES]
    found += [(f"/api/v1/places/{p}", 200) for p in PLACES]
    found += [("/api/v1/places", 200), ("/api/v1/openapi.json", 200),
              ("/api/v1/places/NOPE", 404), ("/no/such/page", 404),
              ("/api/v1/search?q=x&limit=500", 422), ("/%2e%2e/etc/passwd", 404)]
    return found


def hammer(url: str, work: list[tuple[str, int]]) -> Counter[str]:
    """Send each request over one keep-alive connection; count outcomes."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    outcomes: Counter[str] = Counter()
    try:
        for path, expected in work:
            if path.startswith("POST "):
                conn.request("POST", path[5:], body=CHECK,
                             headers={"Content-Type": "application/json"})
            else:
                conn.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = conn.getresponse()
            response.read()
            outcomes["ok" if response.status == expected else f"{path} {response.status}"] += 1
    finally:
        conn.close()
    return outcomes


def run(live: Live, total: int) -> Counter[str]:
    plan = urls()
    work = [plan[i % len(plan)] for i in range(total)]
    shares = [work[i::THREADS] for i in range(THREADS)]
    outcomes: Counter[str] = Counter()
    with ThreadPoolExecutor(THREADS) as pool:
        for found in pool.map(lambda share: hammer(live.url, share), shares):
            outcomes.update(found)
    return outcomes


@pytest.mark.slow
def test_no_failed_request_and_no_memory_growth_under_load(live: Live) -> None:
    warm = run(live, WARM_ROUNDS * len(urls()) * THREADS)
    assert set(warm) == {"ok"}, warm
    time.sleep(0.5)
    before = live.rss_kib()
    started = time.perf_counter()
    outcomes = run(live, REQUESTS)
    seconds = time.perf_counter() - started
    time.sleep(0.5)
    after = live.rss_kib()
    assert outcomes == {"ok": REQUESTS}, outcomes.most_common(5)
    assert before > 0
    print(f"\n{REQUESTS:,} requests in {seconds:.1f} s ({REQUESTS / seconds:,.0f}/s); "
          f"worker RSS {before / 1024:.1f} MiB -> {after / 1024:.1f} MiB")
    assert after - before < GROWTH_LIMIT_KIB, (before, after)
