"""What rules may ask the KB: places by name, facts, demonyms, former names; all cached.

One instance serves a whole run, so a name or fact looked up in one article
is free in the next. Everything is read lazily: checking an article with no
capital claim never reads a capital.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any

from loci.kb import KB, TERRITORY_KINDS, FactRow, PlaceRow, SourceRef
from loci.places import Match, Resolver
from loci.text import normalize

_KIND_RANK = {"country": 0, "territory": 1, "historic": 2}
_MAJORITY = 50.0  # a people this share of a territory names its inhabitants
_CAPITALISED = re.compile(r"\b[A-Z][^\W\d_]{2,}")
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


@dataclass(frozen=True, slots=True)
class FormerName:
    """A name a territory no longer goes by."""

    name: str
    place: str
    year: int | None
    note: str | None


MEMO_SIZE = 100_000  # entries a bounded memo holds before it starts afresh


class Memo(dict[Any, Any]):
    """What a rule remembers across articles (runs of words, names), emptied when it grows
    past ``MEMO_SIZE`` so that a huge input cannot hold memory without bound."""

    def keep(self, key: Any, value: Any) -> Any:
        """Remember ``value`` for ``key`` and give it back."""
        if len(self) > MEMO_SIZE:
            self.clear()
        self[key] = value
        return value


class Knowledge:
    """Cached questions to one KB."""

    def __init__(self, kb: KB) -> None:
        self.kb = kb
        self.resolver = Resolver(kb)
        self._exact: dict[tuple[str, tuple[str, ...] | None], list[Match]] = {}
        self._facts: dict[tuple[str, str], list[FactRow]] = {}
        self.memo: dict[str, Any] = {}  # what a rule builds once per run (compiled word lists)

    def table(self, name: str) -> Memo:
        """One of the run's bounded memos (see ``Memo``), made on first use."""
        found = self.memo.get(name)
        if not isinstance(found, Memo):
            found = self.memo[name] = Memo()
        return found

    def on(self, kb: KB) -> Knowledge:
        """This knowledge over another handle to the same KB (a forked worker's own): what
        it has looked up and built comes along, since that depends on the KB's content
        alone, and a worker starts with its parent's word lists instead of building them
        again (tens of milliseconds)."""
        other = Knowledge.__new__(Knowledge)
        other.__dict__.update(self.__dict__)
        other.kb = kb
        other.resolver = self.resolver.on(kb)
        return other

    # places --------------------------------------------------------------

    def norm(self, name: str) -> str:
        """``normalize(name)``, remembered: prose repeats its names."""
        memo: dict[str, str] = self.memo.setdefault("norm", {})
        if name not in memo:
            memo[name] = normalize(name)
        return memo[name]

    def exact(self, name: str, kinds: tuple[str, ...] | None = None) -> list[Match]:
        """Places with exactly this name (normalised), never by code or fuzzy match, nor by
        a sports abbreviation that is also a currency's code ("MAD" is the Moroccan dirham
        in prose, not Madagascar), nor by an abbreviation in capitals written otherwise
        ("Everything Visitors Ask Us" names no United States)."""
        key = (name, kinds)
        if key not in self._exact:
            known = len(name) < 200 and self.kb.may_name(self.norm(name))
            matches = self.resolver.exact(name, kinds) if known else []
            self._exact[key] = [m for m in matches if m.how != "code" and not (
                m.how == "abbreviation" and name.upper() in _currency_codes()) and not (
                ABBREVIATION.fullmatch(m.name) and not name.isupper())]
        return self._exact[key]

    def territory(self, name: str) -> PlaceRow | None:
        """The country or territory this name means exactly, or the one whose name of
        several parts it begins ("Antigua"), or None."""
        matches = self.exact(name, TERRITORY_KINDS)
        if matches:
            return matches[0].place
        whole = self.first_parts.get(self.norm(name))
        return self.place(whole) if whole else None

    def place(self, place_id: str) -> PlaceRow | None:
        return self.resolver.place(place_id)

    def territory_of(self, place: PlaceRow) -> PlaceRow | None:
        """The territory a place belongs to (itself for a territory)."""
        if place.is_territory:
            return place
        return self.place(place.country) if place.country else None

    def sole_territory(self, name: str,
                       kinds: tuple[str, ...] | None = None) -> PlaceRow | None:
        """The one territory every place of this name (of these kinds) lies in, if one:
        "Ji'an", both of whose towns are China's; None for "Flores" (Uruguay, Guatemala)."""
        found = {t.id: t for m in self.exact(name, kinds)
                 if (t := self.territory_of(m.place)) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    # facts ---------------------------------------------------------------

    def facts(self, place_id: str, topic: str) -> list[FactRow]:
        key = (place_id, topic)
        if key not in self._facts:
            self._facts[key] = self.kb.facts(place_id, topic)
        return self._facts[key]

    def source(self, dataset: str) -> SourceRef:
        """A dataset's version as recorded in the KB (for evidence that is not a fact row)."""
        memo: dict[str, SourceRef] = self.memo.setdefault("sources", {})
        if dataset not in memo:
            versions = {row.get("name"): str(row.get("version", "")) for row in self.kb.sources}
            memo[dataset] = SourceRef(dataset, versions.get(dataset, ""), "")
        return memo[dataset]

    # vocabularies ----------------------------------------------------------

    @cached_property
    def demonyms(self) -> dict[str, str]:
        """Normalised nationality nouns and adjectives -> territory id (see
        :func:`loci.kb.vocab.demonyms`)."""
        found: dict[str, str] = self.kb.vocab("demonyms")
        return found

    def demonym_in(self, words: list[str]) -> tuple[int, int, str] | None:
        """The longest demonym among consecutive ``words``: (first word, end, territory id).
        "Papua New Guineans" are Papua New Guinea's people, not Guinea's."""
        for size in range(len(words), 0, -1):
            for first in range(len(words) - size + 1):
                if size > 1 and words[first].lower() == "the":
                    continue  # the same words without it come next
                place = self.demonyms.get(self.norm(" ".join(words[first:first + size])))
                if place:
                    return first, first + size, place
        return None

    @cached_property
    def demonym_words(self) -> frozenset[str]:
        """Each demonym's words: a sentence without any of them names no people."""
        return frozenset(w for key in self.demonyms for w in key.split())

    @cached_property
    def former_names(self) -> list[FormerName]:
        """Former English names of territories, longest first, with the curated notes."""
        from loci.curated import places_data

        notes = {e["name"]: e.get("note") for e in places_data().get("former", [])}
        from importlib import resources

        outdated = resources.files("loci.check.data").joinpath("outdated.toml")
        still = set(tomllib.loads(outdated.read_text("utf-8"))["still_names"])
        rows = [FormerName(name, place, year, notes.get(name))
                for name, place, year in self.kb.vocab("former-names") if name not in still]
        return sorted(rows, key=lambda f: -len(f.name))

    @cached_property
    def common_words(self) -> frozenset[str]:
        """Ordinary words that are also names of places (check/data/common_words.toml)."""
        from importlib import resources

        text = resources.files("loci.check.data").joinpath("common_words.toml").read_text("utf-8")
        return frozenset(tomllib.loads(text)["words"])

    @cached_property
    def ordinary_words(self) -> frozenset[str]:
        """Normalised words that name no place even when capitalised: common words,
        nationalities, languages and peoples ("Roman", "Malawians", "Tsonga", "Sena"), and
        the writing systems CLDR names ("the Ethiopic script", "Cyrillic")."""
        from babel import Locale

        scripts = {key for name in Locale("en").scripts.values()
                   if " " not in (key := self.norm(name))}
        words = set(self.kb.vocab("peoples")) | self.common_words | set(self.demonyms) | scripts
        return frozenset(words - set(self.territory_keys))  # "Jamaica" is an ethnic label too

    @cached_property
    def english_words(self) -> frozenset[str]:
        """Lower-case words of the Factbook's prose: ordinary English ("most", "today")."""
        return frozenset(self.kb.vocab("english-words"))

    @cached_property
    def world_regions(self) -> frozenset[str]:
        """Normalised names of continents and world regions, as CLDR's English names them
        ("Asia", "Sub-Saharan Africa", "Polynesia"), and the oceans: never a town of the
        same name ("The Pacific" is no town in Missouri)."""
        from babel import Locale

        return frozenset(self.norm(name) for code, name in Locale("en").territories.items()
                         if code.isdigit()) | frozenset(self.norm(name) for name in _OCEANS)

    @cached_property
    def proper_words(self) -> frozenset[str]:
        """Capitalised words the KB's own texts use (Buganda, Chiloe, Marinus): proper names
        of things other than territories, so never taken for a misspelled territory."""
        return frozenset(self.kb.vocab("proper-words")) - frozenset(self.territory_keys)

    @cached_property
    def name_words(self) -> frozenset[str]:
        """Every word of every territory's (Latin-script) name: "south", "america", "islands"."""
        return frozenset(word for key in self.territory_keys for word in key.split())

    def official_names(self, place_id: str) -> list[str]:
        """A place's official (long) names: "Kingdom of Eswatini"."""
        memo = self.table("official-names")
        found: list[str] | None = memo.get(place_id)
        if found is None:
            found = memo.keep(place_id, [n.name for n in self.kb.names(place_id)
                                         if n.kind == "official"])
        return found

    def current_names(self, place_id: str) -> list[str]:
        """Every name of a place that is not a former one or a code (asked once per place:
        a city has hundreds, in every language)."""
        memo = self.table("current-names")
        found: list[str] | None = memo.get(place_id)
        if found is None:
            found = memo.keep(place_id, [n.name for n in self.kb.names(place_id)
                                         if n.kind not in ("former", "code")])
        return found

    @cached_property
    def first_parts(self) -> dict[str, str]:
        """The first part of a territory's name of several, normalised, where only one
        territory's names begin so ("antigua", "trinidad", "sao tome", "saint vincent"):
        the island that writers name for the whole."""
        found: dict[str, set[str]] = {}
        for key, (place_id, _) in self.territory_keys.items():
            parts = NAME_PARTS.split(key)
            if len(parts) > 1 and len(parts[0]) >= 4 and parts[0] not in self.demonyms:
                found.setdefault(parts[0], set()).add(place_id)  # not "Turks" (and Caicos)
        return {part: next(iter(ids)) for part, ids in found.items() if len(ids) == 1}

    @cached_property
    def territory_keys(self) -> dict[str, tuple[str, str]]:
        """Latin-script normalised names of territories -> (place id, name as stored)."""
        keys: dict[str, list[str]] = self.kb.vocab("territory-keys")
        return {norm: (place, name) for norm, (place, name) in keys.items()}


# The parts of a territory's name made of several ("Trinidad & Tobago", "Saint Helena,
# Ascension and Tristan da Cunha")
NAME_PARTS = re.compile(r"\s*(?:,|&|\band\b)\s*")


ABBREVIATION = re.compile(r"(?:[A-Z]\.?){2,5}")  # "US", "U.K.", "PNG": a name's abbreviation


@cache
def _currency_codes() -> frozenset[str]:
    """ISO 4217's codes, as CLDR lists them (Babel)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


_OCEANS = ("Pacific", "Pacific Ocean", "Atlantic", "Atlantic Ocean", "Indian Ocean", "Arctic",
           "Arctic Ocean", "Southern Ocean", "Mediterranean", "Mediterranean Sea")
