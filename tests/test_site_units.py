"""The site's parts on their own: sanitising, glossary, content problems, page registry."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import orjson
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import loci.site.pages as pages
from loci.errors import InputError, NotFoundError
from loci.kb import KB
from loci.search import Doc, articles_index, key, patch_shard, shard, token_weights, tokens
from loci.site import Site, default_content, render_page
from loci.site.articles import _MARKUP, _SENTENCE_END, _first_sentence
from loci.site.content import ContentError, read_source
from loci.site.context import check_base_url
from loci.site.gather import gather
from loci.site.glossary import glossary
from loci.site.layout import script_json
from loci.site.markup import HAN_RUN, annotate, han_runs, markdown_html


def test_markdown_is_sanitised_before_anything_is_added() -> None:
    html = markdown_html('Hi <script>alert(1)</script><img src=x onerror="alert(2)">'
                         '<a href="javascript:alert(3)">x</a> <b onmouseover="alert(4)">b</b>')
    assert "<script" not in html and "onerror" not in html and "onmouseover" not in html
    assert "javascript:" not in html and "<b>b</b>" in html


def test_annotate_links_first_mentions_and_marks_languages() -> None:
    html = markdown_html("# Anshan\n\nAnshan (鞍山) is a lǎogōngrén town. Anshan again.")
    out = annotate(html, [("Anshan", "/countries/china/anshan/")], [("lǎogōngrén", "zh-Latn")])
    assert out.count('<a href="/countries/china/anshan/">Anshan</a>') == 1
    assert "<h1>Anshan</h1>" in out  # headings are never linked
    assert '<span lang="zh-Hans">鞍山</span>' in out
    assert '<span lang="zh-Latn">lǎogōngrén</span>' in out


def test_glossary_reads_glosses_either_way_round() -> None:
    terms = {t.chars: t for t in glossary(
        "Ansteel (鞍钢, Āngāng) hired lǎogōngrén (老工人, veteran workers); "
        "the name 秘鲁 (Bìlǔ, Peru) and the infinite, wǔjí (无极).")}
    assert (terms["鞍钢"].reading, terms["鞍钢"].meaning) == ("Āngāng", "Ansteel")
    assert (terms["老工人"].reading, terms["老工人"].meaning) == ("lǎogōngrén", "veteran workers")
    assert (terms["秘鲁"].reading, terms["秘鲁"].meaning) == ("Bìlǔ", "Peru")
    assert terms["无极"].reading == "wújí"  # the wrong tone as written is not repeated


@pytest.mark.parametrize(("text", "line", "message"), [
    ("---\ntitle: A\ndate: 2026-01-01\ntags: [x\n---\nBody\n", 4, "not valid YAML"),  # the bracket
    ("---\ndate: 2026-01-01\n---\nBody\n", 1, "no 'title'"),
    ("---\ntitle: A\ndate: someday\n---\nBody\n", 3, "'date' should be a date"),
    ("---\ntitle: A\ndate: 2026-01-01\n---\n\n", 5, "no text"),
])
def test_bad_content_is_reported_with_its_line(text: str, line: int, message: str) -> None:
    with pytest.raises(ContentError) as caught:
        read_source(Path("content/a.md"), text.encode())
    problem = caught.value.problems[0]
    assert (problem.path, problem.line) == ("content/a.md", line)
    assert message in problem.message


def test_search_keys_and_tokens_fold_accents_case_and_spacing() -> None:
    assert key("Bái'éluósī") == key("bai eluosi") == "baieluosi"
    assert key("Côte d’Ivoire") == "cotedivoire"
    assert tokens("Steel 鞍山市") == ["steel", "鞍", "山", "市", "鞍山", "山市"]
    assert shard("steel") == "st" and shard("鞍山") == f"h{ord('鞍') % 256:02x}"


def test_a_patched_shard_is_what_a_full_index_would_write() -> None:
    docs = [Doc(f"/a{i}/", f"A{i}", "article", "2026-01-01") for i in range(3)]
    before = ["bread:1 tea:6 teapot:1", "bread:2 river:1 tea:1", "bread:1 tent:5"]
    after = ["bread:1 tea:6 teapot:1", "bread:2 river:1 teal:3", "bread:1 tent:5"]
    sizes = [40, 30, 20]
    old = articles_index(zip(docs, before, sizes, strict=True)).files
    new = articles_index(zip(docs, after, sizes, strict=True)).files
    assert orjson.loads(new["t/te.json"])["tea"] == [0, 6]  # doc, weight
    assert patch_shard(old["t/te.json"], [("tea", 1)], [("teal", 1, 3)]) == new["t/te.json"]
    assert patch_shard(old["t/ri.json"], [("river", 1)], []) is None  # the shard goes
    with pytest.raises(ValueError):
        patch_shard(old["t/ri.json"], [("river", 0)], [])
    with pytest.raises(ValueError):
        patch_shard(old["t/te.json"], [], [("tea", 0, 1)])


def test_an_articles_weights_count_a_title_word_five_times_and_size_every_word() -> None:
    weights, size = token_weights("Tea in Hangzhou", "Green tea, and 龙井茶 tea: a tea!")
    assert weights["tea"] == 5 + 3 and weights["hangzhou"] == 5
    assert weights["龙井"] == weights["井茶"] == weights["茶"] == 1
    assert "a" not in weights and "in" in weights  # one letter is no search token...
    assert size == 3 + 6 + 3  # ...but a word the server counts, as each Chinese character


def test_base_url_must_be_a_site_root() -> None:
    assert check_base_url("https://example.org/culture/") == "https://example.org/culture/"
    for bad in ("example.org", "ftp://x/", "/a?b=1"):
        with pytest.raises(InputError, match="--base-url"):
            check_base_url(bad)


def test_every_page_kind_is_registered() -> None:
    assert {"home", "az", "country", "city", "article", "tag", "former-names", "compare",
            "search", "404"} <= set(pages.kinds())


@pytest.fixture(scope="module")
def site(kb: KB) -> Site:
    data, problems = gather(kb, content=None, base_url="https://example.org/culture/",
                            min_city_population=50_000_000, today=dt.date(2026, 11, 28),
                            cache={})
    assert problems == []
    return Site(data, kb)


def test_one_page_renders_on_demand_with_its_json_twin(site: Site) -> None:
    page = render_page(site, "country", "SZ")
    html, data = page.html, page.data
    assert data["place"]["id"] == "SZ" and data["url"] == (
        "https://example.org/culture/countries/eswatini/")
    assert '<link rel="canonical" href="https://example.org/culture/countries/eswatini/">' in html
    assert 'href="/culture/countries/"' in html  # links keep the base path
    with pytest.raises(NotFoundError, match="no page kind"):
        render_page(site, "nonsense", "")


def test_kinds_planned_all_at_once_plan_what_they_give_key_by_key(kb: KB) -> None:
    # with articles, so that guides have lists of them to depend on
    data, problems = gather(kb, content=default_content(), base_url="/",
                            min_city_population=5_000_000, today=dt.date(2026, 11, 28),
                            cache={})
    assert problems == [] and data.articles and data.mentions
    bulk = {name: spec for name, spec in pages.kinds().items() if spec.every is not None}
    assert {"country", "city", "article"} <= set(bulk)
    for name, spec in bulk.items():
        one_by_one = [(key, spec.path(data, key), spec.deps(data, key))
                      for key in spec.keys(data)]
        assert list(spec.pages(data)) == one_by_one, name
        assert any(deps for _, _, deps in one_by_one), name  # some depend on something


def test_json_in_a_script_element_cannot_close_it_and_reads_back_the_same() -> None:
    data = {"name": "</script><script>alert('x')</script> & 鞍山", "b": [1, 2.5], "a": None}
    text = script_json(data)
    assert not set("<>&'") & set(text)
    assert json.loads(text) == data and list(json.loads(text)) == ["a", "b", "name"]
    assert "鞍山" in text  # UTF-8, as the page is


# Characters at the edges of the Chinese ranges, CJK punctuation that joins runs, and
# characters outside the Basic Multilingual Plane whose second byte looks Chinese.
_NEAR_HAN = "ab é·、（）\u3000\u3006\u3007\u3008\u33ff\u3400\u4dbf\u4dc0\u4e00鞍山\u9fff" \
            "\ua000\uf8ff\uf900\ufaff\ufb00\U00020000\U00034e00\U0001f600\U00104e12"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_NEAR_HAN), max_size=40))
def test_runs_of_chinese_are_found_as_the_pattern_finds_them(text: str) -> None:
    assert [m.span() for m in han_runs(text)] == [m.span() for m in HAN_RUN.finditer(text)]


# Mostly words, so that a first sentence often runs past the head that is looked at first,
# with the markup, sentence ends and spaces that decide where the head may be cut.
_PROSE = st.sampled_from(["word ", "text "] * 12 + [
    "word", " ", "\n", ".", "!", "?", "。", "<", ">", "<b>", "</b>", "(", ")",
    "(https://example.org)", "(see: this)", "#", "*", "_", "`", "[", "]", "é", "鞍山", "\u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PROSE, min_size=20, max_size=200).map("".join))
@example("Opening <a " + "word " * 20 + "ends. Then " + "word " * 60 + "> closes. More.")
@example("Opening (https:" + "word " * 20 + "ends. Then " + "word " * 60 + ") closes. More.")
def test_a_summary_from_the_head_of_a_body_is_the_one_from_the_whole(body: str) -> None:
    whole = _SENTENCE_END.split(_MARKUP.sub("", body).strip(), maxsplit=1)[0][:240]
    assert _first_sentence(body) == whole
