"""Which place a sentence is about: its headings first, then the front matter's places.

Under ``## Malawi``, "the capital" is Malawi's. A heading names a place when
the whole heading is a place's name, or when exactly one place is named in
it ("Food in Malawi"). Front matter places count when there are few of them:
a list of two hundred tags says nothing about any one sentence.
"""

from __future__ import annotations

from loci.check.document import Document, Heading, Sentence
from loci.check.knowledge import Knowledge
from loci.check.mentions import best_place, mentions
from loci.kb import PlaceRow

MAX_SUBJECT_PLACES = 3


def subjects(doc: Document, know: Knowledge, sentence: Sentence) -> list[PlaceRow]:
    """The places a sentence is about, most specific first (may be empty)."""
    out: list[PlaceRow] = []
    for heading in doc.heading_chain(sentence):
        place = heading_place(know, heading)
        if place is not None and place not in out:
            out.append(place)
    for place in front_matter_places(doc, know):
        if place not in out:
            out.append(place)
    return out


def territory_subject(doc: Document, know: Knowledge, sentence: Sentence) -> PlaceRow | None:
    """The territory a sentence is about: its own single territory, else its context's."""
    own = {t.id: t for m in mentions(know, sentence.text, sentence.start)
           if (t := know.territory_of(m.match.place)) is not None}
    if len(own) == 1:
        return next(iter(own.values()))
    if own:
        return None  # several territories named: the sentence is about none of them alone
    for place in subjects(doc, know, sentence):
        territory = know.territory_of(place)
        if territory is not None:
            return territory
    return None


def heading_place(know: Knowledge, heading: Heading) -> PlaceRow | None:
    match = best_place(know, heading.text)
    if match is not None:
        return match.place
    found = {m.match.place.id: m.match.place for m in mentions(know, heading.text)}
    return next(iter(found.values())) if len(found) == 1 else None


def front_matter_places(doc: Document, know: Knowledge) -> list[PlaceRow]:
    if "front-matter-places" not in doc.memo:
        names = doc.article.meta.places
        out = []
        for name in names if len(names) <= MAX_SUBJECT_PLACES else ():
            match = best_place(know, name) or know.resolver.best(name)
            if match is not None:
                out.append(match.place)
        doc.memo["front-matter-places"] = out
    places: list[PlaceRow] = doc.memo["front-matter-places"]
    return places
