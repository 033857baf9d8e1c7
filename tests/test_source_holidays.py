"""The holidays source: this year's and next year's public holidays per place."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date

import pytest

from loci.sources import public_holidays
from loci.sources.records import Fact, Problem, Record
from places_from_pycountry import pycountry_context

THIS_YEAR = date.today().year


@pytest.fixture(scope="module")
def records() -> list[Record]:
    return list(public_holidays.read(pycountry_context(THIS_YEAR)))


def holidays_of(records: list[Record], place: str) -> list[Fact]:
    return [r for r in records if isinstance(r, Fact) and r.place == place]


def test_china_has_spring_festival_with_its_chinese_name(records: list[Record]) -> None:
    spring = [f.value for f in holidays_of(records, "CN")
              if f.value["local_name"] == "春节" and f.value["date"].startswith(str(THIS_YEAR))]
    assert spring
    assert spring[0]["lang"] == "zh-Hans"
    assert "Spring Festival" in spring[0]["name"]


def test_taiwan_names_are_traditional_with_a_simplified_twin(records: list[Record]) -> None:
    new_year = [f.value for f in holidays_of(records, "TW") if f.value["local_name"] == "春節"]
    assert new_year
    assert (new_year[0]["lang"], new_year[0]["zh_name"]) == ("zh-Hant", "春节")


def test_english_speaking_countries_have_no_local_name(records: list[Record]) -> None:
    assert all(f.value["local_name"] is None for f in holidays_of(records, "GB"))


def test_two_years_are_covered(records: list[Record]) -> None:
    years = {f.value["date"][:4] for f in holidays_of(records, "FR")}
    assert years == {str(THIS_YEAR), str(THIS_YEAR + 1)}


def test_ascension_and_tristan_follow_their_subdivision_calendars(records: list[Record]) -> None:
    ascension = {f.value["name"] for f in holidays_of(records, "SH-AC")}
    tristan = {f.value["name"] for f in holidays_of(records, "SH-TA")}
    st_helena = {f.value["name"] for f in holidays_of(records, "SH")}
    assert {"Christmas Day", "Ascension Day"} <= ascension
    assert "Anniversary Day" in tristan
    assert "Saint Helena Day" in st_helena
    assert "Saint Helena Day" not in ascension


def test_places_without_a_calendar_have_no_holidays_and_no_problems(
    records: list[Record],
) -> None:
    assert not [r for r in records if isinstance(r, Problem)]
    for place in ("BV", "AN", "CS"):  # Bouvet Island has none; AN, CS are withdrawn
        assert not holidays_of(records, place)


def test_keys_are_unique_and_values_serialisable(records: list[Record]) -> None:
    facts = [r for r in records if isinstance(r, Fact)]
    assert len(facts) > 5000
    assert max(Counter((f.place, f.key) for f in facts).values()) == 1
    json.dumps([f.value for f in facts])
    first = facts[0]
    assert first.key.startswith(first.value["date"] + "-")
