"""Outdated names: former names of countries and cities, and entities that no longer exist."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from functools import cache

from loci.check.context import context, subjects
from loci.check.cues import data
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import FormerName, Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    LISTED_FEATURE,
    PAST_TENSE,
    PRESENT,
    historical,
    list_names,
    time_anchor,
    values,
)
from loci.places import Match
from loci.text import has_han

# An era named instead of a year: "in Soviet times", "under British rule", "before
# independence"
_ERA = re.compile(r"\b(?:in|during|under)\s+(?:the\s+)?(?:Soviet|colonial|British|French|"
                  r"Spanish|Portuguese|Dutch|Belgian|German|Italian|Ottoman|imperial|communist|"
                  r"Yugoslav|Habsburg|Japanese)\s+(?:times|rule|era|period|days|regime|years)\b|"
                  r"\bbefore\s+independence\b", re.I)
_ARTICLE = re.compile(r"\s+(?:the|a|an)$", re.I)
# A name's head before an old name in it: "Churches of Moldavia", "Foundation of the ..."
_PART_OF_NAME = re.compile(r"\b[A-Z][\w’'-]+ of(?: the)?$")
# A verb of naming, and what it names, right before a name: the name is spoken of as a
# name ("knew the port as", "spelled the city", "still call it", "known locally as").
_NAMED = re.compile(r"\b(?:spel(?:led|t|ls?|ling)|kn[eo]wn?|knows|call(?:ed|s|ing)?|"
                    r"name[ds]?|naming|dub(?:bed|s)?|styled?|label(?:l?ed|s|l?ing)?|"
                    r"mark(?:ed|s)?|print(?:ed|s)?|render(?:ed|s)?)"
                    r"(?:\s+(?:it|them|him|her|(?:the|this|that|our|its)(?:\s+[a-z]+){1,2}))?"
                    r"(?:\s+(?:locally|still|once|then|simply|widely|commonly))?"
                    # "known to older European maps as", "called on colonial stamps"
                    r"(?:\s+(?:to|on|in|by)(?:\s+[\w’'-]+){1,4}?)?(?:\s+as)?\s+$")


def listed_names(doc: Document) -> Iterator[tuple[int, str]]:
    """Names that can only be places: tags of a closing tag list and front-matter places."""
    for tag in doc.tags:
        yield tag.start, doc.text[tag.start:tag.end]
    for name, offset in doc.article.meta_offsets.items():
        yield offset, name


@rule("LC121", "former-country-name", "outdated-name", "warning")
def former_name(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A country or a city called by a name it no longer uses.

    Why: Swaziland became Eswatini in 2018, Macedonia North Macedonia in 2019,
    and Madras Chennai in 1996; an article using the old name reads as out of
    date or careless. A sentence that names the old name as old ("known until
    2018 as Swaziland", "sailors knew the port as ...") is fine, and so is a
    sentence about the years before the change (but not a year since which something
    has gone on, nor a past told in a relative clause). "The Kingdom of X" is a state of
    the past only where today's state has another form (the Kingdom of Dahomey; not the
    Kingdom of Swaziland, today's Kingdom of Eswatini). A city's old name that is
    another town's name today (Canton, Ohio: a town of 30,000 or more) is read as the
    old one only in a text about its country; a village's name, except in a text about
    the village's own country. A name with a height after it is a mountain's. Old names
    in capitals ("THE ELLICE ISLANDS, a chain of atolls, ...") are read too.

    Example:
        Swaziland is one of the last absolute monarchies in Africa.

    Instead:
        Eswatini (formerly Swaziland) is one of the last absolute monarchies in Africa.

    Data: the KB's former names (kind "former", with the year they changed,
    curated in loci's places.toml: territories', and 118 of well-known cities');
    names still in common use beside the new one (Turkey, Czech Republic,
    Saigon) are reported as info.
    """
    soft = set(data("outdated.toml")["still_in_use"])
    if _keeps_old_names(doc):
        return
    by_name, by_key = _former_by_name(know)
    for start, name in listed_names(doc):
        listed = by_key.get(know.norm(name))
        if listed is not None and (match := _former_match(know, listed)) is not None:
            yield _former_hit(know, start, name, match, soft)
    keys = _key_words(know, "former-keys", list(by_name))
    body = [s for s in doc.sentences if doc.words(s) & keys]  # others name none
    told = [(f.start, f.end) for f in doc.fields if _HISTORY_KEY.search(f.key)]
    for sentence in [*body, *_heading_sentences(doc)]:
        for m in _former_matches(know, sentence.text):
            at = sentence.start + m.start()
            if doc.quoted(at) or doc.titled(at) or any(a <= at < b for a, b in told):
                continue  # a quotation or a title keeps its source's words; "Former names:"
            former = by_name[m.group()]
            if _is_current_use(know, sentence.text, m, former) or \
                    _narrated(doc, sentence, former) or _other_place(doc, know, sentence, former):
                continue
            if (match := _former_match(know, former)) is not None:
                yield _former_hit(know, sentence.start + m.start(), m.group(), match, soft)


