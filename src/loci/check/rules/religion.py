"""Religion: majority and share claims against the Factbook's religious affiliation shares."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loci.check import cues
from loci.check.claims import field_territory, fields
from loci.check.context import context
from loci.check.cues import data
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    COMPARISON,
    PERCENT,
    about_the_past,
    name_of,
    share_conflicts,
)
from loci.check.values import NAME
from loci.kb import FactRow, PlaceRow
from loci.text import NUMBER_WORDS

_SHEET_PAIR = re.compile(r"(?P<rel>[A-Za-z][\w' -]*?)\s*(?::\s*)?(?P<pct>\d{1,3}(?:\.\d+)?)\s*%")


@dataclass(frozen=True, slots=True)
class _Claim:
    start: int
    end: int
    religion: str  # a family of religions.toml
    comparison: str | None
    percent: float | None  # None: "a majority", or a rank where ``rank``
    territory: PlaceRow | None
    rank: int = 0  # 1: "the largest religion", "the main faith"; 2: "the second-largest"
    minority: bool = False  # "Muslims are a minority": less than half
    single: bool = False  # "the largest single religious group": weighed row by row


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    """The religion shapes of cues.toml, with their placeholders filled in."""
    people = cues.alternation("people", "nouns")
    parts = {
        # "Ethiopian Orthodox", "Greek Catholic": a church's people before its name
        "R": (r"(?:[A-Z][a-z]+\s+(?=(?:Orthodox|Catholic|Apostolic)\b))?"
              rf"(?P<rel>{_religion_words()})\b"),
        "Q": rf"(?i:{cues.alternation('religion', 'majority')})",
        "VERB": (r"(?:(?:today|now|nowadays|still|also|mostly|mainly|largely|generally)\s+)?"
                 rf"(?:{cues.alternation('religion', 'verbs')})(?:\s+(?:the|an?))?"
                 r"(?:\s+(?:devout|practi[sc]ing|observant|committed|nominal|registered|"
                 r"bapti[sz]ed|professed|declared))?"),
        "WHO": (rf"(?P<who>(?:the\s+)?(?:[A-Z][^\W\d_]+\s+)?(?i:{people})"
                rf"(?:\s+(?:of|in|from|who\s+live\s+in|living\s+in)\s+(?:the\s+)?"
                rf"(?P<in>{NAME}|[a-z]+))?"
                rf"|(?P<poss>{NAME})['’]s\s+(?i:{people})"
                # "the principality's people": the territory the context is about
                rf"|the\s+(?:country|nation|island|islands|kingdom|principality|republic|"
                rf"territory|emirate|sultanate|state|archipelago|duchy)['’]s?\s+(?i:{people})"
                r"|(?:the\s+)?(?P<dem>[A-Z][^\W\d_’'-]*(?:[ -][A-Z][^\W\d_’'-]*){0,2}))"),
        "NOUN": r"(?P<noun>[\w-]+(?:\s+nation)?)",
        "CMP": COMPARISON,
        "PCT": PERCENT,
        "FRAC": rf"(?P<frac>(?i:{_FRACTION_WORDS}))\b",
        "NAME": NAME,
        # an adverb in commas before the verb: "Azerbaijan, meanwhile, is ..."
        "ASIDE": (r"(?:\s*,\s*(?:meanwhile|by\s+contrast|in\s+contrast|however|likewise|too|"
                  r"for\s+its\s+part|on\s+the\s+other\s+hand|in\s+turn|though|"
                  r"by\s+comparison|instead|in\s+fact|today)\s*,)?"),
        # "Ecuador is widely said to be 90% Protestant": what is said of it, as "is"
        "SAID_TO_BE": (r"is\s+(?:(?:often|widely|usually|sometimes|commonly|frequently)\s+)?"
                       r"(?:described|said|thought|reckoned|believed|reported)\s+(?:as|to\s+be)"),
    }
    return cues.templates("religion", "templates", parts)


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
    Christian), per check/data/religions.toml. Read where a religion's name
    stands beside a majority or a share ("most Uzbeks are Muslim", "Buddhism,
    the religion of most Thais", "Islam is the majority religion in Senegal", "the
    Tongans are chiefly of the Wesleyan persuasion", "Czechs, most of whom are ...",
    "Religion: Muslim 40%, Orthodox 31%", "| Main religion | Islam |", "| Religion |
    Islam, practised by the majority |", "Protestants outnumber Catholics in Chile",
    "Malawi is about 77% Christian", "about a third of Ghanaians are ...", "seven
    Malawians in ten", "Islam, Senegal's majority religion", "overwhelmingly Muslim —
    about 95 per cent —", "The Omanis are Muslims of the Ibadi persuasion in their great
    majority", "In Norway, about 70% belong to the Church of Norway", "Islam (is) the faith
    of some 90 per cent of the people"; "almost all", "almost entirely" claim over 85%;
    "Hindus are only a minority in Nepal" claims under half; a national church the
    Factbook names, such as the Church of Sweden, is weighed by its own row),
    the territory from its own words, a demonym or the context. "The largest religion",
    "the main faith" and "the largest (or most numerous) religious group" claim no
    majority: only that no other religion outnumbers it; "the second-largest" is wrong
    where two others outnumber it, or where it outnumbers every other row of the
    figures (none and other included). A claim
    about a part ("the predominantly Muslim north", "a Christian minority", a town or a
    region: "Zanzibar is almost entirely Muslim") or a past year is not checked.
    """
    for claim in _claims(doc, know):
        hit = _verify(know, claim, claim.territory)
        if hit is not None:
            yield hit
    yield from _outnumbered(doc, know)


