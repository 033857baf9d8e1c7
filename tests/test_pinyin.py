"""Pinyin readings in context, display, collation and checking written pinyin."""

from __future__ import annotations

from typing import Any

import pytest

from loci import pinyin


@pytest.mark.parametrize(
    ("hanzi", "shown"),
    [
        ("秘鲁", "Bìlǔ"),  # phrase reading: 秘 alone is mì
        ("重庆", "Chóngqìng"),  # 重 alone is zhòng
        ("胡同", "Hútòng"),
        ("西安", "Xī'ān"),  # the apostrophe keeps it from reading as xiān
        ("白俄罗斯", "Bái'éluósī"),
        ("刚果（金）", "Gāngguǒ (Jīn)"),
    ],
)
def test_display_reads_characters_in_their_word(hanzi: str, shown: str) -> None:
    assert pinyin.display(hanzi) == shown


def test_syllables_tone_numbers_and_toneless() -> None:
    assert pinyin.syllables("秘鲁") == ["bì", "lǔ"]
    assert pinyin.syllables("无极") == ["wú", "jí"]
    assert pinyin.tone_numbers("秘鲁") == ["bi4", "lu3"]
    assert pinyin.toneless("秘鲁") == "bilu"
    assert pinyin.toneless("白俄罗斯") == "baieluosi"


def test_has_hanzi() -> None:
    assert pinyin.has_hanzi("刚果（金）")
    assert not pinyin.has_hanzi("Zhōngguó")


def test_toneless_umlaut_spellings() -> None:
    assert pinyin.toneless("菲律宾") == "feilubin"
    assert pinyin.toneless("菲律宾", umlaut="v") == "feilvbin"


def test_candidate_readings_put_the_reading_in_context_first() -> None:
    readings = pinyin.candidate_readings("秘鲁")
    assert readings[0][0] == "bì"
    assert "mì" in readings[0]
    assert readings[1] == ["lǔ"]


@pytest.mark.parametrize(
    ("written", "hanzi"),
    [
        ("wújí", "无极"),
        ("yínháng", "银行"),
        ("dòufu", "豆腐"),  # dictionaries write the neutral tone; pypinyin says fǔ
        ("Chongqing", "重庆"),  # no tone marks: any tone
        ("Chóngqìng", "重庆"),
        ("chong2 qing4", "重庆"),
        ("Xi'an", "西安"),
        ("hútòng", "胡同"),
        ("Zhōng-guó", "中国"),
        ("Feilvbin", "菲律宾"),
    ],
)
def test_matches_the_reading_in_context(written: str, hanzi: str) -> None:
    assert pinyin.matches(written, hanzi) is True


@pytest.mark.parametrize(
    ("written", "hanzi"),
    [
        ("wǔjí", "无极"),  # wrong tone
        ("Mìlǔ", "秘鲁"),  # the character's default reading, not the word's
        ("Zhongqing", "重庆"),
        ("chong2qing3", "重庆"),
    ],
)
def test_a_wrong_reading_does_not_match(written: str, hanzi: str) -> None:
    assert pinyin.matches(written, hanzi) is False


@pytest.mark.parametrize("written", ["Chongqingshi", "Chong", "hello", ""])
def test_undecidable_when_the_syllable_count_differs(written: str) -> None:
    assert pinyin.matches(written, "重庆") is None


def test_sort_key_orders_country_names_by_pinyin_with_tones() -> None:
    names = ["冰岛", "秘鲁", "白俄罗斯", "比利时", "阿尔巴尼亚", "巴西"]
    assert sorted(names, key=pinyin.sort_key) == [
        "阿尔巴尼亚",  # ā
        "巴西",  # bā
        "白俄罗斯",  # bái
        "比利时",  # bǐ
        "秘鲁",  # bì: read in its word, not as mì
        "冰岛",  # bīng
    ]


def test_sort_key_puts_u_umlaut_after_u_and_ties_by_character() -> None:
    assert pinyin.sort_key("卢") < pinyin.sort_key("吕") < pinyin.sort_key("栾")
    assert pinyin.sort_key("吉") != pinyin.sort_key("极")  # both jí: the character decides


def _table(part: str) -> dict[str, Any]:
    import tomllib
    from importlib import resources

    text = resources.files("loci.data").joinpath("readings.toml").read_text(encoding="utf-8")
    words: dict[str, Any] = tomllib.loads(text)[part]
    return words


