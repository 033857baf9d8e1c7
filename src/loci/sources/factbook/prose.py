"""The Factbook's text as it enters the knowledge base, tidied once for every reader:
surnames, which it writes in capitals ("Alyaksandr LUKASHENKA", "TIAN Han"), in
normal case; a word it doubles by mistake ("Ancient Ancient City of Ping Yao")
written once; and its typewriter dashes ("Andorra -- one of the smallest states")
as the spaced en dash they stand for ("Andorra – one of the smallest states").

A word in capitals is a surname when it stands beside a given name ("Alyaksandr
LUKASHENKA", "Christopher COLUMBUS", "King MSWATI III") in a field about people (a
head of state, an ambassador, an anthem's authors), or in a quarter of its uses
elsewhere beside a given name, or once beside what only a name stands beside ("Bashar
al-ASAD", "Gen. PRAYUT", "CHIANG Kai-shek", "PETER I (1682-1725)", "the ROMANOV
dynasty"); the Government section's party lists are left out ("USS Sloga"), and so is a
word after an article ("a UNESCO site") unless it stands beside names more than once; it
has a vowel; and the Factbook never gives it as an abbreviation in parentheses ("(CCP)").
So UNESCO and the CCP stay, and LUKASHENKA becomes Lukashenka in the background too.

A doubled word is a mistake when it is an English word, one the Factbook often writes
in lower case ("ancient"); Pago Pago, Mau Mau and Chan Chan are names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from loci.sources.factbook.out import Part
from loci.sources.records import Fact, Record

PERSON_FIELDS = (("Government", "Executive branch"), ("Government", "National anthem(s)"),
                 ("Government", "Diplomatic representation in the US"),
                 ("Government", "Diplomatic representation from the US"))
AUTHORS = ("Government", "National anthem(s)", "lyrics/music")  # names and nothing else
_UPPER, _LOWERS = "A-ZÀ-ÖØ-Þ", "a-zß-öø-ÿ"  # Latin-1's letters too: "PEÑA", "Néstor"
_WORD_IN_CAPS = rf"[{_UPPER}][{_UPPER}'’-]*[{_UPPER}]"
_CAPS = re.compile(rf"\b{_WORD_IN_CAPS}\b")
# "Alyaksandr LUKASHENKA", "Néstor KIRCHNER"; not a noun after an article ("de la Résistance UFR")
_NAME_BEFORE = re.compile(rf"(?<!\b(?:la|le|du) )(?<!\bdes )\b([{_UPPER}][{_LOWERS}]+) $")
_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)")  # "TIAN Han"
# What only a person's name stands beside: a particle ("Bashar al-ASAD", "de SANJINES"), a
# title cut short ("Gen. PRAYUT"), a nickname in quotes ("'Nino' VIEIRA"), a given name
# joined by a hyphen ("CHIANG Kai-shek"), a regnal number ("PETER I") or a dynasty.
_PERSON_BEFORE = re.compile(r"(?:\b(?:al|el|bin|ibn|bint|dos|da|de|van|von)[- ]"
                            r"|\b(?:Gen|Col|Lt|Maj|Capt|Adm|Dr|Sgt|Brig)\. |['’] )$")
_PERSON_AFTER = re.compile(r" (?:[A-Z][a-z]+-[a-z]+\b|[IVX]+ \(\d{3,4}"
                           r"|(?:[Dd]ynasty|[Ff]amily|[Cc]lan)\b)")
_LOWER = re.compile(rf"\b[{_LOWERS}]+\b")
_LOWER_CASE = re.compile(r"[a-z]")
# Words before a person's name that English also writes in lower case ("the king").
_TITLES = frozenset({"King", "Queen", "Prince", "Princess", "Emperor", "Empress", "President",
                     "General", "Chief", "Sultan", "Emir", "Sheikh", "Shah", "Ayatollah",
                     "Pope", "Premier", "Chancellor", "Colonel", "Captain", "Admiral"})
_AFTER_ARTICLE = re.compile(rf"\b(?:[Tt]he|an?) ({_WORD_IN_CAPS})\b")
_BESIDE_SHARE = 0.25  # of a word's uses outside the fields about people: UNESCO 1 in 206
_SPELLED_OUT = re.compile(rf"\(({_WORD_IN_CAPS})\)")
_ROMAN = re.compile(r"[IVXLC]+")
_ENGLISH_USES = 5  # "ancient" 40 times in lower case, "chan" once (Chan Chan is a name)
_DOUBLED = re.compile(r"\b([A-Z][a-z]+) \1\b(?!-)")
# no surname without a vowel: "NW" of an address, "HMS" of a ship
_VOWEL = re.compile(r"[AEIOUYÀ-ÆÈ-ÏÒ-ÖØ-Ý]")
_LETTERS = re.compile(f"[{_UPPER}]+")
_DASH = re.compile(r"\s*--\s*")  # "Andorra -- one", "population--there": a dash in prose


@dataclass(frozen=True, slots=True)
class Tidy:
    """What tidying the Factbook's text needs to know, read from all of it first."""

    surnames: frozenset[str]
    english: frozenset[str]  # the words it writes in lower case, often

    def text(self, text: str) -> str:
        text = in_normal_case(text, self.surnames)
        text = _DOUBLED.sub(lambda m: m.group(1) if m.group(1).lower() in self.english
                            else m.group(0), text)
        return _DASH.sub(" – ", text) if "--" in text else text


def tidy(parts: Iterable[Part]) -> Tidy:
    parts = list(parts)
    uses = Counter(w for part in parts for text in _strings(part.data)
                   for w in _LOWER.findall(text))
    return Tidy(surnames(parts, frozenset(uses)),
                frozenset(w for w, n in uses.items() if n >= _ENGLISH_USES))


def surnames(parts: Iterable[Part], lower: frozenset[str]) -> frozenset[str]:
    """The words in capitals the Factbook uses as surnames: beside a given name in a field
    about people, or beside one in a quarter of their uses anywhere else (a given name
    being a word in normal case that the Factbook never writes in lower case, unlike
    "After" or "World"), or once beside what only a name stands beside; never one it
    spells out in parentheses, and never one without a vowel or that is a Roman numeral."""
    def marked_as_a_name(text: str, m: re.Match[str]) -> bool:
        return bool(_PERSON_BEFORE.search(text, max(0, m.start() - 6), m.start())
                    or _PERSON_AFTER.match(text, m.end()))

    def beside_a_name(text: str, m: re.Match[str], titles: bool = False) -> bool:
        if marked_as_a_name(text, m):
            return True
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
                if marked_as_a_name(text, m):  # "Muammar al-QADHAFI", once in six uses
                    people.add(m.group(0))
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


def cleaned(records: Iterable[Record], tidied: Tidy) -> Iterator[Record]:
    """The records with their facts' texts and values tidied."""
    for record in records:
        if isinstance(record, Fact):
            yield Fact(record.place, record.topic, record.key, _value(record.value, tidied),
                       tidied.text(record.text), record.field)
        else:
            yield record


def _value(value: Any, tidied: Tidy) -> Any:
    if isinstance(value, str):  # a code ("PE", Peru) has no lower case: never a name's text
        return tidied.text(value) if _LOWER_CASE.search(value) else value
    if isinstance(value, Mapping):
        return {k: _value(v, tidied) for k, v in value.items()}
    if isinstance(value, list):
        return [_value(v, tidied) for v in value]
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