# A fact sheet's line whose key says its names are old ones: "Former names: ...".
_HISTORY_KEY = re.compile(r"\b(?:former|formerly|old|older|earlier|previous|historic(?:al)?|"
                          r"history)\b")


def _former_by_name(know: Knowledge) -> tuple[dict[str, FormerName], dict[str, FormerName]]:
    """The former names by name as written and by key, made once per Knowledge."""
    found = know.memo.get("former-by-name")
    if found is None:  # as written, and in capitals ("THE ELLICE ISLANDS, a chain of ...")
        found = know.memo["former-by-name"] = (
            {**{f.name.upper(): f for f in know.former_names if len(f.name) > 4},
             **{f.name: f for f in know.former_names}},
            {know.norm(f.name): f for f in know.former_names})
    by_name, by_key = found
    return by_name, by_key


def _former_match(know: Knowledge, former: FormerName) -> Match | None:
    """The territory a former name belonged to, as a look-up of that name would give it."""
    place = know.place(former.place)
    return Match(place, former.name, "former", 0.85, former.year) if place else None


def _key_words(know: Knowledge, key: str, names: list[str]) -> frozenset[str]:
    """One word of each name, its longest, in lower case: a sentence without any of them
    names none of the names (and "the", "republic" are no such word)."""
    found = know.memo.get(key)
    if not isinstance(found, frozenset):
        words = (re.findall(r"[^\W\d_]+", n.lower()) for n in names)
        found = know.memo[key] = frozenset(max(reversed(w), key=len) for w in words if w)
    return found


def _heading_sentences(doc: Document) -> list[Sentence]:
    """Headings, read like sentences: a former name in a heading is as outdated."""
    return [Sentence(h.block.start, h.block.end, doc.masked[h.block.start:h.block.end],
                     None, (h.block.start, h.block.end)) for h in doc.headings]


def _keeps_old_names(doc: Document) -> bool:
    """A statement near the top that the text uses the names of its period ("This guide
    uses the historical names"); a text that only speaks of former names does not."""
    reach = int(data("outdated.toml")["historical_names_reach"])
    top = " ".join(doc.lower(s) for s in doc.sentences[:reach])
    needle, pattern = _keeps_pattern()
    return needle in top and pattern.search(top) is not None


@cache
def _keeps_pattern() -> tuple[str, re.Pattern[str]]:
    """The pattern, and a word that every match holds ("name"), looked for first."""
    lists = data("outdated.toml")
    needle = "name" if all("name" in p for p in lists["historical_names"]) else ""
    names = "|".join(re.escape(p) for p in lists["historical_names"])
    uses = "|".join(re.escape(p) for p in lists["historical_names_uses"])
    return needle, re.compile(rf"\b(?:{uses})\s+(?:[\w’'-]+\s+){{0,3}}(?:{names})\b|"
                              rf"\b(?:{names})\s+(?:\w+\s+){{0,2}}(?:are|is|were)\s+"
                              rf"(?:\w+\s+)?(?:{uses})\b")


def _narrated(doc: Document, sentence: Sentence, former: FormerName) -> bool:
    """A sentence in the past tense, in a paragraph whose latest date is before the name
    changed: "In 1961 ... The Gold Coast's cocoa farmers prospered" narrates the past."""
    if former.year is None:
        return _narration(sentence.text)  # no year to compare: history is told in the past
    own = _main_clause(sentence.text)
    if not PAST_TENSE.search(own) or PRESENT.search(own):
        return False
    if _ERA.search(sentence.text):
        return True  # "Under Soviet rule the republic was the Kirghiz SSR": an era
    before = [s.text for s in doc.sentences
              if s.paragraph == sentence.paragraph and s.start <= sentence.start]
    anchor = time_anchor(" ".join(before[-4:]))
    return anchor is not None and anchor < former.year


