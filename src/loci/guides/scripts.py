"""Which scripts a territory's main and official languages are written in (from CLDR)."""

from __future__ import annotations

from functools import cache

from babel import Locale
from babel.core import get_global

from loci.guides import facts as F
from loci.guides.context import GuideContext
from loci.guides.model import Statement
from loci.guides.writers.default import natural_list
from loci.guides.writers.text import Line
from loci.kb import FactRow

WIDELY_SPOKEN = 5.0  # percent: languages this common count even when not official
# Babel's English script names are terse where readers expect the familiar name.
_SCRIPT_NAMES = {"Hans": "simplified Chinese characters", "Hant": "traditional Chinese characters",
                 "Jpan": "Japanese kanji and kana", "Kore": "Hangul", "Hang": "Hangul",
                 "Zyyy": "common symbols"}


@cache
def script_name(code: str) -> str:
    """"Latin", "Cyrillic", "simplified Chinese characters"."""
    return _SCRIPT_NAMES.get(code) or str(Locale("en").scripts.get(code, code))


def likely_script(language: str, territory: str = "") -> str | None:
    """The script CLDR's likely subtags give a language, in a territory where they name
    one: "ug" -> "Arab"; "yue" -> "Hant", but in China ("yue", "CN") "Hans"."""
    likely = get_global("likely_subtags")
    subtags = likely.get(f"{language}_{territory}") or likely.get(language)
    if not subtags:
        return None
    parts = str(subtags).split("_")
    return parts[1] if len(parts) > 1 and len(parts[1]) == 4 else None


def _chosen(ctx: GuideContext) -> list[tuple[str, str, FactRow]]:
    """(language name, script, fact) for official and widely spoken languages."""
    rows = [f for f in F.records(ctx, "language", "cldr") if F.value(f, "code")]
    explicit = {F.value(f, "code"): F.value(f, "script") for f in rows if F.value(f, "script")}
    chosen: dict[str, tuple[str, str, FactRow]] = {}
    for row in sorted(rows, key=lambda f: -float(F.value(f, "percent") or 0)):
        code = str(F.value(row, "code"))
        notable = F.value(row, "official") or float(F.value(row, "percent") or 0) >= WIDELY_SPOKEN
        # a row without a script is in the language's usual one: English in the UK is in
        # Latin, not in the Shavian of CLDR's row "en_Shaw" (0.0%)
        script = F.value(row, "script") or likely_script(code, ctx.place.id) or explicit.get(code)
        if notable and script and code not in chosen:
            chosen[code] = (str(F.value(row, "name")), str(script), row)
    return list(chosen.values())


def scripts_statement(ctx: GuideContext) -> Statement | None:
    """"All these languages are written in the Latin script", or scripts with their languages."""
    chosen = _chosen(ctx)
    if not chosen:
        return None
    by_script: dict[str, list[str]] = {}
    for name, script, _ in chosen:
        by_script.setdefault(script, []).append(name)
    facts = [row for _, _, row in chosen]
    if len(by_script) == 1:
        script = script_name(next(iter(by_script)))
        noun = script if " " in script else f"the {script} script"  # "Japanese kanji and kana"
        langs = natural_list(next(iter(by_script.values())))
        return Line(f"{langs} {'is' if len(chosen) == 1 else 'are'} written in {noun}"
                    ).statement(facts)
    parts = [f"{script_name(s)} for {natural_list(names)}" for s, names in by_script.items()]
    return Line(f"Scripts in use: {'; '.join(parts)}").statement(facts)
