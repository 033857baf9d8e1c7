"""Surnames, which the Factbook writes in capitals ("Alyaksandr LUKASHENKA", "TIAN Han"), in
normal case wherever its text goes into the knowledge base.

A word in capitals is a surname when it stands beside a given name ("Alyaksandr
LUKASHENKA", "Christopher COLUMBUS", "King MSWATI III") in a field about people (a
head of state, an ambassador, an anthem's authors), or in a quarter of its uses
elsewhere (the Government section's party lists left out: "USS Sloga"; and not after
an article, "a UNESCO site", unless beside given names more than once); it has a
vowel; and the Factbook never gives it as an abbreviation in parentheses ("(CCP)").
So UNESCO and the CCP stay, and LUKASHENKA becomes Lukashenka in the background too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from loci.sources.factbook.out import Part
from loci.sources.records import Fact, Record

PERSON_FIELDS = (("Government", "Executive branch"), ("Government", "National anthem(s)"),
                 ("Government", "Diplomatic representation in the US"),
                 ("Government", "Diplomatic representation from the US"))
AUTHORS = ("Government", "National anthem(s)", "lyrics/music")  # names and nothing else
_CAPS = re.compile(r"\b[A-Z][A-Z'’-]*[A-Z]\b")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")  # "Alyaksandr LUKASHENKA"
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")  # "TIAN Han"
_LOWER = re.compile(r"\b[a-z]+\b")
_LOWER_CASE = re.compile(r"[a-z]")
# Words before a person's name that English also writes in lower case ("the king").
_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "President",
                     "General", "Chief", "Sultan", "Emir", "Sheikh", "Shah", "Ayatollah",
                     "Pope", "Premier", "Chancellor", "Colonel", "Captain", "Admiral"})
_AFTER_ARTICLE = re.compile(r"\b(?:[Tt]he|an?) ([A-Z][A-Z'’-]*[A-Z])\b")
_BESIDE_SHARE = 0.25  # of a word's uses outside the fields about people: UNESCO 1 in 206
_SPELLED_OUT = re.compile(r"\(([A-Z][A-Z'’-]*[A-Z])\)")
_ROMAN = re.compile(r"[IVXLC]+")
_VOWEL = re.compile(r"[AEIOUY]")  # no surname without: "NW" of an address, "HMS" of a ship
_LETTERS = re.compile(r"[A-Z]+")


def surnames(parts: Iterable[Part]) -> frozenset[str]:
    """The words in capitals the Factbook uses as surnames: beside a given name in a field
    about people, or beside one in a quarter of their uses anywhere else (a given name
    being a word in normal case that the Factbook never writes in lower case, unlike
    "After" or "World"); never one it spells out in parentheses, and never one without a
    vowel or that is a Roman numeral."""
    parts = list(parts)
    lower = {w for part in parts for text in _strings(part.data) for w in _LOWER.findall(text)}

    def beside_a_name(text: str, m: re.Match[str], titles: bool = False) -> bool:
        before = _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())
        after = _NAME_AFTER.match(text, m.end())
        return any(found and (titles or found.group(1).lower() not in lower
                              or (found is before and found.group(1) in _TITLES))
                   for found in (before, after))

    people: set[str] = set()
    spelled_out: set[str] = set()
    nouns: set[str] = set()  # "a UNESCO site", "the CCP": not a person's name
    beside, uses = Counter[str](), Counter[str]()
    for part in parts:
        for text in _strings(part.data):
            spelled_out.update(_SPELLED_OUT.findall(text))
        for path in PERSON_FIELDS:  # "King MSWATI III": a title counts as a name here
            for text in _strings(part.value(path)):
                people.update(m.group(0) for m in _CAPS.finditer(text)
                              if beside_a_name(text, m, titles=True))
        for text in _strings(part.value(AUTHORS)):  # "Jose Ignacio de SANJINES"
            people.update(_CAPS.findall(text))
        for text in _strings({k: v for k, v in part.data.items() if k != "Government"}):
            nouns.update(_AFTER_ARTICLE.findall(text))
            for m in _CAPS.finditer(text):
                uses[m.group(0)] += 1
                beside[m.group(0)] += beside_a_name(text, m)
    elsewhere = {w for w, n in beside.items() if n >= _BESIDE_SHARE * uses[w]
                 and (w not in nouns or n > 1)}  # "the KABILA regime": twice beside a name
    return frozenset(w for w in (people | elsewhere) - spelled_out
                     if not _ROMAN.fullmatch(w) and _VOWEL.search(w))


def in_normal_case(text: str, names: frozenset[str]) -> str:
    """The text with each of these surnames as a name is written: LUKASHENKA -> Lukashenka,
    AL-ASSAD -> Al-Assad, O'NEILL -> O'Neill."""
    return _CAPS.sub(lambda m: _LETTERS.sub(lambda p: p.group(0).capitalize(), m.group(0))
                     if m.group(0) in names else m.group(0), text)


def cleaned(records: Iterable[Record], names: frozenset[str]) -> Iterator[Record]:
    """The records with the surnames in their facts' texts and values in normal case."""
    for record in records:
        if isinstance(record, Fact) and names:
            yield Fact(record.place, record.topic, record.key, _value(record.value, names),
                       in_normal_case(record.text, names), record.field)
        else:
            yield record


def _value(value: Any, names: frozenset[str]) -> Any:
    if isinstance(value, str):  # a code ("PE", Peru) has no lower case: never a name's text
        return in_normal_case(value, names) if _LOWER_CASE.search(value) else value
    if isinstance(value, Mapping):
        return {k: _value(v, names) for k, v in value.items()}
    if isinstance(value, list):
        return [_value(v, names) for v in value]
    return value


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, Mapping):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)
