"""How the values of claims look in prose: a place, a currency, languages, a thing.

The claim layer (:mod:`loci.check.claims`) finds a cue and its frame; the
relation's value kind (cues.toml's ``value``) says which reader takes the value
from the words just before the frame or just after it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from anyascii import anyascii

from loci.check import cues
from loci.check.knowledge import Knowledge
from loci.check.lexicon import currencies, languages
from loci.check.mentions import SPACE
from loci.english import singular
from loci.text import normalize

WINDOW = 160  # characters a reader looks at
# A proper name as written: capitalised words joined by spaces, hyphens, apostrophes and
# the small words of names ("Rio de Janeiro", "Xi'an", "Porto-Novo", "N'Djamena"), Polynesian
# particles after an apostrophe among them ("Langi 'o Tu'i").
# (a capital of Latin Extended-A and -B too: "Šiauliai", "Łódź", "Şanlıurfa")
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de" + "".join(
    c for c in map(chr, range(0x100, 0x250)) if c.isupper())
_CAP = rf"(?:[dl]['’])?(?:[{_UPPER}]|[A-Z]['’])[\w’'.\-]*"
_JOIN = (rf"(?:{SPACE}(?:(?:of|de|da|do|dos|del|la|el|al|and|the|es|du|des|y|&|its|"
         rf"['’ʻ][a-z]{{1,2}}){SPACE}){{0,2}}"
         rf"|{SPACE}\([A-Z][\w’' -]*\){SPACE})")
NAME = rf"{_CAP}(?:{_JOIN}{_CAP})*"
_NAME_END = re.compile(rf"({NAME})['’]?$")
_NAME_START = re.compile(rf"(?:the\s+)?({NAME})")
# ... after a verb, also after what kind of place it is: "the capital is the port of Guayaquil"
# (but "South of the capital, the port of Setúbal looks ...": no apposition)
_KIND_NAME_START = re.compile(rf"(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:port|city|town|village|"
                              rf"oasis|harbou?r|seaport)\s+of\s+)?({NAME})")
_WORD_BEFORE = re.compile(r"([\w.’'-]+)\s+$")
# Where a phrase ends: punctuation, or a verb or small word (also as its first word: "the
# lion, the national symbol, appears on ..." has no value after the comma).
_PHRASE_END = re.compile(r"\s*\(|[,.;:)]|(?<!\S)(?:is|are|was|which|that|who|appears|can|has|"
                         r"features|adorns|stands|and|on|in|of|with|for|since)\b")
# "and" between two colours joins them in one name: "the red and white lozenges"
_COLOUR_AND = re.compile(r"(?:red|white|blue|black|gold|golden|green|yellow)\s+and\s+"
                         r"(?:red|white|blue|black|gold|golden|green|yellow)\b")
_WHERE = re.compile(r"\s(?:on|in|at|above|over|atop|across|beneath|under|from)\s+"
                    r"(?:the|a|an|its|their|every)\s")
# A verb whose object is the value, "as its national animal" after it: "X has taken the oryx"
# (with its determiner: "the eagle used on the coat of arms" is the eagle)
_TAKEN = re.compile(r"\b(?:has|have|had|takes|took|taken|chose|chosen|chooses|adopted|adopts|"
                    r"keeps|kept|uses|used|picked|named|is|are|was|were|"
                    # a telling's object clause: "a vendor insisted the jaguar was ..."
                    r"insist|insists|insisted|swear|swears|swore|claim|claims|claimed|"
                    r"says|said|told\s+(?:us|me|them)|assured\s+(?:us|me))\s+"
                    r"(?:that\s+)?(?:the|a|an|its|their)\s+")
# A preposition of place before a value's determiner: the words are where the thing is,
# the sentence inverted ("On its left band is the national emblem")
_WHERE_BEFORE = re.compile(r"(?:^|\s)(?i:on|in|at|above|over|atop|across|beneath|under|"
                           r"below|within|inside|upon)\s$")
_DETERMINER = re.compile(r"(?:^|\s)(?:(?i:the|a|an|its)|[A-Z][\w-]*[’']s)\s")  # or "Fiji's"
# What opens no value after a cue: a consequence ("..., hence the nickname") or a place
# ("the national emblem in red is at the center")
_NO_VALUE = re.compile(r"(?:hence|thus|therefore|whence|so|which|whose|at|in|on|above|below|"
                       r"beside|near|under|over|from|within|inside|across)\b", re.I)
_CLAUSE = re.compile(r"[,;:—–]\s|\s-\s|\s(?:and|but|while|whereas)\s")
_PARTICIPLE = re.compile(r"[a-z]{3,}(?:ed|ing)\b")
_THAT = re.compile(r"\s(?:that|which|who)\s")
_COMMA = re.compile(r"\s*,")
_OF_END = re.compile(r"\s(?:of|with)$")


def kind_only(written: str) -> bool:
    """Whether a phrase only says what kind of thing a symbol is: "animal", "mythical
    creature"."""
    words = written.lower().split()
    # (a compound that describes: "a rock-dwelling species", "a long-necked bird")
    kinds = cues.words("national-symbol", "described")  # ("species" is one as it is)
    return bool(words) and (words[-1] in kinds or singular(words[-1]) in kinds) \
        and all(w in cues.words("national-symbol", "describing") or _COMPOUND.fullmatch(w)
                for w in words[:-1])


