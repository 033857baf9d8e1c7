"""Currency: "the currency is the X", "Y's currency, the X", against the territory's currency."""

from __future__ import annotations

import json
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
from loci.kb import FactRow, PlaceRow

_CURRENCY = r"(?P<cur>(?:[A-Z][\w.]*\s+|[a-z]+\s+)?(?:[A-Za-z]+))"
_LOCAL = r"(?:(?:national|official|local)\s+)?"
_PATTERNS = Lazy(
    (rf"(?P<country>{NAME}){POSSESSIVE}\s+{_LOCAL}currency(?:\s*,\s+|\s+is\s+)(?:the\s+)?"
     rf"{_CURRENCY}"),
    (rf"\b[Tt]he\s+{_LOCAL}currency(?:\s+of\s+(?P<country>{NAME}))?(?:\s*,\s+|\s+is\s+)"
     rf"(?:the\s+)?{_CURRENCY}"),
    (rf"\buses\s+the\s+{_CURRENCY}\s+as\s+its\s+currency"),
)
_SAME = {"renminbi": "yuan", "rmb": "yuan", "greenback": "dollar", "buck": "dollar",
         "sterling": "pound", "quid": "pound"}


@rule("LC251", "wrong-currency", "currency", "error")
def wrong_currency(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A currency named for a territory that uses another.

    Why: what money to bring is the first practical question of a trip; a
    draft that says Malawi uses the rand sends readers to the wrong counter.

    Example:
        Malawi's currency is the rand, and cash is king outside the cities.

    Instead:
        Malawi's currency is the kwacha, and cash is king outside the cities.

    Data: CLDR's currencies in use per territory and the Factbook's currency
    names; a claim is wrong only when its currency word (dollar, franc,
    kwacha) is a currency somewhere and none of the territory's.
    """
    for start, written, territory in subject_claims(doc, know, "currency", _PATTERNS, "cur"):
        if (hit := _verify(know, start, written, territory)) is not None:
            yield hit


def _verify(know: Knowledge, start: int, written: str, territory: PlaceRow | None) -> Hit | None:
    words = [_SAME.get(singular(t), singular(t)) for t in tokens(written)]
    end = start + len(written)
    if not words or words[-1] not in _currency_words(know):
        return None  # not a currency name at all ("the currency is stable")
    if territory is None:
        return Hit(start, end, "cannot tell which territory's currency this is", decided=False)
    facts = [f for f in know.facts(territory.id, "currency") if isinstance(f.value, dict)]
    if not facts:
        return Hit(start, end, f"no currency of {territory.name} on record", decided=False)
    names = [_words(f) for f in facts]
    if any(words[-1] in n and all(w in n or w in know.demonyms for w in words)
           for n in names) and not _other_country(know, words, territory):
        return None
    current = sorted({f.value["name"] for f in facts if f.source.dataset == "cldr"}
                     or {f.value["name"] for f in facts})
    return Hit(start, end, f"{territory.name}'s currency is the {list_names(current)}, not "
               f"the {written}", list_names(current), _evidence(facts))


def _other_country(know: Knowledge, words: list[str], territory: PlaceRow) -> bool:
    """ "Zambian kwacha" for Malawi: the adjective names another territory's currency."""
    for w in words[:-1]:
        place = know.demonyms.get(w)
        if place is not None and place != territory.id:
            return True
    return False


def _words(fact: FactRow) -> set[str]:
    return {_SAME.get(singular(t), singular(t)) for t in tokens(fact.value["name"])}


def _currency_words(know: Knowledge) -> frozenset[str]:
    if "currency-words" not in know.memo:
        sql = "SELECT value FROM facts WHERE topic = 'currency'"
        found: set[str] = set(_SAME.values())
        for (value,) in know.kb.db.execute(sql):
            name = json.loads(value).get("name") if value.startswith("{") else None
            if name:
                found.add(singular(tokens(name)[-1]) if tokens(name) else "")
        know.memo["currency-words"] = frozenset(found - {""})
    words: frozenset[str] = know.memo["currency-words"]
    return words


def _evidence(facts: list[FactRow]) -> Evidence:
    cldr = [f for f in facts if f.source.dataset == "cldr"] or facts
    return Evidence("; ".join(f.text for f in cldr), cldr[0].source)
