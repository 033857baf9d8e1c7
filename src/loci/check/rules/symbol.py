"""National symbols: "Y's national animal is the X", against the Factbook's symbols."""

from __future__ import annotations

from collections.abc import Iterator

from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    NAME,
    POSSESSIVE,
    Lazy,
    list_names,
    singular,
    subject_claims,
    tokens,
)
from loci.kb import PlaceRow

_KIND = r"(?P<kind>animal|bird|flower|tree|symbol|emblem|plant|beast|mammal)\b"
_SYMBOL = r"(?P<sym>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})"
_LOWER_SYMBOL = r"(?P<sym>[a-z][\w'-]*(?:\s+[a-z][\w'-]*){0,3})"  # "the lion is Malawi's ..."
_END = r"(?=\s*[,.;:)]|\s+(?:is|are|which|that|appears|can|has|features|adorns|stands|and)\b|$)"
_PATTERNS = Lazy(
    (rf"(?P<country>{NAME}){POSSESSIVE}\s+national\s+{_KIND}(?:\s*,\s+|\s+is\s+)"
     rf"(?:the\s+|a\s+|an\s+)?{_SYMBOL}{_END}"),
    (rf"\b[Tt]he\s+national\s+{_KIND}(?:\s+of\s+(?P<country>{NAME}))?(?:\s*,\s+|\s+is\s+)"
     rf"(?:the\s+|a\s+|an\s+)?{_SYMBOL}{_END}"),
    (rf"\b[Tt]he\s+{_LOWER_SYMBOL}\s*,?\s+(?:is\s+)?(?P<country>{NAME}){POSSESSIVE}\s+national\s+"
     rf"{_KIND}"),
)
_SKIP = frozenset({"mythical", "national", "traditional", "official", "royal", "golden"})


@rule("LC261", "wrong-national-symbol", "symbol", "warning")
def wrong_national_symbol(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A national animal, bird or emblem that is not among the territory's national symbols.

    Why: symbols are what a visitor sees on coins, flags and crests; drafts
    swap them between neighbours.

    Example:
        Malawi's national animal is the elephant, seen on every banknote.

    Instead:
        Malawi's national animal is the lion, seen on the coat of arms.

    Data: the Factbook's national symbols. The Factbook lists a few symbols
    per territory and may leave some out, so a mismatch is a warning.
    """
    for start, written, territory in subject_claims(doc, know, "national", _PATTERNS, "sym"):
        if (hit := _verify(know, start, written, territory)) is not None:
            yield hit


def _verify(know: Knowledge, start: int, written: str, territory: PlaceRow | None) -> Hit | None:
    end = start + len(written)
    if territory is None:
        return Hit(start, end, "cannot tell which territory's symbol this is", decided=False)
    facts = [f for f in know.facts(territory.id, "national-symbol") if isinstance(f.value, dict)]
    if not facts:
        return Hit(start, end, f"no national symbols of {territory.name} on record",
                   decided=False)
    claim = {singular(t) for t in tokens(written)} - _SKIP
    for f in facts:
        words = {singular(t) for t in tokens(f.value["name"] + " " + (f.value["detail"] or ""))}
        if claim & (words - _SKIP):
            return None
    names = list_names(sorted({f.value["name"] for f in facts}))
    return Hit(start, end, f"the Factbook's national symbols of {territory.name} are {names}, "
               f"not the {written}", names, Evidence(names, facts[0].source))