@pytest.mark.parametrize(("word", "reading"), sorted(_table("words").items()))
def test_the_reading_table_corrects_pypinyin(word: str, reading: str) -> None:
    """Each entry earns its place: pypinyin alone reads the word otherwise, or the place
    names' reading of one of its characters does (泊 is bó in 尼泊尔, pō in a lake's
    name); loci reads it as the table says (in the word, inside a longer text, and in a
    place's name)."""
    from pypinyin import pinyin as pypinyin_reading

    alone = [r[0] for r in pypinyin_reading(word)]
    places = _table("places")
    overridden = any(places.get(c, r) != r for c, r in zip(word, reading.split(), strict=True))
    assert alone != reading.split() or overridden, f"{word}: pypinyin already reads it {reading}"
    assert pinyin.syllables(word) == reading.split()
    assert pinyin.syllables(f"在{word}里")[1:-1] == reading.split()
    assert pinyin.syllables(word, place=True) == reading.split()



# One place for each character of the table's [places], in other words than the table's
# own comments: its name as an atlas reads it, and the name as pypinyin reads it.
PLACE_NAMES = {
    "塞": ("塞浦路斯", "Sàipǔlùsī"),  # Cyprus
    "什": ("阿什哈巴德", "Āshíhābādé"),  # Ashgabat
    "都": ("都柏林", "Dūbólín"),  # Dublin
    "勒": ("萨格勒布", "Sàgélèbù"),  # Zagreb
    "佛": ("塔那那利佛", "Tǎnànàlìfó"),  # Antananarivo
    "卜": ("艾卜哈", "Àibǔhā"),  # Abha
    "干": ("库尔干", "Kù'ěrgān"),  # Kurgan
    "泊": ("泊头", "Bótóu"),  # Botou, Hebei
    "长": ("长岭", "Chánglǐng"),  # Changling, Jilin
}


def test_every_character_read_one_way_in_place_names_has_a_place() -> None:
    assert set(PLACE_NAMES) == set(_table("places"))


@pytest.mark.parametrize(("char", "place"), sorted(PLACE_NAMES.items()))
def test_a_place_name_reads_its_characters_as_place_names_do(char: str,
                                                            place: tuple[str, str]) -> None:
    name, atlas = place
    assert pinyin.display(name, place=True) == atlas
    assert pinyin.display(name) != atlas  # pypinyin alone reads it otherwise
    assert _table("places")[char] in pinyin.syllables(name, place=True)


def test_a_place_name_reads_as_its_english_name_spells_it() -> None:
    # a character of several readings takes the one the place's English name spells
    assert pinyin.display("杨行", place=True, english="Yanghang") == "Yángháng"
    assert pinyin.display("珲春", place=True, english="Hunchun") == "Húnchūn"  # not Huīchūn
    assert pinyin.display("杨行", place=True) == "Yángxíng"  # without it, pypinyin's
    # a name not spelt in pinyin changes nothing
    assert pinyin.display("塞尔维亚", place=True, english="Serbia") == "Sài'ěrwéiyà"
    assert pinyin.display("六安", place=True, english="Lu'an") == "Lù'ān"


def test_a_word_in_a_place_name_keeps_its_own_reading_and_text_keeps_pypinyins() -> None:
    assert pinyin.display("长治", place=True) == "Chángzhì"  # the table's words win
    assert pinyin.display("成都", place=True) == "Chéngdū"
    assert pinyin.syllables("什么") == ["shén", "me"]  # not a place: as in any text
    assert pinyin.sort_key("尼泊尔", place=True) < pinyin.sort_key("尼加拉瓜", place=True)


@pytest.mark.parametrize(("word", "reading"), sorted(_table("certain").items()))
def test_certain_words_are_outside_pypinyins_phrases_and_read_as_given(word: str,
                                                                       reading: str) -> None:
    from pypinyin.phrases_dict import phrases_dict

    assert word not in phrases_dict, f"{word}: pypinyin's phrases already settle it"
    assert pinyin.syllables(word) == reading.split()
    assert word in pinyin.own_words()


