"""Languages: official-language claims, and majority and share claims about speakers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    COMPARISON,
    NAME,
    PERCENT,
    POSSESSIVE,
    Lazy,
    claim_matches,
    data,
    list_names,
    share_conflicts,
)
from loci.kb import FactRow, PlaceRow
from loci.text import normalize

_LANG = r"[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?"
_LANGS = rf"(?P<langs>{_LANG}(?:(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+){_LANG}){{0,6}})"
_ONLY = r"(?:(?P<only>only|sole)\s+)?"
_OFFICIAL = Lazy(
    (rf"(?P<langs>{_LANG})\s+is\s+(?:the\s+|an\s+|one\s+of\s+the\s+)?{_ONLY}official\s+"
     rf"languages?(?:\s+(?:of|in)\s+(?:the\s+)?(?P<country>{NAME}))?"),
    (rf"(?P<country>{NAME}){POSSESSIVE}\s+{_ONLY}official\s+languages?\s+(?:is|are)\s+"
     rf"{_LANGS}"),
    (rf"\b[Tt]he\s+{_ONLY}official\s+languages?(?:\s+of\s+(?:the\s+)?(?P<country>{NAME}))?"
     rf"\s+(?:is|are)\s+{_LANGS}"),
)
_WHO = (rf"(?:(?:the\s+)?(?:people|population|inhabitants|residents|citizens)(?:\s+(?:of|in)\s+"
        rf"(?P<country>{NAME}))?|(?P<poss>{NAME}){POSSESSIVE}\s+(?:people|population|inhabitants|"
        rf"residents|citizens)|(?P<demonym>[A-Z][a-z]+))")
_SHARES = Lazy(
    (rf"\b(?:[Mm]ost|[Tt]he\s+(?:vast\s+)?majority\s+of)\s+{_WHO}\s+speak\s+"
     rf"(?P<lang>{_LANG})"),
    (rf"\b{COMPARISON}{PERCENT}\s+of\s+{_WHO}\s+speak\s+(?P<lang>{_LANG})"),
    (rf"(?P<lang>{_LANG})\s+is\s+spoken\s+by\s+{COMPARISON}{PERCENT}"),
    (rf"(?P<lang>{_LANG})\s+is\s+spoken\s+by\s+(?:most|the\s+majority)\b"),
)
_OFFICIAL_CLDR = ("official", "de_facto_official")


@dataclass(frozen=True, slots=True)
class _Language:
    name: str
    source: str  # dataset
    official: bool
    percent: float | None
    fact: FactRow


def _languages(know: Knowledge, territory: PlaceRow) -> list[_Language]:
    out = []
    for f in know.facts(territory.id, "language"):
        value = f.value
        if not isinstance(value, dict) or "name" not in value:
            continue
        official = value.get("official")
        is_official = official is True or official in _OFFICIAL_CLDR
        out.append(_Language(value["name"], f.source.dataset, is_official, value.get("percent"), f))
    return out


@cache
def _groups() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for group in data("languages.toml")["aliases"]:
        names = frozenset(normalize(n) for n in group)
        for name in names:
            out[name] = out.get(name, frozenset()) | names
    return out


def same_language(a: str, b: str) -> bool:
    x, y = normalize(a), normalize(b)
    return x == y or y in _groups().get(x, ()) or x.split()[-1:] == [y]




@rule("LC232", "official-language", "language", "error")
def official_language(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A language called official, or the only official one, where it is not.

    Why: official status decides the language of schools, courts and signs;
    "French is the only official language" of a bilingual country misinforms.

    Example:
        In Rwanda, French is the only official language.

    Instead:
        In Rwanda, Kinyarwanda, English, French and Swahili are official languages.

    Data: the Factbook's languages (marked official) and CLDR's official and
    de facto official languages; a claim holds when either source bears it
    out. Other spellings of one language (Chichewa, Nyanja) are in
    check/data/languages.toml.
    """
    for sentence, m, territory in claim_matches(doc, know, ("official",), _OFFICIAL):
        hit = _verify_official(know, sentence.start + m.start("langs"), m, territory)
        if hit is not None:
            yield hit


def _verify_official(know: Knowledge, start: int, m: re.Match[str],
                     territory: PlaceRow | None) -> Hit | None:
    end = start + len(m.group("langs"))
    if territory is None:
        return Hit(start, end, "cannot tell which territory this is about", decided=False)
    langs = [x for x in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", m.group("langs")) if x]
    known = _languages(know, territory)
    official = [x for x in known if x.official]
    if not official:
        return Hit(start, end, f"no official languages of {territory.name} on record",
                   decided=False)
    names = list_names(sorted({x.name for x in official if x.source == "factbook"}
                              or {x.name for x in official}))
    ev = Evidence(f"official: {names}", official[0].fact.source)
    wrong = [x for x in langs if not any(same_language(x, o.name) for o in official)]
    if wrong:
        return Hit(start, end, f"{list_names(wrong)} is not an official language of "
                   f"{territory.name}: official are {names}", names, ev)
    trusted = "factbook" if any(o.source == "factbook" for o in official) else "cldr"
    if m.group("only") and not _only(langs, official, trusted):
        return Hit(start, end, f"{territory.name} has more official languages than "
                   f"{list_names(langs)}: {names}", names, ev)
    return None


def _only(langs: list[str], official: list[_Language], source: str) -> bool:
    names = [o.name for o in official if o.source == source]
    return all(any(same_language(n, x) for x in langs) for n in names)


@rule("LC231", "language-share", "language", "error")
def language_share(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A share of speakers ("most people speak X", "90% speak X") the figures contradict.

    Why: the language a visitor can expect to hear is a practical fact, and
    drafts overstate colonial languages: most Malawians do not speak English
    as well as Chichewa.

    Example:
        In Malawi, over 90% of the population speak English.

    Instead:
        In Malawi, English is official, and Chichewa is the most widely spoken language.

    Data: CLDR's share of each territory's population speaking a language and
    the Factbook's language shares; a claim holds when either source bears it
    out. Shares of a part of the population ("3% of the youth") are not checked.
    """
    for sentence, m, territory in claim_matches(doc, know, ("speak", "spoken"), _SHARES,
                                                past=True):
        hit = _verify_share(know, sentence.start + m.start("lang"), m, territory)
        if hit is not None:
            yield hit


def _verify_share(know: Knowledge, start: int, m: re.Match[str],
                  territory: PlaceRow | None) -> Hit | None:
    lang = m.group("lang")
    end = start + len(lang)
    if territory is None:
        return Hit(start, end, "cannot tell which territory this is about", decided=False)
    shares = [x for x in _languages(know, territory)
              if x.percent is not None and same_language(lang, x.name)]
    if not shares:
        return Hit(start, end, f"no share of {lang} speakers in {territory.name} on record",
                   decided=False)
    pct = m.groupdict().get("pct")
    claimed, cmp = (float(pct), m.group("cmp")) if pct else (50.0, "over")
    if any(not share_conflicts(cmp, claimed, x.percent or 0.0) for x in shares):
        return None
    best = max(shares, key=lambda x: x.percent or 0.0)
    said = f"{cmp + ' ' if cmp else ''}{claimed:g}%" if pct else "a majority"
    return Hit(start, end, f"{lang} is not spoken by {said} in {territory.name}: "
               f"{best.percent:g}% ({best.source})", f"about {best.percent:.0f}%",
               Evidence(best.fact.text, best.fact.source))
