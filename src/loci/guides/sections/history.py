"""History in brief: the Factbook's background, quoted as published and cut at a paragraph."""

from __future__ import annotations

from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.sections import Body, section
from loci.guides.writers.default import count_word, the
from loci.guides.writers.text import Line

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


@section("history", "History in brief", 20)
def build(ctx: GuideContext) -> Body | None:
    rows, source = ctx.inherited("background", "factbook")
    fact = next((f for f in rows if isinstance(f.value, str) and f.value.strip()), None)
    if fact is None:
        return None
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
    return Body(statements)


def _of(kept: int, total: int) -> str:
    first = "paragraph" if kept == 1 else f"{count_word(kept)} paragraphs"
    return f"{first} of {count_word(total)}"
