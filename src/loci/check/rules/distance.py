"""Distances and directions between two places, against the great circle."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import product

from loci.check.context import context, heading_place
from loci.check.document import Document, Sentence
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.mentions import Mention
from loci.check.rules import rule
from loci.check.rules._common import POSSESSIVE
from loci.check.values import NAME
from loci.kb import TERRITORY_KINDS, PlaceRow
from loci.places import Match
from loci.places.geo import (
    COMPASS,
    bearing,
    compass_index,
    haversine_km,
    parse_direction,
    steps_apart,
)
from loci.text import NUMBER_WORDS

_DIR = (r"(?P<dir>(?:north|south|east|west)(?:[- ]?(?:north|south)?[- ]?(?:east|west))?(?:ern)?|"
        r"N|S|E|W|NE|NW|SE|SW|NNE|ENE|ESE|SSE|SSW|WSW|WNW|NNW)")
_JOURNEY = r"(?:drive|journey|ride|trip|flight|walk|hike|trek|transfer)"
# A number in words, to the thousands: "two hundred and fifty", "a thousand", "ninety-five".
_ONES = "|".join(NUMBER_WORDS[1:20])
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_TENS = "|".join(_TENS_WORDS)
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_ONES})"
_SPELLED = (rf"(?:(?:{_ONES}|a)\s+thousand(?:\s+(?:and\s+)?(?:{_ONES})\s+hundred)?|"
            rf"(?:{_ONES}|a)\s+hundred)(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED}")
# A distance as written, then what it is measured from: "600 km west of", "30 km from",
# "520 km up the coast from".
_QUANTITY = re.compile(
    rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?|\b(?i:{_SPELLED}))[\s-]*"
    r"(?P<unit>km|kilometres|kilometers|mi|miles)\b"
    rf"(?:\s+\([^()]{{0,30}}\))?(?:\s+(?:(?:bus|train|car|boat)\s+)?{_JOURNEY})?"
    rf"(?:\s+(?:to\s+the\s+)?{_DIR})?"
    r"(?:\s+(?:up|down|along)\s+the\s+(?:coast|road|river|valley|line|highway|shore))?"
    r"(?P<rel>\s+(?:of|from|away\s+from|outside|beyond|out\s+of|inland\s+from)\s+)?")
_APART = re.compile(r"\s+(?:apart|away\s+from\s+each\s+other|between\s+them)\b")
# A length, not a distance between two places: a border's or coast's, or one in brackets
# after a name ("borders Honduras (244 km)", "a coastline of 400 km", "400 km of coast")
_LENGTH = re.compile(r"\b(?:coast(?:line)?|borders?|frontier|shoreline|boundary|length)"
                     r"\s+(?:of\s+|is\s+|runs\s+(?:for\s+)?)?(?:(?:some|about|around|nearly|"
                     r"almost|roughly|over|only|just)\s+)?$")
_LENGTH_AFTER = re.compile(r"\s+of\s+(?:coast(?:line)?|border|frontier|shoreline|beaches|"
                           r"coral\s+reef)")
_BRACKET_OPEN = re.compile(r"[^\s(,;:]\s*\($")  # after a name, or a link to it
_CLAUSE = re.compile(r";|\.\s|,\s+(?:but|while|whereas|and\s+then)\b|\s+but\s+")
_KINDS = ("city",)
# A unit of distance: a sentence without one gives no distance (the numbers, in digits or
# in words, are _QUANTITY's to read)
_ANY_DISTANCE = re.compile(r"(?<![^\W\d])(?:km|kilomet|mi\b|miles)")
TOLERANCE = 0.2  # of the true distance
MIN_TOLERANCE_KM = 10.0
NAMESAKE_SHARE = 0.1  # of the largest namesake's population, for a namesake to be meant
MAX_NAMESAKES = 20  # cities of one name looked at, largest first
_UNITS = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "mi": 1.609344, "miles": 1.609344}


@dataclass(frozen=True, slots=True)
class _Claim:
    a: str
    b: str
    km: float
    direction: int | None
    span: tuple[int, int]  # the distance as written
    dir_span: tuple[int, int] | None
    read_as: tuple[PlaceRow | None, PlaceRow | None] = (None, None)  # as the context read them


@rule("LC301", "wrong-distance", "distance", "error")
def wrong_distance(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A distance between two places that the map contradicts.

    Why: "30 km from the capital" tells a traveller whether a day trip is
    possible; a drafting tool guesses, the coordinates know.

    Example:
        Anshan lies 30 km southwest of Shenyang.

    Instead:
        Anshan lies about 90 km southwest of Shenyang.

    Data: GeoNames coordinates of both cities; the great-circle distance with
    a tolerance of 20% or 10 km, whichever is larger (roads are longer than
    the straight line). Where a name fits several cities of some size, the
    pair that best fits the claim is used, among those in the territories the article
    names where there are some (and the capitals: Kingston is Jamaica's in an article
    that names Jamaica, not Ontario's); a capital GeoNames spells otherwise
    is placed by the Factbook's coordinates; "the town" ("that city") is the city its
    paragraph or heading names, and so is the place a distance "away" or "from there" is
    measured from; "the two cities" ("they", "both") the last two the
    sentence named, or else its section (its heading, then the sentences before: "## The
    Riga–Tallinn bus ... between the two capitals"), and "the capital" the capital of the
    territory the sentence is about, where it has one. An FAQ's answer ("A: About 450 km")
    measures between the two places its question asks about ("How far is Amman from
    Beirut?").
    """
    for _, claim, pair in _resolved(doc, know):
        if pair is None:
            yield Hit(*claim.span, f"cannot locate both {claim.a} and {claim.b}", decided=False)
            continue
        a, b = pair
        true_km = _distance(a, b)
        if abs(true_km - claim.km) > max(TOLERANCE * true_km, MIN_TOLERANCE_KM):
            yield Hit(*claim.span, f"{a.name} is {true_km:,.0f} km from {b.name}, not "
                      f"{claim.km:,.0f} km", f"about {_round(true_km)} km",
                      _evidence(know, a, b, true_km))


