"""Culture guides: spot facts checked against the raw sources, and how the prose reads."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from loci.english import possessive, the
from loci.guides import Guide, compose
from loci.guides.context import GuideContext
from loci.guides.lede import lede_line
from loci.guides.writers.default import (
    about,
    be,
    natural_list,
    people,
    percent,
    plural,
    quantity,
)
from loci.kb import KB
from loci.places import Resolver
from loci.places.geo import bearing, compass, haversine_km

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def guide(kb: KB, place_id: str) -> Guide:
    return compose(kb, kb.lookup(place_id), now=CLOCK)


def section_text(g: Guide, section_id: str) -> str:
    found = [s for s in g.sections if s.id == section_id]
    return " ".join(st.text for s in found for st in s.statements)


# spot facts ---------------------------------------------------------------------


def test_bhutan_capital_is_thimphu_and_no_heritage_site_is_claimed(kb: KB) -> None:
    g = guide(kb, "BT")
    assert "Capital: Thimphu" in section_text(g, "at-a-glance")
    assert "its capital is Thimphu" in g.lede
    assert "World Heritage" not in section_text(g, "heritage")
    assert not kb.facts("BT", "heritage-count")  # the raw source lists none


def test_bolivia_has_two_capitals_with_their_roles(kb: KB) -> None:
    g = guide(kb, "BO")
    assert "Capitals: La Paz (administrative) and Sucre (constitutional)" in section_text(
        g, "at-a-glance")
    assert g.lede.endswith("its capitals are La Paz and Sucre.")


def test_china_has_60_heritage_sites_and_spring_festival(kb: KB) -> None:
    g = guide(kb, "CN")
    heritage = section_text(g, "heritage")
    assert "China has 60 World Heritage Sites: 41 cultural, 15 natural and four mixed." in heritage
    sites = next(s for s in g.sections if s.id == "heritage").statements
    assert sum(1 for s in sites if s.item) == 60
    calendar = section_text(g, "calendar")
    assert "春节" in calendar and "17–19 February" in calendar
    assert "National Day on 1 October" in calendar


@pytest.mark.parametrize(("clock", "spring"), [
    (datetime(2027, 1, 2, 9, 0, tzinfo=UTC), "6–8 February (days off in lieu: 9–10 February)"),
    (datetime(2031, 7, 1, 9, 0, tzinfo=UTC), "23–25 January (day off in lieu: 27 January)"),
])
def test_holidays_are_those_of_the_year_the_guide_is_read(kb: KB, clock: datetime,
                                                          spring: str) -> None:
    """Whenever the KB was built: a guide read in 2031 lists 2031's holidays."""
    calendar = section_text(compose(kb, kb.lookup("CN"), now=clock), "calendar")
    assert f"Public holidays in {clock.year}" in calendar
    assert f"{spring}: Chinese New Year (Spring Festival; 春节)" in calendar
    city = compose(kb, kb.lookup("2038632"), now=clock)  # Anshan keeps China's calendar
    assert f"Public holidays in {clock.year} follow China" in section_text(city, "calendar")


def test_a_day_off_in_lieu_is_not_another_day_of_the_holiday(kb: KB) -> None:
    """4 July 2026 is a Saturday: the Friday before is the day off, not a two-day holiday."""
    calendar = section_text(guide(kb, "US"), "calendar")
    assert "4 July (day off in lieu: 3 July): Independence Day" in calendar
    assert "3–4 July" not in calendar
    # holidays stand in order of their own days, not of their days off (in 2026 the
    # Congo's memorial day, 2 August, has its day off on 1 August, Parents' Day)
    for place_id in ("US", "CD"):
        items = [s.text for s in next(s for s in guide(kb, place_id).sections
                                      if s.id == "calendar").statements if s.item]
        days = [datetime.strptime(f"{t.split(':')[0].split(' (')[0].split('–')[0]} 2026",
                                  "%d %B %Y") for t in items]
        assert days == sorted(days), place_id


def test_mongolia_national_symbol_is_the_soyombo(kb: KB) -> None:
    text = section_text(guide(kb, "MN"), "heritage")
    assert "Mongolia has six World Heritage Sites" in text
    assert "Its national symbol is the Soyombo" in text


def test_one_heritage_site_is_singular(kb: KB) -> None:
    singles = [p.id for p in kb.places()
               if (f := kb.facts(p.id, "heritage-count")) and f[0].value["total"] == 1]
    assert singles, "expected a territory with exactly one World Heritage Site"
    text = section_text(guide(kb, singles[0]), "heritage")
    assert "has one World Heritage Site," in text and "Sites" not in text.split(",")[0]


