"""Sourcing: figures about people given without a source nearby."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loci.check.document import Document
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule

_DIGIT = re.compile(r"\d")
_FIGURE = re.compile(
    r"(?P<fig>(?i:(?:just\s+)?(?:over|under|more\s+than|fewer\s+than|less\s+than|nearly|almost|"
    r"about|around|some|roughly|only)\s+)?(?:\d{1,3}(?:\.\d+)?\s*(?:%|\s?per\s?cent\b)|"
    r"\b(?:one|two|three|four)\s+(?:in|out\s+of)\s+(?:\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten)\b|\b\d[\d,.]*\s+(?:million|billion|thousand)?\s*(?:people|residents|inhabitants|"
    r"speakers|believers|citizens|adults|children|households)\b))")
_PEOPLE = re.compile(
    r"\b(?:people|population|residents|inhabitants|citizens|youth|young|children|adults|women|"
    r"men|speakers?|speak|spoken|households|families|workers|students|voters|believers|"
    r"followers|adherents|visitors|tourists|travellers|travelers|locals|identify|practi[sc]e|believe|literate|unemployed|live|lives|"
    r"[A-Z][a-z]+(?:ans|ians|ese|is))\b")
# A citation in the sentence itself: "(World Bank, 2021)", "according to the 2020 census".
_CITATION = re.compile(r"\([^()]*\b(?:19|20)\d\d\b[^()]*\)|\baccording\s+to\s+(?:the\s+)?"
                       r"(?:[A-Z]|\d{4})|\bsource:", re.I)


@rule("LC401", "unsourced-statistic", "unsourced-statistic", "info")
def unsourced_statistic(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A percentage or count of people with no source or link nearby.

    Why: figures about people are the claims readers repeat; "census data
    shows" is not a source, and a figure a reader cannot trace cannot be
    corrected either.

    Example:
        Census data shows fewer than 3% of the city's youth speak Manchu fluently.

    Instead:
        Fewer than 3% of the city's youth speak Manchu fluently, according to the 2020 census.

    Data: none; a link, footnote or URL within the paragraph's reach, or a
    citation with a year in the sentence, counts as a source.
    """
    for sentence in doc.sentences:
        if not _DIGIT.search(sentence.text) and " in " not in sentence.text:
            continue
        if not _PEOPLE.search(sentence.text) or _CITATION.search(sentence.text):
            continue
        if doc.has_source_near(sentence.start, max(sentence.end, sentence.paragraph[1])):
            continue  # a footnote or link later in the paragraph covers it
        for m in _FIGURE.finditer(sentence.text):
            start = sentence.start + m.start("fig")
            yield Hit(start, sentence.start + m.end("fig"),
                      f"'{m.group('fig')}' has no source: cite one or link to it",
                      "add a source")
