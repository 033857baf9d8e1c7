"""The content folder as the site reads it: articles that can be published, and the
problems of those that cannot (each with its path and line).

Parsing is :mod:`loci.articles`' (front matter in YAML or TOML); this module adds
what publishing needs on top: a title, a date, a slug.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from loci.articles import Article, read_bytes
from loci.articles.files import Problem, inside, problem, regular, unreadable
from loci.errors import InputError
from loci.text import slugify

_SLUG = re.compile(r"\w[\w-]*")  # whole: ``$`` would let a final newline through
MAX_SLUG = 100  # characters: a path part people read; file systems allow 255 bytes


class ContentError(Exception):
    """A content file that cannot be published; carries every problem found in it."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(map(str, problems)))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Source:
    """One publishable article as written: front matter checked, body not yet rendered."""

    article: Article
    slug: str
    title: str
    date: dt.date

    @property
    def body(self) -> str:
        return self.article.body

    def line_of(self, value: str) -> int:
        """The line a front-matter value is written on (1 when not found)."""
        offset = self.article.meta_offsets.get(value, 0)
        return self.article.text.count("\n", 0, offset) + 1


def content_stamps(folder: Path) -> tuple[dict[str, tuple[int, int]], list[Problem]]:
    """Every Markdown file under the folder (hidden ones skipped), sorted, with (size, mtime
    ns); and the problems of the entries that cannot be read (left out, the rest kept).

    What a rebuild checks first: strings and ``os.scandir`` instead of Path
    objects and ``os.walk``, since every file is looked at on every build. Only
    regular files inside the folder are taken: a link out of it, a dangling or
    looping link, a named pipe, a device or an unreadable folder is a problem.
    """
    root = os.path.realpath(folder)
    found: list[tuple[str, str, tuple[int, int]]] = []
    problems: list[Problem] = []
    pending = [str(folder)]
    while pending:
        for entry in _entries(pending.pop(), problems):
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=False):  # as os.walk: linked folders not entered
                pending.append(entry.path)
            elif entry.name.endswith(".md"):
                try:
                    stamp = _stamp(entry, root)
                except InputError as exc:
                    problems.append(problem(entry.path, exc))
                    continue
                # sorted part by part, as Path objects sort: a separator that sorts
                # before every character makes one string comparison do that
                found.append((entry.path.replace(os.sep, "\0"), entry.path, stamp))
    found.sort()
    problems.sort(key=lambda p: p.path)
    return {path: stamp for _, path, stamp in found}, problems


def _entries(folder: str, problems: list[Problem]) -> list[os.DirEntry[str]]:
    """A folder's entries; none, and a problem, when it cannot be listed."""
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError as exc:
        problems.append(Problem(folder, 0, f"cannot read this folder: {exc.strerror or exc}; "
                                "its articles are left out: make it readable, or move it out "
                                "of the content folder"))
        return []


def _stamp(entry: os.DirEntry[str], root: str) -> tuple[int, int]:
    """A content file's (size, mtime ns); raises InputError for what cannot be read."""
    if entry.is_symlink():
        inside(entry.path, root)
    try:
        info = entry.stat()
    except OSError as exc:
        raise unreadable(entry.path, exc) from None
    if info.st_mode & 0o170000 != 0o100000:  # stat.S_ISREG, without a call per file
        regular(entry.path, info)
    return info.st_size, info.st_mtime_ns


def read_source(file: str | Path, raw: bytes) -> Source:
    """Parse one article; raises ContentError naming every problem with its line."""
    path = os.fspath(file)
    try:
        article = read_bytes(raw, path)
    except InputError as exc:
        raise ContentError([problem(path, exc)]) from None
    meta, problems = article.meta, []
    if not meta.title or not meta.title.strip():
        problems.append(Problem(path, 1, "front matter has no 'title': add `title: ...` "
                                "between the --- lines"))
    date = _date(meta.date)
    if date is None:
        problems.append(Problem(path, _key_line(article.text, "date"),
                                f"'date' should be a date like 2026-03-14, not {meta.date!r}"))
    slug = str(meta.extra.get("slug") or slugify(_stem(path)))
    if wrong := _slug_problem(slug, "slug" in meta.extra):
        problems.append(Problem(path, _key_line(article.text, "slug"), wrong))
    if not article.body.strip():
        problems.append(Problem(path, article.text.count("\n", 0, article.body_offset) + 1,
                                "the article has no text after its front matter"))
    if problems or date is None or not meta.title:
        raise ContentError(problems)
    return Source(article, slug, meta.title.strip(), date)


def _slug_problem(slug: str, given: bool) -> str | None:
    """What is wrong with an article's slug (``given``: in its front matter, not made from
    its file name), if anything."""
    shown = repr(slug if len(slug) <= 40 else slug[:40] + "…")
    if len(slug) > MAX_SLUG or len(slug.encode("utf-8")) > 2 * MAX_SLUG:
        where = "" if given else "made from the file name "
        return (f"slug {shown} {where}is {len(slug):,} characters long: set a `slug:` of at "
                f"most {MAX_SLUG}")
    if not _SLUG.fullmatch(slug):
        return f"slug {shown} should be letters, digits and -"
    return None


def _stem(path: str) -> str:
    """A file's name without its extension, as ``Path.stem`` gives it."""
    return os.path.splitext(os.path.basename(path))[0]


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _key_line(text: str, key: str) -> int:
    match = re.search(rf"^{key}\s*[:=]", text, re.M)
    return text.count("\n", 0, match.start()) + 1 if match else 1
