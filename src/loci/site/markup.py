"""Article HTML: Markdown to sanitised HTML, then place links and language spans.

Sanitising (nh3) runs on the Markdown output before anything of ours is added,
so whatever an article's author wrote (``<script>``, ``onerror=``, ``javascript:``
links) is gone before a reader's browser sees it; what we add afterwards is
built from escaped text only.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterable

import markdown_it_pyrs
import nh3

_MD = markdown_it_pyrs.MarkdownIt("commonmark").enable_many(["table", "strikethrough"])
_TAGS = set(nh3.ALLOWED_TAGS) - {"img"} | {"figure", "figcaption"}
_ATTRIBUTES = {"a": {"href", "title", "hreflang"}, "abbr": {"title"}, "th": {"align"},
               "td": {"align"}, "ol": {"start"}, "*": {"lang"}}
_TAG = re.compile(r"(<[^>]*>)")
_TAG_NAME = re.compile(r"</?([a-zA-Z0-9]+)")
# Text inside these is never linked: headings, existing links, code.
_NO_LINK = {"a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6"}
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN_RUN = re.compile(f"[{HAN}][{HAN}\u00b7\u3001\uff08\uff09]*")


def markdown_html(body: str) -> str:
    """Markdown rendered and sanitised: safe to put in a page as it is."""
    return nh3.clean(_MD.render(body), tags=_TAGS, attributes=_ATTRIBUTES,
                     url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer")


def annotate(html: str, links: Iterable[tuple[str, str]], terms: Iterable[tuple[str, str]],
             han_lang: str = "zh-Hans") -> str:
    """Link the first mention of each place and mark non-English text with ``lang``.

    ``links`` are (text as written, URL); ``terms`` are (word, BCP 47 tag) for
    romanised words such as pinyin. Runs of Chinese characters get ``han_lang``.
    """
    html = _each_text(html, _linker(dict(links)), _NO_LINK)
    spans = [(re.escape(htmllib.escape(w, quote=False)), tag) for w, tag in terms if w]
    return _each_text(html, _spanner(spans, han_lang), {"code", "pre"})


def _each_text(html: str, change: Callable[[str], str], skip: set[str]) -> str:
    """Apply ``change`` to each text segment not inside the ``skip`` elements."""
    out: list[str] = []
    depth = 0
    for part in _TAG.split(html):
        if part.startswith("<"):
            name = _TAG_NAME.match(part)
            if name and name.group(1).lower() in skip and not part.endswith("/>"):
                depth += -1 if part.startswith("</") else 1
            out.append(part)
        else:
            out.append(change(part) if depth == 0 and part else part)
    return "".join(out)


def _linker(links: dict[str, str]) -> Callable[[str], str]:
    """Wrap the first occurrence of each text in a link, across all segments."""
    pending = {htmllib.escape(text, quote=False): url for text, url in links.items() if text}
    if not pending:
        return lambda text: text
    words = sorted(pending, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(map(re.escape, words)) + r")(?!\w)")

    def link(match: re.Match[str]) -> str:
        url = pending.pop(match.group(1), None)
        if url is None:
            return match.group(0)
        return f'<a href="{htmllib.escape(url)}">{match.group(1)}</a>'

    return lambda text: pattern.sub(link, text) if pending else text


def _spanner(terms: list[tuple[str, str]], han_lang: str) -> Callable[[str], str]:
    tags = {htmllib.unescape(w): tag for w, tag in terms}
    alternatives = [f"(?<!\\w){w}(?!\\w)" for w, _ in sorted(terms, key=lambda t: -len(t[0]))]
    pattern = re.compile("|".join([HAN_RUN.pattern, *alternatives]))

    def span(match: re.Match[str]) -> str:
        text = match.group(0)
        tag = tags.get(htmllib.unescape(text), han_lang)
        return f'<span lang="{tag}">{text}</span>'

    return lambda text: pattern.sub(span, text)
