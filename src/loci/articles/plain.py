"""Structure of plain text: paragraphs, headings told by their shape, and closing tag lists.

Headings are short lines without end punctuation. A heading directly followed
by another is a section and its first subsection; a lone heading takes the
level of the last heading that had prose under it. A paragraph that is a run
of "X culture Y culture ..." is a list of tags, not prose.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loci.articles.model import Block

MAX_HEADING = 100  # characters
MAX_HEADING_WORDS = 14
MAX_TAG_WORDS = 8
MIN_TAGS = 3
_BLANK_LINES = re.compile(r"\n(?:[ \t\u00a0\r\f\v]*\n)+")
_NON_SPACE = re.compile(r"\S")
_END_PUNCTUATION = tuple('.!?,;:…"”’\'»)]')
_LAST_WORD = re.compile(r"(\w+)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+[A-Z]")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of non-blank lines."""
    stop = len(text) if end is None else end
    position = start
    for match in _BLANK_LINES.finditer(text, start, stop):
        yield from _stripped(text, position, match.start())
        position = match.end()
    yield from _stripped(text, position, stop)


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    first = _NON_SPACE.search(text, start, end)
    if first:
        yield first.start(), first.start() + len(text[first.start():end].rstrip())


def is_heading(line: str) -> bool:
    """A short single line that starts like a title and does not end like a sentence."""
    line = line.strip()
    if not line or len(line) > MAX_HEADING or "\n" in line:
        return False
    if line.endswith(_END_PUNCTUATION) or len(line.split()) > MAX_HEADING_WORDS:
        return False
    return line[0].isupper() or line[0].isdigit() or not line[0].isascii()


def prose_blocks(text: str, start: int, end: int) -> list[Block]:
    """A span of prose as one paragraph, or as a tag list ("X culture X culture ...")."""
    items = tag_items(text, start, end)
    if not items:
        return [Block("paragraph", start, end)]
    return [Block("taglist", start, end), *(Block("tag", i, j) for i, j in items)]


def tag_items(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The (start, end) of each tag of a "X culture Y culture ..." run, or None for prose."""
    chunk = text[start:end]
    tail = chunk[-40:].split()
    last = _LAST_WORD.search(tail[-1]) if tail else None
    if not last or chunk.count(last.group(1)) < MIN_TAGS or _SENTENCE_END.search(chunk):
        return None
    # Each tag ends at the first " culture" after it: found by one scan for the separators
    # (a lazy "(\S.*?) culture" tried at every start took the square of the chunk's length).
    word = re.escape(last.group(1))
    items: list[tuple[int, int]] = []
    position = 0
    for match in re.finditer(rf"(?<![ \u00a0])[ \u00a0]+{word}(?:\s+|$)", chunk):
        if not _NON_SPACE.match(chunk, position) or \
                len(chunk[position:match.start()].split()) > MAX_TAG_WORDS:
            return None
        items.append((start + position, start + match.start()))
        position = match.end()
    return items if len(items) >= MIN_TAGS and position == len(chunk) else None


def plain_blocks(text: str, start: int = 0) -> list[Block]:
    """Blocks of a plain-text body: headings with inferred levels, paragraphs, tag lists."""
    blocks: list[Block] = []
    spans = list(paragraphs(text, start))
    heading_run: list[tuple[int, int]] = []
    leaf_level = 0
    for index, (s, e) in enumerate(spans):
        if is_heading(text[s:e]) and index + 1 < len(spans):
            heading_run.append((s, e))
            continue
        if heading_run:
            leaf_level = _emit_headings(blocks, heading_run, leaf_level, title=not blocks
                                        and heading_run[0][0] == spans[0][0])
            heading_run = []
        blocks.extend(prose_blocks(text, s, e))
    if heading_run:
        _emit_headings(blocks, heading_run, leaf_level, title=False)
    return blocks


def _emit_headings(blocks: list[Block], run: list[tuple[int, int]], leaf_level: int,
                   title: bool) -> int:
    """Append a run of consecutive headings; returns the level prose under them sits at."""
    if title:
        blocks.append(Block("heading", *run[0], level=1))
        run = run[1:]
        if not run:
            return leaf_level
    if len(run) == 1:
        level = leaf_level or 2
        blocks.append(Block("heading", *run[0], level=level))
        return level
    for depth, (s, e) in enumerate(run):
        blocks.append(Block("heading", s, e, level=min(2 + depth, 6)))
    return min(1 + len(run), 6)
