"""Pathological inputs, after cmark's ``test/pathological_tests.py``: every parser over user
text takes time about linear in its input.

Each case is fed to each parser at 10 and 100 times a base size; the time may grow
by at most four times what a plain article of the same sizes grows by (about
tenfold), so a quadratic parser (a hundredfold) fails while a busy machine's
noise does not. Times are the best of three runs, in CPU time of the test's
thread; nothing compares seconds against a constant.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loci.articles import prose, read_text
from loci.articles.importer import import_html, import_text
from loci.articles.plain import tag_items
from loci.check import check_article, engine, registry
from loci.check.engine import check_lines
from loci.check.knowledge import Knowledge
from loci.errors import InputError
from loci.kb import KB
from loci.site import markup
from loci.site.articles import read_meta
from loci.site.content import ContentError
from loci.site.context import Site
from loci.site.gather import site_base
from loci.site.pages.articles import article_page

BASE = 900  # characters: 100 times this stays under the checker's 100,000-character line
GROWTH = 4.0  # how many times a plain article's growth a case may grow by (linear: 1 to 2.3)
FRONT = "---\ntitle: T\ndate: 2026-01-01\n---\n\n"
PLAIN = ("Lilongwe is the capital of Malawi. 鞍山 (Anshan) is a city in Liaoning, "
         "known for its steel. Markets open early, and music spills from open doors.\n\n")


def _each(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _lines(make: Callable[[int], str], size: int) -> str:
    """``make(0) + make(1) + ...`` cut at ``size`` characters."""
    parts, length = [], 0
    while length < size:
        parts.append(make(len(parts)))
        length += len(parts[-1])
    return "".join(parts)[:size]


# name -> the text of about ``size`` characters (the body of an article)
CASES: dict[str, Callable[[int], str]] = {
    # cmark's own suite
    "nested strong emph": lambda n: _each("*a **a ", n // 2) + "b" + _each(" a** a*", n // 2),
    "many emph closers with no openers": lambda n: _each("a_ ", n),
    "many emph openers with no closers": lambda n: _each("_a ", n),
    "many link closers with no openers": lambda n: _each("a]", n),
    "many link openers with no closers": lambda n: _each("[a", n),
    "mismatched openers and closers": lambda n: _each("*a_ ", n),
    "openers and closers multiple of 3": lambda n: "a**b" + _each("c* ", n),
    "link openers and emph closers": lambda n: _each("[ a_", n),
    "pattern [ (]( repeated": lambda n: _each("[ (](", n),
    "pattern ![[]() repeated": lambda n: _each("![[]()", n),
    "nested brackets": lambda n: "[" * (n // 2) + "a" + "]" * (n // 2),
    "nested block quotes": lambda n: _each("> ", n) + "a",
    "deeply nested lists": lambda n: _lines(lambda i: "  " * i + "* a\n", n),
    "U+0000 in input": lambda n: _each("abc\u0000de\u0000", n),
    "backticks": lambda n: _lines(lambda i: "e" + "`" * i, n),
    "unclosed links A": lambda n: _each("[a](<b", n),
    "unclosed links B": lambda n: _each("[a](b", n),
    "unclosed <!--": lambda n: "</" + _each("<!--", n),
    "tables": lambda n: _each("aaa\rbbb\n-\v\n", n),
    "many references": lambda n: _lines(lambda i: f"[{i}]: u\n", n // 2) + _each("[0] ", n // 2),
    # what loci's own reports found (D1, D2, D3, D7, D8)
    "many [": lambda n: "[" * n,
    "[ before an unclosed backtick": lambda n: _each("See [`code\n", n),
    "block quotes without spaces": lambda n: ">" * n + " x",
    "unclosed <div>": lambda n: _each("<div>", n) + "x",
    "long lines of prose": lambda n: _each(_each("China ", 3300) + "\n", n),
    "one line of prose": lambda n: _each("Minsk is the capital of Belarus. ", n),
    "quotes ever deeper": lambda n: _lines(lambda i: ">" * i + " x\n", n),
    "a list item in a quote, repeated": lambda n: _each("> - ", n) + "a",
    "dashes": lambda n: _each("- ", n) + "a",
    "numbers": lambda n: _each("1. ", n) + "a",
    # the patterns that mask Markdown for the checker, and the site's
    "many _ inside a word": lambda n: "a" + "_" * n + "b",
    "many * inside a word": lambda n: "a" + "*" * n + "b",
    "many ![": lambda n: _each("![", n),
    "many [^": lambda n: _each("[^", n),
    "many ](": lambda n: _each("[a](", n),
    "many <a": lambda n: _each("<a", n),
    "unclosed quote in a tag": lambda n: _each('<a "', n),
    "fence without a newline": lambda n: "x\n" + "`" * n,
    "many (a:": lambda n: _each("(a:", n),
    "ignore comments never closed": lambda n: _each("<!-- loci: ignore ", n),
    "end punctuation and brackets": lambda n: _each("!)", n),
    "a stop before spaces": lambda n: _each("." + " " * 50 + "a", n),
    "spaces between words": lambda n: _each("a" + " " * 200, n),
    "tag words without spaces": lambda n: _each("a.culture ", n),
    "tag words with long gaps": lambda n: _each("China" + " " * 80 + "culture ", n),
    "code spans between Chinese": lambda n: _each("`x` 中 ", n),
    "Chinese between words": lambda n: _each("中 a ", n),
    "glosses": lambda n: _each("Anshan (鞍山, ", n),
    "readings": lambda n: _each("鞍山 (ān ", n),
    "entities": lambda n: _each("&amp;&#123;&#x1F600;&nbsp;&bogus", n),
    "title text in pieces": lambda n: "<title>" + _each("a<b>", n),
    "comments never closed, among tags": lambda n: _each("<!--x>", n),
    "many <![": lambda n: _each("<![", n),
    "many </a": lambda n: _each("</a", n),
    "many <?": lambda n: _each("<?x", n),
    "attribute values never closed": lambda n: _each('<a x="', n),
    # HTML the sanitiser would take quadratic time over
    "unclosed lists": lambda n: _each("<ul><li>", n),
    "unclosed definition lists": lambda n: _each("<dl><dt>", n),
    "formatting reopened in paragraphs": lambda n: "".join(
        f"<b id={i}><p>x" for i in range(n // 16)),
    "formatting reopened after blocks": lambda n: "".join(
        f"<div><b id={i}></div>x" for i in range(n // 25)),
    "links around blocks": lambda n: _each("<a><div>", n),
    "quotes closing a span": lambda n: _each("<div></span>", n),
}


@pytest.fixture(scope="module")
def know(kb: KB) -> Knowledge:
    return Knowledge(kb)


@pytest.fixture(scope="module")
def site(kb: KB) -> Site:
    data = site_base(kb, base_url="/", min_city_population=50_000_000,
                     today=dt.date(2026, 1, 1))
    return Site(data, kb)


def _reader(text: str) -> object:
    return prose(read_text(text, "a.md"))


def _parsers(kb: KB, know: Knowledge, site: Site, folder: Path
             ) -> dict[str, Callable[[str], object]]:
    rules = list(registry())

    def checker(text: str) -> object:
        article = read_text(text, "a.md")
        check_lines(article)
        return check_article(article, know, rules)

    def renderer(text: str) -> object:
        path = folder / "a.md"
        path.write_text(FRONT + text, encoding="utf-8", errors="surrogatepass")
        try:
            meta, body = read_meta(str(path), know.resolver, know)
        except ContentError:
            return None
        return article_page(site, meta, body, site.data.paths)

    return {"reader": _reader, "checker": checker, "renderer": renderer,
            "importer (text)": lambda text: import_text(kb, text),
            "importer (HTML)": lambda text: import_html(kb, text)}


def _seconds(parse: Callable[[str], object], text: str) -> float:
    """CPU seconds of this thread for one run (an error a parser reports counts as an
    answer): other processes on a busy machine slow the clock on the wall, not this."""
    started = time.thread_time()
    with contextlib.suppress(InputError):
        parse(text)
    return time.thread_time() - started


_GROWTH: dict[str, float] = {}  # a plain article's growth, per parser


def _growth(parse: Callable[[str], object], make: Callable[[int], str], runs: int = 3) -> float:
    """How many times longer 100 times the base size takes than 10 times (best runs)."""
    small, large = make(BASE * 10), make(BASE * 100)
    times = [(_seconds(parse, small), _seconds(parse, large)) for _ in range(runs)]
    return min(t for _, t in times) / max(min(t for t, _ in times), 1e-6)


@pytest.fixture(scope="module")
def parsers(kb: KB, know: Knowledge, site: Site, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[dict[str, Callable[[str], object]]]:
    yield _parsers(kb, know, site, tmp_path_factory.mktemp("pathological"))


@pytest.mark.parametrize("parser", ["reader", "checker", "renderer", "importer (text)",
                                    "importer (HTML)"])
@pytest.mark.parametrize("case", list(CASES))
def test_time_grows_about_linearly(parsers: dict[str, Callable[[str], object]], parser: str,
                                   case: str) -> None:
    parse = parsers[parser]
    if parser not in _GROWTH:
        _GROWTH[parser] = _growth(parse, lambda n: _each(PLAIN, n))
    plain = max(10.0, _GROWTH[parser])
    growth = _growth(parse, CASES[case])
    assert growth <= GROWTH * plain, (
        f"{parser} on {case!r}: 10 times the text took {growth:.0f} times as long "
        f"(a plain article: {_GROWTH[parser]:.0f} times)")


def test_the_long_line_guard_takes_time_in_the_text_not_in_the_length_of_its_lines() -> None:
    # Texts over its 100,000 characters: below that it was quick, whatever its lines (a
    # pattern is not tried where less than its length is left). 400 KB of 40,000-character
    # lines took the pattern 12 s, forty times as long as 1,000-character lines.
    short = (_each("China ", 1_000) + "\n") * 400
    long = (_each("China ", 40_000) + "\n") * 10
    times = [(_seconds(engine.long_line, short), _seconds(engine.long_line, long))
             for _ in range(3)]
    assert min(t for _, t in times) <= 4 * max(min(t for t, _ in times), 1e-3)


# The linear rewrites answer as the simple patterns they replace did (on small texts, where
# those are fast): tag lists, the long-line guard, and where a page's text may be changed.

_TAGGY = st.lists(st.sampled_from(["China", "culture", "Upper", "Volta", " ", "  ", "\u00a0",
                                   "\n", ".", "a.culture", "x"]), max_size=30).map("".join)


def _tag_items_before(text: str) -> list[tuple[int, int]] | None:
    tail = text[-40:].split()
    last = re.search(r"(\w+)\s*$", tail[-1]) if tail else None
    if not last or text.count(last.group(1)) < 3 or re.search(r"[.!?][\"”’)]*\s+[A-Z]", text):
        return None
    items, position = [], 0
    for match in re.finditer(rf"(\S.*?)[ \u00a0]+{re.escape(last.group(1))}(?:\s+|$)", text,
                             re.S):
        if match.start() != position or len(match.group(1).split()) > 8:
            return None
        items.append(match.span(1))
        position = match.end()
    return items if len(items) >= 3 and position == len(text) else None


@settings(max_examples=500, deadline=None)
@given(_TAGGY.map(str.strip))
def test_tag_lists_are_found_as_the_lazy_pattern_found_them(text: str) -> None:
    assert tag_items(text, 0, len(text)) == _tag_items_before(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab\r\n", max_size=60))
def test_the_long_line_guard_finds_the_line_the_pattern_found(text: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(engine, "MAX_LINE", 5)
        found = re.search(r"[^\r\n]{6}", text)
        assert engine.long_line(text) == (found.start() if found else None)


def _in_text_before(html: str, matches: list[re.Match[str]]) -> list[int]:
    skipped = [m.span() for m in markup._NO_SPAN.finditer(html)]
    return [m.start() for m in matches
            if not (html.rfind("<", 0, m.start()) > html.rfind(">", 0, m.start())
                    or any(a <= m.start() < b for a, b in skipped))]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["中", "文", " ", "a", "<", ">", "<b>", "</b>", "<code>",
                                 "</code>", '<a title="中">', "</a>", "<pre>x", "</pre>"]),
                max_size=40).map("".join))
def test_text_between_tags_is_told_apart_as_before(html: str) -> None:
    changed: list[int] = []

    def change(match: re.Match[str]) -> str:
        changed.append(match.start())
        return match.group(0)

    matches = list(markup.HAN_RUN.finditer(html))
    markup._in_text(html, matches, markup._NO_SPAN, change)
    assert changed == _in_text_before(html, matches)
