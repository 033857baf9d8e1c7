"""Place names: a misspelled name of a country or territory, or of a city."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise
from typing import Any

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from loci.check import cues
from loci.check.claims import claims, entries
from loci.check.context import context
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.lexicon import languages
from loci.check.mentions import (
    MIN_CITY_POPULATION,
    best_place,
    capitalised_runs,
    looks_capitalised,
    run_mentions,
)
from loci.check.rules import rule
from loci.check.rules._common import LISTED_FEATURE
from loci.check.rules.outdated import listed_names
from loci.kb import PlaceRow
from loci.kb.vocab import CITY_MIN_POPULATION
from loci.places import Match
from loci.text import normalize

PROSE_CUTOFF = 88.0  # a capitalised run in prose must be this close to a territory's name
WORD_CUTOFF = 90.0  # and a single word closer still
LIST_CUTOFF = 80.0  # a tag or front-matter place is a place name for sure
MIN_LENGTH = 6  # shorter words are too easily one letter from a country (Oman, Roman)
SLIP_LENGTH = 7  # from this length, one slip of a letter makes a misspelling whatever the ratio
MAX_WORDS = 5
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish", "ean", "ns", "ans", "ians", "s", "ic",
                    "er", "ers", "r", "rs")
# a town's people's word, of those: not a bare "s" or "r" ("Kutaisis" is a slip)
_TOWNSPEOPLE = frozenset(_DEMONYM_ENDINGS) - {"s", "r", "rs", "ic", "ish"}


@rule("LC111", "misspelled-place", "place-name", "error")
def misspelled_place(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A country or territory name with a typo.

    Why: "Frech Polynesia" and "Aland lslands" slip past spell checkers that
    do not know place names, and search engines, readers and links miss them.

    Example:
        The pearl farms of Frech Polynesia export to Japan.

    Instead:
        The pearl farms of French Polynesia export to Japan.

    Data: every name of every territory in the KB (ISO, CLDR, Factbook,
    aliases). Precision first: only a capitalised run that is no known name
    itself, is close to one territory's name (a ratio of 88, 90 for a single
    word of at least six letters), and is not a nationality or other ordinary
    word counts in prose, unless brackets beside it give the name it was taken for
    (another language's name and its gloss); tags and front-matter places are held to 80.
    A word that only small towns are called counts where it is one slip from a territory
    the article spells right elsewhere ("Lichtenstein", a Saxon town, beside Liechtenstein).
    """
    for start, name in listed_names(doc):
        if not know.exact(name):
            hit = _fuzzy_hit(know, start, name, LIST_CUTOFF)
            yield hit or Hit(start, start + len(name), f"{name} is not a place loci knows",
                             decided=False)
    memo = know.table("misspelled-runs")
    for run in _runs(doc):
        if len(run) == 1 and run[0][1] - run[0][0] < MIN_LENGTH:
            continue
        base = run[0][0]
        key = doc.masked[base:run[-1][1]]
        hits = memo.get(key)
        if hits is None:  # prose repeats its names: judge each run of words once
            shifted = [(s - base, e - base) for s, e in run]
            # every word a real one: no span of it is a slip
            hits = memo.keep(key, [] if _all_known(know, key) else
                             list(_run_hits(know, key, key, 0, shifted)))
        if hits and _foreign_title(doc, know, base):
            continue
        for hit in hits:
            if not _glossed(doc, know, hit.start + base, hit.end + base, hit.suggestion):
                yield replace(hit, start=hit.start + base, end=hit.end + base)
        if not hits and len(run) == 1:
            hit = _small_town_slip(doc, know, base, key)
            if hit is not None:
                yield hit


def _small_town_slip(doc: Document, know: Knowledge, start: int, word: str) -> Hit | None:
    """A word that only small towns are called, one slip from a territory the article
    names right elsewhere ("Lichtenstein", a Saxon town, where the article speaks of
    Liechtenstein): the writer's own spelling is the evidence."""
    key = know.norm(word)
    if len(key) < SLIP_LENGTH or not key.isalpha() or _listed(know, key):
        return None
    matches = know.exact(word)
    if not matches or any(m.place.kind != "city" or (m.place.population or 0) >=
                          MIN_CITY_POPULATION for m in matches):
        return None
    for name, territory in _territories_spelt(doc, know).items():
        if name != key and _close(key, name, OSA.distance(key, name)):
            return Hit(start, start + len(word),
                       f"'{word}' looks like a misspelling of {territory.name}",
                       territory.name, Evidence(f"the article spells {territory.name} "
                                                "elsewhere", None))
    return None


def _territories_spelt(doc: Document, know: Knowledge) -> dict[str, PlaceRow]:
    """The territories the article names by a single word, normalised, found once."""
    found: dict[str, PlaceRow] | None = doc.memo.get("territories-spelt")
    if found is None:
        found = doc.memo["territories-spelt"] = {}
        for run in _runs(doc):
            if len(run) == 1:
                word = doc.masked[run[0][0]:run[0][1]].rstrip(".")
                if (territory := know.territory(word)) is not None:
                    found[know.norm(word)] = territory
    return found


def _foreign_title(doc: Document, know: Knowledge, offset: int) -> bool:
    """Within quotation marks around words mostly not English (an anthem's title, "Himn
    Respubliki Bielarus"), or within brackets around another language's words
    (``_foreign_aside``): another language's spelling, not a slip in an English name."""
    quotation = doc.quotation(offset)
    if quotation is None:
        return _foreign_aside(doc, know, offset)
    words = _LETTERS.findall(doc.text[slice(*quotation)])
    english = sum(w.lower() in know.english_words for w in words)
    return len(words) >= 2 and english * 2 < len(words)


def _foreign_aside(doc: Document, know: Knowledge, offset: int) -> bool:
    """Within brackets around one name in another language, mostly not English words and
    one a small word of that language ("(Ejército del Pueblo Paraguayo)"), not a list of
    names ("(Asunción, Encarnación and Ciudad del Este)")."""
    opening = _open_bracket(doc.text, doc.text.rfind("\n", 0, offset) + 1, offset)
    if opening < 0:
        return False
    closing = _CLOSING_BRACKET.search(doc.text, offset)
    inside = doc.text[opening + 1:closing.start() if closing else offset]
    if "," in inside or ";" in inside:
        return False
    words = _LETTERS.findall(inside)
    english = sum(w.lower() in know.english_words for w in words)
    small = any(w.islower() and w not in know.english_words for w in words)
    return small and len(words) >= 3 and english * 2 < len(words)


def _glossed(doc: Document, know: Knowledge, start: int, end: int, name: str | None) -> bool:
    """A name in another language beside its English one in brackets, either way round:
    "Tbilisis Zghva (Tbilisi Sea)", "the Tbilisi Sea (Tbilisis Zghva)". The place the
    word was taken for is named in the brackets after it, or just before the brackets
    around it: the writer spelled both, and neither is a slip."""
    if not name:
        return False
    key = know.norm(name)
    after = _GLOSS_AFTER.match(doc.masked, end)
    if after and _names(know, after.group("gloss"), key):
        return True
    opening = _open_bracket(doc.masked, max(0, start - _GLOSS_REACH), start)
    if opening < 0:
        return False
    before = doc.masked[max(0, opening - _GLOSS_REACH):opening]
    return _names(know, re.split(r"[.;:!?()\n]", before)[-1], key)


