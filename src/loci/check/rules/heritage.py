"""Heritage: "UNESCO-listed X", "X, a World Heritage Site", against the territory's list."""

from __future__ import annotations

import re
from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from loci.check.context import territory_subject
from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import NAME, Lazy, data, evidence, tokens
from loci.kb import FactRow, PlaceRow

_LISTED = (r"(?:UNESCO[- ](?:World[- ]Heritage[- ])?[Ll]isted|"
           r"(?:UNESCO\s+)?World\s+Heritage(?:[- ][Ss]ite|[- ][Ll]isted)?)")
_PAREN = r"(?:\s*\([^()]{0,80}\))?"
_OWNER = re.compile(r"(.+?)['’]s\s+(?=\S)")
# A site's name, with the place it is in ("Mukden Palace in Shenyang") and the kind of
# place it is, written in lower case ("the Tiger's Nest monastery").
_NOUN = (r"(?:\s+(?:monastery|temple|palace|park|fortress|fort|castle|church|cathedral|mosque|"
         r"site|ruins|caves?|town|city|forest|lake|island|islands|mountains?|valley|reserve|"
         r"sanctuary|museum|tomb|gardens?|bridge|wall|dzong|falls))?")
_SITE = rf"(?P<name>{NAME}(?:\s+(?:in|at|of|near)\s+{NAME})?){_NOUN}"
_PATTERNS = Lazy(
    (rf"\b[Tt]he\s+{_LISTED}\s+(?P<name>{NAME})"),
    (rf"{_SITE}{_PAREN}\s*,\s+(?:a|an|one\s+of\s+\w+)\s+{_LISTED}"),
    (rf"{_SITE}{_PAREN}\s+(?:is|are|has\s+been|became)\s+(?:a\s+|an\s+|"
     rf"one\s+of\s+the\s+|on\s+the\s+)?{_LISTED}"),
    (rf"\b{_LISTED}s?\s+(?:of|at)\s+(?:the\s+)?(?P<name>{NAME})"),
    (rf"{_SITE}{_PAREN}\s+(?:was|were)\s+inscribed\b"),
)
# "Samoa has a UNESCO-listed coast": wrong wherever the territory has no site at all.
_HAS = re.compile(rf"(?P<name>{NAME})\s+(?:has|boasts|is\s+home\s+to)\s+(?:a|an|one|two|three|"
                  rf"several|many|\d+)\s+(?:[a-z]+\s+)?{_LISTED}")
# Words of a site's name that say what kind of place it is, not which.
_GENERIC = frozenset({"national", "park", "site", "sites", "historic", "historical", "ancient",
                      "area", "areas", "complex", "centre", "center", "reserve", "city", "town",
                      "old", "sacred", "scenic", "unesco", "world", "heritage", "district",
                      "county", "landscape", "monuments", "monument", "buildings", "ensemble"})


