"""Sources: every dataset the guide used, with its package version, licence and what it gave."""

from __future__ import annotations

from loci.guides.citations import source_uses, used_facts
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import CITY, Body, section
from loci.guides.writers.default import natural_list
from loci.guides.writers.text import Line
from loci.kb import FactRow

_TOPIC_WORDS = {"name": "names", "code": "codes", "pinyin": "pinyin readings",
                "national-colors": "national colours",
                "heritage-count": "World Heritage count", "heritage-site": "World Heritage Sites",
                "national-symbol": "national symbols", "major-urban-area": "urban areas",
                "first-day-of-week": "first day of the week", "time-zone": "time zones",
                "calling-code": "calling code", "internet-tld": "internet domain",
                "measurement-system": "measurement", "agricultural-product": "farm products",
                "ethnic-group": "ethnic groups", "national-holiday": "national holiday",
                "industry": "industries", "export": "exports", "holiday": "public holidays",
                "religion": "religions", "language": "languages", "border": "borders",
                "capital": "capitals", "former-name": "former names",
                "holiday-calendar": "holiday calendar", "outline": "outlines for the map",
                "natural-feature": "landscape"}


@section("sources", "Sources", 200)
def build(ctx: GuideContext) -> Body | None:
    return _sources(ctx)


@section("sources", "Sources", 200, guide=CITY)
def build_city(ctx: GuideContext) -> Body | None:
    return _sources(ctx)


def _sources(ctx: GuideContext) -> Body | None:
    facts = used_facts(ctx.sections)
    used = {f.source.dataset for f in facts}
    packages = {s["name"]: s["package"] for s in ctx.kb.sources}
    statements = [_item(use.title, f"{packages.get(use.dataset, use.dataset)} {use.version}",
                        use.licence, use.url,
                        [f for f in facts if f.source.dataset == use.dataset])
                  for use in source_uses(ctx.kb, used)]
    return Body(statements) if statements else None


def _item(title: str, package: str, licence: str, url: str, facts: list[FactRow]) -> Statement:
    topics = list(dict.fromkeys(_TOPIC_WORDS.get(f.topic, f.topic) for f in facts))
    # One fact per topic is enough to show what the dataset gave; the rest are cited in place.
    firsts: dict[str, FactRow] = {}
    for fact in facts:
        firsts.setdefault(fact.topic, fact)
    return Line(f"{title}: {natural_list(topics)}. Package {package}; licence: {licence}; {url}"
                ).statement(firsts.values(), item=True, end="", capital=False)