def test_the_bahamas_takes_the_article(kb: KB) -> None:
    g = guide(kb, "BS")
    assert g.title == "A culture guide to the Bahamas"
    assert g.lede.startswith("The Bahamas (巴哈马)")
    assert "A person from the Bahamas is called Bahamian" in section_text(g, "people")


def test_dissolved_entity_says_what_it_was_and_links_successors(kb: KB) -> None:
    g = guide(kb, "AN")
    assert "no longer exists" in g.lede and "10 October 2010" in g.lede
    world = next(s for s in g.sections if s.id == "world")
    linked = {m.value for st in world.statements for m in st.marks if m.kind == "place"}
    assert {"CW", "SX", "BQ"} <= linked
    assert "its two successors are Serbia and Montenegro" in guide(kb, "CS").lede


@pytest.mark.parametrize(("place_id", "opening"), [
    ("KY", "The Cayman Islands (开曼群岛), in North America, are home to "),
    ("FO", "The Faroe Islands (法罗群岛), in Europe, are home to "),
    ("HM", "The Heard Island & McDonald Islands (赫德岛和麦克唐纳群岛), in the Indian Ocean, are "
           "uninhabited and cover 412 km²."),
    ("GEHH", "The Gilbert and Ellice Islands (吉尔柏特及埃里斯群岛) no longer exist: they were "
             "dissolved on 1 January 1976, and their two successors are Kiribati and Tuvalu."),
    ("PC", "The Trust Territory of the Pacific Islands (太平洋诸岛（托管地）) no longer exists: it "
           "was dissolved"),
])
def test_a_group_of_islands_takes_plural_verbs(kb: KB, place_id: str, opening: str) -> None:
    assert guide(kb, place_id).lede.startswith(opening)


def test_every_guide_to_a_group_of_islands_agrees_with_it(kb: KB) -> None:
    """Wherever a guide makes a plural name the subject, the verb is plural too."""
    singular = re.compile(r"\b(?:Islands|Lands|Isles)’? (?:is|was|has|uses|lies|covers)\b"
                          r"|(?:^|[.;] )Its\b")
    groups = [p for p in kb.places() if be(p.name) == "are"]
    assert len(groups) > 15
    wrong = [(p.id, m.group()) for p in groups for text in _texts(guide(kb, p.id))
             if not text.startswith("A person from")  # "a person ... is called"
             for m in singular.finditer(text)]
    assert wrong == []


def _texts(g: Guide) -> list[str]:
    return [g.lede, *(st.text for s in g.sections for st in s.statements)]


def test_a_group_of_islands_has_their_capital(kb: KB) -> None:
    assert guide(kb, "KY").lede.endswith("; their capital is George Town.")
    assert guide(kb, "BS").lede.endswith("; its capital is Nassau.")


@pytest.mark.parametrize(("place_id", "lede", "languages"), [
    ("BV", "Bouvet Island (布韦岛), in the South Atlantic Ocean, is uninhabited and covers 49 km².",
     "Unicode CLDR gives Norwegian as the language of Bouvet Island, where no one lives."),
    ("AQ", "Antarctica (南极洲) has no permanent inhabitants and covers about 14.2 million km².",
     ""),
])
def test_a_place_where_no_one_lives_says_so(kb: KB, place_id: str, lede: str,
                                            languages: str) -> None:
    g = guide(kb, place_id)
    assert g.lede == lede
    assert section_text(g, "languages").startswith(languages)
    assert "%" not in section_text(g, "languages")  # no share of nobody
    assert "conventions" not in {s.id for s in g.sections}  # no one writes prices there


def test_islands_geonames_files_under_antarctica_are_placed_in_their_ocean(kb: KB) -> None:
    # GeoNames' continent "AN" holds Heard Island as well as Antarctica; the lede names the
    # ocean the Factbook's location gives, and cites that location
    islands = [p for p in kb.places() if p.is_territory and p.id != "AQ"
               and any(f.key == "continent" and f.value["code"] == "AN"
                       for f in kb.facts(p.id, "location"))]
    assert {"BV", "GS", "HM", "TF"} <= {p.id for p in islands}
    for island in islands:
        line, cited = lede_line(GuideContext(kb, island, CLOCK))
        assert "Antarctica," not in line.text and " Ocean, " in line.text, line.text
        assert "Geography > Location" in {f.source.field for f in cited}
    assert ", in Europe, is home to" in guide(kb, "NO").lede


