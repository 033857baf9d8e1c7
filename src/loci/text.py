"""Text normalisation shared by the KB, the resolver and the checker (a leaf module)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

_SAINT = re.compile(r"\b(st|ste)\b\.?\s*", re.IGNORECASE)
_NON_WORD = re.compile(r"[^\w]+")
_LEADING_THE = re.compile(r"^the\s+")
# Every ASCII character that is not a letter or a digit reads as a space.
_ASCII_SPACES = {c: " " for c in range(128) if not chr(c).isalnum()}
_HAN = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
# The Chinese characters that search tokens and the site's language spans count: the
# CJK ideographs of the Basic Multilingual Plane, and 〇 (ling, zero).
HAN_RANGES = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
# English number words by value, for reading counts written out ("three time zones")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty")
HAN = "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in HAN_RANGES)  # for [...]


def fold(text: str) -> str:
    """Strip accents and case: "Côte d’Ivoire" -> "cote d’ivoire"."""
    decomposed = unicodedata.normalize("NFKD", text)
    if decomposed.isascii():  # most names: no marks to strip
        return decomposed.casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize(name: str) -> str:
    """The key a place name is looked up by.

    Folds accents and case, turns punctuation, non-breaking spaces and
    parentheses into single spaces, spells out "St." and drops a leading "the",
    so that "St.Kitts\u00a0and Nevis", "Cocos(Keeling)Islands" and "The Bahamas"
    meet their dataset spellings. Chinese text keeps its characters.
    """
    if name.isascii():  # most names in prose: nothing to fold, punctuation made spaces
        words = name.lower().replace("&", " and ").translate(_ASCII_SPACES).split()
        if len(words) > 1 and words[0] == "the":
            words = words[1:]
        return " ".join("saint" if w in ("st", "ste") else w for w in words)
    text = fold(unicodedata.normalize("NFKC", name)).replace("&", " and ")
    text = _SAINT.sub("saint ", text.replace("_", " "))
    text = _NON_WORD.sub(" ", text).strip()
    return _LEADING_THE.sub("", text)


def has_han(text: str) -> bool:
    """True when the text contains a Chinese character."""
    return _HAN.search(text) is not None


def han_spaced(norm: str) -> str:
    """Each Han character as a word of its own: "鞍山市" -> "鞍 山 市" (how the server's
    full-text index and the static site's names index hold Chinese names)."""
    return " ".join(_HAN.sub(r" \1 ", norm).split()) if _HAN.search(norm) else norm


@lru_cache(maxsize=65_536)  # pages and lists slug the same names again and again
def slugify(name: str) -> str:
    """A URL slug: "Côte d’Ivoire" -> "cote-d-ivoire"; Chinese text is kept."""
    return "-".join(normalize(name).split()) or "place"


@lru_cache(maxsize=65_536)
def place_slug(name: str) -> str:
    """A place's address, in the letters a reader can type: ``slugify``, with the letters
    that have no accent to strip spelt in Latin (anyascii): "Łódź" -> "lodz", "Diyarbakır"
    -> "diyarbakir", "Đà Lạt" -> "da-lat"; a modifier letter (Hawaiian ʻ) is left out,
    and Chinese text is kept."""
    slug = slugify(name)
    if slug.isascii():
        return slug
    spelt = "".join(c if c.isascii() or _HAN.match(c) else
                    "" if unicodedata.category(c) == "Lm" else anyascii(c) for c in slug)
    return slugify(spelt)


def unique_key(key: str, seen: set[str]) -> str:
    """``key``, or ``key-2``, ``key-3``... when already used; records the result."""
    candidate, n = key, 1
    while candidate in seen:
        n += 1
        candidate = f"{key}-{n}"
    seen.add(candidate)
    return candidate


# ISO and the Factbook list some names name first, then what they are: "Madrid, Comunidad de",
# "Bashkortostan, Respublika", "Bristol, City of", "Vale of Glamorgan, The". A list of
# names ("Newry, Mourne and Down") is no such thing.
_INVERTED = re.compile(r"^(?P<name>[^,]+), (?P<what>[^,()]+?)$")
_ENDS_IN_PARTICLE = re.compile(r"\b(?:de|del|de la|des|di|din|do|da|of|the)$", re.I)


def uninverted(name: str) -> str:
    """The name in reading order: "Comunidad de Madrid", "Respublika Bashkortostan",
    "City of Bristol", "The Vale of Glamorgan", "Région wallonne"."""
    found = _INVERTED.match(name)
    if found is None:
        return name
    what = found.group("what")
    if re.search(r"\b(?:and|y|et|und|i)\b", what) or (
            len(what.split()) > 2 and not _ENDS_IN_PARTICLE.search(what)):
        return name  # "San Andrés, Providencia y Santa Catalina": a list of names
    joined = f"{what} {found.group('name')}"
    return joined[:1].upper() + joined[1:]
