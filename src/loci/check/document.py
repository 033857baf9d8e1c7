"""An article prepared for the rules: sentences, headings and tags, all as offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise
from typing import Any

from loci.articles import Article, Block, LineIndex, prose

ANSWER_LINES = 3  # an answer follows its question within this many line breaks
_ANSWER_LABEL = re.compile(r"(?:A|Ans|Answer)\s*\d{0,3}\s*[.:)]?")  # "A9.", "Answer."
MAX_SENTENCE = 2000  # characters; longer runs are cut so every pattern stays cheap
# A sentence ends at . ! ? (and CJK 。！？) before a space and what starts a sentence.
# The stop is matched, not looked behind for, so the engine skips ahead to it; the boundary
# is the group after it.
_BOUNDARY = re.compile(
    r"[.!?]([\"”’')\]]*\s+)(?=[\"“‘'(\[]?[A-Z0-9\u00c0-\u024f])|[。！？]()")
_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Ste", "Mt", "Ft", "vs", "etc", "approx",
    "ca", "cf", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
    "Dec", "Gen", "Col", "Lt", "Sgt", "Rev", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Ave", "Rd",
    "e.g", "i.e", "U.S", "U.K"))


# "Capital: Lilongwe", "- **Currency:** kwacha", "| Religion | Christian 77% |"
_FIELD = re.compile(r"^[ \t]*(?:[-*+][ \t]+|\|[ \t]*)?(?P<key>[*_]{0,2}[A-Z][\w ()/'’-]{1,40}?"
                    r"[*_]{0,2})[ \t]*(?::[*_]{0,2}|[*_]{0,2}[ \t]*\|)[ \t]*"
                    r"(?P<value>[^|\n]*[^|\s*_])[*_]{0,2}[ \t]*\|?[ \t]*$", re.M)
_MARKUP = re.compile(r"[*_()]+")
_CLOSING_QUOTE = re.compile(r'["”\n]')  # where a quotation opened on a line ends
# A blockquote that opens with a label in bold is a box of notes, not a quotation.
_BOX = re.compile(r"[ \t]*>[ \t]*(?:\*\*|__)[^*_\n]{1,40}(?:\*\*|__)")
# A label in bold, as the masked text shows it: a word or two (not a calendar's date).
_BOLD_LABEL = re.compile(r"[^\s]+(?: [^\s]+)? {2,}")
# A month and a day of it as written: the pieces of the dates rules read
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
         r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DAY_OF_MONTH = rf"(?:{DAY}\s+{MONTH}|{MONTH}\s+{DAY})"  # "21 August", "Aug. 21"
# A day of a month, which a calendar sets in bold ("**21 August**", "**Aug. 21**")
_DATE_LABEL = re.compile(rf"\b{_DAY_OF_MONTH}", re.I)
# ... or after a bold name and a dash or a colon ("**Fiji Day** — 10 October")
_DASHED_DATE = re.compile(rf"\s*(?:\([^()]{{1,40}}\)\s*)?[—–:-]\s*{_DAY_OF_MONTH}\b", re.I)
# ... or a glossary's term before a dash and its definition
_GLOSSED = re.compile(r"\s*[—–]\s+\S")
# A glossary's entry as a sentence: its term, a dash and its definition ("Chobe — The park")
GLOSS_ENTRY = re.compile(r"\s*(?P<term>[A-Z][^—–\n]{0,60}?)\s+[—–]\s")
# A speaker's or an answer's label opening a line: "NARRATOR:", "Q:", "A:", "NOTE:".
_LABEL = re.compile(r"\s*(?:[A-Z]{2,}(?:[ -][A-Z]{2,}){0,2}|Q|A)\s*:\s+")
# Columns whose cells name the place a table's row is about.
# A header's first cell over a column of fields, the other columns places
_CORNER = frozenset({"", "fact", "facts", "field", "item", "category", "key facts", "at a glance",
                     "-", "—"})
_PLACE_COLUMNS = frozenset({"country", "territory", "where", "place", "nation", "state",
                            "location", "destination"})
# A table with a header row, a rule, then rows; a cell's text without its padding.
_TABLE = re.compile(r"^[ \t]*(?P<header>\|[^\n]*\|)[ \t]*\n[ \t]*\|?[ \t]*:?-+:?[-:| \t]*\n"
                    r"(?P<body>(?:[ \t]*\|[^\n]*(?:\n|$))+)", re.M)
_LINE = re.compile(r"[^\n]+")
_CELL = re.compile(r"(?<=\|)[ \t]*(?P<v>[^|\n]*?)[ \t]*(?=\|)")
_WORDS = re.compile(r"[^\W\d_]+")
# What makes a heading a statement: a verb, an apposition after a name ("Guayaquil,
# Ecuador's capital", "Mindelo, the capital of Cabo Verde"), or a field in brackets after it
_HEADING_VERB = re.compile(r"\s(?:is|are|was|were|uses|use|has|have)\s|"
                           r"\w,\s+(?:the\s+|[A-Z][\w’'-]*['’]s\s)|"
                           r"\w\s+\((?i:[a-z][a-z ]{2,30}):\s|"  # "Palau (capital: Koror)"
                           # "Kenya and its capital, Nairobi", "Nairobi, capital of Kenya"
                           r"\b(?:its|their)\s+capital,\s+[A-Z]|\w,\s+capital\s+of\s+[A-Z]|"
                           # "The Salar de Uyuni, a UNESCO World Heritage Site"
                           r"\w,\s+(?:an?|the)\s+(?:UNESCO|World\s+Heritage)\b")


# A question that asserts what it asks about: "Did you know that 91% of ...?"
_RHETORICAL = re.compile(r"\s*(?:(?:And|So|But)\s+)?(?:[Dd]id|[Dd]o)\s+you\s+know\s+"
                         r"(?!(?:what|where|when|who|whom|which|how|why|if|whether)\b)")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of prose: ``text`` is the markup-free slice at [start, end)."""

    start: int
    end: int
    text: str
    heading: int | None  # index into Document.headings of the innermost heading above
    paragraph: tuple[int, int] = (0, 0)  # the block it is part of

    @property
    def question(self) -> bool:
        """A question, which asserts nothing of its own (but "Did you know that ...?" does)."""
        return self.text.rstrip().endswith("?") and _RHETORICAL.match(self.text) is None