def test_where_the_factbook_opens_in_another_continent_the_lede_says_its_region(kb: KB) -> None:
    # GeoNames files Timor-Leste under Oceania; the Factbook's location opens "Southeastern
    # Asia". Russia, under Europe, opens "North Asia" and reaches into Europe: both
    line, cited = lede_line(GuideContext(kb, kb.lookup("TL"), CLOCK))
    assert ", in Southeastern Asia, is home to" in line.text
    assert {f.source.dataset for f in cited if f.topic == "location"} == {"factbook"}
    line, cited = lede_line(GuideContext(kb, kb.lookup("RU"), CLOCK))
    assert ", in Europe and North Asia, is home to" in line.text
    assert {f.source.dataset for f in cited if f.topic == "location"} == {"factbook", "geonames"}
    # the Middle East names no continent: Cyprus stays in GeoNames' Europe, Oman in Asia
    assert ", in Europe, is home to" in guide(kb, "CY").lede
    assert ", in Asia, is home to" in guide(kb, "OM").lede


def test_a_dependency_says_its_status_as_the_factbook_gives_it(kb: KB) -> None:
    assert ("On the status of Hong Kong, the Factbook says: “special administrative region "
            "of the People's Republic of China”.") in section_text(guide(kb, "HK"), "world")
    # parts with different statuses are named; parts with one status say it once
    outlying = section_text(guide(kb, "UM"), "world")
    assert "Wake Island: “unincorporated, unorganized territory of the US”;" in outlying
    assert "the Factbook says: “territory of Norway”." in section_text(guide(kb, "SJ"), "world")
    assert "On the status" not in section_text(guide(kb, "NO"), "world")


def test_a_city_counted_above_its_whole_territory_says_the_sources_disagree(kb: KB) -> None:
    # GeoNames' figure for a city can exceed the Factbook's for its whole territory; both
    # the territory's list of cities and the city's lede say so, citing both
    above = [(t, c) for t in kb.places() if t.status == "current"
             and (whole := guide(kb, t.id).lede)
             for c in kb.places(("city",), country=t.id)[:1]
             if (n := re.search(r"home to (?:about )?([\d,.]+)( million)? people", whole))
             and (c.population or 0) > float(n.group(1).replace(",", "")) * (
                 1e6 if n.group(2) else 1)]
    assert {t.id for t, _ in above} >= {"CK", "PM"}
    for territory, city in above:
        said = f"GeoNames’ figure for {city.name} ("
        assert said in section_text(guide(kb, territory.id), "cities"), territory.id
        assert said in guide(kb, city.id).lede
    assert "the Factbook’s for all of the Cook Islands (7,592, a 2025 estimate): the sources " \
        "disagree." in section_text(guide(kb, "CK"), "cities")
    assert "sources disagree" not in section_text(guide(kb, "NZ"), "cities")


def _scripts_said(text: str) -> dict[str, str]:
    """Language -> script as a languages section says them ("Scripts in use: Latin for
    Uzbek; Cyrillic for Russian." or "Russian is written in the Cyrillic script.")."""
    said: dict[str, str] = {}
    if (one := re.search(r"(?:^|\. )([^.]+?) (?:is|are) written in (?:the )?(.+?)(?: script)?\.",
                         text)) and "Scripts in use" not in text:
        for language in re.split(r", | and ", one.group(1)):
            said[language] = one.group(2)
    if (many := re.search(r"Scripts in use: (.+?)\.(?: |$)", text)):
        for part in many.group(1).split("; "):
            script, _, languages = part.partition(" for ")
            for language in re.split(r", | and ", languages):
                said[language] = script
    return said


def test_a_language_is_said_to_be_written_in_its_usual_script(kb: KB) -> None:
    # CLDR lists rare script variants beside a language (English in Shavian, 0.0% in the
    # UK; Hindi in Latin letters, 0.1% in India): the language is said in its own script
    from loci.guides.scripts import likely_script, script_name

    checked = 0
    for territory in kb.places():
        rows = [f for f in kb.facts(territory.id, "language") if f.source.dataset == "cldr"
                and isinstance(f.value, dict) and f.value.get("code")]
        said = _scripts_said(section_text(guide(kb, territory.id), "languages"))
        usual: dict[str, set[str]] = {}  # each language's scripts by its most spoken rows
        top: dict[str, float] = {}
        for row in sorted(rows, key=lambda f: -f.value["percent"]):  # CLDR ties: either
            name, share = row.value["name"], row.value["percent"]
            script = row.value["script"] or likely_script(row.value["code"], territory.id)
            if script and top.setdefault(name, share) == share:
                usual.setdefault(name, set()).add(script_name(script))
        wrong = {n: s for n, s in said.items() if n in usual and s not in usual[n]}
        assert not wrong, (territory.id, wrong)
        checked += len(said)
    assert checked > 300
    assert "Latin for English" in section_text(guide(kb, "GB"), "languages") or \
        "written in the Latin script" in section_text(guide(kb, "GB"), "languages")
    assert "Latin for Uzbek; Cyrillic for Russian" in section_text(guide(kb, "UZ"), "languages")
    assert "Cyrillic for Serbian" in section_text(guide(kb, "RS"), "languages")
    # Cantonese: traditional characters in Hong Kong, simplified in China (CLDR's yue_CN)
    assert "simplified Chinese characters for Chinese, Wu Chinese and Cantonese" in \
        section_text(guide(kb, "CN"), "languages")


