"""History in brief: the Factbook's background, quoted as published and cut at a paragraph."""

from __future__ import annotations

from loci.english import possessive, the
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import (
    agree,
    capitalise,
    count_word,
    natural_list,
)
from loci.guides.writers.text import Line
from loci.text import fold, uninverted

BUDGET = 1200  # characters of quotation before the cut; at least one paragraph is kept


def paragraphs(text: str) -> list[str]:
    """The background's paragraphs (the KB separates them with a blank line)."""
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def brief(paras: list[str], budget: int = BUDGET) -> list[str]:
    """The leading paragraphs that fit the budget, never fewer than one."""
    kept: list[str] = []
    for para in paras:
        if kept and sum(map(len, kept)) + len(para) > budget:
            break
        kept.append(para)
    return kept


def about_part(paras: list[str], name: str) -> list[str]:
    """The opening paragraph and those naming a part of the territory ("Tristan da Cunha: ...")."""
    word = name.split()[0]
    named = [p for p in paras[1:] if word in p]
    return [paras[0], *named] if named else brief(paras)


FORMER_LISTED = 4  # former names given for one year; the rest are on the former-names page


@section("history", "History in brief", 20)
def build(ctx: GuideContext) -> Body | None:
    former = _former_names(ctx)
    background = _background(ctx)
    statements = ([former] if former else []) + background
    return Body(statements) if statements else None


def _former_names(ctx: GuideContext) -> Statement | None:
    """"Belarus was called Byelorussia, Belorussia and White Russia until 1991.": the
    English names a territory went by, grouped by the year each changed."""
    rows = [f for f in ctx.facts("former-name") if isinstance(f.value, dict)
            and f.value.get("lang", "en") == "en" and f.value.get("name")]
    if not ctx.place.is_territory or not rows:
        return None
    by_year: dict[int | None, list[str]] = {}
    seen: set[str] = set()
    for fact in sorted(rows, key=lambda f: f.value.get("year") is None):  # dated ones first
        names = by_year.setdefault(fact.value.get("year"), [])
        # "Macedonia, Former Yugoslav Republic of" is the name before it, inverted
        key = fold(uninverted(fact.value["name"]))
        if key not in seen:
            seen.add(key)
            names.append(fact.value["name"])
    by_year = {year: [the(n) for n in with_short_forms(names)[:FORMER_LISTED]]
               for year, names in by_year.items()}  # "the Gold Coast"
    dated = sorted((y, n) for y, n in by_year.items() if y is not None)
    clauses = [f"{natural_list(names)} until {year}" for year, names in dated]
    # The Factbook's "former" names come without a year, and count entities the place
    # grew out of (Israel's "Mandatory Palestine"): said as the Factbook's, not as fact
    undated = by_year.get(None, [])
    if not clauses:
        owner = possessive(the(ctx.place.name))
        return Line(f"Among {owner} former names, the Factbook gives "
                    f"{natural_list(undated)}").statement(rows)
    line = Line(capitalise(the(ctx.place.name)))
    line.add(f" {agree(ctx.place.name, 'was')} called {'; '.join(clauses)}")
    if undated:
        line.add(f"; among {agree(ctx.place.name, 'its')} former names the Factbook also "
                 f"gives {natural_list(undated)}")
    return line.statement(rows)


def with_short_forms(names: list[str]) -> list[str]:
    """The names with each one that shortens another given after it, in brackets, as one
    name: "Kazakh SSR" and "Kazakh Soviet Socialist Republic" are "Kazakh Soviet
    Socialist Republic (Kazakh SSR)"."""
    short = {long: name for name in names for long in names if shortens(name, long)}
    return [f"{name} ({short[name]})" if name in short else name
            for name in names if name not in short.values()]


def shortens(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with its last words cut to their initials, with or
    without the small words ("Russian SFSR", "Russian Soviet Federative Socialist
    Republic"; "FYROM", "Former Yugoslav Republic of Macedonia"; "PRB", "People's Republic
    of Benin")."""
    cut, words = short.split(), long.split()
    initials = cut[-1] if cut else ""
    if len(initials) < 2 or not initials.isupper() or cut[:-1] != words[:len(cut) - 1]:
        return False
    rest = words[len(cut) - 1:]
    return any("".join(w[0].upper() for w in spelled) == initials
               for spelled in (rest, [w for w in rest if w[0].isupper()]))


def _background(ctx: GuideContext) -> list[Statement]:
    rows, source = ctx.inherited("background", "factbook")
    fact = next((f for f in rows if isinstance(f.value, str) and f.value.strip()), None)
    if fact is None:
        return []
    paras = paragraphs(fact.value)
    intro = Line("The CIA World Factbook gives this background")
    if source.id != ctx.place.id:
        kept = about_part(paras, ctx.place.name)
        intro.add(" for ").place(source, the(source.name))
        intro.add(f", here the parts about {ctx.place.name}" if len(kept) > 1 else " as a whole")
    else:
        kept = brief(paras)
    if source.id == ctx.place.id and len(kept) < len(paras):
        intro.add(f" (the first {_of(len(kept), len(paras))})")
    statements = [intro.statement([fact], end=":")]
    statements += [Statement(p, (fact,), quote=True) for p in kept]
    return statements


def _of(kept: int, total: int) -> str:
    first = "paragraph" if kept == 1 else f"{count_word(kept)} paragraphs"
    return f"{first} of {count_word(total)}"
