"""Every territory's guide (all 258) and a sample of city guides: complete, clean, sourced."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime

import pytest

from loci.guides import Guide, compose, render
from loci.kb import KB
from loci.site.standalone import guide_html, standalone_site

CLOCK = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
# Values that escaped formatting: Python's None, JSON's null, NaN, dict/set braces, markup.
UNRENDERED = re.compile(r"\bNone\b|\bnull\b|\bnan\b|\bNaN\b|[{}]|<(?![\d.])")


def _problems(g: Guide) -> list[str]:
    found = []
    if UNRENDERED.search(g.lede) or UNRENDERED.search(g.title):
        found.append(f"lede/title: {g.lede!r}")
    for section in g.sections:
        if not section.statements and not section.charts:  # a map alone is something
            found.append(f"{section.id}: empty section")
        for st in section.statements:
            if not st.text.strip():
                found.append(f"{section.id}: empty statement")
            if UNRENDERED.search(st.text):
                found.append(f"{section.id}: unrendered value in {st.text[:80]!r}")
            if not st.facts:
                found.append(f"{section.id}: no sources for {st.text[:80]!r}")
            if any(not f.source.dataset or not f.source.version for f in st.facts):
                found.append(f"{section.id}: a fact without dataset or version")
            if any(m.end > len(st.text) or m.start >= m.end for m in st.marks):
                found.append(f"{section.id}: a mark outside its text")
        found += _repeated_frames(section.id, [st.text for st in section.statements
                                               if not st.item and not st.quote])
    return found


def _repeated_frames(section_id: str, prose: list[str]) -> list[str]:
    """Two sentences in a row opening with the same two words ("The Factbook ... The Factbook")."""
    starts = [" ".join(re.findall(r"\w+", text)[:2]) for text in prose]
    return [f"{section_id}: two sentences in a row open with {a!r}"
            for a, b in itertools.pairwise(starts) if a == b]


@pytest.mark.slow
def test_every_territory_guide_is_complete_clean_and_sourced(kb: KB) -> None:
    places = kb.places()
    assert len(places) == 280  # ISO 3166-1, 28 dissolved states, SH-AC, SH-TA, XK
    problems = {}
    for place in places:
        g = compose(kb, place, now=CLOCK)
        ids = [s.id for s in g.sections]
        if found := _problems(g):
            problems[place.id] = found
        # a dissolved state whose land is not its successors' has no cities to name
        least = 3 if place.status == "dissolved" else 4
        if ids[:1] != ["at-a-glance"] or ids[-1:] != ["sources"] or len(ids) < least:
            problems.setdefault(place.id, []).append(f"sections {ids}")
        if len(set(ids)) != len(ids):
            problems.setdefault(place.id, []).append(f"a section twice: {ids}")
    assert not problems, problems


@pytest.mark.slow
def test_large_city_guides_are_complete_clean_and_sourced(kb: KB) -> None:
    cities = kb.places(("city",), min_population=100_000)[::40]  # ~150 across the world
    problems = {c.id: found for c in cities if (found := _problems(compose(kb, c, now=CLOCK)))}
    assert not problems, problems


def test_sections_keep_the_issue_order(kb: KB) -> None:
    ids = [s.id for s in compose(kb, kb.lookup("CN"), now=CLOCK).sections]
    assert ids == ["at-a-glance", "history", "people", "languages", "belief", "heritage",
                   "calendar", "work", "conventions", "world", "cities", "sources"]


def test_every_format_renders_every_kind_of_place(kb: KB) -> None:
    site = standalone_site(kb, CLOCK.date())
    for place_id in ("CN", "AN", "SH-TA", "AQ", "2038632"):
        g = compose(kb, kb.lookup(place_id), now=CLOCK)
        for fmt in ("md", "json"):
            assert render(g, fmt, kb).strip()
        assert guide_html(site, g).strip()