def test_a_citys_reference_places_have_names_of_their_own(kb: KB) -> None:
    # a city is placed beside larger ones; never beside one of its own name, and never
    # twice beside two of one name ("114 km ... of Tabuk, 123 km ... of Tabuk")
    from loci.guides.geo import city_index
    from loci.text import fold

    index, checked = city_index(kb), 0
    for country in ("BR", "PH", "HN", "PK", "US", "CN", "IN"):
        for city in kb.places(("city",), country=country)[:400]:
            names = [fold(n.city.name) for n in index.nearest_larger(city, [country])]
            assert fold(city.name) not in names and len(names) == len(set(names)), city.name
            checked += len(names)
    assert checked > 3000


def test_a_census_category_is_no_language_religion_or_group(kb: KB) -> None:
    # censuses count people who gave no answer, or are too young to speak, beside the
    # languages; prose names the languages only ("persons under 5 or mute" is none)
    from loci.guides.shares import RESIDUAL

    for category in ("persons under 5 or mute", "no answer", "undeclared or unknown",
                     "other or not stated", "two languages", "other", "none"):
        assert RESIDUAL.search(category), category
    for group in ("other Christian", "Bosnian", "Other Asian", "Non-denominational"):
        assert not RESIDUAL.search(group), group
    for place_id, category in (("HK", "persons under 5"), ("BA", "no answer"),
                               ("RS", "undeclared"), ("MU", "two languages")):
        assert category not in section_text(guide(kb, place_id), "languages").lower()


@pytest.mark.parametrize(("country", "city", "where"), [
    ("AU", "Darwin", "in the Northern Territory (北领地), Australia"),
    ("PH", "Quezon City", "in the National Capital Region, the Philippines"),
])
def test_a_region_named_with_a_common_noun_takes_the(kb: KB, country: str, city: str,
                                                     where: str) -> None:
    place = next(c for c in kb.places(("city",), country=country) if c.name == city)
    assert where in compose(kb, place, now=CLOCK).lede
    assert the("La Union") == "La Union"  # a name with its own article takes none


@pytest.mark.parametrize(("place_id", "said"), [
    ("JP", "The national holiday is the Birthday of Emperor Naruhito on 23 February"),
    ("MS", "the Official birthday of King Charles III, usually on the second Saturday in June"),
    ("US", "The national holiday is Independence Day on 4 July (1776)."),
])
def test_a_national_holiday_reads_as_a_name_in_prose(kb: KB, place_id: str, said: str) -> None:
    # a name made of a noun and "of" takes "the"; "usually" qualifies the day, it is no note
    text = section_text(guide(kb, place_id), "calendar")
    assert said in text and "(usually" not in text


@pytest.mark.parametrize(("place_id", "said"), [
    ("BW", "A person from Botswana is called Motswana, which is also the adjective."),
    ("GB", "A person from the United Kingdom is called Briton; the adjective is British."),
    ("LS", "A person from Lesotho is called Mosotho; the adjective is Basotho."),
])
def test_a_person_is_called_by_a_singular_word(kb: KB, place_id: str, said: str) -> None:
    # the Factbook gives plural forms beside the singular ("Batswana (plural)", "British
    # (collective plural)"): no name for one person
    assert said in section_text(guide(kb, place_id), "people")


def test_a_language_written_in_two_scripts_names_each(kb: KB) -> None:
    # Uzbekistan's own name in Uzbek, in Latin and in Cyrillic letters: each says which
    names = section_text(guide(kb, "UZ"), "at-a-glance")
    assert "Oʻzbekiston in Uzbek (Latin) and Ўзбекистон in Uzbek (Cyrillic)" in names
    assert "Беларусь in Russian and Belarusian" in section_text(guide(kb, "BY"), "at-a-glance")