def _outnumbered(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """ "Protestants now outnumber Catholics in Chile": the first more than the second by
    the Factbook's shares (a family is not weighed against its own branch)."""
    families = _families()
    entries = data("religions.toml")
    for sentence in doc.sentences:
        if "outnumber" not in doc.lower(sentence):
            continue
        for m in _outnumber_pattern().finditer(sentence.text):
            more, fewer = families[m.group("more")], families[m.group("fewer")]
            if more == fewer or entries[more].get("parent") == fewer or \
                    entries[fewer].get("parent") == more:
                continue
            span = (sentence.start + m.start(), sentence.start + m.end())
            territory = know.territory(m.group("in")) if m.group("in") else \
                context(doc, know).subject(sentence, span)
            facts = _shares(know, territory) if territory else []
            if territory is None or not facts:
                continue
            _, high, counted = _share(facts, more)
            low, _, counted_fewer = _share(facts, fewer)
            if counted_fewer and low > high:
                label = entries[more]["words"][0]
                yield Hit(*span, f"{m.group('more')} do not outnumber {m.group('fewer')} in "
                          f"{name_of(territory)}: {high:.1f}% against {low:.1f}% by the "
                          "Factbook", None,
                          _evidence(facts, counted or counted_fewer, f"{high:.1f}%", label))


@cache
def _outnumber_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(_families(), key=len, reverse=True))
    return re.compile(rf"\b(?P<more>{words})\b\s+(?:\w+\s+)?outnumber(?:s|ed)?\s+(?:the\s+)?"
                      rf"(?:[A-Z][a-z]+\s+)?(?P<fewer>{words})\b"
                      rf"(?:\s+(?:in|of)\s+(?:the\s+)?(?P<in>{NAME}))?")


# A claim needs one of these: a majority, a share, or the religion's role.
_CUES = ("major", "most", "predominantly", "overwhelmingly", "largely", "mainly", "chiefly",
         "primarily", "%", "per cent", "percent", "religion", "faith", "half", "nearly all",
         "almost all", "bulk", "largest", "biggest", "numerous", "third", "quarter", "fifth",
         "tenth", "in ten", "of ten", "in five", "of five", "in four", "of four", "in three",
         "of three", "minority")


@cache
def _cues() -> tuple[str, ...]:
    """``_CUES`` and every way cues.toml writes a majority that holds none of them ("the
    greater part of"): tested in turn, as substrings (a pattern of them all is slower)."""
    majorities = [w for w in cues.words("religion", "majority")
                  if not any(cue in w for cue in _CUES)]
    return (*_CUES, *sorted(majorities))


@cache
def _families() -> dict[str, str]:
    return {w: f for f, family in data("religions.toml").items() for w in family["words"]}


@cache
def _stems() -> re.Pattern[str]:
    """Beginnings of every religion word: a cheap test before the patterns run."""
    return re.compile("|".join(sorted({re.escape(w[:5].lower()) for w in _families()})))


def _claims(doc: Document, know: Knowledge) -> Iterator[_Claim]:
    for sentence, start in doc.statements:
        lower = doc.lower(sentence)  # searched without re.I, which costs a pattern half its speed
        if any(cue in lower for cue in _cues()) and _stems().search(lower) and \
                not about_the_past(sentence.text):
            yield from (c for c in _prose_claims(doc, know, sentence) if c.start >= start)
    yield from _sheet_claims(doc, know)


