"""Checker benchmarks: throughput on real, distinct prose, and `loci check` start-up.

Run: python benchmarks/bench_check.py [--corpus DIR ...] [--no-factbook] [--runs 3]
Goals (issue 12): at least 1 MB of prose a second on one core after start-up;
`loci check` on one file in under 0.3 s (a fresh process, KB already built).

The prose is real and distinct: every territory's background text from the CIA
World Factbook (public domain, about 450 KB, read from the KB), plus any folders
of Markdown articles named with --corpus. Generated or repeated text would hit
the checker's caches and flatter it. Everything loaded once per process (the
word lists, Babel's, pypinyin's and holidays' data) is loaded by a warm-up article
before the clock starts: that cost is start-up, measured on its own below.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loci.articles import Article, read_article, read_text
from loci.check import check_article, registry
from loci.check.engine import long_lived
from loci.check.knowledge import Knowledge
from loci.kb import KB, open_kb

# Touches every rule and everything loaded on first use (written for the benchmark).
WARM_UP = """---
title: Warm-up
places: [Malawi]
---
# Malawi

Lilongwe, the capital of Malawi, is calm. A bus fare costs 300 kwacha, and some
shops take rand. Most Malawians are Christian; English is an official language.
Independence Day falls on 6 July, and the national animal is the lion. Lake Malawi
National Park is a UNESCO World Heritage Site. Zomba lies 60 km from Blantyre.
About 40% of residents own a bicycle. Wǔjí (无极) and 北京 (Běijīng) are words.
Swaziland and the Netherlands Antilles are old names; we flew to Chongquing.
Songkran, Thailand's national day, is wet. Mashujaa Day in Kenya is on 20 October.
"""


def prose(kb: KB, folders: list[Path], factbook: bool = True) -> list[Article]:
    """The Factbook's background texts, one article each, and the articles in folders."""
    articles = []
    for place in kb.places() if factbook else ():
        for fact in kb.facts(place.id, "background"):
            if isinstance(fact.value, str):
                articles.append(read_text(f"# {place.name}\n\n{fact.value}\n",
                                          f"{place.id}.md"))
    for folder in folders:
        articles += [read_article(path) for path in sorted(folder.glob("*.md"))]
    return articles


def throughput(kb: KB, articles: list[Article]) -> tuple[float, float, float, int]:
    """MB/s by the wall clock and by CPU time, after the warm-up."""
    size = sum(len(a.text.encode()) for a in articles)
    know = Knowledge(kb)
    rules = list(registry())
    with long_lived() as settle:  # as `loci check` does after its first article
        check_article(read_text(WARM_UP, "warm.md"), know, rules)
        settle()
        started, cpu = time.perf_counter(), time.process_time()
        findings = sum(len(check_article(a, know, rules)) for a in articles)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return size / seconds / 1e6, size / cpu / 1e6, size / 1e6, findings


def startup(kb: KB, runs: int = 9) -> tuple[float, float, float]:
    """Median wall and CPU time of `loci check` on one small file, a fresh process each time."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.md"
        path.write_text("# Malawi\n\nLilongwe, the capital of Malawi, is calm.\n")
        command = [sys.executable, "-m", "loci", "--db", str(kb.path), "check", str(path)]
        # As installed by pip: Python's bytecode written (one untimed run writes it here).
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(command, check=True, capture_output=True, env=env)
        times, cpus = [], []
        for _ in range(runs):
            before = _children_cpu()
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True, env=env)
            times.append(time.perf_counter() - started)
            cpus.append(_children_cpu() - before)
        baseline = [sys.executable, "-c", "pass"]
        started = time.perf_counter()
        subprocess.run(baseline, check=True)
        return statistics.median(times), statistics.median(cpus), time.perf_counter() - started


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, action="append", default=[],
                        help="a folder of Markdown articles to add to the Factbook's prose")
    parser.add_argument("--runs", type=int, default=3, help="throughput runs (median shown)")
    parser.add_argument("--factbook", action=argparse.BooleanOptionalAction, default=True,
                        help="include the Factbook's background texts (default: yes)")
    args = parser.parse_args()
    kb = open_kb()
    articles = prose(kb, args.corpus, args.factbook)
    if not articles:
        parser.error("no prose to check: give --corpus folders or leave out --no-factbook")
    results = [throughput(kb, articles) for _ in range(args.runs)]
    wall, cpu, mb, findings = sorted(results)[len(results) // 2]
    print(f"throughput       {cpu:6.2f} MB/s of CPU time, {wall:.2f} MB/s wall  "
          f"({len(articles)} articles, {mb:.2f} MB, {findings:,} findings, median of "
          f"{args.runs} runs each in a fresh Knowledge; goal >= 1 MB/s)")
    median, median_cpu, python = startup(kb)
    print(f"start-up         {median * 1000:6.0f} ms wall, {median_cpu * 1000:.0f} ms CPU  "
          f"(`loci check` on one file, median of 9; bare python {python * 1000:.0f} ms; "
          f"goal < 300 ms)")


if __name__ == "__main__":
    main()
