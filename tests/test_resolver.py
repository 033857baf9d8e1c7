"""Resolving names from the wild: the seed's whole list, other languages, typos, codes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loci.curated import seed_territories
from loci.errors import InputError
from loci.places import Resolver

# The seed's own spellings whose place is not the obvious one.
SEED_SPECIAL = {
    "Aland lslands": ("AX", "fuzzy"),
    "Frech\u00a0Polynesia": ("PF", "fuzzy"),
    "White\u00a0Russia": ("BY", "former"),
    "Swaziland": ("SZ", "former"),
    "Macedonia,Former\u00a0Yugoslav\u00a0Republic\u00a0of": ("MK", "former"),
    "Cape\u00a0Verde": ("CV", "former"),
    "Netherlands\u00a0Antilles": ("AN", "exact"),
    "Serbia,Montenegro": ("CS", "alias"),
    "Ascension\u00a0Island": ("SH-AC", "exact"),
    "Tristan\u00a0da\u00a0Cunha": ("SH-TA", "exact"),
    "St.Helena": ("SH", "alias"),
    "Congo": ("CG", "exact"),
    "Congo(DRC)": ("CD", "alias"),
    "Palestinian\u00a0Authority": ("PS", "alias"),
    "Virgin\u00a0Islands": ("VI", "alias"),
    "Virgin\u00a0Islands,British": ("VG", "exact"),
    "Cocos(Keeling)Islands": ("CC", "exact"),
    "Georgia": ("GE", "exact"),
}


def test_every_seed_name_resolves_to_a_distinct_territory(resolver: Resolver) -> None:
    names = seed_territories()
    assert len(names) == 204
    assert sum("\u00a0" in n for n in names) == 55
    found = {}
    for name in names:
        best = resolver.best(name)
        assert best is not None, name
        assert best.place.is_territory, (name, best)
        found[name] = best.place.id
    assert len(set(found.values())) == 204


@pytest.mark.parametrize(("name", "expected"), sorted(SEED_SPECIAL.items()))
def test_seed_spellings(resolver: Resolver, name: str, expected: tuple[str, str]) -> None:
    best = resolver.best(name)
    assert best is not None
    assert (best.place.id, best.how) == expected


def test_former_names_carry_the_year(resolver: Resolver) -> None:
    best = resolver.best("swaziland")
    assert best is not None and (best.place.name, best.year) == ("Eswatini", 2018)


@pytest.mark.parametrize(("name", "place_id"), [
    ("鞍山", "2038632"), ("Anshan", "2038632"), ("中国", "CN"), ("白俄罗斯", "BY"),
    ("baieluosi", "BY"), ("Bélarus", "BY"), ("Deutschland", "DE"), ("Côte d’Ivoire", "CI"),
    ("The Bahamas", "BS"), ("DEU", "DE"), ("Liaoning", "CN-LN"), ("辽宁", "CN-LN"),
    ("Paro", None), ("Thimphu", None),
])
def test_names_in_other_languages_and_forms(resolver: Resolver, name: str,
                                            place_id: str | None) -> None:
    best = resolver.best(name)
    assert best is not None, name
    if place_id:
        assert best.place.id == place_id
    else:
        assert best.place.kind == "city" and best.place.country == "BT"


def test_ambiguous_names_offer_every_candidate(resolver: Resolver) -> None:
    assert {m.place.id for m in resolver.resolve("Georgia")} >= {"GE", "US-GA"}
    assert [m.place.id for m in resolver.resolve("Congo")][:2] == ["CG", "CD"]


def test_codes_match_only_when_written_as_codes(resolver: Resolver) -> None:
    best = resolver.best("CN")
    assert best is not None and best.place.id == "CN" and best.how == "code"
    assert all(m.how != "code" for m in resolver.resolve("cn"))


@pytest.mark.parametrize(("name", "allowed"), [
    ("People's Republic of Congo", {"CG"}),  # the Congo's style from 1970 to 1991, not China
    ("Democratic Republic of Chad", {"TD"}),  # no such style; if anything, Chad
    ("Kingdom of Sweeden", {"SE"}),           # a slip in the distinctive word
])
def test_a_fuzzy_match_keeps_the_words_that_tell_names_apart(resolver: Resolver, name: str,
                                                              allowed: set[str]) -> None:
    assert {m.place.id for m in resolver.resolve(name)} <= allowed


def test_a_slip_in_a_long_name_still_resolves(resolver: Resolver) -> None:
    best = resolver.best("Kingdom of Sweeden")
    assert best is not None and best.place.id == "SE" and best.how == "fuzzy"


def test_no_match_for_nonsense(resolver: Resolver) -> None:
    assert resolver.resolve("Qwzxv Plorb") == []
    assert resolver.resolve("   ") == []


def test_a_huge_name_is_an_input_error(resolver: Resolver) -> None:
    with pytest.raises(InputError, match="too long"):
        resolver.resolve("x" * 10_000_000)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_resolves_or_not_without_crashing(resolver: Resolver, text: str) -> None:
    for match in resolver.resolve(text):
        assert 0 < match.confidence <= 1
