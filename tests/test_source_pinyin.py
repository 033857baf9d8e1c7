"""The pinyin source: a toned and a toneless romanization of every Chinese name."""

from __future__ import annotations

from loci.sources import pinyin as pinyin_source
from loci.sources.records import BuildContext, Name, Place


def romanize(*names: Name) -> set[Name]:
    ctx = BuildContext(places={n.place: Place(n.place, "country", n.place) for n in names},
                       names=list(names))
    out = list(pinyin_source.read(ctx))
    assert len(out) == len(set(out)), "duplicates"
    return set(out)


def test_chinese_names_get_toned_and_toneless_pinyin() -> None:
    out = romanize(Name("BY", "白俄罗斯", "zh-Hans", "translation"),
                   Name("PE", "秘鲁", "zh-Hans", "translation"))
    assert Name("BY", "Bái'éluósī", "zh-Latn-pinyin", "pinyin") in out
    assert Name("BY", "baieluosi", "zh-Latn", "pinyin") in out
    assert Name("PE", "Bìlǔ", "zh-Latn-pinyin", "pinyin") in out
    assert Name("PE", "bilu", "zh-Latn", "pinyin") in out


def test_city_names_with_a_bare_zh_tag_and_u_umlaut_spellings() -> None:
    assert {n.name for n in romanize(Name("1814906", "重庆", "zh", "translation"))} == {
        "Chóngqìng", "chongqing",
    }
    assert {n.name for n in romanize(Name("PH", "菲律宾", "zh-Hans", "translation"))} == {
        "Fēilǜbīn", "feilubin", "feilvbin",
    }


def test_other_languages_and_romanizations_are_left_alone() -> None:
    assert not romanize(Name("JP", "日本", "ja", "endonym"),
                        Name("CN", "Zhōngguó", "zh-Latn-pinyin", "pinyin"),
                        Name("CN", "China", "en", "short"))


def test_the_same_reading_is_yielded_once() -> None:
    out = romanize(Name("CN", "中国", "zh-Hans", "translation"),
                   Name("CN", "中国", "zh-Hans", "endonym"),
                   Name("CN", "中國", "zh-Hant", "translation"))
    assert {(n.name, n.lang) for n in out} == {("Zhōngguó", "zh-Latn-pinyin"),
                                               ("zhongguo", "zh-Latn")}
