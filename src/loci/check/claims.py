"""The claim layer: a relation found by its cue and the entities around it.

Every rule that checks a fact about a territory reads its claims here. A claim
is found by its cue noun ("capital", "currency", "official language",
"national animal"; ``check/data/cues.toml``) and the frame around it, the same
for every relation:

    VALUE LINK DETERMINER OWNER MODIFIERS CUE (of OWNER) LINK VALUE

where the value stands in apposition or after a copula on either side
("Lilongwe, the capital of Malawi", "Malawi's capital is Lilongwe", "In
Lilongwe, the capital, ..."), the owner names the territory ("Malawi's", "the
Swiss", "of Malawi") or leaves it to the sentence's context ("its", "the
country's", nothing), a negation ("is not") turns the claim round, and a past
link ("was", "until 1975") makes it history, which is not checked. What a
value looks like (a place, a currency, a list of languages) is the relation's
``value`` kind. Modifiers say which capital ("the constitutional capital") or
that the claim is about something else ("the cultural capital", "the provincial
capital"): the claim is then dropped.

Besides prose (and headings that say something: "## 6. Casablanca, Morocco's capital,
is ..."), a claim stands in a fact sheet's line or a comparison table's cell
("Capital: Lilongwe", "| Malawi | Lilongwe |" under "| Country | Capital |") and
in a quiz's or an FAQ's answer to the question above it ("What is the capital of
Malawi?" then "Answer: Lilongwe"). A question asserts nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii

from loci.check import cues
from loci.check.context import context
from loci.check.document import GLOSS_ENTRY, Document, Field, Sentence
from loci.check.knowledge import Knowledge
from loci.check.lexicon import languages
from loci.check.mentions import best_place, small_alias
from loci.check.values import NAME, READERS, Reader
from loci.kb import PlaceRow
from loci.text import normalize

WINDOW = 160  # characters read on each side of a cue
_GRAMMAR = ("and|or|but|which|that|who|whose|where|when|of|in|on|for|with|to|at|by|from|"
            "as|than|so|if|because|while|whereas|although|though")


@dataclass(frozen=True, slots=True)
class Claim:
    """One relation the text asserts: ``value`` of ``territory`` (document offsets)."""

    relation: str
    sentence: Sentence
    start: int  # the value as written
    end: int
    value: str
    territory: PlaceRow | None
    explicit: bool  # the territory is named in the claim's own phrase
    negated: bool
    # modifiers of the cue ("constitutional", "only", "three"), and "the" after a definite
    # determiner or an owner ("the official language", "Peru's official language")
    words: frozenset[str]
    owner_text: str | None = None  # the owner as written, when named
    territory_from: str = "phrase"  # "phrase", "value", "sentence" or "context"
    cue: str = ""  # the cue as written, lower case ("capital", "seat of government")


@dataclass(frozen=True, slots=True)
class _Frame:
    """The words of one relation's frame, from cues.toml."""

    relation: str
    cue: re.Pattern[str]
    keywords: tuple[str, ...]  # lower case: a sentence without one has no claim
    value: str
    roles: frozenset[str]
    skip: frozenset[str]
    skip_owners: tuple[str, ...]
    past_ok: bool  # a past link is still a claim ("was inscribed on the List in 1987")
    proper: bool  # the cue is written capitalised ("World Heritage Site")
    located: bool  # the value's own place says which territory ("Lalibela": Ethiopia)
    pronoun: bool  # "it" before the phrase stands for the one value named just before
    nationwide: bool  # the value holds in every part of a territory: "the currency of Anhui"


@cache
def frame(relation: str) -> _Frame:
    data = cues.table(relation)
    return _Frame(relation, re.compile(rf"\b(?:{data['cue']})\b", re.I),
                  tuple(data["keywords"]), data["value"],
                  frozenset(w.lower() for w in data.get("roles", ())),
                  frozenset(w.lower() for w in data.get("skip", ())),
                  tuple(w.lower() for w in data.get("skip_owners", ())),
                  bool(data.get("past_ok", False)), bool(data.get("proper", False)),
                  bool(data.get("located", False)), bool(data.get("pronoun", False)),
                  bool(data.get("nationwide", False)))


def _links(relation: str) -> str:
    """The links of every frame, and the relation's own ("Quechua has official status"),
    as an alternation, longest first."""
    words = [*cues.table("frame")["links"], *cues.table(relation).get("links", ())]
    # (an adverb may stand after a link's auxiliary: "has also been listed")
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace(
        r"has\s+been", rf"has\s+(?:(?:{_AUX_ADVERBS})\s+)?been")
        for w in sorted(set(words), key=len, reverse=True))


_AUX_ADVERBS = "also|since|long|now|already|officially|recently|rightly|just"
# A preposition whose object the cue's phrase is: "the road to the capital is ..."
_AFTER_PREPOSITION = re.compile(r"\b(?i:to|from|near|beyond|outside|around|towards?|into|"
                                r"past|than|like|unlike|behind|across|along|through|via|"
                                r"without|within)\s+$")


@cache
def _left_pattern(relation: str, joined: bool = False) -> re.Pattern[str]:
    """What stands between a value and the cue: link, determiner, owner, modifiers; with
    ``joined``, a role joined to the cue by "and" too (a pattern of its own, searched only
    where "and" stands before the cue: looking for one costs every cue a tenth more)."""
    links = _links(relation)
    neg = cues.alternation("frame", "negations")
    adverbs = cues.alternation("frame", "adverbs")
    dets = cues.alternation("frame", "determiners")
    # A modifier is any other small word: the frame's own words end the modifiers.
    stop = f"(?:{links}|{neg}|{adverbs}|{dets}|{_GRAMMAR})"
    # a role the phrase shares its value with: "Lilongwe is Malawi's largest city and (its)
    # capital", "..., the commercial hub and the seat of government"
    # (or a description of the value: "The Giraffe Centre, a sanctuary in Nairobi and a
    # World Heritage Site", "..., founded in 1070 and a UNESCO World Heritage Site")
    coord = (rf"(?:(?:(?!{stop}\s)\b[\w’'-]+|of|in|on|at|by)\s+){{1,6}}and\s+"
             r"(?:(?:its|the|an?)\s+)?" if joined else "(?!)")
    return re.compile(
        # (the value "alone" before the verb is the only one: "English alone has ...";
        # an adverb may stand there too: "Swahili and English both have ...")
        # (an adverb may open the apposition: "Malindi, also UNESCO-listed, ...", "..., likewise
        # a World Heritage Site")
        rf"(?P<link>\s*[,:(—–-]\s*(?:(?:{adverbs})\s+)?|(?P<alone>\s+alone)?(?:\s+(?:{adverbs}))*"
        rf"\s+(?P<verb>{links})(?P<neg>\s+(?:{neg})|n[’']t)?"
        # (any adverb in -ly after the verb: "is proudly listed among ...")
        rf"(?:\s+(?:{adverbs}|[a-z]{{3,}}ly))*\s+|(?:^|\s)(?P<as>[Aa]s)\s+)?"
        # (two determiners: "one of the country's", "counted among its")
        rf"(?P<det>(?:\b(?i:{dets})\s+){{1,2}})?"
        rf"(?P<owner>{NAME}(?:['’]s?|\s+(?:has|have|recognises|recognizes))?\s+)?"
        rf"(?P<coord>{coord})?"
        rf"(?P<mods>(?:(?!{stop}\s)\b[a-z][\w'-]*\s+){{0,3}})$")


