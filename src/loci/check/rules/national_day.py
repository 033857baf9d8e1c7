"""National days: a holiday and its date, wherever a clause puts the two together."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from anyascii import anyascii

from loci.check import cues
from loci.check.claims import Claim, claims, field_territory, fields
from loci.check.context import Context, context
from loci.check.document import DAY, MONTH, Document, Sentence
from loci.check.findings import Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    ORDINALS,
    about_the_past,
    evidence,
    list_names,
    name_of,
    owned,
    owner_of,
    values,
)
from loci.check.values import NAME
from loci.kb import FactRow, PlaceRow
from loci.text import normalize

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
# "the twentieth of June", "the thirty-first of May": a day as an ordinal word
_ORDINAL_DAYS = (*ORDINALS[:20], *(f"twenty-{o}" for o in ORDINALS[:9]), "thirtieth",
                 "thirty-first")
_DAY_WORD = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_DATE = re.compile(rf"\b(?:(?:the\s+)?(?P<d1>{DAY})(?:\s+of)?\s+(?P<m1>{MONTH})(?!\d)|"
                   rf"(?P<m2>{MONTH})\s+(?P<d2>{DAY})(?![\d:])|"
                   rf"the\s+(?P<d3>(?i:{_DAY_WORD}))\s+of\s+(?P<m3>{MONTH}))\b")
# Words before a substitute day off: "(day off in lieu: 23 February)", "(observed 5 July)"
_IN_LIEU = re.compile(r"\b(?:in\s+lieu|observed(?:\s+on)?|substitute\s+day|moved\s+to)\s*:?\s*$",
                      re.I)
# A holiday's name or the national day needs one of these words.
_HOLIDAY_CUES = frozenset({"day", "holiday", "holidays", "festival", "eve", "anniversary",
                           "national", "independence", "independent", "celebration", "fête",
                           "fiesta", "fest", "commemoration", "founding", "foundation",
                           "proclamation", "establishment", "creation", "declaration",
                           "unification", "liberation", "restoration", "fiestas", "patrias",
                           "nationale", "nacional", "nazionale", "nationalfeiertag",
                           "revolution", "celebrate", "celebrates", "celebrated",
                           "commemorate", "commemorates", "commemorated"})
_MONTH_WORDS = frozenset([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                          "sept", "oct", "nov", "dec"])
_CLAUSE = re.compile(r";|\.\s|\bwhile\b|\bwhereas\b|\bbut\b")
# After a list entry's date ("2 July (observed): June 30 Revolution Day"): a note in
# brackets, then a colon and the holiday's whole name, to the end of the line but for a
# last bracket (its name in another language: "Independence (National) Day (Jour de ...)")
_ENTRY = re.compile(r"\s*(?:\((?P<note>[^()]*)\))?\s*:\s*(?P<name>[^\n]*?)"
                    r"(?:\s*\([^()]*\))?\s*$")
_SUBSTITUTE_NOTE = re.compile(r"\b(?:observed|in\s+lieu|substitute|day\s+off)\b", re.I)
# A day named after a holiday it is not: "Day off for Jamhuri Day", "Alternative holiday for
# Liberation Day", "The Day following Mid-Autumn Festival", "the eve of"
_NAMED_AFTER = frozenset({"for", "after", "following", "before", "preceding", "of", "to"})
# What may follow a national day's words as a holiday's own name ("National Day of
# Remembrance", "Festa nazionale di San Francesco") or a territory ("National Day of Qatar")
_OF_NAME = re.compile(r"\s+(?:of|for|de|di|du|da|del|della|do|dos|das|des)\s+"
                      r"(?:(?:the|la|le|el)\s+|l['’])?"
                      r"(?P<what>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|de|da|do|e|y|et|di|du|"
                      r"del|la)\s+)*[A-Z][\w’'-]*)*)")
_REACH = 70  # characters between a holiday's name and its date
_NAME_WORDS = re.compile(r"[A-Z][\w-]+")
_NEW_CLAUSE = re.compile(r",\s+(?:and|while|whereas)\s|;")
_FIXED_YEARS = 3  # a holiday on the same day this many years running has a fixed date


@dataclass(frozen=True, slots=True)
class _Claim:
    start: int  # the date as written
    end: int
    day: int
    month: int
    holiday: str | None  # its name as written, None for "the national day"
    national: bool  # called the national day
    territory: PlaceRow | None
    year: int
    since: int | None = None  # a year written with the date ("4 July 1946"): the event's
    first: int | None = None  # the first day of a range ("11–15 July")
    definite: bool = False  # called *the* national day ("Kenya's national day is ...")


@rule("LC241", "wrong-national-day", "national-day", "error")
def wrong_national_day(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A national day, or a holiday, given on a date other than the territory's.

    Why: dates are the kind of detail a drafting tool fills in with
    confidence; a traveller plans around them.

    Example:
        Malawi's national day, Independence Day, falls on 6 June.

    Instead:
        Malawi's national day, Independence Day, falls on 6 July.

    Data: the Factbook's national holiday (name and day) and the holidays
    package's public holidays. A holiday's name and a date are read together
    wherever one clause holds both ("Independence Day falls on 6 July",
    "Malawians celebrate Independence Day on 6 July", "Day (6 July)", "July
    6th", "the 6th of July", "Independence is marked on 6 July"), the date going with
    the name nearest it, in a calendar's entry ("**6 July: Malawi.** Independence Day
    ...", "**Malawi - 6 July.** ..."), in a table's row under "Holiday" and "Date"
    columns (the place its first cell, or a "Country" or "Where" column's), and as a
    range of days ("5–7 July", "5 and 6
    July"); the national holiday also by the event the Factbook says it marks ("the
    founding of the People's Republic on 1 October"). A dated step towards independence
    ("voted for independence on ...") is none, and the people whose coming a holiday
    marks ("the landing of settlers from Britain") do not say where it is kept. The
    national holiday is checked by name and date; another holiday on a fixed day by the
    holidays package's date; a holiday called the national day that is not is reported.
    A holiday the holidays package keeps under that very name on the day written, in the
    year written (this year if none), is right whatever the Factbook's day ("In 2026
    Independence Day falls on 16 August" in Gabon), unless the text calls it the national
    day; a substitute day off ("day off in lieu: 23 February", "2 July (observed): ...") is no
    date of the holiday, nor is a day named after one ("Day off for Jamhuri Day"). A list
    entry's date goes with the whole name after its colon ("- 12 September: The Day ..."),
    up to a comma or a dash that says more of it; a month alone ("Kenya's national day
    is in November") is checked against the national holiday's. A holiday named with its
    people's adjective ("German Unity Day") is their territory's, where its data knows
    the name.
    Another name the Factbook's description gives the holiday is its name ("or Merdeka Day;
    independence of Malaya"), and a name after a date and a new clause goes with the date
    after it ("Independence Day is 21 September, and Republic Day follows on 13 December"),
    while "and Vanuatu celebrates theirs on 30 July" is the holiday named before, kept by
    the place before the verb.
    "The Naadam festival" is the "Naadam holiday" (words for a holiday's kind aside), and
    another name the holidays package gives the national day's date ("State Foundation Day",
    20 August, in Hungary) is the national day.
    A holiday named by a word of its own ("Naadam on 11 July", "Songkran") is read where
    the Factbook or the holidays package knows that name; a holiday kept on the same days
    every year (Songkran, 13 to 15 April) has a fixed date.
    "National Day of Remembrance" is a holiday's own name, not the national day, unless the
    words after "of" name the territory. A movable holiday, or one the data does not know,
    is not checked.
    """
    for claim in _claims(doc, know):
        hit = _verify(know, claim)
        if hit is not None:
            yield hit
    for named in claims(doc, know, "national-day-name"):
        if not _DATE.search(named.sentence.text) and (hit := _verify_name(know, named)):
            yield hit
    yield from _in_month(doc, know)


