"""The A–Z of territories: in English, and in Chinese ordered by pinyin."""

from __future__ import annotations

from itertools import groupby

from loci import pinyin
from loci.site.context import Site, Territory
from loci.site.layout import Meta, page
from loci.site.pages import Page, PageKind, register
from loci.text import fold

PATHS = {"en": "countries/", "zh": "zh/countries/"}
_ALTERNATES = (("en", PATHS["en"]), ("zh-Hans", PATHS["zh"]), ("x-default", PATHS["en"]))


def english_order(territories: tuple[Territory, ...]) -> list[tuple[str, list[Territory]]]:
    """Grouped by the first letter of the name, accents folded (Åland under A)."""
    ordered = sorted(territories, key=lambda t: (fold(t.name), t.id))
    return [(letter, list(items))
            for letter, items in groupby(ordered, key=lambda t: fold(t.name)[:1].upper())]


def chinese_order(territories: tuple[Territory, ...]) -> list[tuple[str, list[Territory]]]:
    """By pinyin of the Chinese name, syllable by syllable with tones; grouped by letter."""
    ordered = sorted((t for t in territories if t.zh),
                     key=lambda t: (pinyin.sort_key(t.zh, place=True), t.id))
    return [(letter, list(items)) for letter, items in
            groupby(ordered, key=lambda t: pinyin.toneless(t.zh)[:1].upper())]


def _render(site: Site, key: str) -> Page:
    data = site.data
    chinese = key == "zh"
    groups = chinese_order(data.territories) if chinese else english_order(data.territories)
    if chinese:
        meta = Meta(PATHS["zh"], "国家和地区文化指南", "按汉语拼音排列的国家和地区文化指南。",
                    "az", lang="zh-Hans", alternates=_ALTERNATES)
        intro = f"共 {sum(len(g) for _, g in groups)} 个国家和地区，按中文名称的拼音排序。"
    else:
        meta = Meta(PATHS["en"], "Countries and territories A–Z",
                    f"Culture guides to all {len(data.territories)} countries and "
                    "territories, from A to Z.", "az", alternates=_ALTERNATES)
        intro = meta.description
    twin = {"lang": meta.lang, "territories": [
        {"id": t.id, "name": t.name, "zh": t.zh, "pinyin": t.pinyin,
         "url": data.url(t.path)} for _, items in groups for t in items]}
    return page(site, "az.html", meta, twin, groups=groups, chinese=chinese, intro=intro)


register(PageKind("az", lambda data: list(PATHS), lambda data, key: PATHS[key], _render))