@cache
def _right_pattern(relation: str) -> re.Pattern[str]:
    """What follows the cue: its owner as "of Y", then a link to a value."""
    links = _links(relation)
    neg = cues.alternation("frame", "negations")
    adverbs = cues.alternation("frame", "adverbs")
    return re.compile(
        # "of the country", "of the island nation", but not "of the kingdom is": the link's
        rf"(?P<of>\s+(?:of|for|in)\s+(?P<owner>(?:the\s+)?(?:{NAME}|[a-z]+"
        rf"(?:\s+(?!(?:{links})\b)[a-z]+)?)))?"
        # (an aside in commas may stand before the verb: "The capital, however, is ...",
        # "Its national symbol, somewhat improbably, is ...")
        rf"(?P<link>(?:\s*,\s*(?:{_ASIDE_WORDS}|{adverbs}|(?:[a-z]+\s+)?[a-z]{{3,}}ly)\s*,"
        # (or a relative clause: "The currency you will need is ...", "The national animal,
        # which appears on the coins, is ...")
        rf"|\s+{_CONTACT_CLAUSE}|\s*,\s*(?:which|that)\s+[^,;:.()]{{3,60}},)?"
        rf"\s+(?P<verb>{links})"
        rf"(?P<neg>\s+(?:{neg})|n[’']t)?(?:\s+(?:{adverbs}))*\s+|\s*[,:]\s*|\s*\(\s*|\s+)?")


def _region_before(know: Knowledge, text: str, start: int, end: int) -> bool:
    """Whether what the sentence is about before the cue is a region, not a territory: a
    word for one ("the autonomous region of ...", "Yunnan province") or the last name a
    province's, or a territory's with a word before it, and no territory's own ("Inner
    Mongolia, with its capital at Hohhot")."""
    if _REGION_WORD.search(text, start, end):
        return True
    names = list(_NAMED.finditer(text, start, end))
    if not names or know.territory(name := names[-1].group()) is not None:
        return False
    words = name.split()  # a province's, or one named after a territory ("Inner Mongolia")
    return any(m.place.kind == "subdivision" for m in know.exact(name)) or any(
        know.territory(" ".join(words[i:])) is not None for i in range(1, len(words)))


_REGION_WORD = re.compile(r"\b(?:province|region|prefecture|county|district|department|"
                          r"oblast|governorate|canton|emirate|municipality)\b", re.I)
_NAMED = re.compile(NAME)
# A cue's own owner before it: "its capital", "their capital", "Kenya's capital"
_POSSESSED = re.compile(r"(?:its|their|the)\s|\S+['’]s?\s", re.I)
_ASIDE_WORDS = r"however|of\s+course|in\s+fact|though|it\s+seems|after\s+all|curiously|oddly"
# A relative clause with its subject and no "that": "(the currency) you will need"
_CONTACT_CLAUSE = (r"(?:you|we|they|visitors|travell?ers|tourists|locals|most\s+people)"
                   r"(?:\s+(?!(?:is|are|was|were)\b)[a-z]+){1,5}")


def claims(doc: Document, know: Knowledge, relation: str) -> Iterator[Claim]:
    """Every claim of one relation in the document: in prose, then in fact sheets (read
    once per document: two rules may ask for one relation's)."""
    key = f"claims-{relation}"
    found: list[Claim] | None = doc.memo.get(key)
    if found is None:
        found = doc.memo[key] = list(_claims(doc, know, relation))
    yield from found


def _claims(doc: Document, know: Knowledge, relation: str) -> Iterator[Claim]:
    spec = frame(relation)
    for sentence in [*doc.sentences, *doc.heading_statements]:
        lower = doc.lower(sentence)
        if not any(k in lower for k in spec.keywords) or sentence.question:
            continue  # no cue, or a question: it asserts nothing
        for cue in spec.cue.finditer(sentence.text):
            if not spec.proper and _in_a_name(sentence.text, cue):
                continue  # "the Australian Capital Territory"
            claim = _read(doc, know, spec, sentence, cue)
            if claim is not None:
                yield claim
    yield from field_claims(doc, know, relation)
    yield from answer_claims(doc, know, relation)


def answer_claims(doc: Document, know: Knowledge, relation: str) -> Iterator[Claim]:
    """A quiz's or an FAQ's answer to a question that asks for the relation ("What is the
    capital of Uzbekistan?" then "Answer: Samarkand, home of the Registan"): the answer's
    opening value, claimed of the one territory the question names."""
    spec = frame(relation)
    if spec.value == "site":
        return  # "Which of these is a World Heritage Site?": the answer may be a list of any
    reader = READERS[spec.value]
    ctx = context(doc, know)
    for question, answer in doc.qa_pairs:
        if not spec.cue.search(question.text) or _YES_NO.match(question.text):
            continue  # "Is Wellington the capital? No, ...": the answer names no value
        territory = ctx.own(question)
        opening = _ARTICLE.match(answer.text)
        found = reader.after(know, answer.text, opening.end() if opening else 0) \
            if territory is not None else None
        if found is not None and found[0] < _ANSWER_REACH:
            start = answer.start + found[0]
            yield Claim(relation, answer, start, start + len(found[1]), found[1], territory,
                        False, False, frozenset(), None, "phrase")  # not named in the answer


