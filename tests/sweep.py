"""A sweep generated from the knowledge base: does extraction work for every territory?

For every current territory, its true capital, currency, national day, official
language, main religion and a World Heritage Site are written in several phrasings (some with the
territory only in a heading), each once with the true value, which must pass,
and once with another territory's value, which must be flagged. Precision and
recall per category say whether the claim layer reads every territory's names,
not only the places the hand-written examples are about.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from corpus_score import Score as Tally
from loci.articles import read_text
from loci.check import check_article, registry
from loci.check.knowledge import Knowledge
from loci.check.lexicon import currencies
from loci.kb import KB, PlaceRow

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# Sentences in loci's own words: {name} is the territory, {value} what is claimed of it.
PHRASINGS: dict[str, list[str]] = {
    "capital": [
        "{value} is the capital of {name}.",
        "{name}'s capital, {value}, wakes up early.",
        "We spent a week in {value}, the capital of {name}.",
        "## {name}\n\nThe capital, {value}, is where the ministries sit.",
    ],
    "currency": [
        "The currency of {name} is the {value}.",
        "## {name}\n\nA short taxi ride costs about 40 {plural}.",
        "## {name}\n\nMarket stalls price everything in {plural}.",
    ],
    "national-day": [
        "{name}'s national day is {value}.",
        "## {name}\n\nThe national holiday falls on {value}.",
    ],
    "language": [
        "{value} is an official language of {name}.",
        "## {name}\n\n{value} is one of the official languages.",
    ],
    "religion": [
        "Most people in {name} are {value}.",
        "## {name}\n\n{name} is a majority-{value} country.",
    ],
    "heritage": [
        "{name}'s {value} is a UNESCO World Heritage Site.",
        "## {name}\n\nIn {name}, the {value} is a UNESCO World Heritage Site.",
    ],
}
# A price, not a claim about the territory's money, when the amount is in a currency spent
# across borders (the rule's "international" ones: a taxi fare in euros in Bangladesh): its
# false sentences take the next territory whose currency is not one of those.
PRICES = frozenset({PHRASINGS["currency"][1]})


@cache
def _international() -> frozenset[str]:
    from babel import numbers

    from loci.check import cues

    return frozenset(_lower_unit(numbers.get_currency_name(code, locale="en"))
                     for code in cues.table("currency")["international"])


def _lower_unit(name: str) -> str:
    """"US Dollar" -> "US dollar", as an article writes a currency's name."""
    words = name.split()
    return " ".join([*words[:-1], words[-1].lower()])


# The Factbook's label of a majority religion -> the word an article writes.
_RELIGIONS = {"muslim": "Muslim", "christian": "Christian", "catholic": "Catholic",
              "buddhist": "Buddhist", "hindu": "Hindu", "orthodox": "Orthodox",
              "protestant": "Protestant", "jewish": "Jewish"}


@dataclass(frozen=True, slots=True)
class Case:
    category: str
    territory: str
    text: str
    wrong: bool


@dataclass
class Score(Tally):
    """The corpus's tallies, with the cases behind each miss and false alarm."""

    misses: list[Case] = field(default_factory=list)
    alarms: list[Case] = field(default_factory=list)

    @property
    def true_claims(self) -> int:
        return self.claims - self.false_claims


def cases(kb: KB) -> list[Case]:
    """Every sentence of the sweep, true and false, in a stable order."""
    know = Knowledge(kb)
    territories = [p for p in kb.places(("country", "territory")) if p.status == "current"]
    territories.sort(key=lambda p: p.id)
    values = {category: {p.id: v for p in territories if (v := read(know, p))}
              for category, read in _VALUES.items()}
    out: list[Case] = []
    for category, by_territory in values.items():
        ids = sorted(by_territory)
        for i, place_id in enumerate(ids):
            place = kb.lookup(place_id)
            truth = by_territory[place_id]
            for phrasing in PHRASINGS[category]:
                other = next((v for j in ids[i + 1:] + ids[:i]
                              if _wrong(know, category, place, truth, v := by_territory[j])
                              and not (phrasing in PRICES and v[0] in _international())), None)
                out.append(Case(category, place_id, _fill(phrasing, place, truth), False))
                if other is not None:
                    out.append(Case(category, place_id, _fill(phrasing, place, other), True))
    return out


def score(kb: KB, know: Knowledge | None = None) -> dict[str, Score]:
    """Precision and recall of the checker on the sweep, per category."""
    return _score(kb, know or Knowledge(kb))


