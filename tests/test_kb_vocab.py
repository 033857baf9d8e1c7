"""The word lists the KB stores for the checker: the same as computing them afresh."""

from __future__ import annotations

import json
from itertools import pairwise

import pytest

from loci.kb import KB, vocab


@pytest.mark.parametrize("name", sorted(vocab.LISTS))
def test_stored_list_is_what_the_tables_give(kb: KB, name: str) -> None:
    stored = kb.db.execute("SELECT data FROM vocab WHERE name = ?", (name,)).fetchone()
    assert stored is not None, f"{name} was not stored when the KB was built"
    fresh = json.loads(json.dumps(vocab.LISTS[name](kb.db), ensure_ascii=False))
    assert json.loads(stored[0]) == fresh


def test_names_filter_never_says_no_to_a_real_name(kb: KB) -> None:
    norms = [n for (n,) in kb.db.execute("SELECT DISTINCT norm FROM names")]
    assert len(norms) > 100_000
    assert all(kb.may_name(n) for n in norms)
    assert all(kb.may_start_name(n.split(" ", 1)[0]) for n in norms if n)
    made_up = [f"zqx{i}vbn" for i in range(2_000)]
    assert sum(kb.may_name(n) for n in made_up) < 50  # about 0.5% may be wrong, never more


def test_city_names_are_in_ascii_largest_first(kb: KB) -> None:
    cities = kb.vocab("city-keys")
    polish = cities["PL"]
    assert polish[0][0] == "warsaw"
    assert any(key == "wroclaw" for key, _, _ in polish)
    assert all(a[1] >= b[1] for a, b in pairwise(polish))
    assert all(key.isascii() for group in cities.values() for key, _, _ in group)
    assert min(p for group in cities.values() for _, p, _ in group) >= \
        vocab.CITY_MIN_POPULATION


def test_former_and_dissolved_names(kb: KB) -> None:
    former = {name for name, _, _ in kb.vocab("former-names")}
    assert {"Swaziland", "Burma", "Zaire"} <= former
    assert "Netherlands Antilles" in kb.vocab("dissolved-names")


def test_a_people_that_is_most_of_several_territories_is_no_demonym(kb: KB) -> None:
    demonyms = kb.vocab("demonyms")
    assert demonyms["turkmen"] == "TM"  # most of one territory: Turkmenistan's people
    assert demonyms["malawians"] == "MW"
    for shared in ("arab", "arabs", "mestizo", "white", "black", "african"):
        assert shared not in demonyms, shared