def test_a_dissolved_states_towns_are_named_only_where_its_land_was_its_successors(
        kb: KB) -> None:
    soviet = section_text(guide(kb, "SU"), "cities")
    assert "towns now lie in its successors" in soviet and "Moscow" in soviet
    # East Germany's successor is Germany, whose largest cities were West German
    assert not [s for s in guide(kb, "DD").sections if s.id == "cities"]


@pytest.mark.parametrize(("place_id", "ending"), [
    ("MC", "; its capital is the city of Monaco."),
    ("LU", "; its capital is the city of Luxembourg."),
    ("VA", "is home to 1,000 people (2024 estimate)."),  # no "its capital is Vatican City"
])
def test_a_capital_of_the_same_name_is_said_to_be_the_city(kb: KB, place_id: str,
                                                           ending: str) -> None:
    assert guide(kb, place_id).lede.endswith(ending)


@pytest.mark.parametrize(("place_id", "anthem"), [
    ("XK", "The anthem is “Europe”, by Mendi Mengjiqi, with no words, adopted in 2008."),
    ("TW", "by Hu Han-min, Tai Chi-t'ao, Liao Chung-k'ai and Cheng Mao-yun, adopted in 1937."),
    ("IL", "by Naftali Herz Imber and a traditional tune arranged by Samuel Cohen"),
])
def test_an_anthems_credits_read_as_a_list_of_people(kb: KB, place_id: str,
                                                      anthem: str) -> None:
    assert anthem in section_text(guide(kb, place_id), "heritage")


def test_a_demonym_is_a_list_of_words_or_none_at_all(kb: KB) -> None:
    assert "is called Wallisian, Futunan or Wallis and Futuna Islander;" in section_text(
        guide(kb, "WF"), "people")
    assert "A person from Taiwan" not in section_text(guide(kb, "TW"), "people")


@pytest.mark.parametrize(("place_id", "capital"), [
    ("IS", "Reykjavík"), ("FO", "Tórshavn"), ("CM", "Yaoundé"),  # the Factbook's lack marks
    ("MV", "Malé"),  # the Factbook's has them, GeoNames' not
])
def test_a_capital_is_spelt_as_its_citys_guide_spells_it(kb: KB, place_id: str,
                                                         capital: str) -> None:
    g = guide(kb, place_id)
    assert g.lede.endswith(f" capital is {capital}.")
    assert f"Capital: {capital}" in section_text(g, "at-a-glance")


@pytest.mark.parametrize(("place_id", "borders"), [
    ("HK", "Hong Kong has a land border with China (33 km) and a coastline of 733 km."),
    ("LS", "Lesotho has a land border with South Africa (1,106 km) and no coastline."),
])
def test_one_neighbour_is_one_land_border(kb: KB, place_id: str, borders: str) -> None:
    assert borders in section_text(guide(kb, place_id), "world")


def test_a_place_the_factbook_gives_in_parts_lists_each_part_once(kb: KB) -> None:
    """Palestine is the West Bank and the Gaza Strip in the Factbook: their lists are given
    part by part, not run together ("Israel (330 km), ... and Israel (59 km)")."""
    g = guide(kb, "PS")
    world, people = section_text(g, "world"), section_text(g, "people")
    assert "The West Bank has land borders with Israel (330 km) and Jordan (148 km), and no " \
           "coastline." in world
    assert "The Gaza Strip has land borders with Egypt (13 km) and Israel (59 km), and a " \
           "coastline of 40 km." in world
    assert "Palestinian Arab and Jewish in the West Bank; Palestinian Arab in the Gaza Strip" \
        in people
    belief = section_text(g, "belief")
    assert belief.count("Muslim") == 2 and "in the West Bank; Muslim" in belief
    exports = [st.text for s in g.sections if s.id == "work" for st in s.statements
               if "exports" in st.text]
    assert len(exports) == 1 and "West Bank" not in exports[0]  # the same list in both parts
    assert "Time zones: UTC+2 (Asia/Gaza and Asia/Hebron)" in section_text(g, "at-a-glance")


@pytest.mark.parametrize(("place_id", "said"), [
    ("FR", "France has 54 World Heritage Sites: 46 cultural, seven natural and one mixed; "
           "the Factbook lists 15 of them."),  # a selection
    ("KP", "North Korea has two World Heritage Sites; the Factbook lists three."),  # its
    # breakdown, "both cultural, one mixed", adds up to three: not given
    ("CN", "China has 60 World Heritage Sites: 41 cultural, 15 natural and four mixed."),
])
def test_the_heritage_count_says_how_the_list_below_it_stands(kb: KB, place_id: str,
                                                               said: str) -> None:
    assert said in section_text(guide(kb, place_id), "heritage")


