"""Place names in prose: runs of capitalised words, looked up exactly (never fuzzily).

Precision first: a run is only a place when the KB holds exactly that name,
codes never count in prose ("AI" is not Anguilla), and a single word that
names a city counts only for cities of some size, since GeoNames has villages
called Hope, Mission and Liberty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from loci.check import cues
from loci.check.knowledge import Knowledge
from loci.places import Match

MAX_WORDS = 7
MIN_CITY_POPULATION = 50_000  # a one-word city name counts from this size
MIN_SHORT_CITY_POPULATION = 500_000  # and one of three letters from this ("Fes", "Ufa", "Qom")
_WORD = re.compile(r"[^\W\d_](?:[\w’'.-]*\w)?\.?")
# A capitalised word (or one typed with l for I: "lslands"), and a run of them joined by
# spaces, hyphens or a full stop ("St.Helena"), with small connectors between.
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100\u0102\u0104\u0106\u010c\u010e\u0110\u0112\u0118" \
         "\u011a\u011e\u0130\u0141\u0143\u0147\u014c\u0150\u0152\u0158\u015a\u015e\u0160\u0162" \
         "\u0164\u016a\u016e\u0170\u0178\u0179\u017b\u017d"
# The check that no letter comes before follows the first character instead of preceding
# it, so the pattern opens with a set of characters the regex engine can skip ahead to.
_TYPED_L = r"l(?=[b-df-hj-km-np-tv-xz])"
_CAP_WORD = rf"(?:[{_UPPER}]|{{l}})(?<![\w’'][\s\S])(?:[\w’'.-]*\w)?\.?"
_JOINER = re.compile(r"[ \u00a0\n.-]")
# Words are apart by spaces or by one line break (prose wrapped at 80 columns: "South\n
# Africa"); a blank line ends a paragraph, and a name.
SPACE = r"(?:[ \u00a0]*\r?\n[ \u00a0]*|[ \u00a0]+)"
_RUN_OF = (rf"{_CAP_WORD}(?:(?:{SPACE}|-|(?<=\.))(?:(?:of|and|the|da|de|del|des|do|dos|das|"
           rf"du|di|la|le|el|y|et|&|upon|on|al|bin){SPACE})*{_CAP_WORD})*")
# Particles that join the words of one name in Romance languages: a known name before
# one is the head of a longer, unknown name ("Miranda do Douro" is no Miranda).
_HOLIDAY = re.compile(rf"{SPACE}(?:Day|Eve|Holiday|Festival|Week)\b")
_PARTICLES = re.compile(rf"{SPACE}(?:da|de|del|della|des|do|dos|das|du|di){SPACE}\S")
_RUN = re.compile(_RUN_OF.replace("{l}", _TYPED_L))
# The same without the lower-case l, for the texts (nearly all) where no word starts with
# one before a consonant: an l is a common letter, and trying each costs the scan half its time.
_RUN_CAPITALS = re.compile(_RUN_OF.replace("|{l}", ""))
_WORD_TYPED_L = re.compile(rf"{_TYPED_L}(?<![\w’']l)")


@dataclass(frozen=True, slots=True)
class Mention:
    """A place named in the text at [start, end)."""

    start: int
    end: int
    text: str
    match: Match


def capitalised_runs(text: str, offset: int = 0) -> Iterator[list[tuple[int, int]]]:
    """Runs of words that could make one name: capitalised words and connectors between."""
    for run in _runs(text):
        yield _words_of(run, offset)


def _runs(text: str) -> Iterator[re.Match[str]]:
    """``_RUN.finditer(text)``: the faster pattern gives the same runs where no word could
    start with a lower-case l typed for I."""
    return (_RUN if _WORD_TYPED_L.search(text) else _RUN_CAPITALS).finditer(text)


def _words_of(run: re.Match[str], offset: int) -> list[tuple[int, int]]:
    start, end = run.span()
    if not _JOINER.search(run.group()):  # one word: most runs
        return [(start + offset, end + offset)]
    return [(m.start() + offset, m.end() + offset) for m in _WORD.finditer(run.string, start, end)]


def looks_capitalised(word: str) -> bool:
    """Capitalised, or typed with a lower-case l for the capital I ("lslands", "lceland")."""
    return word[:1].isupper() or (len(word) > 2 and word[0] == "l" and word[1] not in "aeiouyl")


def mentions(know: Knowledge, text: str, offset: int = 0) -> list[Mention]:
    """Places named in ``text`` (offsets shifted by ``offset``), longest names first.

    Each distinct run of capitalised words is judged once per Knowledge: prose
    repeats its names, and the same runs recur across articles.
    """
    return [Mention(*span) for span in mention_spans(know, text, offset)]


Span = tuple[int, int, str, Match]  # a Mention's fields


def mention_spans(know: Knowledge, text: str, offset: int = 0) -> list[Span]:
    """``mentions`` as plain tuples, quicker to make where many texts are read."""
    memo = know.table("run-mentions")
    lead = len(text) - len(text.lstrip())  # a run starting here opens the text
    found: list[Span] = []
    for run in _runs(text):
        start = run.start()
        key = (run.group(), start <= lead)
        hits: list[Span] | None = memo.get(key)
        if hits is None:
            words = _words_of(run, -start)
            hits = memo.keep(key, [(m.start, m.end, m.text, m.match) for m in
                                   run_mentions(know, key[0], 0, words, opening=key[1])])
        if hits:  # most runs name no place
            base = start + offset
            found.extend((base + s, base + e, name, match) for s, e, name, match in hits
                         if not _landmark(text, start + s, start + e, match)
                         and not _head_of_a_title(know, text, start + s, start + e, match))
    return found


def _head_of_a_title(know: Knowledge, text: str, start: int, end: int, match: Match) -> bool:
    """A town whose name is an ordinary word, heading a name "of" something capitalised:
    the "Temple" of "the Temple of the Six Banyan Trees" is no Temple, Texas, nor the
    "Palace" of "the Palace of Culture" a town called Palace."""
    word = text[start:end]
    return " " not in word and match.place.kind == "city" and \
        (word.lower() in know.english_words or word.lower() in _KINDS) and \
        _OF_A_NAME.match(text, end) is not None


_KINDS = cues.words("heritage", "kinds")
_OF_A_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def _landmark(text: str, start: int, end: int, match: Match) -> bool:
    """A town's one-word name after "the" that ends a phrase ("a parade at the Padang."):
    a square, a field or a mall of that name, not the town ("the Beijing government" and
    "The Hague" stay); and a territory's name that a river bears, after "the" ("to the
    Niger", "along the Senegal"): the river."""
    if not text.endswith("the ", 0, start) or (start >= 5 and text[start - 5].isalnum()):
        return False
    if match.place.is_territory:
        return text[start:end].lower() in _RIVERS
    return match.place.kind == "city" and " " not in text[start:end] and \
        _PHRASE_END.match(text, end) is not None


