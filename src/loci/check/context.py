"""Which territory a sentence is about, read the way a reader reads it.

A claim's territory comes from its own phrase ("the capital of Malawi") when it
has one; otherwise from its sentence, and failing that from what the sentence
sits in, nearest first:

1. the sentence: the one territory its places belong to ("Lilongwe", "Zomba"
   are Malawi), else the one its demonyms name ("Most Malawians ...");
2. the sentences before it in its paragraph ("The country", "its", "here"
   refer back to the last territory named);
3. its headings (``## Malawi``, "Food in Malawi");
4. the sentences before it in its section;
5. the front matter's ``places`` (when there are few of them), then the title;
6. the territory the whole article names most, when one clearly dominates.

A sentence naming several territories is about none of them alone. Names are
resolved in the article's own territories first: a Hamilton in a piece about
Bermuda is Bermuda's capital, not the Canadian city.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from loci.check import cues
from loci.check.document import GLOSS_ENTRY, Document, Heading, Sentence
from loci.check.knowledge import NAME_PARTS, Knowledge
from loci.check.lexicon import currencies
from loci.check.mentions import (
    MIN_CITY_POPULATION,
    PART,
    Mention,
    best_place,
    capitalised_runs,
    mentions,
    small_alias,
)
from loci.kb import PlaceRow
from loci.places import Match

MAX_SUBJECT_PLACES = 3  # front matter listing more places is a tag list, not a subject
DOMINANT_SHARE = 0.6  # of the article's territory references, for a territory to be its topic
DOMINANT_MIN = 3


@dataclass(frozen=True, slots=True)
class Ref:
    """A territory referred to in a sentence: by a place in it, or by a demonym."""

    start: int
    end: int
    territory: PlaceRow
    by: str  # "place" or "demonym"


def context(doc: Document, know: Knowledge) -> Context:
    """The document's context, made once per document."""
    found = doc.memo.get("context")
    if not isinstance(found, Context):
        found = doc.memo["context"] = Context(doc, know)
    return found


