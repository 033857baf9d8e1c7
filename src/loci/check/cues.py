"""The cues the claim layer reads (``check/data/cues.toml``), loaded once on first use,
and the loader of the checker's other data files.

Cue words and the words around them are data, as Vale keeps its rules in YAML:
a new phrasing of a claim is a line of ``cues.toml`` and a test.
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources
from typing import Any


@cache
def data(name: str) -> dict[str, Any]:
    """A TOML file of ``loci/check/data`` (each is read once)."""
    text = resources.files("loci.check.data").joinpath(name).read_text("utf-8")
    return tomllib.loads(text)


def table(section: str) -> dict[str, Any]:
    """One section of cues.toml (the file is read once)."""
    found: dict[str, Any] = data("cues.toml")[section]
    return found


@cache
def words(section: str, key: str) -> frozenset[str]:
    """A word list of a section, lower-cased."""
    return frozenset(str(w).lower() for w in table(section)[key])


@cache
def alternation(section: str, key: str) -> str:
    """A word list as a regular-expression alternation, longest first, spaces as \\s+ and
    an apostrophe as either one ("country's", "country’s")."""
    items = sorted(table(section)[key], key=len, reverse=True)
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+").replace("'", "['’]")
                    for w in items)


def templates(section: str, key: str, parts: dict[str, str],
              flags: int = 0) -> tuple[re.Pattern[str], ...]:
    """A list of patterns of a section with their placeholders filled in: ``{NAME}`` in
    a template becomes ``parts["NAME"]``."""
    out = []
    for template in table(section)[key]:
        for name, value in parts.items():
            template = template.replace("{" + name + "}", value)
        out.append(re.compile(template, flags))
    return tuple(out)