_COMPOUND = re.compile(r"[a-z]+-[a-z]+(?:ing|ed)")

_LANGUAGE = r"[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?"
_LANGUAGE_LIST = rf"{_LANGUAGE}(?:(?:\s*,\s*|\s*,?\s+and\s+){_LANGUAGE}){{0,7}}"
_LIST = re.compile(_LANGUAGE_LIST)
_LIST_END = re.compile(rf"{_LANGUAGE_LIST}$")


def split_list(written: str, whole: Callable[[str], bool] | None = None) -> list[str]:
    """ "German, French and Italian" -> German, French, Italian.

    ``whole``: which two items joined by "and" are one name, kept so ("Trinidad and
    Tobago and Venezuela" -> Trinidad and Tobago, Venezuela).
    """
    pieces = _LIST_SEPARATOR.split(written)  # item, separator, item, ...
    items: list[str] = []
    at = 0
    while at < len(pieces):
        item = pieces[at]
        if whole is not None and at + 2 < len(pieces) and pieces[at + 1].strip() == "and" \
                and whole(joined := item + pieces[at + 1] + pieces[at + 2]):
            item, at = joined, at + 2
        if item:
            items.append(item)
        at += 2
    return items


_LIST_SEPARATOR = re.compile(r"(\s*,\s*(?:and\s+)?|\s+and\s+)")


def qualified_start(know: Knowledge, text: str, unit_start: int) -> int:
    """Where "East Caribbean dollars" starts, given where "dollars" does: the capitalised
    words before the unit that qualify currencies (or name a people: "Zambian"), and those
    of CLDR's names written in lower case ("Cuban convertible peso")."""
    lexicon = currencies(know)
    qualifiers = lexicon.qualifiers
    unit = _UNIT_AT.match(text, unit_start)
    places = lexicon.places(unit.group()) if unit is not None else frozenset()
    head = unit_start
    for _ in range(3):
        m = _WORD_BEFORE.search(text, max(0, head - 30), head)
        if m is None:
            break
        word = know.norm(m.group(1))
        # "new Israeli shekels": a word of the name (CLDR's "Israeli New Shekel") where a
        # name follows it; "the new peso" is history
        if word == "new" and text[m.end(1):head].strip() == "" and text[head:head + 1].isupper():
            head = m.start(1)
            break
        if not m.group(1)[:1].isupper() and (word not in qualifiers or word in _OLD_OR_NEW):
            break  # "the Cuban convertible peso": a qualifier written in lower case
        if word not in qualifiers and word not in know.demonyms and word not in _FRANC_ZONES \
                and word not in places:  # "Barbados dollars", but no "África Austral"
            break
        head = m.start(1)
    return head


_UNIT_AT = re.compile(r"[\w’'-]+")
_FRANC_ZONES = frozenset({"cfa", "cfp"})  # "West African CFA franc", "CFP franc"
_OLD_OR_NEW = frozenset({"old", "new", "former"})  # "the old peso": history, not a name