def _open_bracket(text: str, lo: int, at: int) -> int:
    """Where the bracket that ``at`` stands inside opens, looking back to ``lo``; -1 when
    it stands inside none."""
    opening = text.rfind("(", lo, at)
    return -1 if opening < 0 or ")" in text[opening:at] else opening


def _names(know: Knowledge, text: str, key: str) -> bool:
    """Whether a stretch of text names ``key`` (a normalised name) as whole words."""
    return f" {key} " in f" {know.norm(text)} "


_GLOSS_REACH = 60  # characters between a name and the brackets that gloss it, at most
# A name's Chinese characters just after it ("Gaoling — 高岭, Gāolǐng"): a romanization,
# which the romanization rule reads, not an English name misspelt
_HAN_AFTER = re.compile(r"[\s(,—–:-]{1,4}[\u3400-\u9fff]")
# The rest of a name (its last words, a character reference: "Libert&eacute;", a quotation
# mark) and its gloss in the brackets after it
_GLOSS_WORD = r"(?:[^\s.;:!?()&]|&#?\w{1,8};)"
_GLOSS_AFTER = re.compile(rf"{_GLOSS_WORD}*(?:[ \u00a0]{_GLOSS_WORD}+){{0,3}}[ \u00a0]*"
                          r"\((?P<gloss>[^()\n]{1,80})\)")
_CLOSING_BRACKET = re.compile(r"[)\n]")
_LETTERS = re.compile(r"[^\W\d_]+")


def _runs(doc: Document) -> list[list[tuple[int, int]]]:
    """The runs of capitalised words of every sentence, at their offsets in the document:
    found once per article for the three rules here that read them."""
    found: list[list[tuple[int, int]]] | None = doc.memo.get("capitalised-runs")
    if found is None:
        found = doc.memo["capitalised-runs"] = [
            run for sentence in doc.sentences
            for run in capitalised_runs(sentence.text, sentence.start)]
    return found


def _run_hits(know: Knowledge, text: str, sentence: str, offset: int,
              run: list[tuple[int, int]]) -> Iterator[Hit]:
    """Misspellings in a run of capitalised words, longest spans first, never overlapping.

    The run's exact place names are looked up only once a span is close to a
    territory's name: most runs are no place at all, and fuzzy answers are memoised.
    """
    known: list[tuple[int, int]] | None = None
    taken: list[tuple[int, int]] = []
    for size in range(min(MAX_WORDS, len(run)), 0, -1):
        for i in range(len(run) - size + 1):
            words = run[i:i + size]
            if any(s < words[-1][1] and words[0][0] < e for s, e in taken):
                continue
            if not _contiguous(text, words) or not looks_capitalised(text[slice(*words[-1])]):
                continue
            start, end = words[0][0], words[-1][1]
            cutoff = PROSE_CUTOFF if size > 1 else WORD_CUTOFF
            if size == 1 and end - start < MIN_LENGTH:
                continue
            span = text[start:end]
            if (size == 1 and _ordinary(know, span)) or _all_known(know, span):
                continue  # "South America", "Cook Islander", "Roman": real words, not typos
            hit = _fuzzy_hit(know, start, span, cutoff)
            if hit is None:
                continue
            if known is None:  # a known first word may start a misspelling ("Aland lslands")
                known = [(m.start, m.end) for m in run_mentions(know, sentence, offset, run)]
            if not any(s <= start and end <= e for s, e in known):
                taken.append((start, end))
                yield hit


def _contiguous(text: str, words: list[tuple[int, int]]) -> bool:
    return all(b[0] - a[1] <= 2 and text[a[1]:b[0]].strip(" \u00a0-") == ""
               for a, b in pairwise(words))


def _all_known(know: Knowledge, span: str) -> bool:
    """Every word of the span is a real word: of a place name ("South America"), an ordinary
    or proper word the KB uses ("Buganda"), or a place-name word made a noun ("Islander")."""
    return all(_known_word(know, w) for w in know.norm(span).split())


def _known_word(know: Knowledge, word: str) -> bool:
    if word in know.name_words or word in know.ordinary_words or word in know.proper_words:
        return True
    return any(word.endswith(e) and word[:-len(e)] in know.name_words for e in _DEMONYM_ENDINGS)


def _ordinary(know: Knowledge, word: str) -> bool:
    """A nationality, a language or another common word, not a misspelled place."""
    memo: dict[str, bool] = know.memo.setdefault("ordinary", {})
    if word not in memo:
        memo[word] = _is_ordinary(know, word)
    return memo[word]


def _is_ordinary(know: Knowledge, word: str) -> bool:
    key = know.norm(word)
    if key in know.ordinary_words:
        return True
    for ending in _DEMONYM_ENDINGS:
        if key.endswith(ending) and key[:-len(ending)] in know.territory_keys:
            return True
    return False


def _closest(know: Knowledge, key: str, cutoff: float) -> str | None:
    """The territory name closest to ``key`` (not equal), remembered for the run."""
    memo: dict[tuple[str, float], str | None] = know.memo.setdefault("closest-territory", {})
    if (key, cutoff) not in memo:
        best = process.extractOne(key, _by_length(know, key, cutoff), scorer=fuzz.ratio,
                                  score_cutoff=cutoff)
        found = best[0] if best is not None and best[1] < 100 else None
        memo[(key, cutoff)] = found if found and _plausible(key, found) else None
    return memo[(key, cutoff)]


def _by_length(know: Knowledge, key: str, cutoff: float) -> list[str]:
    """The territory names a key can be a slip of: those that share its first or last
    letter (see ``_plausible``), made once per pair of letters; rapidfuzz passes over
    those whose length cannot reach ``cutoff`` without scoring them."""
    memo: dict[tuple[str, str], list[str]] = know.memo.setdefault("keys-by-letters", {})
    letters = (key[:1], key[-1:])
    if letters not in memo:
        first, last = _letter_index(know)
        memo[letters] = list(dict.fromkeys([*first.get(letters[0], ()),
                                            *last.get(letters[1], ())]))
    return memo[letters]


def _letter_index(know: Knowledge) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Territory names by their first letter and by their last."""
    found = know.memo.get("keys-by-letter")
    if found is None:
        first: dict[str, list[str]] = {}
        last: dict[str, list[str]] = {}
        for name in know.territory_keys:
            first.setdefault(name[:1], []).append(name)
            last.setdefault(name[-1:], []).append(name)
        found = know.memo["keys-by-letter"] = (first, last)
    index: tuple[dict[str, list[str]], dict[str, list[str]]] = found
    return index


def _fuzzy_hit(know: Knowledge, start: int, name: str, cutoff: float) -> Hit | None:
    name = name.removesuffix("'s").removesuffix("’s").rstrip(".")  # "Nicaraqua." ends a sentence
    key = know.norm(name)
    if len(key) < 5:
        return None
    target = _closest(know, key, cutoff) or _joined(know, key) or _one_slip(know, key)
    if target is None or know.exact(name) or know.resolver.known(name):
        return None
    place_id, spelled = know.territory_keys[target]
    place = know.place(place_id)
    where = f" ({place.name})" if place and normalize(place.name) != target else ""
    return Hit(start, start + len(name), f"'{name}' looks like a misspelling of {spelled}{where}",
               spelled, Evidence(f"{spelled} is a name of {place.name if place else place_id}",
                                 know.source("iso")))


def _joined(know: Knowledge, key: str) -> str | None:
    """A territory's name of several words written as one ("Srilanka")."""
    memo: dict[str, str] | None = know.memo.get("joined-territory-keys")
    if memo is None:
        memo = know.memo["joined-territory-keys"] = {
            k.replace(" ", ""): k for k in know.territory_keys if " " in k}
    return memo.get(key) if " " not in key else None


