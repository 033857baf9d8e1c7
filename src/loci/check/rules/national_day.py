"""National day: "X's national day is 6 July", "Independence Day (6 July)"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from loci.check.document import Document
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    NAME,
    POSSESSIVE,
    Lazy,
    claimed_territory,
    evidence,
    list_names,
    values,
)
from loci.kb import PlaceRow
from loci.text import normalize

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
_ANY_MONTH = re.compile(_MONTH)
_DATE = (rf"(?P<date>(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH})|"
         rf"(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)\b")
_DAY = r"national\s+(?:day|holiday)"
_HOLIDAY = r"(?P<holiday>[A-Z][\w’']*(?:\s+[A-Z][\w’']*){0,3}\s+Day)"
_VERB = (r"(?:\s+(?:is|falls\s+on|is\s+celebrated\s+on|is\s+marked\s+on|is\s+held\s+on|"
         r"comes\s+on)|,)?\s+(?:on\s+)?")
_PATTERNS = Lazy(
    (rf"(?P<country>{NAME}){POSSESSIVE}\s+{_DAY}(?:\s*,\s+{_HOLIDAY}\s*,)?{_VERB}{_DATE}"),
    (rf"\b[Tt]he\s+{_DAY}(?:\s+of\s+(?P<country>{NAME}))?(?:\s*,\s+{_HOLIDAY}\s*,)?"
     rf"{_VERB}{_DATE}"),
    (rf"\b{_DAY}\s*,?\s+{_HOLIDAY}\s*\(\s*{_DATE}\s*\)"),
    (rf"\bcelebrates\s+its\s+{_DAY}\s+on\s+{_DATE}"),
    (rf"\b{_HOLIDAY}\s*\(\s*{_DATE}\s*\)"),
    (rf"\b{_HOLIDAY}\s*,\s+(?:the\s+)?{_DAY}\s*,\s+(?:is\s+|falls\s+)?on\s+{_DATE}"),
)


@rule("LC241", "wrong-national-day", "national-day", "error")
def wrong_national_day(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A national day given on a date other than the territory's.

    Why: dates are the kind of detail a drafting tool fills in with
    confidence; a traveller plans around them.

    Example:
        Malawi's national day, Independence Day, falls on 6 June.

    Instead:
        Malawi's national day, Independence Day, falls on 6 July.

    Data: the Factbook's national holiday (name and day). A named holiday
    ("Independence Day (4 July)") is checked only when it is the territory's
    national holiday.
    """
    for sentence in doc.sentences:
        if not _ANY_MONTH.search(sentence.text):
            continue
        seen: set[int] = set()
        for pattern in _PATTERNS:
            for m in pattern.finditer(sentence.text):
                if m.start("date") in seen:
                    continue
                seen.add(m.start("date"))
                territory = claimed_territory(doc, know, sentence, m, ("country",))
                hit = _verify(know, sentence.start + m.start("date"), m, territory)
                if hit is not None:
                    yield hit


def _verify(know: Knowledge, start: int, m: re.Match[str],
            territory: PlaceRow | None) -> Hit | None:
    end = start + len(m.group("date"))
    named = m.groupdict().get("holiday")
    generic = "national" in m.group().lower()
    if territory is None:
        return Hit(start, end, "cannot tell which territory's holiday this is",
                   decided=False) if generic else None
    facts = [f for f in know.facts(territory.id, "national-holiday")
             if isinstance(f.value, dict) and f.value.get("month") and f.value.get("day")]
    if named:
        same = [f for f in facts if normalize(f.value["name"]) == normalize(named)]
        if not same and not generic:
            return None  # some other holiday: not what this rule checks
        facts = same or facts
    if not facts:
        return Hit(start, end, f"no national holiday of {territory.name} on record",
                   decided=False)
    day = int(m.group("d1") or m.group("d2"))
    month = MONTHS.index((m.group("m1") or m.group("m2")).lower()) + 1
    if any((v["day"], v["month"]) == (day, month) for v in values(facts)):
        return None
    dates = [f"{v['name']}, {v['day']} {MONTHS[v['month'] - 1].title()}" for v in values(facts)]
    return Hit(start, end, f"{territory.name}'s national holiday is {list_names(dates)}",
               list_names([f"{v['day']} {MONTHS[v['month'] - 1].title()}"
                           for v in values(facts)]), evidence(facts[0]))