class Context:
    """Per document: each sentence's places and territory references, and its subject."""

    def __init__(self, doc: Document, know: Knowledge) -> None:
        self.doc = doc
        self.know = know
        self._index = {s.start: i for i, s in enumerate(doc.sentences)}
        # By (start, end): a question with its answer starts where the question does.
        self._mentions: dict[tuple[int, int], list[Mention]] = {}
        self._refs: dict[tuple[int, int], list[Ref]] = {}
        self._subjects: dict[tuple[int, int], PlaceRow | None] = {}

    # what one sentence names ------------------------------------------------

    def mentions(self, sentence: Sentence) -> list[Mention]:
        """Places named in the sentence, read in the article's territories first."""
        key = (sentence.start, sentence.end)
        if key not in self._mentions:
            found = mentions(self.know, sentence.text, sentence.start)
            self._mentions[key] = self._read_together(found, self.article_territories)
        return self._mentions[key]

    def refs(self, sentence: Sentence) -> list[Ref]:
        """Territories the sentence refers to, in reading order."""
        key = (sentence.start, sentence.end)
        if key not in self._refs:
            refs = [Ref(m.start, m.end, t, "place") for m in self._uncompared(sentence)
                    if (t := self.know.territory_of(m.match.place)) is not None
                    and not self._unborne(sentence, m, t)
                    and not self._names_own_money(m.end, t)]
            if self.doc.words(sentence) & self.know.demonym_words:
                # a place's name inside a people's name or adjective is theirs: "Papua" of
                # "Papua New Guineans", "Papua New Guinean kina"
                spans = self.demonym_spans(sentence.text, sentence.start)
                refs = [r for r in refs if not any(s <= r.start and r.end <= e
                                                   for s, e, _ in spans if e - s > r.end - r.start)]
                refs += self.demonym_refs(sentence.text, sentence.start)
            # those whose landing a text tells of came from elsewhere: "the landing of the
            # Pitcairn Islanders" on Norfolk Island says nothing of Pitcairn
            # nor does the state a territory broke from: "Independence Day from Belgium"
            refs = [r for r in refs if not _ARRIVED.search(self.doc.masked,
                                                           max(0, r.start - 60), r.start)
                    and not _BROKE_FROM.search(self.doc.masked, max(0, r.start - 40), r.start)]
            # a letter's signature names where its writer lives: "— the Hendersons, Perth"
            refs = [r for r in refs if not (
                _SIGNED.search(self.doc.masked, max(0, r.start - 50), r.start)
                and _LINE_END.match(self.doc.masked, r.end))]
            self._refs[key] = sorted(refs, key=lambda r: r.start)
        return self._refs[key]

    def _uncompared(self, sentence: Sentence) -> list[Mention]:
        """The sentence's places but those it compares with ("as in New Caledonia and
        Wallis and Futuna", "unlike Peru"): every item of a list after the comparison."""
        kept, compared_end, masked = [], -1, self.doc.masked
        for m in self.mentions(sentence):
            if _COMPARED.search(masked, max(0, m.start - 45), m.start) or (
                    compared_end >= 0 and _LIST_GAP.fullmatch(masked, compared_end, m.start)):
                compared_end = m.end
            else:
                kept.append(m)
        return kept

    def _unborne(self, sentence: Sentence, mention: Mention, territory: PlaceRow) -> bool:
        """Under a heading (or front matter) about another territory: a province's name, in
        a text that names neither its territory nor a city of it ("a small Balkan economy"
        under "Montenegro" is no sentence about Turkmenistan's Balkan Region), or a town's
        before "'s" and a name ("Nelson's Dockyard" under Antigua: a person's)."""
        place = mention.match.place
        possessive = place.kind == "city" and \
            _NAMED_AFTER.match(self.doc.masked, mention.end) is not None
        if not (possessive or self._province_alone(place, territory)):
            return False
        topic = self.heading_territory(sentence) or self.declared_territory
        return topic is not None and topic.id != territory.id

    def _province_alone(self, place: PlaceRow, territory: PlaceRow) -> bool:
        """A province's name, in a text that names neither its territory nor a city of it,
        unless the name is also the territory's own ("Saint Helena", "Saint Kitts")."""
        return place.kind == "subdivision" and territory.id not in self._named_outright \
            and not any(m.place.id == territory.id for m in self.know.exact(place.name))

    def _names_own_money(self, end: int, territory: PlaceRow) -> bool:
        """A place's name before the unit of its own currency ("US dollars", "Hong Kong
        dollars") names the money, not a place the sentence is about ("Kosovo marks the
        day" does)."""
        unit = _NEXT_WORD.match(self.doc.masked, end)
        if unit is None:
            return False
        lexicon = currencies(self.know)
        read = lexicon.read(unit.group(1)) if unit.group(1).lower() in lexicon.unit_words \
            else None
        if read is None:
            return False
        return any(c.code in lexicon.current(territory.id, date.today()) for c in read[1])

    def demonym_refs(self, text: str, offset: int = 0) -> list[Ref]:
        """A territory's people named by their demonym: "Uzbeks", "most Turkmen",
        "Laotian families" (but not "Greek ruins", which are only Greek in style)."""
        return [Ref(start, end, place, "demonym") for start, end, place_id
                in self.demonym_spans(text, offset)
                if _people(text, start - offset, end - offset)
                and (place := self.know.place(place_id)) is not None]

    def demonym_spans(self, text: str, offset: int = 0) -> list[tuple[int, int, str]]:
        """Where a text names a people or uses their adjective, with their territory's id:
        (start, end, id), the longest first ("Papua New Guinean kina", "Papua New
        Guineans")."""
        spans: list[tuple[int, int, str]] = []
        for run in capitalised_runs(text, offset):
            pending = [run]  # stretches of the run still to read, each longest first
            while pending:
                part = pending.pop()
                words = [text[s - offset:e - offset].rstrip(".") for s, e in part]
                words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
                found = self.know.demonym_in(words)
                if found is None:
                    continue
                first, last, place_id = found
                spans.append((part[first][0], part[last - 1][0] + len(words[last - 1]), place_id))
                pending += [p for p in (part[:first], part[last:]) if p]
        return sorted(spans)

    def own(self, sentence: Sentence, skip: tuple[int, int] | None = None) -> PlaceRow | None:
        """The one territory the sentence itself is about, if it names exactly one (leaving
        out what it names within ``skip``, a claim's own value)."""
        refs = self.refs(sentence)
        if skip is not None:
            refs = [r for r in refs if not (skip[0] <= r.start < skip[1])]
            # a people's adjective in an aside after the claim ("..., a legacy of its early
            # Portuguese visitors") says nothing of where the claim is
            aside = sentence.text.find(", ", skip[1] - sentence.start)
            if aside >= 0:
                refs = [r for r in refs if r.by != "demonym" or r.start < sentence.start + aside
                        or not _NOUN_AFTER.match(self.doc.masked, r.end)]
            # nor does a people or place in a clause of its own after it ("English is the
            # official language; other languages include Creole (among Haitian immigrants)",
            # "the local currency is the euro, so change your money before Austria")
            clause = _CLAUSE_BREAK.search(sentence.text, skip[1] - sentence.start)
            if clause is not None:
                refs = [r for r in refs if r.start < sentence.start + clause.start()]
        refs = self._namesakes_of_people(refs)
        if refs and refs[0].by == "demonym" and _PEOPLE_SUBJECT.fullmatch(
                sentence.text, 0, refs[0].start - sentence.start) \
                and (_PEOPLE_VERB.match(self.doc.masked, refs[0].end)
                     or _PEOPLE_ACT.match(self.doc.masked, refs[0].end)):
            return refs[0].territory  # "The Tongans are ..., the missions of Rome ...": theirs;
            # "Greenlanders pay in ..., for their ties with Reykjavík"
        for by in ("place", "demonym"):
            found = {r.territory.id: r.territory for r in refs if r.by == by}
            if len(found) == 1:
                return next(iter(found.values()))
            if found:  # several: about none of them alone, unless one is the frame
                return self.framed(sentence) if skip is None else None
        return self._small_town(sentence, skip)

    def _namesakes_of_people(self, refs: list[Ref]) -> list[Ref]:
        """A town's name that a town of the people the sentence names bears too is theirs:
        "Victoria, the Seychellois capital" is not Hong Kong's Victoria."""
        people = {r.territory.id: r.territory for r in refs if r.by == "demonym"}
        if len(people) != 1:
            return refs
        (own_id, own), = people.items()
        out = []
        for r in refs:
            if r.by == "place" and r.territory.id != own_id and any(
                    (t := self.know.territory_of(m.place)) is not None and t.id == own_id
                    for m in self.know.exact(self.doc.masked[r.start:r.end], ("city",))):
                r = Ref(r.start, r.end, own, "place")
            out.append(r)
        return out

    def _small_town(self, sentence: Sentence,
                    skip: tuple[int, int] | None = None) -> PlaceRow | None:
        """The territory of a town too small to count as a place in prose at large, where
        the sentence puts something in it ("in Komárom, ... paid for in forints"): every
        town spelled so lies in one territory. A claim's own value (``skip``) is no such
        town: "in Apia, the capital" under a heading on American Samoa is no claim about
        Samoa."""
        for m in _IN_TOWN.finditer(sentence.text):
            at = sentence.start + m.start(2)
            if (skip is not None and skip[0] <= at < skip[1]) or \
                    _COMPARED.search(self.doc.masked, max(0, at - 45), at):
                continue  # a claim's value, or a place compared with ("as in Palau")
            name = m.group(2)
            if self.know.territory(name) is not None:
                continue  # "in Palau" is the country, not a Mexican village of the name
            if len(name) < (3 if m.group("called") else 4) or \
                    self.know.norm(name) in self.know.english_words or \
                    self.know.norm(name) in self.know.world_regions:
                continue  # "in Asia" is no town of the Philippines
            towns = [t for t in self.know.exact(name, ("city",)) if not small_alias(t)]
            towns = [t for t in towns if t.place.name == name] or towns  # Komárom, not Komárno
            found = {t.id: t for match in towns
                     if (t := self.know.territory_of(match.place)) is not None}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _peoples_only(self, sentence: Sentence, skip: tuple[int, int]) -> bool:
        """Whether the sentence names the peoples of several territories and no place."""
        refs = [r for r in self.refs(sentence) if not skip[0] <= r.start < skip[1]]
        return all(r.by == "demonym" for r in refs) and len({r.territory.id for r in refs}) > 1

    def names_several(self, sentence: Sentence, skip: tuple[int, int] | None = None) -> bool:
        return len({r.territory.id for r in self.refs(sentence) if r.by == "place"
                    and not (skip and skip[0] <= r.start < skip[1])}) > 1

    # what a sentence is about -------------------------------------------------

    def subject(self, sentence: Sentence, skip: tuple[int, int] | None = None) -> PlaceRow | None:
        """The territory the sentence is about (see the module docstring); with ``skip``,
        the words of a claim's own value do not count ("the Thai baht" is no claim about
        Thailand)."""
        if skip is not None:
            if self.names_several(sentence, skip):
                own = self._clause_own(sentence, skip)
                if own is not None and _CLAUSE_BREAK.search(sentence.text, 0,
                                                            skip[0] - sentence.start):
                    return own  # "In Samoa the tala is used, while in Chile the peso is the
                    # currency": a later clause's own place, not the sentence's frame
                return self.framed(sentence) or own
            if self._peoples_only(sentence, skip):
                return self.own(sentence, skip) or self.framed(sentence)  # "Palauans and
                # Micronesians pay in dollars": theirs, not the paragraph's before
            return self.own(sentence, skip) or self.surroundings(sentence)
        key = (sentence.start, sentence.end)
        if key not in self._subjects:
            self._subjects[key] = self._subject(sentence)
        return self._subjects[key]

    def surroundings(self, sentence: Sentence) -> PlaceRow | None:
        """The territory the sentence's surroundings are about, leaving the sentence out."""
        index = self._index.get(sentence.start)
        if index is None:
            return self.heading_territory(sentence) or self.article_territory
        if GLOSS_ENTRY.match(sentence.text):  # "Robben Island — The prison island ...": a
            # glossary's entry is about its term, not about the entries before it
            return self._labelled(sentence) or self.heading_territory(sentence) or \
                self.article_territory
        before = self.doc.sentences[:index]
        paragraph = [s for s in before if s.paragraph == sentence.paragraph]
        return (self._last_own(paragraph) or self.heading_territory(sentence)
                or self._last_own([s for s in before if s.heading == sentence.heading
                                   and s.heading is not None])
                or self._labelled(sentence) or self.article_territory
                or self._journey(sentence, before))

    def _journey(self, sentence: Sentence, before: list[Sentence]) -> PlaceRow | None:
        """Where a section whose heading names no place goes on from: the territory the
        section before it ended in, in a text about no one territory ("## Day 3 – Lake
        Atitlán" after days in Guatemala)."""
        if sentence.heading is None or sentence.heading == 0:
            return None
        previous = [s for s in before if s.heading == sentence.heading - 1]
        return self._last_own(previous)

    def _labelled(self, sentence: Sentence) -> PlaceRow | None:
        """The territory a bold label opening an earlier paragraph of the section names
        ("**Palau.** Koror, the capital, ..."), which stands for a heading over the
        paragraphs after it, to the next label."""
        label = section_label(self.doc, sentence.end)  # (a glossary's entry: its own term)
        if label is None:
            return None
        name = label.group(1).strip()
        if name.isupper():
            name = name.title()  # "**CABO VERDE.**", an atlas's entry
        place = self.know.territory(name)
        if place is None:
            match = best_place(self.know, name)
            place = self.know.territory_of(match.place) if match is not None else None
        return place

    def _subject(self, sentence: Sentence) -> PlaceRow | None:
        if self.names_several(sentence):
            return self.framed(sentence)
        return self.own(sentence) or self.surroundings(sentence)

    def _clause_own(self, sentence: Sentence, span: tuple[int, int]) -> PlaceRow | None:
        """The one territory named in the clause that holds ``span`` (leaving ``span``
        out), where the sentence names others in its other clauses: "Chile pays in soles,
        so a meal in Lima costs ..." is about Chile."""
        text, at = sentence.text, span[0] - sentence.start
        start = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)), default=0)
        stop = _CLAUSE_BREAK.search(text, at)
        end = stop.start() if stop else len(text)
        if start == 0 and end == len(text):
            return None  # one clause: it names several
        found = {r.territory.id: r.territory for r in self.refs(sentence) if r.by == "place"
                 and start <= r.start - sentence.start < end
                 and not span[0] <= r.start < span[1]}
        return next(iter(found.values())) if len(found) == 1 else None

    def framed(self, sentence: Sentence) -> PlaceRow | None:
        """The territory a sentence opens with as its frame ("In Singapore, ...", "Across
        Chile, ...", "ARUBA, a constituent country of the Kingdom of the Netherlands, ...",
        "As an overseas department of France, Réunion ..."): what it is about, whatever
        other places it names later."""
        described = _AS_FRAME.match(sentence.text)
        if described is not None:  # "As an overseas department of France, Réunion uses ...":
            # the place described, not the one its description names
            at = sentence.start + described.start(1)
            return next((r.territory for r in self.refs(sentence)
                         if r.by == "place" and r.start == at), None)
        frame = _FRAME.match(sentence.text)
        if frame is None:
            return None
        refs = [r for r in self.refs(sentence) if r.by == "place"
                and r.start - sentence.start < frame.end()]
        return refs[0].territory if len({r.territory.id for r in refs}) == 1 else None

    def _last_own(self, sentences: list[Sentence]) -> PlaceRow | None:
        for earlier in reversed(sentences[-12:]):
            if _NEIGHBOUR.match(earlier.text):
                continue  # "West of the island lies Madagascar": a neighbour, placed
            if (found := self.own(earlier)) is not None:
                return found
        return None

    def heading_territory(self, sentence: Sentence) -> PlaceRow | None:
        """The territory of the nearest heading that names one ("Day 9 – Port of Spain,
        Trinidad and Tobago": a city and its country are one territory)."""
        for heading in self.doc.heading_chain(sentence):
            if _OTHERS_OF.match(heading.text):
                return None  # "New Zealand's partners": about other territories than NZ
            place = heading_place(self.know, heading)
            if place is not None and (territory := self._borne_out(place)):
                return territory
            named = self._read_together(heading_mentions(self.know, heading.text))
            found = {t.id: t for m in named if (t := self._borne_out(m.match.place)) is not None}
            if len(found) > 1:  # "Crossing into Kazakhstan": a town known by one of its
                # aliases ("The Crossing", of Bismarck) gives way to the other places named
                found = {t.id: t for m in named if m.match.how != "alias"
                         and (t := self._borne_out(m.match.place)) is not None}
            if len(found) == 1:
                return next(iter(found.values()))
        return None

    def _borne_out(self, place: PlaceRow) -> PlaceRow | None:
        """The territory of a place a title or heading names; a province's name alone must
        be borne out by the text ("The Balkan Year" is about the peninsula, not
        Turkmenistan's Balkan Region, unless Turkmenistan or one of its cities is named)."""
        territory = self.know.territory_of(place)
        if territory is None or self._province_alone(place, territory):
            return None
        return territory

    def topics(self, sentence: Sentence) -> list[PlaceRow]:
        """What the nearest heading (or a bold label standing for one: "**BERMUDA.**") and
        the title (or front matter) are about: where a claim took its territory from an
        earlier sentence or its own value's town, the writer may mean these."""
        found = [self._labelled(sentence), self.heading_territory(sentence),
                 self.declared_territory]
        return [t for i, t in enumerate(found) if t is not None and t not in found[:i]]

    @cached_property
    def article_territory(self) -> PlaceRow | None:
        """The territory of the front matter's places, the title, or the article's topic."""
        if self.front_matter_places:
            return self.declared_territory
        return self.declared_territory or self._dominant()

    @cached_property
    def declared_territory(self) -> PlaceRow | None:
        """The territory the front matter's places or else the title name, if one."""
        territories = {t.id: t for p in self.front_matter_places
                       if (t := self.know.territory_of(p)) is not None}
        if territories:
            return next(iter(territories.values())) if len(territories) == 1 else None
        return self._title_territory()

    @cached_property
    def front_matter_places(self) -> list[PlaceRow]:
        """The front matter's places, when they are few enough to be what it is about."""
        few = len(self.doc.article.meta.places) <= MAX_SUBJECT_PLACES
        return self._listed_places if few else []

    @cached_property
    def listed_territories(self) -> frozenset[str]:
        """The territories of every place the front matter lists, however many: what the
        article may be about somewhere, though none of them is its subject."""
        return frozenset(t.id for p in self._listed_places
                         if (t := self.know.territory_of(p)) is not None)

    @cached_property
    def _listed_places(self) -> list[PlaceRow]:
        out = []
        for name in self.doc.article.meta.places:
            match = best_place(self.know, name) or self.know.resolver.best(name)
            if match is not None:
                out.append(match.place)
        return out

    @cached_property
    def article_territories(self) -> frozenset[str]:
        """Every territory the front matter, title and headings name: where names in the
        article are looked for first. A name that places of several territories bear is
        read in those the others name without doubt ("## Flores and Tikal" after "## Guatemala
        City" is Guatemala's Flores, not Uruguay's department)."""
        texts = [self.doc.article.meta.title or "", *(h.text for h in self.doc.headings)]
        found = [heading_mentions(self.know, text) for text in texts]
        sure = frozenset(t.id for p in self.front_matter_places
                         if (t := self.know.territory_of(p)) is not None) | frozenset(
            t.id for named in found for m in self._read_together(named)
            if (t := self.know.territory_of(m.match.place)) is not None
            and self._one_territory(m))
        places = [*self.front_matter_places] + [m.match.place for named in found
                                                for m in self._read_together(named, sure)]
        return frozenset(t.id for p in places if (t := self.know.territory_of(p)) is not None)

    def _one_territory(self, mention: Mention) -> bool:
        """Whether every place of the mention's name lies in one territory (a territory
        named whole does; "Antigua", the first part of one's name, is a town's too)."""
        if mention.match.place.is_territory and mention.match.how != PART:
            return True
        return self.know.sole_territory(mention.text) is not None

    def _title_territory(self) -> PlaceRow | None:
        title = self.doc.article.meta.title or (
            self.doc.headings[0].text if self.doc.headings
            and self.doc.headings[0].block.level == 1 else "")
        found = {t.id: t for m in self._read_together(heading_mentions(self.know, title))
                 if (t := self._borne_out(m.match.place)) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def _named_outright(self) -> frozenset[str]:
        """The territories the text names, or names a city of."""
        return frozenset(t.id for sentence in self.doc.sentences for m in self.mentions(sentence)
                         if m.match.place.kind != "subdivision"
                         and (t := self.know.territory_of(m.match.place)) is not None)

    def _dominant(self) -> PlaceRow | None:
        counts: Counter[str] = Counter()
        for sentence in self.doc.sentences:
            counts.update({r.territory.id for r in self.refs(sentence) if r.by == "place"})
        if not counts:
            return None
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        return self.know.place(top) if n >= DOMINANT_MIN and n >= DOMINANT_SHARE * total \
            else None

    def _read_together(self, found: list[Mention],
                       home: frozenset[str] = frozenset()) -> list[Mention]:
        """The places one text names, each read in the territories the text names itself
        ("Hamilton, Bermuda": Bermuda's Hamilton, not the larger one in Canada), else in
        ``home``, the article's own territories."""
        beside = frozenset(m.match.place.id for m in found if m.match.place.is_territory
                           and m.match.how != PART)
        # a territory's first part ("Antigua") is read in the territories of every other
        # place named too ("Antigua Guatemala ...; Antigua has ...": Guatemala's)
        near = beside | {t.id for m in found if m.match.how != PART
                         and (t := self.know.territory_of(m.match.place)) is not None}
        return [local for m in found if (local := self._local(
            m, (near if m.match.how == PART else beside, home))) is not None]

    def _local(self, mention: Mention, homes: tuple[frozenset[str], ...]) -> Mention | None:
        """The mention read in the first of ``homes`` where a place has that name; None for
        a village known here by another of its names only, abroad ("AlUla", a name of
        Somalia's Caluula, in a text at home in Saudi Arabia, whose Al-Ula is spelt so)."""
        place = mention.match.place
        # a territory named stays so; one read from its name's first part ("Antigua") is
        # read again, where a town of the name lies in a home (Antigua Guatemala)
        if place.is_territory and mention.match.how != PART:
            return mention
        territory = self.know.territory_of(place)
        for home in homes:
            if not home:
                continue
            if territory is not None and territory.id in home:
                return mention
            for match in self.know.exact(mention.text):
                local = self.know.territory_of(match.place)
                if local is not None and local.id in home and match.how != "code":
                    return Mention(mention.start, mention.end, mention.text, match)
            for place_id in sorted(home):  # "Trinidad" in a text about Trinidad and Tobago
                own = self.know.place(place_id)
                # each part of its name names the territory in a text about it
                if own is not None and mention.text in NAME_PARTS.split(own.name):
                    return Mention(mention.start, mention.end, mention.text,
                                   Match(own, mention.text, "alias", mention.match.confidence))
        return None if small_alias(mention.match) and any(homes) else mention


# A place a sentence compares its subject with: "just as in mainland France", "like Peru",
# "unlike Kenya", "than in Chile", "like its neighbour Laos" (the subject is the other one).
# "Like" only where it opens a clause ("Like Peru, ...", ", like Peru") or follows a noun for
# a country ("a Buddhist country like Laos"): "visitors like Peru" is a verb's
_COMPARED = re.compile(r"(?:\b(?:just\s+)?as\s+(?:it\s+(?:is|does)\s+)?in|(?:^|[,;(]\s*|"
                       r"\bjust\s+|\bmuch\s+|\b(?:country|nation|island|state|kingdom|"
                       r"republic)\s+)[Ll]ike|\b[Uu]nlike|\bas\s+with|\bthan\s+in|"
                       # "the same as its neighbour Bolivia", "if you are arriving from
                       # Bucharest", "friends coming from Morocco": compared, or an origin
                       r"\bthe\s+same\s+as|\b(?:arriving|coming|crossing\s+over|travelling|"
                       r"traveling)\s+(?:in\s+)?from|"
                       r"\bthan)\s+(?:the\s+|its\s+|their\s+)?(?:(?:big|bigger|larger|small|"
                       r"smaller|mainland|metropolitan|continental|northern|southern|eastern|"
                       r"western)\s+)?"
                       r"(?:neighbou?r(?:ing)?\s+(?:the\s+)?)?$")
# before a list's last item (a comma alone is none: "Like Peru, Chile uses ...")
_ARTICLE = re.compile(r"^the\s+")
_LIST_GAP = re.compile(r",?\s+(?:and|or)\s+")
# "the landing of the Pitcairn Islanders", "the arrival of the first settlers from Britain"
_ARRIVED = re.compile(r"\b(?:arrival|landing|coming)\s+of\s+(?:[\w’'-]+\s+){0,4}$")
_BROKE_FROM = re.compile(r"\b(?i:independence|independent|freedom|liberation|secession|"
                         r"separation)(?:\s+[Dd]ay)?\s+from\s+(?:the\s+)?$")
# "'s" and a capitalised word after a name: "Nelson's Dockyard", "Hadrian's Wall"
_NAMED_AFTER = re.compile(r"['’]s\s+[A-Z]")
_NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]")  # "Portuguese visitors": an adjective
# A people that opens a sentence as its subject ("The Tongans are ...", "Chileans have ..."):
# the sentence is about them, whatever other places its predicate names
_PEOPLE_SUBJECT = re.compile(r"\s*(?:The\s+)?")
_PEOPLE_VERB = re.compile(r"[ \u00a0]+(?:are|were|have|had|remain|remained)\b")
# What a people does with what the sentence claims: "Greenlanders pay in ..."
_PEOPLE_ACT = re.compile(r"[ \u00a0]+(?:(?:still|mostly|mainly|all|also)[ \u00a0]+)?"
                         r"(?:pay|use|spend|speak|trade|follow|practise|practice|celebrate|"
                         r"carry|count)\b")
