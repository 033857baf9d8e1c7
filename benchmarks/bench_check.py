"""Checker benchmarks: throughput on generated articles, and `loci check` start-up on one file.

Run: python benchmarks/bench_check.py [--articles 400]
Goals (issue 4): over 1 MB of Markdown a second on one core with the KB open;
`loci check` on one file in under 0.5 s (a fresh process, KB already built).

The articles are generated from the KB itself: real countries, capitals and
cities in culture-guide prose, a share of it wrong on purpose, with headings,
links, emphasis and pinyin, so every rule has work to do.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loci.articles import read_text
from loci.check import check_article, registry
from loci.check.knowledge import Knowledge
from loci.kb import KB, open_kb

FILLER = [
    "Markets open early, and the smell of frying dough drifts across the square.",
    "Visitors are welcome at most festivals, though photographs need a polite question first.",
    "The old quarter is best explored on foot, slowly, with stops for tea.",
    "Music spills from open doors late into the evening, and neighbours join in.",
    "A short bus ride leads to villages where weaving is still taught at home.",
    "Street food is cheap, filling and, with a little care, perfectly safe.",
    "In the rainy season the hills turn green and the roads turn to mud.",
    "Older residents remember when the railway arrived and everything changed.",
    "Weddings last for days, and guests are expected to dance at least once.",
    "The national museum keeps its best textiles in a cool room upstairs.",
    "Fishing boats come in at dawn, and the auction is over before breakfast.",
    "Children learn the old songs at school, then rewrite them for their phones.",
]
SECTIONS = ("Arrival", "Belief and language", "Food", "Getting around", "Festivals", "Crafts",
            "Music", "Work and money")
PINYIN = ["hútòng (胡同)", "wǔjí (无极)", "jiǎozi (饺子)", "Chóngqìng (重庆)", "gǒuqǐ (枸杞)"]


def _places(kb: KB) -> list[tuple[str, str, str]]:
    """(country, capital, another city) for countries with a capital on record."""
    out = []
    for country in kb.places(("country",)):
        capitals = [f.value["name"] for f in kb.facts(country.id, "capital")
                    if isinstance(f.value, dict)]
        cities = kb.places(("city",), country=country.id, min_population=200_000)
        if capitals and cities:
            out.append((country.name, capitals[0], cities[-1].name))
    return out


def _article(rng: random.Random, places: list[tuple[str, str, str]]) -> str:
    country, capital, city = rng.choice(places)
    wrong = rng.random() < 0.3
    lines = ["---", f'title: "Notes on {country}"', f"places: [{country}]", "---",
             f"# {country}", ""]
    for section in SECTIONS:  # about the seed article's size: 8-9 KB
        lines += [f"## {section}", ""]
        paragraph = rng.sample(FILLER, 6)
        paragraph.insert(1, f"{city if wrong else capital}, the capital of {country}, "
                            f"is where most journeys begin.")
        paragraph.insert(3, f"The **{rng.choice(PINYIN)}** is a word you will hear, and "
                            f"[this guide](https://example.org/{country[:3]}) explains more.")
        lines += [" ".join(paragraph), ""]
    lines += [f"{city} lies {rng.randint(20, 900)} km {rng.choice(['north', 'southeast'])} of "
              f"{capital}. About {rng.randint(5, 95)}% of residents speak a second language.", ""]
    return "\n".join(lines)


def throughput(kb: KB, count: int) -> tuple[float, float, float, int]:
    """MB/s by the wall clock and by CPU time (the honest figure on a shared machine)."""
    rng = random.Random(4)
    places = _places(kb)
    texts = [_article(rng, places) for _ in range(count)]
    size = sum(len(t.encode()) for t in texts)
    know = Knowledge(kb)
    rules = list(registry())
    check_article(read_text(texts[0], "warm.md"), know, rules)  # load rule modules and indexes
    started, cpu = time.perf_counter(), time.process_time()
    findings = 0
    for i, text in enumerate(texts):
        findings += len(check_article(read_text(text, f"{i}.md"), know, rules))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return size / seconds / 1e6, size / cpu / 1e6, size / 1e6, findings


def startup(kb: KB, runs: int = 7) -> tuple[float, float, float]:
    """Median wall and CPU time of `loci check` on one small file, a fresh process each time."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.md"
        path.write_text("# Malawi\n\nLilongwe, the capital of Malawi, is calm.\n")
        command = [sys.executable, "-m", "loci", "--db", str(kb.path), "check", str(path)]
        times, cpus = [], []
        for _ in range(runs):
            before = _children_cpu()
            started = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
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
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    kb = open_kb()
    wall, cpu, mb, findings = throughput(kb, args.articles)
    print(f"throughput       {cpu:6.2f} MB/s of CPU time, {wall:.2f} MB/s wall  "
          f"({args.articles} articles, {mb:.2f} MB, {findings:,} findings; goal > 1 MB/s)")
    median, median_cpu, python = startup(kb)
    print(f"start-up         {median * 1000:6.0f} ms wall, {median_cpu * 1000:.0f} ms CPU  "
          f"(`loci check` on one file, median of 7; bare python {python * 1000:.0f} ms; "
          f"goal < 500 ms)")


if __name__ == "__main__":
    main()
