"""Romanization: pinyin written beside Chinese characters, against their reading in context."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import pairwise

from rapidfuzz.distance import Levenshtein

from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.kb import SourceRef

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_ANY_HAN = re.compile(_HAN)
# Characters joined by a hyphen or a middle dot are one name ("特里斯坦-达库尼亚", a
# transliteration's parts); the joiners are dropped before reading it
_HAN_RUN = rf"{_HAN}+(?:[-‐·・]{_HAN}+)*"
_JOINERS = re.compile(r"[-‐·・]")
# A word of pinyin: letters with tone marks, or tone numbers after syllables (bei3jing1).
_PINYIN_WORD = r"[A-Za-z\u00c0-\u024f\u0300-\u036f’'\-]+(?:[1-5][A-Za-zü’'\-]*)*"
_PINYIN = rf"{_PINYIN_WORD}(?:[ \u00a0]{_PINYIN_WORD}){{0,7}}"
# "wǔjí (无极, the infinite)": the characters open a parenthesis after the pinyin; or
# stand bare after it ("Xīhú 西湖 at dusk").
_AFTER = re.compile(rf"(?:\(\s*|(?<=[^\W\d_][ \u00a0]))({_HAN_RUN})\s*(?=[,，;)）.!?]|\s|$)")
# "无极 (wújí)", "无极 [wújí]", "无极 (read wújí)": the pinyin in brackets after the
# characters.
_BEFORE = re.compile(rf"({_HAN_RUN})\s*[（(\[]\s*(?:(?:read|pronounced|romani[sz]ed|spel(?:led|t)|"
                     rf"said)\s+(?:as\s+)?)?[\"“]?({_PINYIN})[\"”]?\s*(?=[,，;)）\]])")
# "(唐朝, Tángcháo)": characters and pinyin together in parentheses.
_TOGETHER = re.compile(rf"[（(]\s*({_HAN_RUN})\s*[,，、;；]\s*[\"“]?({_PINYIN})[\"”]?\s*"
                       r"(?=[,，;；)）])")
# "曲阜, Qǔfù", "冰雪大世界 Bīngxuě Dà Shìjiē", "青岩 / Qīngyán" or "青岩 — Qīngyán —": pinyin
# straight after the characters.
_BESIDE = re.compile(rf"({_HAN_RUN})(?:[,，]?[ \u00a0]+|[ \u00a0]*/[ \u00a0]*|"
                     rf"[ \u00a0]*[—–][ \u00a0]*)({_PINYIN})")
# "洱海, pronounced Ěrhǎi", "written 洱海 and read Ěrhǎi", "洱海, written in pinyin Ěrhǎi",
# "洱海, written on the old maps as Ěrhǎi":
# the reading said in words (after a gloss too: "饺子 ("dumplings") is read ...", "the 端午
# festival, read ...").
_SAID = re.compile(rf"({_HAN_RUN})(?:\s*[(（][^()（）]{{1,30}}[)）]|\s+[a-z]+)?[,，]?\s+"
                   r"(?:and\s+|is\s+)?(?:read|pronounced|romani[sz]ed|"
                   r"transcribed|(?:written|spelt|spelled)(?:\s+(?:with|in)\s+pinyin|"
                   # "重庆, written in the guidebook as ...": where it is so written
                   r"\s+(?:in|on|by)(?:\s+[\w’'-]+){1,3}(?=\s+as\s)))"
                   rf"\s+(?:as\s+)?[\"“]?({_PINYIN})")
# The verbs that say how characters are read or written ("spells", "romanised", "print")
_READS = (r"(?:read|reads|pronounce[sd]?|romani[sz]e[sd]?|spel(?:l|ls|led|t)|writes?|wrote|"
          r"written|print(?:s|ed)?|render(?:s|ed)?|label(?:s|l?ed)?)")
# "洱海, which the boatmen spell out for you as Ěrhǎi": a clause that ends in what the
# characters are written or read as
_SAID_AS = re.compile(rf"({_HAN_RUN})[,，]?\s+(?:which|that)\s+(?:[\w’']+\s+){{0,6}}?{_READS}"
                      r"(?:\s+[\w’']+){0,5}?(?:\s+(?:with|in)\s+pinyin)?\s+as\s+"
                      rf"[\"“]?({_PINYIN})")
# "write 黄山 and pronounce it Huángshān", "银行, which the sign spells yínháng": the reading
# said in words without "as", taken only where it carries tone marks (a bare word after
# "which the sign writes" may be English: "in red").
_SAYS = re.compile(rf"({_HAN_RUN})[,，]?\s+(?:(?:which|that|and)\s+)?(?:[\w’']+\s+){{0,6}}?"
                   rf"(?:{_READS}|says?)(?:\s+it)?(?:\s+out)?\s+(?!as\s)[\"“]?({_PINYIN})")
_WORDS_BEFORE = re.compile(rf"((?:{_PINYIN_WORD}[ \u00a0]+){{0,7}}{_PINYIN_WORD})[\"”’']?\s*$")
_TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")
_TONE_NUMBER = re.compile(r"[a-zü][1-5](?:\b|[a-z])", re.I)
_TABLE_ROW = re.compile(r"^[ \t]*\|(.+)\|[ \t]*$", re.M)


@rule("LC101", "pinyin-reading", "romanization", "error")
def pinyin_reading(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """Pinyin with tone marks that is not the reading of the characters beside it.

    Why: machine-drafted articles put plausible tone marks on pinyin; readers
    who learn the word learn it wrong, and the characters prove it.

    Example:
        The festival blends wǔjí (无极, the infinite) with drone shows.

    Instead:
        The festival blends wújí (无极, the infinite) with drone shows.

    Data: pypinyin's reading in context (its phrase dictionary, else each character's
    first reading), corrected by loci's reading table where it reads a word otherwise
    than dictionaries do (唐朝 is Tángcháo); outside a known word a character may take
    another reading only when many words give it that one (乐 lè or yuè, not 王 wàng); 一
    and 不 may carry either tone of their sandhi. A syllable written without a tone mark,
    or read in the neutral tone, matches any tone; spaces, apostrophes, hyphens and case
    do not matter, and tone numbers (bei3jing1) count as marks. Read in every gloss
    form: "Běijīng (北京)", "北京 (Běijīng)", "(北京, Běijīng)", "北京, Běijīng", "北京 Běijīng",
    "Běijīng 北京", "北京 / Běijīng", "北京 — Běijīng —", "北京, pronounced Běijīng", "北京,
    written in pinyin Běijīng", "北京, written on old maps as Běijīng", in headings and in table
    rows; toned pinyin beside a Chinese place's English name ("Suzhou (Sūzhōu)", "|
    Suzhou | Sūzhōu |"), or standing alone for a city of 500,000 or more in a sentence
    without characters ("the city, Sūzhōu"), is checked against its Chinese name (any of
    the cities of that name). Pinyin without tones is
    checked only for its syllables, and only where every word is a pinyin syllable (or,
    word for character, one letter off: "Xiang Jang" for 湘江) and is no place's name
    or English word (Taipei, tai chi, dim sum, Manchu).
    """
    seen: set[int] = set()
    for start, written, hanzi, explicit in [*_all_pairs(doc), *_named_pairs(doc, know)]:
        if start in seen:
            continue
        seen.add(start)
        hit = _check(know, start, written, hanzi, explicit)
        if hit is not None:
            yield hit


def _all_pairs(doc: Document) -> Iterator[tuple[int, str, str, bool]]:
    """(offset, written, characters, explicit) in the prose and in table rows; explicit
    pairs are the gloss forms whose pinyin cannot be a stray word."""
    for offset, text in _spans(doc):
        if _ANY_HAN.search(text):
            for start, written, hanzi, explicit in _pairs(text):
                yield offset + start, written, hanzi, explicit
    for row in _TABLE_ROW.finditer(doc.text, doc.article.body_offset):
        yield from _row_pairs(row)


def _spans(doc: Document) -> list[tuple[int, str]]:
    """(offset, text) of the sentences and the headings: "## Stop 3: 太原 (Taiyuan)", a
    heading, glosses as a sentence does."""
    spans = [(s.start, s.text) for s in doc.sentences]
    return spans + [(h.block.start, doc.masked[h.block.start:h.block.end])
                    for h in doc.headings]


def _named_pairs(doc: Document, know: Knowledge) -> Iterator[tuple[int, str, str, bool]]:
    """Toned pinyin glossing a Chinese place's English name, with no characters: "Sichuan
    (Sìchuān)", "| Chengdu | Chéngdū |", or standing alone for a city's name in a sentence
    without characters ("write the city as Nánchàng"); checked against its Chinese name."""
    for offset, text in _spans(doc):
        for m in _NAME_THEN_PINYIN.finditer(text):
            if not (_toned(m.group(2)) and _spells_pinyin(m.group(2))):
                continue
            first, _, rest = m.group(1).partition(" ")
            hanzi = _chinese_name(know, m.group(1)) or (  # "In Sichuan": Sichuan
                _chinese_name(know, rest) if rest and first.lower() in know.english_words
                else None)
            if hanzi:
                yield offset + m.start(2), m.group(2), hanzi, True
    for row in _TABLE_ROW.finditer(doc.text, doc.article.body_offset):
        for (_, left), (offset, right) in pairwise(_cells(row)):
            if re.fullmatch(_LATIN_NAME, left) and re.fullmatch(_PINYIN, right) and \
                    _toned(right) and (hanzi := _chinese_name(know, left)):
                yield offset + row.string[offset:].index(right), right, hanzi, True
    for offset, text in _spans(doc):
        if _TONED_VOWEL.search(text) and not _ANY_HAN.search(text):  # (characters there
            # gloss it: "(Kēkēsī (Jīlín) Qúndǎo)" reads 基林, not Jilin's 吉林)
            for m in _TONED_WORD.finditer(text):
                written = m.group()
                if written[0].isupper() and _toned(written) and \
                        (hanzi := _unlike_any(know, written)) is not None:
                    yield offset + m.start(), written, hanzi, True


def _unlike_any(know: Knowledge, written: str) -> str | None:
    """The Chinese name of the largest Chinese town the letters of toned pinyin standing
    alone name ("write the city as Fùzhōu"), where they read none of the Chinese names of
    the towns so called (福州 Fúzhōu and 抚州 Fǔzhōu are both Fuzhou); None where no city of
    500,000 people or more bears that name as its own."""
    from loci import pinyin
    from loci.places.collation import best_chinese

    name = _toneless(written).replace("\u0308", "")  # (ü read as u)
    places = [m.place for m in know.exact(name, ("city",))
              if m.place.country in _CHINESE_PLACES and know.norm(m.place.name) == know.norm(name)]
    if not any((p.population or 0) >= 500_000 for p in places) or \
            not any(pinyin.valid_syllables(written, count) for count in range(2, 6)):
        return None  # (a town's other name, "Hu" for Shanghai, or a word that names a small
        # town too, "Gǔchéng", is no city's pinyin)
    places.sort(key=lambda p: -(p.population or 0))
    names = [_ADMIN_ENDING.sub("", best[1]) for p in places
             if (best := best_chinese(p, know.kb.names(p.id))) is not None]
    if not names or any(_matches(written, h, True) or _matches(written, h) for h in names):
        return None
    return names[0]


# A word written with a tone mark: pinyin standing alone ("Nánchāng"), no gloss beside it
_TONED_VOWEL = re.compile("[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ]")
_TONED_WORD = re.compile(r"(?<![\w’'-])[^\W\d_]+(?![\w’'-])")


def _spells_pinyin(written: str) -> bool:
    """Whether accented words spell pinyin syllables at all: "Fête Nationale de la
    République du Mali" after Mali (a town in China too) is French."""
    from loci import pinyin

    return any(pinyin.valid_syllables(written, count) for count in range(1, 9))


