"""A place's names for prose: English, Chinese with pinyin, endonyms, language names."""

from __future__ import annotations

from functools import cache

from babel import Locale

from loci import pinyin
from loci.guides.context import GuideContext
from loci.guides.scripts import script_name
from loci.guides.writers.default import natural_list
from loci.guides.writers.text import Line
from loci.kb import FactRow, PlaceRow

_EN = Locale("en")


@cache
def language_name(tag: str) -> str:
    """"Dzongkha" for "dz", "Serbian" for "sr-Latn"; the tag itself when unknown.

    English's own table, so no other locale's data is loaded for a name.
    """
    code = tag.replace("_", "-").split("-")[0]
    return str(_EN.languages.get(tag.replace("-", "_")) or _EN.languages.get(code) or tag)


def chinese(ctx: GuideContext, place: PlaceRow | None = None) -> tuple[Line, list[FactRow]] | None:
    """"中国 (Zhōngguó)" with the facts citing the name and its reading; None without one."""
    found = ctx.chinese(place)
    if found is None:
        return None
    line = Line().lang(found.name, "zh-Hans")
    facts = [found.fact]
    reading = pinyin.display(found.name, place=True, english=(place or ctx.place).name)
    if reading:
        line.add(" (").lang(reading, "zh-Latn-pinyin").add(")")
        facts.append(ctx.source_fact("pinyin", "pinyin", {"hanzi": found.name, "pinyin": reading},
                                     reading, "pypinyin phrase readings", place,
                                     topic="pinyin"))
    return line, facts


def endonyms(ctx: GuideContext) -> tuple[Line, list[FactRow]] | None:
    """Names in the place's own languages other than English and Chinese, grouped by spelling.

    "Беларусь in Belarusian and Russian"; None when every endonym is the English name.
    """
    by_name: dict[str, list[str]] = {}
    facts = []
    found = [n for n in ctx.names() if n.kind == "endonym" and not n.lang.startswith(("en", "zh"))
             and n.name != ctx.place.name]
    # one language in two scripts names its script: "Srbija in Serbian (Latin) and Србија in
    # Serbian (Cyrillic)", not "in Serbian" twice
    tags: dict[str, set[str]] = {}
    for n in found:
        tags.setdefault(language_name(n.lang), set()).add(n.lang)
    for n in found:
        script = n.lang.partition("-")[2]
        name = language_name(n.lang)
        if len(tags[name]) > 1 and len(script) == 4:
            name = f"{name} ({script_name(script)})"
        by_name.setdefault(n.name, []).append(name)
        facts.append(n.fact)
    if not by_name:
        return None
    pieces = []
    for name, langs in by_name.items():
        pieces.append(Line().lang(name, _tag_of(ctx, name)).add(
            f" in {natural_list(list(dict.fromkeys(langs)))}"))
    return Line().join(pieces), facts


def _tag_of(ctx: GuideContext, name: str) -> str:
    return next(n.lang for n in ctx.names() if n.name == name and n.kind == "endonym")


def official_name(ctx: GuideContext) -> tuple[str, FactRow] | None:
    """The long English name ("People's Republic of China") when it differs from the short one."""
    found = ctx.name("en", kinds=("official",))
    if found is None or found.name == ctx.place.name:
        return None
    return found.name, found.fact
