"""How deeply HTML nests, over-estimated in one linear pass: the guard before the sanitiser.

The sanitiser (nh3, html5ever's tree builder) spends time on every element in
proportion to how many elements are open around it, and on every piece of
text in proportion to the formatting elements (``<b>``, ``<a>``, ...) left
open: 100,000 unclosed ``<div>`` took 40 s, 100,000 nested Markdown quotes
longer. Both are bounded here before it runs. The count never comes out below
what the tree builder will hold: every start tag opens an element unless it
is void, an end tag closes only the element just opened (or, as the parser
does, a ``<p>`` or list item is closed by the next one), and a formatting
element stays counted until its own end tag.
"""

from __future__ import annotations

import re

from loci.errors import InputError

MAX_DEPTH = 100  # elements open at once; a page of lists in quotes in tables needs 20
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*+)")
_VOID = frozenset(("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr", "basefont", "bgsound", "frame", "keygen"))
# Elements the tree builder reopens for text that follows them until their end tag.
_FORMATTING = frozenset(("a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small",
                         "strike", "strong", "tt", "u"))
# A start tag of the first kind closes an open element of the second kind just before it.
_CLOSES = {"p": "p", "li": "li", "dt": "dt", "dd": "dd", "tr": "tr", "td": "td", "th": "th",
           "option": "option"}
_BLOCKS = frozenset(("address", "article", "aside", "blockquote", "center", "details",
                     "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure",
                     "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "section",
                     "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing"))


def depth(html: str) -> int:
    """The most elements the tree builder can hold open at once (an over-estimate)."""
    stack: list[str] = []
    formatting: dict[str, int] = {}  # open formatting elements by name, not yet ended
    open_formatting = deepest = 0
    for match in _TAG.finditer(html):
        name = match.group(2).lower()
        if match.group(1):  # an end tag
            if stack and stack[-1] == name:
                stack.pop()
            if formatting.get(name):
                formatting[name] -= 1
                open_formatting -= 1
            continue
        if name in _VOID:
            continue
        if stack and (stack[-1] == _CLOSES.get(name) or (stack[-1] == "p" and name in _BLOCKS)):
            stack.pop()
        stack.append(name)
        if name in _FORMATTING:
            formatting[name] = formatting.get(name, 0) + 1
            open_formatting += 1
        deepest = max(deepest, len(stack) + open_formatting)
    return deepest


def check_depth(html: str) -> None:
    """Refuse HTML nested more than ``MAX_DEPTH`` elements deep (an ``InputError``)."""
    if html.count("<") > MAX_DEPTH and depth(html) > MAX_DEPTH:  # fewer tags nest no deeper
        raise InputError(f"the text nests more than {MAX_DEPTH} levels deep (quotes in quotes, "
                         "lists in lists, emphasis or HTML elements left open): no article "
                         "needs that many; close each HTML tag and flatten the nesting")