_LATIN_NAME = r"[A-Z][a-z]+(?:[ '’-][A-Za-z][a-z]+)?"
_NAME_THEN_PINYIN = re.compile(rf"\b({_LATIN_NAME})\s*[（(]\s*({_PINYIN})\s*[)）]")
_CHINESE_PLACES = frozenset({"CN", "TW", "HK", "MO"})


def _chinese_name(know: Knowledge, name: str) -> str | None:
    """The Chinese name readers know the largest Chinese place of an English name by
    (成都 for Chengdu, not its district 天府; 四川 without 省), if it has one."""
    from loci.places.collation import best_chinese

    places = [m.place for m in know.exact(name)
              if (m.place.country or m.place.id) in _CHINESE_PLACES]
    for place in sorted(places, key=lambda p: -(p.population or 0))[:1]:
        best = best_chinese(place, know.kb.names(place.id))
        return _ADMIN_ENDING.sub("", best[1]) if best else None
    return None


# A province's or region's administrative ending, which an English name leaves out
_ADMIN_ENDING = re.compile(r"(?<=..)(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|"
                           r"特别行政区)$")


def _cells(row: re.Match[str]) -> list[tuple[int, str]]:
    """A table row's cells: (offset in the text, content without its spaces)."""
    return [(m.start() + row.start(1), m.group().strip())
            for m in re.finditer(r"[^|]+", row.group(1))]


