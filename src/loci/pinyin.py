"""Pinyin of Chinese names: reading in context, display form, collation, checking.

Readings come from pypinyin's phrase dictionaries, so a character is read in its
word (秘鲁 is Bìlǔ, not Mìlǔ; 重庆 is Chóngqìng). pypinyin marks the neutral tone
only on a few particles (豆腐 comes out dòufǔ where dictionaries write dòufu), so
when a written reading is checked, a syllable written without a tone mark matches
any tone. This module imports nothing from loci: every layer may use it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

__all__ = [
    "candidate_readings",
    "conventional",
    "display",
    "has_hanzi",
    "matches",
    "own_words",
    "parse_written",
    "sandhi",
    "sort_key",
    "syllables",
    "tone_numbers",
    "toneless",
    "umlauts",
    "valid_syllables",
    "wrong_umlaut",
]

NEUTRAL = 5
# Combining marks after NFD: the four tone marks, and the diaeresis of ü.
_TONE_MARKS = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
_DIAERESIS = "\u0308"
_HAN = re.compile(r"[\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# Full-width punctuation in CLDR's Chinese names ("刚果（金）") and the middle dot
# of transliterated names, rendered the way pinyin text writes them.
_PUNCTUATION = {"（": " (", "）": ") ", "·": " ", "・": " ", "，": ", ", "、": ", "}
_CACHE_SIZE = 100_000


def has_hanzi(text: str) -> bool:
    """Whether the text contains a Chinese character."""
    return _HAN.search(text) is not None


def syllables(hanzi: str, place: bool = False) -> list[str]:
    """The reading of each Chinese character in context, with tone marks: 秘鲁 -> bì, lǔ.

    ``place``: the characters are a place's name, and characters read one way in place
    names are read so (塞尔维亚 -> sài, ěr, wéi, yà; see ``readings.toml``)."""
    return [s for run in _han_runs(hanzi) for s in _run_syllables(run, place)]


def tone_numbers(hanzi: str, place: bool = False) -> list[str]:
    """The reading with tone numbers, neutral tone 5: 秘鲁 -> bi4, lu3 (``place``: as
    ``syllables``)."""
    return [f"{base}{tone}" for base, tone in map(split_tone, syllables(hanzi, place))]


def toneless(hanzi: str, umlaut: str = "u") -> str:
    """The reading in lower-case ASCII, no tones or spaces: 秘鲁 -> bilu.

    ``umlaut`` replaces ü: "u" as English text writes it (Feilubin), or "v" as
    Chinese input methods type it (feilvbin).
    """
    return "".join(split_tone(s)[0] for s in syllables(hanzi)).replace("ü", umlaut)


def display(hanzi: str, place: bool = False, english: str = "") -> str:
    """The name as pinyin prose writes it: 西安 -> Xī'ān, 刚果（金） -> Gāngguǒ (Jīn),
    中非共和国 -> Zhōngfēi Gònghéguó (a long name in words, as atlases print it).
    ``place``: as ``syllables``; ``english``: the place's name in English, where it is
    the characters' pinyin (杨行, "Yanghang": Yángháng, not Yángxíng)."""
    parts: list[str] = []
    for text, is_han in _runs(hanzi):
        if is_han:
            syllables_ = _run_syllables(text, place)
            if english and text == hanzi:
                syllables_ = _spelt(text, syllables_, english)
            if len(syllables_) != len(text):
                parts.append(_word(syllables_))
                continue
            parts.append(" ".join(
                syllables_[start] if text[start:end] in _CONJUNCTIONS
                else _word(syllables_[start:end]) for start, end in name_words(text)))
        else:
            punctuated = "".join(_PUNCTUATION.get(c, c) for c in text)
            parts.append(unicodedata.normalize("NFKC", punctuated))
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def sort_key(hanzi: str, place: bool = False) -> tuple[tuple[tuple[str, int, int], ...], str]:
    """Order Chinese names as dictionaries do: syllable by syllable, then by character.

    Each position compares the syllable (ü after u: lu, lü, luan, lüe), then its
    tone (1-4, neutral 5); only names that read the same are then ordered by
    their characters (so 博茨瓦纳 bócí comes before 伯利兹 bólì).
    """
    key = []
    for syllable in syllables(hanzi, place):
        base, tone = split_tone(syllable)
        key.append((base.replace("ü", "u"), int("ü" in base), tone))
    return tuple(key), "".join(c for run in _han_runs(hanzi) for c in run)