def _prose_claims(doc: Document, know: Knowledge, sentence: Sentence) -> Iterator[_Claim]:
    families = _families()
    seen: set[int] = set()
    text = sentence.text
    for pattern in _patterns():
        for m in pattern.finditer(text):
            start = sentence.start + m.start("rel")
            if start in seen or _about_a_part(text, m) or _in_parentheses(text, m.start()):
                continue
            if _a_place_within(know, m):
                seen.add(start)  # no other shape reads it as the territory's either
                continue
            seen.add(start)
            end = sentence.start + m.end("rel")
            pct, frac = m.groupdict().get("pct"), m.groupdict().get("frac")
            if m.groupdict().get("num"):  # "Nine Mongolians in ten"
                frac = f"{m.group('num')} in {m.group('den')}"
            cmp = m.groupdict().get("cmp")
            share = float(pct) if pct else _fraction(frac) if frac else None
            if m.groupdict().get("near"):  # "almost entirely Muslim": over 85%
                share, cmp = float(NEARLY_ALL), "over"
            yield _Claim(start, end, families[m.group("rel")], cmp, share,
                         _territory(doc, know, sentence, m, (start, end)),
                         _rank(m.groupdict().get("largest")), bool(m.groupdict().get("minority")),
                         bool(m.groupdict().get("single")))


NEARLY_ALL = 85  # percent that "almost all", "almost entirely" claim at least

# Shares written as fractions, in percent ("about a third" is about 33%, "four-fifths" 80%,
# "nine in ten" 90%)
_FRACTIONS = {"three quarters": 75.0, "two thirds": 66.7, "half": 50.0, "one half": 50.0,
              "a third": 33.3, "one third": 33.3, "a quarter": 25.0, "one quarter": 25.0,
              "a fifth": 20.0, "one fifth": 20.0, "a tenth": 10.0, "one tenth": 10.0,
              "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
              "nine tenths": 90.0}
_FRACTIONS |= {f"{NUMBER_WORDS[n]} {way} {NUMBER_WORDS[d]}": round(100 * n / d, 1)
               for d in (3, 4, 5, 10) for n in range(1, d) for way in ("in", "out of")}


def _fraction(written: str) -> float:
    """A fraction as written ("four-fifths", "Nine in ten") in percent."""
    return _FRACTIONS[" ".join(written.lower().replace("-", " ").split())]


_FRACTION_WORDS = "|".join(w.replace(" ", r"[\s-]+")
                           for w in sorted(_FRACTIONS, key=len, reverse=True))


def _rank(largest: str | None) -> int:
    """The rank a claim gives its religion: 0 none (a majority or a share), 1 the largest,
    2 the second largest."""
    return 0 if not largest else 2 if largest.lower().startswith("second") else 1


def _about_a_part(text: str, m: re.Match[str]) -> bool:
    """ "the predominantly Muslim north", "most people in the south", "a Christian minority"."""
    groups = m.groupdict()
    noun = groups.get("noun")
    if noun and noun[0].islower() and noun not in cues.words("religion", "whole") and \
            noun not in cues.words("religion", "not_nouns") and not noun.endswith("ly"):
        return True
    if groups.get("in") and _part_of().search(text, max(0, m.start() - 40), m.start()):
        return True  # "the south of Chile is ...": the place is the part's, not the claim's
    if _REMAINDER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True  # "nine-tenths Muslim, the remainder mostly Christian": of the rest
    if _SHARE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return True  # "its Christians at about 10%, mostly Orthodox": of the group counted
    # lower case only: "South Sudan" is a name; "the largest religious community" is the
    # claim's own words, so only what follows it counts there
    around = text[m.end() if groups.get("largest") or groups.get("minority")
                  else m.start():m.end() + 25]
    around = _CONCEDED.split(around, maxsplit=1)[0]
    whole = _MAJORITY_OF.search(m.group()) is not None  # "the Hindu community forms the
    # majority of Fijians": the community is the people's majority, not a part of them
    return any(re.search(rf"\b{re.escape(w)}\b", around) for w in cues.words("religion", "part")
               if not (whole and w in ("community", "communities")))


_SHARE_BEFORE = re.compile(r"\d\s*(?:%|per\s*cent|percent)\s*,\s+$")
_REMAINDER_BEFORE = re.compile(r"\b(?:the\s+)?(?:rest|remainder|others|remaining\s+[a-z]+)"
                               r"(?:\s+(?:are|is|being|were))?\s+$", re.I)