_ARTICLE = re.compile(r"\s*(?:[Tt]he|[Aa]n?)\s+")
_YES_NO = re.compile(r"\s*(?:Is|Are|Was|Were|Does|Do|Did|Has|Have|Can|Could|Will|Would|Should|"
                     r"Isn[’']t|Aren[’']t|Doesn[’']t)\b")
_ANSWER_REACH = 12  # and opens with the value: "Samarkand, ...", "The lion."


def _in_a_name(text: str, cue: re.Match[str]) -> bool:
    """A capitalised cue within a sentence is a word of some proper name."""
    return cue.group()[0].isupper() and bool(text[:cue.start()].strip()) and \
        not text[:cue.start()].rstrip().endswith((":", "|", "("))


def fields(doc: Document, know: Knowledge, relation: str) -> Iterator[Field]:
    """The fact-sheet lines whose key names the relation ("Capital: Lilongwe"), or whose
    key begins with such a name before an alternative or an aside ("Capital or main
    settlement", "Currency (code)"), or before the territory whose field it is ("| Capital
    of Malawi | ... |", "Currency (Malawi)")."""
    keys = cues.words("fields", relation) if relation in cues.table("fields") else frozenset()
    return (f for f in doc.fields if f.key in keys or _KEY_TAIL.sub("", f.key) in keys
            or _key_owner(know, f.key, keys) is not None)


def _key_owner(know: Knowledge, key: str, keys: Iterable[str]) -> PlaceRow | None:
    """The territory a field's key names after the field's name: "capital of malawi",
    "currency malawi" (as ``_key`` writes "Currency (Malawi)"); None for "capital of culture"."""
    for name in keys:
        if key.startswith(name + " ") and (owner := _OWNER_LEAD.sub("", key[len(name) + 1:])) \
                and (territory := know.territory(owner)) is not None:
            return territory
    return None


_OWNER_LEAD = re.compile(r"^(?:(?:of|in|for|on)\s+)?(?:the\s+)?")


# What may follow a field's name in a header (its brackets gone): "capital or main town",
# "currency (code)", "official language(s) in use"
_KEY_TAIL = re.compile(r"\s+(?:or|and)\s.*$|\s+(?:code|codes|used|in\s+use|today|now)$")


def field_territory(doc: Document, know: Knowledge, field: Field) -> PlaceRow | None:
    """The territory a field is about: its table row's (a territory, or a capital
    standing for its country: "| Lima | soles |"; the territory of "Bermuda (UK)" is
    Bermuda's), else its surroundings'."""
    return _row_territory(know, field) or _key_owner(know, field.key, _ALL_KEYS) or \
        context(doc, know).surroundings(field.sentence)


# every field's name, of every relation: a field's key is one of them, then its owner
_ALL_KEYS = sorted({k for r in cues.table("fields") for k in cues.words("fields", r)},
                   key=len, reverse=True)


def _row_territory(know: Knowledge, field: Field) -> PlaceRow | None:
    """The territory a field's table row names, if it is in one."""
    if field.row is not None:
        for label in dict.fromkeys((field.row, _TRAILING_ASIDE.sub("", field.row))):
            if (territory := know.territory(label) or _capital_of(know, label)) is not None:
                return territory
    return None


_TRAILING_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")


def _capital_of(know: Knowledge, name: str) -> PlaceRow | None:
    """The territory whose capital the name is, if it is one."""
    for match in know.exact(name, ("city",))[:3]:
        territory = know.territory_of(match.place)
        if territory is not None and any(
                isinstance(f.value, dict) and know.norm(str(f.value.get("name"))) in
                (know.norm(name), know.norm(match.place.name))
                for f in know.facts(territory.id, "capital")):
            return territory
    return None


def field_claims(doc: Document, know: Knowledge, relation: str) -> Iterator[Claim]:
    """ "Capital: Lilongwe": a claim of the value, about the line's context."""
    reader = READERS[frame(relation).value]
    for field in fields(doc, know, relation):
        found = reader.after(know, field.sentence.text, 0)
        if found is None:
            continue
        start, written = field.start + found[0], found[1]
        # a table's row names its territory as a phrase would ("| Kiribati | ... |"), and
        # so does the key ("| Capital of Malawi | ... |")
        row = _row_territory(know, field) or _key_owner(know, field.key, _ALL_KEYS)
        territory = row or context(doc, know).surroundings(field.sentence)
        yield Claim(relation, field.sentence, start, start + len(written), written, territory,
                    row is not None, False, frozenset(), cue=field.key)