def _in_month(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """ "Kenya's national day is in November": a month alone, checked against the month
    of the Factbook's national holiday where it gives one."""
    for sentence in doc.sentences:
        if "national" not in doc.words(sentence) or _DATE.search(sentence.text):
            continue
        for m in _in_month_pattern().finditer(sentence.text):
            territory = know.territory(m.group("owner") or m.group("owner2"))
            if territory is None:
                continue
            national = [f for f in know.facts(territory.id, "national-holiday")
                        if isinstance(f.value, dict) and f.value.get("month")]
            month = _month_number(m.group("month"))
            if len(national) != 1 or national[0].value["month"] == month:
                continue
            v = national[0].value
            start = sentence.start + m.start("month")
            yield Hit(start, start + len(m.group("month")),
                      f"{owner_of(territory, True)} national holiday is {v['name']}, "
                      f"{v['day']} {MONTHS[v['month'] - 1].title()}, not in "
                      f"{MONTHS[month - 1].title()}", MONTHS[v["month"] - 1].title(),
                      evidence(national[0]))


def _month_number(word: str) -> int:
    """A month's number (1 for January) from its name or abbreviation ("Sept.")."""
    short = word.lower().rstrip(".")[:3]
    return next(i for i, name in enumerate(MONTHS, 1) if name.startswith(short))


@cache
def _in_month_pattern() -> re.Pattern[str]:
    """ "Kenya's national day is in November", "the national holiday of Chile falls in
    September" (made on first use: it costs start-up 2 ms)."""
    return re.compile(rf"(?:(?P<owner>{NAME})['’]s\s+national\s+(?:day|holiday)|"
                      rf"[Tt]he\s+national\s+(?:day|holiday)\s+of\s+(?P<owner2>{NAME}))"
                      r"\s+(?:is|falls|comes|takes\s+place)\s+(?:in|each|every)\s+"
                      rf"(?:the\s+month\s+of\s+)?(?P<month>{MONTH})(?![\s.]*\d)")


def _verify_name(know: Knowledge, claim: Claim) -> Hit | None:
    """ "Songkran, Thailand's national day": a holiday called the national day that is not."""
    if claim.territory is None or claim.negated:
        return None
    national = [f for f in know.facts(claim.territory.id, "national-holiday")
                if isinstance(f.value, dict) and f.value.get("name")]
    if not national or any(_same_holiday(claim.value, f.value["name"]) or
                           _same_holiday(claim.value, str(f.value.get("description") or ""))
                           for f in national):
        return None
    known = _days_of(know, claim.territory.id, claim.value, date.today().year)
    after = claim.sentence.text[claim.end - claim.sentence.start:]
    if not known and not _holiday_word().search(claim.value) and \
            not _holiday_apposition().match(after):
        return None  # not recognisably a holiday: no claim to judge
    v = national[0].value
    when = f", {v['day']} {MONTHS[v['month'] - 1].title()}" if v.get("day") else ""
    return Hit(claim.start, claim.end, f"{claim.value} is not {owner_of(claim.territory)} national "
               f"holiday: it is {v['name']}{when}", v["name"], evidence(national[0]))


@cache
def _holiday_word() -> re.Pattern[str]:
    return re.compile(cues.table("national-day")["holiday_words"])


@cache
def _holiday_apposition() -> re.Pattern[str]:
    """ "Thingyan, the water festival": the words after a name that show it is a holiday."""
    return re.compile(cues.table("national-day")["holiday_apposition"])


def _claims(doc: Document, know: Knowledge) -> Iterator[_Claim]:
    ctx = context(doc, know)
    yield from _calendar_claims(doc, know)
    for sentence, first in doc.statements:
        words = doc.words(sentence)
        if not words & _MONTH_WORDS or about_the_past(sentence.text):
            continue
        cued = bool(words & _HOLIDAY_CUES)  # else only a holiday's own name can be read
        entry = _entry(sentence.text, first - sentence.start)
        for m in _DATE.finditer(sentence.text, first - sentence.start):
            if entry is not None and m.start() != entry[0].start():
                continue  # a date in an entry's note or in its holiday's name
            if _IN_LIEU.search(sentence.text, max(0, m.start() - 30), m.start()):
                continue  # "(day off in lieu: 23 February)": a substitute, not the holiday's day
            if entry is not None and _SUBSTITUTE_NOTE.search(entry[1].group("note") or ""):
                break  # "2 July (observed): ...": the day off for a holiday, not its day
            claim = (_entry_claim(know, ctx, sentence, m, entry[1]) if entry is not None
                     else None) or _read(know, ctx, sentence, m, cued)
            if claim is not None:
                yield claim
    for field in fields(doc, know, "national-day"):
        found = _DATE.search(field.sentence.text)
        if found is not None:
            yield _claim(field.sentence, found, None, True, field_territory(doc, know, field))
    yield from _table_claims(doc, know)


def _table_claims(doc: Document, know: Knowledge) -> Iterator[_Claim]:
    """ "| Japan | Emperor's Birthday | 23 February |" under "| Country | Holiday | Date |":
    a table's row names a holiday in one column and its date in another."""
    for cells in doc.table_rows:
        named = next((f for f in cells if f.key in _HOLIDAY_COLUMNS), None)
        dated = next((f for f in cells if f.key in _DATE_COLUMNS), None)
        if named is None or dated is None:
            continue
        sentence = dated.sentence
        found = _DATE.search(sentence.text, max(0, dated.start - sentence.start),
                             dated.end - sentence.start)
        if found is None:
            continue
        holiday = doc.text[named.start:named.end].strip()
        generic = _is_generic(holiday)
        yield _claim(sentence, found, None if generic else holiday, generic,
                     field_territory(doc, know, named))


_HOLIDAY_COLUMNS = frozenset({"holiday", "national holiday", "national day", "festival",
                              "celebration", "occasion"})
_DATE_COLUMNS = frozenset({"date", "day", "when", "falls on"})


def _calendar_claims(doc: Document, know: Knowledge) -> Iterator[_Claim]:
    """ "**18 May: Chile.** Navy Day ...": a calendar's entry dates the holiday its line
    names next, in the territory it heads."""
    entry: tuple[Sentence, re.Match[str]] | None = None
    for sentence in doc.sentences:
        head = next((m for pattern in _calendar_entry()[:1 if len(sentence.text) > 120 else 2]
                     if (m := pattern.match(sentence.text)) is not None), None)  # (the place
        # first only in a short line: a label)
        if head is not None:
            entry = (sentence, head)
            continue
        if entry is None or "\n" in doc.text[entry[0].end:sentence.start]:
            entry = None
            continue
        names = _holiday_names().search(sentence.text)
        generic = _generic().search(sentence.text)
        if (names or generic or _independence().search(sentence.text)) and \
                not _DATE.search(sentence.text):
            first, head = entry
            date_match = _DATE.search(first.text, head.start("date"))
            territory = know.territory(head.group("place").strip())
            if date_match is not None and territory is not None:
                holiday = names.group("name") if names else (
                    None if generic else "Independence Day")
                yield _claim(first, date_match, holiday, generic is not None, territory)
        entry = None


@cache
def _calendar_entry() -> tuple[re.Pattern[str], ...]:
    table = cues.table("national-day")
    return tuple(re.compile(table[key].replace("{DATE}", _DATE.pattern))
                 for key in ("calendar_entry", "calendar_entry_place_first"))


def _entry(text: str, at: int) -> tuple[re.Match[str], re.Match[str]] | None:
    """A list entry that opens with a date, then a colon and a holiday's name ("2 July
    (observed): June 30 Revolution Day"): the date and what follows it."""
    date_match = _DATE.match(text, at)
    after = _ENTRY.match(text, date_match.end()) if date_match is not None else None
    return (date_match, after) if date_match is not None and after is not None else None


def _entry_claim(know: Knowledge, ctx: Context, sentence: Sentence, m: re.Match[str],
                 entry: re.Match[str]) -> _Claim | None:
    """An entry's date with the whole name after it, which may open with an article ("The
    Day Maldives Embraced Islam") or hold a date ("June 30 Revolution Day"); None when the
    name is a territory (a calendar's "18 May: Chile.") or no holiday's that is known."""
    name = entry.group("name").strip(" *_.")
    if know.territory(name) is not None:
        return None
    name = _GLOSS.split(name, maxsplit=1)[0]  # "Swiss National Day, with bonfires": its name
    generic = _is_generic(name)
    its = owned(know, name)
    territory = its[0] if its else _named_for(know, name) or ctx.subject(
        sentence, (sentence.start + m.start(), sentence.start + m.end()))
    if its:
        name = its[1]
    claim = _claim(sentence, m, name, generic, territory)
    if generic or _holiday_word().search(name) or _independence().search(name) or (
            territory is not None and _days_of(know, territory.id, name, claim.year)):
        return claim
    return None


def _read(know: Knowledge, ctx: Context, sentence: Sentence, m: re.Match[str],
          cued: bool = True) -> _Claim | None:
    """The claim of the date ``m``; without a holiday's word in the sentence (``cued``),
    only one a holiday's own name makes ("Ólavsøka, on the 29th of July")."""
    text = sentence.text
    lo = max([0, m.start() - _REACH, *(c.end() for c in _CLAUSE.finditer(text, 0, m.start()))])
    stop = _CLAUSE.search(text, m.end())
    hi = min(len(text), m.end() + _REACH, stop.start() if stop else len(text))
    dates = [_date_span(text, d) for d in _DATE.finditer(text) if d.start() != m.start()]
    here = _date_span(text, m)

    def gap(words: tuple[int, int], date_span: tuple[int, int]) -> int:
        if words[1] <= date_span[0]:
            return date_span[0] - words[1]
        # a name after a date and a new clause is that clause's: "Independence Day is 21
        # September, and Republic Day follows on 13 December"
        joined = _NEW_CLAUSE.search(text, date_span[1], words[0]) is not None
        return words[0] - date_span[1] + (_REACH if joined else 0)

    def nearest(words: tuple[int, int]) -> bool:  # no other date is nearer to these words
        return not any(gap(words, d) < gap(words, here) for d in dates)

    def own_name(cue: re.Match[str]) -> str | None:
        """ "National Day of Remembrance": the words after "of" that make a holiday's own
        name, unless they name a territory ("National Day of Qatar")."""
        tail = _OF_NAME.match(text, cue.end())
        if tail is None or know.territory(tail.group("what")) is not None:
            return None
        return text[cue.start():tail.end()]

    if not cued:
        return _named_alone(know, ctx, sentence, m, lo, hi, nearest)
    if (theirs := _THEIRS.search(text, lo, m.start())) is not None:
        return _theirs(know, ctx, sentence, m, theirs)
    # the name nearest the date, by the words between them ("Independence Day is 26 March,
    # and Victory Day follows": Independence Day's); a name of one word and an article ("The
    # Day ...") is none
    found = [*_holiday_names().finditer(text, lo, hi), *_lower_names(text, lo, hi)]
    generic = next((g for g in _generic().finditer(text, lo, hi) if nearest(g.span())), None)
    if generic is not None and own_name(generic) is not None:
        found.append(generic)  # "National Day of Prayer": a holiday's own name
        generic = None
    names = [(gap(h.span(), here), h, own_name(h) or h.group())
             for h in found if not h.start() <= m.start() < h.end() and nearest(h.span())
             and " " in normalize(h.group())]
    independence = next((i for i in _independence().finditer(text, lo, hi)
                         if nearest(i.span()) and not _TOWARD.search(text, 0, i.start())),
                        None)
    if not names and generic is None and independence is None:
        return _described(know, ctx, sentence, m, lo, hi) or _named_alone(
            know, ctx, sentence, m, lo, hi, nearest)
    _, name, written = min(names, key=lambda item: item[0]) if names else (0, None, "")
    if name is not None:
        # "Latvia's Proclamation Day" is the Factbook's "Republic of Latvia Proclamation Day"
        its = owned(know, written)
        holiday: str | None = its[1] if its else written
    elif generic is not None and generic.group()[:1].isupper():
        holiday = generic.group()  # "13 December: National Day", a holiday's own name
    else:
        holiday = "Independence Day" if independence else None
    # the power a holiday's independence was won from is another territory, not where it is
    # kept (and the people whose coming it marks came from elsewhere: see context._ARRIVED)
    ruler = _RULER.search(text)
    skip = ruler.span("who") if ruler else m.span()
    between = text[min(name.end(), m.end()):max(name.start(), m.start())] if name else ""
    if name is not None and not ruler and holiday == written and \
            not _NAME_WORDS.search(between) and \
            not any(know.territory(w) for w in _NAME_WORDS.findall(written)):
        # the holiday's own name is no place of it either ("Saint Patrick's Day" names no
        # parish of Dominica), unless a territory's ("Norway's Constitution Day") or one is
        # named between them ("Independence Day (Ghana): 6 March")
        skip = (min(name.start(), m.start()), max(name.end(), m.end()))
    territory = _owner(know, text, name or generic) or _demonym(know, text, lo, hi) or \
        _named_for(know, holiday) or \
        ctx.subject(sentence, (sentence.start + skip[0], sentence.start + skip[1]))
    claim = _claim(sentence, m, holiday, generic is not None, territory)
    if generic is not None and _DEFINITE.search(text, max(0, generic.start() - 30),
                                                 generic.end()):
        claim = replace(claim, definite=True)
    return claim


def _theirs(know: Knowledge, ctx: Context, sentence: Sentence, m: re.Match[str],
            theirs: re.Match[str]) -> _Claim | None:
    """ "Tuvalu marks Independence Day on 1 October, and Vanuatu celebrates theirs on 30
    July": the holiday named last before the pronoun, kept by the place it follows."""
    text = sentence.text
    before = [*_holiday_names().finditer(text, 0, theirs.start()),
              *_generic().finditer(text, 0, theirs.start())]
    if not before:
        return None
    named = max(before, key=lambda h: h.start())
    generic = _generic().fullmatch(text, named.start(), named.end()) is not None
    holiday = None if generic else named.group()
    owner = know.territory(theirs.group("who"))
    territory = owner or ctx.subject(sentence, (sentence.start + theirs.start(),
                                                sentence.start + m.end()))
    return _claim(sentence, m, holiday, generic, territory)


# "Vanuatu celebrates theirs on", "and the Solomon Islands keep their own on"
_THEIRS = re.compile(rf"(?:(?P<who>{NAME})\s+)?(?:celebrates?|marks?|observes?|keeps?|"
                     r"commemorates?|holds?)\s+(?:theirs|its\s+own|their\s+own|hers|his)"
                     r"\s+(?:on\s+(?:the\s+)?)?$")


def _named_alone(know: Knowledge, ctx: Context, sentence: Sentence, m: re.Match[str], lo: int,
                 hi: int, nearest: Callable[[tuple[int, int]], bool]) -> _Claim | None:
    """ "Ólavsøka, on the 29th of July", "Songkran on 13 April": a holiday named by one word
    of its own, with no "Day" or "Festival", that the territory's data knows: the
    Factbook's national holiday (its name or description, accents aside) or a holiday
    of the holidays package."""
    words = [w for w in _OWN_WORD.finditer(sentence.text, lo, hi)
             if w.start() > 0 and nearest(w.span()) and (lower := w.group().lower()) not in
             know.english_words and lower not in _MONTH_WORDS and lower not in know.demonyms
             and not know.exact(w.group())]  # no sentence's first word, place or people
    territory = ctx.subject(sentence, (sentence.start + m.start(), sentence.start + m.end())) \
        if words else None  # (asked only where a word may be a holiday's: most dates have none)
    if territory is None:
        return None
    national = [f for f in know.facts(territory.id, "national-holiday")
                if isinstance(f.value, dict) and f.value.get("name")]
    for word in words:
        written = _folded(word.group())
        for fact in national:
            if written in {_bare(str(fact.value.get(k) or "")) for k in ("name", "description")}:
                return _claim(sentence, m, fact.value["name"], False, territory)
        claim = _claim(sentence, m, word.group(), False, territory)
        if any(_bare(f.value["name"]) == written
               for _, f in _days_of(know, territory.id, word.group(), claim.year)):
            return claim  # "Songkran" is the holidays package's "Songkran Festival"
    return None


def _bare(name: str) -> str:
    """A holiday's name without its head word, accents or a bracket after it: "Naadam
    holiday" and "Songkran Festival" are Naadam and Songkran."""
    return _folded(" ".join(w for w in _base_name(name).split() if w.lower() not in _HEAD_WORDS))


_HEAD_WORDS = frozenset({"day", "festival", "holiday", "holidays", "the"})


_OWN_WORD = re.compile(r"\b[A-ZÀ-Þ][^\W\d_]{2,}\b")


def _folded(text: str) -> str:
    return anyascii(text).lower().strip()


def _date_span(text: str, m: re.Match[str]) -> tuple[int, int]:
    """Where a date stands, a range from its first day ("21–23 March")."""
    first = _RANGE_START.search(text, 0, m.start()) if m.group("d1") else None
    return (first.start() if first else m.start()), m.end()


def _described(know: Knowledge, ctx: Context, sentence: Sentence, m: re.Match[str],
               lo: int, hi: int) -> _Claim | None:
    """ "China celebrates the founding of the People's Republic on 1 August", "Argentines
    celebrate the May Revolution on 25 June": the national holiday told by the event it
    marks, where the Factbook's words for that holiday name the event (its description,
    "anniversary of the founding of the People's Republic of China"; its name, "Revolution
    Day (May Revolution of 1810)"): a claim of the national holiday's date."""
    text = sentence.text
    others = [d.start() for d in _DATE.finditer(text) if d.start() != m.start()]
    events = [e.group(0) for e in _EVENT.finditer(text, lo, hi)] or [
        e.group(0) for e in _EVENT_NAME.finditer(text, lo, hi)
        if not (e.start() <= m.start() < e.end()) and not _holiday_names().search(e.group(0))
        and not any(abs(e.start() - d) < abs(e.start() - m.start()) for d in others)]
    if not events:
        return None
    territory = _demonym(know, text, lo, hi) or ctx.subject(
        sentence, (sentence.start + m.start(), sentence.start + m.end()))
    if territory is None:
        return None
    for event in events:
        said = set(re.findall(r"[a-z]+", event.lower())) - _SMALL_WORDS
        for fact in know.facts(territory.id, "national-holiday"):
            if isinstance(fact.value, dict):
                words = " ".join(str(fact.value.get(k) or "") for k in ("name", "description"))
                if said <= set(re.findall(r"[a-z]+", words.lower())):
                    return _claim(sentence, m, None, True, territory)
    return None


# The power a territory's independence was won from ("separation from Britain") is not
# where the holiday is kept
_RULER = re.compile(rf"\b(?:independence|separation|secession|freedom|liberation)\s+from\s+"
                    rf"(?P<who>(?:the\s+)?{NAME})")
# A step towards independence, dated: "voted for independence on ...", "a march in favour of
# independence on ...": not the day independence came.
_TOWARD = re.compile(r"\b(?:for|in\s+favou?r\s+of|towards?)\s+$", re.I)
# "the founding of the People's Republic", "the proclamation of the Republic"
_EVENT = re.compile(r"\b(?:founding|foundation|proclamation|establishment|creation|"
                    r"declaration|unification|liberation|restoration)\s+of\s+(?:the\s+)?"
                    r"[A-Z][\w'’]+(?:\s+[A-Z][\w'’]+){0,3}")
# ... or by the event's own name, as the Factbook gives it: "the May Revolution" (Argentina's
# "Revolution Day (May Revolution of 1810)")
_EVENT_NAME = re.compile(r"\b[A-Z][\w'’]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’]+)+")
_SMALL_WORDS = frozenset({"of", "the", "s"})


# "Kenya's national day", "the national day", "the great national holiday": the one day,
# not one of the public holidays ("a national holiday").
_DEFINITE = re.compile(r"(?:['’]s|\b[Tt]he|\b[Ii]ts|\b[Tt]heir)\s+(?:(?:official|great|main|"
                       r"chief|principal)\s+)?national\s+(?:day|holiday)\b")


def _claim(sentence: Sentence, m: re.Match[str], holiday: str | None, national: bool,
           territory: PlaceRow | None) -> _Claim:
    word = m.group("d3")
    day = _ORDINAL_DAYS.index(word.lower()) + 1 if word else \
        int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
    month = _month_number(m.group("m1") or m.group("m2") or m.group("m3"))
    year = re.search(r"\b(20\d\d)\b", sentence.text)
    since = re.match(r",?\s+(1[5-9]\d\d|20\d\d)\b", sentence.text[m.end():])
    first = _RANGE_START.search(sentence.text, 0, m.start()) if m.group("d1") else None
    return _Claim(sentence.start + m.start(), sentence.start + m.end(), day, month, holiday,
                  national, territory, int(year.group(1)) if year else date.today().year,
                  int(since.group(1)) if since else None,
                  int(first.group(1)) if first and int(first.group(1)) < day and (
                      not first.group("and") or day - int(first.group(1)) == 1) else None)


# "5–7 July", "28 and 29 July" (joined by "and", two days running: "5 and 12 July" are two)
_RANGE_START = re.compile(r"\b([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s*(?:[–-]|to|(?P<and>and|&))"
                          r"\s*(?:the\s+)?$")


def _owner(know: Knowledge, text: str, cue: re.Match[str] | None) -> PlaceRow | None:
    """ "Norway's Constitution Day": the territory named just before the holiday."""
    if cue is None:
        return None
    owner = _POSSESSIVE.search(text, max(0, cue.start() - 60), cue.start())
    return know.territory(owner.group(1)) if owner else None


_GLOSS = re.compile(r"[,;]\s|\s[—–]\s")  # what a calendar says of a holiday after its name


def _named_for(know: Knowledge, holiday: str | None) -> PlaceRow | None:
    """The territory whose people's name opens a holiday's name, where that territory keeps
    a holiday of the name: "German Unity Day" is Germany's, wherever a calendar lists it."""
    name = _GLOSS.split(holiday or "", maxsplit=1)[0]
    people = know.demonym_in(name.split()[:3])
    if people is None or people[0] != 0 or (place := know.place(people[2])) is None:
        return None
    return place if _days_of(know, place.id, name, date.today().year) else None


def _demonym(know: Knowledge, text: str, start: int, end: int) -> PlaceRow | None:
    """ "Mexicans celebrate ...": a people named in the clause."""
    for word in re.findall(r"\b[A-Z][^\W\d_]+", text[start:end]):
        if word.endswith("s") and (place := know.demonyms.get(know.norm(word))):
            return know.place(place)
    return None


_POSSESSIVE = re.compile(rf"({NAME})['’]s?\s+(?:(?:own|annual|official)\s+)?$")


@cache
def _holiday_names() -> re.Pattern[str]:
    heads = cues.alternation("national-day", "heads")
    word = r"[A-Z][\w’'-]*"
    return re.compile(rf"(?P<name>{word}(?:\s+(?:of\s+(?:the\s+)?)?{word}){{0,4}}\s+(?:{heads}))"
                      r"(?!\w)")


def _lower_names(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Names with a head in small letters: "the Naadam holiday", "the Songkran festival"
    (not "Public holiday", "the Christian festival")."""
    return [h for h in _lower_head().finditer(text, start, end)
            if h.group(1).lower() not in _plain_words()]


@cache
def _lower_head() -> re.Pattern[str]:
    return re.compile(r"\b([A-Z][\w’'-]*)\s+(?:holiday|festival)(?!\w)")


@cache
def _plain_words() -> frozenset[str]:
    """Words before "holiday" or "festival" that say what kind of holiday, not which, and
    the heads of names ("the National Day holiday" is National Day's)."""
    return frozenset(w.lower() for w in (*cues.words("national-day", "kinds"),
                                         *cues.words("national-day", "heads")))


@cache
def _independence() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cues.alternation('national-day', 'independence')})\b", re.I)


@cache
def _generic() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cues.alternation('national-day', 'generic')})\b", re.I)