def _former_matches(know: Knowledge, text: str) -> Iterator[re.Match[str]]:
    """The former names in a text as written, and in capitals where it has a word in
    capitals (a pattern of their own, made only then: most texts have none)."""
    for capitals in (False, True):
        if capitals and not _CAPITALS.search(text):
            break
        if (pattern := _former_pattern(know, capitals)) is not None:
            yield from pattern.finditer(text)


_CAPITALS = re.compile(r"\b[A-Z]{5,}\b")


def _former_pattern(know: Knowledge, capitals: bool = False) -> re.Pattern[str] | None:
    key = f"former-pattern-{capitals}"
    if key not in know.memo:
        # Longest first, so "Nyasaland Protectorate" is not read as "Nyasaland"; and the
        # names' first letters looked ahead for first, so the engine skips to them (3x).
        # Chinese names stand between other characters, with no word's edge to find
        by_name, _ = _former_by_name(know)
        names = sorted((name for name in by_name if not has_han(name)
                        and (name.isupper() and len(name) > 4) == capitals),
                       key=len, reverse=True)
        firsts = "".join(sorted({re.escape(n[0]) for n in names}))
        know.memo[key] = re.compile(
            rf"(?=[{firsts}])(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])"
        ) if names else None
    pattern: re.Pattern[str] | None = know.memo[key]
    return pattern


def _is_current_use(know: Knowledge, sentence: str, m: re.Match[str], former: FormerName) -> bool:
    """Whether the sentence uses the name rightly: as history, as part of another name, or so."""
    if _STILL_KNOWN.match(sentence, m.end()) or _NOW_NAMED.search(sentence, 0, m.start()):
        return False  # "X, as the country is still known today", "the capital, now called X"
    if _told_as_past(f"{sentence[:m.start()]} {sentence[m.end():]}", former, m.start()):
        return True  # (not from the name's own words: "the Former Yugoslav Republic of ...")
    before = sentence[max(0, m.start() - 20):m.start()].rstrip()
    if (part := _PART_OF_NAME.search(before)) and not _same_state(know, former, part.group()):
        return True  # "Churches of Moldavia", a heritage site's name
    if LISTED_FEATURE.match(sentence, m.end()):
        return True  # "the Antelope, Bombay and North reefs": a reef's name
    if any(_HEIGHT_AFTER.match(sentence, other.end())
           for other in re.finditer(re.escape(m.group()), sentence)):
        return True  # "Santa Isabel (3,007 m)", there or elsewhere in it: a mountain's name
    after = sentence[m.end():m.end() + 20].lstrip()
    lists = data("outdated.toml")
    following = after.split(" ", 1)[0].strip(".,;:!?)")
    if following.lower() in lists["compounds"] or (following[:1].isupper() and
                                                  not sentence[m.end():].startswith((", ", "."))):
        return True  # "Ceylon tea", "Burma Road": a thing named after the country
    words_before = [*lists["historic_before"], *lists["as_a_name_before"],
                    *lists["not_after"].get(former.name, [])]
    # with an article or without: "bore the name of the Gold Coast"
    if any(text.endswith(w) and not _same_state(know, former, w)
           for text in (before, _ARTICLE.sub("", before)) for w in words_before) \
            or any(after.startswith(w) for w in lists["not_before"].get(former.name, [])):
        return True
    if (any(after.lstrip(",—– ").startswith(w) for w in lists["as_a_name_after"])
            or _ITS_NAME.match(sentence, m.end())) and not _borne_today(sentence, m.end()):
        return True  # "Ceylon, a name that lives on in its tea", "Frunze, its Soviet name"
    if _NAMED.search(sentence, max(0, m.start() - 40), m.start()) and not (
            _OFFICIAL_NOW.search(sentence) and not _WAS.search(sentence)):
        return True  # "sailors knew the port as Amoy", "old maps spell it Tsingtao"; but
        # not "is officially styled Zaire on its coins" or "passports name it Swaziland"
    # "Eswatini (Swaziland)", "Swaziland, now Eswatini": the new name beside the old one
    # (but "Inner Mongolia" does not name Mongolia, nor does "the fa'a Samoa way" far on);
    # anywhere in a sentence that tells the past ("X and Y combined to form Tanzania")
    told = PAST_TENSE.search(sentence) and not PRESENT.search(sentence)
    if not told and _ROLE_OF.search(sentence, max(0, m.start() - 30), m.start()):
        return False  # "Djibouti, the capital of French Somaliland, handles ...": the city
        # named beside is no gloss of the old name but what the sentence says is in it
    reach = len(sentence) if told else _BESIDE
    rest = sentence[max(0, m.start() - reach):m.start()] + " " + \
        sentence[m.end():m.end() + reach]
    current = know.current_names(former.place)
    if (label := _LABEL.fullmatch(sentence, 0, m.start())) is not None and \
            label.group(1).strip() in current:
        return False  # "**Eswatini** — Swaziland's reed dance ...": an entry's label, no gloss
    return any(_named_alone(rest, name) for name in current if len(name) > 3)


