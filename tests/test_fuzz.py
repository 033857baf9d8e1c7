"""Fuzzing, bounded for CI: the article reader, the checker, the renderer and the importer,
on Markdown and HTML soups, random text and long runs of one token, raise nothing but
``InputError``; the renderer's HTML never carries active content. Each example has a
deadline, so a slow parser fails here too; the example counts keep the module under a
minute."""

from __future__ import annotations

import contextlib
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from loci.articles import prose, read_text
from loci.articles.importer import import_html, import_text
from loci.check import check_article, registry
from loci.check.knowledge import Knowledge
from loci.errors import InputError
from loci.kb import KB
from loci.site.markup import annotate, markdown_html

TOKENS = [
    "[", "]", "(", ")", "`", "```", "~~~", "*", "**", "_", "~~", ">", "> ", "- ", "1. ", "# ",
    "|", "-|", "---", "===", "\n", "\n\n", "\r\n", " ", "    ", "\t", "<", "<div>", "</div>",
    "<b>", "<!--", "-->", "<!-- loci: ignore ", "<a href=x>", "</a>", "&amp;", "&#", ";", "!",
    "![", "](", "\\", "https://a.example/", "[^1]", "[1]: /u", "\u00a0", "\u0000", "\ud800",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
    "---\ntitle: T\n---\n", "Malawi", " culture ", "Lilongwe is the capital of Malawi. ",
    "鞍山 (Ānshān, ", "Swaziland", "95% ", " is 30 km from ", "a", "中", "<![", "]]>", "<?",
    "<title>", "<p>", "<li>", '"', "=", " culture ",
]
_SOUP = st.lists(st.sampled_from(TOKENS), max_size=300).map("".join)
_RUN = st.tuples(st.sampled_from(TOKENS), st.integers(1, 3_000)).map(lambda t: t[0] * t[1])
TEXT = st.one_of(_SOUP, st.text(max_size=500), _RUN,
                 st.lists(st.one_of(_SOUP, _RUN), max_size=4).map("".join))
# A deadline that a pathological parser (minutes) exceeds and a busy machine's pause does
# not: in a whole suite's run an example's first call has taken 5.8 and 14 s where it
# takes a millisecond alone (tests/test_pathological.py holds each rule to linear time).
FUZZ = settings(deadline=timedelta(seconds=30), suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(scope="module")
def know(kb: KB) -> Knowledge:
    know = Knowledge(kb)
    check_article(read_text("Lilongwe is the capital of Malawi.", "a.md"), know,
                  list(registry()))  # the first check loads what every later one shares
    return know


@settings(FUZZ, max_examples=3000)
@given(TEXT)
def test_the_reader_takes_any_text(text: str) -> None:
    with contextlib.suppress(InputError):
        prose(read_text(text, "a.md"))


@settings(FUZZ, max_examples=2000)
@given(text=TEXT)
def test_the_checker_takes_any_text(know: Knowledge, text: str) -> None:
    try:
        article = read_text(text, "a.md")
    except InputError:
        return
    check_article(article, know, list(registry()))


class _Active(HTMLParser):
    """Collects what a browser would run: script elements, event handlers, script URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "iframe", "object", "embed", "form", "svg", "math"):
            self.found.append(tag)
        for name, value in attrs:
            url = "".join((value or "").split()).lower()
            if name.startswith("on") or url.startswith(("javascript:", "vbscript:", "data:")):
                self.found.append(f"{tag} {name}={value}")


@settings(FUZZ, max_examples=3000)
@given(TEXT)
def test_the_renderer_takes_any_text_and_makes_inert_html(text: str) -> None:
    try:
        html = annotate(markdown_html(text), [("Malawi", "/countries/malawi/")],
                        [("Ānshān", "zh-Latn-pinyin")])
    except InputError:
        return
    active = _Active()
    active.feed(html)
    active.close()
    assert active.found == []


@pytest.fixture(scope="module")
def importer(kb: KB) -> KB:
    """The KB, with what the importer loads on first use loaded: the deadline is for each
    text's work, not for that (the first example had taken 5.8 s on a busy machine)."""
    for convert in (import_text, import_html):
        convert(kb, "Lilongwe is the capital of Malawi.")
    return kb


@settings(FUZZ, max_examples=1000)
@given(text=TEXT)
def test_the_importer_takes_any_text_or_html(importer: KB, text: str) -> None:
    for convert in (import_text, import_html):
        with contextlib.suppress(InputError):
            convert(importer, text)
