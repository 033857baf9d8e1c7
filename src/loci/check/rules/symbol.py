"""National symbols: an animal, bird or emblem called a territory's, against the Factbook."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from itertools import pairwise

from rapidfuzz.distance import OSA

from loci.check import cues
from loci.check.claims import Claim, claims, fields
from loci.check.context import context
from loci.check.document import Document
from loci.check.findings import Evidence, Hit
from loci.check.knowledge import Knowledge
from loci.check.rules import rule
from loci.check.rules._common import (
    NAME,
    list_names,
    name_of,
    owner_of,
    tokens,
)
from loci.check.rules.place_name import SLIP_LENGTH
from loci.check.values import kind_only
from loci.english import singular
from loci.kb import FactRow, PlaceRow

_SKIP = frozenset({"mythical", "national", "traditional", "official", "royal", "golden"})


@rule("LC261", "wrong-national-symbol", "symbol", "warning")
def wrong_national_symbol(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """A national animal, bird or emblem that is not among the territory's national symbols.

    Why: symbols are what a visitor sees on coins, flags and crests; drafts
    swap them between neighbours.

    Example:
        Malawi's national animal is the elephant, seen on every banknote.

    Instead:
        Malawi's national animal is the lion, seen on the coat of arms.

    Data: the Factbook's national symbols. The Factbook lists a few symbols
    per territory and may leave some out, so a mismatch is a warning. A colour
    written with a symbol must be the Factbook's where it gives one (Serbia's
    double-headed eagle is white, Albania's black). A symbol that shares only its
    head noun with the territory's own and is another territory's (the Guernsey cow
    said of Jersey) is reported as that territory's.
    """
    sheet = {f.start for f in fields(doc, know, "national-symbol")}
    for claim in claims(doc, know, "national-symbol"):
        for one in _items(claim) if claim.sentence.start in sheet else [claim]:
            if not one.negated and (hit := _verify(know, one)) is not None:
                yield hit


def _items(claim: Claim) -> list[Claim]:
    """A fact sheet's list ("| National symbols | lion, lotus |"): one claim per symbol."""
    text = claim.sentence.text
    if not _SEPARATOR.search(text):
        return [claim]
    spans, start = [], 0
    for sep in [*_SEPARATOR.finditer(text), None]:
        end = sep.start() if sep else len(text)
        item = text[start:end]
        if item.strip():
            begin = start + len(item) - len(item.lstrip())
            spans.append((begin, begin + len(item.strip())))
        start = sep.end() if sep else end
    base = claim.sentence.start
    return [replace(claim, start=base + a, end=base + b, value=text[a:b]) for a, b in spans]


_SEPARATOR = re.compile(r"\s*(?:[,;]|\band\b)\s*")


def _verify(know: Knowledge, claim: Claim) -> Hit | None:
    start, end, written, territory = claim.start, claim.end, claim.value, claim.territory
    if _described(claim):
        return None  # "a mythical creature": a riddle's clue, not the symbol's name
    if territory is None:
        return Hit(start, end, "cannot tell which territory's symbol this is", decided=False)
    facts = [f for f in know.facts(territory.id, "national-symbol") if isinstance(f.value, dict)]
    if not facts:
        return Hit(start, end, f"no national symbols of {name_of(territory)} on record",
                   decided=False)
    colours = cues.words("national-symbol", "colours")
    said = _words(written)
    matching = [f for f in facts if (said - colours) & (_spelt(said, f) - colours)
                and _same_head(written, said, f)]
    names = list_names(sorted({f.value["name"] for f in facts}))
    if not matching:
        return Hit(start, end, f"the Factbook's national symbols of {name_of(territory)} are "
                   f"{names}, not the {written}", names, Evidence(names, facts[0].source))
    if (owner := _elsewhere(know, said - colours, facts)) is not None:
        place, fact = owner
        return Hit(start, end, f"the {written} is the Factbook's national symbol of "
                   f"{name_of(place)}, not of {name_of(territory)}", names,
                   Evidence(f"{name_of(place, True)}: {_text(fact)}; {name_of(territory)}: "
                            f"{names}", fact.source))
    if not said & colours or any(said & _words(_text(f)) & colours or
                                 not _words(_text(f)) & colours for f in matching):
        return None
    fact = matching[0]
    return Hit(start, end, f"the Factbook's national symbol of {name_of(territory)} is the "
               f"{fact.value['name']}, not the {written}", fact.value["name"],
               Evidence(_text(fact), fact.source))


