"""Sourcing: precise figures about people, an economy or behaviour, given without a source."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from functools import cache, lru_cache

from loci.check import cues
from loci.check.document import Document, Sentence
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule

_DIGIT = re.compile(r"\d")
# "one in five", "Six out of ten"
_IN_WORDS = re.compile(r"\b(?i:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\b")
_NUMBER = r"\d{1,3}(?:[.,]\d+)?"
_PERCENT = (rf"(?:between\s+)?{_NUMBER}(?:\s*(?:%|per\s?cent\b|percent\b)?\s*(?:-|–|to|and)\s*"
            rf"{_NUMBER})?\s*(?:%|\s?per\s?cent\b|\s?percent\b)")
_RATIO = (r"(?<![\d,.])\b(?i:one|two|three|four|five|six|seven|eight|nine|\d{1,2})\s+"
          r"(?:in|out\s+of)\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\b")
_MULTIPLIER = r"(?:\s+(?:thousand|million|billion))"
_CAPITALISED_PLURAL = re.compile(r"[A-Z][^\W\d_]+(?:s|es)$")
_ASKED_SHARE = re.compile(r"\b(?:[Ww]hat|[Ww]hich)\s+(?:share|percentage|proportion|"
                          r"fraction|per\s?cent(?:age)?)\s+of\b")
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Mm]y|[Oo]ur|[Uu]s)\b")
_COMPARED = re.compile(r"(?i:(?:an\s+average\s+of|just\s+over|just\s+under|over|more\s+than|"
                       r"nearly|almost|about|around|roughly|some|approximately|close\s+to|"
                       r"fewer\s+than|less\s+than|under|at\s+least|only)\s+)$")


@rule("LC401", "unsourced-statistic", "unsourced-statistic", "info")
def unsourced_statistic(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A precise figure about people, an economy or behaviour with no source nearby.

    Why: figures about people are the claims readers repeat; "studies show" is
    not a source, and a figure a reader cannot trace cannot be corrected either.

    Example:
        Census data shows fewer than 3% of the city's youth speak Manchu fluently.

    Instead:
        Fewer than 3% of the city's youth speak Manchu fluently, according to the 2020 census.

    Data: none. A figure is a share ("73% of Danes", "37% of Croatia's GDP", "one
    in five", "60% of hikers"; of one owner's things or of a whole supply when given
    to a tenth: "61.4% of our tours", "41.7% of the world's cloves"; to a tenth, opening its
    clause and doing something: "fully 31.6% still fish"), a
    count of people in thousands or more ("7.2 million visitors"), a count or a share said
    to be estimated ("an estimated 1,500 kilns", "an estimated 90% of its plants", "it is
    estimated that 3 in 10 ..."), a share of what a place sells, grows or makes
    ("70% of the saffron sold in Spain"), a quantity per head
    ("51.9 litres of wine per person a year", "64 transfers per person"), or any figure
    given as exact ("exactly 12,408 lakes", "precisely 47.6%"). A source is a link or
    footnote within reach, a named one in the sentence or its paragraph ("according to
    the World Bank", "(Census, 2020)", "the 2019 census", ", says Statistics Norway"; not
    "studies show", "according to statistics" or "a survey of the waterfront"), or the
    front matter's ``sources``. Everyday quantities,
    anecdotes ("about 30 villagers came"), a writer's own doings ("we walked 2 hours a
    day"), prices ("20% off") and definitions ("100% cotton") are not figures.
    """
    if any(key in doc.article.meta.extra for key in cues.table("statistic")["front_matter"]):
        return
    for sentence, first in doc.statements:
        if not _DIGIT.search(sentence.text) and not _IN_WORDS.search(sentence.text):
            continue  # a figure needs a digit or words like "one in"
        figures = [(s, e) for s, e in _figures(know, sentence.text, doc.lower(sentence),
                                               doc.words(sentence))
                   if sentence.start + s >= first]
        if not figures or _sourced(doc, sentence):
            continue
        for start, end in _apart(figures):
            figure = sentence.text[start:end]
            yield Hit(sentence.start + start, sentence.start + end,
                      f"'{figure}' has no source: cite one or link to it", "add a source")


