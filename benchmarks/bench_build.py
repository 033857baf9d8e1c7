"""`loci build` against Hugo, on the same 10,000 generated Markdown articles.

Run: python benchmarks/bench_build.py [--articles 10000] [--jobs 2] [--tmp /dev/shm] [--rounds 5]
Needs Debian's hugo for the comparison: apt-get install -y hugo

Steps, in one run:
1. generate N articles (YAML front matter: title, date, tags, places; about 300
   words of Markdown each, with a Chinese gloss and a few place names);
2. loci: full build of the whole site (every guide, every city of 100,000 or
   more) plus the N articles, into an empty folder;
3. loci: a rebuild with nothing changed, then after one article is edited
   (goal: under 0.5 s; five rebuilds, one different article edited before
   each, reported as median and range, since single runs on a shared machine
   vary by a third), the same as a whole `loci build` process (interpreter
   start and imports included), then after every article is edited (the
   articles' share of the work: their pages, lists, tags, feed and search
   index);
4. Hugo: the same N files with a minimal template of its own (single, list,
   tag pages), into an empty folder.
Steps 3's last measure and 4 alternate for --rounds rounds (each edits every
article again), and the ratio reported is the median of the rounds' ratios:
on a shared machine either tool's time moves by a fifth from one minute to
the next.
5. Peak memory: a whole `loci build` process of the site and the articles into
   an empty folder, and Hugo's build of the articles, each sampled every 50 ms
   for the proportional set size (PSS: shared pages split among the processes
   that share them) summed over the process and its workers (Linux /proc).
Goals (issue 15): loci's article work at most 0.75x Hugo's build, and the whole site
at most 1.5x Hugo's time per page. Times are wall clock;
the output folder's file system matters (writing ~30,000 files), so both
tools write under --tmp.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from loci.kb import open_kb
from loci.site import build_site

WORDS = ["culture", "festival", "market", "river", "mountain", "language", "music", "food",
         "village", "city", "school", "history", "harvest", "tradition", "craft", "museum",
         "temple", "street", "family", "dance", "song", "winter", "summer", "coast", "island",
         "railway", "steel", "tea", "rice", "bread", "wool", "silk", "trade", "harbour",
         "bridge", "garden", "poem", "story", "painter", "weaver", "potter", "road", "border",
         "valley", "desert", "forest"]
PLACES = ["China", "Belarus", "Peru", "Malawi", "Eswatini", "Chile", "Norway", "Japan",
          "Kenya", "Mexico", "India", "Brazil", "Egypt", "Vietnam", "Ghana", "Mongolia"]
GLOSSES = ["lǎogōngrén (老工人, veteran workers)", "hútòng (胡同, alleys)",
           "chūnjié (春节, Spring Festival)", "gǒuqǐ (枸杞, goji berries)"]
TAGS = ["food", "music", "history", "travel", "language", "crafts", "cities", "festivals"]


def article(i: int, rng: random.Random) -> str:
    place = rng.choice(PLACES)
    paragraphs = []
    for _ in range(6):
        words = [rng.choice(WORDS) for _ in range(50)]
        words[0] = words[0].capitalize()
        words.insert(rng.randrange(5, 45), place)
        paragraphs.append(" ".join(words) + ".")
    paragraphs.insert(2, f"Locals speak of {rng.choice(GLOSSES)} with pride.")
    tags = ", ".join(rng.sample(TAGS, 2))
    return (f"---\ntitle: Notes from {place}, number {i}\ndate: 2025-{1 + i % 12:02d}-"
            f"{1 + i % 28:02d}\ntags: [{tags}]\nplaces: [{place}]\n---\n\n"
            f"## Part one\n\n{paragraphs[0]}\n\n" + "\n\n".join(paragraphs[1:]) + "\n")


def generate(folder: Path, count: int) -> None:
    rng = random.Random(1)
    folder.mkdir(parents=True)
    for i in range(count):
        (folder / f"note-{i:05d}.md").write_text(article(i, rng), encoding="utf-8")


def hugo_site(root: Path, content: Path) -> Path:
    """A minimal Hugo site over the same Markdown files."""
    site = root / "hugo"
    (site / "layouts" / "_default").mkdir(parents=True)
    shutil.copytree(content, site / "content" / "articles")
    (site / "config.toml").write_text('baseURL = "/"\ntitle = "bench"\n'
                                      "[taxonomies]\ntag = \"tags\"\n", encoding="utf-8")
    base = ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            "{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main>"
            "</body></html>")
    layouts = site / "layouts" / "_default"
    (layouts / "baseof.html").write_text(base, encoding="utf-8")
    (layouts / "single.html").write_text(
        '{{ define "main" }}<article><h1>{{ .Title }}</h1><time>{{ .Date }}</time>'
        "{{ .Content }}<ul>{{ range .Params.tags }}<li>{{ . }}</li>{{ end }}</ul>"
        "</article>{{ end }}", encoding="utf-8")
    (layouts / "list.html").write_text(
        '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="'
        '{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}', encoding="utf-8")
    return site


def edit(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")


def tree_pss(pid: int) -> int:
    """Bytes of memory a process and its descendants hold (PSS, from /proc: a page
    forked workers share with their parent counts once, split among them)."""
    total, todo = 0, [pid]
    while todo:
        proc = todo.pop()
        try:
            with open(f"/proc/{proc}/smaps_rollup", encoding="ascii") as rollup:
                total += next(int(line.split()[1]) * 1024 for line in rollup
                              if line.startswith("Pss:"))
            for task in os.listdir(f"/proc/{proc}/task"):
                with open(f"/proc/{proc}/task/{task}/children", encoding="ascii") as children:
                    todo += map(int, children.read().split())
        except (OSError, StopIteration, ValueError):
            continue  # the process ended while it was read
    return total


def peak_memory(command: list[str]) -> tuple[float, int]:
    """Run a command to its end: seconds, and its process tree's peak PSS in bytes."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_pss(process.pid))
        time.sleep(0.05)
    if process.returncode:
        raise SystemExit(f"{command[0]} failed with status {process.returncode}")
    return time.perf_counter() - start, peak


