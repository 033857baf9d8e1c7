"""Guide benchmarks: compose every territory guide and every city guide of 100,000+ people.

Run: python benchmarks/bench_guides.py   (uses the cached KB; builds it first if needed)
Goal (guides issue): all 253 territory guides in under 5 s on one core once the KB is open.
The first pass also pays for loading each territory's Babel locale data (about 250
locales, once per process); the second pass shows the steady cost per guide.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

from loci.guides import compose, render
from loci.kb import KB, PlaceRow, open_kb
from loci.site.standalone import guide_html, standalone_site

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def _timed(label: str, places: list[PlaceRow], work: Callable[[PlaceRow], object]) -> float:
    started, cpu = time.perf_counter(), time.process_time()
    for place in places:
        work(place)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    # CPU time as well as wall time: on a shared machine the wall clock includes waiting.
    print(f"{label:<34} {len(places):6,}  {seconds:7.2f} s wall  {cpu:7.2f} s cpu  "
          f"{cpu / max(1, len(places)) * 1000:6.2f} ms cpu each")
    return seconds


def main() -> None:
    started = time.perf_counter()
    kb: KB = open_kb()
    print(f"{'open KB':<34} {'':6}  {time.perf_counter() - started:7.2f} s wall")
    territories = kb.places()
    cities = kb.places(("city",), min_population=100_000)
    _timed("territory guides, first pass", territories, lambda p: compose(kb, p, now=CLOCK))
    _timed("territory guides, second pass", territories, lambda p: compose(kb, p, now=CLOCK))
    _timed("territory guides as Markdown", territories,
           lambda p: render(compose(kb, p, now=CLOCK), "md", kb))
    site = standalone_site(kb, CLOCK.date())
    _timed("territory guides as HTML pages", territories,
           lambda p: guide_html(site, compose(kb, p, now=CLOCK)))
    _timed("city guides (100,000+ people)", cities, lambda p: compose(kb, p, now=CLOCK))


if __name__ == "__main__":
    main()