_RIVERS = cues.words("place-context", "rivers")


_PHRASE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")


def run_mentions(know: Knowledge, text: str, offset: int, run: list[tuple[int, int]],
                 opening: bool | None = None) -> list[Mention]:
    """Places named in one run of capitalised words, longest names first.

    ``opening``: whether the run opens its text (worked out from ``text`` when not given).
    """
    found: list[Mention] = []
    i = 0
    while i < len(run):
        mention = _longest(know, text, offset, run, i)
        if mention is None:
            i += 1
            continue
        if _PARTICLES.match(text, mention.end - offset):
            return found  # the rest of the run is one name loci does not know
        if not mention.match.place.is_territory and _HOLIDAY.match(text, mention.end - offset):
            i = next((k for k, w in enumerate(run) if w[0] > mention.end), len(run))
            continue  # "Independence Day" is no day in Independence, Missouri
        if not _head_of_other_name(run, text, offset, mention, opening) and \
                not (i == 0 and _common_opener(know, text, offset, mention, opening)) and \
                not _word_of_longer_name(know, run, mention) and \
                not _inside_a_name(text, offset, run, mention) and \
                not _dated_name(text, offset, mention) and \
                not _small_head(text, offset, run, mention) and \
                not _WATERS.search(text, max(0, mention.start - offset - 24),
                                   mention.start - offset):
            found.append(mention)
        i = next((k for k, w in enumerate(run) if w[0] >= mention.end), len(run))
    return found


def _word_of_longer_name(know: Knowledge, run: list[tuple[int, int]], mention: Mention) -> bool:
    """A town whose name is an ordinary word, inside a longer name that is no place: the
    "Temple" of "Temple and Cemetery of Confucius" is not Temple, Texas, nor "the Spring" of
    "the Spring City" (Kunming) Spring, Texas, nor the "Park" of "Gorky Park" a Park in
    Kansas."""
    word = _ARTICLE.sub("", mention.text)
    return len(run) > 1 and " " not in word and not mention.match.place.is_territory \
        and (word.lower() in know.english_words or (
            # the kind of place that ends a landmark's name: the "Temple" of "Hanshan Temple"
            mention.start > run[0][0] and word.lower() in cues.words("heritage", "kinds")))


_ARTICLE = re.compile(r"^[Tt]he\s+")