def _row_pairs(row: re.Match[str]) -> Iterator[tuple[int, str, str, bool]]:
    """| 大虾 | dàxiā | prawns |: characters alone in a cell, pinyin in the next."""
    for (_, left), (offset, right) in pairwise(_cells(row)):
        if re.fullmatch(rf"{_HAN}+", left) and re.fullmatch(_PINYIN, right):
            start = offset + row.string[offset:].index(right)
            yield start, right, left, True


def _pairs(text: str) -> Iterator[tuple[int, str, str, bool]]:
    """(offset, written pinyin, characters, explicit) for each gloss in a sentence."""
    for match in _AFTER.finditer(text):
        hanzi = _JOINERS.sub("", match.group(1))
        before = _WORDS_BEFORE.search(text, max(0, match.start() - 120), match.start())
        if before is None:
            continue
        words = list(re.finditer(_PINYIN_WORD, before.group(1)))
        for count in range(min(len(words), len(hanzi)), 0, -1):
            start = before.start(1) + words[-count].start()
            written = text[start:before.start(1) + words[-1].end()]
            if _toned(written) and _splits(written, hanzi):
                yield start, written, hanzi, False
                break
    for pattern, explicit in ((_BEFORE, True), (_TOGETHER, True), (_SAID, True),
                              (_SAID_AS, True), (_SAYS, False), (_BESIDE, False)):
        for match in pattern.finditer(text):
            hanzi = _JOINERS.sub("", match.group(1))
            at, given = match.start(2), match.group(2)
            label = _LABEL.match(given) if hanzi != "拼音" else None
            if label is not None:  # "拙政园, pīnyīn Zhuōzhèng Yuán": the word is a label
                at, given = at + label.end(), given[label.end():]
            written = _trimmed(given, hanzi)
            if written and (explicit or _toned(written)):
                yield at, written, hanzi, explicit


