"""Resolving names from the wild: the seed's whole list, other languages, typos, codes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loci.curated import seed_territories
from loci.errors import InputError
from loci.kb import KB
from loci.places import Resolver
from loci.places.resolve import MIN_CONFIDENCE
from loci.text import normalize

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


@pytest.mark.parametrize(("written", "place_id"), [("CN", "CN"), ("cn", "CN"), ("deu", "DE"),
                                                   ("Chn", "CN"), ("276", "DE"), ("CAN", "CA")])
def test_codes_match_in_any_case(resolver: Resolver, written: str, place_id: str) -> None:
    best = resolver.best(written)
    assert best is not None and (best.place.id, best.how) == (place_id, "code")


def test_a_lower_case_code_gives_way_to_a_name_spelled_so(resolver: Resolver) -> None:
    assert all(m.how != "code" for m in resolver.resolve("can"))  # Çan, Turkey; not Canada


@pytest.mark.parametrize(("name", "allowed"), [
    ("People's Republic of Congo", {"CG"}),  # the Congo's style from 1970 to 1991, not China
    ("Democratic Republic of Chad", {"TD"}),  # no such style; if anything, Chad
    ("Kingdom of Swedden", {"SE"}),           # a slip in the distinctive word
])
def test_a_fuzzy_match_keeps_the_words_that_tell_names_apart(resolver: Resolver, name: str,
                                                              allowed: set[str]) -> None:
    assert {m.place.id for m in resolver.resolve(name)} <= allowed


def test_a_slip_in_a_long_name_still_resolves(resolver: Resolver) -> None:
    best = resolver.best("Kingdom of Swedden")
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


# --- every name in every language, and how they rank -------------------------------------

@pytest.mark.parametrize(("name", "place_id", "how"), [
    ("Grèce", "GR", "exonym"), ("Noruega", "NO", "exonym"),  # CLDR's French, Spanish
    ("Норвегия", "NO", "exonym"), ("스페인", "ES", "exonym"),  # its Russian, Korean
    ("Rossiya", "RU", "romanized"),  # an endonym of another script in Latin letters
    ("Saxony-Anhalt", "DE-ST", "variant"), ("Scania", "SE-M", "variant"),  # iso3166-2's English
    ("Trucial Oman", "AE", "former"), ("Austro-Hungarian Empire", "austria-hungary", "alias"),
    ("RSA", "ZA", "abbreviation"),  # the Factbook's abbreviations, when written in capitals
])
def test_every_language_and_kind_of_name(resolver: Resolver, name: str, place_id: str,
                                        how: str) -> None:
    best = resolver.best(name)
    assert best is not None and (best.place.id, best.how) == (place_id, how)


@pytest.mark.parametrize(("written", "place_id"), [
    ("Équateur", "CD-EQ"),  # a Congolese province by its own name, Ecuador only in French
    ("臺北", "TW-TPE"),  # traditional characters, read as simplified ones too
])
def test_a_place_by_its_own_name_before_a_territory_by_a_foreign_one(
        resolver: Resolver, written: str, place_id: str) -> None:
    best = resolver.best(written)
    assert best is not None and best.place.id == place_id


def test_a_slip_is_likelier_in_a_big_city_than_in_a_town(resolver: Resolver) -> None:
    """One slip from a word to a town ("blanket", Banket) is a guess, not an answer."""
    assert resolver.best("blanket") is None and resolver.resolve("blanket")
    best = resolver.best("Guatemaal")
    assert best is not None and best.place.id == "GT"


def test_a_former_name_that_is_now_a_city_stays_the_city(resolver: Resolver) -> None:
    """The Factbook says Ecuador was once called Quito; the name means the city."""
    best = resolver.best("Quito")
    assert best is not None and (best.place.kind, best.place.country) == ("city", "EC")


def test_look_up_names_are_not_read_in_prose(resolver: Resolver) -> None:
    """A name in a third language or a translated subdivision name answers a look-up, but
    `exact`, which the checker reads prose with, never offers it: "Lake" is no region."""
    assert resolver.best("Lake") is not None  # iso3166-2's English for Chad's Lac
    assert resolver.exact("Lake") == [] and resolver.exact("Noruega") == []
    assert resolver.exact("Rsa") == []  # in prose, letters stand for a name in capitals only
    assert resolver.known("Scania") and not resolver.known("Noruega")


@pytest.mark.parametrize(("name", "place_id"), [
    ("Guangdong Province", "CN-GD"), ("Province of Ontario", "CA-ON"),
    ("Kerala State", "IN-KL"), ("Buenos Aires Province", "AR-B"),  # the word asks for the province
    ("Cent. African Rep.", "CF"), ("Dem. Rep. of the Congo", "CD"),  # words cut short
])
def test_administrative_words_and_shortened_words(resolver: Resolver, name: str,
                                                  place_id: str) -> None:
    best = resolver.best(name)
    assert best is not None and best.place.id == place_id


@pytest.mark.parametrize(("name", "place_id"), [
    ("Gambia, The", "GM"), ("Sudan, South", "SS"),  # inverted, as indexes print them
    ("Spain (Kingdom of)", "ES"), ("France[2]", "FR"),  # an aside or a footnote mark
    ("P.N.G.", "PG"), ("K.S.A.", "SA"),  # letters with full stops
    ("Br. Virgin Islands", "VG"), ("Neth. Antilles", "AN"),  # words cut short
    ("Aut", "AT"), ("Swe", "SE"),  # a code as a word, where no place is called so
    ("Cymru", "GB-WLS"),  # the other-language form ISO gives in brackets
    ("Egypt, Arab Rep.", "EG"), ("Yemen, Rep.", "YE"),  # statistical tables' short forms
    ("Korea, Dem. Rep.", "KP"), ("Congo, Rep.", "CG"),
    ("Republic of Dahomey", "BJ"), ("Empire of Persia", "IR"),  # a style before an old name
    ("DEN", "DK"), ("CRO", "HR"),  # sports tables' codes
    ("Zimbabwe-Rhodesia", "ZW"),  # a former name the Factbook gives
    ("Georgian SSR", "GE"), ("Kirghiz SSR", "KG"),  # Soviet republics before 1991
    ("Central American Federation", "central-america"),  # a federation ISO never coded
])
def test_a_name_read_in_order_and_without_asides(resolver: Resolver, name: str,
                                                 place_id: str) -> None:
    best = resolver.best(name)
    assert best is not None and best.place.id == place_id


@pytest.mark.parametrize(("name", "country", "parent"), [
    ("Springfield, Illinois", "US", "US-IL"), ("Paris, Texas", "US", "US-TX"),
    ("Victoria, Seychelles", "SC", None), ("London, Ontario", "CA", "CA-ON"),
    ("Paris, TX", "US", "US-TX"), ("London, ON", "CA", "CA-ON"),  # a postal abbreviation
])
def test_a_place_named_within_another(resolver: Resolver, name: str, country: str,
                                      parent: str | None) -> None:
    best = resolver.best(name)
    assert best is not None and best.place.kind == "city" and best.place.country == country
    assert parent is None or best.place.parent == parent


@pytest.mark.parametrize(("name", "place_id"), [("Potrugal", "PT"), ("Nigreia", "NG")])
def test_two_letters_swapped_are_one_slip(resolver: Resolver, name: str, place_id: str) -> None:
    best = resolver.best(name)
    assert best is not None and (best.place.id, best.how) == (place_id, "fuzzy")


@pytest.mark.parametrize(("name", "kind", "country"), [
    ("Buenos Aires", "city", "AR"),  # a city of millions before its province
    ("Ontario", "subdivision", "CA"),  # the province before a Californian city of 175,000
    ("Quebec", "subdivision", "CA"),  # spelled as ISO spells the province; the city is Québec
    ("Paro", "city", "BT"),  # the town its district is named after
    ("Sardinia", "subdivision", "IT"),
    ("Punjab", "subdivision", "IN"), ("Limburg", "subdivision", "NL"),  # the larger country's
])
def test_places_of_one_name_rank_as_a_reader_expects(resolver: Resolver, name: str, kind: str,
                                                     country: str) -> None:
    best = resolver.best(name)
    assert best is not None and (best.place.kind, best.place.country) == (kind, country)


@pytest.mark.parametrize(("name", "meant"), [
    ("New Delhi", "New Delhi"),  # its own name, though GeoNames lists it for Delhi too
    ("Canton", "Guangzhou"),  # a big city's old English name, before Canton, Ohio, and
])                            # the province a translated name points to
def test_a_city_by_its_own_or_english_name(resolver: Resolver, name: str, meant: str) -> None:
    best = resolver.best(name)
    assert best is not None and (best.place.kind, best.place.name) == ("city", meant)


def test_towns_of_one_name_come_largest_first(resolver: Resolver) -> None:
    towns = [m.place for m in resolver.resolve("Springfield", ("city",), limit=10)]
    assert len(towns) > 2
    assert [t.population for t in towns] == sorted((t.population for t in towns), reverse=True)


def test_a_weak_candidate_is_no_answer(resolver: Resolver) -> None:
    """One slip in four letters is a guess: a candidate to offer, not the answer."""
    matches = resolver.resolve("Lomx")
    assert matches and all(m.how == "fuzzy" for m in matches)
    assert max(m.confidence for m in matches) < MIN_CONFIDENCE
    assert resolver.best("Lomx") is None


def test_no_official_name_resolves_to_another_territory(resolver: Resolver, kb: KB) -> None:
    """Every English name CLDR, ISO and the Factbook give a territory (short, official,
    common) answers with that territory, unless the name is two territories' at once."""
    sql = ("SELECT n.name, n.place FROM names n JOIN places p ON p.id = n.place "
           "WHERE n.kind IN ('short', 'official', 'common') AND n.lang = 'en' "
           "AND n.source IN ('cldr', 'iso', 'factbook') AND p.kind IN ('country', 'territory')")
    owners: dict[str, set[str]] = {}
    rows = kb.db.execute(sql).fetchall()
    for name, place in rows:
        owners.setdefault(normalize(name), set()).add(place)
    wrong = []
    for name, place in rows:
        best = resolver.best(name)
        if best is None or best.place.id not in owners[normalize(name)]:
            wrong.append((name, place, best and best.place.id))
    assert len(rows) > 700 and wrong == []