@cache
def _score(kb: KB, know: Knowledge) -> dict[str, Score]:
    rules = list(registry())
    scores: dict[str, Score] = {}
    for case in cases(kb):
        found = [f for f in check_article(read_text(case.text, "sweep.md"), know, rules)
                 if f.decided and f.severity in ("error", "warning")
                 and f.category == case.category]
        s = scores.setdefault(case.category, Score())
        s.claims += 1
        if case.wrong:
            s.false_claims += 1
            if found:
                s.tp += 1
            else:
                s.misses.append(case)
        elif found:
            s.fp += 1
            s.alarms.append(case)
    return scores


def _fill(phrasing: str, place: PlaceRow, value: tuple[str, str]) -> str:
    return phrasing.format(name=place.name, value=value[0], plural=value[1])


def _wrong(know: Knowledge, category: str, place: PlaceRow, truth: tuple[str, str],
           value: tuple[str, str]) -> bool:
    """Whether another territory's value is false of this one (not merely another name
    of the truth: "Christian" of a Catholic country, "dollars" of a dollar country)."""
    if value[0].lower() in truth[0].lower() or truth[0].lower() in value[0].lower():
        return False
    if category == "currency":
        return value[1] != truth[1]
    if category == "language":
        official = {f.value["name"].lower() for f in know.facts(place.id, "language")
                    if isinstance(f.value, dict) and f.value.get("official")}
        return value[0].lower() not in official
    if category == "religion":
        christian = {"Christian", "Catholic", "Orthodox", "Protestant"}
        return not ({value[0], truth[0]} <= christian)
    if category == "heritage":  # a site several territories share is listed for each
        return value[0] not in {name for name, _ in _sites(know, place)}
    return True


def _capital(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    names = [f.value["name"] for f in know.facts(place.id, "capital")
             if isinstance(f.value, dict)]
    return (names[0], "") if len(names) == 1 and names[0].isascii() else None


def _currency(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    from babel import numbers

    current = sorted(currencies(know).current(place.id, date.today()))
    if len(current) != 1:
        return None
    code = current[0]
    plural = numbers.get_currency_name(code, count=2, locale="en")
    return _lower_unit(numbers.get_currency_name(code, locale="en")), plural.split()[-1]


def _national_day(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    days = [(f.value["day"], f.value["month"]) for f in know.facts(place.id, "national-holiday")
            if isinstance(f.value, dict) and f.value.get("day") and f.value.get("month")]
    if len(days) != 1:
        return None
    day, month = days[0]
    return f"{day} {MONTHS[month - 1]}", ""


def _language(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    names = [f.value["name"] for f in know.facts(place.id, "language")
             if isinstance(f.value, dict) and f.source.dataset == "factbook"
             and f.value.get("official") is True]
    simple = [n for n in names if n.isascii() and " or " not in n and "/" not in n
              and n.replace(" ", "").isalpha() and all(w[:1].isupper() for w in n.split())]
    return (simple[0], "") if simple else None


def _religion(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    for f in know.facts(place.id, "religion"):
        value = f.value
        if isinstance(value, dict) and (value.get("percent") or 0) >= 60:
            word = next((w for k, w in _RELIGIONS.items() if k in str(value["name"]).lower()),
                        None)
            return (word, "") if word else None
    return None


def _sites(know: Knowledge, place: PlaceRow) -> list[tuple[str, str]]:
    """The territory's World Heritage Sites as the Factbook names them, where the name
    reads as one site (no list in it, no note)."""
    return [(str(f.value["name"]), "") for f in know.facts(place.id, "heritage-site")
            if isinstance(f.value, dict) and not f.value.get("selected")
            and not set(str(f.value["name"])) & set(";,:()/–")]


def _heritage(know: Knowledge, place: PlaceRow) -> tuple[str, str] | None:
    sites = _sites(know, place)
    return sites[0] if sites else None


_VALUES: dict[str, Callable[[Knowledge, PlaceRow], tuple[str, str] | None]] = {
    "capital": _capital, "currency": _currency, "national-day": _national_day,
    "language": _language, "religion": _religion, "heritage": _heritage,
}


def report(scores: dict[str, Score]) -> Iterator[str]:
    """The misses and false alarms, for a failing test's message."""
    for category, s in scores.items():
        for case in (s.misses + s.alarms)[:15]:
            kind = "missed" if case.wrong else "false alarm"
            yield f"{category} {kind} ({case.territory}): {case.text!r}"
