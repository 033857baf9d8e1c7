"""Religion: majority and share claims against the Factbook's religious affiliation shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    COMPARISON,
    NAME,
    PERCENT,
    POSSESSIVE,
    claimed_territory,
    data,
    historical,
    share_conflicts,
)
from loci.kb import FactRow, PlaceRow

# The noun after "a majority-Muslim ..." when the claim is about the whole territory.
_WHOLE = (r"(?:country|nation|society|kingdom|republic|population|monarchy|state|"
          r"island|island\s+nation|archipelago|land)")
_WHO = (rf"(?P<who>(?:the\s+)?(?:people|population|inhabitants|residents|citizens)"
        rf"(?:\s+(?:of|in)\s+(?P<in>{NAME}))?|(?P<poss>{NAME}){POSSESSIVE}\s+(?:people|population|inhabitants|"
        rf"residents|citizens)|(?P<demonym>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?))")
_VERB = (r"(?:are|is|identify\s+as|practi[sc]e|follow|adhere\s+to|belong\s+to)\s+(?:the\s+)?"
         r"(?:[A-Z][\w-]+\s+){0,2}?")


@dataclass(frozen=True, slots=True)
class _Claim:
    start: int
    end: int
    religion: str  # a family of religions.toml
    comparison: str | None
    percent: float | None  # None: "a majority"
    match: re.Match[str]


@cache
def _patterns() -> list[re.Pattern[str]]:
    words = sorted((w for family in data("religions.toml").values() for w in family["words"]),
                   key=len, reverse=True)
    rel = rf"(?P<rel>{'|'.join(re.escape(w) for w in words)})\b"
    return [
        re.compile(rf"\b{rel}[- ]majority(?:\s+(?P<noun>\w+))?"),
        re.compile(rf"\bmajority[- ]{rel}(?:\s+(?P<noun>\w+))?"),
        re.compile(rf"\b(?:predominantly|overwhelmingly|mostly|largely|mainly)\s+{rel}"
                   rf"(?:\s+(?P<noun>\w+))?"),
        re.compile(rf"\b(?:[Mm]ost|[Tt]he\s+(?:vast\s+|great\s+)?majority\s+of|[Mm]ore\s+than\s+"
                   rf"half\s+of|[Nn]early\s+all|[Aa]lmost\s+all)\s+{_WHO}\s+{_VERB}{rel}"),
        re.compile(rf"\b{COMPARISON}{PERCENT}\s+of\s+{_WHO}\s+{_VERB}{rel}"),
        re.compile(rf"\b{rel}s?\s+(?:make\s+up|account\s+for|form|are|constitute)\s+{COMPARISON}"
                   rf"{PERCENT}\s+of\s+(?:the\s+)?(?:population|people|{NAME})"),
    ]


@rule("LC221", "religion-share", "religion", "error")
def religion_share(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A religious majority or share that the territory's figures contradict.

    Why: "a majority-Muslim country" or "over 90% are Catholic" is easy to
    write from a stereotype and easy to check; Malawi is about 14% Muslim.

    Example:
        Malawi is a majority-Muslim country on the shores of Lake Malawi.

    Instead:
        Malawi is a majority-Christian country with a sizeable Muslim minority.

    Data: the Factbook's religious affiliation shares; denominations add up
    to their family (Protestant, Roman Catholic and "other Christian" are all
    Christian), per check/data/religions.toml. A claim about a region ("the
    predominantly Muslim north") or a past year is not checked.
    """
    for sentence in doc.sentences:
        for claim in _claims(sentence):
            if historical(sentence.text):
                break
            territory = claimed_territory(doc, know, sentence, claim.match, ("in", "poss"))
            hit = _verify(know, claim, territory)
            if hit is not None:
                yield hit


@cache
def _families() -> dict[str, str]:
    return {w: f for f, family in data("religions.toml").items() for w in family["words"]}


@cache
def _stems() -> re.Pattern[str]:
    """Beginnings of every religion word: a cheap test before the patterns run."""
    return re.compile("|".join(sorted({re.escape(w[:5]) for w in _families()})))


def _claims(sentence: Sentence) -> Iterator[_Claim]:
    if not _stems().search(sentence.text):
        return
    families = _families()
    seen: set[int] = set()
    for pattern in _patterns():
        for m in pattern.finditer(sentence.text):
            groups = m.groupdict()
            noun = groups.get("noun")
            if noun and noun[0].islower() and not re.fullmatch(_WHOLE, noun):
                continue  # "the predominantly Muslim north": a region, not the territory
            start = sentence.start + m.start()
            if start in seen or _in_parentheses(sentence.text, m.start()):
                continue  # "Christian (predominantly Roman Catholic)": a breakdown, no claim
            seen.add(start)
            pct = groups.get("pct")
            yield _Claim(start, sentence.start + m.end("rel"), families[m.group("rel")],
                         groups.get("cmp"), float(pct) if pct else None, m)


def _in_parentheses(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("(") > before.count(")")




def _verify(know: Knowledge, claim: _Claim, territory: PlaceRow | None) -> Hit | None:
    if territory is None:
        return Hit(claim.start, claim.end, "cannot tell which territory this share is about",
                   decided=False)
    facts = [f for f in know.facts(territory.id, "religion")
             if isinstance(f.value, dict) and f.value.get("percent") is not None]
    if not facts:
        return Hit(claim.start, claim.end, f"no religion shares of {territory.name} on record",
                   decided=False)
    counted = [f for f in facts if _counts(f.value["name"], claim.religion)]
    share = sum(_percent(f) for f in counted)
    label = data("religions.toml")[claim.religion]["words"][0]
    if claim.percent is None:
        if share >= 50:
            return None
        severity = "warning" if share >= 45 else None
        wrong = f"{territory.name} is not majority {label}"
    else:
        if not share_conflicts(claim.comparison, claim.percent, share):
            return None
        severity, wrong = None, f"the {label} share of {territory.name} is not {_said(claim)}"
    return Hit(claim.start, claim.end, f"{wrong}: {share:.1f}% by the Factbook",
               f"about {share:.0f}% {label}", _evidence(facts, counted, share, label),
               severity=severity)


def _counts(name: str, family: str) -> bool:
    entry = data("religions.toml")[family]
    text = name.lower()
    return any(label in text for label in entry["labels"]) and \
        not any(no in text for no in entry.get("except", []))


def _percent(fact: FactRow) -> float:
    value = fact.value
    if value.get("range"):
        low, high = value["range"]
        return float(low + high) / 2
    return float(value["percent"])


def _said(claim: _Claim) -> str:
    return " ".join(filter(None, [(claim.comparison or "").lower(), f"{claim.percent:g}%"]))


def _evidence(facts: list[FactRow], counted: list[FactRow], share: float, label: str) -> Evidence:
    parts = "; ".join(f.text for f in (counted or facts)[:6])
    return Evidence(f"{label}: {share:.1f}% ({parts})", facts[0].source)
