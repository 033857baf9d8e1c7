"""An article that cannot be rendered is its own problem: the renderer neither crashes nor
hangs on it, the build names its file and leaves it out, and nothing leaks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from loci.errors import InputError
from loci.kb import KB
from loci.site import build_site, nesting
from loci.site.markup import markdown_html
from loci.site.nesting import MAX_DEPTH, depth
from loci.site.reading import start_method
from loci.site.workers import Died, Workers

GOOD = "---\ntitle: Good\ndate: 2026-01-01\n---\n\nAnshan is a city in China.\n"
DEEP = "---\ntitle: Deep\ndate: 2026-01-01\n---\n\n" + ">" * 100_000 + " x\n"
PANIC = "---\ntitle: Code\ndate: 2026-01-01\n---\n\nSee [`code\n"  # markdown-it-pyrs panicked
DIVS = "---\ntitle: Divs\ndate: 2026-01-01\n---\n\n" + "<div>" * 100_000 + "x\n"


def test_a_bracket_before_an_unclosed_backtick_renders() -> None:
    assert markdown_html("See [`code") == "<p>See [`code</p>\n"


@pytest.mark.parametrize("body", [">" * 100_000 + " x", "> " * 50_000 + "x",
                                  "- " * 50_000 + "x", "<div>" * 100_000 + "x",
                                  "*a **a " * 20_000 + "b" + " a** a*" * 20_000])
def test_nesting_past_the_limit_is_refused_not_crashed_on(body: str) -> None:
    with pytest.raises(InputError, match=f"nests more than {MAX_DEPTH} levels"):
        markdown_html(body)


def test_nesting_a_page_needs_renders() -> None:
    body = "\n".join("  " * i + "- item" for i in range(30)) + "\n\n" + "> " * 30 + "quote"
    html = markdown_html(body)
    assert html.count("<ul>") == 30 and html.count("<blockquote>") == 30


@pytest.mark.parametrize(("html", "most"), [
    ("<p>a</p><p>b</p>", 1), ("<div><div><br><img></div></div>", 2), ("<p>a<p>b<p>c", 1),
    ("<ul><li>a<li>b<li>c</ul>", 2), ("<table><tr><td>a<td>b<tr><td>c</table>", 5),
    ("<p>a<div>b</div>", 1), ("<b><i>x</b></i>", 4), ("<div><b id=1></div>x<div>", 4),
    ("<b>x</b>" * 200, 2)])
def test_depth_never_comes_out_below_what_the_parser_holds(html: str, most: int) -> None:
    # html5ever holds 1, 2, 1, 2, 4 (with the tbody it adds), 1, 2 (b reopened), 3 and 1
    assert depth(html) == most


def test_tables_and_strikethrough_render_as_github_does() -> None:
    html = markdown_html("| a | b |\n|:--|--:|\n| 1 | 2 |\n\n~~gone~~ ~kept~\n")
    assert '<th align="left">a</th>' in html and '<td align="right">2</td>' in html
    assert "<del>gone</del> ~kept~" in html


_LEAK = """
import resource
from loci.site import cmark
body = "# Title\\n\\n" + "Some *text* with a [link](https://example.org).\\n\\n" * 200
for _ in range(50):
    cmark.render(body)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
for _ in range(2_000):
    cmark.render(body)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
