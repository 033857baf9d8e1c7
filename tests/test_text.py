"""Text normalisation: the fast path for plain names gives what the full one gives."""

from __future__ import annotations

import re
import unicodedata

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
