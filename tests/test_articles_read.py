"""Reading articles: encodings, front matter, positions in the original file, structure."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loci.articles import LineIndex, prose, read_bytes, read_text
from loci.articles.decode import MAX_BYTES, decode
from loci.errors import InputError

TEXT = "Lilongwe,\u00a0the capital of Malawi, sits on the plateau. 鞍山 is in Liaoning.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"),
    TEXT.encode("gb18030"),
])
def test_every_encoding_decodes_to_the_same_text(data: bytes) -> None:
    assert decode(data, "a.md") == TEXT  # no-break space and characters kept as written


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_wide_encodings_without_a_bom_keep_characters_like_u_4e00(encoding: str) -> None:
    """D22: 一 (U+4E00) puts a zero byte where UTF-16 of ASCII has none, and UTF-32
    without a BOM was not tried at all: both were refused as binary data."""
    text = "The capital of China is Beijing, 一 and 丁 (U+4E01); ā is U+0101.\n"
    assert decode(text.encode(encoding), "a.md") == text


def test_crlf_is_kept_and_lines_count_as_editors_count_them() -> None:
    text = "one\r\ntwo\rthree\nfour"
    article = read_bytes(text.encode(), "a.md")
    assert article.text == text
    lines = LineIndex(text)
    assert lines.position(text.index("two")) == (2, 1)
    assert lines.position(text.index("three")) == (3, 1)
    assert lines.position(text.index("four") + 2) == (4, 3)


@pytest.mark.parametrize(("data", "words"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (bytes(range(128, 256)) * 50, "neither UTF-8"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd", "invalid UTF-8"),
])
def test_what_is_not_text_is_refused_with_the_file_named(data: bytes, words: str) -> None:
    with pytest.raises(InputError, match=f"x.md.*{words}|{words}.*x.md|x.md: {words}"):
        decode(data, "x.md")


def test_an_oversized_file_is_refused_before_decoding() -> None:
    with pytest.raises(InputError, match=r"big\.md is .* MB.*split"):
        decode(b"a" * (MAX_BYTES + 1), "big.md")


def test_yaml_front_matter_gives_meta_and_body_offset() -> None:
    text = ("---\ntitle: Malawi\ndate: 2026-03-02\nplaces: [Malawi, Zambia]\n"
            "tags: culture\nlang: en\nauthor: me\n---\n# Body\n")
    article = read_text(text, "a.md")
    assert article.meta.title == "Malawi"
    assert article.meta.date == "2026-03-02"
    assert article.meta.places == ("Malawi", "Zambia")
    assert article.meta.tags == ("culture",)
    assert article.meta.extra == {"author": "me"}
    assert article.body == "# Body\n"
    assert article.meta_offsets["Zambia"] == text.index("Zambia")


def test_yaml_front_matter_is_read_as_yaml_1_2() -> None:
    """As Hugo reads it: "yes" and "no" are words, and a date that is no date stays text
    (so that the site's check of dates can say what is wrong with it)."""
    article = read_text("---\ntitle: No\ndate: 2026-02-30\ntags: [yes, on]\n---\nText.\n", "a.md")
    assert article.meta.title == "No"
    assert article.meta.date == "2026-02-30"
    assert article.meta.tags == ("yes", "on")


def test_toml_front_matter_as_hugo_writes_it() -> None:
    article = read_text('+++\ntitle = "Fiji"\nplaces = ["Fiji"]\n+++\nText.\n', "a.md")
    assert article.meta.title == "Fiji"
    assert article.meta.places == ("Fiji",)


@pytest.mark.parametrize("text", [
    "---\ntitle: " + "9" * 5000 + "\n---\nx\n",
    "---\ntitle: x\nplaces: [China, " + "8" * 4400 + "]\n---\nx\n",
    "---\ntitle: x\nauthor: {n: 0x" + "f" * 4000 + "}\n---\nx\n",
])
def test_a_number_too_long_to_write_as_text_is_an_input_error(text: str) -> None:
    """D9: Python refuses to turn an integer of over 4,300 digits into text, and that
    ValueError escaped as a traceback (exit 1) and aborted builds."""
    with pytest.raises(InputError, match=r"a\.md:[23]: front matter '\w+' holds a number of "
                                         "over 100 digits: quote it"):
        read_text(text, "a.md")


@pytest.mark.parametrize(("text", "message"), [
    ("---\ntitle: [unclosed\n---\nx\n", r"a\.md:\d+: front matter is not valid YAML"),
    ("---\ntitle: x\nbody without end\n", r"a\.md:1: .*never closed"),
    ("---\n- a\n- b\n---\n", r"a\.md:2: front matter must be key: value pairs"),
    ("---\ntitle: x\nplaces: {a: 1}\n---\n", r"a\.md:3: front matter 'places' must be a list"),
    ("---\n" + "[" * 5000 + "\n---\n", r"a\.md:2: .*recursion limit"),
    ("---\ntitle: x\ndate: 2026-01-01\ntitle: y\n---\nx\n",
     r"a\.md:4: front matter is not valid YAML: duplicate mapping key: 'title'"),
    ("---\ntitle: x\ntags: [a, b\n---\nx\n", r"a\.md:3: .*YAML: unclosed bracket"),
])
def test_malformed_front_matter_names_file_and_line(text: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_text(text, "a.md")


def test_a_fault_in_the_yaml_library_is_not_called_bad_input(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the parsers' own decode errors mean the file is wrong; anything else is a bug
    to see, not "front matter is not valid YAML" for a writer to chase."""
    import yaml_rs

    def broken(text: str) -> object:
        raise RuntimeError("a bug in the library")

    monkeypatch.setattr(yaml_rs, "loads", broken)
    with pytest.raises(RuntimeError, match="a bug in the library"):
        read_text("---\ntitle: Minsk\n---\nText.\n", "a.md")


def test_markdown_prose_keeps_offsets_and_blanks_markup() -> None:
    text = "# Malawi\n\n**Lilongwe**, the [capital](https://x.org) of `code` Malawi.[^1]\n"
    structure = prose(read_text(text, "a.md"))
    assert len(structure.masked) == len(text)
    start = text.index("Lilongwe")
    assert structure.masked[start:start + 8] == "Lilongwe"
    assert "**" not in structure.masked and "https" not in structure.masked
    assert "code" not in structure.masked
    assert len(structure.sources) == 2  # the link and the footnote
    assert [b.kind for b in structure.blocks] == ["heading", "paragraph"]


def test_plain_text_headings_and_tag_list_of_the_sample(sample_text: str) -> None:
    structure = prose(read_text(sample_text, "datong.txt", markdown=False))
    headings = [(b.level, sample_text[b.start:b.end]) for b in structure.blocks
                if b.kind == "heading"]
    assert headings[0] == (2, "Coal, Walls and a Rebuilt Past")
    assert headings[1] == (3, "The Black Gold Years")
    assert (3, "A City Wall, Built Again") in headings  # a lone heading: its neighbours' level
    tags = [sample_text[b.start:b.end] for b in structure.blocks if b.kind == "tag"]
    assert len(tags) == 204
    assert tags[0] == "China" and "United\u00a0Arab\u00a0Emirates" in tags


def test_deeply_nested_markdown_reads_quickly() -> None:
    text = "> " * 5000 + "deep\n" + "- " * 5000 + "list\n" + "[" * 10000 + "x" + "]" * 10000
    structure = prose(read_text(text, "a.md"))
    assert len(structure.masked) == len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400))
def test_any_text_reads_and_keeps_its_length(text: str) -> None:
    try:
        article = read_text(text, "a.md")
    except InputError:
        return  # malformed front matter: refused with a message, never a crash
    structure = prose(article)
    assert len(structure.masked) == len(text)
    for block in structure.blocks:
        assert 0 <= block.start <= block.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_are_refused(data: bytes) -> None:
    try:
        text = decode(data, "a.bin")
    except InputError as exc:
        assert "a.bin" in str(exc)
    else:
        assert isinstance(text, str)