def _verify(know: Knowledge, claim: _Claim) -> Hit | None:
    if claim.territory is None:
        return Hit(claim.start, claim.end, "cannot tell which territory's holiday this is",
                   decided=False) if claim.national else None
    if claim.holiday and not claim.definite and _kept_that_day(know, claim):
        return None  # the holidays package keeps a holiday of that very name that day (not
        # a claim that it is *the* national day: "Ghana's national day is Republic Day")
    national = [f for f in know.facts(claim.territory.id, "national-holiday")
                if isinstance(f.value, dict) and f.value.get("month") and f.value.get("day")]
    if claim.holiday and not _is_generic(claim.holiday):
        same = [f for f in national if _same_holiday(claim.holiday, f.value["name"]) or
                any(_same_holiday(claim.holiday, other)
                    for other in _other_names(str(f.value.get("description") or "")))]
        if same:
            return _compare(claim, same)
        return _other_holiday(know, claim, national)
    if not national:
        return Hit(claim.start, claim.end,
                   f"no national holiday of {name_of(claim.territory)} on record", decided=False)
    return _compare(claim, national)


def _other_names(description: str) -> list[str]:
    """The Factbook's description of a holiday, and the other names it gives it ("or
    Merdeka Day; independence of Malaya": Merdeka Day)."""
    return [description, *(m.group(1) for m in _OR_NAME.finditer(description))]