def _elsewhere(know: Knowledge, said: set[str],
               own: list[FactRow]) -> tuple[PlaceRow, FactRow] | None:
    """Another territory whose symbol the claim names, when it shares only its head noun
    with the territory's own: the "Guernsey cow" said of Jersey, whose symbol is the
    Jersey cow. A qualifier that no other territory's symbol carries ("the rare Jersey
    cow") is no other's symbol."""
    qualifiers = said - set().union(*(_words(_text(f)) for f in own))
    if not qualifiers:
        return None
    return next(((place, fact) for place, fact, words in _all_symbols(know)
                 if fact.place != own[0].place and said <= words), None)


def _all_symbols(know: Knowledge) -> list[tuple[PlaceRow, FactRow, set[str]]]:
    """Every territory's national symbols with their words, made once per run."""
    found: list[tuple[PlaceRow, FactRow, set[str]]] | None = know.memo.get("all-symbols")
    if found is None:
        colours = cues.words("national-symbol", "colours")
        found = know.memo["all-symbols"] = [
            (place, fact, _words(_text(fact)) - colours) for place in know.kb.places()
            for fact in know.facts(place.id, "national-symbol") if isinstance(fact.value, dict)]
    return found


def _described(claim: Claim) -> bool:
    """The value says what kind of thing the symbol is ("a large mammal"), after "a"."""
    before = claim.sentence.text[:claim.start - claim.sentence.start]
    return bool(_INDEFINITE.search(before)) and kind_only(claim.value)


_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.I)


def _same_head(written: str, said: set[str], fact: FactRow) -> bool:
    """Whether the claim and the symbol (or the Factbook's note on it: "Basotho hat") share
    a head noun, not only a word that qualifies it: a "double-headed eagle" is no
    "double-tailed lion", a "lion head" is the lion."""
    heads = [singular(t[-1]) for t in (tokens(written), tokens(fact.value["name"]),
                                       tokens(fact.value["detail"] or "")) if t]
    words = _spelt(said, fact)
    return any(h in said and h in words for h in heads)


def _spelt(said: set[str], fact: FactRow) -> set[str]:
    """The symbol's words, and the claim's long ones that are one letter from one of them:
    the Factbook spells Lesotho's hat "mokorotio" (the mokorotlo)."""
    words = _words(_text(fact))
    return words | {w for w in said - words if len(w) >= SLIP_LENGTH and any(
        len(x) >= SLIP_LENGTH and OSA.distance(w, x) <= 1 for x in words)}


def _text(fact: FactRow) -> str:
    """The symbol's name and the Factbook's note on it ("huemul (mountain deer)"), but not
    what the note compares it with ("a camelid related to the llama": no llama)."""
    detail = _COMPARED.split(fact.value["detail"] or "")[0]
    return " ".join(filter(None, (fact.value["name"], detail)))


_COMPARED = re.compile(r"\b(?:related\s+to|similar\s+to|akin\s+to|like|resembling|"
                       r"cousin\s+of|relative\s+of|rather\s+than|not\s+the)\b", re.I)


def _words(text: str) -> set[str]:
    """A symbol's words, singular, with loci's synonyms ("five-pointed star": pentacle), and
    each two running together ("wire bird" is the wirebird)."""
    found = tokens(text)
    words = {singular(t) for t in (*found, *map("".join, pairwise(found)))} - _SKIP
    synonyms: dict[str, list[str]] = cues.table("national-symbol")["synonyms"]
    joined = " ".join(tokens(text))
    for word, others in synonyms.items():
        if word in words or any(o in joined for o in others):
            words |= {word, *others}
    return words