# An entry's label before the sentence's words: "**Eswatini** — ", "Eswatini: "
_LABEL = re.compile(r"\s*[*_]*([^*_:—–.]+?)[*_]*\s*[:—–.]\s*[*_]*\s*")


def _borne_today(sentence: str, end: int) -> bool:
    """Whether the words on the name after it say it is the one the place bears by law or
    on its papers now ("Rangoon, the name every ticket bears", "the name the city legally
    holds"), not of old ("the name printed on old postcards")."""
    clause = _CLAUSE_END.split(sentence[end:], maxsplit=2)
    words = " ".join(clause[:2])  # the comma before the aside, then the aside
    return bool(_BORNE.search(words)) and not _WAS.search(words) and not _OF_OLD.search(words)


_CLAUSE_END = re.compile(r"[,;.:!?()—–]")
_BORNE = re.compile(r"\bofficial(?:ly)?\b|\blegally\b|\bprinted\b|"
                    r"\bon\s+(?:(?:the|its|their|your|our|every|any|a)\s+)?(?:[a-z]+\s+)?"
                    r"(?:passports?|tickets?|maps?|stamps?|banknotes?|coins?|signs?)\b", re.I)
_OF_OLD = re.compile(r"\b(?:old|older|former|colonial|vintage|antique|then)\b", re.I)
# The name a place bears by law or on its papers today, not what people call it.
_OFFICIAL_NOW = re.compile(r"\bofficial(?:ly)?\b|\bpassports?\b|\bthe\s+present\s+day\b", re.I)
# The past, told by words other than a participle: "styled" and "issued" are no past
# ("is still styled X", "passports issued today"), though PAST_TENSE would take them
_WAS = re.compile(r"\b(?:was|were|had|did|until|formerly|once|used\s+to)\b", re.I)
# A name said to be the one in use now: after it ("X, as the country is still known today")
# or before it ("now called X")
_STILL_KNOWN = re.compile(r"\s*,?\s+as\s+(?:the\s+)?[\w’' -]{1,40}?\s+(?:is|are)\s+(?:still|now)\s+"
                          r"(?:known|called|named)\b(?!\s+(?:by|to|for)\b)")
_NOW_NAMED = re.compile(r"\bnow\s+(?:officially\s+|usually\s+|commonly\s+)?"
                        r"(?:called|named|known\s+as|styled|spelled|spelt)\s+$")
_ROLE_OF = re.compile(r"\b(?:capital|chief\s+town|main\s+port|largest\s+city|seat)\s+of\s+"
                      r"(?:the\s+)?$", re.I)


