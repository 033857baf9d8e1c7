"""Chinese ordering: the seed's list is in pinyin order, read in context."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from loci import pinyin
from loci.curated import seed_territories
from loci.kb import KB
from loci.places import Resolver
from loci.places.collation import by_english, chinese_name
from loci.text import fold


def _longest_increasing(seq: list[int]) -> int:
    tails: list[int] = []
    for x in seq:
        i = bisect_left(tails, x)
        tails[i:i + 1] = [x]
    return len(tails)


def test_peru_sorts_under_bi_not_mi() -> None:
    assert pinyin.sort_key("秘鲁") < pinyin.sort_key("玻利维亚")  # bì < bō
    assert pinyin.sort_key("秘鲁") < pinyin.sort_key("马里")


def test_seed_list_order_matches_pinyin_order(kb: KB, resolver: Resolver) -> None:
    # The seed puts China first, then sorts the rest by its Chinese names; a few
    # sit where older or Taiwanese names (马其顿, 曼岛, ...) or 秘鲁 read as mì put them.
    entries = []
    for name in seed_territories()[1:]:
        best = resolver.best(name)
        assert best is not None
        zh = chinese_name(kb, best.place.id)
        assert zh, name
        entries.append((zh, best.place))
    in_pinyin = sorted(entries, key=lambda e: (pinyin.sort_key(e[0]), e[1].id))
    order = {place.id: i for i, (_, place) in enumerate(in_pinyin)}
    agreeing = _longest_increasing([order[place.id] for _, place in entries])
    assert agreeing >= len(entries) - 12


def test_english_order_folds_accents(kb: KB) -> None:
    names = [p.name for p in by_english(kb.places())]
    assert names.index("Åland Islands") < names.index("Albania")


def _largest(kb: KB, country: str, name: str) -> str:
    return next(p.id for p in kb.places(("city",), country=country) if p.name == name)


@pytest.mark.parametrize(("country", "city", "chinese"), [
    ("CN", "Shanghai", "上海"),  # not 沪, its one-character abbreviation
    ("CN", "Shenzhen", "深圳"),  # not 宝安, a district listed first
    ("CN", "Chengdu", "成都"),  # not 天府
    ("CN", "Changsha", "长沙"),  # listed as 長沙 first
    ("CN", "Luoyang", "洛阳"),  # not 河南府, a former prefecture
    ("CN", "Xuchang", "许昌"),  # without 市
    ("CN", "Ürümqi", "乌鲁木齐"),  # no reading matches: the first name of two characters
    ("JP", "Hiroshima", "广岛"),  # not Japanese 広島
    ("JP", "Tokyo", "东京"),
    ("US", "New York City", "纽约"),  # 紐約 in simplified characters
    ("KR", "Seoul", "首尔"),
])
def test_a_city_is_called_what_chinese_readers_call_it(kb: KB, country: str, city: str,
                                                       chinese: str) -> None:
    assert chinese_name(kb, _largest(kb, country, city)) == chinese


def test_the_fifty_largest_chinese_cities_read_as_their_english_names(kb: KB) -> None:
    """GeoNames' English names of Chinese cities are pinyin: the chosen name reads so."""
    checked = 0
    for city in kb.places(("city",), country="CN")[:50]:
        zh = chinese_name(kb, city.id)
        if zh is None:  # Bao'an has none in GeoNames
            continue
        zh.encode("gb2312")  # simplified characters only
        if city.name in ("Harbin", "Ürümqi"):  # English spellings of other readings
            assert zh in ("哈尔滨", "乌鲁木齐")
            continue
        english = "".join(c for c in fold(city.name) if c.isalpha())
        assert pinyin.toneless(zh) == english, (city.name, zh)
        checked += 1
    assert checked >= 45


def test_a_territory_keeps_cldrs_name(kb: KB) -> None:
    assert chinese_name(kb, "KH") == "柬埔寨"  # ISO's 柬埔塞 is a typo
    assert chinese_name(kb, "CG") == "刚果（布）"  # ISO's 刚果 is either Congo
    assert chinese_name(kb, "CN") == "中国"