def candidate_readings(hanzi: str) -> list[list[str]]:
    """Every reading of each character, the one in context first: 无极 -> [[wú, mó], [jí]]."""
    chars = [c for run in _han_runs(hanzi) for c in run]
    return [
        list(dict.fromkeys([in_context, *_char_readings(char)]))
        for char, in_context in zip(chars, syllables(hanzi), strict=True)
    ]


def matches(written: str, hanzi: str, place: bool = False) -> bool | None:
    """Whether written pinyin ("wújí", "Chongqing", "Xi'an") gives the reading in context.

    Case, spaces, apostrophes and hyphens are ignored; a syllable written without
    a tone mark (or with tone 5) matches any tone. None when the written text
    cannot be split into as many pinyin syllables as ``hanzi`` has characters.
    """
    expected = [split_tone(s) for s in syllables(hanzi, place)]
    letters, tones = parse_written(written)
    if not expected or not letters:
        return None
    pieces = _split_like(letters, [base for base, _ in expected])
    if pieces is None:
        pieces = _split_into(letters, len(expected))
        return None if pieces is None else False
    written_u = umlauts(written)
    return all(
        _tone_agrees(tones[start:end], tone) and not wrong_umlaut(base, written_u, start, end)
        for (start, end), (base, tone) in zip(pieces, expected, strict=True)
    )


def wrong_umlaut(reading: str, written_u: set[int], start: int, end: int) -> bool:
    """Whether a ü was written (``umlauts``) in the letters [start, end) where the reading is
    a syllable with u after l or n: lǜ (绿) is another syllable than lù (麓). After j, q, x
    and y the two are one, and a ü left out is a common simplification."""
    return reading[:1] in ("l", "n") and "ü" not in reading and \
        not written_u.isdisjoint(range(start, end))


def umlauts(written: str) -> set[int]:
    """Where ``parse_written``'s letters were written ü (or v, or u:)."""
    letters, _ = _letters_and_tones(written.replace("u:", "ü"))
    found, index = set(), 0
    for letter in letters:
        if letter.isalpha():
            if letter in "üv":
                found.add(index)
            index += 1
    return found


@lru_cache(maxsize=_CACHE_SIZE)
def split_tone(syllable: str) -> tuple[str, int]:
    """A syllable's letters and tone: "lǜ" -> ("lü", 4); unmarked -> neutral 5."""
    letters, tones = _letters_and_tones(syllable)
    marked = [t for t in tones if t]
    return letters, marked[0] if marked else NEUTRAL


# --- reading ---------------------------------------------------------------


def _runs(text: str) -> list[tuple[str, bool]]:
    """The text cut into runs of Chinese characters and runs of anything else."""
    runs: list[tuple[str, bool]] = []
    position = 0
    for match in _HAN.finditer(text):
        if match.start() > position:
            runs.append((text[position : match.start()], False))
        runs.append((match.group(), True))
        position = match.end()
    if position < len(text):
        runs.append((text[position:], False))
    return runs


def _han_runs(text: str) -> list[str]:
    return [run for run, is_han in _runs(text) if is_han]


@lru_cache(maxsize=_CACHE_SIZE)
def _run_syllables(run: str, place: bool = False) -> tuple[str, ...]:
    """pypinyin's reading of a run of Chinese characters, one syllable per character,
    with loci's own readings (``loci/data/readings.toml``) where pypinyin's differ: in a
    place's name (``place``) its characters' readings in place names, then in any text
    its words'.

    Traditional characters are read through their simplified forms, since
    pypinyin's phrase dictionary only knows simplified words (秘魯 is Bìlǔ too).
    """
    run_simplified = simplified(run)
    pinyin, style = _pypinyin()
    readings = pinyin(run_simplified, style=style, heteronym=False, errors="default")
    result = [r[0] for r in readings]
    if len(result) != len(run):
        # pypinyin groups characters it cannot read; read them one at a time.
        return tuple(s for c in run for s in _run_syllables(c, place)) if len(run) > 1 \
            else (run,)
    if place:
        in_places = _table()["places"]
        result = [in_places.get(c, r) for c, r in zip(run_simplified, result, strict=True)]
    for word, reading in _own_readings().items():
        at = run_simplified.find(word)
        while at >= 0:
            result[at:at + len(word)] = reading
            at = run_simplified.find(word, at + len(word))
    return tuple(result)


