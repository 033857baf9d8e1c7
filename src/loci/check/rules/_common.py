"""Pieces the rule modules share: name patterns, historical markers, data files, evidence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from loci.check.context import ORIGIN_ASIDE, territory_subject
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence
from loci.check.knowledge import Knowledge
from loci.english import possessive, the
from loci.kb import FactRow, PlaceRow
from loci.text import normalize

# A proper name: capitalised words, possibly joined by hyphens, apostrophes and short particles.
_CAP = r"[A-Z\u00c0-\u00de][\w’'.\-]*"
NAME = rf"{_CAP}(?:[ \u00a0](?:(?:of|de|da|do|del|la|el|al|and|the|es|dos)[ \u00a0]){{0,2}}{_CAP})*"
POSSESSIVE = r"['’]s"
# A list of names that a kind of feature closes, after one of its names: "(Bombay), and North
# reefs", "(Apurimac), Ene and Mantaro rivers": the names are those features', no places'.
LISTED_FEATURE = re.compile(
    r"(?:(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z\u00c0-\u00de][\w’'-]+)*"
    r"\s+(?:rivers|islands|isles|lakes|mountains|volcanoes|reefs|valleys|peaks|hills|falls|"
    r"bays|banks|shoals|atolls|cays)\b")
# Words that put a name or a claim in the past: such sentences are history, not claims.
HISTORICAL = re.compile(
    r"\b(?:formerly|former|previously|until|till|renamed|re-named|old name|"
    # "once" as "formerly", not as "when" ("once you head north") or a count ("once a year")
    r"(?<!at\s)once(?!\s+(?:you|we|they|I|he|she|one|inside|there|again|more|in\s+a\s+while|"
    r"a\s+(?:year|month|week|day|decade|fortnight)|every)\b)|"
    r"the\s+then|then[- ](?:called|known|named|capital|still)|back\s+then|"
    r"was (?:called|named|known)|were (?:called|known)|used to|no longer|now (?:called|known)|"
    # "colonial", "historic" of a time, not of a thing that stands ("its colonial church",
    # "the historic quarter")
    r"(?:in|under|during)\s+(?:the\s+)?colonial|colonial\s+(?:times|era|days|rule|period|years|"
    r"administration|authorities|government|power|regime|past|occupation)|historically|"
    r"historic(?:al)?\s+(?:times|period|era|days|name)|"
    r"before (?:\d{4}|independence|that|then)|dissolved|broke up|succeeded by|"
    r"predecessor|successors?|legacy|became|changed\s+its\s+name|"
    r"changed\s+(?:[\w’']+\s+){0,5}name\s+to|old\s+(?:border|frontier|capital|currency|flag)|"
    r"name\s+was\s+changed|ex-|"
    # an age of the past: "in the Song period", "under the Ming dynasty", "in Roman times"
    r"(?-i:[A-Z][a-z]+\s+(?:period|dynasty|era|empire)|in\s+[A-Z][a-z]+\s+times)|"
    # a century before this one: "nineteenth-century travellers", "in the 18th century"
    r"(?:(?:[2-9]|1\d|20)(?:st|nd|rd|th)|(?:second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth|twentieth))[-\s]century)\b", re.I)
# A verb in the past tense, and words that put a sentence in the present whatever its verbs.
PAST_TENSE = re.compile(r"\b(?:was|were|had|did|became|began|fought|won|lost|gave|took|made|"
                        r"fell|rose|came|went|left|held|led|ruled|saw|sought|[a-z]{3,}ed)\b")
PRESENT = re.compile(r"\b(?:today|now|nowadays|currently|still|present-day|modern|is|are|"
                     r"has|have)\b", re.I)
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
             "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth")
_ORDINAL = "|".join(ORDINALS)
_CENTURY = re.compile(rf"\b(\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})[\s-]+century\b", re.I)
_MILLENNIUM = re.compile(rf"\b(\d(?:st|nd|rd|th)|{_ORDINAL})[\s-]+millenni(?:um|a)\b", re.I)
_ERA = re.compile(r"\b(?:antiquity|ancient|medieval|Middle\s+Ages|B\.?C\.?E?)\b")
_DECADE = re.compile(r"\b(1[5-9]\d|20\d)0s\b")
_WORLD_WAR = re.compile(r"\b(?:World\s+War\s+(I{1,2}|One|Two|1|2)|(First|Second)\s+World\s+War)\b")


def _number(ordinal: str) -> int:
    """ "19th" or "nineteenth" -> 19."""
    digits = re.match(r"\d+", ordinal)
    return int(digits.group()) if digits else ORDINALS.index(ordinal.lower()) + 1


def time_anchor(text: str) -> int | None:
    """The latest point in time a text names: a year, a decade, a century, a world war."""
    points = [int(y) for y in YEAR.findall(text)]
    points += [int(d) * 10 + 5 for d in _DECADE.findall(text)]
    points += [(_number(c) - 1) * 100 + 50 for c in _CENTURY.findall(text)]
    points += [(_number(m) - 1) * 1000 + 500 for m in _MILLENNIUM.findall(text)]
    if _ERA.search(text):
        points.append(1000)
    for number, ordinal in _WORLD_WAR.findall(text):
        second = (number or ordinal).lower() in ("ii", "two", "2", "second")
        points.append(1942 if second else 1916)
    return max(points) if points else None
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)s?\b")
_STOP = frozenset({"the", "of", "and", "a", "an", "in", "at", "on", "de", "la", "le", "du"})


def evidence(fact: FactRow, text: str | None = None) -> Evidence:
    return Evidence(text or fact.text, fact.source)


def values(facts: list[FactRow]) -> list[dict[str, Any]]:
    """The dict values of fact rows (notes and other plain strings left out)."""
    return [f.value for f in facts if isinstance(f.value, dict)]


def tokens(text: str) -> list[str]:
    """Normalised words without the small ones: "the Old Town of Lijiang" -> old, town, lijiang."""
    return list(_tokens(text))


@lru_cache(maxsize=16384)
def _tokens(text: str) -> tuple[str, ...]:
    """``tokens``, remembered: the same site and place names are split again and again."""
    return tuple(t for t in normalize(text).split() if t not in _STOP)


def claim_matches(doc: Document, know: Knowledge, keywords: tuple[str, ...],
                  patterns: Iterable[re.Pattern[str]],
                  keys: tuple[str, ...] = ("country", "poss"), past: bool = False,
                  ) -> Iterator[tuple[Sentence, re.Match[str], PlaceRow | None]]:
    """Each pattern match in the sentences that mention one of ``keywords`` (and, unless
    ``past``, are not about the past), with the territory it is about."""
    for sentence in doc.sentences:
        if not any(k in sentence.text for k in keywords) or (
                not past and about_the_past(sentence.text)):
            continue
        for pattern in patterns:
            for m in pattern.finditer(sentence.text):
                yield sentence, m, claimed_territory(doc, know, sentence, m, keys)


def claimed_territory(doc: Document, know: Knowledge, sentence: Sentence, m: re.Match[str],
                      keys: tuple[str, ...] = ("country", "poss")) -> PlaceRow | None:
    """The territory a matched claim is about: a named group, a demonym, else the subject."""
    groups = m.groupdict()
    for key in keys:
        if groups.get(key):
            return know.territory(groups[key])
    if groups.get("demonym"):
        place_id = know.demonyms.get(normalize(groups["demonym"]))
        return know.place(place_id) if place_id else None
    return territory_subject(doc, know, sentence)


def historical(sentence: str, year: int | None = None) -> bool:
    """True when a sentence speaks of the past, or of a year up to ``year``."""
    if HISTORICAL.search(sentence):
        return True
    return year is not None and any(int(y) <= year for y in YEAR.findall(sentence))


def about_the_past(sentence: str) -> bool:
    """``historical`` for the sentence of a claim about today: a former name in an aside
    ("Kiribati, formerly the Gilbert Islands, keeps ...", "Eswatini (formerly Swaziland)
    ...") glosses a name, and an aside on how things came to be ("..., a legacy of the
    colonial mission schools") explains the present: neither puts the claim in the past."""
    return historical(_ORIGIN_ASIDE.sub(" ", _FORMER_ASIDE.sub(" ", sentence)))


_FORMER_ASIDE = re.compile(r",\s*(?:formerly|once|previously)\s[^,;()]*,|"
                           r"\(\s*(?:formerly|once|previously)\s[^()]*\)", re.I)
_ORIGIN_ASIDE = re.compile(rf"{ORIGIN_ASIDE}\b[^;]*$", re.I)  # to the sentence's end


def list_names(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# Comparisons that come before a percentage ("over 90%"), and how they bound the truth.
COMPARISON = (r"(?i:(?P<cmp>just\s+over|just\s+under|over|more\s+than|nearly|almost|about|around|"
              r"roughly|some|approximately|close\s+to|fewer\s+than|less\s+than|under|at\s+least)"
              r"\s+)?")
PERCENT = r"(?P<pct>\d{1,3}(?:\.\d+)?)\s*(?:%|\s?per\s?cent\b)"
_AT_LEAST = ("over", "more than", "just over", "at least")
_AT_MOST = ("under", "less than", "fewer than", "just under")


def share_conflicts(comparison: str | None, claimed: float, actual: float) -> bool:
    """Whether a share of ``actual`` percent clearly contradicts "over/about/under N%".

    Survey years and definitions differ between sources, so there is slack: 3
    points or 5% of the claim for "over"/"under", 5 points or 15% otherwise.
    """
    cmp = " ".join((comparison or "").lower().split())
    if cmp in _AT_LEAST:
        return actual < claimed - max(3.0, claimed * 0.05)
    if cmp in _AT_MOST:
        return actual > claimed + max(3.0, claimed * 0.05)
    if cmp in ("nearly", "almost", "close to"):
        return actual > claimed + 3.0 or actual < claimed - max(5.0, claimed * 0.15)
    return abs(actual - claimed) > max(5.0, claimed * 0.15)


class Lazy:
    """Regular expressions compiled on first use.

    Compiling every rule's patterns costs more than checking a short article,
    and most articles call on a few rules only: `loci check` on one file must
    start fast.
    """

    def __init__(self, *sources: str) -> None:
        self._sources = sources
        self._compiled: list[re.Pattern[str]] | None = None

    def __iter__(self) -> Iterator[re.Pattern[str]]:
        if self._compiled is None:
            self._compiled = [re.compile(s) for s in self._sources]
        return iter(self._compiled)


def owned(know: Knowledge, name: str) -> tuple[PlaceRow, str] | None:
    """A name after its territory's possessive: "Bhutan's Tiger's Nest" -> (Bhutan,
    "Tiger's Nest"), "Latvia's Proclamation Day" -> (Latvia, "Proclamation Day"); None
    where the words before the first "'s" name no territory ("Saint Rainier's Day")."""
    owner = _OWNER.match(name)
    if owner is None or (territory := know.territory(owner.group(1))) is None:
        return None
    return territory, name[owner.end():]


_OWNER = re.compile(r"(.+?)['’]s\s+(?=\S)")


def name_of(place: PlaceRow, start: bool = False) -> str:
    """A place's name as a message says it: "the Bahamas" ("The Bahamas" opening it)."""
    name = the(place.name)
    return name[:1].upper() + name[1:] if start else name


def owner_of(place: PlaceRow, start: bool = False) -> str:
    """A place's name as its owner: "China’s", "the Bahamas’" ("The Bahamas’")."""
    return possessive(name_of(place, start))