@rule("LC262", "wrong-national-colours", "symbol", "warning")
def wrong_national_colours(doc: Document, know: Knowledge) -> Iterator[Hit]:
    """National colours that are not the territory's.

    Why: the national colours dress a national day's streets and its flags; a draft
    gives one country its neighbour's.

    Example:
        Kenya's national colours, blue and yellow, hang from every balcony.

    Instead:
        Kenya's national colours, black, red, green and white, hang from every balcony.

    Data: the Factbook's national colours. A colour named that is not among them is
    reported (light blue, sky blue and the like are blue; gold is yellow); naming
    fewer than all of them is not. The territory is the one the phrase names ("Kenya's
    national colours", "the national colours of Kenya"), else the sentence's.
    """
    ctx = context(doc, know)
    for sentence in doc.sentences:
        if "national" not in doc.words(sentence) or not _COLOURS_CUE.search(sentence.text):
            continue
        for m in _COLOURS_CUE.finditer(sentence.text):
            said = _COLOUR_LIST_AFTER.match(sentence.text, m.end()) or \
                _COLOUR_LIST_BEFORE.search(sentence.text, 0, m.start())
            if said is None:
                continue
            owner = m.group("poss") or m.group("of")
            span = (sentence.start + said.start("list"), sentence.start + said.end("list"))
            territory = know.territory(owner) if owner else ctx.subject(sentence, span)
            if territory is None:
                continue
            facts = [f for f in know.facts(territory.id, "national-colors")
                     if isinstance(f.value, list)]  # a note's text is no colour
            given = [str(c) for f in facts for c in f.value]
            actual = {_base_colour(c) for c in given}
            written = said.group("list")
            wrong = [c for c in _COLOUR.findall(written) if _base_colour(c) not in actual]
            if actual and wrong:
                colours = list_names(given)
                yield Hit(*span, f"{owner_of(territory, True)} national colours are {colours} "
                          f"by the Factbook, not {written}", colours,
                          Evidence(facts[0].text, facts[0].source))


_COLOUR_WORD = (r"(?i:(?:(?:light|sky|deep|dark|navy|royal|pale|bright|cerulean)\s+)?"
                r"(?:red|white|blue|green|yellow|black|orange|gold|golden|maroon|grey|gray|"
                r"purple|pink|brown|silver|saffron|crimson|scarlet|aquamarine|azure|violet))\b")
_COLOUR = re.compile(_COLOUR_WORD)
_LIST = rf"(?P<list>{_COLOUR_WORD}(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s+){_COLOUR_WORD})*)"
_COLOURS_CUE = re.compile(rf"(?:\b(?P<poss>{NAME})['’]s\s+)?\bnational\s+colou?rs\b"
                          rf"(?:\s+of\s+(?:the\s+)?(?P<of>{NAME}))?")
_COLOUR_LIST_AFTER = re.compile(rf"\s*(?:,|:|—|–|\(|\s+(?:are|were|remain|is))\s+(?:the\s+)?"
                                rf"{_LIST}")
_COLOUR_LIST_BEFORE = re.compile(rf"{_LIST}\s*(?:,|—|–)\s*(?:the\s+)?(?:[\w’'-]+\s+)?$")
_SAME_COLOUR = {"gold": "yellow", "golden": "yellow", "saffron": "orange", "gray": "grey",
                "crimson": "red", "scarlet": "red", "azure": "blue", "aquamarine": "blue",
                "cerulean": "blue"}


def _base_colour(colour: str) -> str:
    """ "sky blue" is blue, "gold" yellow: the colour without its shade."""
    word = colour.split()[-1].lower()
    return _SAME_COLOUR.get(word, word)
