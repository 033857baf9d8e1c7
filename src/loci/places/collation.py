"""The names lists show: English order with accents folded, and the Chinese name.

Every Chinese name loci shows of a place (guides, site, answers, API) is chosen by
``best_chinese``.

Chinese lists sort those names by ``pinyin.sort_key`` (syllable by syllable with
tones, each character read in its word: 秘鲁 is Bìlǔ, so Peru sorts under b), as
Chinese dictionaries and the seed site's territory list do.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol, TypeVar

from loci import pinyin
from loci.kb import KB, PlaceRow, SourceRef
from loci.text import fold, has_han

CHINESE_KINDS = ("short", "common", "translation")
# What Chinese names of places end in when they say what kind of place it is: 鞍山市 is
# 鞍山 the city, 长沙街道 a street office of the name. Longest first.
_ADMIN_ENDINGS = ("特别行政区", "特别市", "自治州", "自治县", "街道", "市", "区", "县", "镇", "乡")


class _Name(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def source(self) -> str | SourceRef: ...


N = TypeVar("N", bound=_Name)


def best_chinese(place: PlaceRow, names: Iterable[N]) -> tuple[N, str] | None:
    """The Chinese name readers know a place by, and its simplified spelling.

    CLDR's name of a territory comes first (ISO's are long forms or typos: 柬埔塞).
    A city's names come from GeoNames, untagged and in either script, with
    abbreviations (沪 for Shanghai), former names and districts (宝安 for Shenzhen)
    among them: the one whose reading is the English name wins (上海, Shànghǎi),
    then a name of two characters or more, then one in the characters of
    simplified Chinese (GB 2312: not Japanese 広島), then one without an
    administrative ending (鞍山 before 鞍山市), then the first listed. A city's
    name is shown without its ending (许昌, not 许昌市).
    """
    english = "".join(c for c in fold(place.name) if "a" <= c <= "z")
    found = [(i, n, _simplified(n.name)) for i, n in enumerate(names)
             if n.lang in ("zh-Hans", "zh") and n.kind in CHINESE_KINDS and has_han(n.name)]

    def rank(entry: tuple[int, N, str]) -> tuple[bool, bool, bool, bool, bool, bool, int]:
        i, name, text = entry
        bare = _bare(text)
        return (_dataset(name) != "cldr", pinyin.toneless(bare) != english, len(bare) < 2,
                not _gb2312(text), bare != text, name.lang != "zh-Hans", i)

    if not found:
        return None
    _, name, text = min(found, key=rank)
    # brackets in Chinese are full width, as CLDR writes 刚果（金）: CLDR's "太平洋诸岛 (托管地)"
    # inside a guide's own brackets would read "(太平洋诸岛 (托管地))"
    text = text.replace(" (", "（").replace("(", "（").replace(")", "）")
    return name, text if place.is_territory else _bare(text)


def chinese_name(kb: KB, place_id: str) -> str | None:
    """A place's Chinese name in simplified characters (``best_chinese``), or None."""
    place = kb.place(place_id)
    chosen = best_chinese(place, kb.names(place_id)) if place is not None else None
    return chosen[1] if chosen else None


def _dataset(name: _Name) -> str:
    return name.source if isinstance(name.source, str) else name.source.dataset


def _bare(text: str) -> str:
    """The name without an administrative ending, unless that is all of it."""
    for ending in _ADMIN_ENDINGS:
        if text.endswith(ending) and len(text) > len(ending) + 1:
            return text[:-len(ending)]
    return text


def _gb2312(text: str) -> bool:
    """True when every character is in GB 2312, the character set of simplified Chinese."""
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=65536)
def _simplified(text: str) -> str:
    return pinyin.simplified(text) if has_han(text) else text


def by_english(places: Iterable[PlaceRow]) -> list[PlaceRow]:
    """Places in English alphabetical order, accents folded (Åland under A)."""
    return sorted(places, key=lambda p: (fold(p.name), p.id))

