"""Bad entries in a content folder are reported with their path and left out; the build
goes on, and what it writes for others (the Atom feed) stays well-formed."""

from __future__ import annotations

import datetime as dt
import os
import xml.dom.minidom
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fs_tools import fifo, unprivileged, unreadable, within
from loci.kb import KB
from loci.site import build_site
from loci.site.content import ContentError, content_stamps, read_source
from loci.site.feeds import atom
from loci.site.gather import gather

GOOD = "---\ntitle: Good\ndate: 2026-01-01\n---\n\nAnshan is a city in China.\n"
FEED = ('---\ntitle: "Tea\\0 and \\x01 \\"quotes\\" <b> & \\u2028 end"\ndate: 2026-01-03\n'
        'summary: "A <summary> & \\x7f"\n'
        'tags: ["x\\" scheme=\\"javascript:alert(1)", "a&b<c>", "tab\\there"]\n---\n\n'
        "Malawi grows tea.\n")
NS = {"a": "http://www.w3.org/2005/Atom"}
BAD = {  # file name: what the summary says about it
    "huge-number.md": ("---\ntitle: " + "9" * 5000 + "\ndate: 2026-01-01\n---\n\nx\n",
                       "huge-number.md:2: front matter 'title' holds a number of over 100 "
                       "digits"),
    "long-slug.md": ("---\ntitle: x\ndate: 2026-01-01\nslug: " + "a" * 300 + "\n---\n\nx\n",
                     "long-slug.md:4: slug 'aaaa"),
    "newline-slug.md": ('---\ntitle: x\ndate: 2026-01-01\nslug: "abc\\n"\n---\n\nx\n',
                        "newline-slug.md:4: slug 'abc\\n' should be letters, digits and -"),
    "\ufdfa" * 80 + ".md": ("---\ntitle: x\ndate: 2026-01-01\n---\n\nx\n",
                            "made from the file name is 1,440 characters long"),
}


@pytest.mark.parametrize(("slug", "words"), [
    ("a" * 101, "is 101 characters long: set a `slug:` of at most 100"),
    ('"abc\\n"', "slug 'abc\\n' should be letters, digits and -"),
    ('"abc\\r"', "should be letters"),
    ("-abc", "should be letters"),
])
def test_slugs_that_cannot_be_a_folder_name_are_problems(slug: str, words: str) -> None:
    """D16, D24: a 300-character slug aborted the build (file name too long); ``$``
    let a final newline through, and a folder "abc⏎" was written."""
    text = f"---\ntitle: x\ndate: 2026-01-01\nslug: {slug}\n---\n\nx\n"
    with pytest.raises(ContentError) as caught:
        read_source("c/a.md", text.encode())
    assert (caught.value.problems[0].line, caught.value.problems[0].message.count(words)) == (4, 1)


def test_a_long_file_name_without_a_slug_is_a_problem() -> None:
    name = "\ufdfa" * 80 + ".md"  # 243 bytes: a valid name whose slug expands to 1,440 chars
    with pytest.raises(ContentError, match="made from the file name is 1,440 characters"):
        read_source(f"c/{name}", GOOD.encode())
    assert read_source("c/" + "a" * 100 + ".md", GOOD.encode()).slug == "a" * 100


def test_the_scan_reports_what_is_not_a_readable_file_and_keeps_the_rest(tmp_path: Path) -> None:
    """D12, D13, D15a: what the build's first look at the folder makes of each entry."""
    folder = tmp_path / "content"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text(GOOD)
    (folder / "sub" / "inner.md").write_text(GOOD)
    (folder / "link.md").symlink_to("sub/inner.md")
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "dead.md").symlink_to("/nonexistent/dead.md")
    (folder / "loop.md").symlink_to("loop.md")
    (folder / "linked").symlink_to(tmp_path)  # a linked folder is not entered
    with fifo(folder / "pipe.md"):
        stamps, problems = within(10, lambda: content_stamps(folder))
    assert [os.path.relpath(p, folder) for p in stamps] == ["good.md", "link.md",
                                                            "sub/inner.md"]
    said = {os.path.relpath(p.path, folder): p.message for p in problems}
    assert said.keys() == {"dead.md", "loop.md", "pipe.md", "zero.md"}
    assert said["pipe.md"].startswith("a named pipe, not an article")
    assert said["zero.md"].startswith("a symbolic link to /dev/zero, outside")
    assert said["dead.md"].startswith("a symbolic link to /nonexistent/dead.md, outside")
    assert said["loop.md"].startswith("a symbolic link that loops")


