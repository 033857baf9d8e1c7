"""``loci import``: plain text or HTML to Markdown with YAML front matter.

A closing tag list ("China culture Albania culture ...") leaves the body and
becomes the front matter's ``places``, each name resolved to the place's
current name; a name that changed on the way keeps a comment saying what was
written, so an import never corrects anything silently.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from loci.articles.decode import decode
from loci.articles.files import read_file
from loci.articles.html import HtmlDocument, html_document, looks_like_html
from loci.articles.plain import plain_blocks, tag_items
from loci.articles.read import MARKDOWN_SUFFIXES
from loci.kb import KB
from loci.places import Resolver
from loci.text import has_han

MAX_SUMMARY = 200
_ESCAPES = re.compile(r"([\\`*_\[\]<])")
_LINE_START = re.compile(r"^([#>+-]|\d+[.)])(?=\s)", re.M)
_SENTENCE = re.compile(r"^.+?[.!?](?=\s|$)", re.S)
_LINE_BREAK = re.compile(r"\s*[\n\r\x85\u2028\u2029]\s*")  # a name wrapped over lines
# What a YAML double-quoted string must escape beyond JSON's escapes: the characters
# outside YAML's printable set, and those that YAML 1.1 or an editor takes for line breaks.
_NOT_YAML = re.compile("[\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def import_file(kb: KB, path: Path, date: dt.date | None = None) -> str:
    """The Markdown (front matter and body) of a plain-text or HTML article.

    ``date``: the article's date when the source gives none (default: the day the
    file was last changed), so that ``loci build`` publishes it.
    """
    text = decode(read_file(str(path)), str(path))
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        return text
    date = date or dt.date.fromtimestamp(path.stat().st_mtime)
    if path.suffix.lower() in (".html", ".htm") or looks_like_html(text):
        return import_html(kb, text, date)
    return import_text(kb, text, path.stem, date)


def import_text(kb: KB, text: str, stem: str = "", date: dt.date | None = None) -> str:
    """Markdown for plain text: inferred headings, paragraphs, the tag list as places."""
    body: list[str] = []
    title: str | None = None
    tags: list[str] = []
    for block in plain_blocks(text):
        chunk = text[block.start:block.end]
        if block.kind == "heading" and block.level == 1 and title is None and not body:
            title = chunk.strip()
        elif block.kind == "heading":
            body.append("#" * block.level + " " + _escape(chunk.strip()))
        elif block.kind == "paragraph":
            body.append(_escape(_lines(chunk)))
        elif block.kind == "tag":
            tags.append(chunk)
    first = next((b for b in body if not b.startswith("#")), "")
    meta = {"title": title or _title(stem), "date": date.isoformat() if date else None,
            "summary": _summary(first), "lang": _lang(text)}
    return _front_matter(meta, _places(kb, tags), []) + "\n\n".join(body) + "\n"


def import_html(kb: KB, html: str, date: dt.date | None = None) -> str:
    """Markdown for an HTML page or fragment (``date``: when the page gives none)."""
    doc = html_document(html)
    blocks = list(doc.blocks)
    if blocks and blocks[0].startswith("# ") and doc.title is None:
        doc.title = blocks.pop(0)[2:].strip()
    elif blocks and doc.title and blocks[0] == "# " + doc.title:
        blocks.pop(0)
    tags = _closing_tags(blocks)
    first = next((b for b in blocks if not b.startswith(("#", "-", ">", "|", "`"))), "")
    meta = _html_meta(doc, first)
    meta["date"] = meta["date"] or (date.isoformat() if date else None)
    return _front_matter(meta, _places(kb, tags), doc.tags) + "\n\n".join(blocks) + "\n"


def _html_meta(doc: HtmlDocument, first: str) -> dict[str, str | None]:
    return {"title": doc.title, "date": doc.date, "summary": doc.summary or _summary(first),
            "lang": doc.lang or _lang(first)}


def _closing_tags(blocks: list[str]) -> list[str]:
    """Remove a closing tag list from the blocks and return its names."""
    if not blocks:
        return []
    last = blocks[-1]
    items = tag_items(last, 0, len(last))
    if not items:
        return []
    blocks.pop()
    return [last[s:e] for s, e in items]


def _places(kb: KB, names: list[str]) -> list[tuple[str, str | None]]:
    """Each tag resolved to its place's name, with a comment when that is not what was written."""
    resolver = Resolver(kb)
    seen: set[str] = set()
    out: list[tuple[str, str | None]] = []
    for name in (_LINE_BREAK.sub(" ", n) for n in names):
        match = resolver.best(name)
        if match is None:
            out.append((name, "not a place loci knows"))
            continue
        if match.place.id in seen:
            continue
        seen.add(match.place.id)
        note = None
        if match.how in ("former", "fuzzy") or match.place.status != "current":
            how = {"former": f"a former name, until {match.year}", "fuzzy": "misspelled"}
            note = f"written {_quoted(name)} ({how.get(match.how, match.place.status)})"
        out.append((match.place.name, note))
    return out


def _front_matter(meta: dict[str, str | None], places: list[tuple[str, str | None]],
                  tags: list[str]) -> str:
    """YAML front matter in which every value is one double-quoted line, so that no
    value, however written (a line break, a ``---``, a ``#``), can end a line early."""
    lines = ["---"]
    lines += [f"{key}: {_quoted(value)}" for key, value in meta.items() if value]
    if places:
        lines.append("places:")
        lines += [f"  - {_quoted(name)}" + (f"  # {note}" if note else "")
                  for name, note in places]
    if tags:
        lines.append(f"tags: [{', '.join(map(_quoted, tags))}]")
    return "\n".join([*lines, "---", "", ""])


def _quoted(value: str) -> str:
    """A YAML double-quoted string on one line (JSON's escapes are YAML's too)."""
    text = json.dumps(value, ensure_ascii=False)
    return _NOT_YAML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def _lines(chunk: str) -> str:
    """A paragraph's lines with Windows and old Mac line ends made plain."""
    return "\n".join(line.rstrip() for line in re.split(r"\r\n|\r|\n", chunk))


def _escape(text: str) -> str:
    """Escape what Markdown would read as markup, so the prose stays prose."""
    return _LINE_START.sub(r"\\\1", _ESCAPES.sub(r"\\\1", text))


def _summary(paragraph: str) -> str | None:
    text = re.sub(r"\s+", " ", re.sub(r"\\(.)", r"\1", paragraph)).strip()
    if not text:
        return None
    match = _SENTENCE.match(text)
    sentence = match.group() if match else text
    return sentence if len(sentence) <= MAX_SUMMARY else sentence[:MAX_SUMMARY - 1] + "…"


def _title(stem: str) -> str | None:
    words = re.sub(r"[_-]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words and not words[0].isdigit() else None


def _lang(text: str) -> str:
    sample = text[:5000]
    han = sum(1 for c in sample if has_han(c))
    return "zh" if han > len(sample) / 4 else "en"

