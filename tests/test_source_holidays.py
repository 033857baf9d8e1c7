"""The holidays source: the calendar each place keeps, and any year's holidays from it."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from loci.kb import KB
from loci.sources import public_holidays
from loci.sources.records import Fact, Problem, Record
from places_from_pycountry import pycountry_context

YEARS = (2027, 2031, 2052)  # none of them the year the test KB was built in, whenever that is


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return list(public_holidays.read(pycountry_context(2026)))


def calendars(records: list[Record]) -> dict[str, Fact]:
    return {r.place: r for r in records if isinstance(r, Fact)}


def holidays_of(records: list[Record], place: str, year: int) -> list[Fact]:
    calendar = calendars(records).get(place)
    return public_holidays.holidays_in(place, calendar.value, year) if calendar else []


@pytest.mark.parametrize("year", YEARS)
def test_china_has_spring_festival_with_its_chinese_name(records: list[Record],
                                                         year: int) -> None:
    spring = [f.value for f in holidays_of(records, "CN", year) if f.value["local_name"] == "春节"]
    assert spring and all(v["date"].startswith(str(year)) for v in spring)
    assert spring[0]["lang"] == "zh-Hans"
    assert "Spring Festival" in spring[0]["name"]


def test_taiwan_names_are_traditional_with_a_simplified_twin(records: list[Record]) -> None:
    new_year = [f.value for f in holidays_of(records, "TW", 2031)
                if f.value["local_name"] == "春節"]
    assert new_year
    assert (new_year[0]["lang"], new_year[0]["zh_name"]) == ("zh-Hant", "春节")


def test_english_speaking_countries_have_no_local_name(records: list[Record]) -> None:
    facts = holidays_of(records, "GB", 2031)
    assert facts and all(f.value["local_name"] is None for f in facts)


def test_ascension_and_tristan_follow_their_subdivision_calendars(records: list[Record]) -> None:
    ascension = {f.value["name"] for f in holidays_of(records, "SH-AC", 2031)}
    tristan = {f.value["name"] for f in holidays_of(records, "SH-TA", 2031)}
    st_helena = {f.value["name"] for f in holidays_of(records, "SH", 2031)}
    assert {"Christmas Day", "Ascension Day"} <= ascension
    assert "Anniversary Day" in tristan
    assert "Saint Helena Day" in st_helena
    assert "Saint Helena Day" not in ascension


def test_places_without_holidays_have_none_and_no_problems(records: list[Record]) -> None:
    assert not [r for r in records if isinstance(r, Problem)]
    for place in ("AN", "CS"):  # withdrawn: no calendar at all
        assert place not in calendars(records)
    assert "BV" in calendars(records) and not holidays_of(records, "BV", 2031)  # uninhabited


def test_the_calendar_names_its_holidays(records: list[Record]) -> None:
    mongolia = calendars(records)["MN"]
    assert mongolia.topic == "holiday-calendar" and mongolia.value == {
        "country": "MN", "subdiv": None, "basis": None}
    assert "Genghis Khan's Birthday" in mongolia.text
    assert calendars(records)["SH-TA"].value == {"country": "SH", "subdiv": "TA", "basis": None}
    assert "Polisario" in calendars(records)["EH"].value["basis"]


def test_keys_are_unique_and_values_serialisable(records: list[Record]) -> None:
    facts = [f for place in calendars(records) for f in holidays_of(records, place, 2031)]
    assert len(facts) > 2500
    assert max(Counter((f.place, f.key) for f in facts).values()) == 1
    json.dumps([f.value for f in facts])
    first = facts[0]
    assert first.key.startswith(first.value["date"] + "-")


@pytest.mark.parametrize("year", YEARS)
def test_the_knowledge_base_answers_for_any_year(kb: KB, year: int) -> None:
    national = [f for f in kb.holidays("CN", year) if f.value["name"] == "National Day"]
    assert [f.value["date"] for f in national][:1] == [f"{year}-10-01"]
    assert national[0].source.dataset == "holidays" and national[0].source.version
    assert national[0].topic == "holiday"
    assert not kb.facts("CN", "holiday")  # computed, never stored for one year


@pytest.mark.parametrize(("place", "day", "pairs"), [
    ("IT", "2026-11-01", {"All Saints' Day": "Ognissanti",
                          "National Unity Day": "Giorno dell'unità nazionale"}),
    ("RO", "2026-06-01", {"Children's Day": "Ziua Copilului", "Pentecost": "Rusaliile"}),
    ("CD", "2026-08-01", {"Parents' Day": "Fête des parents",
                          "Congolese Genocide Memorial Day (observed)":
                          "Journée commémorative du génocide Congolais (observé)"}),
])
def test_two_holidays_on_one_day_keep_their_own_local_names(
        records: list[Record], place: str, day: str, pairs: dict[str, str]) -> None:
    """The package lists a day's holidays alphabetically in each language, so the second
    English name is not always the second local one."""
    found = {f.value["name"]: f.value["local_name"] for f in holidays_of(records, place, 2026)
             if f.value["date"] == day}
    assert found == pairs


@pytest.mark.parametrize("year", [2026, 2031])  # India's lunar holidays end in 2035
def test_every_local_name_translates_back_to_its_english_one(records: list[Record],
                                                             year: int) -> None:
    import holidays

    checked = 0
    for place, calendar in calendars(records).items():
        country = str(calendar.value["country"])
        english = holidays.country_holidays(country, language="en_US") \
            if "en_US" in getattr(holidays, country).supported_languages else None  # no year
        for fact in holidays_of(records, place, year):
            local = fact.value["local_name"]
            if english is None or local is None or english.tr(local) == local:
                continue  # no local name, or one the package composes ("... (observé)")
            assert english.tr(local) == fact.value["name"], (place, fact.value)
            checked += 1
    assert checked > 1_000