def _a_place_within(know: Knowledge, m: re.Match[str]) -> bool:
    """The claim's own words name a town or a region, not a territory: "Zanzibar is almost
    entirely Muslim" says nothing of Tanzania's shares."""
    for key in ("in", "poss"):
        name = m.groupdict().get(key)
        if name and name[:1].isupper() and know.territory(name) is None and \
                know.exact(name):
            return True
    return False


@cache
def _part_of() -> re.Pattern[str]:
    """A part's word and "of" just before a territory's name: "the south of (Chile)"."""
    words = "|".join(re.escape(w) for w in cues.words("religion", "part"))
    return re.compile(rf"\b(?:{words})\s+of\s+(?:the\s+)?$")


_MAJORITY_OF = re.compile(r"\bmajority\s+of\b")
# "..., although the highlands have churches", "..., especially on the coast": a clause
# or an emphasis of its own after the claim, which says nothing of which part it is about
_CONCEDED = re.compile(r"[,;]\s+(?:although|though|but|while|whereas|yet|even\s+though|"
                       r"particularly|especially|notably|above\s+all)\b|;|"
                       # a clause of its own: "..., and each village keeps its chapel"
                       r",\s+and\s+(?:each|every|nearly|almost|most|many|the|its|their)\b")


def _territory(doc: Document, know: Knowledge, sentence: Sentence, m: re.Match[str],
               span: tuple[int, int]) -> PlaceRow | None:
    groups = m.groupdict()
    for key in ("in", "poss", "noun"):
        if groups.get(key) and groups[key][:1].isupper():
            found = know.territory(groups[key])
            if found is not None:
                return found
    for key in ("dem", "who"):
        if found_people := know.demonym_in((groups.get(key) or "").split()):
            return know.place(found_people[2])
    # "The Tongans are chiefly of the Wesleyan persuasion, the missions of Rome ...": the
    # people the clause opens with, before a place the rest of the sentence names
    subject = _PEOPLE_SUBJECT.match(sentence.text, 0, m.start())
    if subject is not None and (place_id := know.demonyms.get(know.norm(subject.group(1)))):
        return know.place(place_id)
    return context(doc, know).subject(sentence, span)


_PEOPLE_SUBJECT = re.compile(r"\s*(?:The\s+)?([A-Z][^\W\d_]+s)\s+(?:are|were|remain)\b")


def _sheet_claims(doc: Document, know: Knowledge) -> Iterator[_Claim]:
    """ "Religion: Muslim 40%, Orthodox 31%": a share claim per religion named."""
    families = {w.lower(): f for w, f in _families().items()}
    for field in fields(doc, know, "religion"):
        territory = field_territory(doc, know, field)
        shares = list(_SHEET_PAIR.finditer(field.sentence.text))
        for m in shares:
            family = families.get(m.group("rel").strip().lower())
            if family is not None:
                start = field.start + m.start("rel")
                yield _Claim(start, start + len(m.group("rel").strip()), family, None,
                             float(m.group("pct")), territory)
        value = doc.text[field.start:field.end]
        majority = _MAJORITY_WORD.search(value) is not None
        if not shares and (first := _first_religion().match(value)) is not None and (
                majority or (field.key.startswith(_MAIN_KEYS) and not field.key.endswith("s"))):
            # "| Main religion | Islam |": the largest; "Islam, practised by a majority"
            start = field.start + first.start("rel")
            yield _Claim(start, start + len(first.group("rel")),
                         families[first.group("rel").lower()], None, None, territory,
                         rank=0 if majority else 1)


# A fact sheet's key for the largest religion, and words of a value that claim a majority
_MAIN_KEYS = ("main ", "majority ", "predominant ", "dominant ", "largest ", "chief ",
              "principal ")
_MAJORITY_WORD = re.compile(r"\b(?:majority|predominant(?:ly)?|mostly)\b", re.I)


@cache
def _first_religion() -> re.Pattern[str]:
    """A religion's word opening a fact sheet's value ("Islam, practised by ...")."""
    return re.compile(rf"\s*(?P<rel>{_religion_words()})\b", re.I)


@cache
def _religion_words() -> str:
    """Every religion's words (religions.toml) as an alternation, the longest first."""
    return "|".join(re.escape(w) for w in sorted(_families(), key=len, reverse=True))