@rule("LC211", "not-world-heritage", "heritage", "error")
def not_world_heritage(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A place called a UNESCO World Heritage Site that is not on the territory's list.

    Why: "UNESCO-listed" is the label drafting tools reach for to make any
    temple or park sound important; the list is public and finite.

    Example:
        Near Anshan lies Qianshan National Park, a UNESCO-listed Daoist sanctuary.

    Instead:
        Near Anshan lies Qianshan National Park, a Daoist sanctuary of temples and granite peaks.

    Data: the Factbook's World Heritage sites and count per territory, names
    matched loosely (accents, "the", word order, words like "National Park").
    Where the Factbook lists only "selected" sites, an unmatched claim is a
    warning. A country the Factbook gives no site (Bhutan) has none, except
    the few whose sites are inscribed under another state or missing from
    the Factbook (check/data/heritage.toml).
    """
    for sentence in doc.sentences:
        if "UNESCO" not in sentence.text and "Heritage" not in sentence.text:
            continue
        seen: set[int] = set()
        for pattern in _PATTERNS:
            for m in pattern.finditer(sentence.text):
                start = sentence.start + m.start("name")
                if start in seen:
                    continue
                seen.add(start)
                territory = territory_subject(doc, know, sentence)
                name = m.group("name")
                owner = _OWNER.match(name)
                if owner and know.territory(owner.group(1)):
                    start, name = start + owner.end(), name[owner.end():]
                    territory = know.territory(owner.group(1))
                hit = _verify(know, start, name, territory)
                if hit is not None and not _names_listed_site(know, sentence.text, territory):
                    yield hit
        yield from _has_sites(know, sentence.start, sentence.text)


def _verify(know: Knowledge, start: int, name: str, territory: PlaceRow | None) -> Hit | None:
    end = start + len(name)
    if territory is None:
        return Hit(start, end, f"cannot tell which territory {name} is in", decided=False)
    sites = [f for f in know.facts(territory.id, "heritage-site") if isinstance(f.value, dict)]
    listed = _listed(know, territory)
    if not listed:
        return _no_sites(know, start, name, territory)
    claim = [t for t in tokens(name) if t not in _GENERIC
             and t not in tokens(territory.name)]
    if not claim:
        return Hit(start, end, f"'{name}' is too generic to look up", decided=False)
    if any(_same_site(claim, site) for site in listed):
        return None
    return _not_listed(know, start, name, territory, sites)


def _has_sites(know: Knowledge, offset: int, text: str) -> Iterator[Hit]:
    for m in _HAS.finditer(text):
        territory = know.territory(m.group("name"))
        if territory is not None and not _listed(know, territory):
            hit = _no_sites(know, offset + m.start("name"), m.group(), territory, site=False)
            if hit.decided:
                yield hit


def _listed(know: Knowledge, territory: PlaceRow) -> list[str]:
    sites = [f.value["name"] for f in know.facts(territory.id, "heritage-site")
             if isinstance(f.value, dict)]
    missing: list[str] = data("heritage.toml")["missing"].get(territory.id, [])
    return sites + missing


def _names_listed_site(know: Knowledge, sentence: str, territory: PlaceRow | None) -> bool:
    """ "..., part of the Imperial Palaces of the Ming and Qing Dynasties": the sentence
    itself names the listed site the place belongs to."""
    if territory is None:
        return False
    words = tokens(sentence)
    sites = [[t for t in tokens(name) if t not in _GENERIC] for name in _listed(know, territory)]
    return any(site and all(any(_same_word(s, w) for w in words) for s in site)
               for site in sites)


def _same_site(claim: list[str], site: str) -> bool:
    site_tokens = [t for t in tokens(site) if t not in _GENERIC]
    if not site_tokens:
        return False

    def within(a: list[str], b: list[str]) -> bool:
        return all(any(_same_word(x, y) for y in b) for x in a)

    return within(claim, site_tokens) or within(site_tokens, claim)


def _same_word(a: str, b: str) -> bool:
    """Equal, or one slip apart in a long word (Borobodur): never Qianshan for Tianshan."""
    if a == b:
        return True
    return min(len(a), len(b)) >= 7 and a[0] == b[0] and Levenshtein.distance(a, b) <= 1


def _no_sites(know: Knowledge, start: int, name: str, territory: PlaceRow,
              site: bool = True) -> Hit:
    end = start + len(name)
    covered = any(f.source.dataset == "factbook" for f in know.facts(territory.id, "capital"))
    if territory.id in data("heritage.toml")["credited_elsewhere"] or not covered:
        return Hit(start, end, f"{territory.name}'s World Heritage Sites are not on record",
                   decided=False)
    capital = know.facts(territory.id, "capital")[0]
    so = f", so {name} is not one" if site else ""
    return Hit(start, end, f"{territory.name} has no UNESCO World Heritage Site{so}", None,
               Evidence(f"the Factbook lists no World Heritage Site for {territory.name}",
                        capital.source))


def _not_listed(know: Knowledge, start: int, name: str, territory: PlaceRow,
                sites: list[FactRow]) -> Hit:
    counts = [f for f in know.facts(territory.id, "heritage-count") if f.key == "total"]
    total = counts[0].value.get("total") if counts and isinstance(counts[0].value, dict) else None
    selected = total is not None and total > len(sites)
    size = f"{total} sites" if total else f"{len(sites)} sites"
    what = "the Factbook's selection of" if selected else "the"
    fact = counts[0] if counts else sites[0]
    return Hit(start, start + len(name),
               f"{name} is not on {what} World Heritage list of {territory.name} ({size})",
               "drop the World Heritage claim, or name a listed site",
               evidence(fact), severity="warning" if selected else None)