def _read(doc: Document, know: Knowledge, spec: _Frame, sentence: Sentence,
          cue: re.Match[str]) -> Claim | None:
    text = sentence.text
    window_start = max(0, cue.start() - WINDOW)
    joined = " and " in text[window_start:cue.start()]
    left = _left_pattern(spec.relation, joined).search(text, window_start, cue.start())
    right = _right_pattern(spec.relation).match(text, cue.end(),
                                                min(len(text), cue.end() + WINDOW))
    if left is not None and left.group("coord") and not left.group("link"):
        # "between the Chinese border and the capital": no role shared with a value
        left = _left_pattern(spec.relation, joined).search(text, left.start("coord") + 1,
                                                           cue.start())
    if left is None or right is None:
        return None
    if " ".join((right.group("verb") or "").split()) in ("at", "moved to") and (
            not _POSSESSED.match(left.group("det") or left.group("owner") or "")
            or _region_before(know, text, window_start, cue.start())):
        return None  # "its capital at Mombasa", but not "a French capital at Marigot" nor
        # "Yunnan province, with its capital at Kunming"
    if (has := _HAS_OWNER.search(left.group("owner") or "")) and _territory(
            know, left.group("owner")[:has.start()]) is None:
        # "Afrikaans has official status": no territory has it, so "has" is the link
        left = _left_pattern(spec.relation, joined).search(text, left.start("owner") + 1,
                                                           cue.start())
        if left is None:
            return None
    if right.group("verb") and not left.group("link") and not left.group("as") and \
            _AFTER_PREPOSITION.search(text, window_start, left.start()):
        return None  # "A quieter alternative to the capital is Gyumri": the verb's subject
        # is the noun before the preposition, not the phrase
    words = left.group("mods").lower().split()
    if any(w in spec.skip for w in words) or not all(w in spec.roles for w in words):
        return None  # "the cultural capital", or a word the frame does not know
    if left.group("alone"):
        words.append("only")
    owner, explicit, owner_text = _owner(know, spec, left, right)
    if owner is None and _bracketed_field(left, right):
        # "Tuvalu (capital: Funafuti)": the name before the bracket owns the field (read as a
        # place is read before a phrase: "Nearby Tuvalu" is Tuvalu)
        before = READERS["place"].before(know, text, left.start())
        named = _territory(know, before[1]) if before else None
        if before and named is not None:
            owner, explicit, owner_text = named, True, before[1]
    if owner is False or (owner is None and _its_region(doc, know, sentence, left)):
        return None  # the cue's owner is something other than a territory
    if owner_text and _former_owner(know, owner_text):
        return None  # "the capital of the Kazakh SSR": a claim of those years
    value = _value(know, spec, text, left, right)
    if value is None and spec.pronoun:
        value = _antecedent(doc, know, sentence, left)
    at = sentence.start  # where the value's offset counts from
    if (kind := _entry_kind().match(text)) is not None and left.group("link") and \
            not text[kind.end():left.start("link")].strip():
        entry = _entry(doc, sentence)
        if entry is None:
            return None  # "Town, capital of ...": a kind of place names none
        # "**ASHGABAT.** Town, capital of ...": the entry's name
        value = (entry[1], entry[2], bool(left.group("neg")), False)
        at = entry[0]
    if value is None:
        return None
    start, written, negated, past = value
    if _AS_CLAUSE.search(text, max(0, start - 8), start):
        return None  # "Kulangsu, as the island is listed by UNESCO, is ...": the clause names
        # again what stands before it, whose own claim that is
    if _owner_in_brackets(know, text, cue.end(), start, written):
        return None  # "Capital (Peru): Cusco": the bracket names whose field it is
    if spec.value == "site" and (term := GLOSS_ENTRY.match(text)) and start >= term.end():
        start, written = term.start("term"), term.group("term")  # "**Chobe** — The river-
        # front park ..., a UNESCO World Heritage Site": the glossary's term is the site
    if past and left.group("verb") and _BACKSHIFT.search(text, max(0, start - 40), start):
        past = False  # "A vendor insisted the jaguar was ...": the telling's tense
    past = (past or _past_after(text, right.end(), start)) and not spec.past_ok
    # "Many assume that Kutaisi, the capital of Georgia, is only an airport": the belief is
    # the clause's verb; a value set beside the phrase is the writer's own
    beside = not left.group("verb") and (left.group("link") or "").strip() in _APPOSITION
    if past or _replaced(text, start):
        return None
    begin, end = at + start, at + start + len(written)
    if not beside and _hearsay(doc, sentence, min(start, cue.start())):
        # a belief the text reports and corrects: still read, so that what the rules find
        # of it is told as the text's correction borne out (see ``reported``)
        doc.memo.setdefault("reported", set()).add(
            (begin, end, _CATEGORIES.get(spec.relation, spec.relation)))
    territory = owner if isinstance(owner, PlaceRow) else None
    source = "phrase"
    if territory is None and spec.located:
        territory, source = _located_in(know, written), "value"
    if territory is None and (left.group("det") or "").split()[-1:] in (["its"], ["their"]) \
            and (subject := _subject_territory(know, text)) is not None:
        territory, source = subject, "sentence"  # "The Isle of Man is ... Douglas, its
        # capital": the sentence's subject, not a town named on the way (Dublin)
    if territory is None and (where := _where_owner(know, text, min(start, cue.start()))):
        territory, source = where, "sentence"  # "..., and to Oman, where the national
        # language is ...": the territory the clause of "where" is about
    if territory is None:
        skip = None if spec.located else (begin, end)
        ctx = context(doc, know)
        own = ctx.own(sentence, skip)
        territory = ctx.subject(sentence, skip)
        source = "sentence" if own is not None and own == territory else "context"
        if territory is None and spec.located:  # "the Salar de Uyuni", nothing around it
            territory, source = _located_in(know, written, of_town=True), "value"
    # "the official language", "Peru's official language": a definite one, said as all
    det = (left.group("det") or "").split()
    if (left.group("owner") or det) and not (det and det[0].lower() in _INDEFINITE):
        words.append("the")
    return Claim(spec.relation, sentence, begin, end, written, territory, explicit, negated,
                 frozenset(words), owner_text, source, cue.group(0).lower())


def _where_owner(know: Knowledge, text: str, end: int) -> PlaceRow | None:
    """The territory a clause of "where" before ``end`` is about ("... to Oman, where"), if
    the clause runs on to ``end``."""
    found = None
    for m in _WHERE.finditer(text, max(0, end - 120), end):
        found = m
    if found is None or _WHERE_BREAK.search(text, found.end(), end):
        return None
    return _territory(know, found.group(1))


_WHERE = re.compile(rf"({NAME}),?\s+where\s")
_WHERE_BREAK = re.compile(r"[;:.!?]|,\s+(?:and|but|while|whereas)\s")
# ", as the island is listed by UNESCO, ": a clause that names again what stands before it
_AS_CLAUSE = re.compile(r",\s+as\s+$")
# A past verb of telling before the value: the tense of the telling ("A vendor insisted the
# jaguar was ...", "our driver told us Osh was the capital"), not of the claim
_BACKSHIFT = re.compile(r"\b(?:insisted|said|swore|claimed|told\s+(?:us|me|them|him|her)|"
                        r"assured\s+(?:us|me)|explained|maintained|declared|announced)\s+"
                        r"(?:that\s+)?(?:the\s+)?$")


def _subject_territory(know: Knowledge, text: str) -> PlaceRow | None:
    """The territory a sentence opens with as the subject of its verb ("The Isle of Man
    is ...", "Peru has ..."), if any."""
    m = _SUBJECT.match(text)
    return _territory(know, m.group(1)) if m is not None else None


_SUBJECT = re.compile(rf"\s*(?:The\s+)?({NAME})\s+(?:is|are|was|were|has|have|lies|sits|"
                      r"remains|stands)\b")