# The word "pinyin" itself before the reading it labels
_LABEL = re.compile(r"(?i:p[iīíǐì]ny[iīíǐì]n)\s*:?\s+(?=\S)")


def _trimmed(written: str, hanzi: str) -> str:
    """The pinyin of a "北京 Běijīng is ..." gloss: as many words as make the reading (the
    sentence goes on in English after it)."""
    words = written.split()
    for count in range(len(words), 0, -1):
        candidate = " ".join(words[:count])
        if _splits(candidate, hanzi) or (count == 1 and _toned(candidate)) or \
                _misspelled(candidate, hanzi):
            return candidate
    return ""


def _toned(written: str) -> bool:
    """Tone marks or tone numbers: what makes a word pinyin rather than English."""
    return any(c in _TONE_MARKS for c in unicodedata.normalize("NFD", written)) or \
        _TONE_NUMBER.search(written) is not None


@lru_cache(maxsize=4096)
def _matches(written: str, hanzi: str, place: bool = False) -> bool | None:
    from loci import pinyin

    return pinyin.matches(written, hanzi, place)


def _splits(written: str, hanzi: str) -> bool:
    return _matches(written, hanzi) is not None


def _check(know: Knowledge, start: int, written: str, hanzi: str,
           explicit: bool) -> Hit | None:
    from loci import pinyin

    if not _toned(written):
        return _check_toneless(know, start, written, hanzi) if explicit else None
    # a place's name reads some characters as place names do (塞尔维亚 Sài'ěrwéiyà)
    place = bool(know.exact(hanzi))
    if _matches(written, hanzi) or (place and _matches(written, hanzi, True)) or _agrees(
            written, _options(hanzi)):
        return None
    if not _splits(written, hanzi) and not explicit:
        return None  # not this word's pinyin at all: some other words
    expected = _expected(written, hanzi, place)
    same_letters = _agrees(written, [[_toneless(s)] for s in pinyin.syllables(hanzi, place)])
    what = "tones" if same_letters else "syllables"
    return Hit(start, start + len(written), f"'{written}' has the wrong {what} for {hanzi}",
               expected, _evidence(know, hanzi, expected))


