"""The knowledge-base sweep (tests/sweep.py): every territory, every category, both ways."""

from __future__ import annotations

import pytest

from loci.check.knowledge import Knowledge
from loci.kb import KB
from sweep import PHRASINGS, cases, report, score

# Floors under the current figures (docs/rules.md reports them): a change that stops
# the checker reading some territories' names or some phrasing shows here.
PRECISION = 0.98
RECALL = {"capital": 0.95, "currency": 0.95, "national-day": 0.95, "language": 0.95,
          "religion": 0.95, "heritage": 0.9}
# (A site named after its town, "Brasilia", put in another country is still a World
# Heritage Site: some of the heritage sweep's false sentences are not false of the site.)
# Territories the data gives a value for (a single capital, one current currency, a
# dated national holiday, a simply named official language, a religion of 60% or more).
COVERAGE = {"capital": 200, "currency": 200, "national-day": 180, "language": 150,
            "religion": 100, "heritage": 120}


@pytest.fixture(scope="module")
def scores(kb: KB) -> dict[str, object]:
    return score(kb, Knowledge(kb))  # type: ignore[return-value]


def test_the_sweep_covers_most_territories_in_every_category(kb: KB) -> None:
    made = cases(kb)
    for category, phrasings in PHRASINGS.items():
        territories = {c.territory for c in made if c.category == category}
        assert len(territories) >= COVERAGE[category], (category, len(territories))
        false = [c for c in made if c.category == category and c.wrong]
        assert len(false) >= 0.9 * len(territories) * len(phrasings)


@pytest.mark.parametrize("category", list(PHRASINGS))
def test_precision_and_recall_per_category(scores: dict[str, object], category: str) -> None:
    s = scores[category]
    assert s.precision >= PRECISION and s.recall >= RECALL[category], "\n".join(  # type: ignore[attr-defined]
        line for line in report({category: s}))  # type: ignore[dict-item]
