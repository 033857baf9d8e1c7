"""`loci import`: plain text and HTML to Markdown with front matter."""

from __future__ import annotations

import datetime as dt
import os
import re
import tracemalloc
from pathlib import Path

import pytest
import yaml_rs

from fs_tools import fifo, within
from loci.articles import read_text
from loci.articles.importer import import_file, import_html, import_text
from loci.errors import InputError
from loci.kb import KB
from loci.site.content import read_source


def _split(markdown: str) -> tuple[dict[str, object], str]:
    _, front, body = markdown.split("---\n", 2)
    return yaml_rs.loads(front), body


def test_the_sample_becomes_markdown_with_places(kb: KB, sample_text: str) -> None:
    meta, body = _split(import_text(kb, sample_text))
    places = meta["places"]
    assert isinstance(places, list)
    assert places[:3] == ["China", "Albania", "Algeria"]
    assert "Belarus" in places and "Eswatini" in places and "White Russia" not in places
    assert "culture" not in body  # the tag list left the prose
    assert "\n## Coal, Walls and a Rebuilt Past\n\n### The Black Gold Years" in body
    assert "dàoxiāomiàn (刀削面, knife-cut noodles)" in body  # prose kept as written


def test_renamed_places_keep_a_comment_saying_what_was_written(kb: KB, sample_text: str) -> None:
    markdown = import_text(kb, sample_text).replace("\u00a0", " ")  # as written: no-break spaces
    assert '- "Belarus"  # written "White Russia" (a former name, until 1991)' in markdown
    assert '"French Polynesia"  # written "Frech Polynesia" (misspelled)' in markdown


def test_import_output_reads_back_as_an_article(kb: KB, sample_text: str) -> None:
    article = read_text(import_text(kb, sample_text.replace("\n", "\r\n")), "datong.md")
    assert article.meta.lang == "en"
    assert article.meta.summary is not None and article.meta.summary.startswith("Datong (大同)")
    assert len(article.meta.places) >= 200


def test_markdown_characters_in_plain_text_are_escaped(kb: KB) -> None:
    text = "Prices\n\nA *starred* word and # sign.\n\n- not a list\n"
    body = _split(import_text(kb, text))[1]
    assert r"\*starred\*" in body and "\n\\- not a list" in body


def test_html_page_to_markdown(kb: KB) -> None:
    html = """<!doctype html><html lang="en"><head><title>Malawi notes</title>
    <meta name="description" content="Notes on Malawi.">
    <meta name="keywords" content="africa, lakes">
    <script>var x = "<p>no</p>";</script></head><body><h1>Malawi notes</h1>
    <p>Lilongwe is the <strong>capital</strong> of <a href="https://example.org/mw">Malawi</a>.</p>
    <h2>Food</h2><ul><li>Nsima</li><li>Chambo&nbsp;fish</li></ul>
    <p>China culture Malawi culture Swaziland culture</p></body></html>"""
    meta, body = _split(import_html(kb, html))
    assert meta["title"] == "Malawi notes" and meta["summary"] == "Notes on Malawi."
    assert meta["lang"] == "en" and meta["tags"] == ["africa", "lakes"]
    assert meta["places"] == ["China", "Malawi", "Eswatini"]
    assert "**capital** of [Malawi](https://example.org/mw)." in body
    assert "## Food\n\n- Nsima\n\n- Chambo\u00a0fish" in body
    assert "var x" not in body


def test_cli_import_writes_a_file(kb: KB, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from loci.cli import main

    source = tmp_path / "draft.txt"
    source.write_bytes("Thimphu notes\n\nThimphu is calm.\n".encode("gb18030"))
    out = tmp_path / "out.md"
    result = CliRunner().invoke(main, ["--db", str(kb.path), "import", str(source), "-o",
                                       str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith('---\ntitle: "Thimphu notes"')


@pytest.mark.parametrize(("wrapped", "place"), [
    ("Upper\nVolta", "Burkina Faso"),
    ("Upper\r\n  Volta", "Burkina Faso"),
    ("Swaziland\n---", None),
    ('Swazi"land # x', None),
])
def test_a_name_wrapped_over_lines_keeps_the_front_matter_whole(kb: KB, wrapped: str,
                                                                place: str | None) -> None:
    """D14: the comment ``# written "Upper⏎Volta"`` broke the YAML, and a ``---`` in a
    name closed the front matter early and dropped the places after it into the body."""
    text = ("Notes\n\nWe ate well.\n\n"
            f"China culture Malawi culture {wrapped} culture Zambia culture\n")
    markdown = import_text(kb, text)
    article = read_text(markdown, "notes.md")
    assert article.meta.places[:2] == ("China", "Malawi")
    assert article.meta.places[-1] == "Zambia" and "Zambia" not in article.body
    if place:
        assert place in article.meta.places
        assert '# written "Upper Volta" (a former name' in markdown


@pytest.mark.parametrize("value", ["Tea\u2028time", "Tea\x85time", "Tea\u2029time", "Tea\x7ftime",
                                   "Tea\ttime", "\ufeffTea"])
def test_front_matter_values_are_one_line_whatever_they_hold(kb: KB, value: str) -> None:
    """YAML breaks lines at U+2028 and NEL too, where JSON's quoting leaves them raw."""
    markdown = import_text(kb, f"{value}\n\nSome text here.\n\nMore text.\n")
    front = markdown.split("---\n")[1]
    assert all(re.fullmatch(r'(title|summary|lang): "[^\u2028\u2029\x85]*"', line)
               for line in front.split("\n") if line), front
    assert read_text(markdown, "a.md").meta.title == value


def test_an_imported_file_gets_a_date_so_the_build_publishes_it(kb: KB, tmp_path: Path) -> None:
    """D14: without a ``date`` the build left the imported article out."""
    text = "Notes\n\nWe ate well.\n"
    assert read_source("a.md", import_text(kb, text, date=dt.date(2026, 5, 4)).encode()
                       ).date == dt.date(2026, 5, 4)
    source = tmp_path / "draft.txt"
    source.write_text("Thimphu notes\n\nThimphu is calm.\n")
    day = dt.datetime(2025, 12, 31, 12, 0).timestamp()
    os.utime(source, (day, day))
    assert read_source("a.md", import_file(kb, source).encode()).date == dt.date(2025, 12, 31)
    chosen = import_file(kb, source, dt.date(2026, 1, 2))
    assert read_source("a.md", chosen.encode()).date == dt.date(2026, 1, 2)
    html = tmp_path / "page.html"
    html.write_text('<html><head><title>T</title><meta name="date" content="2024-02-03">'
                    "</head><body><p>Thimphu is calm.</p></body></html>")
    assert read_source("a.md", import_file(kb, html).encode()).date == dt.date(2024, 2, 3)


def test_a_huge_file_is_refused_before_it_is_read(kb: KB, tmp_path: Path) -> None:
    """D21: ``loci import`` read the whole file (a gigabyte: a gigabyte of memory) before
    it looked at the size."""
    big = tmp_path / "big.txt"
    with big.open("wb") as file:
        file.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(InputError, match=r"big\.txt is 209\.7 MB"):
            import_file(kb, big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024


def test_a_named_pipe_is_refused_without_waiting(kb: KB, tmp_path: Path) -> None:
    with fifo(tmp_path / "pipe.txt") as pipe, pytest.raises(InputError, match="a named pipe"):
        within(10, lambda: import_file(kb, pipe))