def _in_parentheses(text: str, position: int) -> bool:
    before = text[:position]
    return before.count("(") > before.count(")")


def _verify(know: Knowledge, claim: _Claim, territory: PlaceRow | None) -> Hit | None:
    if territory is None:
        return Hit(claim.start, claim.end, "cannot tell which territory this share is about",
                   decided=False)
    facts = _shares(know, territory)
    if not facts:
        return Hit(claim.start, claim.end, f"no religion shares of {name_of(territory)} on record",
                   decided=False)
    low, high, counted = _share(facts, claim.religion)
    if not counted and (parent := data("religions.toml")[claim.religion].get("parent")):
        low, high, counted = _branch(facts, claim.religion, parent)
    label = _label(claim.religion, counted)
    share = f"{low:.1f}%" if low == high else f"{low:.1f}–{high:.1f}%"
    if claim.minority:
        return None if low < 50 else Hit(
            claim.start, claim.end, f"{label} believers are no minority in {name_of(territory)}: "
            f"{share} by the Factbook", None, _evidence(facts, counted, share, label))
    if claim.rank == 1:
        return _larger(facts, claim, territory, high, label, share)
    if claim.rank == 2:
        return _second(facts, claim, territory, (low, high, counted), label, share)
    if claim.percent is None:
        if low >= 50:
            return None
        if high >= 50:
            return Hit(claim.start, claim.end, f"the Factbook puts {label} at {share} in "
                       f"{name_of(territory)}", decided=False)
        severity = "warning" if high >= 45 else None
        wrong = f"{name_of(territory, True)} is not majority {label}"
    else:
        if not _conflicts(claim, low, high):
            return None
        severity, wrong = None, f"the {label} share of {name_of(territory)} is not {_said(claim)}"
    return Hit(claim.start, claim.end, f"{wrong}: {share} by the Factbook",
               f"about {high:.0f}% {label}", _evidence(facts, counted, share, label),
               severity=severity)


def _shares(know: Knowledge, territory: PlaceRow) -> list[FactRow]:
    """The territory's religion rows that give a share, one figure or a range (95-98%)."""
    return [f for f in know.facts(territory.id, "religion") if isinstance(f.value, dict)
            and (f.value.get("percent") is not None or f.value.get("range"))]


def _larger(facts: list[FactRow], claim: _Claim, territory: PlaceRow, high: float,
            label: str, share: str) -> Hit | None:
    """A religion called the largest that another one outnumbers in every reading of the
    figures (Catholics at 63.6% against Protestants at 14%); a family is not weighed
    against its own branches or parent, nor against "no religion"."""
    larger = _outnumbering(facts, claim.religion, high)
    if claim.single:  # "the largest single group": against each row, not each family
        counted = _share(facts, claim.religion)[2]
        larger = [(_percent(f), str(f.value["name"])) for f in facts
                  if f not in counted and _percent(f) > high
                  and not _counts(str(f.value["name"]), "none")
                  and not str(f.value["name"]).lower().startswith("other")]
    if not larger:
        return None
    low, other = max(larger)
    return Hit(claim.start, claim.end,
               f"{label} is not the largest religion of {name_of(territory)}: {other} "
               f"{low:.1f}% against {share} by the Factbook", other,
               _evidence(facts, [], share, label))


def _outnumbering(facts: list[FactRow], religion: str, high: float) -> list[tuple[float, str]]:
    """The religions more than ``high`` per cent in every reading of the figures, as
    (lowest share, word), each counted once: a branch is left out where its parent is
    there too, and so are ``religion``'s own parent and branches and "no religion"."""
    entries = data("religions.toml")
    kin = {religion, entries[religion].get("parent")}
    larger = {}
    for family, entry in entries.items():
        if family in kin or entry.get("parent") == religion or family == "none":
            continue
        low, _, counted = _share(facts, family)
        if counted and low > high:
            larger[family] = (low, _label(family, counted))
    return [share for family, share in larger.items()
            if entries[family].get("parent") not in larger]