# A neighbour placed beside what the text is about, the sentence inverted: "West of the island
# lies ...", "To the north lies ...", "Across the strait rises ..."
_NEIGHBOUR = re.compile(r"\s*(?:Far\s+|Just\s+)?(?:(?:[Tt]o\s+the\s+)?(?:[Nn]orth|[Ss]outh|"
                        r"[Ee]ast|[Ww]est)(?:-?(?:east|west))?(?:wards?)?|Off|Across|Beyond|"
                        r"Over|Past)\b[^,.;]{0,60}?\s+(?:lies|lie|rises|rise|stretches|stretch|"
                        r"sits|sit)\s")
# The opening of an aside on how something came to be: ", the result of", "; a legacy of"
ORIGIN_ASIDE = (r"[,;—–]\s*(?:(?:the|a|an|its)\s+)?(?:(?:direct|lasting|living)\s+)?"
                r"(?:legacy|legacies|result|relic|remnant|inheritance|hangover|product|echo|"
                r"consequence)\s+of")
# Where one clause of a sentence ends and another begins.
_CLAUSE_BREAK = re.compile(r";\s|,\s+(?:so|but|while|whereas|although|though|yet|and\s+so)\s|"
                           r"\s(?:while|whereas)\s|"
                           # a participle's clause: ", reflecting the labourers brought from
                           # India", ", brought by traders from Zanzibar"
                           r",\s+(?:[a-z]{3,}ing|[a-z]{3,}ed|brought|built|made|known)\s|"
                           # an aside on the group just named: ", most of them workers from
                           # India"
                           r",\s+(?:most|many|some|all|half|nearly\s+all|almost\s+all)\s+of\s+"
                           r"(?:them|whom)\s|"
                           # an aside on how it came to be: ", the result of labour brought
                           # from India", ", a legacy of French rule"
                           rf"{ORIGIN_ASIDE}\s")