def _entry(doc: Document, sentence: Sentence) -> tuple[int, int, str] | None:
    """The name of a gazetteer's entry that a sentence describes, where the sentence just
    before it in its paragraph is that name alone ("**ASHGABAT.**"): (where that sentence
    starts, the name's offset in it, the name)."""
    before = doc.sentence_before(sentence)
    found = _ENTRY.fullmatch(before.text) if before is not None else None
    return (before.start, found.start(1), found.group(1)) if before and found else None


_ENTRY = re.compile(rf"\s*({NAME})\.\s*")


@cache
def _entry_kind(described: bool = False) -> re.Pattern[str]:
    """A kind of place opening a sentence, as a gazetteer's entry does ("Market town, "; with
    ``described``, "Town of northern ..." too)."""
    after = r"\s*[,;(]|\s+(?:of|in|on|upon|near|at)\b" if described else r"\s*[,;(]"
    return re.compile(rf"\s*(?i:{cues.alternation('frame', 'entry_kinds')})\b(?={after})")


def entries(doc: Document) -> Iterator[tuple[int, str]]:
    """The names of a gazetteer's entries: each sentence that is a name alone, before one
    that says what kind of place it is ("**KHUJANT.** Town of northern TAJIKISTAN ..."), as
    (offset, name)."""
    for sentence in doc.sentences:
        if _entry_kind(True).match(sentence.text) and (entry := _entry(doc, sentence)):
            yield entry[0] + entry[1], entry[2]


def _owner_in_brackets(know: Knowledge, text: str, after_cue: int, start: int,
                       written: str) -> bool:
    """A territory's name in brackets right after the cue, as a field's label writes its
    owner ("Capital (Peru): Cusco"); not a capital that shares its country's name ("the
    capital (Kuwait)")."""
    return text[after_cue:start].strip() == "(" and know.territory(written) is not None \
        and _capital_of(know, written) is None


def _its_region(doc: Document, know: Knowledge, sentence: Sentence,
                left: re.Match[str]) -> bool:
    """ "... lies Xishuangbanna, a Dai prefecture. Its capital, Jinghong, ...": a sentence
    opened by "its" after one about a region (the sentence just before it, under the same
    heading: a word for a region, or a first word that is a name loci does not know, and
    no territory's name)."""
    det = (left.group("det") or "").strip().lower()
    if det not in ("its", "their") or sentence.text[:left.start("det")].strip():
        return False
    before = doc.sentence_before(sentence, section=True)
    if before is None or any(know.territory(m.group()) is not None
                             for m in _NAMED.finditer(before.text)):
        return False
    if _REGION_WORD.search(before.text) is not None:
        return True
    # or one that opens with a name loci knows as no territory's, people's or word
    # ("Xishuangbanna means ...")
    first = _NAMED.match(before.text.lstrip())
    name = first.group() if first is not None else ""
    return bool(name) and " " not in name and know.norm(name) not in know.english_words \
        and not know.demonym_in([name]) and not know.exact(name)


def _antecedent(doc: Document, know: Knowledge, sentence: Sentence,
                left: re.Match[str]) -> tuple[int, str, bool, bool] | None:
    """ "Swahili is taught in every school; it is also an official language": the value
    "it" stands for, when the words before it in its paragraph's sentence and the one
    before name exactly one language. (offset of "it", the name, negated, past.)"""
    pronoun = _PRONOUN.search(sentence.text, 0, left.start())
    if pronoun is None or not left.group("verb"):
        return None
    earlier = [sentence.text[:pronoun.start()]]
    if (before := doc.sentence_before(sentence)) is not None:
        earlier.append(before.text)
    names = languages(know)
    found = {normalize(anyascii(m.group())): m.group() for part in earlier
             for m in _LANGUAGE_NAME.finditer(part) if normalize(anyascii(m.group())) in names}
    if len(found) != 1:
        return None  # none, or two it could be
    verb = left.group("verb").lower()
    return (pronoun.start(1), next(iter(found.values())), bool(left.group("neg")),
            verb in cues.words("frame", "past_links"))


_PRONOUN = re.compile(r"(?:^|[\s;,(—–])(it|It)\s*$")
_LANGUAGE_NAME = re.compile(r"\b[A-Z][a-z]+\b")
_HAS_OWNER = re.compile(r"\s(?:has|have)\s*$")  # "Peru has", as the owner of a phrase
# "one of the", "yet another of", "among Bolivia's": one of several, however owned
_INDEFINITE = frozenset({"a", "an", "one", "another", "yet", "among", "listed", "included",
                         "counted", "numbered"})


def _owner(know: Knowledge, spec: _Frame, left: re.Match[str],
           right: re.Match[str]) -> tuple[PlaceRow | bool | None, bool, str | None]:
    """The territory the cue's phrase names: (territory, explicit, as written); None
    when it names none (the context decides); False when it names something else."""
    if right.group("of"):
        named = right.group("owner").removeprefix("the ").strip()
        if any(named.lower() == s or named.lower().startswith(s + " ") for s in spec.skip_owners):
            return False, False, None  # "of the province", "in the autonomous region"
        if named.lower() in cues.words("frame", "self_owners") or _style(named) or \
                named.lower() in cues.words("frame", "qualities") or (named[:1].islower() and (
                spec.proper or not right.group("of").lstrip().startswith("of"))):
            return None, False, None  # "of the country", "in its own right": no owner; nor
            # words in lower case after a name's cue ("a World Heritage Site of red cliffs")
        place = _territory(know, named) or _people(know, named) or (  # "of the Latvians"
            _part_of(know, named) if spec.nationwide else None)
        return (place, True, named) if place is not None else (False, False, None)
    whose = _WHOSE_OWNER.search(left.string, max(0, left.end() - 80), left.end())
    if whose is not None and not left.group("owner"):
        # "Croatia, whose capital, Zagreb, ...", "Neighbouring Chile, whose national ..."
        named = whose.group(1)
        place = _territory(know, named)
        if place is None and " " in named:
            named = named.split(" ", 1)[1]
            place = _territory(know, named)
        return (place, True, named) if place is not None else (False, False, None)
    locative = _locative().search(left.string, max(0, left.end() - 80), left.end())
    if locative is not None and not left.group("owner") and not left.group("link"):
        place = _territory(know, locative.group("name"))  # "and in Peru the currency is"
        if place is not None:
            return place, True, locative.group("name")
    if left.group("owner"):
        written = re.sub(r"\s+(?:has|have|recognises|recognizes)$", "", left.group("owner").strip())
        written = written.removesuffix("'s").removesuffix("’s")
        written = written.rstrip("'’")
        if written.lower() in ("its", "their"):
            return None, False, None
        first, _, rest = written.partition(" ")
        if rest and (first.lower() in know.english_words or first.lower() in cues.words(
                "frame", "openers")) and _territory(know, written) is None:
            written = rest  # "And Tanzania's", "Neighbouring Uganda's": a sentence's first
            # word is no part of a name
        if left.group("coord") and written == left.group("owner").strip() and \
                _territory(know, written) is None and _people(know, written) is not None:
            return None, False, None  # "a Portuguese fortress and World Heritage Site": the
            # people's word is of the first noun (who built it), not the site's owner
        place = _territory(know, written) or _people(know, written) or (
            _part_of(know, written) if spec.nationwide else None)
        return (place, True, written) if place is not None else (False, False, None)
    return None, False, None


