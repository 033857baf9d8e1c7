"""The annotated corpus: big enough, varied enough, and scored above the bar."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_score import CORPUS, load_claims, misses, score_corpus
from loci.articles import read_article
from loci.check import CATEGORIES
from loci.check.knowledge import Knowledge
from loci.check.mentions import mentions
from loci.kb import KB


def test_corpus_is_big_and_varied(kb: KB) -> None:
    claims = load_claims()
    articles = sorted(CORPUS.glob("*.md"))
    assert len(articles) >= 10 and len(claims) >= 150
    assert {c.category for c in claims} == set(CATEGORIES)
    assert {True, False} == {c.true for c in claims}
    territories = set()
    know = Knowledge(kb)
    for path in articles:
        for name in read_article(path).meta.places:
            match = know.resolver.best(name)
            assert match is not None, f"{path.name}: front-matter place {name!r} is unknown"
            territory = know.territory_of(match.place)
            assert territory is not None
            territories.add(territory.id)
    for claim in claims:  # places the claims themselves name, old names included
        for mention in mentions(know, claim.quote):
            if (territory := know.territory_of(mention.match.place)) is not None:
                territories.add(territory.id)
    assert len(territories) >= 30, sorted(territories)


@pytest.fixture(scope="module")
def know(kb: KB) -> Knowledge:
    return Knowledge(kb)


def test_precision_and_recall_overall(know: Knowledge) -> None:
    overall = score_corpus(know)["overall"]
    assert overall.precision >= 0.9 and overall.recall >= 0.8, "\n".join(misses(know))


def test_every_category_finds_something(know: Knowledge) -> None:
    scores = score_corpus(know)
    for category in CATEGORIES:
        assert scores[category].tp > 0, f"{category}: no false claim found"


def test_docs_report_the_current_scores(know: Knowledge) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from gen_rules_doc import DOC, kept_corpora, render

    import sweep

    rendered = render(score_corpus(know), sweep.score(know.kb, know), kept_corpora())
    assert DOC.read_text(encoding="utf-8") == rendered, \
        "docs/rules.md is out of date: run python scripts/gen_rules_doc.py"