def _check_toneless(know: Knowledge, start: int, written: str, hanzi: str) -> Hit | None:
    """ "bei jin" beside 北京: pinyin without tones that spells other syllables."""
    from loci import pinyin

    if written.lower() in pinyin.conventional() or _names_these(know, written, hanzi) or \
            _english(know, written) or _matches(written, hanzi):
        return None
    if not pinyin.valid_syllables(written, len(hanzi)) and not _misspelled(written, hanzi):
        return None
    expected = _expected(written, hanzi)
    return Hit(start, start + len(written), f"'{written}' is not the pinyin of {hanzi}",
               expected, _evidence(know, hanzi, expected))


def _names_these(know: Knowledge, written: str, hanzi: str) -> bool:
    """A place's name, for the place these characters name ("Macau" beside 澳门); a place
    of another name ("Suhe" is 苏合, not 束河) does not excuse a wrong gloss."""
    return any(hanzi in {n.name for n in know.kb.names(m.place.id)} for m in know.exact(written))


def _misspelled(written: str, hanzi: str) -> bool:
    """ "Xiang Jang" beside 湘江: a word per character, each the character's syllable or
    one letter from it, most of them right."""
    from loci import pinyin

    words = [w.lower() for w in re.split(r"[\s'’-]+", written) if w]
    expected = [_toneless(s).lower() for s in pinyin.syllables(hanzi)]
    if len(words) != len(expected) or len(words) < 2:
        return False
    slips = [Levenshtein.distance(w, e) for w, e in zip(words, expected, strict=True)]
    return max(slips) == 1 and slips.count(0) * 2 >= len(slips)


def _english(know: Knowledge, written: str) -> bool:
    """A word English uses, a people's or language's name among them: "满族, Manchu" glosses
    the characters in English, though "man chu" could be spelled in pinyin."""
    words = know.norm(written).split()
    return all(w in know.ordinary_words or w in know.english_words or w in know.proper_words
               for w in words)


def _expected(written: str, hanzi: str, place: bool = False) -> str:
    """The right reading, divided into words and capitalised as the writer wrote it:
    "Bīngxuě Dà Shìjiè" for "Bīngxuě Dà Shìjiē"; tone numbers for tone numbers.
    ``place``: the characters name a place (``pinyin.syllables``)."""
    from loci import pinyin

    syllables = list(pinyin.syllables(hanzi, place))
    if _TONE_NUMBER.search(written) and not any(
            c in _TONE_MARKS for c in unicodedata.normalize("NFD", written)):
        syllables = pinyin.tone_numbers(hanzi, place)
    words, out = written.split(), []
    for word in words:
        letters, _ = pinyin.parse_written(word)
        taken = ""
        while syllables and len(_plain(taken)) < len(letters):
            taken += syllables.pop(0)
        if _plain(taken) != letters:
            expected = pinyin.display(hanzi, place)
            return expected[:1].lower() + expected[1:] if written[:1].islower() else expected
        out.append(taken[:1].upper() + taken[1:] if word[:1].isupper() else taken)
    return " ".join(out)


def _plain(syllables: str) -> str:
    from loci.pinyin import parse_written

    return parse_written(syllables)[0]


def _evidence(know: Knowledge, hanzi: str, expected: str) -> Evidence:
    field = "phrases_dict" if _in_phrases(hanzi) else "pinyin_dict"
    return Evidence(f"{hanzi} reads {expected}",
                    SourceRef("pypinyin", know.source("pinyin").version, field))