def test_a_city_is_placed_without_saying_its_name_twice_or_leaving_a_border_unsaid(
        kb: KB) -> None:
    assert guide(kb, "1796236").lede.startswith(  # Shanghai, in Shanghai municipality
        "Shanghai (上海) is a city of about 24.9 million people in China")
    andorra = guide(kb, "3041563").lede  # its nearest larger city is in Spain
    assert andorra.endswith("about 84 km north-west of Manlleu, Spain.")


def test_lists_of_neighbours_zones_and_languages_read_as_a_reader_counts(kb: KB) -> None:
    china = section_text(guide(kb, "CN"), "world")
    assert china.index("Mongolia") < china.index("Myanmar") < china.index("Nepal")  # A–Z
    us = guide(kb, "US")
    assert "Time zones: six offsets, from UTC-10 to UTC-5" in section_text(us, "at-a-glance")
    assert "Official language: English" in section_text(us, "at-a-glance")
    assert "English (78.2% speak only English) is the official language" in section_text(
        us, "languages")


def test_a_capital_of_a_few_people_is_a_settlement(kb: KB) -> None:
    grytviken = guide(kb, "3426466").lede
    assert grytviken.startswith("Grytviken (古利德维肯) is a settlement of 2 people")
    assert guide(kb, "2038632").lede.startswith("Anshan (鞍山) is a city of")


def test_tristan_says_which_figures_are_saint_helenas(kb: KB) -> None:
    g = guide(kb, "SH-TA")
    assert g.lede.startswith("Tristan da Cunha") and "is part of" in g.lede
    belief = section_text(g, "belief")
    assert "has no figures of its own here" in belief
    history = section_text(g, "history")
    assert "Tristan da Cunha:" in history  # the paragraph about Tristan itself is quoted
    assert "Edinburgh of the Seven Seas" in section_text(g, "cities")


def test_anshan_reads_like_the_issue(kb: KB) -> None:
    g = guide(kb, "2038632")
    assert g.lede == ("Anshan (鞍山) is a city of 1.45 million people in Liaoning (辽宁), "
                      "China, about 83 km south-south-west of Shenyang.")
    glance = section_text(g, "at-a-glance")
    assert "鞍山 (Ānshān)" in glance
    assert "it was 20:00 on Saturday" in section_text(g, "local-time")
    assert "春节" in section_text(g, "calendar")
    linked = {m.value for s in g.sections for st in s.statements for m in st.marks
              if m.kind == "place"}
    assert "CN" in linked and any(p.name == "Shenyang" for p in g.related)


def test_conventions_are_formatted_in_the_main_locale(kb: KB) -> None:
    text = section_text(guide(kb, "CN"), "conventions")
    assert "¥1,234.50" in text and "2026/11/28" in text and "2026年11月28日" in text
    assert "1.234.567,891" in section_text(guide(kb, "BO"), "conventions")


def test_charts_are_accessible_svg(kb: KB) -> None:
    g = guide(kb, "CN")
    chart = next(c for s in g.sections for c in s.charts if c.id == "religions")
    assert chart.svg.startswith("<svg") and 'role="img"' in chart.svg
    assert 'aria-labelledby="cn-religions-title cn-religions-desc"' in chart.svg
    assert "<title id=\"cn-religions-title\">Religions in China</title>" in chart.svg
    assert "Buddhist" in chart.svg and "18.2%" in chart.svg
    assert chart.alt.startswith("Religions in China: ") and "(2021 estimate)" in chart.alt
    assert "stylesheet" not in chart.svg and "<style" not in chart.svg
    values = [b.value for b in chart.bars if b.label not in ("Other", "Unspecified")]
    assert values == sorted(values, reverse=True)


# prose helpers ------------------------------------------------------------------


def test_natural_lists() -> None:
    assert natural_list(["Spanish", "Quechua", "Aymara"]) == "Spanish, Quechua and Aymara"
    assert natural_list(["Serbia", "Montenegro"]) == "Serbia and Montenegro"
    assert natural_list(["English"]) == "English"
    assert natural_list([]) == ""


@pytest.mark.parametrize(("value", "text"), [
    (1_450_000, "1.45 million"), (1_411_778_724, "about 1.41 billion"),
    (782_318, "about 782,000"), (5_633, "5,633"), (1_000_000, "1 million"),
])
def test_numbers_for_readers(value: int, text: str) -> None:
    assert about(value) == text


