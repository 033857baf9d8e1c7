"""The sample article (tests/data): what the checker must find, and what it must leave alone."""

from __future__ import annotations

import pytest

from loci.articles import read_text
from loci.check import Finding, check_article, registry
from loci.check.knowledge import Knowledge
from loci.kb import KB


@pytest.fixture(scope="module")
def findings(kb: KB, sample_text: str) -> list[Finding]:
    article = read_text(sample_text, "datong.txt", markdown=False)
    return [f for f in check_article(article, Knowledge(kb), list(registry())) if f.decided]


def _at(findings: list[Finding], sample_text: str, words: str, code: str) -> Finding:
    lines = sample_text.split("\n")
    for f in findings:
        line = lines[f.line - 1]
        if f.rule == code and line[f.column - 1:].replace("\u00a0", " ").startswith(words):
            return f
    raise AssertionError(f"no {code} at {words!r}: {[(f.rule, f.message) for f in findings]}")


def test_the_wrong_tone_of_the_noodles(findings: list[Finding], sample_text: str) -> None:
    finding = _at(findings, sample_text, "dàoxiāomiàn", "LC101")
    assert finding.suggestion == "dāoxiāomiàn" and finding.severity == "error"


def test_the_hanging_temple_is_not_unesco_listed(findings: list[Finding],
                                                 sample_text: str) -> None:
    finding = _at(findings, sample_text, "The Hanging Temple", "LC211")
    assert "China" in finding.message and finding.severity == "error"


def test_fewer_than_five_percent_is_unsourced(findings: list[Finding], sample_text: str) -> None:
    assert _at(findings, sample_text, "fewer than 5%", "LC401").severity == "info"


@pytest.mark.parametrize(("written", "code", "fix"), [
    ("White Russia", "LC121", "Belarus"),
    ("Swaziland", "LC121", "Eswatini"),
    ("Macedonia,Former Yugoslav Republic of", "LC121", "North Macedonia"),
    ("Netherlands Antilles", "LC122", "Curaçao, Sint Maarten or Caribbean Netherlands"),
    ("Serbia,Montenegro", "LC122", "Serbia or Montenegro"),
    ("Aland lslands", "LC111", "Åland Islands"),
    ("Frech Polynesia", "LC111", "French Polynesia"),
])
def test_the_closing_list(findings: list[Finding], sample_text: str, written: str, code: str,
                          fix: str) -> None:
    assert _at(findings, sample_text, written, code).suggestion == fix


def test_no_error_on_its_true_claims(findings: list[Finding]) -> None:
    errors = sorted(f.message for f in findings if f.severity == "error")
    assert len(errors) == 4, errors  # the tone, the temple, and the two misspellings
    others = {(f.rule, f.message.replace("\u00a0", " ").split(" has been")[0]) for f in findings
              if f.severity != "error"}
    expected_extra = {("LC121", "Cape Verde"), ("LC121", "Czech Republic")}
    assert expected_extra <= others  # former names the list also uses
    assert len(findings) == 4 + 5 + 2 + 1  # errors, the five outdated, those two, one info