class Reader:
    """How a value of one kind is read before and after a cue's phrase."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        raise NotImplementedError

    def after(self, know: Knowledge, text: str, start: int) -> tuple[int, str] | None:
        raise NotImplementedError


class _Place(Reader):
    """A place's name: the capitalised words next to the phrase."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        m = _NAME_END.search(text, max(0, end - WINDOW), end)
        if m is None or m.end() != end:
            return None
        tongue = _IN_WORD.fullmatch(m.group(1))
        if tongue and normalize(tongue.group(1)) in languages(know) and \
                not know.exact(tongue.group(1)):
            return None  # "In Chinese, the capital is written ...": a language, no place
        return _trim_openers(know, m.start(1), m.group(1))

    def after(self, know: Knowledge, text: str, start: int) -> tuple[int, str] | None:
        after_verb = text[max(0, start - 8):start].rstrip()[-1:].isalpha()  # not after ","
        m = (_KIND_NAME_START if after_verb else _NAME_START).match(text, start)
        if m is None:
            return None
        name = m.group(1).removesuffix("'s").removesuffix("’s").rstrip(".")
        return m.start(1), name


_IN_WORD = re.compile(r"[Ii]n\s+(\w+)")


def _trim_openers(know: Knowledge, start: int, name: str) -> tuple[int, str] | None:
    """ "In Osh" is Osh, "Visitors to Quito" Quito: leading words no place begins with
    (but "La Paz" stays whole, being a name)."""
    words = name.split()
    while len(words) > 1 and not know.exact(" ".join(words)) and (
            words[0].lower() in cues.words("frame", "openers")
            or (words[0].lower() in know.english_words and know.exact(" ".join(words[1:]))
                and words[0].lower() not in cues.words("frame", "name_heads"))):
        cut = name.index(words[1], len(words[0]))
        start, name, words = start + cut, name[cut:], words[1:]
    return start, name


class _CurrencyReader(Reader):
    """A currency's name next to a cue: "the kwacha", "Thai baht", "US dollars"."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        unit = text.rfind(" ", 0, end) + 1
        if currencies(know).read(text[unit:end]) is None:
            return None
        head = qualified_start(know, text, unit)
        return head, text[head:end]

    def after(self, know: Knowledge, text: str, start: int) -> tuple[int, str] | None:
        m = re.match(r"(?:the\s+)?((?:(?:[A-Z][\w.’'-]*|convertible|new|old|&)\s+){0,5}[\w’'-]+)",
                     text[start:])
        if m is None:
            return None
        written = m.group(1)
        lexicon = currencies(know)
        while written and lexicon.read(written) is None and " " in written:
            written = written.rsplit(" ", 1)[0]
        if lexicon.read(written) is None:
            return None
        return start + m.start(1), written


class _LanguagesReader(Reader):
    """Names of languages next to a cue: "Thai", "German, French and Italian"."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        m = _LIST_END.search(text, max(0, end - 120), end)
        return self._known(know, m.start(), m.group()) if m else None

    def after(self, know: Knowledge, text: str, start: int) -> tuple[int, str] | None:
        m = _LIST.match(text, start)
        return self._known(know, m.start(), m.group()) if m else None

    @staticmethod
    def _known(know: Knowledge, start: int, written: str) -> tuple[int, str] | None:
        names = languages(know)
        parts = split_list(written)
        while parts and normalize(anyascii(parts[0])) not in names:  # "In Rwanda, French"
            first = parts.pop(0)
            start += written.index(parts[0], len(first)) if parts else 0
            written = written[written.index(parts[0], len(first)):] if parts else ""
        if not parts or not all(normalize(anyascii(p)) in names for p in parts):
            return None
        return start, written


# "Thai", "Tok Pisin", "siSwati" (a name after its class prefix: "isiZulu", "isiXhosa")
_NAME = r"\b(?:[a-z]{2,3}(?=[A-Z]))?[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+)?"
_LIST_OF = rf"{_NAME}(?:(?:\s*,\s*|\s*,?\s+and\s+){_NAME}){{0,7}}"
_LIST = re.compile(_LIST_OF)
_LIST_END = re.compile(rf"{_LIST_OF}$")


# A phrase of place opening a sentence: "In Peru", "Across the Andes"
_PLACE_PHRASE = re.compile(r"(?:In|Across|Throughout|All\s+over|Around|At|From|Within|On|"
                           r"Outside|Inside|Beyond|Over)\s")