def _apart(figures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One figure for each span read twice ("An estimated 62%" and its "62%"): the widest
    of those that overlap, in reading order."""
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(figures), key=lambda span: (span[0], -span[1])):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


def _figures(know: Knowledge, text: str, lower: str,
             words: frozenset[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each figure about people, an economy or behaviour in a sentence.

    Each kind of figure is looked for only where a word it needs is in the sentence
    (a per-cent sign, a noun for people, a unit): most sentences have none. ``lower`` and
    ``words`` are the text's lower case and its words, as the document keeps them."""
    patterns = _patterns()
    shares = [patterns["percent"]] if "%" in text or "cent" in lower else []
    if " in " in lower or "out of" in lower:
        shares.append(patterns["ratio"])  # "one in five"
    taken: list[tuple[int, int]] = []  # spans read, in order and apart
    for pattern in shares:
        for m in pattern.finditer(text):
            at = bisect.bisect_left(taken, (m.end(),))
            if at and taken[at - 1][1] > m.start():
                continue  # "2 in 10%": one figure, read once
            taken.insert(at, m.span())
            if (_about(know, text, m.end()) or _counted(m.group("fig"), text, m.end())
                    or _subject(text, m.start("fig"), m.end())
                    or (pattern is patterns["ratio"] and _people_after(know, text, m.end()))) \
                    and not _not_after(text, m.end()):
                yield _with_comparison(text, m.start("fig"), m.end("fig"))
    if words & cues.words("statistic", "counted"):
        for m in patterns["count"].finditer(text):
            yield _with_comparison(text, m.start("fig"), m.end("fig"))
    if "estimated" in words:
        for m in patterns["estimated"].finditer(text):
            # (a share is the figure alone, as the other readings of a share give it)
            share = next((g for g in ("share", "part") if m.group(g)), None)
            yield (m.start(share), m.end(share)) if share else (m.start(), m.end("fig"))
    # "We walked exactly 12 km": the writer's own doings (asked only where it matters).
    if words & {"exactly", "precisely"} and not _FIRST_PERSON.search(text):
        for m in patterns["exact"].finditer(text):
            yield m.start(), m.end("fig")
    if "per" in words or "head" in words:
        for m in patterns["per_head"].finditer(text):
            yield _with_comparison(text, m.start("fig"), m.end("fig"))
    if words & cues.words("statistic", "units") and not _FIRST_PERSON.search(text):
        for m in patterns["quantity"].finditer(text):
            if patterns["per"].search(text, m.end(), m.end() + 60) or \
                    patterns["per"].search(text, max(0, m.start() - 30), m.start()):
                yield _with_comparison(text, m.start("fig"), m.end("fig"))


def _people_after(know: Knowledge, text: str, end: int) -> bool:
    """A ratio before a people ("six in ten Fijians", "one in five young residents"): a
    share of them, as "of" would make it."""
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    for word in after.group(1).split():
        plain = word.lower()
        if plain in cues.words("people", "nouns") or (
                word[:1].isupper() and know.demonyms.get(know.norm(word.removesuffix("s")))):
            return True
    return False


_WORDS_AFTER = re.compile(r"\s+((?:[\w’'-]+\s+){0,2}[\w’'-]+)")


def _with_comparison(text: str, start: int, end: int) -> tuple[int, int]:
    """The figure with the words that bound it ("just over 40%", "an average of 51.9")."""
    before = _COMPARED.search(text, max(0, start - 30), start)
    return (before.start() if before else start), end


def _about(know: Knowledge, text: str, end: int) -> bool:
    """What follows a share makes it a figure about people or an economy: "of Danes",
    "of Croatia's GDP", "of the population", "of carpet sellers"."""
    after = re.match(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,3}[\w’'-]+)",
                     text[end:end + 80])
    if after is None:  # "What share of Danes cycle? Answer: 41%": the question says of whom
        return _asks_of_whom(text)
    words = after.group(1).split()
    plain = [w.lower().removesuffix("'s").removesuffix("’s") for w in words]
    if any(w in cues.words("statistic", "about") or w in cues.words("people", "nouns")
           for w in plain):
        return True
    for word in (w.removesuffix("'s").removesuffix("’s") for w in words[:3]):
        if word[:1].isupper() and (know.demonyms.get(know.norm(word)) or know.territory(word)):
            return True  # "of Danes", "of Croatia's GDP", "of young Chileans"
    first = words[0].removesuffix("'s").removesuffix("’s")
    return bool(_CAPITALISED_PLURAL.match(first)) and not know.exact(first)  # "of Bogotanos"


# "of our departures", "of backpackers in the Baltics": a share of things counted
_OF_MANY = re.compile(r"\s+of\s+(?:the\s+|all\s+|our\s+|your\s+|its\s+|their\s+|"
                      r"[A-Z][\w-]*(?:['’]s)?\s+)?"  # "of Hangzhou's restaurants", "of UEFA fans"
                      # "of the old town's guesthouses": words, a possessive, then the noun
                      r"(?:[a-z-]+(?:['’]s)?\s+){0,2}(?:[^\W\d_A-Z]|-){3,}(?<![siu])s\b"
                      # "22.5% longer than" (a price's "cheaper than" is no statistic)
                      r"|\s+(?:more|less|fewer|higher|lower|shorter|longer|faster|slower|"
                      r"larger|smaller|warmer|colder)\s+than\b")
# "of safari-goers", "of all hotel rooms in ...": things counted wherever they are, not one
# owner's ("40% of its rooms")
_OF_ALL = re.compile(r"\s+of\s+(?:all\s+)?(?!(?:the|its|our|your|their|his|her|my|these|"
                     r"those|this|that)\b)(?:[a-z-]+\s+)?[a-z-]{3,}(?<![siu])s\b")
# "of all the oolong", "of the world's vanilla": a share of a whole supply, not of one
# thing's make ("2.5% of the brass is tin")
_OF_TOTAL = re.compile(r"\s+of\s+(?:all\s+(?:the\s+)?|(?:the\s+)?(?:world|[A-Z][\w-]*)['’]s\s+)"
                       r"[a-z]")


# "of the raisins sold in China", "of the silk paper made in ...": a share of what a place
# sells, grows or makes
_OF_SUPPLY = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]{3,}\s+"
                        r"(?:sold|made|grown|produced|exported|imported|bought|eaten|drunk|"
                        r"brewed|caught|consumed)\s+(?:in|across|around|worldwide|globally)\b")