def test_people_plurals_and_articles() -> None:
    assert people(1) == "one person"
    assert plural(1, "World Heritage Site") == "one World Heritage Site"
    assert plural(60, "World Heritage Site") == "60 World Heritage Sites"
    assert the("Bahamas") == "the Bahamas" and the("Bhutan") == "Bhutan"
    assert the("Central African Republic") == "the Central African Republic"
    assert possessive("the Bahamas") == "the Bahamas’" and possessive("China") == "China’s"
    assert percent(91.1) == "91.1%" and percent(9.0) == "9%" and percent(0.01) == "<0.1%"
    assert quantity(1_450_000) == ("1.45 million", False)
    assert be("Pitcairn Islands") == "are" and be("Bahamas") == be("Netherlands") == "is"
    assert be("Trust Territory of the Pacific Islands") == "is"  # one territory of them


def test_geo_anshan_to_shenyang() -> None:
    anshan, shenyang = (41.12361, 122.99), (41.79222, 123.43278)
    assert round(haversine_km(*shenyang, *anshan)) == 83
    assert compass(bearing(*shenyang, *anshan)) == "south-south-west"
    assert compass(bearing(*anshan, *shenyang)) == "north-north-east"
    assert compass(359) == "north" and compass(90) == "east"


@pytest.mark.parametrize(("place_id", "said"), [
    # a short form is given with the name it shortens, as one name
    ("BY", "Belarus was called Byelorussia, Belorussia, White Russia and the Byelorussian "
           "Soviet Socialist Republic (Byelorussian SSR) until 1991."),
    ("RU", "Russia was called the Russian Soviet Federative Socialist Republic (Russian SFSR) "
           "until 1991;"),
    ("SZ", "Eswatini was called Swaziland until 2018."),
    ("CD", "was called the Congo Free State until 1908; the Belgian Congo until 1960;"),
    ("MM", "Myanmar was called Burma until 1989; among its former names the Factbook also "
           "gives the Union of Myanmar."),
    # an inverted spelling of a name already given ("Macedonia, Former Yugoslav Republic
    # of") is left out
    ("MK", "the Former Yugoslav Republic of Macedonia (FYROM) until 2019."),
    ("TV", "Tuvalu was called the Ellice Islands until 1978."),
    ("GH", "Ghana was called the Gold Coast until 1957."),
])
def test_a_renamed_territory_says_what_it_was_called(kb: KB, place_id: str, said: str) -> None:
    history = next(s for s in guide(kb, place_id).sections if s.id == "history")
    first = history.statements[0]
    assert said in first.text
    assert "loci-curated" in {f.source.dataset for f in first.facts}


def test_a_name_cut_to_initials_is_told_from_names_that_are_not() -> None:
    from loci.guides.sections.history import shortens, with_short_forms

    assert shortens("Uzbek SSR", "Uzbek Soviet Socialist Republic")
    assert shortens("UAR", "United Arab Republic")
    assert not shortens("Uzbek SSR", "Turkmen Soviet Socialist Republic")
    assert not shortens("UAR", "United Arab Emirates")
    assert not shortens("Upper Volta", "Upper Volta Republic")  # no initials
    assert with_short_forms(["Dahomey", "PRB", "People's Republic of Benin"]) == [
        "Dahomey", "People's Republic of Benin (PRB)"]


def test_the_factbooks_undated_former_names_are_said_as_its_own(kb: KB) -> None:
    # they include entities a place grew out of (Israel's "Mandatory Palestine"), so they
    # are the Factbook's word, not "was formerly called"
    history = section_text(guide(kb, "IL"), "history")
    assert "Among Israel’s former names, the Factbook gives Mandatory Palestine." in history
    assert "formerly called" not in history


def test_the_factbooks_count_of_time_zones_is_given_where_cldr_lists_another(kb: KB) -> None:
    # CLDR lists Asia/Urumqi for China beside Asia/Shanghai; the Factbook counts one zone
    china = section_text(guide(kb, "CN"), "at-a-glance")
    assert "UTC+6 (Asia/Urumqi); the Factbook counts one: “China is the largest" in china
    # Russia's eleven zones are eleven offsets in CLDR too: nothing to add
    russia = section_text(guide(kb, "RU"), "at-a-glance")
    assert "11 offsets" in russia and "Factbook counts" not in russia