def _inside_a_name(text: str, offset: int, run: list[tuple[int, int]],
                   mention: Mention) -> bool:
    """A one-word town between two capitalised words of one name is a word of that name:
    the "Panda" of "Giant Panda Breeding Base" is no village called Panda."""
    if " " in mention.text or mention.match.place.is_territory:
        return False
    index = next((k for k, w in enumerate(run) if w[0] == mention.start), None)
    if index is None or index == 0 or index == len(run) - 1:
        return False
    (_, before_end), (after_start, _) = run[index - 1], run[index + 1]
    between = (text[before_end - offset:mention.start - offset],
               text[mention.end - offset:after_start - offset])
    return all(gap.strip() == "" for gap in between)


def _small_head(text: str, offset: int, run: list[tuple[int, int]], mention: Mention) -> bool:
    """A small town's name opening a longer name, the next word right after it, or after a
    possessive: "Queen's Park Savannah" is a park in Port of Spain, not the London district
    of 13,000, and "Tbilisi's Old Town" no town in Maine (a city's stays: "Anshan Industrial
    Museum" is in Anshan, unless the word is only one of the city's bynames: the "Lion" of
    "Lion Capital of Ashoka" is no Lyon)."""
    place = mention.match.place
    if place.kind != "city":
        return False
    small = (place.population or 0) < MIN_CITY_POPULATION
    if not small and mention.match.how != "alias":
        return False
    if small and _AFTER_POSSESSIVE.search(text, 0, mention.start - offset):
        return True  # "Tbilisi's Old Town" is Tbilisi's, not Old Town, Maine
    following = next((w for w in run if w[0] >= mention.end), None)
    return following is not None and not text[mention.end - offset:following[0] - offset].strip()


_AFTER_POSSESSIVE = re.compile(r"['’]s\s+$")
# A sea named after a place: "the Gulf of Guinea", "the Bay of Bengal" is no Guinea, no Bengal
_WATERS = re.compile(r"\b(?:Gulf|Bay|Sea|Straits?|Bight|Bays|Gulfs)\s+of\s+(?:the\s+)?$")


def small_alias(match: Match) -> bool:
    """A town under the size at which one-word names count, found by another of its names
    (no name of its own): "AlUla", a name of Somalia's village Caluula, is rather Saudi
    Arabia's Al-Ula, which the data spells so."""
    return match.how == "alias" and match.place.kind == "city" and \
        (match.place.population or 0) < MIN_CITY_POPULATION


def _dated_name(text: str, offset: int, mention: Mention) -> bool:
    """A month after a particle is a date in a name, not the place of that name: "Cinco de
    Mayo", "Plaza de Mayo", "Avenida 9 de Julio" (County Mayo is in Ireland)."""
    return " " not in mention.text and _AFTER_PARTICLE.search(
        text, 0, mention.start - offset) is not None and mention.text.lower() in _romance_months()


_AFTER_PARTICLE = re.compile(r"\b(?:de|del|da|do|di|du)\s+$")


@cache
def _romance_months() -> frozenset[str]:
    """Month names in the languages whose names join words with "de" (Babel's CLDR data)."""
    from babel.dates import get_month_names

    return frozenset(name.lower() for locale in ("es", "pt", "it", "fr", "ca")
                     for name in get_month_names("wide", locale=locale).values())


def _common_opener(know: Knowledge, text: str, offset: int, mention: Mention,
                   opening: bool | None) -> bool:
    """An ordinary word opening a sentence ("Most", "Split", "Visitors"), not the town of
    that name: a sentence's first word is capitalised whatever it is."""
    if " " in mention.text or mention.match.place.is_territory:
        return False
    if opening is None:
        opening = not text[:mention.start - offset].strip()
    return opening and mention.text.lower() in know.english_words


def _head_of_other_name(run: list[tuple[int, int]], text: str, offset: int,
                        mention: Mention, opening: bool | None) -> bool:
    """A one-word city ending a longer name is that name's head noun, not a place:
    "Białowieża Forest" is no town called Forest (but "Anshan Industrial Museum" is in Anshan)."""
    words = [text[s - offset:e - offset] for s, e in run]
    if mention.match.place.kind != "city" or " " in mention.text or len(words) < 2 \
            or mention.start != run[-1][0] or not looks_capitalised(words[-2]):
        return False  # "Old Town of Tallinn": after a connector, the city is where it is
    if opening is None:
        opening = not text[:run[0][0] - offset].strip()
    return not (opening and len(words) == 2)  # "Near Anshan" opens a sentence