def _counted(figure: str, text: str, end: int) -> bool:
    """A share of things counted: of all there are, in whole numbers ("63% of hikers"), and
    of anything, or of a whole supply, to a tenth or finer ("68.2% of our departures",
    "41.7% of all the tea", "12.5% longer than"): a statistic whoever it is about, for
    nobody counts that by eye."""
    if _OF_ALL.match(text, end) or _OF_SUPPLY.match(text, end):
        return True
    return bool(re.search(r"\d[.,]\d", figure)) and bool(
        _OF_MANY.match(text, end) or _OF_TOTAL.match(text, end))


def _subject(text: str, start: int, end: int) -> bool:
    """A share to a tenth or finer that opens its clause and does something: "Fully 31.6%
    still fish", "..., and 12.5% own a boat": a share of the people the text is about,
    counted."""
    return bool(re.search(r"\d[.,]\d", text[start:end])) and \
        _OPENS_CLAUSE.search(text, max(0, start - 40), start) is not None and \
        _DOES.match(text, end) is not None


# Before a share that opens its clause: the sentence's start or a clause's, and at most a
# word that bounds it ("Fully", "Some", "just over")
_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s+|\s(?:and|but|while|whereas)\s+)(?:(?i:fully|some|only|"
                           r"just|nearly|almost|about|around|roughly|over|under|barely|"
                           r"approximately)\s+(?:(?i:over|under)\s+)?)?$")
# After it, a verb: an adverb or two, then a word in small letters other than "of", "is",
# "are" and the words of a price or a definition
_DOES = re.compile(r"\s+(?:(?:still|now|also|already|regularly|often|never|usually|rarely)\s+)*"
                   r"(?!(?:of|is|are|was|were|in|on|at|to|for|from|with|by|or|and|than)\b)"
                   r"[a-z]{3,}\b")


@lru_cache(maxsize=64)
def _asks_of_whom(text: str) -> bool:
    """Whether a sentence says whom its shares are of, anywhere in it (asked once for a
    sentence of many shares)."""
    return bool(_patterns()["about_any"].search(text) or _ASKED_SHARE.search(text))


def _not_after(text: str, end: int) -> bool:
    """ "20% off", "100% cotton": a price or a definition, not a statistic."""
    following = re.match(r"\s*([A-Za-z-]+)", text[end:end + 20])
    return following is not None and following.group(1).lower() in cues.words("statistic",
                                                                                 "not_after")


def _sourced(doc: Document, sentence: Sentence) -> bool:
    """A source named in the sentence, a link or footnote within reach, or a sentence of
    its paragraph that says where its figures come from ("Figures: Statistics Norway")."""
    if doc.has_source_near(sentence.start, max(sentence.end, sentence.paragraph[1])):
        return True
    if any(not _vague(m.group()) for m in _patterns()["sourced"].finditer(sentence.text)):
        return True
    paragraph = doc.masked[sentence.paragraph[0]:sentence.paragraph[1]]
    return _patterns()["figures_from"].search(paragraph) is not None


def _vague(cited: str) -> bool:
    words = re.findall(r"[a-z]+", cited.lower())
    return bool(words) and words[-1] in cues.words("statistic", "vague")


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    table = cues.table("statistic")
    counted = cues.alternation("statistic", "counted")
    units = cues.alternation("statistic", "units")
    about = cues.alternation("statistic", "about")
    return {
        "percent": re.compile(rf"(?P<fig>{_PERCENT})"),
        "ratio": re.compile(rf"(?P<fig>{_RATIO})"),
        "count": re.compile(rf"(?P<fig>(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?"
                            rf"{_MULTIPLIER})\s+(?:[a-z]+\s+)?(?:{counted}))\b"),
        "quantity": re.compile(rf"(?P<fig>\d+(?:[.,]\d+)?\s*(?:{units}))\b"),
        # "64 mobile-money transfers per person": a count of anything per head
        "per_head": re.compile(r"(?P<fig>\d+(?:[.,]\d+)?\s+(?:[\w-]+\s+){0,2}[\w-]+)\s+"
                               r"(?:per\s+(?:person|capita|head|inhabitant|resident)|a\s+head)"
                               r"\b"),
        # "an estimated 1,200 tea houses": a count someone made, of anything
        "estimated": re.compile(r"\b(?i:an|the)\s+estimated\s+(?P<fig>\d{1,3}(?:,\d{3})+|"
                                rf"\d+(?:\.\d+)?{_MULTIPLIER}|\d{{2,}})\s+"
                                r"(?!(?:per\s?cent|percent)\b)(?:[a-z-]+\s+){0,2}[a-z-]+s\b"
                                # ... or a share someone estimated: "an estimated 90% of its
                                # plants", "it is estimated that 3 in 10 entries ..."
                                rf"|\b(?i:an|the)\s+estimated\s+(?P<share>{_PERCENT})"
                                r"|\b(?i:it\s+is|it['’]s)\s+estimated\s+that\s+(?:(?:about|around|"
                                rf"some|roughly|nearly|over)\s+)?(?P<part>{_PERCENT}|{_RATIO})"),
        # "exactly 47.6% of ...", "precisely 12,408 ...": a figure that claims precision
        "exact": re.compile(rf"\b(?i:exactly|precisely)\s+(?P<fig>{_PERCENT}|"
                            r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|"
                            rf"\d+\.\d+\s*(?:{units})\b)"),
        "per": re.compile(rf"\b(?:{cues.alternation('statistic', 'per')})\b"),
        "about_any": re.compile(rf"\b(?:{about})\b", re.I),
        "sourced": re.compile("|".join(f"(?:{p})" for p in table["sourced_by"])),
        "figures_from": re.compile(r"\b(?:[Ss]ources?|[Ff]igures|[Dd]ata|[Ss]tatistics|[Nn]umbers)"
                                   r"(?:\s+(?:here|above|below|in\s+this\s+\w+))?\s*"
                                   r"(?::|(?:are\s+|come\s+|comes\s+)?(?:from|by))\s+"
                                   r"(?:the\s+)?(?:(?:19|20)\d\d|[A-Z])"),
    }
