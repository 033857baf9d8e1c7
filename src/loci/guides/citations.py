"""Which facts and datasets a guide cites."""

from __future__ import annotations

from collections.abc import Iterable

from loci.guides.model import Section, SourceUse
from loci.kb import KB, FactRow


def used_facts(sections: Iterable[Section]) -> list[FactRow]:
    """Every fact the sections' statements and charts cite, once each, in order of first use."""
    seen: dict[tuple[str, str, str, str], FactRow] = {}
    for section in sections:
        cited = [f for s in section.statements for f in s.facts]
        cited += [f for c in section.charts for f in c.facts]
        for fact in cited:
            seen.setdefault((fact.place, fact.topic, fact.key, fact.source.dataset), fact)
    return list(seen.values())


def sources_used(kb: KB, sections: Iterable[Section]) -> tuple[SourceUse, ...]:
    """The datasets the sections cite, in the KB's source order."""
    return source_uses(kb, {f.source.dataset for s in sections for st in s.statements
                            for f in st.facts})


def source_uses(kb: KB, datasets: set[str]) -> tuple[SourceUse, ...]:
    """These datasets as the KB records them, in the KB's source order."""
    return tuple(SourceUse(s["name"], s["title"], s["version"], s["licence"], s["url"])
                 for s in kb.sources if s["name"] in datasets)
