"""A BuildContext holding the territory-level places, straight from pycountry.

Source tests use it instead of running the iso source, so each source is tested
on its own against the same places the build gives it.
"""

from __future__ import annotations

from datetime import date

import pycountry

from loci.sources.records import BuildContext, Place


def pycountry_context(year: int | None = None) -> BuildContext:
    """Every ISO 3166-1 country, AN and CS (historic), SH-AC and SH-TA (territories)."""
    ctx = BuildContext(year=year or date.today().year)
    for c in pycountry.countries:
        ctx.places[c.alpha_2] = Place(id=c.alpha_2, kind="country", name=c.name, country=c.alpha_2)
    for code, name in (("AN", "Netherlands Antilles"), ("CS", "Serbia and Montenegro")):
        ctx.places[code] = Place(id=code, kind="historic", name=name, country=code,
                                 status="dissolved")
    for code, name in (("SH-AC", "Ascension"), ("SH-TA", "Tristan da Cunha")):
        ctx.places[code] = Place(id=code, kind="territory", name=name, parent="SH", country="SH")
    return ctx