_OR_NAME = re.compile(r"(?:^|;\s*|\)\s+)(?:also\s+(?:known|referred\s+to)\s+as|also\s+called|"
                      r"or)\s+([^;,()]+)")


def _kept_that_day(know: Knowledge, claim: _Claim) -> bool:
    """Whether the holidays package keeps a holiday named as written on the date written
    in the claim's year: "Independence Day on 16 August" in Gabon in 2026, "National Day" on
    13 December in Saint Lucia (not its national holiday, which the Factbook gives)."""
    assert claim.territory is not None and claim.holiday is not None
    first = claim.first or claim.day
    written = normalize(claim.holiday)
    return any(normalize(_base_name(f.value["name"])) == written  # that very name, of those
               and day.month == claim.month and first <= day.day <= claim.day  # alike
               for day, f in _days_of(know, claim.territory.id, claim.holiday, claim.year))


def _is_generic(name: str) -> bool:
    return normalize(name) in {normalize(g) for g in cues.table("national-day")["generic"]}


def _same_holiday(written: str, name: str) -> bool:
    """ "Independence Day" is "Kyrgyzstan's Independence Day"; "Songkran" is "Songkran
    Festival"; "Day off for Jamhuri Day" is not Jamhuri Day."""
    a, b = _of_form(normalize(written)), _of_form(normalize(name))
    if not a or not b:
        return False
    if a.endswith(" " + b) or b.endswith(" " + a):  # unless named after it: "Day off for
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)  # Jamhuri Day"
        return longer[:-len(shorter)].split()[-1] not in _NAMED_AFTER
    if a == b or b.startswith(a + " ") or a.startswith(b + " "):
        return True
    core = _kind_stripped(a)  # "the Naadam festival" is the "Naadam (games) holiday"
    return bool(core) and core == _kind_stripped(b) and core not in ("national", "the national")


