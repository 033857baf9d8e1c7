"""What every renderer needs: statements grouped into blocks, marked spans, footnote numbers."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from loci.guides.model import Mark, Section, Statement


@dataclass(frozen=True, slots=True)
class Block:
    """A run of statements shown together: "para", "list" or "quote"."""

    kind: str
    statements: tuple[Statement, ...]


def blocks(section: Section) -> list[Block]:
    """Consecutive prose joins into one paragraph, items into one list, quotations stay apart."""
    out: list[Block] = []
    for statement in section.statements:
        kind = "quote" if statement.quote else "list" if statement.item else "para"
        if out and out[-1].kind == kind and kind != "quote":
            out[-1] = Block(kind, (*out[-1].statements, statement))
        else:
            out.append(Block(kind, (statement,)))
    return out


def spans(statement: Statement) -> Iterator[tuple[str, Mark | None]]:
    """The statement's text cut into plain and marked spans, in order."""
    pos = 0
    for mark in sorted(statement.marks, key=lambda m: m.start):
        if mark.start < pos:
            continue  # overlapping marks never come from Line; skip rather than garble
        if mark.start > pos:
            yield statement.text[pos:mark.start], None
        yield statement.text[mark.start:mark.end], mark
        pos = mark.end
    if pos < len(statement.text):
        yield statement.text[pos:], None


def cited(statement: Statement) -> list[str]:
    """The datasets a statement cites, each once, in order."""
    return list(dict.fromkeys(f.source.dataset for f in statement.facts))