# A sentence's frame: "In Singapore, ...", and a subject before an aside of its own
# ("Mayotte, which stayed with France, uses ...": the aside's places are not the subject)
_FRAME = re.compile(r"(?:In|Across|Throughout|All\s+over|Everywhere\s+in)\s+[^,;:]{2,40},|"
                    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=,\s+(?:(?:which|who|whose|where)\b|"
                    # an apposition that says what the place is: "ARUBA, a constituent country
                    # of the Kingdom of the Netherlands, has ..."
                    r"(?:a|an|once|formerly|long)\s(?!(?:few|lot|number|couple|bit)\b))"
                    r"[^,;]*,\s)")
# A heading about a territory's others: "New Zealand's partners", "France's overseas islands"
_OTHERS_OF = re.compile(r"\s*(?:#+\s*)?(?:\d+[.)]\s*)?[A-Z][\w’' -]*['’]s\s+(?:[\w-]+\s+){0,2}"
                        r"(?:partners|neighbou?rs|territories|islands|colonies|dependencies|"
                        r"outposts?|possessions|realm|backyard|overseas)\b")
# A signature after a dash at a line's end: "— the Hendersons, Perth", "— *Tomás, Valencia*"
_SIGNED = re.compile(r"[—–]\s*[*_]*\s*(?:the\s+)?[A-Z][\w.'’ -]{0,30},\s*$")
_LINE_END = re.compile(r"[\s*_.]*(?:\n|$)")
# What a place is, opening the sentence before it: "As an overseas department of France,
# Réunion ..."
_AS_FRAME = re.compile(r"\s*As\s+(?:a|an|the|one\s+of\s+the)\s+[^,;:]{2,60},\s+([A-Z])")
# A bold label opening a paragraph: "**Palau.** ...", "**Saint Helena:** ..."
_LABEL = re.compile(r"(?m)^[ \t]*(?:[-*+][ \t]+)?\*\*([^*\n]{2,60}?)[.:]?\*\*")
_IN_TOWN = re.compile(r"\b(?:in|at|near|(?P<called>(?:city|town|port|oasis)\s+of))\s+"
                      r"([A-Z\u00c0-\u00de][\w’'-]+(?:[ -][A-Z][\w’'-]+)?)"
                      r"(?=[,.;:]|\s+(?:the|a|an|and|is|are|was|were)\b)")
_LANGUAGE_VERB = re.compile(r"\b(?:speak|speaks|spoke|spoken|speaking|learn|learns|learnt|"
                            r"learned|understand|understands|in|into|from)\s+(?:\w+\s+)?$")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")
_LAST_WORDS = re.compile(r"(?:^|\s)((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)\s+$")


def _people(text: str, start: int, end: int) -> bool:
    """Whether a demonym at [start, end) names people: a plural ("Uzbeks"), a quantifier
    before it ("most Turkmen"), a noun for people after it ("Laotian families"), or "the"
    before it and a plural verb after ("the Bhutanese are")."""
    word = text[start:end]
    if _LANGUAGE_VERB.search(text, max(0, start - 25), start):
        return False  # "spoke some French": the language
    if word.endswith("s") and not word.endswith(("ss", "ese")):
        return True
    following = _NEXT_WORD.match(text, end)
    if following and following.group(1).lower() in cues.words("people", "nouns"):
        return True
    if following and following.group(1).lower() in ("are", "were", "have", "remain") and \
            text[max(0, start - 4):start].lower() == "the ":
        return True  # "the Bhutanese are", "the Swiss have"
    preceding = _LAST_WORDS.search(text, max(0, start - 40), start)
    if preceding is None:
        return False
    last = preceding.group(1).lower().split()
    return any(" ".join(last[i:]) in cues.words("people", "quantifiers")
               for i in range(len(last)))


def heading_mentions(know: Knowledge, text: str) -> list[Mention]:
    """The places a title or a heading names, but a small town whose every word is an
    ordinary English word: where every word is capitalised, "The Mountain City on Two
    Rivers" names no Two Rivers, Wisconsin."""
    return [m for m in mentions(know, text) if not (
        m.match.place.kind == "city" and (m.match.place.population or 0) < MIN_CITY_POPULATION
        and all(w.lower() in know.english_words for w in m.text.split()))]


def heading_place(know: Knowledge, heading: Heading) -> PlaceRow | None:
    """The place a heading is about: its whole text, or the one place it names ("Economy"
    is a heading, not the town in Pennsylvania), or a city named with its country."""
    single = len(heading.text.split()) == 1
    if single and heading.text.lower() in know.english_words:
        return None
    if _ARTICLE.sub("", know.norm(heading.text)) in know.world_regions:
        return None  # "The Pacific", "Asia": a region of the world, not a town of its name
    match = best_place(know, heading.text, single=single)
    if match is not None:
        return match.place
    found = {m.match.place.id: m.match.place for m in heading_mentions(know, heading.text)}
    if len(found) == 1:
        return next(iter(found.values()))
    # "9. Vientiane, Laos": a city and its own territory name the city
    cities = [p for p in found.values() if p.kind == "city"]
    if len(cities) == 1 and len(found) == 2 and \
            (territory := know.territory_of(cities[0])) is not None and territory.id in found:
        return cities[0]
    return None


def section_start(doc: Document, offset: int) -> int:
    """Where the section holding ``offset`` starts: its heading, or the bold label opening
    a paragraph that stands for one ("**Palau.** ...")."""
    label = section_label(doc, offset)
    return label.start() if label is not None else _heading_start(doc, offset)


def section_end(doc: Document, offset: int) -> int:
    """Where the section holding ``offset`` ends: at the next heading or bold label."""
    _labels(doc)
    starts: list[int] = doc.memo["label-starts"]
    after = bisect_right(starts, offset)
    return min([h.block.start for h in doc.headings if h.block.start > offset] +
               starts[after:after + 1] + [len(doc.text)])


def _labels(doc: Document) -> list[re.Match[str]]:
    """The document's bold labels opening a line, found once (a long text asks for each
    claim), with their starts and ends kept for bisecting."""
    labels: list[re.Match[str]] | None = doc.memo.get("labels")
    if labels is None:
        labels = doc.memo["labels"] = list(_LABEL.finditer(doc.text))
        doc.memo["label-starts"] = [m.start() for m in labels]
        doc.memo["label-ends"] = [m.end() for m in labels]
    return labels


def section_label(doc: Document, offset: int) -> re.Match[str] | None:
    """The last bold label opening a paragraph between the heading above ``offset`` and it."""
    labels = _labels(doc)
    index = bisect_right(doc.memo["label-ends"], offset) - 1
    if index < 0 or labels[index].start() < _heading_start(doc, offset):
        return None
    return labels[index]


def _heading_start(doc: Document, offset: int) -> int:
    return max((h.block.start for h in doc.headings if h.block.start <= offset), default=0)


def subjects(doc: Document, know: Knowledge, sentence: Sentence) -> list[PlaceRow]:
    """The places the sentence's headings and front matter are about, innermost first."""
    out: list[PlaceRow] = []
    for heading in doc.heading_chain(sentence):
        place = heading_place(know, heading)
        if place is not None and place not in out:
            out.append(place)
    for place in context(doc, know).front_matter_places:
        if place not in out:
            out.append(place)
    return out


def territory_subject(doc: Document, know: Knowledge, sentence: Sentence) -> PlaceRow | None:
    """The territory a sentence is about (``Context.subject``)."""
    return context(doc, know).subject(sentence)