def test_an_unreadable_folder_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    """D15a: a PermissionError traceback aborted the build."""
    folder = tmp_path / "content"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.md").write_text(GOOD)
    (folder / "sub" / "inner.md").write_text(GOOD)
    script = ("import sys\nfrom pathlib import Path\nfrom loci.site.content import "
              "content_stamps\nstamps, problems = content_stamps(Path(sys.argv[1]))\n"
              "print(len(stamps)); print(*problems, sep='\\n')\n")
    with unreadable(folder / "sub"):
        run = unprivileged("-c", script, str(folder))
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["1", f"{folder / 'sub'}: cannot read this folder: "
                                       "Permission denied; its articles are left out: make it "
                                       "readable, or move it out of the content folder"]


@pytest.fixture(scope="module")
def built(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A small site from a folder of one good article, one for the feed, and every kind of
    bad entry the reliability report found (the build must not hang on the pipe)."""
    root = tmp_path_factory.mktemp("hostile")
    folder = root / "content"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD)
    (folder / "feed.md").write_text(FEED)  # the feed is written with problems beside it
    for name, (text, _) in BAD.items():
        (folder / name).write_text(text)
    (folder / "zero.md").symlink_to("/dev/zero")
    (folder / "dead.md").symlink_to("missing.md")
    (folder / "loop.md").symlink_to("loop.md")
    with fifo(folder / "pipe.md"):
        summary = within(300, lambda: build_site(
            kb, out=root / "public", content=folder, base_url="https://example.org/culture/",
            min_city_population=100_000_000, jobs=1))
    return root / "public", summary


def test_every_bad_entry_is_named_and_the_good_ones_published(built: tuple[Path, str]) -> None:
    """D9, D12, D13, D15a, D16, D24: each of these stopped or hung the whole build."""
    out, summary = built
    assert "Left out 8 bad content files" in summary
    for _, words in BAD.values():
        assert words in summary
    for words in ("pipe.md:1: a named pipe", "zero.md:1: a symbolic link to /dev/zero, outside",
                  "dead.md:1: a symbolic link to missing.md, which does not exist",
                  "loop.md:1: a symbolic link that loops"):
        assert words in summary
    assert (out / "articles" / "good" / "index.html").is_file()
    assert sorted(p.name for p in (out / "articles").iterdir() if p.is_dir()) == ["feed", "good"]
    assert "--base-url names no host" not in summary  # this build gave one


@pytest.fixture(scope="module")
def feed(kb: KB, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The Atom feed of a site at a base URL with a host, whose one article's front matter
    holds quotes, markup and control characters."""
    folder = tmp_path_factory.mktemp("feed")
    (folder / "feed.md").write_text(FEED)
    data, problems = gather(kb, content=folder, base_url="https://example.org/culture/",
                            min_city_population=100_000_000, today=dt.date(2026, 1, 4),
                            cache={})
    assert problems == []
    return atom(data).encode()


def test_the_feed_is_well_formed_whatever_the_front_matter_holds(feed: bytes) -> None:
    """D10: a quote in a tag ended the attribute (``scheme="javascript:..."`` followed), and
    NUL and other control characters were written raw: not XML."""
    xml.dom.minidom.parseString(feed)  # expat: a real parser, strict about well-formedness
    entry = ET.fromstring(feed).findall("a:entry", NS)[0]
    terms = [c.get("term") for c in entry.findall("a:category", NS)]
    assert terms == ['x" scheme="javascript:alert(1)', "a&b<c>", "tab\there"]
    assert all(c.get("scheme") is None for c in entry.findall("a:category", NS))
    assert entry.findtext("a:title", namespaces=NS) == (
        'Tea\ufffd and \ufffd "quotes" <b> & \u2028 end')
    assert entry.findtext("a:summary", namespaces=NS) == "A <summary> & \x7f"  # XML allows DEL


def test_feed_links_are_absolute_with_a_base_url(feed: bytes) -> None:
    root = ET.fromstring(feed)
    links = [link.get("href", "") for link in root.iter(f"{{{NS['a']}}}link")]
    assert links == ["https://example.org/culture/feed.xml", "https://example.org/culture/",
                     "https://example.org/culture/articles/feed/"]
    assert root.findtext("a:id", namespaces=NS) == "https://example.org/culture/"


def test_the_built_feed_parses(built: tuple[Path, str]) -> None:
    xml.dom.minidom.parseString((built[0] / "feed.xml").read_bytes())