def _one_slip(know: Knowledge, key: str) -> str | None:
    """A long one-word name one letter off ("Nicaraqua"), which the ratio cut-off misses
    (one letter in nine is a ratio of 89)."""
    if " " in key or len(key) < SLIP_LENGTH:
        return None
    found = process.extractOne(key, _by_length(know, key, 0), scorer=OSA.distance,
                               score_cutoff=1)
    if found is None or found[1] == 0 or " " in found[0] or found[0][0] != key[0]:
        return None
    target: str = found[0]
    return target if _plausible(key, target) else None


def _plausible(key: str, target: str) -> bool:
    """Same number of words, and the first letters agree (typos rarely hit both ends);
    in a name of several words, the words that differ are a slip of each other on their
    own: a word shared with the name ("Islands", "Saint") makes no slip likelier, and
    "Aran Islands", a real place two letters off "Aland Islands", is none."""
    words, target_words = key.split(), target.split()
    if key.startswith(target) or target.startswith(key):
        return False  # "Antarctic", "Comoro": a derived word, not a slip of the finger
    if len(words) != len(target_words) or (key[0] != target[0] and key[-1] != target[-1]):
        return False
    pairs = [(a, b) for a, b in zip(words, target_words, strict=True) if a != b]
    if len(words) == 1 or not pairs:
        return True
    shortest = min(len(w) for pair in pairs for w in pair)
    return sum(OSA.distance(a, b) for a, b in pairs) <= (2 if shortest >= 8 else 1)


WORLD_POPULATION = 500_000  # a city this big is well known anywhere
CITY_POPULATION = 100_000  # in a territory the article names, a city this big is too
LOCAL_POPULATION = CITY_MIN_POPULATION  # and in the article's own territories, a town this big
_CAP_RUN = (r"[A-Z\u00c0-\u00de][\w’'-]+(?:[ \u00a0](?:(?:de|da|do|dos|das|del|la|le|el|of)"
            r"[ \u00a0])?[A-Z\u00c0-\u00de][\w’'-]+)?")  # "Rio de Janeiro": particles inside


