"""Publishing a build: nothing outside --out is touched."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from loci.kb import KB
from loci.site import build_site
from loci.site.output import MANIFEST, Manifest

MIN_POPULATION = 10**9  # capitals, and the cities articles name: about 500 pages
TEA = "---\ntitle: Tea\ndate: 2026-01-01\ntags: [tea]\n---\n\nTea is grown in {}.\n"
RICE = "---\ntitle: Rice\ndate: 2026-01-02\n---\n\nRice is grown in Japan.\n"
OLD = {"tea.md": TEA.format("Peru"), "rice.md": RICE}
NEW = {"tea.md": TEA.format("Chile")}  # one article edited, one removed
Snapshot = dict[str, bytes | None]  # path -> bytes, or None for a folder


@dataclass(frozen=True)
class Sites:
    """Clean builds of the old and the new content, and where they are."""

    today: dt.date
    old_content: Path
    new_content: Path
    old_site: Path
    old: Snapshot
    new: Snapshot


def build(kb: KB, content: Path, out: Path, today: dt.date, **options: Any) -> str:
    return build_site(kb, out=out, content=content, min_city_population=MIN_POPULATION,
                      jobs=1, today=today, **options)


def write_content(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def snapshot(out: Path) -> Snapshot:
    """Every file's bytes and every folder of a site, but its manifest."""
    return {p.relative_to(out).as_posix(): p.read_bytes() if p.is_file() else None
            for p in out.rglob("*") if p.name != MANIFEST}


def copy_site(source: Path, out: Path) -> None:
    shutil.copytree(source, out, copy_function=shutil.copy)  # new files, new times


@pytest.fixture(scope="module")
def sites(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> Sites:
    root = tmp_path_factory.mktemp("publish")
    today = dt.datetime.now(dt.UTC).date()
    old_content = write_content(root / "old" / "content", OLD)
    new_content = write_content(root / "new" / "content", NEW)
    build(kb, old_content, root / "old" / "public", today)
    build(kb, new_content, root / "new" / "public", today)
    return Sites(today, old_content, new_content, root / "old" / "public",
                 snapshot(root / "old" / "public"), snapshot(root / "new" / "public"))


# Nothing outside --out -----------------------------------------------------------


def test_a_tampered_manifest_removes_nothing_outside_the_site(
        kb: KB, sites: Sites, tmp_path: Path) -> None:
    out = tmp_path / "site" / "public"
    copy_site(sites.old_site, out)
    victims = [tmp_path / "site" / "up.txt", tmp_path / "absolute.txt",
               tmp_path / "deep.txt"]
    for victim in victims:
        victim.write_text("keep me", encoding="utf-8")
    manifest = Manifest.load(out)
    assert manifest is not None
    manifest.files.update({"../up.txt": "0" * 32, str(victims[1]): "0" * 32,
                           "countries/../../../deep.txt": "0" * 32})
    (out / MANIFEST).write_bytes(manifest.dump())
    summary = build(kb, sites.old_content, out, sites.today)
    assert all(victim.read_text(encoding="utf-8") == "keep me" for victim in victims)
    assert "rendered 0 " not in summary  # not trusted: every page again
    assert snapshot(out) == sites.old
    assert "rendered 0 " in build(kb, sites.old_content, out, sites.today)


@pytest.mark.parametrize("path", ["../x.html", "/etc/x.html", "a//x.html", "a/./x.html",
                                  "a/../x.html", "a/..", "", "a/", "a\0b"])
def test_a_manifest_naming_a_path_outside_its_folder_is_not_trusted(
        tmp_path: Path, path: str) -> None:
    (tmp_path / MANIFEST).write_bytes(Manifest(
        files={"index.html": "0" * 32, path: "0" * 32}).dump())
    manifest = Manifest.load(tmp_path)
    assert manifest is not None and manifest.files == {}
