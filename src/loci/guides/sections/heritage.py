"""Heritage and symbols: World Heritage Sites, national symbols, colours and anthem."""

from __future__ import annotations

import re

from loci.english import possessive, the
from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import (
    agree,
    capitalise,
    count_word,
    natural_list,
    plural,
)
from loci.guides.writers.text import Line

_KINDS = ("cultural", "natural", "mixed")
_NO_AUTHOR = {"unknown", "none", "n/a", "anonymous", "no lyrics"}
_NO_WORDS = re.compile(r"\bno lyrics\b", re.IGNORECASE)
_TRADITIONAL = re.compile(r"^traditional\b,?\s*")  # "traditional, arranged by ...": the music
_BETWEEN_NAMES = re.compile(r"\s*/\s*|,?\s+and\s+|,\s+(?=[A-Z])")
_NUMBER_WORDS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}


@section("heritage", "Heritage and symbols", 60)
def build(ctx: GuideContext) -> Body | None:
    statements: list[Statement] = []
    count = _count(ctx)
    if count is not None:
        statements.append(count)
    # After "China has 60 World Heritage Sites", "Its national symbols" reads on; a second
    # sentence opening with the name would not.
    for part in (_symbols(ctx, named=count is None), _colours(ctx), _anthem(ctx)):
        if part is not None:
            statements.append(part)
    statements += _sites(ctx)
    return Body(statements) if statements else None


def _count(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("heritage-count", "total", "factbook")
    total = int(F.value(fact, "total") or 0) if fact else 0
    if fact is None or total == 0:
        return None
    name = capitalise(the(ctx.place.name))
    line = Line(f"{name} {agree(ctx.place.name, 'has')} {plural(total, 'World Heritage Site')}")
    present = [(k, n) for k in _KINDS if (n := int(F.value(fact, k) or 0))]
    if sum(n for _, n in present) != total:  # North Korea's "2 (both cultural, one mixed)"
        present = []
    if len(present) == 1:
        kind = present[0][0]
        line.add(f", which is {kind}" if total == 1 else
                 f", both {kind}" if total == 2 else f", all {kind}")
    elif present:
        line.add(": " + natural_list([f"{count_word(n)} {k}" for k, n in present]))
    # the list below may be a selection (France: 15 of 54), or not match the count
    sites = F.records(ctx, "heritage-site")
    if sites and len(sites) != total:
        some = any(F.value(f, "selected") for f in sites) and len(sites) < total
        line.add(f"; the Factbook lists {count_word(len(sites))}" + (" of them" if some else ""))
    return line.statement([fact])


def _sites(ctx: GuideContext) -> list[Statement]:
    rows = [f for f in F.records(ctx, "heritage-site") if F.value(f, "name")]
    return [Line(f"{F.value(f, 'name')} ({F.value(f, 'type')})" if F.value(f, "type")
                 else str(F.value(f, "name"))).statement([f], item=True, end="")
            for f in rows]


def _symbols(ctx: GuideContext, named: bool) -> Statement | None:
    rows = [f for f in F.records(ctx, "national-symbol") if F.value(f, "name")]
    if not rows:
        return None
    names = _grouped([_with_article(str(F.value(f, "name")), F.value(f, "detail")) for f in rows])
    label = "national symbol is" if len(names) == 1 else "national symbols are"
    owner = possessive(the(ctx.place.name)) if named else agree(ctx.place.name, "its")
    return Line(f"{capitalise(owner)} {label} {natural_list(names)}").statement(rows)


def _grouped(names: list[str]) -> list[str]:
    """"two national flowers", "the cantuta and the patuju" -> one item with its members.

    The Factbook writes "two national flowers: the cantuta and the patuju"; split on
    its punctuation, the count and its members read as two more symbols.
    """
    out: list[str] = []
    for name in names:
        if (out and out[-1].split()[0] in _NUMBER_WORDS and "(" not in out[-1]
                and " and " in name):
            out[-1] = f"{out[-1]} ({name})"
        else:
            out.append(name)
    return out


def _with_article(name: str, detail: object) -> str:
    first = name.split()[0].casefold() if name.split() else ""
    bare = first in {"the", "a", "an"} or first in _NUMBER_WORDS or first.isdigit()
    text = name if bare else f"the {name}"
    return f"{text} ({detail})" if detail else text


def _colours(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("national-colors", "colors", "factbook")
    if fact is None or not isinstance(fact.value, list) or not fact.value:
        return None
    colours = [str(c) for c in fact.value]
    label = "colour is" if len(colours) == 1 else "colours are"
    return Line(f"The national {label} {natural_list(colours)}").statement([fact])


def _anthem(ctx: GuideContext) -> Statement | None:
    fact = ctx.fact("anthem", "anthem", "factbook")
    title = F.value(fact, "title") if fact else None
    if fact is None or not title:
        return None
    line = Line(f"The anthem is “{title}”")
    translation = F.value(fact, "translation")
    if translation and translation != title:
        line.add(f" (“{translation}”)")
    credits = str(F.value(fact, "authors") or "")
    if authors := people_names(credits):
        line.add(f", by {natural_list(authors)}")
    if _NO_WORDS.search(credits):  # "no lyrics/Mendi MENGJIQI": Kosovo's, Spain's
        line.add(", with no words")
    if adopted := F.value(fact, "adopted"):
        line.add(f", adopted in {adopted}")
    return line.statement([fact])


def people_names(authors: str) -> list[str]:
    """"Tian Han/Nie Er" -> ["Tian Han", "Nie Er"] (the KB has the surnames in normal case);
    a list of them ("Hu Han-min, Tai Chi-t'ao, and Liao Chung-k'ai") is split too, a note
    ("traditional, arranged by Samuel Cohen") is not but read as "a traditional tune
    arranged by Samuel Cohen", and each name is given once."""
    parts = (_TRADITIONAL.sub("a traditional tune ", p.strip()).strip()
             for p in _BETWEEN_NAMES.split(authors))
    return list(dict.fromkeys(p for p in parts if p and p.casefold() not in _NO_AUTHOR))