def _part_of(know: Knowledge, name: str) -> PlaceRow | None:
    """The territory a region or a city lies in, for a relation whose value holds in every
    part of it ("the everyday currency of Anhui" is China's), when every place of that
    name lies in one territory (not "Punjab": India's and Pakistan's)."""
    return know.sole_territory(name) if name[:1].isupper() else None


def _people(know: Knowledge, name: str) -> PlaceRow | None:
    """The territory of a people named for it ("Latvians", "the Latvians'")."""
    demonym = know.demonyms.get(know.norm(name))
    return know.place(demonym) if demonym else None


@cache
def _locative() -> re.Pattern[str]:
    """ "in Peru the currency", "In Peru, the currency": a territory the phrase is said of,
    named just before it (a sentence's first territory may be another's: "In Chile she
    paid in pesos, and in Peru the currency is the sol")."""
    dets = cues.alternation("frame", "determiners")
    return re.compile(rf"(?:^|\s)[Ii]n\s+(?P<name>{NAME}),?\s+(?:(?i:{dets})\s+)?$")


def _style(name: str) -> bool:
    """ "People's Republic", "the Kingdom": a state's style without its name."""
    words = name.lower().replace("’", "'").split()
    return bool(words) and all(w in cues.words("frame", "style_words") for w in words)


def _former_owner(know: Knowledge, name: str) -> bool:
    """Whether an owner is named by a territory's former name ("the Kazakh Soviet Socialist
    Republic", "Upper Volta"), which dates the claim to when it was called so."""
    name = name.removeprefix("the ").removeprefix("The ").rstrip(".,;:")
    match = best_place(know, name)
    # (a former name still in common use, "Turkey", "the Czech Republic", dates nothing)
    return match is not None and match.how == "former" and \
        name not in cues.data("outdated.toml")["still_in_use"]


def _territory(know: Knowledge, name: str) -> PlaceRow | None:
    """The territory a name in a claim's phrase means (a city's or a subdivision's is not,
    unless the territory bears the name too: "Saint Helena" is the island and the
    territory it gives its name to, "Macau" the city and the territory)."""
    match = best_place(know, name)
    if match is None or match.place.is_territory:
        return match.place if match is not None else None
    owner = know.territory_of(match.place)
    if match.place.kind in ("subdivision", "city") and owner is not None and any(
            m.place.id == owner.id for m in know.exact(name)):
        return owner
    return None


def _value(know: Knowledge, spec: _Frame, text: str, left: re.Match[str],
           right: re.Match[str]) -> tuple[int, str, bool, bool] | None:
    """(offset, value as written, negated, past) from the left side, else the right."""
    reader = READERS[spec.value]
    if _bracketed_field(left, right):
        return _after(know, reader, text, right)  # "Tuvalu (capital: Funafuti)"
    if (left.group("link") or "").strip() in _APPOSITION and right.group("verb"):
        # "... of Australia: the capital is Canberra": the phrase opens a clause of its own,
        # and its value follows the verb; the name before the colon is no apposition
        clause = _after(know, reader, text, right)
        if clause is not None:
            return clause
    if (left.group("link") or "").strip() == ":" and not left.group("det") and \
            not left.group("owner") and not left.group("mods") and \
            (right.group("link") or "x").strip() == "" and not right.group("of"):
        # "Malaysia: capital Kuala Lumpur, currency the ringgit": a fact sheet in a line,
        # the cue right after the colon and its value right after the cue
        listed = _after(know, reader, text, right)
        if listed is not None:
            return listed
    # (the patterns are searched only where their words stand: every cue asks)
    window = max(0, left.start() - 80)
    if (left.group("as") or left.group("det")) and "which" in text[window:left.start()] and \
            (said := _SAID_AS.search(text, window, left.start())) is not None and \
            (found := reader.before(know, text, _before_aside(text, said.start()))) is not None:
        # "Paro Taktsang, which our guide described as a World Heritage Site": the name before
        return found[0], found[1], bool(left.group("neg")), False
    if not left.group("link") and left.group("det") and \
            _CALLING_WORDS.search(text, window, left.start()) and \
            (called := _CALLED.search(text, window, left.start())) is not None \
            and (found := reader.before(know, text, len(text[:left.start()].rstrip()))) \
            is not None and found[0] >= called.start("verb") + len(called.group("verb")):
        # "guidebooks call Aleppo the capital of Syria": the value between the verb and the
        # cue's determiner
        return found[0], found[1], bool(called.group("neg")), called.group("verb") == "called"
    label = left.group("link") and left.group("link").strip() == ":" and \
        text[left.end("link"):left.end("link") + 1].isupper()
    if left.group("link") and not label:  # "Trivia: The Kenyan capital ...": a label
        relative = _RELATIVE.search(text, 0, left.start())
        end = relative.start() if relative else _before_aside(text, left.start())
        # "Iskanderkul, the lake of Alexander, which is ...": the name before the apposition
        aside = _ASIDE.search(text, max(0, end - 100), end) if relative else None
        found = (aside and reader.before(know, text, aside.start())) or \
            reader.before(know, text, end)
        if found is not None and relative and _SINGULAR.match(text, relative.end()) and \
                (last := _LAST_ITEM.search(found[1])) is not None:
            # "Lahore, Karachi and Islamabad, which has been the capital": the last one
            found = (found[0] + last.start(1), last.group(1))
        if found is not None:
            verb = (left.group("verb") or "").lower()
            # "which the stallholder swore was ...": the tense of the telling, not the past
            past = verb in cues.words("frame", "past_links") and not (
                relative and relative.group("said"))
            return found[0], found[1], bool(left.group("neg")), past
        if left.group("link").strip() not in (",", "", "as", "As") and \
                (right.group("link") or "").strip() != ",":
            return None  # "which is the capital": the value is not in this sentence's words
    link = right.group("link")  # "The coins are Peru's currency, the sol": in apposition
    if link is None or (not link.strip() and spec.value not in ("place", "site")):
        return None
    if _ELSEWHERE.search(text, max(0, left.start() - 40), left.start()):
        return None  # "Beyond the capital, Blantyre is ...": the place after is another
    return _after(know, reader, text, right)


