"""English for place names, shared by the guides' prose and the checker's messages:
which names take "the" ("the Bahamas", "the Gold Coast", but "Bhutan"), and their
possessive ("China’s", "the Bahamas’").

Kept apart from ``loci.guides`` so that ``loci check`` says "the capital of the
Bahamas" without importing the guides.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources


@cache
def _definite_names() -> frozenset[str]:
    text = resources.files("loci").joinpath("guides/data/definite_names.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


def takes_the(name: str) -> bool:
    """True for names said with "the" in running prose: those listed ("the Bahamas"),
    and a name whose head (before a comma or "and") is made with a common noun: "the
    Gold Coast", "the Ellice Islands", "the Byelorussian SSR", "the Federation of
    Malaya", "the Belgian Congo"; but not "South Georgia and the South Sandwich
    Islands" nor "Taiwan, Province of China"."""
    if name in _definite_names():
        return True
    words = _HEAD.split(name, maxsplit=1)[0].replace("-", " ").split()
    if words and words[0] in _ARTICLES:
        return False  # "La Union" has its article
    return bool(words) and (words[-1] in _COMMON_LAST or any(w in _COMMON for w in words))


_ARTICLES = frozenset({"The", "La", "Le", "Les", "Los", "Las", "El", "Al", "Il", "Lo", "De"})


_HEAD = re.compile(r",| and ")
# Common nouns that make a name take "the" wherever they stand in it ...
_COMMON = frozenset({
    "Republic", "Kingdom", "Empire", "Federation", "Confederation", "Union", "State", "States",
    "Protectorate", "Territory", "Territories", "Reich", "Commonwealth", "Principality",
    "Duchy", "Sultanate", "District", "Province", "Region", "Collectivity", "Bailiwick",
    "Country", "SSR", "SFSR", "Coast", "Islands", "Isles", "Indies", "Lands", "Emirates",
    "Hebrides", "Dependencies", "Establishments", "See", "Antilles", "Bank", "Strip",
    "Refuges"})
# ... and names that do as the last word ("the Belgian Congo", not "Congo-Léopoldville")
_COMMON_LAST = frozenset({"Congo", "Netherlands", "Bahamas", "Philippines", "Maldives",
                          "Comoros", "Seychelles", "Gambia"})


def the(name: str) -> str:
    """The name as running prose says it: "the Bahamas", "Bhutan"."""
    return f"the {name}" if takes_the(name) else name


def possessive(name: str) -> str:
    """"China’s", "the Bahamas’", "the Netherlands Antilles’"."""
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def singular(word: str) -> str:
    """A plural's singular, by its last "s" only: "temples" is "temple", "grass" stays."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
