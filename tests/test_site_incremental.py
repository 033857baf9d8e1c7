"""Incremental, atomic builds: a rebuild writes only what changed; a failed one changes nothing."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from loci.errors import InputError
from loci.kb import KB
from loci.site import build as build_module
from loci.site import build_site, default_content, reading
from loci.site import render as render_module
from loci.site.context import Site
from loci.site.gather import gather
from loci.site.output import MANIFEST, Manifest
from loci.site.pages import dump_json, files_of, render_page
from loci.site.reading import PARALLEL_FROM

MIN_POPULATION = 20_000_000


def build(kb: KB, root: Path, **options: object) -> str:
    return build_site(kb, out=root / "public", content=root / "content",
                      min_city_population=MIN_POPULATION, jobs=2, **options)  # type: ignore[arg-type]


def stamps(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_mtime_ns for p in folder.rglob("*")
            if p.is_file()}


@pytest.fixture(scope="module")
def root(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("incremental")
    shutil.copytree(default_content(), folder / "content")
    build(kb, folder)
    return folder


def test_rebuild_with_no_change_renders_and_writes_nothing(kb: KB, root: Path) -> None:
    before = stamps(root / "public")
    summary = build(kb, root)
    assert "rendered 0 " in summary and "wrote 0 changed files" in summary
    after = stamps(root / "public")
    assert {k: v for k, v in after.items() if k != MANIFEST} == {
        k: v for k, v in before.items() if k != MANIFEST}


def test_editing_one_article_rewrites_only_the_pages_it_touches(kb: KB, root: Path) -> None:
    article = root / "content" / "eswatini-not-swaziland.md"
    before = stamps(root / "public")
    article.write_text(article.read_text(encoding="utf-8").replace(
        "small kingdom", "small landlocked kingdom"), encoding="utf-8")
    summary = build(kb, root)
    after = stamps(root / "public")
    changed = {k for k in after if before.get(k) != after[k]} - {MANIFEST}
    assert "articles/eswatini-not-swaziland/index.html" in changed
    assert "countries/belarus/index.html" not in changed
    assert "countries/eswatini/index.html" not in changed  # its list shows titles, not text
    assert all(k.startswith(("articles/eswatini-not-swaziland/", "search/")) for k in changed)
    assert int(re.search(r"rendered (\d+)", summary).group(1)) <= 2  # type: ignore[union-attr]
    page = (root / "public" / "articles/eswatini-not-swaziland/index.html").read_text("utf-8")
    assert "small landlocked kingdom" in page


def test_a_new_article_adds_its_page_and_a_removed_one_takes_its_page_away(
        kb: KB, root: Path) -> None:
    new = root / "content" / "malawi.md"
    new.write_text("---\ntitle: Malawi in brief\ndate: 2026-05-01\ntags: [africa]\n---\n"
                   "Malawi is a landlocked country in Southern Africa; its capital is "
                   "Lilongwe.\n", encoding="utf-8")
    build(kb, root)
    public = root / "public"
    assert (public / "articles/malawi/index.html").is_file()
    assert 'href="/articles/malawi/"' in (public / "countries/malawi/index.html").read_text()
    assert "Malawi in brief" in (public / "feed.xml").read_text()
    new.unlink()
    build(kb, root)
    assert not (public / "articles/malawi").exists()
    assert 'href="/articles/malawi/"' not in (public / "countries/malawi/index.html").read_text()


def test_strict_build_with_bad_content_fails_and_leaves_the_site_as_it_was(
        kb: KB, root: Path) -> None:
    bad = root / "content" / "bad.md"
    bad.write_text("---\ntitle: [unclosed\ndate: 2026-01-01\n---\nText.\n", encoding="utf-8")
    before = stamps(root / "public")
    try:
        with pytest.raises(InputError, match=r"bad\.md:\d+: front matter is not valid YAML"):
            build(kb, root, strict=True)
    finally:
        bad.unlink()
    assert stamps(root / "public") == before
    assert not list(root.glob(".public.building-*"))


def test_a_build_that_cannot_write_its_manifest_leaves_the_site_as_it_was(
        kb: KB, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = root / "content" / "eswatini-not-swaziland.md"
    text = article.read_text(encoding="utf-8")
    # an edit of its own (an earlier test already changed "small kingdom"), so that the
    # build has pages to write and fails only at the manifest
    article.write_text(text + "\nOne more line, written for this test.\n", encoding="utf-8")
    before = stamps(root / "public")

    def full_disk(self: Manifest) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Manifest, "dump", full_disk)
    try:
        with pytest.raises(OSError, match="No space left"):
            build(kb, root)
    finally:
        article.write_text(text, encoding="utf-8")
    assert stamps(root / "public") == before
    assert not list(root.glob(".public.building-*"))


def test_a_corrupt_manifest_means_a_full_rebuild_in_place(kb: KB, root: Path) -> None:
    (root / "public" / MANIFEST).write_bytes(b"loci-manifest\0not marshal")
    summary = build(kb, root)
    assert "rendered 0 " not in summary
    assert "rendered 0 " in build(kb, root)


def test_a_folder_loci_did_not_write_is_never_replaced(kb: KB, tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(InputError, match="has files loci did not write"):
        build_site(kb, out=out, min_city_population=MIN_POPULATION)
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["mine"]


@pytest.mark.parametrize("method", ["fork", "forkserver"])
def test_article_pages_staged_as_read_are_the_pages_the_whole_site_renders(
        kb: KB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, method: str) -> None:
    # Enough articles to be read by worker processes, each page staged as its article
    # is read, before the site's other articles are known; one names a city that has a
    # page only because an article names it. Forked workers inherit the parent's
    # templates; forkserver ones are sent the site's data and make their own.
    monkeypatch.setattr(reading, "start_method", lambda: method)
    monkeypatch.setattr(build_module, "start_method", lambda: method)
    content = tmp_path / "content"
    shutil.copytree(default_content(), content)
    for i in range(PARALLEL_FROM):
        (content / f"note-{i:03d}.md").write_text(
            f"---\ntitle: Note {i}\ndate: 2026-02-{1 + i % 28:02d}\ntags: [notes]\n---\n"
            f"Tea in {'Anshan' if i == 7 else 'Peru'}: note {i} (茶, chá).\n", encoding="utf-8")
    out = tmp_path / "public"
    build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION, jobs=2)
    data, problems = gather(kb, content=content, base_url="/",
                            min_city_population=MIN_POPULATION,
                            today=dt.datetime.now(dt.UTC).date(), cache={})
    assert not problems and len(data.articles) > PARALLEL_FROM
    site = Site(data, kb)
    for slug in data.articles:
        page = render_page(site, "article", slug)
        html, json_twin = files_of(f"articles/{slug}/")
        assert (out / html).read_bytes() == page.encoded() == page.html.encode(), slug
        assert (out / json_twin).read_bytes() == dump_json(page.data), slug
    assert 'href="/countries/china/anshan/"' in (out / "articles/note-007/index.html").read_text()


def test_two_files_with_one_slug_publish_the_first_and_report_the_second(
        kb: KB, tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    first = "---\ntitle: First\ndate: 2026-01-01\nslug: same\n---\nThe first, about Peru.\n"
    (content / "a.md").write_text(first, encoding="utf-8")
    out = tmp_path / "public"
    build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION)
    # a later file claims the slug: the page stays the first one's
    (content / "b.md").write_text(first.replace("First", "Second").replace("first", "second"),
                                  encoding="utf-8")
    summary = build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION)
    assert "b.md:1: another article already has the slug 'same'" in summary
    assert "The first" in (out / "articles/same/index.html").read_text(encoding="utf-8")
    # both edited at once: still the first one's, as edited
    (content / "a.md").write_text(first.replace("Peru", "Chile"), encoding="utf-8")
    (content / "b.md").write_text(first.replace("Peru", "Japan"), encoding="utf-8")
    build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION)
    page = (out / "articles/same/index.html").read_text(encoding="utf-8")
    assert "about Chile" in page and "about Japan" not in page
    assert not list(tmp_path.glob(".public.building-*"))


def test_an_edit_patches_the_search_index_to_what_a_fresh_build_writes(
        kb: KB, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    content = tmp_path / "content"
    shutil.copytree(default_content(), content)
    out = tmp_path / "public"
    build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION)
    article = content / "eswatini-not-swaziland.md"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "small kingdom", "small zanzibarish kingdom of 臭豆腐"), encoding="utf-8")

    def whole_index(data: object) -> None:
        raise AssertionError("an edit that keeps every article's place rebuilt the index")

    with monkeypatch.context() as patch:
        patch.setattr(render_module, "site_articles", whole_index)
        build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION)
    fresh = tmp_path / "fresh"
    build_site(kb, out=fresh, content=content, min_city_population=MIN_POPULATION)
    patched = {p.relative_to(out): p.read_bytes() for p in (out / "search").rglob("*")
               if p.is_file()}
    assert patched == {p.relative_to(fresh): p.read_bytes()
                       for p in (fresh / "search").rglob("*") if p.is_file()}
    assert b"zanzibarish" in b"".join(patched.values())


def test_the_extras_the_workers_make_in_parts_match_a_fresh_build_after_a_site_wide_change(
        kb: KB, tmp_path: Path) -> None:
    # the compare files and the names index are made by the page workers, a part each
    # (a territory's file, the whole index), staged against the published files' hashes
    content = tmp_path / "content"
    shutil.copytree(default_content(), content)
    again, fresh = tmp_path / "again", tmp_path / "fresh"
    for out, base_urls in ((again, ("/", "/x/")), (fresh, ("/x/",))):
        for base_url in base_urls:
            build_site(kb, out=out, content=content, base_url=base_url,
                       min_city_population=MIN_POPULATION, jobs=2)
    made = {str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file()} - {MANIFEST}
    assert {str(p.relative_to(again)) for p in again.rglob("*") if p.is_file()} - {MANIFEST} \
        == made
    extras = [p for p in made if p.startswith(("compare/t/", "search/n/"))]
    assert len(extras) > 100 and '"/x/countries/' in (fresh / "compare/t/peru.json").read_text()
    for path in made:
        assert (again / path).read_bytes() == (fresh / path).read_bytes(), path