def _longest(know: Knowledge, text: str, offset: int, run: list[tuple[int, int]],
             i: int) -> Mention | None:
    first = know.norm(text[run[i][0] - offset:run[i][1] - offset].rstrip(".").replace("’", "'"))
    if first and first != "the" and not know.kb.may_start_name(first.split(" ", 1)[0]):
        return None  # no place's name starts with this word
    for j in range(min(len(run), i + MAX_WORDS), i, -1):
        start, end = run[i][0], run[j - 1][1]
        if not looks_capitalised(text[run[j - 1][0] - offset:run[j - 1][1] - offset]):
            continue
        written = text[start - offset:end - offset].rstrip(".")
        # "St George's" is a capital's whole name; "Kenya's" is Kenya
        names = [written, written[:-2]] if written.endswith(("'s", "’s")) else [written]
        for name in names:
            if not know.kb.may_name(know.norm(name.replace("’", "'"))):
                continue  # no place has this name: no need to ask which
            words = name.split()
            if len(words) > 1 and all(len(w.rstrip(".")) == 1 for w in words) and \
                    not text.startswith(".", start - offset + len(name)):
                continue  # initials end in a dot ("L. A."): "50 L. A date" is a sentence's "A"
            # (a name joined by hyphens is no single word: "Port-Vila", of 36,000 people)
            match = best_place(know, name, single=len(words) - (words[0] in ("The", "the")) == 1
                               and "-" not in name)
            if match is not None:
                return Mention(start, start + len(name), name, match)
    return None


def best_place(know: Knowledge, name: str, single: bool = False) -> Match | None:
    """The place a name in prose means, under the precision rules above."""
    if single and know.norm(name) in know.ordinary_words:
        return None  # "Roman" is a town in Romania, and "Sena" a language and Siena
    match = _best_place(know, name, single)
    if match is not None and _byname_of_words(know, name, match):
        return None  # "the Big Apple" is a nickname, and a landform's name is a landform
    # "Mostly Anglican Antigua": the first part of a territory's name of several is that
    # territory, before a small town of another territory (Antigua in the Canaries)
    place = None if match is None else match.place
    if place is None or (place.kind == "city" and (place.population or 0) < FIRST_PART_TOWN):
        whole = know.first_parts.get(know.norm(name))
        if whole is not None and (place is None or place.country != whole) and \
                (territory := know.place(whole)) is not None:
            return Match(territory, name, PART, match.confidence if match else 1.0)
    return match


def _byname_of_words(know: Knowledge, name: str, match: Match) -> bool:
    """A town found by another of its names made of English words only (a valley's name
    GeoNames files as a town's byname): in prose those words say what they mean."""
    words = name.lower().split()
    return len(words) > 1 and match.place.kind == "city" and \
        know.norm(match.place.name) != know.norm(name) and \
        all(w in know.english_words for w in words)


FIRST_PART_TOWN = 100_000  # a town this big keeps its name against a territory's first part
PART = "part"  # how such a match matched: read again where the text names a town's territory


def _best_place(know: Knowledge, name: str, single: bool) -> Match | None:
    written = know.norm(name)
    # A place called this in its own name beats one that only has it as a byname
    # ("Bridgetown" is Barbados's capital before it is a nickname of Portland).
    matches = know.exact(name.replace("’", "'"))
    own = [m for m in matches if know.norm(m.place.name) == written]
    # And a region or country spelled exactly so beats a town that is so only without its
    # accents ("Bali" is the Indonesian province before Bāli in Rajasthan).
    spelled = [m for m in own if m.place.name == name]
    if not any(m.place.kind == "subdivision" or m.place.is_territory or
               (m.place.population or 0) >= MIN_CITY_POPULATION for m in spelled):
        spelled = []  # a village spelled so is no reason to pass over São Paulo
    # A small town ranks after a region or a territory of the name ("Saint Helena" is the
    # island, not the Californian town of 5,800)
    ranked = sorted(spelled or own or matches, key=lambda m: (
        not (m.place.kind == "subdivision" or m.place.is_territory
             or (m.place.population or 0) >= MIN_CITY_POPULATION),
        -m.confidence, -(m.place.population or 0), m.place.id))
    for match in ranked:
        place = match.place
        if not single or place.is_territory:
            return match
        population = place.population or 0
        if len(written) < 4:  # "Nan" is a Thai province and a word of "Min Nan"
            # and by its own name: "Te" is a byname of Dezhou, and a Maori word
            if place.kind == "city" and population >= MIN_SHORT_CITY_POPULATION and \
                    know.norm(place.name) == written:
                return match
            continue
        if place.kind == "subdivision" and written in cues.words("place-context",
                                                                  "feature_words"):
            continue  # "Gulf" is a province of Papua New Guinea, and "the Gulf states" not
        if place.kind == "subdivision" or population >= MIN_CITY_POPULATION:
            return match
    return None