def _told_as_past(text: str, former: FormerName, at: int = 0) -> bool:
    """Whether a sentence (its former name taken out) speaks of the past or of a year up to
    the change, in its own clause: a relative clause between commas tells of something
    else ("Reval, whose merchants once traded with Lübeck, receives the ferries"), unless
    it speaks of names ("Bombay, which was renamed in 1995, ..."); a year since which
    something has gone on is no past ("has hosted the festival since 1969"), nor is a
    year in a sentence that says what is still so, in the present tense ("still bears the
    scars of the 1988 earthquake"). A clause in the present tense after a colon or a
    semicolon is read alone: "The country has moved its capital once: Nur-Sultan is the
    seat" speaks of today."""
    begin = max(text.rfind(":", 0, at), text.rfind(";", 0, at)) + 1
    ends = [i for i in (text.find(":", at), text.find(";", at)) if i >= 0]
    clause = text[begin:min(ends, default=len(text))]
    if begin and PRESENT.search(clause) and not PAST_TENSE.search(clause):
        text, at = clause, at - begin
    text = _main_clause(text, at)
    still = _STILL.search(text) is not None and PAST_TENSE.search(text) is None and \
        _NAMING.search(text) is None  # "old maps still mark it by its pre-1924 name"
    return historical(_SINCE_YEAR.sub(" ", text), None if still else former.year)


def _main_clause(text: str, at: int = 0) -> str:
    """A sentence without its relative clauses set off by commas, or in the past at a
    clause's end after the former name's place ``at`` ("the city that took over from
    Almaty in 1997"; not "the colours that Burma used from 1943"), but for one on names
    ("Bombay, which was renamed in 1995, ...")."""
    return _RELATIVE_ASIDE.sub(lambda m: m.group() if _NAMING.search(m.group()) or (
        m.group("open") is not None and m.start() < at) else ",", text)


# "Frunze, its Soviet-era name", "Salisbury, the city's colonial name": called a name
_ITS_NAME = re.compile(r"\s*[,(—–]\s*(?:its|their|the\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}names?\b")
_HEIGHT_AFTER = re.compile(r"\s*\(\s*[\d,.]+\s*(?:m|metres|meters|ft|feet)\b")
_RELATIVE_ASIDE = re.compile(r",\s*(?:whose|which|who|whom|where)\b[^,;:()]*,|"
                             # and one that is not set off: "..., the planned city that took
                             # over from Almaty in 1997" (to the clause's end)
                             r"(?<=[a-z])\s+(?P<open>that|which|who)\s+(?:[a-z]+ed|took|became|"
                             r"was|were|had|won|gave|came|began|grew|rose|fell|saw|made)\b"
                             r"[^,;:()]*(?=[,;:]|$)")
_NAMING = re.compile(r"\b(?:re-?named|names?|named|called|known|became)\b", re.I)
_SINCE_YEAR = re.compile(r"\b(?:ever\s+)?since\s+(?:the\s+)?(?:1[5-9]\d\d|20\d\d)s?\b", re.I)
_STILL = re.compile(r"\b(?:still|today|nowadays|currently)\b", re.I)


def _same_state(know: Knowledge, former: FormerName, form: str) -> bool:
    """Whether "the Kingdom of" (a state's form before its old name) is the form of the state
    there today, renamed: "the kingdom of Swaziland" is the Kingdom of Eswatini, while the
    Kingdom of Dahomey was another state than the Republic of Benin."""
    if not form.lower().endswith(" of"):
        return False
    return any(name.lower().startswith(form.lower()) for name in know.official_names(former.place))


_BESIDE = 40  # characters either side of a former name where its new one glosses it (in the
# present tense)


def _named_alone(text: str, name: str) -> bool:
    """Whether ``name`` stands in the text as a name of its own, not as the end of a longer
    one ("Inner Mongolia", "Papua New Guinea")."""
    start = text.find(name)
    while start >= 0:  # str.find, not a pattern made for each name: this runs per sentence
        end = start + len(name)
        if not _joins(text[start - 1:start]) and not _joins(text[end:end + 1]) and \
                not _OF_A_NAME.search(text, 0, start):  # "the Bight of Benin"
            before = text[:start].split()
            if not before or not before[-1][:1].isupper() or before[-1][-1] in ".,;:!?(":
                return True
        start = text.find(name, start + 1)
    return False


# A name's head before "of": what follows is part of that name ("Bight of", "Gulf of the")
_OF_A_NAME = re.compile(r"\b[A-Z][\w’'-]+\s+of\s+(?:the\s+)?$")


def _joins(char: str) -> bool:
    """A character that makes a name part of a longer word: a letter, a digit, _ or -."""
    return char.isalnum() or char in "_-" if char else False