def _of_form(name: str) -> str:
    """A possessive name said with "of": "emperor s birthday" is "birthday of emperor", as
    the Factbook has it ("Birthday of Emperor NARUHITO")."""
    m = _POSSESSED.fullmatch(name)
    return f"{m.group(2)} of {m.group(1)}" if m else name


_POSSESSED = re.compile(r"(?:the )?(\w+) s (\w+)")


def _kind_stripped(name: str) -> str:
    """A holiday's name without the words after it that say what kind of day it is."""
    words = name.split()
    while words and words[-1] in _KIND_WORDS:
        words.pop()
    return " ".join(words)


_KIND_WORDS = frozenset({"festival", "festivals", "holiday", "holidays", "day", "days", "games",
                         "celebration", "celebrations", "festivities", "feast", "fair"})


def _compare(claim: _Claim, facts: list[FactRow]) -> Hit | None:
    first = claim.first or claim.day
    if any(v["month"] == claim.month and first <= v["day"] <= claim.day
           for v in values(facts)):
        return None
    if claim.since and all(v.get("year") and v["year"] != claim.since for v in values(facts)):
        return None  # "independence on 4 July 1946": another event than the one commemorated
    dates = [f"{v['name']}, {v['day']} {MONTHS[v['month'] - 1].title()}" for v in values(facts)]
    return Hit(claim.start, claim.end,
               f"{_territory_owner(claim)} national holiday is {list_names(dates)}",
               list_names([f"{v['day']} {MONTHS[v['month'] - 1].title()}"
                           for v in values(facts)]), evidence(facts[0]))