@cache
def _phrases() -> dict[str, list[list[str]]]:
    from pypinyin.phrases_dict import phrases_dict

    return phrases_dict


def _in_phrases(hanzi: str) -> bool:
    return hanzi in _phrases()


def _options(hanzi: str) -> list[list[str]]:
    """Readings allowed per character: within a word pypinyin's phrases or loci's table
    know, their reading only; elsewhere any common reading of the character (pypinyin
    cannot tell 乐 lè from yuè outside its phrases), a neutral one written without a
    mark; and both tones of a character with tone sandhi (一, 不)."""
    from loci import pinyin

    chars = [c for c in hanzi if _ANY_HAN.match(c)]
    known = _known_words(hanzi)
    out = []
    for i, (char, reading) in enumerate(zip(chars, pinyin.syllables(hanzi), strict=False)):
        common = _common_readings().get(char)  # None: no word shows which are common
        others = () if i in known else tuple(
            r if pinyin.split_tone(r)[1] != pinyin.NEUTRAL else _UNMARKED + r
            for r in pinyin.candidate_readings(char)[0][1:]
            if common is None or r in common or pinyin.split_tone(r)[1] == pinyin.NEUTRAL)
        out.append([reading, *others, *pinyin.sandhi().get(char, ())])
    return out


COMMON_SHARE = 0.3  # of a character's words in pypinyin's phrases, for a reading to be common
COMMON_WORDS = 50  # or this many words


@cache
def _common_readings() -> dict[str, frozenset[str]]:
    """Each character's readings that many words give it (乐 lè and yuè, 长 cháng and
    zhǎng): outside a known word, only these may stand for another. A reading few words
    use (王 wàng, 侯 hòu) is not a licence to mark any tone."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for phrase, readings in _phrases().items():
        for char, reading in zip(phrase, readings, strict=False):
            counts[char][reading[0]] += 1
    return {char: frozenset(r for r, n in c.items()
                            if n >= COMMON_WORDS or n >= COMMON_SHARE * c.total())
            for char, c in counts.items()}


_UNMARKED = "="  # before a neutral reading: it fits only a syllable written without a mark


def _known_words(hanzi: str) -> set[int]:
    """Positions of characters inside a word of pypinyin's phrases or loci's reading table."""
    from loci import pinyin

    positions: set[int] = set()
    phrases, own = _phrases(), pinyin.own_words()
    for size in range(min(8, len(hanzi)), 1, -1):
        for i in range(len(hanzi) - size + 1):
            word = hanzi[i:i + size]
            if word in phrases or word in own:
                positions.update(range(i, i + size))
    return positions


def _toneless(syllable: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", syllable) if c not in _TONE_MARKS)


def _letters(written: str) -> tuple[str, list[int]]:
    """Plain letters (ü and v as u) and the tone marked on each (0 for none); tone numbers
    ("xia1") mark the letter before them."""
    from loci.pinyin import parse_written

    letters, tones = parse_written(written)
    return letters, [0 if t == 5 else t for t in tones]


def _agrees(written: str, options: list[list[str]]) -> bool:
    """True when the written pinyin spells some allowed reading, tone marks agreeing."""
    from loci.pinyin import split_tone, umlauts, wrong_umlaut

    letters, tones = _letters(written)
    written_u = umlauts(written)  # where a ü was written: lǜ is not lù
    allowed = [[(split_tone(o.lstrip(_UNMARKED))[0],
                 0 if o.startswith(_UNMARKED) else split_tone(o)[1]) for o in per_char]
               for per_char in options]

    @cache
    def fits(i: int, position: int) -> bool:
        if i == len(allowed):
            return position == len(letters)
        for spelled, tone in allowed[i]:
            base = spelled.replace("ü", "u")
            end = position + len(base)
            if letters.startswith(base, position) and _tone_fits(tones[position:end], tone) \
                    and not wrong_umlaut(spelled, written_u, position, end) \
                    and fits(i + 1, end):
                return True
        return False

    return fits(0, 0)


def _tone_fits(written: list[int], tone: int) -> bool:
    if tone == 0:  # a neutral reading outside context: only an unmarked syllable fits
        return not any(written)
    marked = {t for t in written if t}
    return not marked or tone == 5 or marked == {tone}
