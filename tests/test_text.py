"""Text normalisation: the fast path for plain names gives what the full one gives."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loci import text

WORDS = ["The", "the", "St", "st", "Ste", "Saint", "Kitts", "and", "Nevis", "Lilongwe", "A",
         "x", "THE", "Islands"]


def _full(name: str) -> str:
    """normalize() without its fast path, step by step as its docstring says."""
    folded = text.fold(unicodedata.normalize("NFKC", name)).replace("&", " and ")
    folded = re.sub(r"\b(st|ste)\b\.?\s*", "saint ", folded.replace("_", " "), flags=re.I)
    folded = re.sub(r"[^\w]+", " ", folded).strip()
    return re.sub(r"^the\s+", "", folded)


@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6))
def test_plain_names_take_the_fast_path_to_the_same_key(words: list[str]) -> None:
    name = " ".join(words)
    assert text.normalize(name) == _full(name)


@given(st.text(max_size=40))
def test_any_text_gets_the_full_normalisation(name: str) -> None:
    assert text.normalize(name) == _full(name)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_any_ascii_text_gets_the_full_normalisation(name: str) -> None:
    assert text.normalize(name) == _full(name)


@pytest.mark.parametrize(("name", "slug"), [
    ("Łódź", "lodz"), ("Diyarbakır", "diyarbakir"), ("Đà Lạt", "da-lat"),
    ("Egilsstaðir", "egilsstadir"), ("Għajnsielem", "ghajnsielem"), ("Hœnheim", "hoenheim"),
    ("Ala Moana-Kakaʻako", "ala-moana-kakaako"), ("Côte d’Ivoire", "cote-d-ivoire"),
    ("Арачиново", "arachinovo"), ("鞍山", "鞍山"),
])
def test_a_places_address_is_spelt_in_plain_letters(name: str, slug: str) -> None:
    assert text.place_slug(name) == slug


@given(st.text(max_size=30))
def test_a_places_address_has_no_letter_a_reader_cannot_type(name: str) -> None:
    slug = text.place_slug(name)
    assert re.fullmatch(rf"[a-z0-9{text.HAN}]+(?:-[a-z0-9{text.HAN}]+)*", slug), slug