def _other_holiday(know: Knowledge, claim: _Claim, national: list[FactRow]) -> Hit | None:
    """A named holiday that is not the national one: checked against the holidays
    package when its date is fixed; reported when the text calls it the national day."""
    territory = claim.territory
    assert territory is not None and claim.holiday is not None
    days = _days_of(know, territory.id, claim.holiday, claim.year)
    if claim.definite and national:
        # another name of the national day, on its date ("Tuvalu Day" is the holidays
        # package's name for the Factbook's Independence Day, 1 October)
        dates = {(v["day"], v["month"]) for v in values(national)}
        if (claim.day, claim.month) in dates and (
                not days or dates & {(d.day, d.month) for d, _ in days}):
            return None
        return _not_national(claim, territory, national)
    if days and _fixed(know, territory.id, claim.holiday, claim.year):
        if (claim.day, claim.month) in {(d.day, d.month) for d, _ in days}:
            return None
        day, fact = next(((d, f) for d, f in days if not _SUBSTITUTE_NOTE.search(
            f.value["name"])), days[0])  # the day itself, not a day off in lieu of it
        return Hit(claim.start, claim.end,
                   f"{claim.holiday} in {name_of(territory)} is on {day.day} "
                   f"{MONTHS[day.month - 1].title()}",
                   f"{day.day} {MONTHS[day.month - 1].title()}", evidence(fact))
    if claim.national and national and not days:
        return _not_national(claim, territory, national)
    return None