NAMESAKE_POPULATION = 30_000  # a town this big bearing a former name today is a place of its
# own (Salisbury, England; Bathurst, New South Wales): the old name is read as old only in
# a text about the country that bore it


def _other_place(doc: Document, know: Knowledge, sentence: Sentence, former: FormerName) -> bool:
    """Also the current name of another place (Gold Coast, Australia; Canton, Ohio; Port
    Elizabeth, a village of Bequia in a text on Saint Vincent), unless the article is about
    the territory that used to bear it (or the former name's city)."""
    namesakes = [x.place for x in know.exact(former.name) if x.how != "former"
                 and (x.place.is_territory or x.place.kind == "city")]
    if not namesakes:
        return False
    # the territory of the sentence and of its surroundings, headings aside ("An essay on
    # Hunan": China); the sentence's own may be the other place's ("reach Canton": Ohio's)
    ctx = context(doc, know)
    subject, around = ctx.subject(sentence), ctx.surroundings(sentence)
    named = {p.id for p in namesakes}
    told = {t.id for p in subjects(doc, know, sentence) if (t := know.territory_of(p))}
    about = told | {t.id for t in (subject, around) if t}
    # what the text is about besides the name itself, read as the village
    elsewhere = {t.id for p in subjects(doc, know, sentence)
                 if p.id not in named and (t := know.territory_of(p))}
    if around is not None:
        elsewhere.add(around.id)
    owner = know.place(former.place)  # a city's former name: its country's
    territory = know.territory_of(owner) if owner is not None else None
    if (territory.id if territory is not None else former.place) in about:
        return False
    # a large namesake anywhere; a village of the name only in a text about its territory
    # (which the name itself, read as the village, does not make it)
    return any(p.is_territory or (p.population or 0) >= NAMESAKE_POPULATION or
               ((home := know.territory_of(p)) is not None and home.id in elsewhere)
               for p in namesakes)


def _former_hit(know: Knowledge, start: int, name: str, match: Match, soft: set[str]) -> Hit:
    current = match.place.name
    since = f" since {match.year}" if match.year else ""
    fact = next((f for f in know.facts(match.place.id, "former-name")
                 if isinstance(f.value, dict) and f.value.get("name") == match.name), None)
    evidence = Evidence(fact.text, fact.source) if fact else None
    return Hit(start, start + len(name), f"{name} has been called {current}{since}", current,
               evidence, severity="info" if match.name in soft else None)