@rule("LC302", "wrong-direction", "distance", "error")
def wrong_direction(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A compass direction between two places that the map contradicts.

    Why: "southeast of" sends a reader the wrong way on a map; the
    coordinates settle it.

    Example:
        Anshan lies 90 km northeast of Shenyang.

    Instead:
        Anshan lies 90 km southwest of Shenyang.

    Data: GeoNames coordinates; the initial great-circle bearing from the
    second place to the first, with a tolerance of one step of the 16-point
    compass, and of 45° for north, south, east or west (a quarter of the
    compass, as they are used: "south of Dakar" for a bearing of 146°).
    """
    for _, claim, pair in _resolved(doc, know):
        if pair is None or claim.direction is None or claim.dir_span is None:
            continue
        a, b = pair
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        degrees = bearing(b.lat, b.lon, a.lat, a.lon)
        actual = compass_index(degrees)
        off = abs((degrees - claim.direction * 22.5 + 180) % 360 - 180)
        if claim.direction % 4 == 0 and off <= 45:
            continue  # a cardinal point
        if steps_apart(actual, claim.direction) > 1:
            yield Hit(*claim.dir_span, f"{a.name} lies {COMPASS[actual]} of {b.name} "
                      f"(bearing {degrees:.0f}°), not {COMPASS[claim.direction]}",
                      COMPASS[actual], _evidence(know, a, b, _distance(a, b)))


def _resolved(doc: Document, know: Knowledge) -> Iterator[
        tuple[Sentence, _Claim, tuple[PlaceRow, PlaceRow] | None]]:
    if "distance-claims" not in doc.memo:
        found = []
        for sentence, first in doc.statements:
            if not _ANY_DISTANCE.search(sentence.text, first - sentence.start):
                continue
            for claim in _claims(doc, know, sentence):
                if claim.span[0] >= first:
                    found.append((sentence, claim, _pair(know, claim, _named(doc, know))))
        doc.memo["distance-claims"] = found
    yield from doc.memo["distance-claims"]


def _claims(doc: Document, know: Knowledge, sentence: Sentence) -> Iterator[_Claim]:
    """Each distance in the sentence with the two places it is between, found around the
    number whatever stands between them ("Lhasa, the gateway to Tibet, is only about 600
    km west of Chengdu", "Copenhagen to Stockholm is roughly 1,100 km", "A and B are 30
    km apart", "between A and B")."""
    text = sentence.text
    cities = _cities(doc, know, sentence)
    quantities = list(_QUANTITY.finditer(text))
    # "840 km west of Darwin and 610 km north of Broome": each place measured from is no
    # place measured, whatever else the sentence says of it (the islands are unnamed)
    origins = {id(m) for q in quantities if q.group("rel") for m in cities
               if 0 <= m.start - sentence.start - q.end() < 5}
    for q in quantities:
        if _LENGTH.search(text, max(0, q.start() - 40), q.start()) or _LENGTH_AFTER.match(
                text, q.end()) or (_BRACKET_OPEN.search(text, max(0, q.start() - 60), q.start())
                                   and text.startswith(")", q.end())):
            continue  # "a coastline of 400 km", "400 km of coast", "Honduras (244 km)": lengths
        lo = max([0, *(c.end() for c in _CLAUSE.finditer(text, 0, q.start()))])
        stop = _CLAUSE.search(text, q.end())
        hi = stop.start() if stop else len(text)
        before = [m for m in cities if lo <= m.start - sentence.start < q.start()]
        after = [m for m in cities if q.end() <= m.start - sentence.start < hi]
        capital = _the_capital(doc, know, sentence, q, cities) if q.group("rel") else None
        if capital is not None:  # "600 km north-west of the capital": the territory's
            placed = next((m for m in before if id(m) not in origins), None)
            pair = (placed, capital) if placed is not None else None
        else:
            pair = _places(text, sentence.start, q, before, after, origins)
        if pair is None and _REFERRING.match(text, lo):
            pair = _referred(doc, know, sentence, q, after,
                             [m for m in cities if m.start - sentence.start < lo])
        if pair is None and not q.group("rel") and len(before) == 1 and \
                (_AWAY.match(text, q.end()) or _FROM_THERE.match(text, lo)):
            # "Bangkok is only 150 km away", "From there, Bukhara is 90 km further west":
            # measured from the town the section or the paragraph is about
            origin = _origin(doc, know, sentence, before[0].match.place)
            pair = (before[0], origin) if origin is not None else None
        both = _BOTH.search(text, lo, q.start())
        if pair is None and both and (_APART.match(text, q.end()) or (
                _BETWEEN.search(text, max(0, both.start() - 10), both.start()))):
            # "From A the bus to B is slow, but the two cities sit 420 km apart"; else the
            # two its section named last before it ("## A–B by ferry ... The boats between
            # the two capitals cover 900 km")
            named = [m for m in cities if m.start - sentence.start < lo]
            if len({m.match.place.id for m in named}) < 2:
                named = [*_named_before(doc, know, sentence), *named]
            pair = _last_two(named)
        read_as: tuple[PlaceRow | None, PlaceRow | None] = \
            (pair[0].match.place, pair[1].match.place) if pair else (None, None)
        if pair is None and not before and not after:
            pair = _asked(doc, know, sentence)  # "Q: How far is A from B? A: About 450 km"
            read_as = (pair[0].match.place, pair[1].match.place) if pair else read_as
        if pair is None:
            pair = _unknown_subject(know, text, sentence.start, lo, q, after)
            read_as = (None, pair[1].match.place) if pair else read_as
        if pair is None:
            continue
        groups = q.groupdict()
        direction = parse_direction(groups["dir"]) if groups.get("dir") and q.group("rel") \
            else None
        dir_span = (sentence.start + q.start("dir"), sentence.start + q.end("dir")) \
            if direction is not None else None
        value = _number(q.group("n")) * _UNITS[q.group("unit")]
        span = (sentence.start + q.start("n"), sentence.start + q.end("unit"))
        yield _Claim(pair[0].text, pair[1].text, value, direction, span, dir_span, read_as)


def _asked(doc: Document, know: Knowledge, sentence: Sentence) -> tuple[Mention, Mention] | None:
    """The two cities of the question a sentence answers, where it asks how far one is
    from the other ("How far is Lima from Cusco?", "What is the distance between A and B?")."""
    asked = doc.memo.get("distance-questions")
    if asked is None:
        asked = doc.memo["distance-questions"] = {
            answer.start: question for question, answer in doc.qa_pairs
            if _HOW_FAR.search(question.text)}
    question = asked.get(sentence.start)
    if question is None:
        return None
    cities = _cities(doc, know, question)
    return (cities[0], cities[1]) if len(cities) == 2 else None


_HOW_FAR = re.compile(r"\b(?:[Hh]ow\s+far|[Hh]ow\s+many\s+(?:km|kilomet\w+|miles)|[Dd]istance\s+"
                      r"(?:between|from))\b")


def _number(written: str) -> float:
    """ "1,100" -> 1100; "two hundred and fifty" -> 250; "a thousand" -> 1000."""
    if written[0].isdigit():
        return float(written.replace(",", ""))
    total = part = 0
    for word in re.split(r"[\s-]+", written.lower()):
        if word == "hundred":
            part *= 100
        elif word == "thousand":
            total, part = total + part * 1000, 0
        elif word == "a":
            part = 1
        elif word in _TENS_WORDS:
            part += 10 * (_TENS_WORDS.index(word) + 2)
        elif word in NUMBER_WORDS:
            part += NUMBER_WORDS.index(word)
    return float(total + part)


def _cities(doc: Document, know: Knowledge, sentence: Sentence) -> list[Mention]:
    """The cities a sentence names, in order: capitals by any spelling, small towns where
    a distance is given from them."""
    cities = []
    for m in context(doc, know).mentions(sentence):
        if m.match.how == "alias" and _region_alias(know, m.text):
            continue  # "the state of Sabah" is no byname of Sabak Bernam
        place = m.match.place if m.match.place.kind == "city" else _capital(know, m)
        if place is not None:
            cities.append(m if place is m.match.place else
                          replace(m, match=replace(m.match, place=place)))
    cities += _small_towns(know, sentence, cities)
    cities = [m for m in cities if not _acronym(m)]
    cities.sort(key=lambda m: m.start)
    return [m for i, m in enumerate(cities) if not _names_a_region(
        know, sentence, m, cities[i - 1] if i else None)]


def _acronym(mention: Mention) -> bool:
    """ "NATO", "UNESCO": letters in capitals name no town spelt otherwise (Nato)."""
    return len(mention.text) > 1 and mention.text.isupper() and \
        not mention.match.place.name.isupper()


def _names_a_region(know: Knowledge, sentence: Sentence, mention: Mention,
                    before: Mention | None) -> bool:
    """A town's name that is a territory's ("268 km north-west of Jamaica": the island,
    not the neighbourhood of New York), unless the territory's capital bears it too
    (Singapore, Panama); or a region's of the town's country after the town and a comma
    ("Key West, Florida": the state, not the Cuban town)."""
    territory = next((m.place for m in know.exact(mention.text, TERRITORY_KINDS)), None)
    if territory is not None and mention.match.place.id != f"{territory.id}-capital":
        capitals = {know.norm(str(f.value.get("name"))) for f in know.facts(
            territory.id, "capital") if isinstance(f.value, dict)}
        if not capitals & {know.norm(mention.text), know.norm(f"{mention.text} City")}:
            return True
    if before is None or sentence.text[before.end - sentence.start:
                                       mention.start - sentence.start] != ", " or \
            _FROM.search(sentence.text, 0, before.start - sentence.start):
        return False  # "From Lima, Cusco is ...": the comma ends the phrase of the origin
    country = know.territory_of(before.match.place)  # a town of another country is no
    # region of the town's
    return any(m.place.kind == "subdivision" and (
        country is None or know.territory_of(m.place) == country)
        for m in know.exact(mention.text))


def _small_towns(know: Knowledge, sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """Towns too small to count as places in prose at large ("Chefchaouen"), where a
    sentence gives a distance: a capitalised name opening a clause or after "from"."""
    taken = {m.start for m in found}
    out: list[Mention] = []
    for m in _TOWN.finditer(sentence.text):
        name = _POSSESSIVE.sub("", m.group("name"))  # "from Kisangani's port"
        town = _town(know, sentence.start + m.start("name"), name, taken)
        if town is None and " and " in name:  # "Apia and Suva": two towns, not one name
            first, joined, second = name.partition(" and ")
            towns = (_town(know, sentence.start + m.start("name"), first, taken),
                     _town(know, sentence.start + m.start("name") + len(first) + len(joined),
                           second, taken))
            out += filter(None, towns)
        elif town is not None:
            out.append(town)
    return out


def _town(know: Knowledge, start: int, name: str, taken: set[int]) -> Mention | None:
    """A small town's mention at ``start``, unless it is no town's name or taken."""
    if start in taken or len(name) < 4 or name.lower() in know.english_words or \
            know.norm(name) in know.world_regions or _region_alias(know, name) or \
            not _located(know, name):
        return None
    return Mention(start, start + len(name), name, know.exact(name, _KINDS)[0])


def _region_alias(know: Knowledge, name: str) -> bool:
    """A region's own name that is only a byname of a town that is not named after it
    ("Sabah", a byname of Sabak Bernam): the region, not the town ("Cebu" is Cebu City)."""
    found = know.exact(name)
    return any(m.place.kind == "subdivision" for m in found) and not any(
        m.place.kind == "city" and (m.how != "alias" or m.place.name.startswith(name))
        for m in found)


_POSSESSIVE = re.compile(rf"{POSSESSIVE}$")
# (a preposition first: "From Tromsø to ..." opens with it, and the name is Tromsø)
_TOWN = re.compile(rf"(?:\b(?:of|from|to|and|between|From|Between)\s+|^|[;:]\s+)(?P<name>{NAME})")


# A clause whose subject is the two places named before it: "the two cities sit N km apart".
_BOTH = re.compile(r"\b(?:[Tt]he\s+(?:two|twin)\s+(?:cities|towns|capitals|places|ports)|"
                   r"[Tt]hey|[Bb]oth(?:\s+(?:cities|towns|capitals))?)\s+(?:\w+\s+){0,2}$")


_BETWEEN = re.compile(r"\bbetween\s+$")


def _named_before(doc: Document, know: Knowledge, sentence: Sentence) -> list[Mention]:
    """The cities a sentence's section named before it, in order: its heading's, then
    those of up to three sentences before it under that heading; in the heading's territory
    where it names one ("Praia, on the island of Santiago" under "## Cabo Verde" is no
    Santiago in the Dominican Republic)."""
    found: list[Mention] = []
    chain = doc.heading_chain(sentence)
    if chain:
        block = chain[0].block
        found += _cities(doc, know, Sentence(block.start, block.end,
                                             doc.masked[block.start:block.end],
                                             sentence.heading, (block.start, block.end)))
    earlier: list[Sentence] = []
    before = doc.sentence_before(sentence, section=True)
    while before is not None and len(earlier) < 3:
        earlier.insert(0, before)
        before = doc.sentence_before(before, section=True)
    for s in earlier:
        found += _cities(doc, know, s)
    territory = context(doc, know).heading_territory(sentence)
    if territory is not None:
        found = [m for m in found if know.territory_of(m.match.place) == territory]
    return found


def _last_two(named: list[Mention]) -> tuple[Mention, Mention] | None:
    """The last two different cities named."""
    last: dict[str, Mention] = {}
    for m in named:
        last.pop(m.match.place.id, None)
        last[m.match.place.id] = m
    two = list(last.values())[-2:]
    return (two[0], two[1]) if len(two) == 2 else None


# A clause whose subject refers back to a town: "The town lies 40 km north of Nairobi".
# ("It" only with the verb of where it is: "It was made for a house in Fez, a city that
# lies ..." is about a door, not the town named before)
_REFERRING = re.compile(r"\s*(?:(?:The|the|That|that|This|this)\s+(?:town|city|village|port|"
                        r"resort|settlement|oasis|capital)\s+(?:(?:lies|sits|is|stands)\s+)?|"
                        r"(?:It|it)\s+(?:lies|sits|is|stands)\s+)")


def _referred(doc: Document, know: Knowledge, sentence: Sentence, q: re.Match[str],
              after: list[Mention], earlier: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "The town lies 40 km north of Nairobi": the town is the one the sentence opened
    with before the clause ("Mindelo, upon São Vicente, is the chief port; it is about 270
    km from Praia"), else the city the section is headed with, or the last one the
    paragraph named before."""
    b = next((m for m in after if m.start - sentence.start - q.end() < 5), None)
    if b is None or not q.group("rel"):
        return None
    origin = next((m for m in earlier if m.match.place != b.match.place), None) or \
        _origin(doc, know, sentence, b.match.place)
    return (origin, b) if origin is not None else None


def _origin(doc: Document, know: Knowledge, sentence: Sentence,
            other: PlaceRow) -> Mention | None:
    """The town a sentence refers back to ("the town", "from there", "away"): the last
    one its paragraph named before it, else the one its section is headed with, if
    it is not ``other``, the place the sentence names itself."""
    if sentence not in doc.sentences:
        return None  # (a question with its answer names its own places)
    index = doc.sentences.index(sentence)
    earlier = [s for s in doc.sentences[max(0, index - 3):index]
               if s.paragraph == sentence.paragraph]
    for s in reversed(earlier):
        cities = [m for m in context(doc, know).mentions(s) if m.match.place.kind == "city"]
        if cities and cities[-1].match.place != other:
            return cities[-1]
    for heading in doc.heading_chain(sentence)[:1]:
        place = heading_place(know, heading)
        if place is not None and place.kind == "city" and place != other:
            start = heading.block.start
            match = know.exact(place.name, _KINDS)
            return Mention(start, start + len(heading.text), place.name, match[0]) \
                if match else None
    return None


# "Bangkok is only 150 km away": from the town the text is about
_AWAY = re.compile(r"\s+away\b(?!\s+from\b)")
# "From there, Bukhara is ...": from the town named before
_FROM_THERE = re.compile(r"\s*(?:From|from)\s+(?:there|here)\b")


def _the_capital(doc: Document, know: Knowledge, sentence: Sentence, q: re.Match[str],
                 cities: list[Mention]) -> Mention | None:
    """ "Darkhan lies some 200 km north of the capital": the capital of the territory
    the sentence is about, as a place measured from (the Factbook's coordinates); or the
    city an apposition names ("25 km west of the capital, Port-au-Prince")."""
    m = _THE_CAPITAL.match(sentence.text, q.end())
    if m is None:
        return None
    named = _APPOSED.match(sentence.text, m.end(1))
    apposed = next((c for c in cities if c.start == sentence.start + named.end()), None) \
        if named is not None else None
    if apposed is not None:
        return apposed
    territory = context(doc, know).subject(sentence)
    place = _capital_of(know, territory, None) if territory is not None else None
    return None if place is None else Mention(sentence.start + m.start(1),
                                              sentence.start + m.end(1), m.group(1),
                                              Match(place, place.name, "exact", 1.0))


_APPOSED = re.compile(r",\s+")
_THE_CAPITAL = re.compile(r"(the\s+(?:national\s+|country['’]s\s+)?capital)\b(?!\s+of\b)")


def _unknown_subject(know: Knowledge, text: str, offset: int, lo: int, q: re.Match[str],
                     after: list[Mention]) -> tuple[Mention, Mention] | None:
    """ "Qianshan Park lies 17 km southeast of Anshan": a subject loci cannot place, kept
    so that the claim is reported as one it could not check (but "Most capitals lie ..."
    opens with a word, not a name: no town called Most)."""
    subject = re.match(rf"\s*({NAME})", text[lo:q.start()])
    b = next((m for m in after if m.start - offset - q.end() < 5), None)
    if not q.group("rel") or subject is None or b is None or \
            subject.group(1).split()[0].lower() in know.english_words:
        return None
    start = offset + lo + subject.start(1)
    return Mention(start, start + len(subject.group(1)), subject.group(1), b.match), b


def _places(text: str, offset: int, q: re.Match[str], before: list[Mention],
            after: list[Mention], origins: set[int]) -> tuple[Mention, Mention] | None:
    """(the place placed, the place measured from) for one distance; ``origins``: the ids
    of the places the sentence measures its distances from."""
    if q.group("rel"):
        b = next((m for m in after if m.start - offset - q.end() < 5
                  or _KIND_OF.fullmatch(text, q.end(), m.start - offset)), None)
        if b is not None:
            placed = [m for m in before if id(m) not in origins]
            if placed and _APPOSED_QUANTITY.fullmatch(text, placed[-1].end - offset, q.start()) \
                    and not _OF_BEFORE.search(text, 0, placed[-1].start - offset):
                placed = placed[-1:]  # "... and on to Kumasi, about 200 km from Accra": the
                # place the distance stands in apposition to, not the sentence's first
            a = placed[0] if placed else next(
                (m for m in after if m is not b and id(m) not in origins), None)
            return (a, b) if a is not None else None  # "... of B lies A" when none is before
        # "300 km of laterite": what follows is no place; the places may stand before
    if len(before) >= 2 and (_APART.match(text, q.end()) or
                             _JOINED.search(text[before[-2].end - offset:
                                                 before[-1].start - offset])):
        return before[-2], before[-1]  # "A to B is N km", "A and B are N km apart"
    if len(before) >= 2 and (_AWAY.match(text, q.end()) or (
            _FROM_OPENING.match(text, 0, before[0].start - offset) and len(before) == 2
            and text[before[0].end - offset:before[1].start - offset].strip() == ",")):
        # "Buses from A climb the pass to reach B, about N km away": from the first to the
        # last; "From A, B is about N km by air": from the place the sentence opens with
        origin = next((m for m in before[:-1] if _FROM.search(text, 0, m.start - offset)), None)
        if origin is not None:
            return origin, before[-1]
    # "From A it is roughly N km back to B": one place on each side, "from" and "to"
    origin = next((m for m in reversed(before)
                   if _FROM.search(text, 0, m.start - offset)), None)
    goal = next((m for m in after if m.start - offset - q.end() < 12
                 and _TO.fullmatch(text, q.end(), m.start - offset)), None)
    return (origin, goal) if origin is not None and goal is not None else None


_FROM = re.compile(r"\b[Ff]rom\s+$")
# ", about ", ", some ": a distance in apposition to the place before it (not "the island
# of Santiago, some 650 km from Dakar": the island's town is not meant)
_APPOSED_QUANTITY = re.compile(r"\s*,\s*(?:(?:about|some|roughly|around|nearly|almost|only|"
                               r"just|approximately|barely|over|under)\s+)?")
_OF_BEFORE = re.compile(r"\bof\s+$")
_FROM_OPENING = re.compile(r"\s*From\s+$")  # the sentence's first word, before its origin
# "A to B", "A and B", "A to the Indian Ocean port of B"
_JOINED = re.compile(r"\b(?:to|and)\s+(?:the\s+(?:[\w-]+\s+){0,3}(?:port|city|town|village|"
                     r"capital|resort|oasis)\s+of\s+)?$")
# "... from the Red Sea port of B": what kind of place B is, before its name
_KIND_OF = re.compile(r"the\s+(?:[\w-]+\s+){0,3}(?:port|city|town|village|capital|resort|"
                      r"oasis|island|harbou?r)\s+of\s+")
_AWAY = re.compile(r"\s+away\b")
_TO = re.compile(r"\s+(?:(?:back|on|onward|down|up|over|across)\s+)?to\s+")


def _named(doc: Document, know: Knowledge) -> frozenset[str]:
    """The territories the article names anywhere, by name or in its title, headings and
    front matter."""
    if "distance-named" not in doc.memo:
        ctx = context(doc, know)
        doc.memo["distance-named"] = ctx.article_territories | frozenset(
            m.match.place.id for sentence in doc.sentences for m in ctx.mentions(sentence)
            if m.match.place.is_territory)
    named: frozenset[str] = doc.memo["distance-named"]
    return named


def _pair(know: Knowledge, claim: _Claim,
          named: frozenset[str]) -> tuple[PlaceRow, PlaceRow] | None:
    """The two places: the best-known of each name where those share a province, else,
    among namesakes of some size, the pair that best fits the claim (a village that shares
    a capital's name excuses no distance, nor a town that is no capital, in a territory the
    article never names, where one of the name lies in a territory it names: Kingston in an
    article that names Jamaica is not Kingston, Ontario)."""
    a_options = _in_named(know, _located(know, claim.a, claim.read_as[0]), named)
    b_options = _in_named(know, _located(know, claim.b, claim.read_as[1]), named)
    pairs = [(a, b) for a, b in product(a_options, b_options) if a.id != b.id]
    if not pairs:
        return None
    a, b = _largest(a_options), _largest(b_options)
    if a.id != b.id and a.parent is not None and a.parent == b.parent != a.country:
        return a, b  # the two best-known, in one province: Fuzhou beside Quanzhou is Fujian's
    return min(pairs, key=lambda p: abs(_distance(*p) - claim.km))


def _in_named(know: Knowledge, places: list[PlaceRow],
              named: frozenset[str]) -> list[PlaceRow]:
    """The places in the territories the article names, where there are some, and the
    capitals (Lima is Peru's in an article that names only Chile and Paraguay)."""
    return [p for p in places if p.country in named or _is_capital(know, p)] or places


def _largest(places: list[PlaceRow]) -> PlaceRow:
    return max(places, key=lambda p: p.population or 0)


def _capital(know: Knowledge, mention: Mention) -> PlaceRow | None:
    """A capital GeoNames files under another spelling, by the name its region or country
    shares with it ("Ulaanbaatar" is the municipality; the city is "Ulan Bator")."""
    territory = know.territory_of(mention.match.place)
    return _capital_of(know, territory, mention.text) if territory is not None else None


def _capital_of(know: Knowledge, territory: PlaceRow, name: str | None) -> PlaceRow | None:
    """The territory's capital called ``name`` (None: its one capital, if it has one),
    placed by the Factbook's coordinates."""
    capitals = [f.value for f in know.facts(territory.id, "capital") if isinstance(f.value, dict)]
    if name is None and len(capitals) != 1:
        return None  # Bolivia's two: which one is "the capital" is not for loci to guess
    for v in capitals:
        if v.get("lat") is not None and (name is None or
                                         know.norm(str(v.get("name"))) == know.norm(name)):
            return replace(territory, id=f"{territory.id}-capital", kind="city",
                           name=str(v["name"]), lat=float(v["lat"]), lon=float(v["lon"]))
    return None


def _located(know: Knowledge, name: str, read_as: PlaceRow | None = None) -> list[PlaceRow]:
    """The cities of that name with coordinates: the one the context read the name as,
    the capitals, and those at least a tenth the size of the largest."""
    name = _POSSESSIVE.sub("", name)
    places = [p for m in know.exact(name, _KINDS)[:MAX_NAMESAKES]
              if (p := m.place).lat is not None and p.lon is not None]
    largest = max((p.population or 0 for p in places), default=0)
    out = [p for p in places if p == read_as or (p.population or 0) >= NAMESAKE_SHARE * largest
           or _is_capital(know, p)]
    return out if read_as is None or read_as in out else [read_as, *out]


def _is_capital(know: Knowledge, city: PlaceRow) -> bool:
    """A territory's capital (Victoria, Seychelles) is meant whatever its size."""
    return city.country is not None and any(
        isinstance(f.value, dict) and know.norm(str(f.value.get("name"))) == know.norm(city.name)
        for f in know.facts(city.country, "capital"))


def _distance(a: PlaceRow, b: PlaceRow) -> float:
    assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def _round(value: float) -> str:
    step = 5 if value < 200 else 10 if value < 1000 else 50
    return f"{round(value / step) * step:,}"


def _evidence(know: Knowledge, a: PlaceRow, b: PlaceRow, distance: float) -> Evidence:
    return Evidence(f"{a.name} ({a.lat:.3f}, {a.lon:.3f}) and {b.name} ({b.lat:.3f}, "
                    f"{b.lon:.3f}): {distance:,.0f} km apart", know.source("geonames"))
