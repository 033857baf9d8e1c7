"""The glossary of an article: the Chinese terms it glosses, with reading and meaning.

Writers gloss a term in parentheses, either after its romanised form --
``lǎogōngrén (老工人, veteran workers)``, ``Ansteel (鞍钢, Āngāng)`` -- or after
the characters themselves: ``秘鲁 (Bìlǔ)``. The reading shown is the one
written when it carries tones and is right for the characters in context,
else the reading pypinyin gives.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from loci import pinyin
from loci.text import HAN

_LETTER = rf"[^\W\d_{HAN}]"
_WORD = re.compile(rf"{_LETTER}(?:{_LETTER}|[\d'’\-])*")
_MEANING = r"(?:[,，、;]\s*(?P<meaning>[^()（）\n]{1,80}?))?\s*[)）]"
# Both kinds of gloss are matched at an opening parenthesis, found by searching for
# the two characters (far faster than a regex scanning for either); the words
# before a gloss, or the characters before a reading, are read backwards from there.
_AFTER_WORDS = re.compile(rf"[(（]\s*(?P<han>[{HAN}]+)\s*{_MEANING}")
_READING = re.compile(rf"[(（]\s*(?P<reading>[^\s,，()（）]+(?:\s[^\s,，()（）]+){{0,3}})"
                      rf"\s*{_MEANING}")
_HAN_CHAR = re.compile(f"[{HAN}]")
_QUOTES = "\"”’'“‘"
_LOOK_BACK = 120  # characters: four words and a quote mark


@dataclass(frozen=True, slots=True)
class Term:
    """One glossary line: the characters, their reading, what they mean."""

    chars: str
    reading: str
    meaning: str
    written: str  # the romanised form the article itself uses ("" when none)
    lang: str = "zh-Hans"

    def as_dict(self) -> dict[str, str]:
        return {"chars": self.chars, "reading": self.reading, "meaning": self.meaning,
                "written": self.written, "lang": self.lang}


def glossary(text: str) -> list[Term]:
    """Every glossed Chinese term, in order of first appearance, each once."""
    found: list[tuple[int, Term]] = []
    for at in _parentheses(text):
        if match := _AFTER_WORDS.match(text, at):
            words = _words_before(text, at)
            found.append((match.start("han"), _term(match.group("han"), tuple(words),
                                                     match.group("meaning") or "")))
        if (match := _READING.match(text, at)) and (start := _han_before(text, at)) < at:
            han = text[start:at].rstrip()
            if _reads_as(reading := match.group("reading"), han):
                words = _words_before(text, start)
                found.append((start, _term(han, (*words, reading), match.group("meaning") or "",
                                           last=True)))
    terms: dict[str, Term] = {}
    for _, term in sorted(found, key=lambda f: f[0]):
        terms.setdefault(term.chars, term)
    return list(terms.values())


def _parentheses(text: str) -> list[int]:
    """Where parentheses open, in order."""
    found = []
    for mark in "(（":
        at = text.find(mark)
        while at >= 0:
            found.append(at)
            at = text.find(mark, at + 1)
    return sorted(found)


def _han_before(text: str, at: int) -> int:
    """Where the run of Chinese characters just before ``at`` starts (white space may
    come between them); ``at`` when there is none."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and _HAN_CHAR.match(text, start - 1):
        start -= 1
    return start if start < end else at


def _words_before(text: str, end: int) -> list[str]:
    """Up to four words just before ``end``, within quotes if the phrase is quoted."""
    words: list[str] = []
    for token in reversed(text[max(0, end - _LOOK_BACK):end].split()):
        word = token.strip(_QUOTES)
        if len(words) == 4 or not _WORD.fullmatch(word):
            break
        words.insert(0, word)
        if word != token.rstrip(_QUOTES):
            break  # an opening quote starts the phrase
    return words


@lru_cache(maxsize=4096)
def _reads_as(reading: str, han: str) -> bool:
    """Whether ``reading`` is a romanisation of ``han`` (cached: articles repeat terms)."""
    return pinyin.matches(reading, han) is not None


# Cached because matching pinyin dominates an article's rendering and the same
# terms recur across articles; Term is immutable, so sharing one is safe.
@lru_cache(maxsize=4096)
def _term(han: str, words: tuple[str, ...], gloss: str, last: bool = False) -> Term:
    gloss = gloss.strip()
    written = ""
    if gloss and pinyin.matches(gloss, han):
        written, gloss = gloss, ""
    else:
        for count in ([1] if last else range(min(4, len(words)), 0, -1)):
            if pinyin.matches(" ".join(words[-count:]), han) is not None:
                written = " ".join(words[-count:])
                # A capitalised romanisation is a name, and names are their own meaning.
                words = words if written[:1].isupper() and not last else words[:-count]
                break
    meaning = gloss or _name(words)
    right = bool(written) and pinyin.matches(written, han) is True
    reading = written if right and _has_tones(written) else _cased(
        pinyin.display(han), written or meaning)
    return Term(han, reading, meaning, written)


def _has_tones(text: str) -> bool:
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def _name(words: tuple[str, ...]) -> str:
    """The capitalised words just before a gloss ("Spring Festival"), if any."""
    kept: list[str] = []
    for word in reversed(words):
        if not word[:1].isupper():
            break
        kept.insert(0, word.strip("'’\""))
    return " ".join(kept)


def _cased(reading: str, like: str) -> str:
    """A common noun's reading in lower case: pypinyin's display capitalises names."""
    return reading if like[:1].isupper() else reading[:1].lower() + reading[1:]
