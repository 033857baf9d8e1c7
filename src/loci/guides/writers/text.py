"""Build a statement's text piece by piece, recording which spans are links or another language."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from loci.guides.model import Mark, Statement
from loci.kb import FactRow, PlaceRow
from loci.text import has_han


class Line:
    """Plain text plus marks, so renderers can link places and tag languages.

    ``Line().add("In ").place(liaoning, "Liaoning").add(" (").lang("辽宁").add(")")``
    """

    def __init__(self, text: str = "") -> None:
        self._parts: list[str] = [text] if text else []
        self._marks: list[Mark] = []
        self._length = len(text)

    def add(self, text: str) -> Line:
        self._parts.append(text)
        self._length += len(text)
        return self

    def _marked(self, text: str, kind: str, value: str) -> Line:
        self._marks.append(Mark(self._length, self._length + len(text), kind, value))
        return self.add(text)

    def place(self, place: PlaceRow, text: str | None = None) -> Line:
        """A place's name (or ``text``), linked to its guide."""
        return self._marked(text or place.name, "place", place.id)

    def lang(self, text: str, tag: str | None = None) -> Line:
        """Text in another language; Chinese is tagged zh-Hans unless told otherwise."""
        tag = tag or ("zh-Hans" if has_han(text) else "und")
        return self._marked(text, "lang", tag)

    def join(self, pieces: Sequence[Line], conjunction: str = "and") -> Line:
        """Append other lines as a natural list: "A, B and C"."""
        for i, piece in enumerate(pieces):
            if i:
                self.add(f" {conjunction} " if i == len(pieces) - 1 else ", ")
            self.extend(piece)
        return self

    def extend(self, other: Line) -> Line:
        offset = self._length
        self._marks.extend(Mark(m.start + offset, m.end + offset, m.kind, m.value)
                           for m in other._marks)
        return self.add(other.text)

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def statement(self, facts: Iterable[FactRow], *, item: bool = False, end: str = ".",
                  capital: bool = True) -> Statement:
        """The finished statement: capitalised, ending with ``end``, citing ``facts``.

        ``capital=False`` keeps a lower-case start that is a name ("pypinyin").
        """
        text = self.text.rstrip()
        marks = tuple(self._marks)
        if capital and text[:1].islower():
            text = text[0].upper() + text[1:]
        if end and not text.endswith((".", "!", "?", ":")):
            text += end
        return Statement(text, tuple(facts), marks, item=item)