# Words that put what follows a phrase somewhere else than the phrase ("outside the capital:
# Keren", "North of the capital, Mzuzu ...")
_ELSEWHERE = re.compile(r"\b(?:[Oo]utside|[Bb]eyond|[Nn]ear|[Aa]round|[Pp]ast|[Aa]way\s+from|"
                        r"[Ff]ar\s+from|(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:-?(?:east|west))?"
                        r"(?:wards?)?\s+of|[Oo]utskirts\s+of|[Aa]n\s+hour\s+from)\s+$")


_APPOSITION = (",", ":", "—", "–", "-", "(")  # links that set a value beside the phrase


def _bracketed_field(left: re.Match[str], right: re.Match[str]) -> bool:
    """A field in brackets after a name: "(capital: Funafuti)", "(currency: pula)"."""
    return (left.group("link") or "").strip() == "(" and not left.group("det") and \
        (right.group("link") or "").strip() == ":" and not right.group("of")


def _after(know: Knowledge, reader: Reader, text: str,
           right: re.Match[str]) -> tuple[int, str, bool, bool] | None:
    """(offset, value as written, negated, past) after the phrase, if one is there; past
    an aside that says whose word it is ("The national tree, according to the Factbook, is
    the cedar")."""
    verb = (right.group("verb") or "").lower()
    start, negated = right.end(), bool(right.group("neg"))
    if (right.group("link") or "").strip() == "," and not verb and \
            (aside := _SOURCE_ASIDE.match(text, start)) is not None:
        start, verb, negated = aside.end(), aside.group("verb").lower(), bool(aside.group("neg"))
    if (right.group("link") or "").strip() == "," and not verb and _PARTICIPLE.match(text, start):
        return None  # "flocks of ibis, the national bird, returning to roost": what follows
        # the apposition goes on with the sentence, it is no value
    found = reader.after(know, text, start)
    if found is None:
        return None
    return found[0], found[1], negated, verb in cues.words("frame", "past_links")


_PARTICIPLE = re.compile(r"\s*(?!(?:no|some|any|every)thing\b|(?:k|r|w|spr|str|sw)ing\b|"
                         r"(?:even|morn|build|paint|wedd|cloth|ceil)ing\b)[a-z]+ing\b")


_SOURCE_ASIDE = re.compile(r"(?:according\s+to|as\s+(?:listed|given)\s+(?:by|in)|in\s+the\s+"
                           r"words\s+of|per)\s+[^,.;]{1,60},\s+(?P<verb>is|are|was|were)"
                           r"(?P<neg>\s+not)?\s+")


def _before_aside(text: str, end: int) -> int:
    """Where the value ends when an aside stands between it and the link: "The armillary
    sphere, which appears on the flag, is ..." (the sphere is the value), "The Hanging
    Temple (悬空寺), a ..." (the temple)."""
    if text[:end].endswith(","):
        aside = _ASIDE.search(text, max(0, end - 100), end - 1) or \
            _LOWER_ASIDE.search(text, max(0, end - 100), end - 1)
        if aside is not None:
            end = aside.start()  # "Failaka Island, off the coast, is", "X, tallest of all, is"
        else:
            named = _APPOSED_NAME.search(text, max(0, end - 100), end)
            return named.end(1) if named is not None else end  # "Its fortress, Punakha Dzong, is"
    if (town := _IN_TOWN.search(text, max(0, end - 80), end)) is not None:
        end = town.start()  # "The Chen Hall (陈家祠) in the city is": the hall
    if text[:end].rstrip().endswith(")"):  # "Zhouzhuang (周庄), an hour away, was"
        opening = text.rfind("(", max(0, end - 100), end)
        if opening > 0:
            return len(text[:opening].rstrip())
    if not _LOCATED_WORDS.search(text, max(0, end - 120), end):
        return end  # (the words looked for first: a name's pattern at every place is slow)
    located = _LOCATED.search(text, max(0, end - 120), end)
    return located.end(1) if located is not None else end  # "Mata-Utu on the island of Uvea"


# Where a named thing stands, after its name, when the words name no place: "in the city"
_IN_TOWN = re.compile(r"(?<=[\w)）])\s+in\s+the\s+(?:city|town|capital|old\s+town|village)\s*$")
# A name, then where it lies: "Mata-Utu on the island of Uvea", "X in the province of Y"
_LOCATED_WORDS = re.compile(r"\s(?:on|in)\s+the\s+(?:island|isle|atoll|province|region|state|"
                            r"district|oasis|valley)\s+of\s")
_LOCATED = re.compile(rf"({NAME})\s+(?:on|in)\s+the\s+(?:island|isle|atoll|province|region|"
                      rf"state|district|oasis|valley)\s+of\s+{NAME}\s*$")


# "..., which our guide proudly described (as)": the name before is the value
_SAID_AS = re.compile(r",\s+which\s+(?:[\w’'-]+\s+){1,5}?(?:[a-z]+ly\s+)?(?:(?:like|love)s?\s+"
                      r"to\s+)?(?:described|describe|describes|called|call|calls|considered|"
                      r"listed|labell?ed|presented)\s*$")
# "guidebooks call Aleppo the capital": a verb of naming, its object then the cue
_CALLED = re.compile(r"\b(?:(?P<neg>do\s+not|don['’]t|never)\s+)?(?P<verb>call|calls|called|"
                     r"consider|considers|label|labels)\s+(?:[^,;:]{1,60}?)\s*$")
