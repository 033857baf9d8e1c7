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
from loci.errors import InputError
from loci.text import slugify

_SLUG = re.compile(r"^[\w][\w-]*$")
_LOCATED = re.compile(r"^(?P<path>.*?):(?P<line>\d+): (?P<message>.*)$", re.S)


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with one content file, at one line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


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


def content_stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Every Markdown file under the folder (hidden ones skipped), sorted, with (size, mtime ns).

    What a rebuild checks first: strings and ``os.scandir`` instead of Path
    objects and ``os.walk``, since every file is looked at on every build.
    """
    found: list[tuple[str, str, tuple[int, int]]] = []
    pending = [str(folder)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.name.startswith("."):
                    continue
                if entry.is_dir():
                    if not entry.is_symlink():  # as os.walk: linked folders are not entered
                        pending.append(entry.path)
                elif entry.name.endswith(".md"):
                    stat = entry.stat()
                    # sorted part by part, as Path objects sort: a separator that sorts
                    # before every character makes one string comparison do that
                    found.append((entry.path.replace(os.sep, "\0"), entry.path,
                                  (stat.st_size, stat.st_mtime_ns)))
    found.sort()
    return {path: stamp for _, path, stamp in found}


def read_source(file: str | Path, raw: bytes) -> Source:
    """Parse one article; raises ContentError naming every problem with its line."""
    path = os.fspath(file)
    try:
        article = read_bytes(raw, path)
    except InputError as exc:
        raise ContentError([_located(path, str(exc))]) from None
    meta, problems = article.meta, []
    if not meta.title or not meta.title.strip():
        problems.append(Problem(path, 1, "front matter has no 'title': add `title: ...` "
                                "between the --- lines"))
    date = _date(meta.date)
    if date is None:
        problems.append(Problem(path, _key_line(article.text, "date"),
                                f"'date' should be a date like 2026-03-14, not {meta.date!r}"))
    slug = str(meta.extra.get("slug") or slugify(_stem(path)))
    if not _SLUG.match(slug):
        problems.append(Problem(path, _key_line(article.text, "slug"),
                                f"slug {slug!r} should be letters, digits and -"))
    if not article.body.strip():
        problems.append(Problem(path, article.text.count("\n", 0, article.body_offset) + 1,
                                "the article has no text after its front matter"))
    if problems or date is None or not meta.title:
        raise ContentError(problems)
    return Source(article, slug, meta.title.strip(), date)


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


def _located(path: str, message: str) -> Problem:
    """A Problem from a message of the form "path:line: text"."""
    match = _LOCATED.match(message)
    if match and match.group("path") == path:
        return Problem(path, int(match.group("line")), match.group("message"))
    return Problem(path, 1, message.removeprefix(f"{path}: "))
