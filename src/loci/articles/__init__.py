"""Articles: read Markdown with front matter (or plain text), import plain text and HTML."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from loci.articles.markdown import Prose, markdown_prose
from loci.articles.model import Article, Block, LineIndex, Meta
from loci.articles.plain import plain_blocks
from loci.articles.read import (
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
    read_article,
    read_bytes,
    read_text,
)

__all__ = [
    "MARKDOWN_SUFFIXES",
    "TEXT_SUFFIXES",
    "Article",
    "Block",
    "LineIndex",
    "Meta",
    "Prose",
    "import_file",
    "prose",
    "read_article",
    "read_bytes",
    "read_text",
]

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

    from loci.kb import KB

_URL = re.compile(r"https?://\S+")


def prose(article: Article) -> Prose:
    """The article's prose (markup blanked, offsets kept) and its blocks."""
    if article.markdown:
        return markdown_prose(article.text, article.body_offset)
    text = article.text
    masked = " " * article.body_offset + text[article.body_offset:]
    sources = [m.start() for m in _URL.finditer(text, article.body_offset)]
    return Prose(masked, plain_blocks(text, article.body_offset), sources)


def import_file(kb: KB, path: Path, date: dt.date | None = None) -> str:
    """Markdown for a plain-text or HTML article (see :mod:`loci.articles.importer`)."""
    from loci.articles.importer import import_file as convert

    return convert(kb, path, date)