def test_a_national_holiday_the_sources_date_apart_says_both_days(kb: KB) -> None:
    # the Factbook's rule and the holidays package's day; a fixed date and another day
    assert ("In 2026 the first Monday in August is 3 August, and the holidays package keeps "
            "Constitution Day on 4 August.") in section_text(guide(kb, "CK"), "calendar")
    assert ("In 2026 the holidays package keeps Independence Day on 22 April instead."
            in section_text(guide(kb, "IL"), "calendar"))
    # where the two agree (4 July), nothing more is said
    assert "holidays package keeps" not in section_text(guide(kb, "US"), "calendar")


@pytest.mark.parametrize(("written", "year", "day"), [
    ("the first Monday in August", 2026, (8, 3)),
    ("the last Friday of May", 2027, (5, 28)),
    ("the second Saturday in June", 2030, (6, 8)),
    ("the fourth Thursday in November", 2026, (11, 26)),
])
def test_a_national_holidays_rule_gives_its_day_in_a_year(written: str, year: int,
                                                          day: tuple[int, int]) -> None:
    from loci.guides.sections.calendar import national_date
    from loci.kb import FactRow, SourceRef

    source = SourceRef("factbook", "", "Government > National holiday")
    fact = FactRow("XX", "national-holiday", "x", {"name": "X Day", "date_text": written},
                   written, source)
    found = national_date(fact, year)
    assert found is not None and (found.month, found.day) == day


def test_a_calendar_taken_from_another_authority_says_whose_it_is(
        kb: KB, resolver: Resolver) -> None:
    # the holidays package's Western Sahara calendar is the SADR's, from its constitutions
    said = ("as the holidays package gives them from the constitutions of the Sahrawi Arab "
            "Democratic Republic (proclaimed by the Polisario Front):")
    assert said in section_text(guide(kb, "EH"), "calendar")
    found = resolver.best("Laayoune")
    assert found is not None and found.place.country == "EH"
    city = " ".join(st.text for s in compose(kb, found.place, now=CLOCK).sections
                    if s.id == "calendar" for st in s.statements)
    assert "calendar, as the holidays package gives it from the constitutions" in city
    # a calendar of the place's own government says nothing of whose it is
    assert "holidays package gives" not in section_text(guide(kb, "MA"), "calendar")


def test_the_landscape_names_the_highest_and_lowest_points_rivers_and_lakes(kb: KB) -> None:
    world = section_text(guide(kb, "NP"), "world")
    assert "The highest point is Mount Everest (8,849 m), and the lowest is Kanchan Kalan " \
           "(70 m)." in world
    # below the sea, and at it; a river by its English name before its own
    assert "the lowest is the Qattara Depression (133 m below sea level)" in section_text(
        guide(kb, "EG"), "world")
    assert "the lowest is sea level, on the Pacific Ocean" in section_text(guide(kb, "PE"),
                                                                            "world")
    angola = section_text(guide(kb, "AO"), "world")
    assert "the Zambezi (Rio Zambeze, 2,740 km, shared with Zambia," in angola
    # three of each at most
    assert section_text(guide(kb, "RU"), "world").count(" km²") == 3


def test_a_district_of_a_city_is_called_so(kb: KB, resolver: Resolver) -> None:
    found = resolver.best("Pudong")
    assert found is not None
    lede = compose(kb, found.place, now=CLOCK).lede
    assert lede.startswith("Pudong (浦东) is a district of Shanghai, with about 5.68 million "
                           "people, in Shanghai")
    assert " km " not in lede  # no "3 km from Shanghai": it is part of it


def test_a_territory_never_renamed_says_nothing_of_it(kb: KB) -> None:
    assert "was called" not in section_text(guide(kb, "BT"), "history")


def test_the_sources_section_names_every_topic_in_words() -> None:
    from loci.guides.sections.sources import _TOPIC_WORDS
    from loci.sources.records import TOPICS

    assert not [t for t in TOPICS if "-" in _TOPIC_WORDS.get(t, t)]


def test_a_citys_two_figures_say_which_is_which(kb: KB) -> None:
    """The Factbook counts Shanghai's urban area, GeoNames the city: both appear on the
    China guide, each saying what it counts."""
    g = guide(kb, "CN")
    assert "The largest urban areas, suburbs included, are Shanghai" in section_text(g, "people")
    # a small state's capital, listed alone, is not called its largest urban area
    belize = section_text(guide(kb, "BZ"), "people")
    assert "The Factbook's one major urban area, suburbs included, is Belmopan" in belize
    assert "GeoNames' figure for each city itself" in section_text(g, "cities")