class _PhraseReader(Reader):
    """A thing's name next to a cue: "the lion", "the Barbary macaque"."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        clause = max(0, end - 80, *(m.end() for m in _CLAUSE.finditer(text, 0, end)))
        det = _DETERMINER.search(text, max(0, clause - 1), end)  # its space opens the clause
        if det is None and clause > 0:
            return None
        # after its determiner, or a bare plural opening the sentence ("Lions are Albania's
        # national animal")
        start = det.end() if det else len(text) - len(text.lstrip())
        if det is None and _PLACE_PHRASE.match(text, start, end):
            return None  # "In Peru, the national animal ...": where, not what
        verbs = list(_TAKEN.finditer(text, start, end))
        if verbs:  # "Namibia has taken the oryx as its ...": the object of the last verb;
            # "The first thing you see is the oryx, Namibia's ...": the copula's
            start = verbs[-1].end()
        elif det is not None and _WHERE_BEFORE.search(text, 0, det.start() + 1):
            return self._apposed(text, clause, end)  # "centred in the white band is
            # the emblem": a place, inverted (but see ``_apposed``)
        written = text[start:end].strip()
        where = _WHERE.search(written)  # "the lion head on the coat of arms": the lion head
        written = written[:where.start()] if where else written
        if (relative := _THAT.search(written)) and kind_only(written[:relative.start()]):
            written = written[:relative.start()]  # "the bird that sits on the flag": a bird
        if det is not None and kind_only(written) and text[:det.start() + 1].endswith(", "):
            # "a lion, the animal that ...": the kind of thing stands in apposition to the
            # value, which is the name before the comma
            return self.before(know, text, det.start() - 1)
        if 0 < len(written.split()) <= 6:
            return start, written
        return self._apposed(text, clause, end)

    @staticmethod
    def _apposed(text: str, clause: int, end: int) -> tuple[int, str] | None:
        """The thing a phrase in apposition after a comma is said of, where the clause
        before it is longer than a name: what a picture or a statue is "of" ("On the wall I
        noticed a mural of the golden eagle, the national symbol of ...": the eagle; "a jar
        decorated with the springbok, ...")."""
        dets = list(_DETERMINER.finditer(text, max(0, clause - 1), end))
        if not dets or not _COMMA.match(text, end) or not _OF_END.search(text, 0,
                                                                         dets[-1].start()):
            return None
        written = text[dets[-1].end():end].strip()
        return (dets[-1].end(), written) if 0 < len(written.split()) <= 4 else None

    def after(self, know: Knowledge, text: str, start: int) -> tuple[int, str] | None:
        m = re.match(r"(?:the\s+|a\s+|an\s+)?", text[start:])
        begin = start + (m.end() if m else 0)
        stop = _PHRASE_END.search(text, begin)
        while stop is not None and stop.group() == "and" and any(
                pair.start() < stop.start() < pair.end() for pair in _COLOUR_AND.finditer(
                    text, max(begin, stop.start() - 8), stop.end() + 8)):
            stop = _PHRASE_END.search(text, stop.end())
        end = stop.start() if stop else len(text)
        written = text[begin:end].strip()
        if _NO_VALUE.match(written) or (begin == start and _PARTICIPLE.match(written)):
            return None  # "..., hence the nickname": what follows from it, not a value;
            # nor "..., painted on every jar": a participle without an article
        return (begin, written) if 0 < len(written.split()) <= 4 else None


class _SiteReader(_Place):
    """A site's name, or "the wall" (a site the text named before), or the name before
    ", whose ruins": what a World Heritage claim is about."""

    def before(self, know: Knowledge, text: str, end: int) -> tuple[int, str] | None:
        after_name = _AFTER_NAME.search(text, max(0, end - WINDOW), end)
        if after_name is not None:  # "the fort itself", "the caves near the border"
            end = after_name.start()
        whose = _WHOSE.search(text, max(0, end - WINDOW), end)
        if whose is not None:
            return whose.start(1), whose.group(1)
        back = _BACK_REFERENCE.search(text, max(0, end - 60), end)
        if back is not None and back.start(1) == text[:end].rfind(back.group(1)):
            named = _NAME_OF.search(text, max(0, back.start(1) - WINDOW), back.start(1))
            if named is not None:  # "The Forts and Castles of the coast": the forts'
                return named.start(1), text[named.start(1):end].rstrip()
            return back.start(1), back.group(1)
        kind = _SITE_KIND.search(text, max(0, end - WINDOW), end)
        if kind is not None:  # "the Sanxingdui ruins", "the Nyhavn harbour"
            return kind.start(1), kind.group(1)
        located = _SITE_IN.search(text, max(0, end - WINDOW), end)
        if located is not None:  # "Lake Atitlán in Guatemala"
            return located.start(1), located.group(1)
        town = _NEAR_TOWN.search(text, max(0, end - WINDOW), end)
        if town is not None:  # "the Koguryo tombs near Ji'an": the tombs, placed near a town
            phrase = _NAMED_PHRASE.search(text, max(0, town.start() - WINDOW), town.start())
            placed = self.before(know, text, town.start()) or (
                (phrase.start(1), phrase.group(1)) if phrase is not None else None)
            if placed is not None and any(w[:1].isupper() for w in placed[1].split()[1:]):
                return placed[0], text[placed[0]:end].rstrip()  # (where it is, for the rule)
        near = _SITE_NEAR.search(text, max(0, end - WINDOW), end)
        if near is not None:  # "the rice terraces around Sapa"
            return near.start(1), near.group(1)
        return super().before(know, text, end)


_SITE_KIND = re.compile(rf"({NAME}(?:\s+[a-z][\w-]*){{0,2}}\s+"
                        rf"(?:{cues.alternation('heritage', 'kinds')}))$")
# Verbs of a traveller's doings: "swam in Lake Atitlán" names the lake, not a site "swam".
_VERBS = (r"(?:swam|walked|hiked|climbed|stayed|slept|ate|dined|sat|stood|camped|waited|"
          r"arrived|landed|stopped|lived|worked|studied|met|drove|rode|sailed|paddled|"
          r"wandered|strolled|lingered|spent|went|came|got|began|ended|woke|were|was|are|is)")
_SITE_NEAR = re.compile(rf"(?:^|\s)(?:[Tt]he\s+)?((?:(?!{_VERBS}\s)[a-z][\w-]*\s+){{1,3}}"
                        rf"(?:around|in|of|near|at|outside|above|below)\s+{NAME})$")
# "the tombs of the Koguryo kingdom": a phrase from its determiner, with a name in it
_NAMED_PHRASE = re.compile(r"(?:^|\s)((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w’'-]*\s+){0,4}"
                           r"(?:of\s+(?:the\s+)?)?[A-Z][^,;:()]*)$")
# Words that place a thing by a town near it: "the Koguryo tombs near Ji'an"
NEAR = r"near|outside|around|close\s+to|not\s+far\s+from"
_NEAR_TOWN = re.compile(rf"\s+(?:{NEAR})\s+{NAME}$")
_SITE_IN = re.compile(rf"({NAME}\s+(?:in|at|near|on)\s+{NAME})$")
_WHOSE = re.compile(rf"({NAME}),\s+(?:whose|where|with\s+its)\s+[^,]*$")
# Words between a site's name and the verb that are not the name: a reflexive, or where
# it lies, ending in a common noun ("on the Mongolian border", "near the old harbour").
_AFTER_NAME = re.compile(r"(?:\s+(?:itself|themselves|too)|\s+(?:on|near|along|by|at|in|"
                         r"outside|above|below|beside)\s+the\s+(?:[\w’'-]+\s+){0,3}"
                         r"[a-z][\w-]*)\s*$")
# "the wall", "the forts and castles of the coast": a thing the text named before, or
# describes, with what it is of (the thing is the forts, not the coast)
_BACK_REFERENCE = re.compile(r"(?:^|\s)((?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z][\w-]*\s+){0,2}"
                             r"[a-z][\w-]*(?:\s+of\s+(?:the\s+|its\s+)?(?:[a-z][\w-]*\s+){0,2}"
                             r"[a-z][\w-]*)?)$")


# A name that a thing in lower case is "of": "The Forts and Castles of (the coast)"
_NAME_OF = re.compile(rf"(?:^|\s)({NAME})\s+of\s+$")


READERS: dict[str, Reader] = {"place": _Place(), "currency": _CurrencyReader(),
                              "languages": _LanguagesReader(), "phrase": _PhraseReader(),
                              "site": _SiteReader()}