@dataclass(frozen=True, slots=True)
class Field:
    """A fact-sheet line, "Capital: Lilongwe" or a table row "| Capital | Lilongwe |"."""

    key: str  # lower case, markup and spaces normalised
    start: int  # the value, offsets into the text
    end: int
    sentence: Sentence  # where it sits, for its context
    row: str | None = None  # a comparison table's row label ("| Chile | Santiago | ... |")


@dataclass(frozen=True, slots=True)
class Heading:
    block: Block
    text: str
    parent: int | None  # index of the enclosing heading


class Document:
    """The prose of one article: what every rule reads."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.text = article.text
        structure = prose(article)
        self.masked = _without_sign_offs(_unwrapped(structure.masked, structure.blocks))
        self.blocks = structure.blocks
        self.sources = structure.sources
        self.headings = _headings(self.blocks, self.masked)
        self.tags = [b for b in self.blocks if b.kind == "tag"]
        self.sentences = list(self._sentences())
        self.memo: dict[str, Any] = {}  # what several rules compute once per article
        # By (start, end): a field, a heading or a question with its answer may start where
        # a sentence does.
        self._lower: dict[tuple[int, int], str] = {}
        self._words: dict[tuple[int, int], frozenset[str]] = {}

    def lower(self, sentence: Sentence) -> str:
        """The sentence in lower case, made once: rules test it for their cue words."""
        key = (sentence.start, sentence.end)
        found = self._lower.get(key)
        if found is None:
            found = self._lower[key] = sentence.text.lower()
        return found

    def words(self, sentence: Sentence) -> frozenset[str]:
        """The sentence's words in lower case, made once: rules test them for cues."""
        key = (sentence.start, sentence.end)
        found = self._words.get(key)
        if found is None:
            found = self._words[key] = frozenset(_WORDS.findall(self.lower(sentence)))
        return found

    @cached_property
    def fields(self) -> list[Field]:
        """Fact-sheet lines and table rows of the body: a short key, then a value; and the
        cells of comparison tables, keyed by their column's header, labelled by their row,
        or under a blank corner ("| | Peru | Chile |") keyed by their row's first cell and
        labelled by their column's header."""
        out = [self._field(_key(m.group("key")), *m.span("value"))
               for m in _FIELD.finditer(self.text, self.article.body_offset)]
        for table in _TABLE.finditer(self.text, self.article.body_offset):
            named = [c.group("v").strip("*_ ") for c in _CELL.finditer(table.group("header"))]
            header = [_key(name) for name in named]
            across = len(header) > 2 and header[0] in _CORNER  # "| | Colombia | Ecuador |"
            for line in _LINE.finditer(table.group("body")):
                cells = list(_CELL.finditer(line.group()))
                if len(cells) != len(header) or len(cells) < 2:
                    continue
                base = table.start("body") + line.start()
                if across:  # each column a place, each row a field: "| Capital | A | B |"
                    key = _key(cells[0].group("v"))
                    out += [self._field(key, base + cell.start("v"), base + cell.end("v"), row)
                            for row, cell in zip(named[1:], cells[1:], strict=True)
                            if cell.group("v")]
                    continue
                # the row's label: its place where a column says so ("| 25 March | Kuwait |"
                # under "| Date | Where |"), else its first cell
                label = next((i for i, key in enumerate(header) if key in _PLACE_COLUMNS), 0)
                row = cells[label].group("v").strip("*_ ")
                out += [self._field(key, base + cell.start("v"), base + cell.end("v"), row)
                        for i, (key, cell) in enumerate(zip(header, cells, strict=True))
                        if i != label and cell.group("v")]
        return out

    @cached_property
    def table_rows(self) -> list[list[Field]]:
        """The cells of each row of the comparison tables, a row a list (its label is the
        ``row`` of each)."""
        rows: dict[int, list[Field]] = {}
        for field in self.fields:
            if field.row is not None:
                rows.setdefault(self.text.rfind("\n", 0, field.start), []).append(field)
        return list(rows.values())

    def _field(self, key: str, start: int, end: int, row: str | None = None) -> Field:
        index = bisect_right(self._heading_starts, start) - 1
        sentence = Sentence(start, end, self.masked[start:end],
                            index if index >= 0 else None, (start, end))
        return Field(key, start, end, sentence, row)

    @cached_property
    def qa_pairs(self) -> list[tuple[Sentence, Sentence]]:
        """A quiz's or an FAQ's questions, each with the answer that follows it within
        ANSWER_LINES line breaks ("What is the capital of Peru? Answer: Lima")."""
        pairs = []
        for i, (q, a) in enumerate(pairwise(self.sentences)):
            if _ANSWER_LABEL.fullmatch(a.text.strip()) and i + 2 < len(self.sentences):
                a = self.sentences[i + 2]  # "**A9.** The 4th of April": the label stood apart
            if q.question and not a.question \
                    and self.text.count("\n", q.end, a.start) <= ANSWER_LINES:
                pairs.append((q, a))
        return pairs

    @cached_property
    def statements(self) -> list[tuple[Sentence, int]]:
        """What a rule reads as a statement, with the offset a claim in it must start from:
        every sentence but a question from its start, then each question with its answer as
        one span, from the answer's start ("What is the majority religion in Laos? Answer:
        Buddhism" says what Laos's is; "Do most Thais follow Islam?" asserts nothing)."""
        return [*((s, s.start) for s in self.sentences if not s.question),
                *((Sentence(q.start, a.end, self.masked[q.start:a.end], q.heading, q.paragraph),
                   a.start) for q, a in self.qa_pairs)]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that holds an offset of the text, if any (a bisection)."""
        index = bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentence_before(self, sentence: Sentence, section: bool = False) -> Sentence | None:
        """The sentence before this one in its paragraph (with ``section``, under the same
        heading), if any."""
        index = bisect_right(self._sentence_starts, sentence.start) - 2
        before = self.sentences[index] if index >= 0 else None
        if before is not None and (before.heading == sentence.heading if section
                                   else before.paragraph == sentence.paragraph):
            return before
        return None

    def sentence_after(self, sentence: Sentence) -> Sentence | None:
        """The sentence after this one in its paragraph, if any."""
        index = bisect_right(self._sentence_starts, sentence.start)
        if 0 < index < len(self.sentences) and \
                self.sentences[index - 1].start == sentence.start and \
                self.sentences[index].paragraph == sentence.paragraph:
            return self.sentences[index]
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def heading_statements(self) -> list[Sentence]:
        """Headings that say something, read as sentences: a listicle's "## 6. Casablanca,
        Morocco's capital, is ...", "## Rabat, capital of Morocco" or "## Petra, a UNESCO
        World Heritage Site" asserts what prose would (a heading with no verb nor
        apposition names a topic)."""
        out = []
        for index, heading in enumerate(self.headings):
            start, end = heading.block.start, heading.block.end
            text = self.masked[start:end]
            if _HEADING_VERB.search(text):
                out.append(Sentence(start, end, text, index, (start, end)))
        return out

    @cached_property
    def _heading_starts(self) -> list[int]:
        return [h.block.start for h in self.headings]

    @cached_property
    def lines(self) -> LineIndex:
        return LineIndex(self.text)

    def _sentences(self) -> list[Sentence]:
        out: list[Sentence] = []
        heading: int | None = None
        for block in self.blocks:
            if block.kind != "paragraph":
                continue
            index = bisect_right(self._heading_starts, block.start) - 1
            heading = index if index >= 0 else None
            for s, e in split_sentences(self.masked, block.start, block.end):
                label = _LABEL.match(self.masked, s, e) or self._bold_label(s, e)
                s = label.end() if label else s  # "GUIDE: The ...": a speaker
                out.append(Sentence(s, e, self.masked[s:e], heading, (block.start, block.end)))
        return out

    def _bold_label(self, start: int, end: int) -> re.Match[str] | None:
        """A label in bold opening a line ("**Symbol** Kenya's ...", "**25/** Grenada"):
        a few words whose closing markup the masked text shows as spaces."""
        label = _BOLD_LABEL.match(self.masked, start, end)
        if label is None or not any(m in self.text[label.start():label.end()]
                                    for m in ("**", "__")) or _DATE_LABEL.search(label.group()):
            return None  # a calendar's date ("**21 August** — ...") is part of the statement
        if _DASHED_DATE.match(self.masked, label.end(), end):
            return None  # and so is the name it dates ("**Jamhuri Day** — 12 December")
        if self.masked[label.end():label.end() + 1].islower() and \
                label.group().strip()[:1].isupper():
            return None  # a name in bold that the sentence goes on from ("**Harbin** winters
            # are long"): its subject, not a label
        if _GLOSSED.match(self.masked, label.end(), end):
            return None  # and a glossary's entry, what its dash says it is ("**Bulawayo** —
            # Zimbabwe's second city"): the label is the statement's subject
        return label

    def heading_chain(self, sentence: Sentence) -> list[Heading]:
        """The headings a sentence sits under, innermost first."""
        chain = []
        index = sentence.heading
        while index is not None:
            chain.append(self.headings[index])
            index = self.headings[index].parent
        return chain

    def quoted(self, offset: int) -> bool:
        """Inside a blockquote (not a box of the writer's own, "> **Parks** ..."), or between
        quotation marks on its line."""
        return self.quotation(offset) is not None

    def quotation(self, offset: int) -> tuple[int, int] | None:
        """Where the quotation ``offset`` is in starts and ends (see ``quoted``): the words
        between its quotation marks on the line (to the line's end when it is not closed
        there), else the blockquote's line after its ">"; None outside any."""
        text = self.text
        line_start = text.rfind("\n", 0, offset) + 1
        before = text[line_start:offset]
        block = before.lstrip().startswith(">")
        if block and _BOX.match(text, line_start):
            return None
        if before.count("“") > before.count("”") or before.count('"') % 2 == 1:
            opening = max(text.rfind('"', line_start, offset), text.rfind("“", line_start, offset))
            closing = _CLOSING_QUOTE.search(text, offset)
            return opening + 1, closing.start() if closing else len(text)
        if block:
            end = text.find("\n", offset)
            return text.index(">", line_start) + 1, end if end >= 0 else len(text)
        return None

    def titled(self, offset: int) -> bool:
        """Within emphasis on its line (*A Ceylon Journey*): a title, kept as written."""
        line_start = self.text.rfind("\n", 0, offset) + 1
        before = self.text[line_start:offset]
        return before.count("*") % 2 == 1 or before.count("_") % 2 == 1

    def has_source_near(self, start: int, end: int, reach: int = 300) -> bool:
        """A link, footnote or URL within the same stretch of text."""
        i = bisect_right(self.sources, start - reach)
        return i < len(self.sources) and self.sources[i] <= end + reach


# A reader's letter signed with a name and a home town ("... next spring?" — Anne, Leeds):
# the town is the writer's, not what the answer is about.
# "— Ann, Hull" on a line of its own or after the letter's last word ("... before we fly?
# — Ravi, Luton**"); two writers ("— Ana and Tom, Kent") too
_SIGN_OFF = re.compile(r"(?m)(?:^|(?<=[\"”*?.!]))[ \t]*[—–][ \t]*(?P<name>[A-Z][\w’'.-]*)"
                       r"(?:[ \t]+(?:and|&)[ \t]+[A-Z][\w’'.-]*)?(?:[ \t]+[A-Z][\w’'.-]*)?,"
                       r"[ \t]+[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}[ \t]*$")


def _without_sign_offs(masked: str) -> str:
    """The text with letters' sign-offs blanked, and the writer's name where an answer opens
    with it ("Anne, first things first: ..."): neither names a place the text is about."""
    if "—" not in masked and "–" not in masked:
        return masked
    names = {m.group("name") for m in _SIGN_OFF.finditer(masked)}
    if not names:
        return masked
    masked = _SIGN_OFF.sub(_blank, masked)
    addressed = re.compile(r"(?m)^[ \t]*(?:" + "|".join(map(re.escape, sorted(names))) + r")(?=,)")
    return addressed.sub(_blank, masked)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _unwrapped(masked: str, blocks: list[Block]) -> str:
    """The masked text with the line breaks inside each paragraph made spaces: prose wrapped
    at 80 columns reads as one line ("the sole official\nlanguage", "South\nAfrica"), as
    Markdown renders it; offsets, and so lines and columns, stay the same."""
    if "\n" not in masked:
        return masked
    pieces, done = [], 0
    for block in blocks:
        if block.kind == "paragraph" and block.start >= done and \
                "\n" in masked[block.start:block.end]:
            pieces += [masked[done:block.start], masked[block.start:block.end].replace("\n", " ")]
            done = block.end
    return "".join(pieces) + masked[done:] if pieces else masked


def _key(written: str) -> str:
    """A field's key as the rules look it up: "**Official language(s)**" is "official
    languages"."""
    return " ".join(_MARKUP.sub(" ", written.replace("(s)", "s")).lower().split())


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, long runs cut at spaces."""
    spans: list[tuple[int, int]] = []
    position = start
    for match in _BOUNDARY.finditer(text, start, end):
        gap, after = match.span(1) if match.group(1) is not None else match.span(2)
        if _abbreviation(text, max(position, gap - 12), gap, after):
            continue
        spans.extend(_cut(text, position, gap))
        position = after
    spans.extend(_cut(text, position, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _abbreviation(text: str, start: int, end: int, after: int) -> bool:
    """Whether the full stop before ``end`` ends an abbreviation or an initial ("Mt.", "J.");
    a number's ("No. 5") only before a number ("No. Quito is ..." answers a question)."""
    words = text[start:end].split()
    word = words[-1].rstrip("\"”’')]").removesuffix(".") if words else ""
    if word in _NUMBER_ABBREVIATIONS:
        return text[after:after + 1].isdigit()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())


_NUMBER_ABBREVIATIONS = frozenset(("No", "Nos"))


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = space if space > start else start + MAX_SENTENCE
        spans.append((start, cut))
        start = cut
    spans.append((start, end))
    return spans


def _headings(blocks: list[Block], masked: str) -> list[Heading]:
    headings: list[Heading] = []
    open_levels: list[tuple[int, int]] = []  # (level, index) of the headings still open
    for block in blocks:
        if block.kind != "heading":
            continue
        while open_levels and open_levels[-1][0] >= block.level:
            open_levels.pop()
        parent = open_levels[-1][1] if open_levels else None
        headings.append(Heading(block, masked[block.start:block.end].strip(), parent))
        open_levels.append((block.level, len(headings) - 1))
    return headings