def _not_national(claim: _Claim, territory: PlaceRow, national: list[FactRow]) -> Hit:
    v = national[0].value
    return Hit(claim.start, claim.end,
               f"{claim.holiday} is not {owner_of(territory)} national holiday: it is "
               f"{v['name']}, {v['day']} {MONTHS[v['month'] - 1].title()}", None,
               evidence(national[0]))


def _days_of(know: Knowledge, territory: str, holiday: str,
             year: int) -> list[tuple[date, FactRow]]:
    rows = know.kb.holidays(territory, year)
    return [(date.fromisoformat(f.value["date"]), f) for f in rows
            if _same_holiday(holiday, _base_name(f.value["name"]))]


def _fixed(know: Knowledge, territory: str, holiday: str, year: int) -> bool:
    """Whether the holiday falls on the same days every year (its days off in lieu aside:
    "Boxing Day (observed)" on a Monday moves, Boxing Day does not; Songkran keeps 13 to
    15 April)."""
    years = {frozenset((d.day, d.month) for d, fact in _days_of(know, territory, holiday, y)
                       if not _SUBSTITUTE_NOTE.search(fact.value["name"]))
             for y in range(year, year + _FIXED_YEARS)}
    return len(years) == 1 and bool(next(iter(years)))


def _base_name(name: str) -> str:
    """ "Independence Day (observed)" is Independence Day."""
    return re.sub(r"\s*\([^)]*\)$", "", name)


def _territory_owner(claim: _Claim) -> str:
    return owner_of(claim.territory, True) if claim.territory else "The territory’s"
