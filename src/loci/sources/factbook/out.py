"""What a Factbook field reader works with: the file, and where its records go."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from loci.sources.factbook.text import ParseError, split_notes
from loci.sources.records import Fact, Name, Problem, Record
from loci.text import slugify, unique_key

Resolve = Callable[[str], str | None]


@dataclass(frozen=True, slots=True)
class Part:
    """One Factbook file as (part of) one place."""

    place: str
    label: str | None  # the file's name in fields and keys, for places of several files
    data: Mapping[str, Any]

    def field(self, path: tuple[str, ...]) -> str:
        text = " > ".join(path)
        return f"{self.label}: {text}" if self.label else text

    def key(self, key: str) -> str:
        return f"{slugify(self.label)}/{key}" if self.label else key

    def value(self, path: tuple[str, ...]) -> Any:
        node: Any = self.data
        for step in path:
            if not isinstance(node, Mapping) or step not in node:
                return None
            node = node[step]
        return node


def base_name(name: str) -> str:
    """``Russia (northeast)`` -> ``Russia``."""
    return re.sub(r"\s*\([^()]*\)$", "", name).strip()


@dataclass
class Out:
    """One part's records; keys stay unique within each topic."""

    part: Part
    resolve: Resolve  # a neighbour's name -> its place id
    records: list[Record] = field(default_factory=list)
    keys: dict[str, set[str]] = field(default_factory=dict)

    def fact(self, topic: str, key: str, value: Any, text: str, path: tuple[str, ...]) -> None:
        unique = unique_key(self.part.key(key), self.keys.setdefault(topic, set()))
        fact = Fact(self.part.place, topic, unique, value, text, self.part.field(path))
        self.records.append(fact)

    def name(self, name: str, lang: str, kind: str) -> None:
        self.records.append(Name(self.part.place, name, lang, kind))

    def problem(self, message: str, raw: Any, path: tuple[str, ...]) -> None:
        raw_text = raw if isinstance(raw, str) else json.dumps(raw, ensure_ascii=False)
        self.records.append(Problem(self.part.place, self.part.field(path), message, raw_text))

    def notes(self, topic: str, raw: Any, path: tuple[str, ...]) -> None:
        """Facts keyed ``note`` for a ``note`` value (``<strong>note:</strong> ...``)."""
        if isinstance(raw, str):
            for note in split_notes(raw):
                self.fact(topic, "note", note, note, path)

    @contextmanager
    def attempt(self, raw: Any, path: tuple[str, ...]) -> Iterator[None]:
        """Report a :class:`ParseError` in the block as a problem and carry on."""
        try:
            yield
        except ParseError as err:
            self.problem(str(err), raw, path)
        except (LookupError, TypeError, ValueError) as err:
            # a shape no parser expected (a newer package?): report it, read the rest
            self.problem(f"unexpected value ({type(err).__name__}: {err})", raw, path)


_BLANK = re.compile(r"<[^>]*>|&nbsp;|\s")


def text_of(node: Any) -> str | None:
    """The ``text`` of a Factbook value (``{"text": ...}`` or a bare string), if not blank."""
    if isinstance(node, Mapping):
        node = node.get("text")
    return node if isinstance(node, str) and _BLANK.sub("", node) else None


Reader = Callable[[Out, Mapping[str, Any], tuple[str, ...]], None]