@cache
def _table() -> dict[str, Any]:
    """loci's reading table (``loci/data/readings.toml``), read once."""
    import tomllib
    from importlib import resources

    text = resources.files("loci.data").joinpath("readings.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@cache
def _own_readings() -> dict[str, list[str]]:
    """loci's reading table: word -> one syllable per character, longest words last (so
    they win where words overlap)."""
    words: dict[str, str] = _table()["words"]
    table = {word: reading.split() for word, reading in words.items()
             if len(reading.split()) == len(word)}
    return dict(sorted(table.items(), key=lambda item: len(item[0])))


_CONJUNCTIONS = frozenset("和及")  # "and", written in lower case between two names
_SHORTEST_SPLIT = 4  # characters: a shorter name is one word (冰岛 Bīngdǎo, 关岛 Guāndǎo)


def name_words(name: str) -> list[tuple[int, int]]:
    """Where a run of characters of a place name splits into words: (start, end) spans.

    The words Chinese atlases print apart (GB/T 16159) are listed in ``readings.toml``
    (共和国, 群岛, 联合, ...): a long name is cut before and after each, longest first;
    和 and 及 only between two names of two characters or more, one of them longer
    (塞尔维亚和黑山, Serbia and Montenegro; not 阿尔及利亚, Algeria).
    """
    if len(name) < _SHORTEST_SPLIT:
        return [(0, len(name))]
    listed = _name_words()
    spans: list[tuple[int, int]] = []
    start = i = 0
    while i < len(name):
        word = next((w for w in listed if name.startswith(w, i)), None)
        before, after = i - start, len(name) - i - 1
        if word in _CONJUNCTIONS and (min(before, after) < 2 or max(before, after) < 3):
            word = None  # 和田, 和平, 阿尔及利亚 (Algeria): part of a name, not "and"
        if word is None:
            i += 1
            continue
        if i > start:
            spans.append((start, i))
        spans.append((i, i + len(word)))
        i = start = i + len(word)
    if start < len(name):
        spans.append((start, len(name)))
    return spans


@cache
def _name_words() -> tuple[str, ...]:
    """The table's words of place names, longest first."""
    words: list[str] = _table()["names"]["words"]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def own_words() -> frozenset[str]:
    """The words whose reading loci's table settles (corrected or certain)."""
    table = _table()
    return frozenset(table["words"]) | frozenset(table["certain"])


@cache
def sandhi() -> dict[str, tuple[str, ...]]:
    """Characters whose tone changes before another syllable (一, 不): each reading written."""
    return {c: tuple(r) for c, r in _table()["sandhi"].items()}


@cache
def conventional() -> frozenset[str]:
    """English words from Chinese in older spellings ("tai chi"): not pinyin to check."""
    return frozenset(_table()["conventional"]["words"])


def simplified(run: str) -> str:
    """Traditional Chinese characters in their simplified forms (臺灣 -> 台湾)."""
    converted: str = _t2s().convert(run)
    # OpenCC maps one character to one, but keep the original if a length ever differs.
    return converted if len(converted) == len(run) else run


@cache
def _t2s() -> Any:
    import opencc  # imported lazily: loading its dictionaries costs ~0.1 s

    return opencc.OpenCC("t2s")


_SPELT_MAX = 6  # characters: a longer name is not matched reading by reading


def _spelt(run: str, readings: tuple[str, ...], english: str) -> tuple[str, ...]:
    """The run's readings, a character's changed to another of its readings where only
    that spells the English name ("Yanghang" for 杨行: háng, not xíng); else as they are."""
    target = "".join(c for c in unicodedata.normalize("NFKD", english.casefold())
                     if "a" <= c <= "z")
    if not target or len(run) > _SPELT_MAX or len(readings) != len(run):
        return readings

    def letters(syllable: str) -> str:
        return split_tone(syllable)[0].replace("ü", "u")

    if "".join(map(letters, readings)) == target:
        return readings
    options = [[r, *(c for c in _char_readings(ch) if c != r)] for ch, r in zip(run, readings,
                                                                               strict=True)]

    def walk(i: int, at: int) -> list[str] | None:  # the defaults tried first, in order
        if i == len(options):
            return [] if at == len(target) else None
        for option in options[i]:
            if target.startswith(letters(option), at):
                rest = walk(i + 1, at + len(letters(option)))
                if rest is not None:
                    return [option, *rest]
        return None

    found = walk(0, 0)
    return tuple(found) if found is not None else readings


@lru_cache(maxsize=_CACHE_SIZE)
def _char_readings(char: str) -> tuple[str, ...]:
    pinyin, style = _pypinyin()
    return tuple(pinyin(char, style=style, heteronym=True)[0])


def _word(syllables_: tuple[str, ...]) -> str:
    """Syllables joined into one capitalised word, with an apostrophe before a, o, e."""
    word = ""
    for i, syllable in enumerate(syllables_):
        if i and split_tone(syllable)[0][:1] in ("a", "o", "e"):
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


# --- checking written pinyin --------------------------------------------------


def _letters_and_tones(text: str) -> tuple[str, list[int]]:
    """Lower-case letters (ü kept) and, per letter, the tone marked on it (0 for none)."""
    letters: list[str] = []
    tones: list[int] = []
    for c in unicodedata.normalize("NFD", text.lower()):
        if c in _TONE_MARKS and letters:
            tones[-1] = _TONE_MARKS[c]
        elif c == _DIAERESIS and letters and letters[-1] == "u":
            letters[-1] = "ü"
        elif not unicodedata.combining(c):
            letters.append(c)
            tones.append(0)
    return unicodedata.normalize("NFC", "".join(letters)), tones


def parse_written(written: str) -> tuple[str, list[int]]:
    """Written pinyin as plain letters (ü, v and u: all read as u) and a tone per letter.

    Spaces, apostrophes, hyphens and other punctuation are dropped. Tone numbers
    ("chong2qing4") mark the letter before them. Empty when other digits occur.
    """
    letters, tones = _letters_and_tones(written.replace("u:", "u"))
    out_letters: list[str] = []
    out_tones: list[int] = []
    for letter, tone in zip(letters, tones, strict=True):
        if letter.isdigit():
            if letter not in "12345" or not out_tones:
                return "", []
            out_tones[-1] = int(letter)
        elif letter.isalpha():
            out_letters.append("u" if letter in "üv" else letter)
            out_tones.append(tone)
    return "".join(out_letters), out_tones


def _split_like(letters: str, bases: list[str]) -> list[tuple[int, int]] | None:
    """Cut ``letters`` into the expected syllables, or None if they spell something else."""
    pieces = []
    start = 0
    for base in (b.replace("ü", "u") for b in bases):
        if not letters.startswith(base, start):
            return None
        pieces.append((start, start + len(base)))
        start += len(base)
    return pieces if start == len(letters) else None


def _split_into(letters: str, count: int) -> list[tuple[int, int]] | None:
    """Some way to cut ``letters`` into ``count`` valid pinyin syllables, or None."""
    inventory = _inventory()
    longest = max(map(len, inventory))

    @cache
    def cut(start: int, left: int) -> tuple[tuple[int, int], ...] | None:
        if start == len(letters) or left == 0:
            return () if start == len(letters) and left == 0 else None
        for end in range(min(len(letters), start + longest), start, -1):
            if letters[start:end] in inventory and (rest := cut(end, left - 1)) is not None:
                return ((start, end), *rest)
        return None

    pieces = cut(0, count)
    return None if pieces is None else list(pieces)


def valid_syllables(written: str, count: int) -> bool:
    """Whether written text spells ``count`` pinyin syllables (tones and spaces aside)."""
    letters, _ = parse_written(written)
    return bool(letters) and _split_into(letters, count) is not None


def _tone_agrees(written_tones: list[int], tone: int) -> bool:
    marked = {t for t in written_tones if t and t != NEUTRAL}
    if not marked or tone == NEUTRAL:
        return True
    return marked == {tone}


@cache
def _pypinyin() -> tuple[Any, Any]:
    """pypinyin's reader and its tone-mark style, imported on first use: its phrase
    dictionary takes a tenth of a second to load, which a check of text without Chinese
    need not pay."""
    from pypinyin import Style, pinyin

    return pinyin, Style.TONE


def load() -> None:
    """Load pypinyin's dictionaries and the syllable inventory now, not on first use: a
    process about to fork workers loads them once, for all of them."""
    display("中")
    _t2s()
    _inventory()


@cache
def _inventory() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows, with ü written u."""
    from pypinyin.pinyin_dict import pinyin_dict

    readings = {r for readings in pinyin_dict.values() for r in readings.split(",")}
    return frozenset(split_tone(reading)[0].replace("ü", "u") for reading in readings)
