"""HTML to Markdown blocks, with the stdlib parser (sanitising is the site's job, not ours).

Headings, paragraphs, lists, quotes, code, tables, links and emphasis become
their Markdown forms; scripts, styles and forms are dropped. ``<title>``,
``<html lang>`` and the description, keywords and publication-date ``<meta>``
tags become front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "svg", "form", "button", "select", "iframe"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
           "figure", "figcaption", "dl", "dt", "dd", "ul", "ol", "table", "tr", "body", "html"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_INLINE = {"strong": "**", "b": "**", "em": "*", "i": "*"}
_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML collapses these, and not the no-break space
_DATE_META = ("article:published_time", "date", "dc.date", "pubdate", "publish-date")
MAX_DEPTH = 200  # deeper nesting is flattened; no page needs more


@dataclass
class HtmlDocument:
    """What a page yields: Markdown blocks (without front matter) and its metadata."""

    blocks: list[str] = field(default_factory=list)
    title: str | None = None
    lang: str | None = None
    summary: str | None = None
    date: str | None = None
    tags: list[str] = field(default_factory=list)


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.doc = HtmlDocument()
        self.line: list[str] = []  # inline text of the block being built
        self.prefix = ""  # "## ", "- ", "> ", "| "
        self.skip = 0
        self.pre = 0
        self.quote = 0
        self.links: list[str] = []
        self.in_title = False
        self.title: list[str] = []  # the text of <title>, in the pieces the parser gives
        self.depth = 0

    # structure ---------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.depth += 1
        if tag in _SKIP:
            self.skip += 1
        elif self.skip or self.depth > MAX_DEPTH:
            return
        self._open(tag, a)

    def _open(self, tag: str, a: dict[str, str]) -> None:
        if tag == "html" and a.get("lang"):
            self.doc.lang = a["lang"]
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            self._meta(a)
        elif tag in _HEADINGS:
            self._flush()
            self.prefix = "#" * _HEADINGS[tag] + " "
        elif tag == "li":
            self._flush()
            self.prefix = "- "
        elif tag in ("td", "th"):
            self.line.append(" | " if self.line else "| ")
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag == "pre":
            self._flush()
            self.pre += 1
        elif tag == "br":
            self.line.append("\n" if self.pre else "  \n")
        elif tag == "hr":
            self._flush()
            self.doc.blocks.append("---")
        elif tag == "a":
            self.links.append(a.get("href", ""))
            self.line.append("[")
        elif tag in _INLINE:
            self.line.append(_INLINE[tag])
        elif tag == "code" and not self.pre:
            self.line.append("`")
        elif tag == "img" and a.get("alt"):
            self.line.append(f"![{a['alt']}]({a.get('src', '')})")
        elif tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        self.depth = max(self.depth - 1, 0)
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
            return
        if self.skip:
            return
        if tag == "title":
            self.in_title = False
        elif tag == "a" and self.links:
            href = self.links.pop()
            self.line.append(f"]({href})" if href else "]")
        elif tag in _INLINE:
            self.line.append(_INLINE[tag])
        elif tag == "code" and not self.pre:
            self.line.append("`")
        elif tag == "pre":
            self._flush(code=True)
            self.pre = max(self.pre - 1, 0)
        elif tag == "blockquote":
            self._flush()
            self.quote = max(self.quote - 1, 0)
        elif tag == "tr":
            self.line.append(" |")
            self._flush()
        elif tag in _HEADINGS or tag == "li" or tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.in_title:
            self.title.append(data)  # joined once at the end: each piece is not a new copy
        else:
            self.line.append(data if self.pre else _SPACE.sub(" ", data))

    # helpers -----------------------------------------------------------------

    def _meta(self, a: dict[str, str]) -> None:
        key = (a.get("name") or a.get("property") or "").lower()
        content = a.get("content", "").strip()
        if key in ("description", "og:description") and content:
            self.doc.summary = self.doc.summary or content
        elif key == "keywords" and content:
            self.doc.tags = [t.strip() for t in content.split(",") if t.strip()]
        elif key in _DATE_META and content:
            self.doc.date = self.doc.date or content[:10]

    def _flush(self, code: bool = False) -> None:
        text = "".join(self.line)
        self.line = []
        prefix, self.prefix = self.prefix, ""
        if code:
            if text.strip("\n"):
                self.doc.blocks.append("```\n" + text.strip("\n") + "\n```")
            return
        text = "\n".join(part.strip(" ") for part in text.split("\n")).strip()
        if not text:
            return
        text = prefix + text
        if self.quote:
            text = "\n".join("> " + line for line in text.split("\n"))
        self.doc.blocks.append(text)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """As the standard parser's, but a malformed section (``<![ x ]]>``) is skipped up
        to its ">" instead of raising AssertionError out of the whole import."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def close(self) -> None:
        super().close()
        self._flush()
        if self.title:
            self.doc.title = _SPACE.sub(" ", "".join(self.title)).strip()


def html_document(html: str) -> HtmlDocument:
    """Parse a page into Markdown blocks and metadata."""
    converter = _Converter()
    converter.feed(_unclosed_as_text(html))
    converter.close()
    return converter.doc


_OPENER = re.compile(r"<(?=[A-Za-z/!?])")
_CLOSERS = {"<!--": re.compile(r"--\s*>"), "<![": re.compile(r"\]\s*\]\s*>"), "<": re.compile(">")}


def _unclosed_as_text(html: str) -> str:
    """The page with each tag, comment or section that is never closed escaped as text.

    The standard library's parser tries such an opener, finds no end to it at the
    end of the page, takes it as text, and tries the next one the same way: a
    page of 100 KB of unclosed "<a" took minutes. Where it would give up anyway,
    "&lt;" says so at once (and reads back as the same text).
    """
    last = {opener: max((m.start() for m in closer.finditer(html)), default=-1)
            for opener, closer in _CLOSERS.items()}
    pieces: list[str] = []
    position = 0
    for match in _OPENER.finditer(html):
        at = match.start()
        opener = next(o for o in _CLOSERS if html.startswith(o, at))
        if last[opener] < at + len(opener):
            pieces += (html[position:at], "&lt;")
            position = at + 1
    return "".join(pieces) + html[position:] if pieces else html


def looks_like_html(text: str) -> bool:
    """True for a page or fragment: it opens with a tag, or has the usual block tags."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<head", "<body", "<article", "<p",
                            "<h1", "<h2", "<div", "<section", "<meta"))
