"""Romanization: pinyin written beside Chinese characters, against their reading in context."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache

from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.kb import SourceRef

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_ANY_HAN = re.compile(_HAN)
_PINYIN_WORD = r"[A-Za-z\u00c0-\u024f\u0300-\u036f’'\-]+"
# "wǔjí (无极, the infinite)": the characters open a parenthesis after the pinyin.
_AFTER = re.compile(rf"\(\s*({_HAN}+)\s*(?=[,，;)）])")
# "无极 (wújí)": the pinyin in parentheses after the characters.
_BEFORE = re.compile(rf"({_HAN}+)\s*[（(]\s*[\"“]?"
                     rf"({_PINYIN_WORD}(?:[ \u00a0]{_PINYIN_WORD}){{0,7}})[\"”]?\s*(?=[,，;)）])")
_WORDS_BEFORE = re.compile(rf"((?:{_PINYIN_WORD}[ \u00a0]+){{0,7}}{_PINYIN_WORD})[\"”’']?\s*$")
_TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")
_MAX_PHRASE = 8


@rule("LC101", "pinyin-reading", "romanization", "error")
def pinyin_reading(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """Pinyin with tone marks that is not the reading of the characters beside it.

    Why: machine-drafted articles put plausible tone marks on pinyin; readers
    who learn the word learn it wrong, and the characters prove it.

    Example:
        The festival blends wǔjí (无极, the infinite) with drone shows.

    Instead:
        The festival blends wújí (无极, the infinite) with drone shows.

    Data: pypinyin's phrase readings for words it knows (重庆 is Chóngqìng), else
    every reading of each character; a syllable written without a tone mark, or
    read in the neutral tone, matches any tone. Spaces, apostrophes, hyphens and
    case do not matter. Pinyin without tone marks is not checked: it may be
    another romanization (Taipei, Hong Kong).
    """
    for sentence in doc.sentences:
        if not _ANY_HAN.search(sentence.text):
            continue
        for start, written, hanzi in _pairs(sentence.text):
            hit = _check(know, sentence.start + start, written, hanzi)
            if hit is not None:
                yield hit


def _pairs(text: str) -> Iterator[tuple[int, str, str]]:
    """(offset, written pinyin, characters) for each pinyin-beside-characters in a sentence."""
    for match in _AFTER.finditer(text):
        hanzi = match.group(1)
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 120), match.start())
        if before is None:
            continue
        words = list(re.finditer(_PINYIN_WORD, before.group(1)))
        for count in range(min(len(words), len(hanzi)), 0, -1):
            start = before.start(1) + words[-count].start()
            written = text[start:before.start(1) + words[-1].end()]
            if _toned(written) and _splits(written, hanzi):
                yield start, written, hanzi
                break
    for match in _BEFORE.finditer(text):
        if _toned(match.group(2)) and _splits(match.group(2), match.group(1)):
            yield match.start(2), match.group(2), match.group(1)


def _toned(written: str) -> bool:
    return any(c in _TONE_MARKS for c in unicodedata.normalize("NFD", written))


@lru_cache(maxsize=4096)
def _matches(written: str, hanzi: str) -> bool | None:
    from loci import pinyin

    return pinyin.matches(written, hanzi)


def _splits(written: str, hanzi: str) -> bool:
    return _matches(written, hanzi) is not None


def _check(know: Knowledge, start: int, written: str, hanzi: str) -> Hit | None:
    from loci import pinyin

    if _matches(written, hanzi) or _agrees(written, _options(hanzi)):
        return None
    expected = pinyin.display(hanzi)
    if written[:1].islower():
        expected = expected[:1].lower() + expected[1:]
    same_letters = _agrees(written, [[_toneless(s)] for s in pinyin.syllables(hanzi)])
    what = "tones" if same_letters else "syllables"
    source = SourceRef("pypinyin", know.source("pinyin").version,
                       "phrases_dict" if _in_phrases(hanzi) else "pinyin_dict")
    return Hit(start, start + len(written),
               f"'{written}' has the wrong {what} for {hanzi}",
               expected, Evidence(f"{hanzi} reads {expected}", source))


@cache
def _phrases() -> dict[str, list[list[str]]]:
    from pypinyin.phrases_dict import phrases_dict

    return phrases_dict


def _in_phrases(hanzi: str) -> bool:
    return hanzi in _phrases()


def _options(hanzi: str) -> list[list[str]]:
    """Readings allowed per character: a phrase's reading, else any reading of the character."""
    from loci import pinyin

    candidates = pinyin.candidate_readings(hanzi)
    options: list[list[str]] = []
    i = 0
    while i < len(hanzi):
        for size in range(min(_MAX_PHRASE, len(hanzi) - i), 1, -1):
            phrase = _phrases().get(hanzi[i:i + size])
            if phrase and len(phrase) == size:
                options.extend([r[0]] for r in phrase)
                i += size
                break
        else:
            options.append(candidates[i])
            i += 1
    return options


def _toneless(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if c not in _TONE_MARKS)


def _letters(written: str) -> tuple[str, list[int]]:
    """Plain letters (ü and v as u) and the tone marked on each (0 for none)."""
    from loci.pinyin import split_tone

    letters: list[str] = []
    tones: list[int] = []
    for word in re.findall(r"[^\W\d_]+", written.lower()):
        for char in word:
            base, tone = split_tone(char)
            letters.append("u" if base in "üv" else base)
            tones.append(0 if tone == 5 else tone)
    return "".join(letters), tones


def _agrees(written: str, options: list[list[str]]) -> bool:
    """True when the written pinyin spells some allowed reading, tone marks agreeing."""
    from loci.pinyin import split_tone

    letters, tones = _letters(written)
    allowed = [[(split_tone(o)[0].replace("ü", "u"), split_tone(o)[1]) for o in per_char]
               for per_char in options]

    @cache
    def fits(i: int, position: int) -> bool:
        if i == len(allowed):
            return position == len(letters)
        for base, tone in allowed[i]:
            end = position + len(base)
            if letters.startswith(base, position) and _tone_fits(tones[position:end], tone) \
                    and fits(i + 1, end):
                return True
        return False

    return fits(0, 0)


def _tone_fits(written: list[int], tone: int) -> bool:
    marked = {t for t in written if t}
    return not marked or tone == 5 or marked == {tone}
