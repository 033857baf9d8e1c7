"""The CLDR source: names in English, Chinese and the official languages, and facts."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest

from loci.sources import cldr
from loci.sources.records import BuildContext, Fact, Name, Place, Problem, Record
from loci.text import normalize
from places_from_pycountry import pycountry_context


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return list(cldr.read(pycountry_context()))


def names(records: list[Record], place: str, lang: str, kind: str | None = None) -> set[str]:
    return {
        r.name for r in records
        if isinstance(r, Name) and r.place == place and r.lang == lang
        and (kind is None or r.kind == kind)
    }


def fact(records: list[Record], place: str, topic: str, key: str) -> Any:
    found = [r for r in records
             if isinstance(r, Fact) and (r.place, r.topic, r.key) == (place, topic, key)]
    assert len(found) == 1, f"{place} {topic} {key}: {found}"
    return found[0].value


def test_china_in_both_chinese_scripts_and_its_own_language(records: list[Record]) -> None:
    assert names(records, "CN", "zh-Hans", "translation") == {"中国"}
    assert names(records, "CN", "zh-Hant", "translation") == {"中國"}
    assert names(records, "CN", "zh-Hans", "endonym") == {"中国"}
    assert names(records, "CN", "en", "short") == {"China"}


def test_belarus_chinese_name_and_endonyms(records: list[Record]) -> None:
    assert names(records, "BY", "zh-Hans") == {"白俄罗斯"}
    assert names(records, "BY", "be", "endonym") == {"Беларусь"}
    assert names(records, "BY", "ru", "endonym") == {"Беларусь"}


def test_bolivia_languages_include_official_spanish_and_quechua(records: list[Record]) -> None:
    spanish = fact(records, "BO", "language", "es")
    assert spanish["name"] == "Spanish"
    assert spanish["official"] == "official"
    assert spanish["percent"] > 50
    assert fact(records, "BO", "language", "qu")["official"] == "official"
    assert "Bolivia" in names(records, "BO", "es", "endonym")


def test_language_keys_carry_the_script(records: list[Record]) -> None:
    chinese = fact(records, "HK", "language", "zh-Hant")
    assert (chinese["code"], chinese["script"], chinese["official"]) == ("zh", "Hant", "official")


def test_main_locale(records: list[Record]) -> None:
    assert fact(records, "CN", "language", "main-locale") == {"locale": "zh_Hans_CN"}
    assert fact(records, "US", "language", "main-locale") == {"locale": "en_US"}
    assert fact(records, "SH-AC", "language", "main-locale") == {"locale": "en_SH"}


def test_currency_with_local_and_english_symbols(records: list[Record]) -> None:
    assert fact(records, "CN", "currency", "CNY") == {
        "code": "CNY", "name": "Chinese Yuan", "singular": "Chinese yuan",
        "plural": "Chinese yuan", "symbol": "¥", "symbol_en": "CN¥",
    }


def test_measurement_systems_and_paper(records: list[Record]) -> None:
    assert fact(records, "US", "measurement-system", "system")["system"] == "US"
    assert fact(records, "US", "measurement-system", "paper-size") == {"size": "US-Letter"}
    assert fact(records, "CN", "measurement-system", "system")["system"] == "metric"
    assert fact(records, "CN", "measurement-system", "paper-size") == {"size": "A4"}
    assert fact(records, "MM", "measurement-system", "system")["system"] == "UK"
    # The Bahamas measure in metric but give temperatures in Fahrenheit.
    assert fact(records, "BS", "measurement-system", "system") == {
        "system": "metric", "temperature": "US",
    }


def test_first_day_of_week(records: list[Record]) -> None:
    assert fact(records, "US", "first-day-of-week", "first-day") == {"day": "sunday"}
    assert fact(records, "CN", "first-day-of-week", "first-day") == {"day": "monday"}
    assert fact(records, "MV", "first-day-of-week", "first-day") == {"day": "friday"}
    # Babel's pt_AO inherits Portugal's Sunday; CLDR does not list Angola: Monday.
    assert fact(records, "AO", "first-day-of-week", "first-day") == {"day": "monday"}


def test_time_zones_with_offsets(records: list[Record]) -> None:
    assert fact(records, "CN", "time-zone", "Asia/Shanghai") == {
        "zone": "Asia/Shanghai", "utc_offset": "+08:00", "dst_offset": None,
    }
    new_york = fact(records, "US", "time-zone", "America/New_York")
    assert (new_york["utc_offset"], new_york["dst_offset"]) == ("-05:00", "-04:00")


def test_a_zone_this_machine_does_not_know_is_a_problem_not_a_silence() -> None:
    problem, fact_ = cldr.zone_records("XX", "Atlantis/Lost_City", 2026)
    assert isinstance(problem, Problem) and "Atlantis/Lost_City" in problem.message
    assert isinstance(fact_, Fact) and fact_.value["utc_offset"] is None
    assert fact_.text == "Time zone Atlantis/Lost_City"


def test_ascension_through_cldr_code_ac(records: list[Record]) -> None:
    assert names(records, "SH-AC", "en") == {"Ascension Island"}
    assert names(records, "SH-AC", "zh-Hans") == {"阿森松岛"}
    assert fact(records, "SH-AC", "currency", "SHP")["symbol"] == "£"
    assert fact(records, "SH-AC", "time-zone", "Atlantic/St_Helena")["utc_offset"] == "+00:00"
    assert names(records, "SH-TA", "en") == {"Tristan da Cunha"}


def test_withdrawn_codes_get_chinese_names_from_pycountry_and_no_facts(
    records: list[Record],
) -> None:
    assert names(records, "AN", "zh-Hans") == {"荷属安德列斯岛"}
    assert names(records, "CS", "zh-Hans") == {"塞尔维亚和黑山"}
    assert not [r for r in records if isinstance(r, Fact) and r.place in ("AN", "CS")]


def test_every_territory_has_names_and_facts_and_only_two_lack_a_locale(
    records: list[Record],
) -> None:
    problems = [r for r in records if isinstance(r, Problem)]
    assert {(p.place, p.field) for p in problems} == {("AQ", "likelySubtags"),
                                                      ("HM", "likelySubtags")}
    assert "no money, date or number formats" in problems[0].message
    ctx = pycountry_context()
    with_chinese = {r.place for r in records if isinstance(r, Name) and r.lang == "zh-Hans"}
    assert with_chinese == set(ctx.places)
    facts = [r for r in records if isinstance(r, Fact)]
    json.dumps([f.value for f in facts])
    duplicates = Counter((f.place, f.topic, f.key) for f in facts)
    assert max(duplicates.values()) == 1


def test_english_name_differing_from_an_earlier_short_name_is_common() -> None:
    ctx = BuildContext(places={"HK": Place("HK", "country", "Hong Kong")},
                       names=[Name("HK", "Hong Kong", "en", "short")])
    hong_kong = [r for r in cldr.read(ctx) if isinstance(r, Name) and r.place == "HK"]
    assert Name("HK", "Hong Kong SAR China", "en", "common") in hong_kong


def test_names_in_every_other_language_once_per_spelling(records: list[Record]) -> None:
    exonyms = [r for r in records if isinstance(r, Name) and r.kind == "exonym"]
    assert "Allemagne" in names(records, "DE", "fr", "exonym")
    assert "Alemania" in names(records, "DE", "es", "exonym")  # Spanish, not the first "ast"
    assert len({r.lang for r in exonyms}) > 200
    spellings = Counter((r.place, normalize(r.name)) for r in exonyms)
    assert max(spellings.values()) == 1
    # none repeats a name the place already has in English, Chinese or its own languages
    own = {(r.place, normalize(r.name)) for r in records
           if isinstance(r, Name) and r.kind not in ("exonym", "romanized")}
    assert not own & set(spellings)


def test_endonyms_of_other_scripts_in_latin_letters(records: list[Record]) -> None:
    assert "Ellada" in names(records, "GR", "el-Latn", "romanized")
    assert "Hayastan" in names(records, "AM", "hy-Latn", "romanized")
    assert not names(records, "JP", "ja-Latn", "romanized")  # 日本 would read as Mandarin


def test_dissolved_states_in_other_languages_from_iso_catalogues(records: list[Record]) -> None:
    assert "Niederländische Antillen" in names(records, "AN", "de", "exonym")
    assert "Srbija i Crna Gora" in {r.name for r in records if isinstance(r, Name)
                                    and r.place == "CS" and r.kind == "exonym"}


@pytest.mark.parametrize(("entry", "found"), [
    ("UdSSR, Union der Sozialistischen Sowjetrepubliken",
     ["UdSSR", "Union der Sozialistischen Sowjetrepubliken"]),  # two names
    ("Alemania, República Democrática de", ["República Democrática de Alemania"]),  # inverted
    ("Yougoslavie, République fédérale (socialiste) de", []),  # no name as it stands
    ("Tchécoslovaquie", ["Tchécoslovaquie"]),
])
def test_an_iso_catalogue_entry_holds_one_name_or_two(entry: str, found: list[str]) -> None:
    assert cldr._names_in(entry) == found


def test_a_city_a_time_zone_is_named_after_takes_cldrs_chinese_name() -> None:
    # GeoNames' untagged Chinese names of a city include old and Taiwanese forms; CLDR
    # names the cities its time zones are named after, and its name is the one shown
    ctx = pycountry_context()
    cities = [Place("A", "city", "Nairobi", country="KE", timezone="Africa/Nairobi",
                    population=4_000_000),
              Place("B", "city", "Nairobi", country="KE", timezone="Africa/Nairobi",
                    population=20_000),  # a smaller namesake in the zone: not it
              Place("C", "city", "Kigali", country="RW", timezone="Africa/Kigali",
                    population=750_000),
              Place("D", "city", "Mombasa", country="KE", timezone="Africa/Nairobi",
                    population=900_000)]  # no zone of its own: no name from CLDR
    ctx.places.update((c.id, c) for c in cities)
    found = {(n.place, n.lang): n.name for n in cldr.read(ctx)
             if isinstance(n, Name) and n.place in {"A", "B", "C", "D"}}
    assert found == {("A", "zh-Hans"): "内罗毕", ("A", "zh-Hant"): "奈洛比",
                     ("C", "zh-Hans"): "基加利", ("C", "zh-Hant"): "基加利"}


def test_jakartas_guide_shows_cldrs_chinese_name(kb: Any) -> None:
    from loci.places.collation import chinese_name

    jakarta = next(c for c in kb.places(("city",), country="ID") if c.name == "Jakarta")
    assert chinese_name(kb, jakarta.id) == "雅加达"  # not GeoNames' first, 勿礁维
