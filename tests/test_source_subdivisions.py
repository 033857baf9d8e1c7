"""Subdivisions' names in other languages, from the iso3166-2 package."""

from __future__ import annotations

import pycountry
import pytest

from loci.sources import subdivision_names
from loci.sources.records import Name, Place, Record
from places_from_pycountry import pycountry_context


@pytest.fixture(scope="module")
def records() -> list[Record]:
    ctx = pycountry_context()
    for s in pycountry.subdivisions:
        ctx.places[s.code] = Place(id=s.code, kind="subdivision", name=s.name,
                                   country=s.country_code)
        ctx.names.append(Name(s.code, s.name, "und", "short"))
    return list(subdivision_names.read(ctx))


def named(records: list[Record], place: str) -> dict[str, tuple[str, str]]:
    return {r.name: (r.lang, r.kind) for r in records if isinstance(r, Name) and r.place == place}


@pytest.mark.parametrize(("text", "pairs"), [
    ("Bavaria (eng), Free State of Bavaria (eng)",
     [("Bavaria", "en"), ("Free State of Bavaria", "en")]),
    ("Tuscany (eng), Toscana (ita-tus)", [("Tuscany", "en"), ("Toscana", "it")]),
    ("四川 (zho), Sìchuān (zho), Sichuan (eng)",
     [("四川", "zh"), ("Sìchuān", "zh"), ("Sichuan", "en")]),
    ("", []),
])
def test_other_names_are_read_with_their_language(text: str,
                                                  pairs: list[tuple[str, str]]) -> None:
    assert list(subdivision_names.other_names(text)) == pairs


def test_english_names_are_look_up_variants(records: list[Record]) -> None:
    assert named(records, "DE-BY")["Bavaria"] == ("en", "variant")
    assert named(records, "ES-AN")["Andalusia"] == ("en", "variant")
    assert named(records, "TD-LC")["Lake"] == ("en", "variant")  # a translation, not a name


def test_nicknames_and_known_names_are_left_out(records: list[Record]) -> None:
    assert "The Golden State" not in named(records, "US-CA")
    assert "Land of many waters" not in named(records, "CO-GUA")
    assert "Bayern" not in named(records, "DE-BY")  # ISO's own name already
    assert len(records) > 2000 and all(isinstance(r, Name) for r in records)
