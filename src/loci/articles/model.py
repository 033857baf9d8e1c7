"""An article as read: its front matter, its body, and a map back to the original file."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True, slots=True)
class Meta:
    """Front matter: the fields Hugo, Jekyll and Pelican content share (all optional)."""

    title: str | None = None
    date: str | None = None
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    summary: str | None = None
    lang: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # any other keys, as parsed

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"title": self.title, "date": self.date,
                                "places": list(self.places), "tags": list(self.tags),
                                "summary": self.summary, "lang": self.lang}
        return {k: v for k, v in data.items() if v not in (None, [])} | self.extra


@dataclass(frozen=True, slots=True)
class Block:
    """A span of the body: a heading, a paragraph, a list of tags, or text to skip (code)."""

    kind: str  # "heading", "paragraph", "taglist", "code"
    start: int  # offsets into Article.text
    end: int
    level: int = 0  # headings: 1-6


class LineIndex:
    """Character offsets to 1-based (line, column) in the original text.

    Lines end at LF, CRLF or a lone CR, as editors count them; columns count
    characters (Unicode code points) from the line's start.
    """

    def __init__(self, text: str) -> None:
        self.starts = [0] + [m.end() for m in _LINE_BREAK.finditer(text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1

    def line_start(self, line: int) -> int:
        """The offset where a 1-based line starts."""
        return self.starts[min(max(line, 1), len(self.starts)) - 1]


@dataclass(frozen=True, slots=True)
class Article:
    """One article: ``text`` is the whole file as decoded; the body starts at ``body_offset``."""

    path: str
    text: str
    meta: Meta
    body_offset: int
    markdown: bool  # False for plain text, whose headings are inferred
    meta_offsets: dict[str, int] = field(default_factory=dict)  # front matter value -> offset

    @property
    def body(self) -> str:
        return self.text[self.body_offset:]