def timed(label: str, action: object) -> float:
    start = time.perf_counter()
    result = action()  # type: ignore[operator]
    seconds = time.perf_counter() - start
    print(f"{label:<44} {seconds:8.2f} s")
    if isinstance(result, str):
        print("    " + result.splitlines()[0])
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tmp", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of loci's all-articles rebuild against Hugo's build")
    args = parser.parse_args()
    kb = open_kb()
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        root = Path(tmp)
        content = root / "content"
        generate(content, args.articles)
        out = root / "public"

        def build() -> str:
            return build_site(kb, out=out, content=content, jobs=args.jobs)

        full = timed(f"loci: site + {args.articles:,} articles", build)
        timed("loci: rebuild, nothing changed", build)
        edits = []
        for i in range(5):
            edit(content / f"note-{42 + i * 1000:05d}.md")
            edits.append(timed(f"loci: rebuild after one article edited ({i + 1})", build))
        incremental = statistics.median(edits)
        edit(content / "note-00007.md")
        cli = [sys.executable, "-m", "loci", "build", "--content", str(content), "--out",
               str(out), "--jobs", str(args.jobs)]
        process = timed("loci build (a whole process) after one edit",
                        lambda: subprocess.run(cli, check=True, capture_output=True))
        hugo = hugo_site(root, content)
        command = ["hugo", "--quiet", "--source", str(hugo), "--destination", str(root / "h")]
        ratios, hugo_times = [], []
        for round_ in range(1, args.rounds + 1):
            for path in content.iterdir():
                path.write_text(path.read_text(encoding="utf-8") + "\nEdited.\n",
                                encoding="utf-8")
            articles = timed(f"loci: rebuild after all {args.articles:,} edited ({round_})", build)
            shutil.rmtree(hugo / "content" / "articles")
            shutil.copytree(content, hugo / "content" / "articles")
            shutil.rmtree(root / "h", ignore_errors=True)
            hugo_times.append(timed(f"hugo: {args.articles:,} articles ({round_})",
                                    lambda: subprocess.run(command, check=True)))
            ratios.append(articles / hugo_times[-1])
        fresh = root / "fresh"
        loci_memory = peak_memory([*cli[:-4], "--out", str(fresh), "--jobs", str(args.jobs)])
        shutil.rmtree(root / "h")
        hugo_memory = peak_memory(command)
        pages = sum(1 for _ in (root / "h").rglob("*.html"))
        print(f"\nhugo wrote {pages:,} HTML pages")
        print(f"loci articles / hugo: {statistics.median(ratios):.2f}x, median of "
              f"{len(ratios)} rounds ({', '.join(f'{r:.2f}' for r in ratios)}; goal <= 0.75)")
        site_pages = sum(1 for _ in out.rglob("*.html"))
        whole = full / statistics.median(hugo_times)
        print(f"loci whole site / hugo: {whole:.2f}x; per page {whole * pages / site_pages:.2f}x "
              f"({site_pages:,} pages against {pages:,}; goal <= 1.5)")
        print(f"peak memory (PSS of the process tree): loci build, whole site, as a process "
              f"({loci_memory[0]:.1f} s): {loci_memory[1] / 2**20:,.0f} MiB; hugo "
              f"({hugo_memory[0]:.1f} s): {hugo_memory[1] / 2**20:,.0f} MiB")
        print(f"loci incremental: median {incremental:.2f} s of {len(edits)} "
              f"({min(edits):.2f}-{max(edits):.2f} s; goal < 0.5 s); "
              f"as a whole process {process:.2f} s")


if __name__ == "__main__":
    main()
