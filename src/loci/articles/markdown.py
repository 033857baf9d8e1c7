"""Structure of a Markdown body, and its prose with the markup blanked out.

The checker reads prose, not markup, but must point at columns of the file as
written. So markup is replaced by spaces of the same length: ``**Lilongwe**``
reads as ``  Lilongwe  `` at the same offsets, and no offset map is needed.
Links, footnotes and URLs are remembered as sources.

Why a reading of its own beside the site's renderer (cmark-gfm, ``site/cmark.py``):
the checker reads ``.txt`` and ``.md`` alike, paragraphs cut by ``articles.plain``
with offsets in characters of the file; cmark-gfm's tree gives its inline nodes
positions as lines and UTF-8 byte columns, has no node for a footnote reference
without its footnotes extension (which the site does not enable), and sits below
``articles/`` in the pipeline. A walk of that tree could replace the patterns
here (measured on the example articles: this pass reads 12 MB/s, cmark-gfm
parses and renders 98 MB/s); until it does, every pattern here must stay
linear, which ``tests/test_pathological.py`` holds it to on runs of openers.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from loci.articles.model import Block
from loci.articles.plain import paragraphs, prose_blocks

# Every pattern is linear in the text: a pattern tried at each of a run of openers ("[[[[",
# "<a<a<a") must not scan past the next opener, or a line of them costs its square (a
# single 60 KB line of "[" took 27 s). So link texts hold no brackets, tags no "<", link
# targets at most one level of parentheses, and runs are taken whole, without backtracking.
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_FENCE = re.compile(r"^ {0,3}(`{3,}+|~{3,}+)[^\n]*\n.*?(?:^ {0,3}\1[ \t]*$|\Z)", re.M | re.S)
_INLINE_CODE = re.compile(r"`[^`\n]+`")
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*+\)"  # (url), (url (with) parentheses)
_IMAGE = re.compile(rf"!\[[^\[\]\n]*\]{_TARGET}")
_LINK = re.compile(rf"\[(?!\^)([^\[\]\n]*)\]({_TARGET}|\[[^\[\]\n]*\])")
_FOOTNOTE = re.compile(r"\[\^[^\[\]\n]+\]:?")
# Patterns open with the characters they need (not a look-behind or an optional "<"), so the
# engine skips ahead to them: prose has few, and blanking is on every check's path.
_URL = re.compile(r"(?:<https?://|https?://)[^\s>)\]]+>?")
_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>")
# A run of * and _ not inside a word ("**Lilongwe**", "__init__"); "snake_case" stays.
_EMPHASIS = re.compile(r"[*_](?<![*_][*_])(?:(?<![^\W_][*_])[*_]*+|[*_]*+(?![^\W_]))")
_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")
_LINE_MARKS = re.compile(
    r"^ {0,3}(?:#{1,6}(?=[ \t]|$)|(?:> ?)+|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))", re.M)
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)", re.M)
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$", re.M)
_RULE = re.compile(r"^ {0,3}(?:[-*_][ \t]*){3,}$", re.M)
_LIST_ITEM = re.compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]", re.M)


@dataclass(frozen=True, slots=True)
class Prose:
    """The body's prose (markup blanked, same length as the text) and its structure."""

    masked: str
    blocks: list[Block]
    sources: list[int]  # offsets of links, footnote references and URLs


def markdown_prose(text: str, start: int) -> Prose:
    """Blank the markup of ``text[start:]`` and find its headings, paragraphs and tag lists."""
    chars = _spaces(text[:start]) + text[start:]
    sources: list[int] = []
    code: list[tuple[int, int]] = []
    chars = _blank(_COMMENT, chars, start)
    chars = _blank(_FENCE, chars, start, code.append)
    chars = _blank(_INLINE_CODE, chars, start)
    chars = _blank(_IMAGE, chars, start)
    chars = _LINK.sub(lambda m: _link(m, sources), chars)
    chars = _blank(_FOOTNOTE, chars, start, lambda span: sources.append(span[0]))
    chars = _blank(_URL, chars, start, lambda span: sources.append(span[0]))
    for pattern in (_TAG, _ESCAPE, _RULE, _SETEXT, _LINE_MARKS, _EMPHASIS):
        chars = _blank(pattern, chars, start)
    chars = chars.replace("|", ".")  # table cells read as separate sentences
    return Prose(chars, _blocks(text, chars, start, code), sorted(sources))


def _blank(pattern: re.Pattern[str], text: str, start: int,
           found: Callable[[tuple[int, int]], object] | None = None) -> str:
    def blank(match: re.Match[str]) -> str:
        if found is not None and match.start() >= start:
            found((match.start(), match.end()))
        return _spaces(match.group())

    return pattern.sub(blank, text)


def _spaces(text: str) -> str:
    if "\n" not in text and "\r" not in text:
        return " " * len(text)
    return re.sub(r"[^\r\n]", " ", text)


def _link(match: re.Match[str], sources: list[int]) -> str:
    target = match.group(2)
    if target.startswith("(") and not target.startswith("(#"):
        sources.append(match.start())
    return " " + match.group(1) + " " + _spaces(target)


def _blocks(text: str, masked: str, start: int, code: list[tuple[int, int]]) -> list[Block]:
    blocks = [Block("code", s, e) for s, e in code]
    headings = _heading_lines(text, start)
    for s, e in paragraphs(masked, start):
        blocks.extend(_split_paragraph(text, masked, s, e, headings))
    return sorted(blocks, key=lambda b: (b.start, b.kind != "taglist"))


def _heading_lines(text: str, start: int) -> dict[int, int]:
    """Line start offset -> level, for ATX headings and the text line above a setext rule."""
    levels = {m.start(): len(m.group(1)) for m in _ATX.finditer(text, start)}
    for m in _SETEXT.finditer(text, start):
        above = text.rfind("\n", start, max(m.start() - 1, start))
        line_start = start if above < 0 else above + 1
        if m.start() > start and text[line_start:m.start()].strip() and \
                not _LIST_ITEM.match(text, line_start):
            levels[line_start] = 1 if m.group(1)[0] == "=" else 2
    return levels


def _split_paragraph(text: str, masked: str, start: int, end: int,
                     headings: dict[int, int]) -> list[Block]:
    """A run of lines as headings, list items and paragraphs."""
    blocks: list[Block] = []
    line_start = text.rfind("\n", 0, start) + 1
    piece_start = start
    for line in _line_starts(text, line_start, end):
        level = headings.get(line)
        if level or (_LIST_ITEM.match(text, line) and line > piece_start):
            blocks.extend(_prose(masked, piece_start, line - 1))
            piece_start = max(line, start)
        if level:
            line_end = text.find("\n", line, end)
            line_end = end if line_end < 0 else line_end
            blocks.append(Block("heading", piece_start, line_end, level=level))
            piece_start = line_end + 1
    blocks.extend(_prose(masked, piece_start, end))
    return blocks


def _line_starts(text: str, start: int, end: int) -> list[int]:
    starts = [start]
    position = text.find("\n", start, end)
    while position >= 0:
        starts.append(position + 1)
        position = text.find("\n", position + 1, end)
    return starts


def _prose(masked: str, start: int, end: int) -> list[Block]:
    return [block for s, e in paragraphs(masked, start, max(start, end))
            for block in prose_blocks(masked, s, e)]