def _second(facts: list[FactRow], claim: _Claim, territory: PlaceRow,
            shares: tuple[float, float, list[FactRow]], label: str, share: str) -> Hit | None:
    """A religion called the second largest that two others outnumber, or that every
    other row of the figures ("none" and "other" too) falls short of."""
    low, high, counted = shares
    larger = sorted(_outnumbering(facts, claim.religion, high), reverse=True)
    if len(larger) >= 2:
        (first, one), (second, two) = larger[:2]
        return Hit(claim.start, claim.end,
                   f"{label} is not the second-largest religion of {name_of(territory)}: "
                   f"{one} {first:.1f}% and {two} {second:.1f}% against {share} by the "
                   "Factbook", two, _evidence(facts, [], share, label))
    rest = [f for f in facts if f not in counted]
    if counted and rest and all(_percent(f) < low for f in rest):
        return Hit(claim.start, claim.end,
                   f"{label} is the largest religion of {name_of(territory)}, not the second: "
                   f"{share} by the Factbook", None, _evidence(facts, counted, share, label))
    return None


def _branch(facts: list[FactRow], branch: str, parent: str
            ) -> tuple[float, float, list[FactRow]]:
    """A branch's share where the Factbook gives only its parent's ("Christian 6.4%", no
    Orthodox share) and its other branches' ("Protestant 92.7%": none of this one): from
    none to all of the parent's own rows, or to half of one that says it is mostly another
    branch ("Muslim 97.3% (predominantly Shia)")."""
    siblings = [f for f, entry in data("religions.toml").items()
                if entry.get("parent") == parent and f != branch]
    # a row of a sibling branch holds none of this one ("Protestant 92.7%" is no Catholic)
    _, high, counted = _share([f for f in facts if not any(
        _counts(str(f.value["name"]), s) for s in siblings)], parent)
    for fact in counted:
        detail = str(fact.value.get("detail") or "")
        if _MOSTLY.search(detail) and any(_counts(detail, s) for s in siblings):
            high -= _percent(fact) / 2
    return 0.0, high, counted


def _conflicts(claim: _Claim, low: float, high: float) -> bool:
    """Whether a claimed share contradicts every value the figures allow."""
    said = claim.percent or 0.0
    if low <= said <= high:
        return False
    return share_conflicts(claim.comparison, said, high if said > high else low)


def _label(family: str, counted: list[FactRow]) -> str:
    """A family's name in a message: its first word, or for a national church the
    Factbook's row ("Armenian Apostolic"), which says which church it is."""
    entry = data("religions.toml")[family]
    if entry.get("named_by_row") and counted:
        return str(counted[0].value["name"])
    return str(entry["words"][0])


def _share(facts: list[FactRow], family: str) -> tuple[float, float, list[FactRow]]:
    """A family's share as (low, high): the rows it names, the shares their breakdowns
    give ("Christian 17.2% (Orthodox 17%)"), and the rows that only say they include
    it ("Muslim 88% (mostly Sunni)": at least half of 88, at most 88)."""
    low = high = 0.0
    counted = []
    for fact in facts:
        value, percent = fact.value, _percent(fact)
        if _counts(value["name"], family):
            low, high = low + percent, high + percent
            counted.append(fact)
            continue
        detail = str(value.get("detail") or "")
        # "Protestant 35.3% [includes Adventist 2.7% and other Protestant 32.6%]": a part
        # broken down again is counted once, by its outer figure
        parts = _parts(_NESTED.sub("", detail), family) or _parts(detail, family)
        if parts:  # "Shia 61-64%, Sunni 29-34%": a range as its two ends
            low, high = low + sum(p[0] for p in parts), high + sum(p[1] for p in parts)
            counted.append(fact)
        elif detail and _counts(detail, family):
            mostly = _MOSTLY.search(detail) is not None
            low, high = low + (percent / 2 if mostly else 0.0), high + percent
            counted.append(fact)
    return low, high, counted


def _parts(detail: str, family: str) -> list[tuple[float, float]]:
    """The shares a row's breakdown gives a family, each as (low, high)."""
    return [(float(m.group(2)), float(m.group(3) or m.group(2)))
            for m in _DETAIL_PART.finditer(detail) if _counts(m.group(1), family)]


_NESTED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
_DETAIL_PART = re.compile(r"([A-Za-z][\w' -]*?)\s+(\d{1,3}(?:\.\d+)?)"
                          r"(?:\s*[-–]\s*(\d{1,3}(?:\.\d+)?))?%")
_MOSTLY = re.compile(r"\b(?:mostly|mainly|predominantly|overwhelmingly|largely|chiefly|"
                     r"primarily|majority)\b", re.I)


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


def _evidence(facts: list[FactRow], counted: list[FactRow], share: str, label: str) -> Evidence:
    parts = "; ".join(f.text for f in (counted or facts)[:6])
    return Evidence(f"{label}: {share} ({parts})", facts[0].source)
