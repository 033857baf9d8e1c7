"""The names lists show: English order with accents folded, and the Chinese name.

Chinese lists sort those names by ``pinyin.sort_key`` (syllable by syllable with
tones, each character read in its word: 秘鲁 is Bìlǔ, so Peru sorts under b), as
Chinese dictionaries and the seed site's territory list do.
"""

from __future__ import annotations

from collections.abc import Iterable

from loci.kb import KB, PlaceRow
from loci.text import fold


def chinese_name(kb: KB, place_id: str) -> str | None:
    """A place's simplified Chinese name: CLDR's first (ISO's are long forms), then other
    simplified names, then GeoNames' Chinese (untagged, and first as GeoNames lists it)."""
    names = [n for n in kb.names(place_id)
             if n.lang in ("zh-Hans", "zh") and n.kind not in ("former", "exonym")]
    names.sort(key=lambda n: (n.lang != "zh-Hans", n.source != "cldr", n.kind != "translation"))
    return names[0].name if names else None


def by_english(places: Iterable[PlaceRow]) -> list[PlaceRow]:
    """Places in English alphabetical order, accents folded (Åland under A)."""
    return sorted(places, key=lambda p: (fold(p.name), p.id))