# One name for each word of the table's [names]: how an atlas prints it in pinyin.
NAME_WORDS = {
    "共和国": ("中非共和国", "Zhōngfēi Gònghéguó"),
    "民主主义": ("朝鲜民主主义人民共和国", "Cháoxiǎn Mínzhǔzhǔyì Rénmín Gònghéguó"),
    "社会主义": ("斯里兰卡民主社会主义共和国", "Sīlǐlánkǎ Mínzhǔ Shèhuìzhǔyì Gònghéguó"),
    "民主": ("刚果民主共和国", "Gāngguǒ Mínzhǔ Gònghéguó"),
    "人民": ("中华人民共和国", "Zhōnghuá Rénmín Gònghéguó"),
    "联邦": ("德意志联邦共和国", "Déyìzhì Liánbāng Gònghéguó"),
    "联合": ("阿拉伯联合酋长国", "Ālābó Liánhé Qiúzhǎngguó"),
    "王国": ("联合王国", "Liánhé Wángguó"),
    "大公国": ("卢森堡大公国", "Lúsēnbǎo Dàgōngguó"),
    "公国": ("摩纳哥公国", "Mónàgē Gōngguó"),
    "酋长国": ("阿拉伯联合酋长国", "Ālābó Liánhé Qiúzhǎngguó"),
    "群岛": ("所罗门群岛", "Suǒluómén Qúndǎo"),
    "特别行政区": ("中国澳门特别行政区", "Zhōngguó Àomén Tèbiéxíngzhèngqū"),
    "自治区": ("西藏自治区", "Xīzàng Zìzhìqū"),
    "领地": ("英属印度洋领地", "Yīngshǔ Yìndùyáng Lǐngdì"),
    "领土": ("巴勒斯坦领土", "Bālèsītǎn Lǐngtǔ"),
    "阿拉伯": ("沙特阿拉伯", "Shātè Ālābó"),
    "新几内亚": ("巴布亚新几内亚", "Bābùyà Xīnjǐnèiyà"),
    "中国": ("中国香港特别行政区", "Zhōngguó Xiānggǎng Tèbiéxíngzhèngqū"),
    "美属": ("美属萨摩亚", "Měishǔ Sàmóyà"),
    "英属": ("英属维尔京群岛", "Yīngshǔ Wéi'ěrjīng Qúndǎo"),
    "法属": ("法属圭亚那", "Fǎshǔ Guīyànà"),
    "荷属": ("荷属圣马丁", "Héshǔ Shèngmǎdīng"),
    "和": ("特立尼达和多巴哥", "Tèlìnídá hé Duōbāgē"),
    "及": ("大不列颠及北爱尔兰联合王国", "Dàbùlièdiān jí Běi'ài'ěrlán Liánhé Wángguó"),
}


def test_every_word_of_place_names_has_an_example() -> None:
    assert set(NAME_WORDS) == set(_table("names")["words"])


@pytest.mark.parametrize(("word", "name", "shown"),
                         [(w, *example) for w, example in NAME_WORDS.items()])
def test_long_names_are_printed_in_words(word: str, name: str, shown: str) -> None:
    assert word in name
    assert pinyin.display(name) == shown


@pytest.mark.parametrize(("name", "shown"), [
    ("冰岛", "Bīngdǎo"),  # short names stay one word
    ("和田", "Hétián"),  # 和 begins a name: not "and"
    ("马恩岛", "Mǎ'ēndǎo"),
    ("圣文森特和格林纳丁斯", "Shèngwénsēntè hé Gélínnàdīngsī"),
    ("阿尔及利亚", "Ā'ěrjílìyà"),  # Algeria: 及 between two short halves is no "and"
    ("塞尔维亚和黑山", "Sāi'ěrwéiyà hé Hēishān"),  # but Montenegro, 黑山, is a name
    ("科科斯（基林）群岛", "Kēkēsī (Jīlín) Qúndǎo"),  # a word after brackets stands apart
])
def test_where_a_name_is_cut_and_where_not(name: str, shown: str) -> None:
    assert pinyin.display(name) == shown


def test_a_u_with_a_diaeresis_is_another_syllable_after_l_and_n() -> None:
    """lǜ (绿) and lù (路) are two syllables: ü written where the reading has u is wrong;
    the diaeresis left out where the reading has it is a common simplification."""
    assert not pinyin.matches("lǜ", "路") and not pinyin.matches("nǚlì", "努力")
    assert pinyin.matches("nǔlì", "努力") and pinyin.matches("lǜchá", "绿茶")
    assert pinyin.matches("Lüshun", "旅顺")
