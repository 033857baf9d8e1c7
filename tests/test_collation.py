"""Chinese ordering: the seed's list is in pinyin order, read in context."""

from __future__ import annotations

from bisect import bisect_left

from loci import pinyin
from loci.curated import seed_territories
from loci.kb import KB
from loci.places import Resolver
from loci.places.collation import by_english, chinese_name


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