_CALLING_WORDS = re.compile(r"call|consider|label")  # what _CALLED needs, found first
# A relative clause's verb in the singular: "..., which is", "which has been"
_SINGULAR = re.compile(r"\s*(?:is|has|was|remains)\b")
# A list's last item: "Lahore, Karachi and Islamabad"
_LAST_ITEM = re.compile(r"(?:,\s+|\s+and\s+|\s+or\s+)([A-Z][^,]*?)$")
# "Croatia, whose capital, Zagreb, ...": the owner before the relative pronoun.
_WHOSE_OWNER = re.compile(rf"({NAME}),\s+whose\s+(?:(?:official|national|main)\s+)?$")
# "the Fijian dollar, which is the currency": the value stands before the relative pronoun.
# (and one whose verb someone is said to have said: "a carving, which the stallholder swore was")
_RELATIVE = re.compile(r",\s+(?:which|that|who)(?P<said>\s+(?:[\w’'-]+\s+){1,4}?(?:said|says|"
                       r"claimed|claims|insisted|insists|swore|swears|reckoned|reckons|believed|"
                       r"believes|thought|thinks|(?:told|assured)\s+(?:us|me|them)))?\s*$")
_APPOSED_NAME = re.compile(rf",\s+({NAME}),$")
_ASIDE = re.compile(r",\s+(?:which|who|whose|where|once|now|long|home\s+to|known\s+as|"
                    r"in|on|near|at|outside|inside|just|not\s+far\s+from|"
                    r"the|a|an|its|their|with|after|before|since|for|although|though|"
                    r"[a-z]+(?:ed|en|wn)|shown|seen|found|built|made|worn|drawn|set|hung|"
                    r"still|often|usually|also|not)\b[^,]*$")  # "Alexandria, not Cairo, is"
# Any aside that opens in lower case or with a number ("clinging to a cliff", "off the
# coast", "tallest building on Earth", "one hour away"), after a name or a closing bracket.
_LOWER_ASIDE = re.compile(r"(?<=[\w)’'])\s*,\s+(?:[a-z]|\d|(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*"
                          r"['’]s\s+[a-z])[^,]*$")
# (or with a possessive: "Gyeongbokgung Palace, Seoul's largest, is", "..., West Africa's
# highest peak, is")


def _past_after(text: str, end: int, value_start: int) -> bool:
    """ "Zomba, the capital of Malawi until 1975": the phrase is about the past."""
    after = text[max(end, value_start):max(end, value_start) + 40].lower().lstrip(" ,")
    if after.startswith("before ") and not _BEFORE_A_TIME.match(after):
        return False  # "the capital, before heading out to the cayes": a traveller's order
    if _UNDER_A_LAW.match(after):
        return False  # "official under the constitution": today's law, not a past rule
    return any(after.startswith(w) for w in cues.words("frame", "past_after"))


_UNDER_A_LAW = re.compile(r"under\s+(?:the\s+|its\s+|their\s+|(?:[a-z]+\s+)?)?"
                          r"(?:constitution|law|laws|statute|charter|treaty|act)\b")
# "before 1975", "before independence", "before the move to Abuja": a time, not a step
_BEFORE_A_TIME = re.compile(r"before\s+(?:the\s+)?(?:\d|independence|unification|"
                            r"partition|reunification|the\s+\d|[a-z]+\s+(?:\d|century)|"
                            r"(?:move|transfer|war|revolution|coup|invasion|union|split)\b)")


def _located_in(know: Knowledge, value: str, of_town: bool = False) -> PlaceRow | None:
    """The one territory the places a value names lie in, towns of any size included
    ("the rock-hewn churches of Lalibela": Ethiopia); with ``of_town``, also the town a
    name is "of" where the whole is no place's ("the Salar de Uyuni": Uyuni's, Bolivia;
    asked only where nothing around the claim names a territory, since such a town is
    often a saint's or a founder's namesake)."""
    found: dict[str, PlaceRow] = {}
    for m in re.finditer(NAME, value):
        name = m.group()
        if name.lower() in know.english_words:
            continue  # "Garrison" is no town here
        # (a village by another of its names only is not enough: "AlUla", a name of
        # Somalia's Caluula, is Saudi Arabia's Al-Ula)
        matches = [m for m in know.exact(name) if not small_alias(m)]
        if of_town and not matches and (tail := _OF_TOWN.search(name)) is not None:
            matches = know.exact(tail.group(1))
        found |= {t.id: t for match in matches[:3]
                  if (t := know.territory_of(match.place)) is not None}
    return next(iter(found.values())) if len(found) == 1 else None


_OF_TOWN = re.compile(rf"\s(?:of|de|del|da|do|dos|du|des)\s+({NAME})$")


def _replaced(text: str, start: int) -> bool:
    """ "Belmopan replaced Belize City as the capital": the value held the role before."""
    before = text[max(0, start - 30):start].lower().rstrip()
    return any(before.endswith(w) for w in cues.words("frame", "replaced"))


def _hearsay(doc: Document, sentence: Sentence, end: int) -> bool:
    """Whether the words before ``end`` make the claim someone's belief that the text says
    is wrong ("many mistakenly assume that"), or report one that the text corrects in the
    sentence or the next ("many assume that ..., but"); a belief reported and left
    standing ("our guide told us that ...") is the text's claim too."""
    text = sentence.text
    if _words_pattern("hearsay").search(text, 0, end) is not None:
        return True
    reported = _words_pattern("reported").search(text, 0, end)
    if reported is None:
        return False
    following = text[reported.end():]
    if (after := doc.sentence_after(sentence)) is not None:
        following += " " + after.text
    return _words_pattern("corrections").search(following) is not None


def reports_a_belief(text: str, end: int) -> bool:
    """Whether the words before ``end`` report what someone thinks or was told ("I had read
    somewhere that", "our guide told us that")."""
    return _words_pattern("reported").search(text, 0, end) is not None


def reported(doc: Document, start: int, category: str) -> bool:
    """Whether a claim of ``category`` read at ``start`` is a belief the text reports and
    corrects ("Many assume that Dubai is the capital, but ..."): what is wrong in it, the
    text says is wrong too (a slip in its spelling is the text's own)."""
    return any(lo <= start < hi and of == category
               for lo, hi, of in doc.memo.get("reported", ()))


# The findings' category of each relation whose name is not one
_CATEGORIES = {"official-language": "language", "national-symbol": "symbol",
               "national-day-name": "national-day"}


@cache
def _words_pattern(key: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{cues.alternation('frame', key)})\b", re.I)