@rule("LC112", "misspelled-city", "place-name", "error")
def misspelled_city(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A city's name with a typo, where a place's name is expected.

    Why: "Chongquing" or "Bishkeck" reads as careless to anyone who knows the
    place, and a reader searching maps or timetables for it finds nothing.

    Example:
        The night train to Guangzhuo leaves at ten.

    Instead:
        The night train to Guangzhou leaves at ten.

    Data: GeoNames' cities and their alternate names (any of them is a right spelling).
    A capitalised word after "in", "to", "from", "near" and the like, before "'s" or
    "-based" ("-born", "-bound"), or opening a sentence or a clause of contrast about a
    place ("X, on the coast", "X, Kenya's capital", "..., while X, on the coast,"), or
    after an opening phrase of where as its subject ("In the north, X has ..."), or before
    a comma and a territory's name anywhere ("X, Ghana") or words that place it in one ("X
    is in Ghana", "X, in Ghana's north"),
    or what a sentence calls a capital ("The seat of government is X"), or a numbered
    heading's name ("6. X, Burkina Faso") or its last word after "in" or "to" ("A weekend
    in X"), or a gazetteer's entry ("**X.** Town of northern ..."), or a sentence's first
    word before what is said of a town ("X is small", a slip of a country's capital only),
    or a word listed beside a town ("X and Split", a slip of a town of that town's country
    only, or of any city named below where the word closes a list of two towns or more:
    "Vilnius, Tallinn or X"),
    that is no known name or ordinary word and is one letter (two in a long name) from a
    capital, a city of 500,000 people anywhere or of 100,000 in a territory the article
    names, a town of 15,000 in the article's own territories or in the one named right
    after the word ("X in Croatia", "X, Croatia"), or a place the article names elsewhere;
    a name of several words may be run together ("Pnompenh"), and a name may stand in
    quotation marks after its word of place ('a ticket to "X"'). A
    capitalised word in any position counts when it is one slip from a city the article
    itself spells right elsewhere (and is no word's plural, nor near a city named by an
    English word; a proper word of the KB's prose that names no place counts where a place
    is expected: "at Kabua", with Kabul spelled right), and so does the first word of a
    capital or a city of 100,000 with a slip of its second ("Buenos Aries", "Phnom Phen"),
    unless the two are words of a longer name ("Ho Chi Minh"). A word after a title (Mr,
    Saint, King) is a person's
    name and left alone, and so is a name beside the one it was taken for in brackets,
    either way round: another language's ("Kutaisis Tba (Kutaisi Lake)"); a townspeople's
    word ("Nicosian"); and a Chinese name of two syllables that changes one letter of a
    Chinese town's into other syllables ("Weizhou", an island, beside Wenzhou).
    """
    # the words in a place's slot, of each sentence that may hold one (read once: the
    # proper words' slips below ask again)
    placed = [(sentence, list(_stripped(_place_words(sentence.text))))
              for sentence in [*doc.sentences, *doc.heading_statements]
              if (doc.words(sentence) & _SLOT_CUES or "'s" in sentence.text
                  or "’s" in sentence.text or "," in sentence.text)]
    unknown = [(sentence.start + start, word) for sentence, words in placed
               for start, word in words
               if _unknown_word(know, word) and not _listed_with_others(know, sentence.text,
                                                                         start, word)]
    unknown += [(m.start(), m.group()) for h in doc.headings
                for m in _HEADING_PLACE.finditer(doc.masked, h.block.start, h.block.end)
                if _unknown_word(know, m.group())]
    unknown += [(m.start(1), m.group(1)) for h in doc.headings
                if (m := _NUMBERED_HEADING.match(doc.masked, h.block.start, h.block.end)
                    or _HEADING_WHERE.search(doc.masked, h.block.start, h.block.end)
                    or _HEADING_TOWN.search(doc.masked, h.block.start, h.block.end))
                and _unknown_word(know, m.group(1))]
    # a gazetteer's entry ("**KHUJANT.** Town of northern TAJIKISTAN")
    unknown += [(start, name) for start, name in entries(doc) if _unknown_word(know, name)]
    # what a sentence calls a capital ("The seat of government is Torshaven")
    named = {start for start, _ in unknown}
    unknown += [(c.start, c.value) for c in claims(doc, know, "capital")
                if c.start not in named and _unknown_word(know, c.value)]
    taken = {start for start, _ in unknown}
    unknown += [(sentence.start + m.start(1), m.group(1)) for sentence in doc.sentences
                for pattern in (_TOWN_COMMA_TERRITORY, _TOWN_IN_TERRITORY)
                for m in pattern.finditer(sentence.text)
                if sentence.start + m.start(1) not in taken
                and know.territory(m.group(2)) is not None and _unknown_word(know, m.group(1))]
    own = context(doc, know).article_territories
    hits: list[Hit] = []
    # a word listed beside a town, a slip of a town of that town's country ("Dubrovnick and
    # Split", "## Skopje, Orhid and the lake"; not "Katrina and Paris")
    beside: set[int] = set()
    spans = [(s.start, s.text) for s in doc.sentences] + \
        [(h.block.start, doc.masked[h.block.start:h.block.end]) for h in doc.headings]
    for offset, text in spans:
        if " and " not in text and ", " not in text:
            continue
        for start, word, countries in _beside_a_town(know, text, own):
            if (place := _town_slip(know, word, countries)) is not None:
                beside.add(offset + start)
                hits.append(_misspelling(know, offset + start, word, place))
            elif _after_two_towns(know, text, start) and (hit := _city_hit(
                    know, own | countries, doc, offset + start, word)) is not None:
                beside.add(offset + start)  # "Almaty, Tashkent or Bishkec": the last of a
                hits.append(hit)  # list of towns is in a place's slot, as after "to"
    for start, word in unknown:
        if start in beside or _SURNAME_AFTER.match(doc.masked, start + len(word)) or \
                _foreign_title(doc, know, start):
            continue  # "Fransisco Borja DA COSTA": a person's given name, before a surname
        if (hit := _city_hit(know, own | _territory_after(know, doc.masked, start + len(word)),
                             doc, start, word)) is not None:
            hits.append(hit)
    seen = {start for start, _ in unknown} | beside
    # a sentence's first word before what is said of a town ("Gabarone is small"): a slip
    # only of a country's capital, and not its name with a vowel added ("Berlina", a name)
    for sentence in doc.sentences:
        lead = _LEAD_WORD.match(sentence.text)
        if lead is None or sentence.start + lead.start(1) in seen or \
                not _unknown_word(know, word := lead.group(1)):
            continue
        key = know.norm(word)
        names, ids = _capital_names(know)
        found = [(d, ids[i]) for _, d, i in process.extract(
            key, names, scorer=OSA.distance, score_cutoff=2, limit=None)
            if _close(key, names[i], d) and not (key[:-1] == names[i] and key[-1] in "aeiou")]
        if found and (place := know.place(min(found)[1])) is not None:
            seen.add(sentence.start + lead.start(1))
            hits.append(_misspelling(know, sentence.start + lead.start(1), word, place))
    hits += _spelt_two_ways(doc, know, seen)
    hits += _proper_word_slips(doc, know, seen, placed)
    hits += _second_word_slips(doc, know, seen)
    yield from (_told_as_wrong(hit) if _named_as_a_slip(doc, hit.start) else hit
                for hit in hits if not _foreign_aside(doc, know, hit.start)
                and not _glossed(doc, know, hit.start, hit.end, hit.suggestion)
                and not _HAN_AFTER.match(doc.masked, hit.end)
                and not _REGION_AFTER.match(doc.masked, hit.end)
                and not _in_listed_site(doc, know, hit.start, hit.end)
                and not _other_pinyin_name(know, doc.masked[hit.start:hit.end], hit.suggestion))


def _told_as_wrong(hit: Hit) -> Hit:
    """A slip the text itself gives as a wrong spelling: told, as a corrected belief is."""
    return replace(hit, severity="info",
                   message=f"the text calls this spelling wrong, rightly: {hit.message}")


def _named_as_a_slip(doc: Document, start: int) -> bool:
    """A spelling the text gives as one and calls wrong: "some maps spell it Lanzhuo, but
    this is a mistake" mentions the slip ("he spelt it Ulan Bater on the form" is one)."""
    sentence = doc.sentence_at(start)
    return sentence is not None and \
        _SPELLING_BEFORE.search(doc.masked, max(0, start - 40), start) is not None and \
        _WRONG.search(sentence.text) is not None


_WRONG = re.compile(r"\b(?i:mistakes?|mistaken(?:ly)?|wrong(?:ly)?|incorrect(?:ly)?|errors?|"
                    r"erroneous(?:ly)?|typos?|misspell\w*|misprint\w*|"
                    # the right spelling given: "...; the capital is spelled Funafuti"
                    r"(?:is|are)\s+(?:properly\s+|correctly\s+|actually\s+)?(?:spelled|spelt)|"
                    r"(?:right|correct|proper)\s+spelling)\b")
# A spelling named as one: "some maps spell it Yinchaun", "readers wrote 'Funafuit'"
_SPELLING_BEFORE = re.compile(r"\b(?i:spell|spells|spelled|spelt|misspell\w*|misprint\w*|"
                              r"write|writes|wrote|written|type|types|typed)[ \t]+"
                              r"(?:(?:it|them|the[ \t]+(?:name|city|town))[ \t]+)?(?:as[ \t]+)?"
                              r"[\"“‘']?$")
# A region's word after a name: "Gyeonggi province" is a province, no town's slip
_REGION_AFTER = re.compile(r"\s+(?:province|region|prefecture|county|district|state|oblast|"
                           r"governorate|department|canton|municipality)\b")


def _territory_after(know: Knowledge, text: str, end: int) -> frozenset[str]:
    """The territory a town's name is placed in right after it ("Dubrovnick in Croatia",
    "Zadarr, Croatia", "Jinjja, in the Ugandan east"): its towns are the article's
    own for that word."""
    m = _IN_TERRITORY_AFTER.match(text, end)
    if m is None:
        return frozenset()
    territory = know.territory(_POSSESSIVE_END.sub("", m.group(1)))  # "in Latvia's south"
    if territory is None and (people := know.demonyms.get(know.norm(m.group(1).split()[0]))):
        return frozenset({people})  # "in the Ugandan east": the people's land
    return frozenset({territory.id}) if territory is not None else frozenset()


_IN_TERRITORY_AFTER = re.compile(r"(?:,\s+in|,|\s+(?:(?:is|lies|sits|stands)\s+)?in)\s+(?:the\s+)?"
                                 r"([A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+){0,3})")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _in_listed_site(doc: Document, know: Knowledge, start: int, end: int) -> bool:
    """A word of a World Heritage site's name as the Factbook lists it ("Humberstone and
    Santa Laura Saltpeter Works"): a name of a mine, a church or a saint, not a town
    misspelt."""
    sentence = doc.sentence_at(start)
    text = know.norm(doc.masked[sentence.start:sentence.end] if sentence else
                     doc.masked[max(0, start - 100):end + 100])
    word = know.norm(doc.masked[start:end])
    return any(word in site and site in text for site in _site_names(know))


def _site_names(know: Knowledge) -> list[str]:
    """The Factbook's World Heritage sites, normalised, of every territory (read as the
    heritage rule reads them, once per Knowledge and only once a name is reported)."""
    found: list[str] | None = know.memo.get("site-names")
    if found is None:
        found = know.memo["site-names"] = [
            know.norm(str(f.value.get("name") or "")) for territory in sorted({
                place_id for place_id, _ in know.territory_keys.values()})
            for f in know.facts(territory, "heritage-site") if isinstance(f.value, dict)]
    return found


def _second_word_slips(doc: Document, know: Knowledge, seen: set[int]) -> Iterator[Hit]:
    """Two capitalised words anywhere, the first a well-known city's first word that is no
    English word, the second a slip of its second ("Buenos Aries", "Phnom Phen", "Addis
    Abbaba"): the first word says which city is meant, so no word before it need."""
    for run in _runs(doc):
        for i, ((start, first_end), (_, end)) in enumerate(pairwise(run)):
            written = doc.masked[start:end].rstrip(".")  # "... to Hong Kang."
            if start in seen or not _unknown_word(know, written):
                continue  # most pairs are names or words: the cities are read only after
            first, key = know.norm(doc.masked[start:first_end]), know.norm(written)
            firsts = _two_word_cities(know)
            if first not in firsts or " " not in key or _in_longer_name(know, doc.masked, run, i):
                continue
            for name, row in firsts[first]:
                distance = OSA.distance(key, name)
                if _close(key, name, distance) and (place := know.place(row[2])) is not None:
                    yield _misspelling(know, start, written, place)
                    break


def _in_longer_name(know: Knowledge, text: str, run: list[tuple[int, int]], i: int) -> bool:
    """Whether the run's words ``i`` and ``i + 1`` are two of a longer known name, with the
    word before or after them: the "Chi Minh" of "Ho Chi Minh City"."""
    spans = [(max(0, i - 1), i + 1), (i, min(len(run) - 1, i + 2)),
             (max(0, i - 1), min(len(run) - 1, i + 2))]
    return any(know.exact(text[run[a][0]:run[b][1]].rstrip(".")) for a, b in set(spans)
               if b - a > 1)


def _two_word_cities(know: Knowledge) -> dict[str, list[tuple[str, list[Any]]]]:
    """The capitals and cities of 100,000 named in two words, by their first word where
    it is no English word nor a common first word of names ("San", "New", "Port"): that
    first word written right says which city is meant ("Chiang Mia")."""
    found: dict[str, list[tuple[str, list[Any]]]] | None = know.memo.get("two-word-cities")
    if found is None:
        found = know.memo["two-word-cities"] = {}
        for (_, spaces), (names, rows) in _city_names(know).items():
            for name, row in zip(names, rows, strict=True):
                first = name.split(" ", 1)[0]
                if spaces == 1 and first not in _NAME_PREFIXES and \
                        not _english(know, first):
                    found.setdefault(first, []).append((name, row))
    return found


_NAME_PREFIXES = frozenset({"san", "santa", "santo", "sao", "saint", "st", "port", "puerto",
                            "porto", "fort", "mount", "new", "north", "south", "east", "west",
                            "al", "el", "la", "le", "los", "las", "rio", "ciudad", "nueva",
                            "novo", "nova", "gross", "bad", "ban", "kota", "ho"})


def _spelt_two_ways(doc: Document, know: Knowledge, seen: set[int]) -> Iterator[Hit]:
    """A capitalised word anywhere, no known name or word, one slip from a city the
    article names elsewhere ("the looms of Bamak", and Bamako two lines on): the writer's
    own spelling is the evidence, so no word before it need announce a place."""
    for run in _runs(doc):
        named: bool | None = None  # the whole run a name: asked once a word is unknown
        for start, end in run:
            word = doc.masked[start:end].rstrip(".")
            if start in seen or not _unknown_word(know, word) or \
                    _SURNAME_AFTER.match(doc.masked, start + len(word)):
                continue
            if named is None:  # "the Northern Marianas": a name, whatever its words alone
                named = len(run) > 1 and bool(know.exact(
                    doc.masked[run[0][0]:run[-1][1]].rstrip(".")))
            if named:
                break
            key = know.norm(word)
            if key.endswith("s") and _english(know, key[:-1]):
                continue  # "the Black Stars": a word's plural, not a slip
            place = _closest_named(know, doc, key, territories=False)
            # a city whose name is a word ("Star", Idaho) is no evidence: "Black Star Square";
            # nor is a city's name cut short inside a longer name ("Erdene Zuu", a monastery,
            # beside Erdenet)
            if place is not None and not _english(know, know.norm(place.name)) and not (
                    len(run) > 1 and know.norm(place.name).startswith(key)):
                yield _misspelling(know, start, word, place)


def _proper_word_slips(doc: Document, know: Knowledge, seen: set[int],
                       placed: list[tuple[Sentence, list[tuple[int, str]]]]) -> Iterator[Hit]:
    """A proper word of the KB's own prose that names no place ("Appia", of the Via Appia),
    where a place's name is expected ("the harbour at Appia"), one slip from a city the
    article itself spells right elsewhere: the writer's own spelling is the evidence.
    ``placed``: each sentence's words in a place's slot."""
    for sentence, words in placed:
        if not doc.words(sentence) & _PLACE_CUES:
            continue
        for start, word in words:
            at = sentence.start + start
            key = know.norm(word)
            if at in seen or " " in key or len(key) < 5 or key not in know.proper_words:
                continue
            before = sentence.text[max(0, start - 40):start].split()[-1:]
            if key in know.demonyms or key in languages(know) or know.exact(word) or \
                    (before and before[0][:1].isupper()):
                continue  # (a people's word, a language, or a word of a longer name: "the
                # Via Appia")
            place = _closest_named(know, doc, key, territories=False)
            name = know.norm(place.name) if place is not None else ""
            if place is not None and not _english(know, name) and \
                    _close(key, name, OSA.distance(key, name)) and \
                    not any(key == name + ending for ending in _DEMONYM_ENDINGS):
                seen.add(at)
                yield _misspelling(know, at, word, place)


def _english(know: Knowledge, word: str) -> bool:
    return word in know.english_words or word in know.ordinary_words


def _territories_named(doc: Document, know: Knowledge) -> frozenset[str]:
    """The territories the article names by one of their names (a look-up per run of
    capitalised words; cities' countries come from the headings and title instead)."""
    memo = know.table("territories-in-run")
    found: set[str] = set()
    for run in _runs(doc):
        text = doc.masked[run[0][0]:run[-1][1]]
        named: frozenset[str] | None = memo.get(text)
        if named is None:
            named = memo.keep(text, _territories_in_run(know, text, run))
        found |= named
    return frozenset(found)


def _territories_in_run(know: Knowledge, text: str, run: list[tuple[int, int]]) -> frozenset[str]:
    """The territories whose names are words of one run of capitalised words."""
    keys, firsts = know.territory_keys, _first_words(know)
    base = run[0][0]
    found = set()
    for i in range(len(run)):
        if _POSSESSIVE.sub("", know.norm(text[run[i][0] - base:run[i][1] - base])) \
                not in firsts:
            continue  # no territory's name starts with this word
        for size in range(min(4, len(run) - i), 0, -1):
            key = know.norm(text[run[i][0] - base:run[i + size - 1][1] - base])
            if (key := _POSSESSIVE.sub("", key)) in keys:  # "Chile's" names Chile
                found.add(keys[key][0])
    return frozenset(found)


_POSSESSIVE = re.compile(r" s$")  # "'s" as normalised


def _first_words(know: Knowledge) -> frozenset[str]:
    found = know.memo.get("territory-first-words")
    if not isinstance(found, frozenset):
        found = know.memo["territory-first-words"] = frozenset(
            key.split(" ", 1)[0] for key in know.territory_keys)
    return found


def _stripped(words: Iterator[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """The words without a full stop that ends their sentence ("... in Galway.")."""
    return ((start, word[:-1] if word.endswith(".") and len(word) > 4 else word)
            for start, word in words)


def _place_words(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of capitalised words where a place's name is expected: after a
    word that leads to a place, before "'s", or opening a sentence about a place."""
    before, titles = cues.words("place-context", "before"), cues.words("place-context", "titles")
    modifiers = cues.words("place-context", "modifiers")
    after = tuple(cues.table("place-context")["after"])
    lead = len(text) - len(text.lstrip())
    if number := _NUMBER.match(text, lead):
        lead = number.end()  # "13. Cusco is ...": a listicle's heading
    # "In the north, X has ...": the subject after a sentence's opening phrase of place
    framed = frame.end() if (frame := _WHERE_OPENING.match(text, lead)) else -1
    compounds = cues.words("place-context", "compounds")
    for m in _CAP_RUN_RE.finditer(text):
        start, word = m.start(), m.group()
        head, hyphen, tail = word.rpartition("-") if "-" in word else ("", "", "")
        if hyphen and head and tail.lower() in compounds:
            name = head.rsplit(" ", 1)[-1]  # "Most Nairobbi-based firms": the compound's word
            yield start + len(head) - len(name), name
            continue
        first = word.split()[0]
        if first.lower() in before and " " in word:  # "In Harbn she ...": the cue opens it
            rest = word[len(first):].lstrip()
            yield start + len(word) - len(rest), rest
            continue
        if first.lower().rstrip(".") in titles:
            continue  # "Mr Lisbo": a person
        if first.endswith(("'s", "’s")):
            yield start, first[:-2]  # "Samarkhand's Registan"
            continue
        if text.startswith(("'s", "’s"), m.end()):
            yield start, word
            continue
        # (a name in quotation marks still follows its word: 'a ticket to "Honiarra"')
        words = [w for w in text[max(0, start - 40):start].lower().strip(_QUOTES).split()
                 if w.strip(_QUOTES)][-3:]
        if words and words[-1].rstrip(".") in titles:
            continue
        if words and words[-1] in modifiers:
            words = words[:-1]  # "in central Bishkek"
        if words and words[-1] == "the":
            words = words[:-1]
        # a clause opens at the sentence's start, after a semicolon ("...; X, on the
        # coast, is ...") or after a conjunction of contrast ("..., while X, on the coast,")
        opens = start == lead or text[max(0, start - 3):start].rstrip().endswith(";") or \
            _CONTRAST.search(text, max(0, start - 12), start) is not None
        if (words and (words[-1] in before or " ".join(words[-2:]) in before
                       or " ".join(words) in before)) or \
                (opens and (text.startswith(after, m.end()) or
                            _CAPITAL_APPOSITION.match(text, m.end()))) or \
                (start == framed and " " not in word and _VERB_AFTER.match(text, m.end())):
            yield start, word


_QUOTES = "\"'“”‘’«»"
_CONTRAST = re.compile(r",\s+(?:while|whereas|but|though|although)\s+$")
# Words that lead to a place's name (cues.toml's [place-context] before), one by one.
_PLACE_CUES = frozenset(w for phrase in cues.words("place-context", "before")
                        for w in phrase.split())
# and those of a name's slot, with the words a name is hyphened to ("Nairobi-based")
_SLOT_CUES = _PLACE_CUES | cues.words("place-context", "compounds")


def _beside_a_town(know: Knowledge, text: str,
                   own: frozenset[str]) -> Iterator[tuple[int, str, frozenset[str]]]:
    """Unknown words listed next to a town's name, either side ("X and Split", "Skopje,
    X and ..."): (offset, word, the countries of the towns of that name). A town counts
    where it is a city of prose at large or lies in the article's own territories (a
    Galápagos volcano called Marchena is no Andalusian town)."""
    for m in _PAIR.finditer(text):
        for word, other, at in ((m.group(1), m.group(2), m.start(1)),
                                (m.group(2), m.group(1), m.start(2))):
            if not _unknown_word(know, word):
                continue
            countries = frozenset(x.place.country for x in know.exact(other)
                                  if x.place.kind == "city" and x.how != "alias"
                                  and x.place.country and (
                                      x.place.country in own or
                                      (x.place.population or 0) >= MIN_CITY_POPULATION))
            if countries:
                yield at, word, countries


# Two capitalised words joined as items of a list
_PAIR = re.compile(r"(?=([A-Z\u00c0-\u00de][\w’'-]{3,})(?:,\s+|\s+and\s+|\s+or\s+)"
                   r"([A-Z\u00c0-\u00de][\w’'-]{3,})\b)")


def _after_two_towns(know: Knowledge, text: str, start: int) -> bool:
    """Whether a word closes a list whose two items before it are towns ("Almaty, Tashkent
    or X"; not "Katrina and Paris", a person and a town)."""
    m = _TWO_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and all(any(x.place.kind == "city" for x in know.exact(m.group(i)))
                                 for i in (1, 2))


_TWO_BEFORE = re.compile(r"([A-Z][\w’'-]+),\s+([A-Z][\w’'-]+),?\s+(?:and|or)\s+$")


def _listed_with_others(know: Knowledge, text: str, start: int, word: str) -> bool:
    """A word closing a list whose item before it is no place ("Pinatubo, and Ragang"),
    or a list of a kind of feature ("the Apurimac, Ene and Mantaro rivers"): a name of
    that kind, not a city's misspelt."""
    if LISTED_FEATURE.match(text, start + len(word)):
        return True
    item = _ITEM_BEFORE.search(text, max(0, start - 60), start)
    return item is not None and best_place(know, item.group(1)) is None and \
        not know.exact(item.group(1))


# "Chichicastenango, Guatemala": a town, then its territory after a comma
_TOWN_COMMA_TERRITORY = re.compile(r"\b([A-Z\u00c0-\u00de][\w’'-]{3,}),[ \u00a0]+"
                                   r"((?:[A-Z][\w’'-]+)(?:[ \u00a0](?:and[ \u00a0])?[A-Z][\w’'-]+)"
                                   r"{0,3})(?=[\s,.;:)(]|$)")
# "Daugavpils is in Latvia", "Jinja, in Uganda's east": a town, then the territory it is in
_TOWN_IN_TERRITORY = re.compile(r"\b([A-Z\u00c0-\u00de][\w’'-]{3,})(?:,\s+in|\s+(?:is|lies|sits|"
                                r"stands)\s+in)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})"
                                r"(?=['’]s\b|[\s,.;:)(]|$)")
# A surname written in capitals after a given name (and perhaps a second one)
_SURNAME_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)?(?:\s+(?:DA|DE|DOS|DEL|VAN|VON|AL|EL))?"
                            r"\s+[A-Z]{2,}\b")
# "X, and", "X and", "X, or": the item before a list's last
_ITEM_BEFORE = re.compile(r"([A-Z\u00c0-\u00de][\w’'-]+)(?:,\s*(?:and|or)?|\s+(?:and|or))\s+$")


_NUMBER = re.compile(r"\d{1,2}[.)]\s+")  # a listicle's number before its first word
# A sentence's opening phrase of where, before its subject: "In the north, ", "On the east
# coast, ", "Further south, "
_WHERE_OPENING = re.compile(r"(?:(?:In|On|Along|Up|Down|Out|Over)\s+the\s+(?:[A-Za-z]+\s+){0,2}"
                            r"(?:north|south|east|west|coast|interior|highlands|lowlands|"
                            r"mountains|hills|valley|delta|plains?)(?:[- ](?:east|west))?|"
                            r"(?:Further|Farther)\s+(?:north|south|east|west|inland|afield|"
                            r"along|up|down)(?:\s+the\s+coast)?),\s+")
# A sentence's first word, one word long, before what is said of a town: "Gabarone is
# small", "Kampalla sits on seven hills" (not "Katrina is our guide")
_LEAD_WORD = re.compile(r"\s*([A-Z][a-z]{6,})(?=\s+(?:lies|sits|stands|sprawls|(?:is|was|remains|"
                        r"feels|seems)\s+(?:(?:still|very|rather|quite|surprisingly|so)\s+)?"
                        r"(?:(?:a|the)\s+(?:\w+\s+)?(?:city|town|capital|port|village|"
                        r"metropolis)|small|big|large|busy|quiet|compact|sprawling|hot|cool|"
                        r"dusty|green|walkable|home\s+to|famous\s+for|known\s+for|located|"
                        r"situated|built|founded))\b)")
# A verb right after the subject: the word is the sentence's subject, a place by the frame
_VERB_AFTER = re.compile(r"\s+(?:has|have|is|was|lies|sits|stands|remains|offers|boasts|"
                         r"hosts|holds|draws|keeps)\b")
# "Gaborone, Botswana's capital, ...", "X, the Honduran capital", "X, the White City",
# "X is Peru's second city": a sentence opened by a place that the words after it call a
# capital, a city, a port or a town
_CAPITAL_APPOSITION = re.compile(r"(?:,\s+|\s+(?:is|was|remains)\s+)(?:the\s+)?"
                                 r"(?:[A-Z][\w’'-]*(?:['’]s)?\s+)?(?:[a-z]+\s+)?"
                                 r"(?:[Cc]apital|[Cc]ity|[Pp]ort|[Tt]own)\b")


# The capital looked ahead for first: the engine skips to one instead of trying the
# look-behind at every character.
_CAP_RUN_RE = re.compile(rf"(?=[A-Z\u00c0-\u00de])(?<![\w’'-]){_CAP_RUN}")
# A heading's last part, after a comma or a dash: "Day 3: Night Market, Luang Prabang".
_HEADING_PLACE = re.compile(rf"(?<=, |– |— |- |: ){_CAP_RUN}(?=\s*$)", re.M)
# A heading that ends in where it is: "A street-food crawl in Arequipa", "Day 4: on to Puno"
_HEADING_WHERE = re.compile(rf"[ \t](?:in|to|from|near|around|outside)[ \t]+({_CAP_RUN})[ \t]*$",
                            re.M)
# A heading's last part, a town and its country: "Day 8 — Paramaribo, Suriname"
_HEADING_TOWN = re.compile(rf"(?<=— |– |: )({_CAP_RUN}),[ \t]+[A-Z][^\n,]*$", re.M)
# A numbered heading that is a name alone, or with its country: a listicle's item, often a
# place ("13. Cusco", "6. Ouagadougou, Burkina Faso")
_NUMBERED_HEADING = re.compile(rf"\d{{1,2}}\.[ \t]+({_CAP_RUN})(?:,[ \t]+[A-Z][^\n,]*)?[ \t]*$",
                               re.M)


# A city a misspelling is close to: (distance, -population, id, the territory the article
# must name for it to count, or None where any article counts it).
_Candidate = tuple[float, int, str, str | None]


def _unknown_word(know: Knowledge, word: str) -> bool:
    """``_unknown``, remembered: prose repeats its names."""
    memo = know.table("unknown-words")
    found: bool | None = memo.get(word)
    return memo.keep(word, _unknown(know, word)) if found is None else found


def _unknown(know: Knowledge, word: str) -> bool:
    """A word that could be a misspelled place: long enough, unaccented (pinyin with tone
    marks is the romanization rule's), and no known name or word."""
    if len(word) < 5 or not word.isascii():
        return False
    key = know.norm(word)
    return len(key) >= 5 and not _is_known(know, word, key)


def _city_hit(know: Knowledge, own: frozenset[str], doc: Document, start: int,
              word: str) -> Hit | None:
    place = _closest_place(know, own, doc, word)
    return None if place is None else _misspelling(know, start, word, place)


def _closest_place(know: Knowledge, own: frozenset[str], doc: Document,
                   word: str) -> PlaceRow | None:
    """The city a word is a slip of, if any (see ``_closest_cities``)."""
    key = know.norm(word)
    memo = know.table("misspelled-city")
    candidates: list[_Candidate] | None = memo.get((key, own))
    if candidates is None:
        candidates = memo.keep((key, own), _closest_cities(know, key, own))
    if any(c[3] for c in candidates):  # rare: the territories the article names, found now
        named = doc.memo.get("territories-named")
        if named is None:
            named = doc.memo["territories-named"] = _territories_named(doc, know) | own
        candidates = [c for c in candidates if c[3] is None or c[3] in named]
    return know.place(min(c[:3] for c in candidates)[2]) if candidates else \
        _closest_named(know, doc, key)


def _misspelling(know: Knowledge, start: int, word: str, place: PlaceRow) -> Hit:
    country = know.place(place.country) if place.country else None
    where = f", {country.name}" if country else ""
    return Hit(start, start + len(word),
               f"'{word}' looks like a misspelling of {place.name}{where}", place.name,
               Evidence(f"{place.name} is a city of {place.population or 0:,} people{where}",
                        know.source("geonames")))


def _is_known(know: Knowledge, word: str, key: str) -> bool:
    """A name of some place, or an ordinary, proper or foreign word the KB uses."""
    words = key.split()
    if len(words) > 1:  # "Port Villa": known words, but no place's name ("Hong Konger" is a
        return bool(know.exact(word)) or not looks_capitalised(word.split()[-1]) or \
            key in know.demonyms  # people's)
    if _listed(know, key):
        return True  # the word lists first: they answer without a query
    return bool(know.exact(word)) or key in languages(know)


def _listed(know: Knowledge, word: str) -> bool:
    return word in know.english_words or word in know.ordinary_words or \
        word in know.proper_words or word in know.demonyms


def _closest_cities(know: Knowledge, key: str, own: frozenset[str]) -> list[_Candidate]:
    """The cities ``key`` is one slip from: a capital or a city of 500,000 anywhere, a
    town of 15,000 in the article's own territories, and a city of 100,000 anywhere, which
    counts only where the article names its territory (most words are close to no city,
    so the article is searched for territories' names only when one is)."""
    # A slip keeps the first letter and the number of words: only names that share them.
    names, cities = _city_names(know).get(_shape(key), _NONE)
    found = process.extract(key, names, scorer=OSA.distance, score_cutoff=2, limit=None)
    best: list[_Candidate] = [(d, -cities[i][1], cities[i][2], cities[i][3]) for _, d, i in found
                              if _close(key, names[i], d)]
    return best + _town_candidates(know, key, own)


def _town_candidates(know: Knowledge, key: str, territories: frozenset[str]) -> list[_Candidate]:
    """The towns of 15,000 of these territories that ``key`` is one slip from."""
    best: list[_Candidate] = []
    for territory in sorted(territories):
        names, cities = _towns(know, territory)
        found = process.extract(key, names, scorer=OSA.distance, score_cutoff=2, limit=None)
        best += [(d, -cities[i][1], cities[i][2], None) for _, d, i in found
                 if _close(key, names[i], d)]
    return best


_NONE: tuple[list[str], list[list[Any]]] = ([], [])


def _shape(name: str) -> tuple[str, int]:
    """What a slip of the finger leaves of a name, as ``_close`` asks: its first letter and
    its number of words."""
    return name[:1], name.count(" ")


def _closest_named(know: Knowledge, doc: Document, key: str,
                   territories: bool = True) -> PlaceRow | None:
    """A place the article names elsewhere that ``key`` is one slip from: its capitalised
    words scored first (in C), and only the close ones looked up. Without ``territories``,
    a word that names a territory is passed over: a word outside a place's slot one slip
    from "China" ("the I Ching") is no slip for a town that shares the country's name."""
    by_shape: dict[tuple[str, int], tuple[list[str], list[str]]] | None = \
        doc.memo.get("capitalised-words")
    if by_shape is None:
        by_shape = doc.memo["capitalised-words"] = {}
        for word in sorted({doc.masked[s:e] for run in _runs(doc) for s, e in run}):
            if len(word) > 1 and word.isupper():
                continue  # "Aleksandr ALEKSANDROV": a surname in capitals, no town spelt
            norm = know.norm(word)
            words, norms = by_shape.setdefault(_shape(norm), ([], []))
            words.append(word)
            norms.append(norm)
    words, norms = by_shape.get(_shape(key), ([], []))
    for _, distance, i in process.extract(key, norms, scorer=OSA.distance, score_cutoff=2,
                                          limit=5):
        if _close(key, norms[i], distance) and (territories or know.territory(words[i]) is None):
            places = [m.place for m in know.exact(words[i]) if m.place.kind == "city"]
            if places:
                return places[0]
    return None


def _close(key: str, name: str, distance: float) -> bool:
    """One slip (a letter added, dropped, changed or two swapped), two in a long name;
    and the first letter right (typos rarely hit it)."""
    if distance == 0 or key[0] != name[0] or key.count(" ") != name.count(" "):
        return False
    if key.startswith(name) and key[len(name):] in _TOWNSPEOPLE and \
            key[len(name)] != name[-1]:
        return False  # "Zanzibari", "Nicosian": a people's word made of the name (but
        # "Takoradii" doubles a letter)
    return distance <= (2 if min(len(key), len(name)) >= 8 else 1)


def _other_pinyin_name(know: Knowledge, word: str, suggested: str | None) -> bool:
    """Two Chinese names of two syllables, a letter or two changed into other whole
    syllables: "Lingnan" (a region) is no slip of Longnan, nor "Weizhou" (an island) of
    Wenzhou, nor the monk "Xuanzang" of Xianyang; a Chinese town's slip spells no pinyin
    ("Kumming"), moves letters ("Guangzhuo") or changes a longer name ("Jingdezhan"),
    whose neighbours in pinyin are few."""
    from loci import pinyin

    if not suggested:
        return False
    key, name = know.norm(word), know.norm(suggested)
    if len(key) != len(name) or " " in key:
        return False
    changed = [i for i, (a, b) in enumerate(zip(key, name, strict=True)) if a != b]
    if not 0 < len(changed) <= 2 or (len(changed) == 2 and changed[1] == changed[0] + 1
                                      and key[changed[0]] == name[changed[1]]):
        return False  # (two letters swapped: "Louyang" is Luoyang moved about)
    return pinyin.valid_syllables(name, 2) and pinyin.valid_syllables(key, 2) and any(
        m.place.country in ("CN", "TW") for m in know.exact(suggested, ("city",)))


_Group = dict[tuple[str, int], tuple[list[str], list[list[Any]]]]  # by shape: names, rows


def _city_names(know: Knowledge) -> _Group:
    """The cities a misspelling is measured against, by their shape, as names (normalised,
    in ASCII: "Wrocław" is spelled "Wroclaw") and [name, population, id, territory]: every
    city of 100,000, and every capital as GeoNames and the Factbook spell it. The territory
    is None where the city counts in any article (a capital, a city of 500,000), else the
    one an article must name. Made once per run, from the KB's word lists."""
    found: _Group | None = know.memo.get("city-targets")
    if found is None:
        by_country: dict[str, list[list[Any]]] = know.kb.vocab("city-keys")
        cities = [[*c, None if c[1] >= WORLD_POPULATION else country]
                  for country, rows in by_country.items() for c in rows if c[1] >= CITY_POPULATION]
        cities += [[name, place.population or 0, place.id, None]
                   for name, place in _capital_spellings(know)]
        found = know.memo["city-targets"] = {}
        seen: set[tuple[str, str | None]] = set()
        # a name of several words written as one ("Pnompenh" for Phnom Penh) is a slip of
        # it run together
        cities += [[c[0].replace(" ", ""), *c[1:]] for c in cities if " " in c[0]]
        for city in cities:  # the largest of each name and territory, as each territory's
            if (city[0], city[3]) not in seen:  # list comes largest first
                seen.add((city[0], city[3]))
                names, rows = found.setdefault(_shape(city[0]), ([], []))
                names.append(city[0])
                rows.append(city)
    return found


def _town_slip(know: Knowledge, word: str, countries: frozenset[str]) -> PlaceRow | None:
    """The town of 15,000 of one of ``countries`` that a word is one slip from, if any (the
    largest of the closest): searched among those countries' towns alone."""
    best = _town_candidates(know, know.norm(word), countries)
    return know.place(min(c[:3] for c in best)[2]) if best else None


def _towns(know: Knowledge, territory: str) -> tuple[list[str], list[list[Any]]]:
    """A territory's towns of 15,000 people, as names and rows like ``_city_names``': all in
    one list, since a territory's own are searched once or twice an article (sorting them
    by shape cost more than searching them), largest first, so the closest largest wins."""
    memo: dict[str, tuple[list[str], list[list[Any]]]] = know.memo.setdefault("towns", {})
    if territory not in memo:
        rows = [c for c in know.kb.vocab("city-keys").get(territory, ())
                if c[1] >= LOCAL_POPULATION]
        memo[territory] = ([c[0] for c in rows], rows)
    return memo[territory]


def _capital_spellings(know: Knowledge) -> list[tuple[str, PlaceRow]]:
    """Every capital's names, GeoNames' and the Factbook's, as the cities' names are
    searched (normalised, in ASCII), with the capital."""
    return [(anyascii(know.norm(name)).lower(), m.place)
            for written, m in _capital_cities(know) for name in (m.place.name, written)]


def _capital_names(know: Knowledge) -> tuple[list[str], list[str]]:
    """The capitals' spellings and their ids, each pair once: a short list to search a
    word against, made once per run."""
    found: tuple[list[str], list[str]] | None = know.memo.get("capital-names")
    if found is None:
        pairs = sorted({(name, place.id) for name, place in _capital_spellings(know)})
        found = know.memo["capital-names"] = ([n for n, _ in pairs], [i for _, i in pairs])
    return found


def _capital_cities(know: Knowledge) -> list[tuple[str, Match]]:
    """Every capital as the Factbook spells it, with the place that name is: the city, or
    a subdivision of that name where GeoNames spells the city otherwise (the Factbook's
    Ulaanbaatar is GeoNames' Ulan Bator)."""
    found: list[tuple[str, Match]] = know.memo.get("capital-cities") or []
    if not found:
        sql = "SELECT value FROM facts WHERE topic = 'capital' AND value LIKE '{%'"
        for (value,) in know.kb.db.execute(sql):
            name = json.loads(value).get("name")
            matches = (know.exact(name, ("city",)) or know.exact(name, ("subdivision",))) \
                if name else []
            found += [(name, m) for m in matches[:1]]
        know.memo["capital-cities"] = found
    return found