@rule("LC122", "dissolved-entity", "outdated-name", "warning")
def dissolved(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A place named as if it still existed, though it was dissolved.

    Why: the Netherlands Antilles were dissolved in 2010 and Serbia and
    Montenegro in 2006; what stands there now is their successors.

    Example:
        The Netherlands Antilles is a popular diving destination.

    Instead:
        Curaçao and Bonaire, once part of the Netherlands Antilles, are popular with divers.

    Data: ISO 3166-3 and loci's places.toml (dissolved entities, the date they
    ended, their successors). A sentence in the past tense alone narrates
    history and is left alone, and so is a territory's time in or under the state ("its
    years under the Ottoman Empire"). "Serbia and Montenegro" in running prose is
    read as the two countries unless a singular verb follows it or a place is set in it
    ("Kotor, in Serbia and Montenegro, ...").
    """
    for start, name in listed_names(doc):
        match = next((m for m in know.exact(name) if m.place.status != "current"), None)
        if match is not None:
            yield _dissolved_hit(know, start, name, match)
    keys = _key_words(know, "dissolved-keys", _dissolved_names(know))
    for sentence in doc.sentences:
        if not doc.words(sentence) & keys:
            continue  # no dissolved state's name starts with any word of the sentence
        for start, name, match in _dissolved_in(know, sentence.text):
            if match.place in subjects(doc, know, sentence):
                continue  # an article about the Netherlands Antilles may name them
            if doc.quoted(sentence.start + start) or doc.titled(sentence.start + start):
                continue  # a book's title keeps its own words
            ended = _ended(know, match.place.id)
            until = int(ended[:4]) if ended else None
            if _EVENT.search(sentence.text, 0, start) or _PAST_BOND.search(sentence.text, 0, start):
                continue  # "after the fall of the Soviet Union": its end (or birth) is the point;
                # "Libya's years under the Ottoman Empire": a past that is over
            if not historical(sentence.text, until + 1 if until else None) and \
                    not _narration(sentence.text, until):
                yield _dissolved_hit(know, sentence.start + start, name, match)


def _narration(text: str, until: int | None = None) -> bool:
    """History told in the past tense: a state that is gone can only be spoken of in the
    past ("Finland resisted invasions by the Soviet Union"). Not a traveller's own past
    ("we took the train to Bratislava, Czechoslovakia's second city"): that is recent;
    nor a tale dated after ``until``, the year the state ended."""
    told = _ASIDE.sub("", text)  # "(now the EU)" is the writer's aside, not the tale
    if PAST_TENSE.search(told) is None or _PERSONAL.search(told) is not None:
        return False
    # "annexed present-day Kyrgyzstan in 1876": a date keeps a glance at today in the past
    anchor = time_anchor(told)
    if anchor is not None and until is not None and anchor > until:
        return False  # "in 2019 we ...": after the state was gone
    return PRESENT.search(told) is None or anchor is not None


_EVENT = re.compile(r"\b(?:fall|collapse|break-?up|dissolution|disintegration|demise|end|"
                    r"partition|breaking\s+up|founding|foundation|creation|formation|birth|"
                    r"establishment|proclamation)\s+of\s+(?:the\s+)?$", re.I)
# A territory's time in or under a state, told as such: "its history as part of", "the
# years under", "a legacy of", "the days of"
_PAST_BOND = re.compile(r"\b(?:history|past|days|times?|years|decades|centuries|era|legacy|"
                        r"heritage)\s+(?:(?:as\s+(?:a\s+)?)?part\s+of|under|in|within|of)\s+"
                        r"(?:the\s+)?$", re.I)
_ASIDE = re.compile(r"\([^()]*\)")
_PERSONAL = re.compile(r"\b(?:(?<!War )I|we|We|us|our|Our|my|My|you|You|your|Your)\b")


def _dissolved_names(know: Knowledge) -> list[str]:
    """English names of places that no longer exist, longest first."""
    found = know.memo.get("dissolved-names")
    if not isinstance(found, list):
        found = know.memo["dissolved-names"] = sorted(know.kb.vocab("dissolved-names"),
                                                      key=len, reverse=True)
    return found


def _dissolved_in(know: Knowledge, text: str) -> Iterator[tuple[int, str, Match]]:
    if "dissolved-pattern" not in know.memo:
        names = _dissolved_names(know)
        # "Serbia and Montenegro" is one state before a singular verb, or where a place is
        # set in it ("Kotor, in Serbia and Montenegro, ..."); else the two countries
        alternatives = [re.escape(n) + r"(?=\s+(?:is|has)\b)|(?<=, in )" + re.escape(n)
                        + r"(?=[,.;])" if " and " in n else re.escape(n) for n in names]
        know.memo["dissolved-pattern"] = re.compile(
            r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])") if names else None
    pattern: re.Pattern[str] | None = know.memo["dissolved-pattern"]
    for m in pattern.finditer(text) if pattern else ():
        match = next((x for x in know.exact(m.group()) if x.place.status != "current"), None)
        if match is not None:
            yield m.start(), m.group(), match


def _ended(know: Knowledge, place_id: str) -> str | None:
    ended = [v.get("ended") for v in values(know.facts(place_id, "dissolution"))]
    return next((e for e in ended if e), None)


def _dissolved_hit(know: Knowledge, start: int, name: str, match: Match) -> Hit:
    place_id = match.place.id
    facts = [f for f in know.facts(place_id, "dissolution") if isinstance(f.value, dict)
             and f.value.get("successors")]
    successors = facts[0].value["successors"] if facts else []
    names = [p.name for s in successors if (p := know.place(s)) is not None]
    ended = _ended(know, place_id)
    year = f" in {ended[:4]}" if ended else ""
    then = f"; its successors are {list_names(names)}" if names else ""
    evidence = Evidence(facts[0].text, facts[0].source) if facts else None
    when = f" (dissolved{year})" if ended and ended < date.today().isoformat() else ""
    suggestion = " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 2 else names)
    return Hit(start, start + len(name), f"{name} no longer exists{when}{then}",
               suggestion or None, evidence)
