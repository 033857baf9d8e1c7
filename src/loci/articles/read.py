"""Read an article: decode the file, parse its front matter (YAML or TOML), keep the rest as is."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from loci.articles.decode import decode
from loci.articles.files import read_file
from loci.articles.model import Article, Meta
from loci.errors import InputError

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
MAX_FRONT_MATTER = 64 * 1024  # characters: front matter is a few fields, never a document
_FENCES = {"---": "yaml", "+++": "toml"}
_LIST_FIELDS = ("places", "tags")
_TEXT_FIELDS = ("title", "summary", "lang", "date")
# Python refuses to write an integer of over 4,300 digits as text (a guard against slow
# conversions), and metadata never needs one of over a hundred: refused when read.
MAX_NUMBER_BITS = 333  # 2**333 has 101 digits
# What any such number is written with (in decimal, hex, octal or binary, with _ between):
# front matter without a run of these holds none, and its values need no walk.
_LONG_NUMBER = re.compile(r"[0-9A-Fa-f_]{80,}")


def read_article(path: Path, root: str | None = None) -> Article:
    """Read a Markdown or plain-text article from a file (``root``: see ``read_file``)."""
    data = read_file(str(path), root)
    return read_bytes(data, str(path), markdown=path.suffix.lower() != ".txt")


def read_bytes(data: bytes, name: str, markdown: bool = True) -> Article:
    """Read an article from bytes; ``name`` is used in messages and findings."""
    return read_text(decode(data, name), name, markdown)


def read_text(text: str, name: str, markdown: bool = True) -> Article:
    """Read an article from decoded text; front matter is optional."""
    fence = _opening_fence(text)
    if fence is None:
        return Article(name, text, Meta(), 0, markdown)
    body_offset, raw = _front_matter(text, fence, name)
    data = _parse(raw, _FENCES[fence], name, 2)
    meta = _meta(data, name, raw)
    return Article(name, text, meta, body_offset, markdown, _value_offsets(text, meta))


def _opening_fence(text: str) -> str | None:
    first = text[:5].split("\n", 1)[0].rstrip("\r ")
    return first if first in _FENCES and "\n" in text[:5] else None


_CLOSING = {fence: re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*(?:\r?\n|\r|$)", re.M)
            for fence in _FENCES}


def _front_matter(text: str, fence: str, name: str) -> tuple[int, str]:
    closing = _CLOSING[fence]
    start = text.index("\n") + 1
    match = closing.search(text, start, start + MAX_FRONT_MATTER + 8)
    if match is None:
        if len(text) - start > MAX_FRONT_MATTER:
            raise InputError(f"{name}:1: front matter is not closed within "
                             f"{MAX_FRONT_MATTER // 1024} KiB: end it with a '{fence}' line")
        raise InputError(f"{name}:1: front matter opened with '{fence}' is never closed: "
                         f"end it with a '{fence}' line")
    return match.end(), text[start:match.start()]


def _parse(raw: str, syntax: str, name: str, first_line: int) -> Any:
    """Parse front matter; errors name the file and the line in it (``first_line`` is line 2).

    YAML is read as YAML 1.2 (yaml-rs, in Rust), as current Hugo reads it: ``yes``
    and ``no`` stay words, a key given twice is an error, and aliases and
    nesting are bounded.
    """
    import tomllib  # here, not at the top: most files have no front matter to read

    import yaml_rs

    try:
        return tomllib.loads(raw) if syntax == "toml" else yaml_rs.loads(raw)
    except RecursionError:
        raise InputError(f"{name}: front matter is nested too deeply to be metadata") from None
    except (tomllib.TOMLDecodeError, yaml_rs.YAMLDecodeError) as exc:  # not a library's bug
        raise InputError(f"{name}:{_error_line(str(exc), raw, first_line)}: front matter is "
                         f"not valid {syntax.upper()}: {_reason(str(exc))}") from None


def _error_line(message: str, raw: str, first_line: int) -> int:
    if match := re.search(r"line (\d+)", message):
        return int(match.group(1)) + first_line - 1
    if match := re.search(r"duplicate mapping key: '(.*)'", message):  # the second one
        keys = list(re.finditer(rf"^{re.escape(match.group(1))}[ \t]*:", raw, re.M))
        if len(keys) > 1:
            return raw.count("\n", 0, keys[1].start()) + first_line
    return first_line


def _reason(message: str) -> str:
    """What is wrong, without the parser's picture of the line (yaml-rs ends with it)."""
    lines = message.strip().splitlines()
    return lines[-1].strip() if lines else message


def _meta(data: Any, name: str, raw: str) -> Meta:
    if data is None:
        return Meta()
    if not isinstance(data, dict):
        raise InputError(f"{name}:2: front matter must be key: value pairs, "
                         f"not a {type(data).__name__}")
    for key, value in data.items() if _LONG_NUMBER.search(raw) else ():
        if _has_huge_number([key, value]):
            where = f"{_key_line(raw, key)}: front matter '{key}'" if isinstance(key, str) \
                else "2: front matter"
            raise InputError(f"{name}:{where} holds a number of over 100 digits: quote it "
                             "if it is meant as text")
    fields: dict[str, Any] = {}
    for key in _TEXT_FIELDS:
        fields[key] = _text_field(data.get(key), key, name, raw)
    for key in _LIST_FIELDS:
        fields[key] = _list_field(data.get(key), key, name, raw)
    extra = {str(k): v for k, v in data.items() if k not in _TEXT_FIELDS + _LIST_FIELDS}
    return Meta(**fields, extra=extra)


def _has_huge_number(value: Any) -> bool:
    """Whether a parsed value (nesting is bounded by the parser) holds a huge integer."""
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, int) and item.bit_length() > MAX_NUMBER_BITS:
            return True
        if isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return False


def _text_field(value: Any, key: str, name: str, raw: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, str | int | float):
        return str(value)
    raise InputError(f"{name}:{_key_line(raw, key)}: front matter '{key}' must be text, "
                     f"not a {type(value).__name__}")


def _list_field(value: Any, key: str, name: str, raw: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return tuple(str(v) for v in value)
    raise InputError(f"{name}:{_key_line(raw, key)}: front matter '{key}' must be a list of "
                     f"names, like {key}: [Malawi, Zambia]")


def _key_line(raw: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}\s*[:=]", raw, re.M)
    return raw.count("\n", 0, match.start()) + 2 if match else 2


def _value_offsets(text: str, meta: Meta) -> dict[str, int]:
    """Where each front-matter place is written, so findings about it point there."""
    offsets: dict[str, int] = {}
    key = re.search(r"^places\s*[:=]", text, re.M)
    position = key.end() if key else 0
    for place in meta.places:
        found = text.find(place, position)
        if found >= 0:
            offsets[place] = found
            position = found + len(place)
    return offsets