"""


def test_rendering_frees_what_it_allocates() -> None:
    # In a process of its own, whose peak memory is this test's alone: cmarkgfm's own
    # functions, which lose the tree and the HTML, grow it by 678 MB here.
    grown = subprocess.run([sys.executable, "-c", _LEAK], capture_output=True, text=True,
                           check=True).stdout
    assert int(grown) < 4_000  # KiB


@pytest.fixture(scope="module")
def bad_content(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("content")
    for name, text in (("good", GOOD), ("deep", DEEP), ("code", PANIC), ("divs", DIVS)):
        (folder / f"{name}.md").write_text(text, encoding="utf-8")
    return folder


def test_a_build_names_the_article_it_cannot_render_and_leaves_it_out(
        kb: KB, bad_content: Path, tmp_path: Path) -> None:
    summary = build_site(kb, out=tmp_path / "site", content=bad_content,
                         min_city_population=100_000_000, jobs=1)
    assert f"deep.md:1: its page cannot be made: the text nests more than {MAX_DEPTH}" in summary
    assert f"divs.md:1: its page cannot be made: the text nests more than {MAX_DEPTH}" in summary
    articles = tmp_path / "site" / "articles"
    assert {p.name for p in articles.iterdir() if p.is_dir()} == {"good", "code"}
    with pytest.raises(InputError, match=r"2 problem\(s\).*--strict"):
        build_site(kb, out=tmp_path / "strict", content=bad_content,
                   min_city_population=100_000_000, jobs=1, strict=True)
    assert not (tmp_path / "strict").exists()


def test_a_build_reading_in_worker_processes_leaves_out_the_bad_article(
        kb: KB, bad_content: Path, tmp_path: Path) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    for i in range(210):  # enough to be read by a pool of workers
        (folder / f"a{i:03}.md").write_text(GOOD.replace("Good", f"Good {i}"), encoding="utf-8")
    (folder / "deep.md").write_text(DEEP, encoding="utf-8")
    summary = build_site(kb, out=tmp_path / "site", content=folder,
                         min_city_population=100_000_000, jobs=2)
    assert "210 articles" in summary and "deep.md:1: its page cannot be made" in summary


def test_an_article_read_before_whose_page_is_now_refused_is_named(
        kb: KB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "content"
    folder.mkdir()
    (folder / "quotes.md").write_text(GOOD + "> " * 60 + "x\n", encoding="utf-8")
    build_site(kb, out=tmp_path / "site", content=folder, min_city_population=100_000_000,
               jobs=1)
    monkeypatch.setattr(nesting, "MAX_DEPTH", 40)  # as a newer loci with a stricter limit
    with pytest.raises(InputError, match=r"quotes\.md: its page cannot be made: the text nests"):
        build_site(kb, out=tmp_path / "site", content=folder, base_url="/x/",
                   min_city_population=100_000_000, jobs=1)


def _square_unless_13(n: int) -> int:
    if n == 13:
        os.kill(os.getpid(), signal.SIGKILL)  # as a crash in C code, or the OOM killer
    return n * n


def _nothing() -> None:
    pass


def _square(n: int) -> int:
    return n * n


def test_a_chunk_a_broken_pool_refuses_waits_for_the_next_pool(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # a worker can die between two submissions: the pool then refuses the next chunk,
    # which must not be lost (it once was: 4 of 40 items missing, now and then)
    from concurrent.futures.process import BrokenProcessPool

    real_pool, pools = Workers.pool, []

    def refusing_pool(self: Workers[int, int], jobs: int) -> object:
        pool = real_pool(self, jobs)
        pools.append(pool)
        if len(pools) == 1:  # the first pool refuses its second chunk
            submit, calls = pool.submit, []

            def submit_once(*args: object) -> object:
                calls.append(args)
                if len(calls) == 2:
                    raise BrokenProcessPool("a worker died")
                return submit(*args)

            pool.submit = submit_once  # type: ignore[method-assign]
        return pool

    monkeypatch.setattr(Workers, "pool", refusing_pool)
    results = dict(Workers(_square, 2, start_method, _nothing, (), chunk=4).each(range(40)))
    assert results == {i: i * i for i in range(40)}


def test_a_worker_that_dies_is_named_and_the_other_items_are_done() -> None:
    workers = Workers(_square_unless_13, 2, start_method, _nothing, (), chunk=4)
    results = dict(workers.each(list(range(40))))
    assert isinstance(results.pop(13), Died)
    assert results == {i: i * i for i in range(40) if i != 13}


def _pid(n: int) -> int:
    time.sleep(0.005)  # long enough that both workers take chunks
    return os.getpid()


def test_a_chunk_holds_one_group_so_a_group_is_done_by_one_worker() -> None:
    # a country's pages share what a worker computes for them (its map, its holidays)
    items = list(range(60))
    workers = Workers(_pid, 2, start_method, _nothing, (), chunk=4, group=lambda n: n // 3)
    done = dict(workers.each(items))
    assert sorted(done) == items
    for first in range(0, 60, 3):
        assert done[first] == done[first + 1] == done[first + 2], first
    assert len(set(done.values())) == 2  # and both workers had work
