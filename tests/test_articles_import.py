"""`loci import`: plain text and HTML to Markdown with front matter."""

from __future__ import annotations

from pathlib import Path

import yaml_rs

from loci.articles import read_text
from loci.articles.importer import import_html, import_text
from loci.kb import KB


def _split(markdown: str) -> tuple[dict[str, object], str]:
    _, front, body = markdown.split("---\n", 2)
    return yaml_rs.loads(front), body


def test_the_seed_becomes_markdown_with_places(kb: KB, seed_text: str) -> None:
    meta, body = _split(import_text(kb, seed_text))
    places = meta["places"]
    assert isinstance(places, list)
    assert places[:3] == ["China", "Albania", "Algeria"]
    assert "Belarus" in places and "Eswatini" in places and "White Russia" not in places
    assert "culture" not in body  # the tag list left the prose
    assert "\n## The Industrial Backbone and Its Paradoxes\n\n### From Blast Furnaces" in body
    assert "wǔjí (无极, the infinite)" in body  # prose kept as written


def test_renamed_places_keep_a_comment_saying_what_was_written(kb: KB, seed_text: str) -> None:
    markdown = import_text(kb, seed_text).replace("\u00a0", " ")  # as written: no-break spaces
    assert '- "Belarus"  # written "White Russia" (a former name, until 1991)' in markdown
    assert '"French Polynesia"  # written "Frech Polynesia" (misspelled)' in markdown


def test_import_output_reads_back_as_an_article(kb: KB, seed_text: str) -> None:
    article = read_text(import_text(kb, seed_text.replace("\n", "\r\n")), "seed.md")
    assert article.meta.lang == "en"
    assert article.meta.summary is not None and article.meta.summary.startswith("Nestled")
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
