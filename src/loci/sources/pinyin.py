"""Pinyin of every Chinese place name the earlier sources yielded.

Each Chinese name gets its pinyin as prose writes it (Báiéluósī is written
Bái'éluósī) and a toneless lower-case form for search ("baieluosi"), plus the
"v for ü" spelling input methods use where the name has ü (feilvbin).
"""

from __future__ import annotations

from collections.abc import Iterator

from loci import pinyin
from loci.sources.records import BuildContext, Name, Record, SourceInfo

SOURCE = SourceInfo(
    name="pinyin",
    title="pypinyin (Chinese romanization)",
    package="pypinyin",
    licence="MIT",
    url="https://github.com/mozillazg/python-pinyin",
    order=90,
)

TONED = "zh-Latn-pinyin"
TONELESS = "zh-Latn"


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the pinyin names of every Chinese name in ``ctx.names``, once each."""
    seen: set[Name] = set()
    for source in list(ctx.names):  # the build appends what this source yields to ctx.names
        if not _is_chinese(source):
            continue
        english = ctx.places[source.place].name if source.place in ctx.places else ""
        for name in _romanized(source, english):
            if name not in seen:
                seen.add(name)
                yield name


def _is_chinese(name: Name) -> bool:
    """A name in Chinese characters: zh, zh-Hans, zh-Hant, zh-CN..., but not zh-Latn."""
    lang = name.lang
    return (lang == "zh" or lang.startswith("zh-")) and "Latn" not in lang and pinyin.has_hanzi(
        name.name
    )


def _romanized(source: Name, english: str) -> Iterator[Name]:
    # A former Chinese name keeps its year, so its pinyin reads as former too.
    place, year = source.place, source.year
    yield Name(place, pinyin.display(source.name, place=True, english=english), TONED,
               "pinyin", year)
    for umlaut in ("u", "v"):
        yield Name(place, pinyin.toneless(source.name, umlaut), TONELESS, "pinyin", year)
